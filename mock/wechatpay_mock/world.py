"""Who the mock knows: merchants, brands and WeChat Pay's own keys; and the embedded demo world.

A data directory holds ``mock.toml`` naming everything, the PEM files it points to, and the
seed fixture. ``ensure_demo_world(DIR)`` creates a complete one on first use and reuses it after.
The demo keys are generated on this machine for testing only; they sign nothing real.

A merchant is in public-key mode (answers signed with the WeChat Pay public key), certificate
mode (signed with the current platform certificate, listed by ``/v3/certificates`` encrypted with
its APIv3 key) or both (see ``platform_keys``).
"""

import os
import shutil
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey

from wechatpay_auth import load_certificate, load_private_key, load_public_key
from wechatpay_auth.primitives import BRAND_SCHEME, MERCHANT_SCHEME

from .platform_keys import (
    APIV3_KEY_LENGTH,
    BOTH,
    CERTIFICATE,
    MODES,
    PUBLIC_KEY,
    PlatformCertificate,
    new_apiv3_key,
    new_platform_certificate,
)
from .store import DEFAULT_JOURNAL_SIZE

if TYPE_CHECKING:
    from .context import Caller

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
SEED_FIXTURE = Path(__file__).parent / "fixtures" / "demo_seed.json"


class ConfigError(ValueError):
    """mock.toml is missing something or names a file that is not there."""


@dataclass(frozen=True)
class Merchant:
    """A merchant the mock knows: its API certificate's key, its AppIDs and how WeChat Pay signs
    the answers it gets (``mode``: public_key, certificate or both)."""

    mchid: str
    serial_no: str
    public_key: RSAPublicKey = field(repr=False)
    appids: tuple[str, ...]
    mode: str = PUBLIC_KEY
    # Encrypts the certificates /v3/certificates lists for it (certificate and both modes).
    apiv3_key: str | None = field(default=None, repr=False)

    @property
    def has_certificates(self) -> bool:
        return self.mode in (CERTIFICATE, BOTH)


@dataclass(frozen=True)
class Brand:
    """A brand the mock knows; brands verify answers with the WeChat Pay public key only."""

    brand_id: str
    serial_no: str
    public_key: RSAPublicKey = field(repr=False)
    appids: tuple[str, ...]


@dataclass(frozen=True)
class MockSettings:
    """Everything ``create_app`` needs. Private keys stay out of the repr."""

    merchants: dict[str, Merchant]
    brands: dict[str, Brand]
    platform_key: RSAPrivateKey = field(repr=False)
    public_key_id: str
    seed_path: Path | None = SEED_FIXTURE
    # The platform certificates a running mock starts with; the first one signs.
    platform_certificates: tuple[PlatformCertificate, ...] = ()
    database: str = ":memory:"
    max_skew: int = 300
    # The journal keeps the last journal_size requests (a ring), so a long soak stays flat.
    journal_size: int = DEFAULT_JOURNAL_SIZE
    # One line per request on the "wechatpay_mock.requests" logger (the CLI's -v).
    log_requests: bool = False

    def _callers(self, signature_type: str) -> "Mapping[str, Merchant | Brand]":
        if signature_type == MERCHANT_SCHEME:
            return self.merchants
        if signature_type == BRAND_SCHEME:
            return self.brands
        return {}

    def caller_public_key(
        self, signature_type: str, principal: str, serial_no: str
    ) -> RSAPublicKey | None:
        """The registered key of the merchant or brand ``principal`` for its API certificate
        ``serial_no``, under ``signature_type``; None when there is none."""
        found = self._callers(signature_type).get(principal)
        return found.public_key if found and found.serial_no == serial_no else None

    @staticmethod
    def principal_name(signature_type: str) -> str:
        return "brand_id" if signature_type == BRAND_SCHEME else "mchid"

    def appids_of(self, caller: "Caller") -> tuple[str, ...]:
        """The AppIDs the caller registered (mock.toml ``appids``)."""
        found = self._callers(caller.signature_type).get(caller.principal)
        return found.appids if found else ()

    def merchant_of(self, signature_type: str, principal: str) -> Merchant | None:
        """The merchant ``principal`` when the signature type is the merchant scheme."""
        return self.merchants.get(principal) if signature_type == MERCHANT_SCHEME else None


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
    # What the seed holds for that user and AppID (and the brand's user): one id per operation.
    stock_id: str = DEMO_STOCK_ID
    redeemable_coupon_codes: tuple[str, ...] = DEMO_REDEEMABLE_CODES
    favor_coupon_id: str = DEMO_FAVOR_COUPON_ID
    brand_openid: str = DEMO_BRAND_OPENID
    brand_coupon_code: str = DEMO_BRAND_COUPON_CODE
    product_coupon_id: str = DEMO_PRODUCT_COUPON_ID
    brand_stock_id: str = DEMO_BRAND_STOCK_ID


def load_settings(config_path: Path, *, database: str | None = None) -> MockSettings:
    """Settings from a ``mock.toml``; relative paths in it are relative to the file.

    Anything wrong with the file (a missing key, a wrong type, a key file that is not a key)
    is a ``ConfigError`` that names the file, never a traceback from deep inside.
    """
    try:
        config = tomllib.loads(config_path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read {config_path}: {exc}") from None
    try:
        return _settings(config_path, config, database)
    except ConfigError:
        raise
    except KeyError as exc:
        raise ConfigError(f"{config_path}: an entry lacks {exc}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        # ValueError covers wechatpay_auth.KeyLoadError (a file that is not a usable key).
        raise ConfigError(f"{config_path}: {exc}") from None


def _settings(config_path: Path, config: dict[str, Any], database: str | None) -> MockSettings:
    base = config_path.parent

    def path_of(section: str, entry: dict[str, Any], key: str) -> Path:
        if key not in entry:
            raise ConfigError(f"{config_path}: [{section}] needs {key}")
        found = base / str(entry[key])
        if not found.exists():
            raise ConfigError(f"{config_path}: [{section}] {key} = {found} does not exist")
        return found

    platform = config.get("platform", {})
    certificates = tuple(
        _platform_certificate(
            path_of("platform.certificates", entry, "certificate"),
            path_of("platform.certificates", entry, "private_key"),
        )
        for entry in platform.get("certificates", [])
    )
    merchants = {}
    for entry in config.get("merchants", []):
        mode = str(entry.get("mode", PUBLIC_KEY))
        where = f"[[merchants]] {entry.get('mchid')}"
        if mode not in MODES:
            raise ConfigError(f"{config_path}: {where}: mode must be one of {', '.join(MODES)}")
        apiv3_key = None
        if mode != PUBLIC_KEY:
            if not certificates:
                raise ConfigError(
                    f"{config_path}: {where} is in {mode} mode, which needs "
                    "[[platform.certificates]]"
                )
            apiv3_key = _apiv3_key(
                config_path, where, path_of("merchants", entry, "apiv3_key_file")
            )
        merchant = Merchant(
            mchid=str(entry["mchid"]),
            serial_no=str(entry["serial_no"]),
            public_key=certificate_or_key(path_of("merchants", entry, "public_key")),
            appids=tuple(str(a) for a in entry.get("appids", [])),
            mode=mode,
            apiv3_key=apiv3_key,
        )
        merchants[merchant.mchid] = merchant
    brands = {}
    for entry in config.get("brands", []):
        brand = Brand(
            brand_id=str(entry["brand_id"]),
            serial_no=str(entry["serial_no"]),
            public_key=certificate_or_key(path_of("brands", entry, "public_key")),
            appids=tuple(str(a) for a in entry.get("appids", [])),
        )
        brands[brand.brand_id] = brand
    store = config.get("store", {})
    seed = store.get("seed")
    stored_db = store.get("database", ":memory:")
    if stored_db != ":memory:":
        stored_db = str(base / stored_db)
    return MockSettings(
        merchants=merchants,
        brands=brands,
        platform_key=load_private_key(path_of("platform", platform, "private_key")),
        public_key_id=str(platform.get("public_key_id", DEMO_PUBLIC_KEY_ID)),
        seed_path=(base / seed) if seed else None,
        platform_certificates=certificates,
        database=database or stored_db,
        max_skew=int(config.get("signature", {}).get("max_skew", 300)),
        journal_size=_positive(config_path, "[store] journal_size", store, DEFAULT_JOURNAL_SIZE),
    )


def _platform_certificate(certificate: Path, private_key: Path) -> PlatformCertificate:
    loaded = PlatformCertificate(load_certificate(certificate), load_private_key(private_key))
    if loaded.certificate.public_key() != loaded.private_key.public_key():
        raise ConfigError(f"{private_key} is not the private key of {certificate}")
    return loaded


def _apiv3_key(config_path: Path, where: str, source: Path) -> str:
    # Never echoed: a wrong key is described by its length, not shown.
    key = source.read_text(encoding="utf-8").strip()
    if len(key) != APIV3_KEY_LENGTH or not key.isascii():
        raise ConfigError(
            f"{config_path}: {where}: the APIv3 key in {source} must be {APIV3_KEY_LENGTH} ASCII "
            f"characters, not {len(key)}"
        )
    return key


def _positive(config_path: Path, name: str, section: dict[str, Any], default: int) -> int:
    value = section.get(name.rsplit(" ", 1)[-1], default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{config_path}: {name} must be a whole number >= 1, not {value!r}")
    return value


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
        shutil.copyfile(SEED_FIXTURE, data_dir / "seed.json")
        (data_dir / "README.txt").write_text(_README, encoding="utf-8")
        # Written last: its presence means the world is complete.
        (data_dir / CONFIG_NAME).write_text(_demo_toml(), encoding="utf-8")
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
    )


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
  mock.toml           names them; pass --config to use your own
  seed.json           the coupons loaded at start and on /_mock/reset
"""


def certificate_or_key(source: Path) -> RSAPublicKey:
    """A public key from a PEM public key or certificate file (for user configs)."""
    data = source.read_bytes()
    if b"CERTIFICATE" in data:
        key = x509.load_pem_x509_certificate(data).public_key()
        if not isinstance(key, RSAPublicKey):
            raise ConfigError(f"{source}: not an RSA certificate")
        return key
    return load_public_key(data)
