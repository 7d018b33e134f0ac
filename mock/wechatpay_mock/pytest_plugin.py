"""pytest fixtures for downstream test suites (registered through the ``pytest11`` entry point).

    def test_redeem(wechatpay_mock):
        client = Client(wechatpay_mock.base_url, auth=wechatpay_mock.merchant_auth())
        ...

``wechatpay_mock_server`` is one mock per test session on a free loopback port;
``wechatpay_mock`` is the same server reset to its seed (no faults, real clock, no
notifications) for each test. Its notifications are retried on WeChat's schedule 1000 times
faster (15 ms, 15 ms, 30 ms … 87 s in all), and an attempt waits 2 s for a 2xx (WeChat: 5 s).

``wechatpay_receiver`` is a notify URL for one test (``receiver.NotificationReceiver``): it
records what it is sent and answers with the status and delay a test chooses.

    def test_a_refused_notification_comes_again(wechatpay_mock, wechatpay_receiver):
        wechatpay_receiver.answer(500, times=2)
        ...  # set wechatpay_receiver.url as the brand's notify URL, send a coupon
        first, second, third = wechatpay_receiver.wait_for(3)
        assert first.notification_id == third.notification_id

This module is loaded by every pytest run of a project that installs the package, with or
without the ``mock`` extra: it imports nothing of the extra (starlette, uvicorn …) until a
fixture is used, and a fixture used without the extra says how to install it.
"""

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from .receiver import NotificationReceiver

if TYPE_CHECKING:
    from .server import MockServer

INSTALL = 'pip install "wechatpay-coupons[mock]"'
# The session mock retries notifications this much faster than WeChat, and waits this long.
RETRY_SCALE = 0.001
NOTIFY_TIMEOUT = 2.0


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
    with _mock_server_class()(
        tmp_path_factory.mktemp("wechatpay-mock"),
        notify_retry_scale=RETRY_SCALE,
        notify_timeout=NOTIFY_TIMEOUT,
    ) as server:
        yield server


@pytest.fixture
def wechatpay_mock(wechatpay_mock_server: "MockServer") -> "MockServer":
    wechatpay_mock_server.reset()
    return wechatpay_mock_server


@pytest.fixture
def wechatpay_receiver() -> Iterator[NotificationReceiver]:
    with NotificationReceiver() as receiver:
        yield receiver
