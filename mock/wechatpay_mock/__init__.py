"""wechatpay-mock: a stateful WeChat Pay coupon API mock that signs and verifies like the real one.

from wechatpay_mock import create_app, ensure_demo_world, load_settings
credentials = ensure_demo_world(Path("mock-data"))
app = create_app(load_settings(credentials.data_dir / "mock.toml"))
"""

from .app import create_app
from .server import MockServer
from .world import (
    DemoCredentials,
    MockSettings,
    ensure_demo_world,
    load_settings,
)

__all__ = [
    "DemoCredentials",
    "MockServer",
    "MockSettings",
    "create_app",
    "ensure_demo_world",
    "load_settings",
]
