"""wechatpay-mock: a stateful WeChat Pay coupon API mock that signs and verifies like the real one.

from wechatpay_mock import create_app, ensure_demo_world, load_settings
credentials = ensure_demo_world(Path("mock-data"))
app = create_app(load_settings(credentials.data_dir / "mock.toml"))

Or, in tests, ``MockServer`` (a mock on a free loopback port) and the ``wechatpay_mock`` pytest
fixture. The mock serves every operation of the spec it ships with; ``create_app`` raises
``BindingError`` for one it cannot serve and ``SeedError`` for a seed the spec does not allow.

The names below are imported when first used: the pytest plugin (``wechatpay_mock.pytest_plugin``)
is loaded by every pytest run of a project that installs the package, with or without the
``mock`` extra, and must not import starlette on the way.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import MockApp, create_app
    from .binding import BindingError
    from .seed import SeedError
    from .server import MockControlError, MockServer
    from .settings import ConfigError, MockSettings, load_settings
    from .world import DemoCredentials, ensure_demo_world

_WHERE = {
    "BindingError": "binding",
    "ConfigError": "settings",
    "DemoCredentials": "world",
    "MockApp": "app",
    "MockControlError": "server",
    "MockServer": "server",
    "MockSettings": "settings",
    "SeedError": "seed",
    "create_app": "app",
    "ensure_demo_world": "world",
    "load_settings": "settings",
}

__all__ = [
    "BindingError",
    "ConfigError",
    "DemoCredentials",
    "MockApp",
    "MockControlError",
    "MockServer",
    "MockSettings",
    "SeedError",
    "create_app",
    "ensure_demo_world",
    "load_settings",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
