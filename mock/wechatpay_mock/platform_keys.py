"""WeChat Pay's own keys in the mock: the public key (``PUB_KEY_ID_…``) and platform certificates.

A merchant in **public-key mode** verifies answers with the WeChat Pay public key; one in
**certificate mode** with the platform certificates it downloads from ``/v3/certificates``,
encrypted with its APIv3 key; one in **both** modes trusts either (a merchant migrating). The
mock's platform certificates are self-signed and TEST-ONLY: clients check the signatures they
make, not a chain to Tenpay's root.
"""

import base64
import datetime
import secrets
import string
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.x509.oid import NameOID

from wechatpay_auth import certificate_serial

PUBLIC_KEY, CERTIFICATE, BOTH = "public_key", "certificate", "both"
MODES = (PUBLIC_KEY, CERTIFICATE, BOTH)
# What /v3/certificates encrypts with; associated_data is fixed by WeChat Pay.
ALGORITHM = "AEAD_AES_256_GCM"
ASSOCIATED_DATA = "certificate"
APIV3_KEY_LENGTH = 32
_NONCE_ALPHABET = string.ascii_letters + string.digits
CHINA = datetime.timezone(datetime.timedelta(hours=8))


@dataclass(frozen=True)
class Signer:
    """The key a response is signed with and the serial that names it (``Wechatpay-Serial``):
    the public key id ``PUB_KEY_ID_…`` or a platform certificate's serial."""

    key: RSAPrivateKey = field(repr=False)
    serial: str


@dataclass(frozen=True)
class PlatformCertificate:
    """A platform certificate and the private key the mock signs with under its serial."""

    certificate: x509.Certificate = field(repr=False)
    private_key: RSAPrivateKey = field(repr=False)

    @property
    def serial_no(self) -> str:
        """Upper-case hex, as WeChat Pay prints it (``Wechatpay-Serial``, ``serial_no``)."""
        return certificate_serial(self.certificate)

    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)


def describe(pem: bytes) -> dict[str, str]:
    """A certificate's serial and validity, as ``/v3/certificates`` shows them."""
    certificate = x509.load_pem_x509_certificate(pem)
    return {
        "serial_no": certificate_serial(certificate),
        "effective_time": _china(certificate.not_valid_before_utc),
        "expire_time": _china(certificate.not_valid_after_utc),
    }


def listing(pem: bytes, apiv3_key: str) -> dict[str, object]:
    """A certificate as ``/v3/certificates`` lists it, encrypted for one merchant."""
    return {**describe(pem), "encrypt_certificate": encrypt_certificate(pem, apiv3_key)}


def _china(moment: datetime.datetime) -> str:
    return moment.astimezone(CHINA).isoformat(timespec="seconds")


def encrypt_certificate(pem: bytes, apiv3_key: str) -> dict[str, str]:
    """A certificate as ``/v3/certificates`` encrypts it, with the fixed associated data."""
    return seal(pem, apiv3_key, ASSOCIATED_DATA)


def seal(plaintext: bytes, key: str, associated_data: str) -> dict[str, str]:
    """AEAD_AES_256_GCM under a 32-character key (an APIv3 key, a brand API key), as WeChat Pay
    encrypts certificates and notification resources: a 12-character nonce, the associated
    data, and Base64 of the ciphertext followed by its tag."""
    nonce = "".join(secrets.choice(_NONCE_ALPHABET) for _ in range(12))
    sealed = AESGCM(key.encode()).encrypt(nonce.encode(), plaintext, associated_data.encode())
    return {
        "algorithm": ALGORITHM,
        "nonce": nonce,
        "associated_data": associated_data,
        "ciphertext": base64.b64encode(sealed).decode(),
    }


def new_platform_certificate(
    *, valid_from: datetime.datetime | None = None, years: int = 5
) -> PlatformCertificate:
    """A fresh self-signed TEST-ONLY platform certificate (RSA 2048), valid for ``years``."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    start = valid_from or datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=1)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "wechatpay-mock"),
            x509.NameAttribute(
                NameOID.COMMON_NAME, "wechatpay-mock platform certificate TEST-ONLY"
            ),
        ]
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + datetime.timedelta(days=365 * years))
        .sign(key, hashes.SHA256())
    )
    return PlatformCertificate(certificate, key)


def new_apiv3_key() -> str:
    """A random APIv3 key: 32 ASCII letters and digits, like the ones merchants set."""
    return "".join(secrets.choice(_NONCE_ALPHABET) for _ in range(APIV3_KEY_LENGTH))


def same_serial(left: str, right: str) -> bool:
    """Whether two certificate serials name one certificate: SDKs print the number in hex with
    or without leading zeros, in either case."""
    try:
        return int(left, 16) == int(right, 16)
    except ValueError:
        return left == right
