"""Who the mock knows, read from ``mock.toml``: merchants, brands and WeChat Pay's own keys.

A merchant is in public-key mode (answers signed with the WeChat Pay public key), certificate
mode (signed with the current platform certificate, listed by ``/v3/certificates`` encrypted with
its APIv3 key) or both (see ``platform_keys``).
"""

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509
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
)
from .store import DEFAULT_JOURNAL_SIZE
from .world import DEMO_PUBLIC_KEY_ID, SEED_FIXTURE

APIV3_FILE = "apiv3_key_file"
BRAND_KEY_FILE = "api_key_file"


class ConfigError(ValueError):
    """mock.toml is missing something or names a file that is not there."""


@dataclass(frozen=True)
class Caller:
    """Who signed a request: the signature type it used and the mchid or brand_id it named."""

    signature_type: str
    principal: str


@dataclass(frozen=True)
class Merchant:
    """A merchant the mock knows: its API certificate's key, its AppIDs and how WeChat Pay signs
    the answers it gets (``mode``: public_key, certificate or both)."""

    mchid: str
    serial_no: str
    public_key: RSAPublicKey = field(repr=False)
    appids: tuple[str, ...]
    mode: str = PUBLIC_KEY
    # Encrypts the certificates /v3/certificates lists for it (certificate and both modes) and
    # the resources of the notifications it is sent (any mode).
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
    # 品牌API密钥: encrypts the resources of the notifications the brand is sent.
    api_key: str | None = field(default=None, repr=False)


# How long a delivery waits for a 2xx before it counts as failed (WeChat: 5 s).
NOTIFY_TIMEOUT = 5.0


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
    # Notifications: the retry schedule's seconds are multiplied by notify_retry_scale (1.0 is
    # WeChat's own; 0.001 makes 24 hours of retries last under 90 s in a test), and a delivery
    # without a 2xx within notify_timeout seconds failed.
    notify_retry_scale: float = 1.0
    notify_timeout: float = NOTIFY_TIMEOUT

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

    def appids_of(self, caller: Caller) -> tuple[str, ...]:
        """The AppIDs the caller registered (mock.toml ``appids``)."""
        found = self._callers(caller.signature_type).get(caller.principal)
        return found.appids if found else ()

    def merchant_of(self, signature_type: str, principal: str) -> Merchant | None:
        """The merchant ``principal`` when the signature type is the merchant scheme."""
        return self.merchants.get(principal) if signature_type == MERCHANT_SCHEME else None

    def notification_key(self, recipient: Caller) -> str | None:
        """The key that encrypts the resources of notifications to ``recipient``: a brand's
        API key (品牌API密钥), a merchant's APIv3 key; None when mock.toml gives none."""
        found = self._callers(recipient.signature_type).get(recipient.principal)
        if isinstance(found, Brand):
            return found.api_key
        return found.apiv3_key if found is not None else None


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
        if mode != PUBLIC_KEY and not certificates:
            raise ConfigError(
                f"{config_path}: {where} is in {mode} mode, which needs [[platform.certificates]]"
            )
        apiv3_key = (
            _secret_key(config_path, where, "APIv3 key", path_of("merchants", entry, APIV3_FILE))
            if mode != PUBLIC_KEY or APIV3_FILE in entry
            else None
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
            api_key=(
                _secret_key(
                    config_path,
                    f"[[brands]] {entry.get('brand_id')}",
                    "brand API key",
                    path_of("brands", entry, BRAND_KEY_FILE),
                )
                if BRAND_KEY_FILE in entry
                else None
            ),
        )
        brands[brand.brand_id] = brand
    store = config.get("store", {})
    notifications = config.get("notifications", {})
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
        notify_retry_scale=_seconds(config_path, "[notifications] retry_scale", notifications, 1.0),
        notify_timeout=_seconds(
            config_path, "[notifications] timeout", notifications, NOTIFY_TIMEOUT
        ),
    )


def _platform_certificate(certificate: Path, private_key: Path) -> PlatformCertificate:
    loaded = PlatformCertificate(load_certificate(certificate), load_private_key(private_key))
    if loaded.certificate.public_key() != loaded.private_key.public_key():
        raise ConfigError(f"{private_key} is not the private key of {certificate}")
    return loaded


def _secret_key(config_path: Path, where: str, what: str, source: Path) -> str:
    """An APIv3 key or a brand API key: 32 ASCII characters, as WeChat Pay requires both."""
    # Never echoed: a wrong key is described by its length, not shown.
    key = source.read_text(encoding="utf-8").strip()
    if len(key) != APIV3_KEY_LENGTH or not key.isascii():
        raise ConfigError(
            f"{config_path}: {where}: the {what} in {source} must be {APIV3_KEY_LENGTH} ASCII "
            f"characters, not {len(key)}"
        )
    return key


def _seconds(config_path: Path, name: str, section: dict[str, Any], default: float) -> float:
    value = section.get(name.rsplit(" ", 1)[-1], default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ConfigError(f"{config_path}: {name} must be a number > 0, not {value!r}")
    return float(value)


def _positive(config_path: Path, name: str, section: dict[str, Any], default: int) -> int:
    value = section.get(name.rsplit(" ", 1)[-1], default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{config_path}: {name} must be a whole number >= 1, not {value!r}")
    return value


def certificate_or_key(source: Path) -> RSAPublicKey:
    """A public key from a PEM public key or certificate file (for user configs)."""
    data = source.read_bytes()
    if b"CERTIFICATE" in data:
        key = x509.load_pem_x509_certificate(data).public_key()
        if not isinstance(key, RSAPublicKey):
            raise ConfigError(f"{source}: not an RSA certificate")
        return key
    return load_public_key(data)
