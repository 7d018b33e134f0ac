"""The pytest fixture's receiver: a notify URL a downstream test reads in a few lines.

``wechatpay_mock`` and ``wechatpay_receiver`` come from the package's pytest plugin, as in a
downstream suite: the session mock retries notifications 1000 times faster than WeChat Pay and
waits 2 s for a 2xx. The notification is the SEND of a coupon of the demo seed's stock.
"""

import httpx
import pytest

from wechatpay_mock.pytest_plugin import NOTIFY_TIMEOUT
from wechatpay_mock.receiver import NotificationReceiver

from .conftest import APPID, BRAND_OPENID, brand_client

ROOT = "/brand/marketing/product-coupon"
SEEDED_STOCK = {"product_coupon_id": "1000000013", "stock_id": "1000000013001"}


def send_a_coupon(mock, notify_url):
    with brand_client(mock) as brand:
        brand.post(f"{ROOT}/notify-configs", json={"notify_url": notify_url}).raise_for_status()
        brand.post(
            f"{ROOT}/users/{BRAND_OPENID}/coupons",
            json={**SEEDED_STOCK, "appid": APPID, "send_request_no": "SEND_0001"},
        ).raise_for_status()


def test_a_notification_arrived_i_answered_500_twice_it_came_again(
    wechatpay_mock, wechatpay_receiver
):
    wechatpay_receiver.answer(500, times=2)
    send_a_coupon(wechatpay_mock, wechatpay_receiver.url)
    first, second, third = wechatpay_receiver.wait_for(3)
    assert first.notification_id == second.notification_id == third.notification_id
    assert [r.answered for r in (first, second, third)] == [500, 500, 200]


def test_a_slow_answer_counts_as_none(wechatpay_mock, wechatpay_receiver):
    wechatpay_receiver.answer(200, delay=NOTIFY_TIMEOUT + 0.5)
    send_a_coupon(wechatpay_mock, wechatpay_receiver.url)
    slow, again = wechatpay_receiver.wait_for(2, timeout=NOTIFY_TIMEOUT + 10)
    assert slow.notification_id == again.notification_id
    assert (slow.delay, again.delay) == (NOTIFY_TIMEOUT + 0.5, 0.0)


def test_what_the_receiver_records_and_answers():
    with NotificationReceiver() as receiver:
        receiver.answer(204, times=None)
        receiver.answer(418)  # the next one only, then 204 again
        for n in range(3):
            answered = httpx.post(
                receiver.url, content=b'{"id":"N%d"}' % n, headers={"WECHATPAY-NONCE": "x"}
            )
            assert answered.status_code == (418 if n == 0 else 204)
        received = receiver.received
        assert [r.answered for r in received] == [418, 204, 204]
        assert received[0].header("Wechatpay-Nonce") == "x"  # any case
        assert [r.notification_id for r in received] == ["N0", "N1", "N2"]
        assert received[0].path == "/notify" and received[0].method == "POST"
        with pytest.raises(TimeoutError, match=r"4 requests expected .* got 3"):
            receiver.wait_for(4, timeout=0.05)
        receiver.clear()
        assert receiver.received == []
        assert httpx.post(receiver.url, content=b"{}").status_code == 200
