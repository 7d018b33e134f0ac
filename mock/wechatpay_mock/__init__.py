"""wechatpay-mock: a stateful WeChat Pay coupon API mock that signs and verifies like the real one.

from wechatpay_mock import create_app, ensure_demo_world, load_settings
credentials = ensure_demo_world(Path("mock-data"))
app = create_app(load_settings(credentials.data_dir / "mock.toml"))

Or, in tests, ``MockServer`` (a mock on a free loopback port) and the ``wechatpay_mock`` pytest
fixture. The mock serves every operation of the spec it ships with; ``create_app`` raises
``BindingError`` for one it cannot serve and ``SeedError`` for a seed the spec does not allow.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import MockApp, create_app
    from .binding import BindingError
    from .seed import SeedError
    from .server import MockServer
    from .world import (
        ConfigError,
        DemoCredentials,
        MockSettings,
        ensure_demo_world,
        load_settings,
    )

# Imported when first used: ``wechatpay_mock.spec_reader`` (the generator's and the tools' reader
# of the spec) must not start the web stack, nor need the ``mock`` extra's other packages.
_HOMES = {
    "MockApp": ".app",
    "create_app": ".app",
    "BindingError": ".binding",
    "SeedError": ".seed",
    "MockServer": ".server",
    "ConfigError": ".world",
    "DemoCredentials": ".world",
    "MockSettings": ".world",
    "ensure_demo_world": ".world",
    "load_settings": ".world",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(home, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "BindingError",
    "ConfigError",
    "DemoCredentials",
    "MockApp",
    "MockServer",
    "MockSettings",
    "SeedError",
    "create_app",
    "ensure_demo_world",
    "load_settings",
]
