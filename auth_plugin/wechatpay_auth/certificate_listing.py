"""Reading a ``GET /v3/certificates`` answer: bytes in, trusted certificates or an error out.

No I/O, no clock, no state: the status, headers and body of the answer, the APIv3 key's cipher,
the time and the keys already trusted are all given. Whoever sent the request (the client's own
auth flow, or the downloader's client for a notification) hands the answer here.

Why trusting the first download is safe
---------------------------------------
The first download cannot be checked against a certificate we do not have yet, and need not be.
Each certificate arrives encrypted with AEAD_AES_256_GCM under the merchant's APIv3 key, which only
WeChat Pay and the merchant know; GCM authenticates the ciphertext and its associated data, so a
certificate that decrypts was encrypted by a holder of that key, and any change in transit fails
the tag. Someone in the middle can withhold the answer but can neither forge nor alter a
certificate in it. On top of that, as the official tools do (wechatpay-apiv3/CertificateDownloader,
"报文验签"), the answer's own signature must verify with a certificate it carries or with a key
already trusted, each certificate's serial must be the one listed beside it, and its validity
window must contain now. The listed ``effective_time``/``expire_time`` sit outside the AEAD, so
the certificate's own dates are the ones that count.
"""

import base64
import binascii
import datetime
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ._signed import is_hex_serial, parse_signed_answer
from .errors import CertificateDownloadError, ConfigurationError, KeyLoadError
from .errors import SignatureVerificationError as _Rejected
from .keys import certificate_public_key, load_certificate

CERTIFICATES_PATH = "/v3/certificates"
ALGORITHM = "AEAD_AES_256_GCM"
API_V3_KEY_BYTES = 32
MAX_ANSWER_BYTES = 1 << 20
PUBLIC_KEY_HINT = 'public_keys={"PUB_KEY_ID_…": "wechatpay_public_key.pem"}'

KeyLookup = Callable[[str], RSAPublicKey | None]
"""Finds an already trusted key by ``Wechatpay-Serial``."""


@dataclass(frozen=True)
class PlatformCertificate:
    """One downloaded platform certificate: public material only, safe to print."""

    serial_no: str
    not_before: datetime.datetime
    not_after: datetime.datetime
    certificate: x509.Certificate = field(repr=False, compare=False)
    public_key: RSAPublicKey = field(repr=False, compare=False)

    def valid_at(self, when: float) -> bool:
        """Whether ``when`` (Unix seconds) lies in the certificate's validity window."""
        return self.not_before.timestamp() <= when <= self.not_after.timestamp()


@dataclass(frozen=True)
class CertificateListing:
    """What one answer brought: the certificates to trust and those refused, by serial number."""

    usable: Mapping[int, PlatformCertificate]
    refused: Mapping[int, str]  # listed but not trusted, and why (expired, not yet valid)


def api_v3_cipher(api_v3_key: object, *, name: str = "api_v3_key") -> AESGCM:
    """The AES-256-GCM cipher of a 32-byte key; errors give the length, never the value."""
    if isinstance(api_v3_key, str):
        key = api_v3_key.encode()
    elif isinstance(api_v3_key, bytes):
        key = api_v3_key
    else:
        raise ConfigurationError(
            f"{name} must be the key as str or bytes, got {type(api_v3_key).__name__}"
        )
    if len(key) != API_V3_KEY_BYTES:
        raise ConfigurationError(
            f"{name} must be {API_V3_KEY_BYTES} bytes (the APIv3 key set in 商户平台 → "
            f"账户中心 → API安全), got {len(key)}"
        )
    return AESGCM(key)


def read_listing(
    status: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    url: str,
    cipher: AESGCM,
    now: float,
    max_skew: int,
    trusted: KeyLookup,
) -> CertificateListing:
    """Parse, decrypt and check an answer to ``GET url``; ``CertificateDownloadError`` if bad.

    ``trusted`` finds keys trusted before this answer (configured public keys, certificates
    downloaded earlier): the answer's signature may come from one of them or from a
    certificate it carries. Every error names ``url``, so the host it came from is known.
    """
    request_id = _header(headers, "Request-ID")

    def fail(reason: str) -> CertificateDownloadError:
        return CertificateDownloadError(
            f"GET {url}: {reason}", request_id=request_id, status_code=status
        )

    if status != 200:
        raise error_answer(url, status, body, request_id)
    if len(body) > MAX_ANSWER_BYTES:
        raise fail(f"the answer is larger than {MAX_ANSWER_BYTES} bytes")
    try:
        listing = json.loads(body)
    except ValueError:
        raise fail("the answer is not JSON") from None
    data = listing.get("data") if isinstance(listing, dict) else None
    if not isinstance(data, list):
        raise fail('the answer has no "data" list')
    if not data:
        raise fail("the answer lists no certificate")
    usable: dict[int, PlatformCertificate] = {}
    refused: dict[int, str] = {}
    for certificate in _decrypt_all(data, cipher, fail):
        number = certificate.certificate.serial_number
        if now > certificate.not_after.timestamp():
            refused[number] = f"expired at {iso(certificate.not_after)}"
        elif now < certificate.not_before.timestamp():
            refused[number] = f"not valid before {iso(certificate.not_before)}"
        else:
            usable[number] = certificate
    if not usable:
        raise fail(
            "no usable platform certificate: "
            + "; ".join(f"{number:X} {why}" for number, why in refused.items())
        )
    _check_signature(headers, body, usable, refused, trusted, now, max_skew, fail)
    return CertificateListing(usable, refused)


def error_answer(
    url: str, status: int, body: bytes, request_id: str | None
) -> CertificateDownloadError:
    """The error for a non-200 answer, with WeChat Pay's code and what to do about it."""
    code = message = ""
    try:
        error = json.loads(body)
        if isinstance(error, dict):
            code, message = str(error.get("code", "")), str(error.get("message", ""))
    except ValueError:
        pass
    said = f"{status} {code}".rstrip() + (f": {message[:200]}" if message else "")
    if status == 404 and code == "RESOURCE_NOT_EXISTS":
        # A public-key merchant (since late 2024) has no platform certificate at all.
        reason = (
            f"this merchant has no platform certificate (GET {url} answered {said}): it is a "
            "public-key merchant. Configure WeChat Pay's public key instead of api_v3_key: "
            f"{PUBLIC_KEY_HINT} (商户平台 → 账户中心 → API安全 → 微信支付公钥)"
        )
    elif status == 401:
        reason = (
            f"GET {url} answered {said}: WeChat Pay refused the request's signature; check "
            "mchid, serial_no and private_key"
        )
    else:
        reason = f"GET {url} answered {said}"
    return CertificateDownloadError(
        reason, request_id=request_id, status_code=status, code=code or None
    )


def _decrypt_all(
    data: list[Any], cipher: AESGCM, fail: Callable[[str], CertificateDownloadError]
) -> list[PlatformCertificate]:
    opened: list[tuple[str, str, bytes]] = []
    refused_by_aead: list[str] = []
    for index, item in enumerate(data):
        where = f"data[{index}]"
        listed = _text(item, "serial_no", where, fail)
        if not is_hex_serial(listed):
            raise fail(f"{where}.serial_no is not a hex serial: {listed[:64]!r}")
        sealed = _object(item, "encrypt_certificate", where, fail)
        where = f"{where}.encrypt_certificate"
        algorithm = _text(sealed, "algorithm", where, fail)
        if algorithm != ALGORITHM:
            raise fail(f"{where}.algorithm {algorithm[:48]!r} is not supported (only {ALGORITHM})")
        nonce = _text(sealed, "nonce", where, fail)
        associated_data = sealed.get("associated_data", "")
        if not isinstance(associated_data, str):
            raise fail(f"{where}.associated_data must be a string")
        try:
            ciphertext = base64.b64decode(_text(sealed, "ciphertext", where, fail), validate=True)
        except (binascii.Error, ValueError):
            raise fail(f"{where}.ciphertext is not Base64") from None
        try:
            plaintext = cipher.decrypt(nonce.encode(), ciphertext, associated_data.encode())
        except InvalidTag:
            refused_by_aead.append(listed)
            continue
        except ValueError as exc:  # e.g. a nonce of the wrong size
            raise fail(f"{where} cannot be decrypted: {exc}") from None
        opened.append((where, listed, plaintext))
    if refused_by_aead:
        serials = ", ".join(refused_by_aead)
        if opened:
            # The same key opened the others, so the key is right and these were changed.
            raise fail(
                f"decryption failed for {serials} although the same APIv3 key decrypted the "
                "other certificates: the answer was altered in transit (AEAD tag mismatch); "
                "nothing from it is trusted"
            )
        raise fail(
            "decryption failed: check the APIv3 key (商户平台 → 账户中心 → API安全 → APIv3密钥)"
            f"; AEAD_AES_256_GCM refused the certificate ciphertext for {serials} (a wrong "
            "key, or an answer altered in transit)"
        )
    certificates = []
    for where, listed, plaintext in opened:
        try:
            certificate = load_certificate(plaintext)
        except KeyLoadError as exc:
            raise fail(
                f"{where}: the decrypted content is not a usable certificate ({exc})"
            ) from None
        if certificate.serial_number != int(listed, 16):
            raise fail(
                f"{where}: the certificate decrypted there has serial "
                f"{certificate.serial_number:X}, but its entry's serial_no lists {listed}; "
                "nothing from this answer is trusted"
            )
        certificates.append(
            PlatformCertificate(
                serial_no=f"{certificate.serial_number:X}",
                not_before=certificate.not_valid_before_utc,
                not_after=certificate.not_valid_after_utc,
                certificate=certificate,
                public_key=certificate_public_key(certificate),
            )
        )
    return certificates


def _check_signature(
    headers: Mapping[str, str],
    body: bytes,
    usable: Mapping[int, PlatformCertificate],
    refused: Mapping[int, str],
    trusted: KeyLookup,
    now: float,
    max_skew: int,
    fail: Callable[[str], CertificateDownloadError],
) -> None:
    """The answer must be signed by a certificate it carries or by a key already trusted."""
    what = "the answer's signature"
    try:
        signed = parse_signed_answer(
            headers, now=int(now), max_skew=max_skew, request_id=_header(headers, "Request-ID")
        )
    except _Rejected as exc:
        raise fail(f"{what} was rejected: {exc.reason}") from None
    serial = signed.serial
    number = int(serial, 16) if is_hex_serial(serial) else None
    carried = usable.get(number) if number is not None else None
    key = carried.public_key if carried is not None else trusted(serial)
    if key is None:
        if number is not None and number in refused:
            # Carried, but expired or not yet valid: say so, not that it is missing.
            raise fail(
                f"{what} names serial {serial[:64]!r}, a certificate it carries that is "
                f"refused: {refused[number]}"
            )
        raise fail(
            f"{what} names serial {serial[:64]!r}, which is neither among the certificates "
            f"it carries ({serial_list(usable.values())}) nor already trusted"
        )
    try:
        signed.check(key, body)
    except _Rejected as exc:
        raise fail(f"{what} was rejected: {exc.reason}") from None


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        lowered = name.lower()
        value = next((v for k, v in headers.items() if k.lower() == lowered), None)
    return value


def _object(
    parent: object, name: str, where: str, fail: Callable[[str], CertificateDownloadError]
) -> dict[str, Any]:
    value = parent.get(name) if isinstance(parent, dict) else None
    if not isinstance(value, dict):
        raise fail(f"{where}.{name} is missing or not an object")
    return value


def _text(
    parent: object, name: str, where: str, fail: Callable[[str], CertificateDownloadError]
) -> str:
    value = parent.get(name) if isinstance(parent, dict) else None
    if not isinstance(value, str) or not value:
        raise fail(f"{where}.{name} is missing or not a non-empty string")
    return value


def serial_list(certificates: Any) -> str:
    """Serials for a message, sorted: ``A1, B2`` or ``none``."""
    return ", ".join(sorted(c.serial_no for c in certificates)) or "none"


def iso(moment: datetime.datetime) -> str:
    """UTC to the second, as in every message about certificates."""
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
