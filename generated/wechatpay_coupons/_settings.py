"""The client's settings, checked when a client is made (or a call overrides one).

A mistake here (a base URL without a scheme, a timeout of 0, ``max_retries="2"``, a key id
where an auth belongs) would otherwise surface only at the first call, as a retried
connection error or a ``TypeError`` deep in httpx: a configuration slip that looks like an
outage. Each check raises ``ConfigurationError`` naming the setting, the value and what fits.
"""

import math
from typing import Any

import httpx

from .errors import ConfigurationError

_SCHEMES = ("http", "https")


def check_base_url(value: object, setting: str = "base_url") -> str:
    """An ``http://`` or ``https://`` URL with a host, to which the operations' paths are added."""
    example = "e.g. 'https://api.mch.weixin.qq.com' or 'http://127.0.0.1:8079' for a mock"
    if not isinstance(value, str):
        raise ConfigurationError(f"{setting} must be a URL as str ({example}), got {value!r}")
    try:
        url = httpx.URL(value)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"{setting} {value!r} is not a URL ({exc}); {example}") from None
    if value != value.strip() or url.scheme not in _SCHEMES or not url.host:
        raise ConfigurationError(
            f"{setting} {value!r} needs an http:// or https:// scheme and a host; {example}"
        )
    if url.query or url.fragment:
        raise ConfigurationError(
            f"{setting} {value!r} has a query or fragment; the operations' paths are added to "
            f"it, so give only the scheme, host and an optional path prefix; {example}"
        )
    return value


def check_auth(value: object, setting: str) -> None:
    """An ``httpx.Auth`` (``wechatpay_auth.MerchantAuth``, ``BrandAuth`` …) or None."""
    if value is not None and not isinstance(value, httpx.Auth):
        raise ConfigurationError(
            f"{setting} must be an httpx.Auth such as wechatpay_auth.MerchantAuth(mchid, "
            f"serial_no, private_key, …), got {type(value).__name__} {_shown(value)}"
        )


def check_timeout(value: object, setting: str = "timeout") -> None:
    """Seconds above 0, an ``httpx.Timeout`` whose parts are, or None (no limit)."""
    if value is None:
        return
    if isinstance(value, httpx.Timeout):
        parts = value.as_dict()
        for part, seconds in parts.items():
            if seconds is not None and not _positive(seconds):
                raise ConfigurationError(
                    f"{setting} {value!r}: its {part} timeout must be seconds above 0 or None "
                    f"(no limit), got {seconds!r}"
                )
        return
    if not _positive(value):
        raise ConfigurationError(
            f"{setting} must be seconds above 0 (e.g. 10), an httpx.Timeout, or None for no "
            f"limit, got {_shown(value)}"
        )


def check_deadline(value: object, setting: str = "deadline") -> None:
    """Seconds above 0 for a whole call, or None (no limit)."""
    if value is not None and not _positive(value):
        raise ConfigurationError(
            f"{setting} must be seconds above 0 for the whole call (e.g. 30), or None for no "
            f"limit, got {_shown(value)}"
        )


def check_retries(value: object, setting: str = "max_retries") -> int:
    """A whole number of extra attempts, 0 or more."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ConfigurationError(
            f"{setting} must be a whole number >= 0 (retries after the first attempt), "
            f"got {_shown(value)}"
        )
    return value


def check_seconds(value: object, setting: str, *, optional: bool = False) -> None:
    """A wait or a deadline in seconds, 0 or more (None too, where ``optional``)."""
    if value is None and optional:
        return
    if not _number(value) or not _at_least_zero(value):
        allowed = "seconds >= 0 or None" if optional else "seconds >= 0"
        raise ConfigurationError(f"{setting} must be {allowed}, got {_shown(value)}")


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _positive(value: Any) -> bool:
    return _number(value) and value > 0


def _at_least_zero(value: Any) -> bool:
    return _number(value) and value >= 0


def _shown(value: object) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


__all__ = [
    "check_auth",
    "check_base_url",
    "check_deadline",
    "check_retries",
    "check_seconds",
    "check_timeout",
]
