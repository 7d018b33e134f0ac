"""wechatpay-mock: a stateful WeChat Pay coupon API mock that signs and verifies like the real one.

from wechatpay_mock import create_app, ensure_demo_world, load_settings
credentials = ensure_demo_world(Path("mock-data"))
app = create_app(load_settings(credentials.data_dir / "mock.toml"))

Or, in tests, ``MockServer`` (a mock on a free loopback port) and the ``wechatpay_mock`` pytest
fixture. The mock serves every operation of the spec it ships with; ``create_app`` raises
``BindingError`` for one it cannot serve and ``SeedError`` for a seed the spec does not allow.
"""

from .app import MockApp, create_app
from .binding import BindingError
from .seed import SeedError
from .server import MockServer
from .settings import ConfigError, MockSettings, load_settings
from .world import DemoCredentials, ensure_demo_world

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
