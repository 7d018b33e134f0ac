"""The checks on a signed answer that need no key: headers present, timestamp, type, probes.

Shared by the verifier (every answer) and the certificate downloader (its own answer), so that
both apply one policy; the downloader cannot use the verifier, which is built on top of it.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from .errors import SignatureVerificationError
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

    def check(self, key: RSAPublicKey, body: bytes) -> None:
        """Raise ``SignatureVerificationError`` unless ``key`` signed ``body`` with these."""
        message = build_response_message(self.timestamp, self.nonce, body)
        if not verify(key, message, self.signature):
            raise SignatureVerificationError(
                f"bad signature: does not verify with key {self.serial}",
                request_id=self.request_id,
            )


def parse_signed_answer(
    headers: Mapping[str, str], *, now: int, max_skew: int, request_id: str | None
) -> SignedAnswer:
    """Check everything about an answer's signature headers that needs no key.

    These checks come before the key lookup on purpose: a stale, malformed or probe answer must
    never make the client download certificates.
    """
    # HTTP header names are case-insensitive; a plain dict from a web framework may be
    # lower-cased, so look names up without regard to case.
    lowered = {str(name).lower(): value for name, value in headers.items()}
    values: dict[str, str] = {}
    for name in SIGNATURE_HEADERS:
        value = lowered.get(name.lower())
        if not value:
            raise SignatureVerificationError(f"missing header {name}", request_id=request_id)
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
        raise SignatureVerificationError(
            f"unsupported Wechatpay-Signature-Type {signature_type[:48]!r}; this verifier "
            f"checks {' and '.join(SCHEMES)} (RSA-SHA256)",
            request_id=request_id,
        )
    skew = now - stamp
    if skew > max_skew:
        raise SignatureVerificationError(
            f"stale timestamp: signed {skew} s ago, more than the {max_skew} s allowed",
            request_id=request_id,
        )
    if -skew > max_skew:
        raise SignatureVerificationError(
            f"timestamp from the future: {-skew} s ahead, more than the {max_skew} s allowed",
            request_id=request_id,
        )
    if signature.startswith(PROBE_PREFIX):
        # WeChat Pay sends these on purpose to check that merchants verify; never accept.
        raise SignatureVerificationError(
            f"probe signature ({PROBE_PREFIX}…): WeChat Pay tests that responses are verified",
            request_id=request_id,
        )
    return SignedAnswer(timestamp, nonce, signature, serial, request_id)


def is_hex_serial(text: str) -> bool:
    """Whether ``text`` can be a certificate serial (hex); ``PUB_KEY_ID_…`` ids cannot."""
    return _HEX_SERIAL.fullmatch(text) is not None
