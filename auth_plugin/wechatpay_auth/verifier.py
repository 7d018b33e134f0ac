"""Verifying WeChat Pay's signature on responses and notifications."""

from collections.abc import Callable, Iterable, Mapping

from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from .errors import ConfigurationError, SignatureVerificationError
from .keys import (
    CertificateSource,
    PublicKeySource,
    certificate_public_key,
    certificate_serial,
    load_certificate,
    load_public_key,
)
from .signing import SCHEMES, build_response_message, now, verify

PROBE_PREFIX = "WECHATPAY/SIGNTEST/"
SIGNATURE_HEADERS = (
    "Wechatpay-Timestamp",
    "Wechatpay-Nonce",
    "Wechatpay-Signature",
    "Wechatpay-Serial",
)


class WechatPayVerifier:
    """Checks ``Wechatpay-Signature`` against WeChat Pay's keys, within a clock window.

    ``public_keys`` maps WeChat Pay public key ids (``PUB_KEY_ID_…``) to keys; ``certificates``
    are platform certificates, found by serial. Both may be given during the migration from
    certificates to public keys: the response's ``Wechatpay-Serial`` picks the key.
    """

    def __init__(
        self,
        public_keys: Mapping[str, PublicKeySource] | None = None,
        certificates: Iterable[CertificateSource] | None = None,
        *,
        max_skew: int = 300,
        clock: Callable[[], float] | None = None,
    ) -> None:
        if isinstance(public_keys, str | bytes) or not isinstance(public_keys, Mapping | None):
            raise ConfigurationError(
                'public_keys maps key ids to keys: {"PUB_KEY_ID_…": key}, '
                f"got {type(public_keys).__name__}"
            )
        if isinstance(certificates, str | bytes):
            # One PEM string iterated would be one certificate per character.
            raise ConfigurationError("certificates is a list: certificates=[certificate]")
        keys: dict[str, RSAPublicKey] = {}
        for key_id, key_source in (public_keys or {}).items():
            if not key_id:
                raise ConfigurationError("a public key id must not be empty")
            keys[key_id] = load_public_key(key_source)
        self.public_key_ids = tuple(keys)
        # Certificates are found by serial *number*: the SDKs print it in upper-case hex without
        # leading zeros, openssl pads it to whole bytes; the number is the same.
        self._certificates: dict[int, RSAPublicKey] = {}
        for certificate_source in certificates or ():
            certificate = load_certificate(certificate_source)
            self._certificates[certificate.serial_number] = certificate_public_key(certificate)
            keys[certificate_serial(certificate)] = certificate_public_key(certificate)
        if not keys:
            raise ConfigurationError(
                "WechatPayVerifier needs at least one public key or certificate"
            )
        if max_skew < 0:
            raise ConfigurationError(f"max_skew must be >= 0, got {max_skew}")
        self._keys = keys
        self.max_skew = max_skew
        self._clock = clock or now

    @property
    def serials(self) -> tuple[str, ...]:
        """Every key id and certificate serial this verifier accepts."""
        return tuple(self._keys)

    def __repr__(self) -> str:
        return f"WechatPayVerifier(serials={list(self._keys)!r}, max_skew={self.max_skew})"

    def key_for(self, serial: str) -> RSAPublicKey | None:
        """The key that ``Wechatpay-Serial: serial`` names, or None."""
        key = self._keys.get(serial)
        if key is None and self._certificates and _is_hex(serial):
            key = self._certificates.get(int(serial, 16))
        return key

    def verify(
        self, headers: Mapping[str, str], body: bytes, *, request_id: str | None = None
    ) -> None:
        """Raise ``SignatureVerificationError`` unless the headers sign ``body`` in time."""
        # HTTP header names are case-insensitive; a plain dict from a web framework may be
        # lower-cased, so look names up without regard to case.
        lowered = {str(name).lower(): value for name, value in headers.items()}
        values = {}
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
        skew = int(self._clock()) - stamp
        if skew > self.max_skew:
            raise SignatureVerificationError(
                f"stale timestamp: signed {skew} s ago, more than the {self.max_skew} s allowed",
                request_id=request_id,
            )
        if -skew > self.max_skew:
            raise SignatureVerificationError(
                f"timestamp from the future: {-skew} s ahead, more than the {self.max_skew} s "
                "allowed",
                request_id=request_id,
            )
        key = self.key_for(serial)
        if key is None:
            raise SignatureVerificationError(
                f"unknown serial {serial[:64]!r}: no public key or certificate with that id "
                f"(known: {', '.join(self._keys)})",
                request_id=request_id,
            )
        if signature.startswith(PROBE_PREFIX):
            # WeChat Pay sends these on purpose to check that merchants verify; never accept.
            raise SignatureVerificationError(
                f"probe signature ({PROBE_PREFIX}…): WeChat Pay tests that responses are verified",
                request_id=request_id,
            )
        if not verify(key, build_response_message(timestamp, nonce, body), signature):
            raise SignatureVerificationError(
                f"bad signature: does not verify with key {serial}", request_id=request_id
            )


def _is_hex(text: str) -> bool:
    return 0 < len(text) <= 64 and all(c in "0123456789abcdefABCDEF" for c in text)
