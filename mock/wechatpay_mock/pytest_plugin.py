"""pytest fixtures for downstream test suites (registered through the ``pytest11`` entry point).

    def test_redeem(wechatpay_mock):
        client = Client(wechatpay_mock.base_url, auth=wechatpay_mock.merchant_auth())
        ...

``wechatpay_mock_server`` is one mock per test session on a free loopback port;
``wechatpay_mock`` is the same server reset to its seed (no faults, real clock) for each test.

This module is loaded by every pytest run of a project that installs the package, with or
without the ``mock`` extra: it imports nothing of the extra (starlette, uvicorn …) until a
fixture is used, and a fixture used without the extra says how to install it.
"""

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .server import MockServer

INSTALL = 'pip install "wechatpay-coupons[mock]"'


def _mock_server_class() -> "type[MockServer]":
    try:
        from .server import MockServer
    except ModuleNotFoundError as missing:
        pytest.fail(
            f"the wechatpay_mock fixture needs the package's mock extra ({missing.name} is not "
            f"installed): {INSTALL}",
            pytrace=False,
        )
    return MockServer


@pytest.fixture(scope="session")
def wechatpay_mock_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator["MockServer"]:
    with _mock_server_class()(tmp_path_factory.mktemp("wechatpay-mock")) as server:
        yield server


@pytest.fixture
def wechatpay_mock(wechatpay_mock_server: "MockServer") -> "MockServer":
    wechatpay_mock_server.reset()
    return wechatpay_mock_server
