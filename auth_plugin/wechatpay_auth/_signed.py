"""The checks on a signed answer that need no key: headers present, timestamp, type, probes.

Shared by the verifier (every answer) and the certificate downloader (its own answer), so that
both apply one policy; the downloader cannot use the verifier, which is built on top of it.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from .errors import (
    BadSignatureError,
    MissingSignatureHeaderError,
    ProbeSignatureError,
    SignatureVerificationError,
    StaleSignatureError,
    UnsupportedSignatureTypeError,
)
from .signing import SCHEMES, build_response_message, verify

PROBE_PREFIX = "WECHATPAY/SIGNTEST/"
_HEX_SERIAL = re.compile(r"[0-9A-Fa-f]{1,64}")
SIGNATURE_HEADERS = (
    "Wechatpay-Timestamp",
    "Wechatpay-Nonce",
    "Wechatpay-Signature",
    "Wechatpay-Serial",
)


@dataclass(frozen=True)
class SignedAnswer:
    """The ``Wechatpay-*`` headers of an answer that passed every check but the signature."""

    timestamp: str
    nonce: str
    signature: str
    serial: str
    request_id: str | None

    @property
    def is_probe(self) -> bool:
        return self.signature.startswith(PROBE_PREFIX)

    def check(self, key: RSAPublicKey, body: bytes) -> None:
        """Raise ``SignatureVerificationError`` unless ``key`` signed ``body`` with these.

        A probe is verified like any signature (never skipped), then refused whatever came of it.
        """
        message = build_response_message(self.timestamp, self.nonce, body)
        verified = verify(key, message, self.signature)
        if self.is_probe:
            raise self.probe_error()
        if not verified:
            raise BadSignatureError(
                f"bad signature: does not verify with key {self.serial}",
                request_id=self.request_id,
            )

    def probe_error(self) -> ProbeSignatureError:
        # WeChat Pay sends these on purpose to check that signatures are verified; never accept.
        return ProbeSignatureError(
            f"probe signature ({PROBE_PREFIX}…): WeChat Pay tests that signatures are verified",
            request_id=self.request_id,
        )


def parse_signed_answer(
    headers: Mapping[str, str], *, now: int, max_skew: int, request_id: str | None
) -> SignedAnswer:
    """Check everything about an answer's signature headers that needs no key.

    These checks come before the key lookup on purpose: a stale or malformed answer must never
    make the client download certificates (nor may a probe: see ``SignedAnswer.is_probe``).
    """
    # HTTP header names are case-insensitive; a plain dict from a web framework may be
    # lower-cased, so look names up without regard to case.
    lowered = {str(name).lower(): value for name, value in headers.items()}
    values: dict[str, str] = {}
    for name in SIGNATURE_HEADERS:
        value = lowered.get(name.lower())
        if not value:
            raise MissingSignatureHeaderError(f"missing header {name}", request_id=request_id)
        values[name] = value
    timestamp, nonce = values["Wechatpay-Timestamp"], values["Wechatpay-Nonce"]
    signature, serial = values["Wechatpay-Signature"], values["Wechatpay-Serial"]
    # int() alone would also take " 17", "+17", "1_7" and other scripts' digits.
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 12):
        raise SignatureVerificationError(
            f"Wechatpay-Timestamp is not Unix seconds: {timestamp[:32]!r}",
            request_id=request_id,
        )
    stamp = int(timestamp)
    signature_type = lowered.get("wechatpay-signature-type")
    if signature_type is not None and signature_type not in SCHEMES:
        # Say so plainly rather than fail later as a "bad signature": a new algorithm
        # (WeChat Pay also has SM2 schemes) needs a new verifier, not a retry.
        raise UnsupportedSignatureTypeError(
            f"unsupported Wechatpay-Signature-Type {signature_type[:48]!r}; this verifier "
            f"checks {' and '.join(SCHEMES)} (RSA-SHA256)",
            request_id=request_id,
        )
    skew = now - stamp
    if skew > max_skew:
        raise StaleSignatureError(
            f"stale timestamp: signed {skew} s ago, more than the {max_skew} s allowed",
            request_id=request_id,
        )
    if -skew > max_skew:
        raise StaleSignatureError(
            f"timestamp from the future: {-skew} s ahead, more than the {max_skew} s allowed",
            request_id=request_id,
        )
    return SignedAnswer(timestamp, nonce, signature, serial, request_id)


def is_hex_serial(text: str) -> bool:
    """Whether ``text`` can be a certificate serial (hex); ``PUB_KEY_ID_…`` ids cannot."""
    return _HEX_SERIAL.fullmatch(text) is not None
