"""The README's webhook recipe, served on loopback and called by the mock as WeChat Pay would call
it: a SEND is confirmed (the coupon becomes EFFECTIVE), a repeat is answered without confirming
again, a failed confirm is answered 503 and done on the next delivery, a probe is refused. The
README's brand campaign runs with the recipe serving its notify URL."""

import threading
from collections.abc import Iterator

import pytest
import uvicorn

from wechatpay_coupons import WechatPay
from wechatpay_coupons.models import (
    SendUserProductCouponRequest,
    SetNotifyConfigRequest,
    UserProductCouponState,
)
from wechatpay_mock.server import free_port
from wechatpay_mock.world import DEMO_APPIDS, DEMO_BRAND_OPENID

from .test_readme import CAMPAIGN, WALKTHROUGH

RECIPE = next(block for block in WALKTHROUGH if "parse_product_coupon_notification" in block)
CONSTRUCTION = WALKTHROUGH[0]
CONFIRM = "confirmSendUserProductCoupon"


class Answers:
    """An ASGI wrapper that records the status of every answer the app gives."""

    def __init__(self, app):
        self.app = app
        self.statuses: list[int] = []
        self._condition = threading.Condition()

    async def __call__(self, scope, receive, send):
        async def recording(message):
            if message["type"] == "http.response.start":
                with self._condition:
                    self.statuses.append(message["status"])
                    self._condition.notify_all()
            await send(message)

        await self.app(scope, receive, recording)

    def wait_for(self, count: int) -> list[int]:
        with self._condition:
            if not self._condition.wait_for(lambda: len(self.statuses) >= count, timeout=20):
                raise TimeoutError(f"{count} answers expected, got {self.statuses}")
            return list(self.statuses)


@pytest.fixture
def recipe(in_keys_dir) -> Iterator[tuple[Answers, str, dict]]:
    """The recipe's app, served on a free loopback port, its notify URL, and the namespace the
    README's blocks ran in."""
    namespace: dict = {}
    for block in (CONSTRUCTION, RECIPE):
        exec(compile(block, "README.md", "exec"), namespace)
    answers = Answers(namespace["app"])
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(answers, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    ready = threading.Event()
    # uvicorn says it serves by setting `started`; wait for it without a fixed sleep.
    while not server.started and thread.is_alive():
        ready.wait(0.01)
    try:
        yield answers, f"http://127.0.0.1:{port}/wechatpay/notify", namespace
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def confirms(mock) -> list[dict]:
    return [entry for entry in mock.journal() if entry["operation"] == CONFIRM]


def send_a_coupon(mock, notify_url: str, request_no: str) -> str:
    world = mock.credentials
    with WechatPay(brand=mock.brand_auth(), base_url=mock.base_url) as pay:
        coupons = pay.brand_product_coupon
        coupons.set_notify_config(body=SetNotifyConfigRequest(notify_url=notify_url))
        sent = coupons.send_user_product_coupon(
            DEMO_BRAND_OPENID,
            body=SendUserProductCouponRequest(
                appid=DEMO_APPIDS[0],
                send_request_no=request_no,
                product_coupon_id=world.product_coupon_id,
                stock_id=world.brand_stock_id,
            ),
        )
    return sent.coupon_code


def coupon_state(mock, code: str) -> UserProductCouponState:
    world = mock.credentials
    with WechatPay(brand=mock.brand_auth(), base_url=mock.base_url) as pay:
        return pay.brand_product_coupon.get_user_product_coupon(
            DEMO_BRAND_OPENID,
            code,
            appid=DEMO_APPIDS[0],
            product_coupon_id=world.product_coupon_id,
            stock_id=world.brand_stock_id,
        ).coupon_state


def test_the_recipe_confirms_a_send_once_however_often_it_arrives(in_keys_dir, recipe):
    answers, url, _ = recipe
    code = send_a_coupon(in_keys_dir, url, "README-SEND-1")
    assert answers.wait_for(1) == [204]
    assert coupon_state(in_keys_dir, code) == UserProductCouponState.EFFECTIVE
    (delivered,) = in_keys_dir.control("GET", "notifications?state=delivered")["notifications"]
    in_keys_dir.control("POST", f"notifications/{delivered['id']}/redeliver")
    assert answers.wait_for(2) == [204, 204]
    assert len(confirms(in_keys_dir)) == 1  # the repeat was deduplicated by its id


def test_a_confirm_that_fails_is_done_on_the_next_delivery(in_keys_dir, recipe):
    answers, url, _ = recipe
    # Every attempt of the first confirm fails (the client retries twice): the recipe answers
    # 503, WeChat Pay delivers again, the confirm is sent again under the same out_request_no.
    in_keys_dir.arm_fault("server_error", operation=CONFIRM, count=3)
    code = send_a_coupon(in_keys_dir, url, "README-SEND-2")
    assert answers.wait_for(2) == [503, 204]
    assert coupon_state(in_keys_dir, code) == UserProductCouponState.EFFECTIVE
    sent = {entry["status"] for entry in confirms(in_keys_dir)}
    assert sent == {500, 200}


def test_the_recipe_refuses_a_probe(in_keys_dir, recipe):
    answers, url, _ = recipe
    answered = in_keys_dir.control("POST", "notifications/probe", {"url": url})
    assert answers.wait_for(1) == [401]
    assert answered["status"] == 401
    assert confirms(in_keys_dir) == []


def test_the_campaign_runs_with_the_recipe_confirming_its_coupon(
    in_keys_dir, recipe, monkeypatch, capsys
):
    answers, url, namespace = recipe
    monkeypatch.setenv("WECHATPAY_NOTIFY_URL", url)
    exec(compile(CAMPAIGN[0], "README.md", "exec"), namespace)
    assert answers.wait_for(1) == [204]  # the SEND, confirmed by the recipe
    exec(compile(CAMPAIGN[1], "README.md", "exec"), namespace)
    assert answers.wait_for(3) == [204, 204, 204]  # the USE and the RETURN
    code = namespace["code"]
    assert capsys.readouterr().out == f"{code} CONFIRMING\nEFFECTIVE\nUSED EFFECTIVE\n"
    notifications = in_keys_dir.control("GET", "notifications")["notifications"]
    assert [(n["event_type"], n["resource"]["coupon_code"]) for n in notifications] == [
        ("PRODUCT_COUPON.SEND", code),
        ("PRODUCT_COUPON.USE", code),
        ("PRODUCT_COUPON.RETURN", code),
    ]
    assert {n["url"] for n in notifications} == {url}
    assert len(confirms(in_keys_dir)) == 1
