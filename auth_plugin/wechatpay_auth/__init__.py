"""WeChat Pay APIv3 signing and verification for httpx: any endpoint, both schemes.

from wechatpay_auth import MerchantAuth
# A public-key merchant (WeChat Pay public key, PUB_KEY_ID_…):
auth = MerchantAuth("1900000001", "<API cert serial>", "apiclient_key.pem",
                    public_keys={"PUB_KEY_ID_0114…": "wechatpay_public_key.pem"})
# A certificate merchant: platform certificates downloaded, decrypted and refreshed for you.
auth = MerchantAuth("1900000001", "<API cert serial>", "apiclient_key.pem", api_v3_key=key)
httpx.Client(base_url="https://api.mch.weixin.qq.com", auth=auth).get("/v3/…")
"""

from . import primitives
from .auth import BrandAuth, MerchantAuth
from .certificates import CertificateDownloader, PlatformCertificate
from .errors import (
    BadSignatureError,
    CertificateDownloadError,
    ConfigurationError,
    KeyLoadError,
    MalformedNotificationError,
    MissingSignatureHeaderError,
    NotificationDecryptionError,
    NotificationError,
    ProbeSignatureError,
    SignatureVerificationError,
    StaleSignatureError,
    UnsupportedAlgorithmError,
    UnsupportedSignatureTypeError,
    WechatPayAuthError,
)
from .keys import (
    certificate_serial,
    load_certificate,
    load_private_key,
    load_public_key,
)
from .notification import Notification, aparse_notification, parse_notification
from .sensitive import encrypt_sensitive
from .verifier import WechatPayVerifier

# The server-side primitives (signing answers, parsing Authorization headers, …) are in
# wechatpay_auth.primitives: the mock and the benchmarks use them, a client does not.
__all__ = [
    "BadSignatureError",
    "BrandAuth",
    "CertificateDownloadError",
    "CertificateDownloader",
    "ConfigurationError",
    "KeyLoadError",
    "MalformedNotificationError",
    "MerchantAuth",
    "MissingSignatureHeaderError",
    "Notification",
    "NotificationDecryptionError",
    "NotificationError",
    "PlatformCertificate",
    "ProbeSignatureError",
    "SignatureVerificationError",
    "StaleSignatureError",
    "UnsupportedAlgorithmError",
    "UnsupportedSignatureTypeError",
    "WechatPayAuthError",
    "WechatPayVerifier",
    "aparse_notification",
    "certificate_serial",
    "encrypt_sensitive",
    "load_certificate",
    "load_private_key",
    "load_public_key",
    "parse_notification",
    "primitives",
]
