"""Verifying WeChat Pay's signature on responses and notifications."""

from collections.abc import Callable, Iterable, Mapping

from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from .errors import SignatureVerificationError
from .keys import (
    CertificateSource,
    PublicKeySource,
    certificate_public_key,
    certificate_serial,
    load_certificate,
    load_public_key,
)
from .signing import build_response_message, now, verify

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
        keys: dict[str, RSAPublicKey] = {
            key_id: load_public_key(source) for key_id, source in (public_keys or {}).items()
        }
        for source in certificates or ():
            certificate = load_certificate(source)
            keys[certificate_serial(certificate)] = certificate_public_key(certificate)
        if not keys:
            raise ValueError("WechatPayVerifier needs at least one public key or certificate")
        if max_skew < 0:
            raise ValueError(f"max_skew must be >= 0, got {max_skew}")
        self._keys = keys
        self.public_key_ids = tuple(key_id for key_id in (public_keys or {}))
        self.max_skew = max_skew
        self._clock = clock or now

    @property
    def serials(self) -> tuple[str, ...]:
        """Every key id and certificate serial this verifier accepts."""
        return tuple(self._keys)

    def __repr__(self) -> str:
        return f"WechatPayVerifier(serials={list(self._keys)!r}, max_skew={self.max_skew})"

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
        try:
            stamp = int(timestamp)
        except ValueError:
            raise SignatureVerificationError(
                f"Wechatpay-Timestamp is not Unix seconds: {timestamp[:32]!r}",
                request_id=request_id,
            ) from None
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
        key = self._keys.get(serial)
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
