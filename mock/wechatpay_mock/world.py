"""The embedded demo world: TEST-ONLY keys, a ``mock.toml`` naming them, and the seed.

A data directory holds ``mock.toml`` naming everything, the PEM files it points to, and the
seed fixture. ``ensure_demo_world(DIR)`` creates a complete one on first use and reuses it after.
The demo keys are generated on this machine for testing only; they sign nothing real.
"""

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

from .platform_keys import new_apiv3_key, new_platform_certificate
from .store import DEFAULT_JOURNAL_SIZE

DEMO_MCHID = "1900000001"
DEMO_BRAND_ID = "12345678"
DEMO_APPIDS = ("wx233544546545989", "wx1234567889999")
DEMO_OPENID = "2323dfsdf342342"
DEMO_PUBLIC_KEY_ID = "PUB_KEY_ID_0000000000000024101100397200000006"
DEMO_MERCHANT_SERIAL = "3775B6A45ACD588826D15E583A95F5DD00000001"
DEMO_BRAND_SERIAL = "3775B6A45ACD588826D15E583A95F5DD00000002"
# The demo merchant in certificate mode (its answers signed by a platform certificate).
DEMO_CERTIFICATE_MCHID = "1900000002"
DEMO_CERTIFICATE_MERCHANT_SERIAL = "3775B6A45ACD588826D15E583A95F5DD00000003"
# Coupons of the demo seed (fixtures/demo_seed.json) that each operation finds, for demos and
# downstream tests; tests/mock/test_world.py checks them against the running mock.
DEMO_STOCK_ID = "1212300000000001"
DEMO_REDEEMABLE_CODES = tuple(f"88000000000000{n:02d}" for n in range(1, 24))
DEMO_FAVOR_COUPON_ID = "9856888"
DEMO_BRAND_OPENID = "oh-394z-6CGkNoJrsDLTTUKiAnp4"
DEMO_BRAND_COUPON_CODE = "Code_123456"
DEMO_PRODUCT_COUPON_ID = "1000000013"
DEMO_BRAND_STOCK_ID = "1000000013001"
CONFIG_NAME = "mock.toml"
BRAND_API_KEY_FILE = "brand_api_key.txt"
SEED_FIXTURE = Path(__file__).parent / "fixtures" / "demo_seed.json"


@dataclass(frozen=True)
class DemoCredentials:
    """What a client needs to talk to the demo world: paths, and the TEST-ONLY APIv3 key of the
    merchant in certificate mode (kept out of the repr)."""

    data_dir: Path
    mchid: str
    merchant_serial_no: str
    merchant_private_key: Path
    brand_id: str
    brand_serial_no: str
    brand_private_key: Path
    public_key_id: str
    platform_public_key: Path
    appid: str
    openid: str
    # The merchant in certificate mode: it downloads the platform certificates from
    # /v3/certificates and decrypts them with its APIv3 key.
    certificate_mchid: str
    certificate_merchant_serial_no: str
    certificate_merchant_private_key: Path
    apiv3_key: str = field(repr=False)
    # The platform certificate the mock signs with at start (a client may trust it as given).
    platform_certificate: Path
    # The brand's TEST-ONLY API key (品牌API密钥): the notifications it is sent are encrypted
    # with it.
    brand_api_key: str = field(repr=False)
    # What the seed holds for that user and AppID (and the brand's user): one id per operation.
    stock_id: str = DEMO_STOCK_ID
    redeemable_coupon_codes: tuple[str, ...] = DEMO_REDEEMABLE_CODES
    favor_coupon_id: str = DEMO_FAVOR_COUPON_ID
    brand_openid: str = DEMO_BRAND_OPENID
    brand_coupon_code: str = DEMO_BRAND_COUPON_CODE
    product_coupon_id: str = DEMO_PRODUCT_COUPON_ID
    brand_stock_id: str = DEMO_BRAND_STOCK_ID


def ensure_demo_world(data_dir: Path) -> DemoCredentials:
    """Create the demo world in ``data_dir`` unless it is there already; return its credentials."""
    data_dir.mkdir(parents=True, exist_ok=True)
    files = {
        "merchant": data_dir / "merchant_private_key.pem",
        "brand": data_dir / "brand_private_key.pem",
        "platform": data_dir / "platform_private_key.pem",
        "certificate_merchant": data_dir / "certificate_merchant_private_key.pem",
    }
    certificate = data_dir / "platform_certificate.pem"
    apiv3_key = data_dir / "certificate_merchant_apiv3_key.txt"
    brand_api_key = data_dir / BRAND_API_KEY_FILE
    if not (data_dir / CONFIG_NAME).exists():
        for role, path in files.items():
            key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            _write_private(path, key)
            public_path = data_dir / f"{role}_public_key.pem"
            public_path.write_bytes(
                key.public_key().public_bytes(
                    serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
                )
            )
        platform = new_platform_certificate()
        _write_private(data_dir / "platform_certificate_private_key.pem", platform.private_key)
        certificate.write_bytes(platform.pem())
        _write_secret(apiv3_key, new_apiv3_key())
        _write_secret(brand_api_key, new_apiv3_key())
        shutil.copyfile(SEED_FIXTURE, data_dir / "seed.json")
        (data_dir / "README.txt").write_text(_README, encoding="utf-8")
        # Written last: its presence means the world is complete.
        (data_dir / CONFIG_NAME).write_text(_demo_toml(), encoding="utf-8")
    elif not brand_api_key.exists():
        _add_brand_api_key(data_dir / CONFIG_NAME, brand_api_key)
    return DemoCredentials(
        data_dir=data_dir,
        mchid=DEMO_MCHID,
        merchant_serial_no=DEMO_MERCHANT_SERIAL,
        merchant_private_key=files["merchant"],
        brand_id=DEMO_BRAND_ID,
        brand_serial_no=DEMO_BRAND_SERIAL,
        brand_private_key=files["brand"],
        public_key_id=DEMO_PUBLIC_KEY_ID,
        platform_public_key=data_dir / "platform_public_key.pem",
        appid=DEMO_APPIDS[0],
        openid=DEMO_OPENID,
        certificate_mchid=DEMO_CERTIFICATE_MCHID,
        certificate_merchant_serial_no=DEMO_CERTIFICATE_MERCHANT_SERIAL,
        certificate_merchant_private_key=files["certificate_merchant"],
        apiv3_key=apiv3_key.read_text(encoding="utf-8").strip(),
        platform_certificate=certificate,
        brand_api_key=brand_api_key.read_text(encoding="utf-8").strip(),
    )


def _add_brand_api_key(config: Path, key_file: Path) -> None:
    """A demo world made before brands had an API key gets one (its mock.toml is the demo's
    own, so the line goes after the demo brand's id)."""
    text = config.read_text(encoding="utf-8")
    brand_line = f'brand_id = "{DEMO_BRAND_ID}"\n'
    if brand_line not in text or BRAND_API_KEY_FILE in text:
        return
    _write_secret(key_file, new_apiv3_key())
    line = f'api_key_file = "{BRAND_API_KEY_FILE}"\n'
    config.write_text(text.replace(brand_line, brand_line + line, 1), encoding="utf-8")


def _write_private(path: Path, key: RSAPrivateKey) -> None:
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)


def _write_secret(path: Path, secret: str) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(secret + "\n")


def _demo_toml() -> str:
    appids = ", ".join(f'"{a}"' for a in DEMO_APPIDS)
    return f"""# wechatpay-mock demo world. TEST-ONLY keys, generated on this machine.
# Register your own merchants and brands by copying this file and pointing --config at it.

[platform]
# The WeChat Pay public key: it signs the answers to merchants in public-key mode and to brands;
# clients verify with platform_public_key.pem under this id.
private_key = "platform_private_key.pem"
public_key_id = "{DEMO_PUBLIC_KEY_ID}"

# Platform certificates: the first signs the answers to merchants in certificate mode, and
# /v3/certificates lists them all (the control API adds, activates and expires more).
[[platform.certificates]]
certificate = "platform_certificate.pem"
private_key = "platform_certificate_private_key.pem"

[[merchants]]
mchid = "{DEMO_MCHID}"
serial_no = "{DEMO_MERCHANT_SERIAL}"
public_key = "merchant_public_key.pem"
appids = [{appids}]
# public_key (the default), certificate or both.
mode = "public_key"

[[merchants]]
mchid = "{DEMO_CERTIFICATE_MCHID}"
serial_no = "{DEMO_CERTIFICATE_MERCHANT_SERIAL}"
public_key = "certificate_merchant_public_key.pem"
appids = [{appids}]
mode = "certificate"
# 32 characters; /v3/certificates encrypts the certificates with it. TEST-ONLY.
apiv3_key_file = "certificate_merchant_apiv3_key.txt"

[[brands]]
brand_id = "{DEMO_BRAND_ID}"
# 32 characters (品牌API密钥); the notifications sent to the brand are encrypted with it. TEST-ONLY.
api_key_file = "{BRAND_API_KEY_FILE}"
serial_no = "{DEMO_BRAND_SERIAL}"
public_key = "brand_public_key.pem"
appids = [{appids}]

[store]
# ":memory:" keeps state per process; a file name shares it between worker processes.
database = ":memory:"
seed = "seed.json"
# The request journal keeps this many of the latest requests.
journal_size = {DEFAULT_JOURNAL_SIZE}

[signature]
max_skew = 300

[notifications]
# WeChat's retry schedule (15 s, 15 s, 30 s, 3 min … 6 h) times this; smaller in tests.
retry_scale = 1.0
# Seconds a delivery waits for a 2xx before it counts as failed.
timeout = 5.0
"""


_README = """This folder is a wechatpay-mock demo world.

Every key in it was generated for testing on this machine and is TEST-ONLY: it signs nothing
real and must never be used with WeChat Pay. Delete the folder to start a new world.

  *_private_key.pem   the demo merchants', brand's and WeChat Pay's (public key and platform
                      certificate) private keys
  *_public_key.pem    their public keys (the mock verifies requests with the merchants' and
                      the brand's)
  platform_certificate.pem              the platform certificate answers are signed with in
                                        certificate mode
  certificate_merchant_apiv3_key.txt    the APIv3 key of the merchant in certificate mode
  brand_api_key.txt   the brand's API key (品牌API密钥), which encrypts its notifications
  mock.toml           names them; pass --config to use your own
  seed.json           the coupons loaded at start and on /_mock/reset
"""
