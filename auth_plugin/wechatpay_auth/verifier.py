"""Verifying WeChat Pay's signature on responses and notifications."""

from collections.abc import Callable, Iterable, Mapping

from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from ._signed import (
    PROBE_PREFIX,
    SIGNATURE_HEADERS,
    SignedAnswer,
    is_hex_serial,
    parse_signed_answer,
)
from .certificates import PUBLIC_KEY_HINT, CertificateDownloader
from .errors import ConfigurationError, SignatureVerificationError
from .keys import (
    CertificateSource,
    PublicKeySource,
    certificate_public_key,
    certificate_serial,
    load_certificate,
    load_public_key,
)
from .signing import now

__all__ = ["PROBE_PREFIX", "SIGNATURE_HEADERS", "WechatPayVerifier"]


class WechatPayVerifier:
    """Checks ``Wechatpay-Signature`` against WeChat Pay's keys, within a clock window.

    Three sources of trust, any of them together: ``public_keys`` maps WeChat Pay public key ids
    (``PUB_KEY_ID_…``) to keys; ``certificates`` are platform certificates you keep yourself;
    ``certificate_downloader`` downloads and refreshes the platform certificates for you. The
    answer's ``Wechatpay-Serial`` picks the key, so a merchant migrating from certificates to a
    public key verifies either kind of answer.

    ``verify`` may wait for a certificate download (an unknown serial); ``averify`` waits without
    blocking the event loop. Answers signed by a configured key never wait.
    """

    public_key_ids: tuple[str, ...]
    """The configured ``PUB_KEY_ID_…``, in order; the first one is sent as ``Wechatpay-Serial``."""

    certificate_downloader: CertificateDownloader | None
    """The source of downloaded platform certificates, if any."""

    def __init__(
        self,
        public_keys: Mapping[str, PublicKeySource] | None = None,
        certificates: Iterable[CertificateSource] | None = None,
        *,
        certificate_downloader: CertificateDownloader | None = None,
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
        if certificate_downloader is not None and not isinstance(
            certificate_downloader, CertificateDownloader
        ):
            raise ConfigurationError(
                "certificate_downloader must be a CertificateDownloader, "
                f"got {type(certificate_downloader).__name__}"
            )
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
        if not keys and certificate_downloader is None:
            raise ConfigurationError(
                "WechatPayVerifier needs at least one public key or certificate, "
                "or a certificate_downloader"
            )
        if max_skew < 0:
            raise ConfigurationError(f"max_skew must be >= 0, got {max_skew}")
        self._keys = keys
        self.certificate_downloader = certificate_downloader
        self.max_skew = max_skew
        self._clock = clock or now

    @property
    def serials(self) -> tuple[str, ...]:
        """Every key id and certificate serial this verifier accepts now (downloaded ones too)."""
        downloaded = self.certificate_downloader.serials if self.certificate_downloader else ()
        return tuple(self._keys) + tuple(s for s in downloaded if s not in self._keys)

    def __repr__(self) -> str:
        downloader = (
            f", certificate_downloader={self.certificate_downloader!r}"
            if self.certificate_downloader
            else ""
        )
        return (
            f"WechatPayVerifier(serials={list(self.serials)!r}, max_skew={self.max_skew}"
            f"{downloader})"
        )

    def key_for(self, serial: str) -> RSAPublicKey | None:
        """The key that ``Wechatpay-Serial: serial`` names now, or None; never downloads."""
        key = self.configured_key(serial)
        if key is None and self.certificate_downloader is not None:
            key = self.certificate_downloader.lookup(serial)
        return key

    def verify(
        self,
        headers: Mapping[str, str],
        body: bytes,
        *,
        request_id: str | None = None,
        origin: str | None = None,
    ) -> None:
        """Raise ``SignatureVerificationError`` unless the headers sign ``body`` in time.

        With a certificate downloader, an unknown certificate serial makes this thread wait for
        a download by the downloader's own client, from ``origin`` if given, else from the
        downloader's (``MerchantAuth(origin=…)``, ``use_origin``, where the last set came from);
        its failure raises ``CertificateDownloadError``, and knowing no origin
        ``ConfigurationError``. The auth flow does not come here: its downloads go through the
        client that sends the call.
        """
        signed = self.signed_answer(headers, request_id)
        key = self._lookup(signed.serial, origin)
        downloader = self.certificate_downloader
        if key is None and downloader is not None and worth_a_download(signed):
            downloader.refresh_for_serial(signed.serial, origin=origin, trusted=self.configured_key)
            key = self._lookup(signed.serial, origin)
        self.check(signed, key, body)

    async def averify(
        self,
        headers: Mapping[str, str],
        body: bytes,
        *,
        request_id: str | None = None,
        origin: str | None = None,
    ) -> None:
        """``verify`` for a coroutine: a download runs in a worker thread, never on the loop."""
        signed = self.signed_answer(headers, request_id)
        key = self._lookup(signed.serial, origin)
        downloader = self.certificate_downloader
        if key is None and downloader is not None and worth_a_download(signed):
            await downloader.arefresh_for_serial(
                signed.serial, origin=origin, trusted=self.configured_key
            )
            key = self._lookup(signed.serial, origin)
        self.check(signed, key, body)

    def refresh_certificates(self, *, origin: str | None = None) -> None:
        """Download the platform certificates now and wait (e.g. at start-up, to fail fast).

        From ``origin`` if given, else from where the downloader knows (``MerchantAuth(origin=…)``,
        ``use_origin``, where the last set came from); never from a guessed host. Raises
        ``ConfigurationError`` without a downloader or an origin, ``CertificateDownloadError``
        if the download fails. A webhook-only process calls this at start-up.
        """
        self._downloader().refresh(origin=origin, trusted=self.configured_key)

    async def arefresh_certificates(self, *, origin: str | None = None) -> None:
        """``refresh_certificates`` for a coroutine (the download runs in a worker thread)."""
        await self._downloader().arefresh(origin=origin, trusted=self.configured_key)

    def _downloader(self) -> CertificateDownloader:
        if self.certificate_downloader is None:
            raise ConfigurationError(
                "this verifier downloads no certificates: give it a certificate_downloader "
                "(MerchantAuth(..., api_v3_key=...) does)"
            )
        return self.certificate_downloader

    def configured_key(self, serial: str) -> RSAPublicKey | None:
        """The configured public key or certificate ``serial`` names (nothing downloaded)."""
        key = self._keys.get(serial)
        if key is None and self._certificates and is_hex_serial(serial):
            key = self._certificates.get(int(serial, 16))
        return key

    def signed_answer(self, headers: Mapping[str, str], request_id: str | None) -> SignedAnswer:
        """Every check of an answer's signature headers that needs no key (``_signed``)."""
        return parse_signed_answer(
            headers, now=int(self._clock()), max_skew=self.max_skew, request_id=request_id
        )

    def _lookup(self, serial: str, origin: str | None) -> RSAPublicKey | None:
        key = self.configured_key(serial)
        downloader = self.certificate_downloader
        if downloader is not None:
            if key is None:
                key = downloader.lookup(serial)
            # Checked on every answer, so that the set is refreshed while it is in use; it only
            # starts a background download, never waits.
            downloader.refresh_if_due(origin=origin, trusted=self.configured_key)
        return key

    def check(self, signed: SignedAnswer, key: RSAPublicKey | None, body: bytes) -> None:
        """Raise ``SignatureVerificationError`` unless ``key`` signed ``body`` (None: unknown)."""
        if key is None and signed.is_probe:
            raise signed.probe_error()
        if key is None:
            raise SignatureVerificationError(
                self._explain_unknown(signed.serial), request_id=signed.request_id
            )
        signed.check(key, body)

    def _explain_unknown(self, serial: str) -> str:
        shown = repr(serial[:64])
        downloader = self.certificate_downloader
        if downloader is None:
            return (
                f"unknown serial {shown}: no public key or certificate with that id "
                f"(known: {', '.join(self._keys)})"
            )
        if is_hex_serial(serial):
            return downloader.explain_missing(serial)
        # Downloading cannot help: platform certificates have hex serials.
        configured = ", ".join(self.public_key_ids) or "none"
        if serial.startswith("PUB_KEY_ID_"):
            return (
                f"unknown serial {shown}: a WeChat Pay public key id, which no platform "
                f"certificate carries; configure the key: {PUBLIC_KEY_HINT} "
                f"(configured: {configured})"
            )
        return (
            f"unknown serial {shown}: neither a configured public key id ({configured}) "
            "nor a certificate serial (hex)"
        )


def worth_a_download(signed: SignedAnswer) -> bool:
    """Whether a download could bring the key: a certificate serial, and no probe (a forged
    or probe answer must never make the client download)."""
    return is_hex_serial(signed.serial) and not signed.is_probe
