"""pytest fixtures for downstream test suites (registered through the ``pytest11`` entry point).

    def test_redeem(wechatpay_mock):
        client = Client(wechatpay_mock.base_url, auth=wechatpay_mock.merchant_auth())
        ...

``wechatpay_mock_server`` is one mock per test session on a free loopback port;
``wechatpay_mock`` is the same server reset to its seed (no faults, real clock) for each test.
Imports happen inside the fixtures so that merely having the package installed never breaks
a pytest run that lacks the ``mock`` extra.
"""

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .server import MockServer


@pytest.fixture(scope="session")
def wechatpay_mock_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator["MockServer"]:
    from .server import MockServer

    with MockServer(tmp_path_factory.mktemp("wechatpay-mock")) as server:
        yield server


@pytest.fixture
def wechatpay_mock(wechatpay_mock_server: "MockServer") -> "MockServer":
    wechatpay_mock_server.reset()
    return wechatpay_mock_server
