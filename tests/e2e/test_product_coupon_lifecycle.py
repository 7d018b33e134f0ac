"""Issue 19: a brand's product-coupon campaign end to end, over loopback, with the generated
client (``WechatPay`` and ``AsyncWechatPay``) against the mock and its notifications arriving at
the pytest plugin's ``wechatpay_receiver``.

create → send → the SEND notification arrives → confirm → EFFECTIVE → use → USE arrives → a
second coupon is returned → RETURN arrives. Every notification is verified and decrypted twice:
by ``wechatpay_auth`` (the project's own) and by wechatpayv3, an implementation that is not
ours. The client's typed notification API comes later (issue 19 §3); it is not used here.
"""

import asyncio
import copy
import dataclasses
import datetime
import inspect

import pytest
import yaml

from wechatpay_auth import WechatPayVerifier, parse_notification
from wechatpay_coupons import AsyncWechatPay, WechatPay
from wechatpay_coupons.models import (
    ConfirmSendUserProductCouponRequest,
    CreateProductCouponRequest,
    ProductCouponAssociatedOrderInfo,
    ReturnUserProductCouponRequest,
    SendUserProductCouponRequest,
    SetNotifyConfigRequest,
    UserProductCouponState,
    UseUserProductCouponRequest,
)
from wechatpay_mock.spec import spec_path
from wechatpay_mock.world import DEMO_APPIDS, DEMO_BRAND_OPENID

DOCUMENT = yaml.safe_load(spec_path().read_text(encoding="utf-8"))
CHINA = datetime.timezone(datetime.timedelta(hours=8))
OPENID, APPID = DEMO_BRAND_OPENID, DEMO_APPIDS[0]
SEND, USE, RETURN = "PRODUCT_COUPON.SEND", "PRODUCT_COUPON.USE", "PRODUCT_COUPON.RETURN"
# The demo seed's stock (the spec's example ids).
SEEDED = {"appid": APPID, "product_coupon_id": "1000000013", "stock_id": "1000000013001"}


def create_request(request_no: str) -> CreateProductCouponRequest:
    """The spec's own create example, usable from now on every day of the week, two coupons a
    user."""
    operation = DOCUMENT["paths"]["/brand/marketing/product-coupon/product-coupons"]["post"]
    examples = operation["requestBody"]["content"]["application/json"]["examples"]
    body = copy.deepcopy(examples["allDiscount"]["value"])
    body["out_request_no"] = request_no
    period = body["stock"]["single_usage_rule"]["coupon_available_period"]
    begins = datetime.datetime.now(CHINA) - datetime.timedelta(hours=1)
    period["available_begin_time"] = begins.isoformat(timespec="seconds")
    period["available_end_time"] = (begins + datetime.timedelta(days=30)).isoformat(
        timespec="seconds"
    )
    period.pop("weekly_available_period")
    body["stock"]["stock_send_rule"]["max_count_per_user"] = 2
    return CreateProductCouponRequest.from_dict(body)


def opened(server, received):
    """The notification as ``wechatpay_auth`` opens it (WeChat Pay public key, brand API key),
    checked against what wechatpayv3 opens."""
    c = server.credentials
    verifier = WechatPayVerifier(public_keys={c.public_key_id: c.platform_public_key})
    ours = parse_notification(received.headers, received.body, c.brand_api_key, verifier)
    theirs = wechatpayv3_opens(server, received)
    assert theirs is not None, "wechatpayv3 refused the signature or could not decrypt"
    assert (theirs["id"], theirs["event_type"]) == (ours.id, ours.event_type)
    assert theirs["resource"] == ours.resource
    return ours


def wechatpayv3_opens(server, received):
    """wechatpayv3 (a merchant SDK) opening a brand callback: the WeChat Pay public key to
    verify with, the brand's API key in place of the APIv3 key. It refuses any callback without
    ``Wechatpay-Signature-Type: WECHATPAY2-SHA256-RSA2048`` ("does not support this
    algorithm"), and the brand callback page lists no such header; the header is not signed
    (the message is timestamp, nonce and body), so it is added as WeChat's merchant callbacks
    carry it. Everything signed and encrypted is as the mock sent it."""
    from wechatpayv3 import WeChatPay as WeChatPayV3
    from wechatpayv3 import WeChatPayType

    c = server.credentials
    sdk = WeChatPayV3(
        wechatpay_type=WeChatPayType.NATIVE,
        mchid=c.brand_id,  # signs no request here
        private_key=c.brand_private_key.read_text(),
        cert_serial_no=c.brand_serial_no,
        appid=APPID,
        apiv3_key=c.brand_api_key,
        public_key=c.platform_public_key.read_text(),
        public_key_id=c.public_key_id,
    )
    headers = {**received.headers, "Wechatpay-Signature-Type": "WECHATPAY2-SHA256-RSA2048"}
    return sdk.callback(headers, received.body)


async def call(result):
    """The sync client's answer, or the async client's awaited: one campaign for both."""
    return await result if inspect.isawaitable(result) else result


async def wait_for(receiver, count):
    return await asyncio.to_thread(receiver.wait_for, count)


async def run_campaign(server, receiver, coupons, tag):
    """The whole lifecycle through ``coupons`` (a ``brand_product_coupon`` namespace)."""
    await call(coupons.set_notify_config(body=SetNotifyConfigRequest(notify_url=receiver.url)))
    created = await call(coupons.create_product_coupon(body=create_request(f"CREATE_{tag}")))
    ids = {"product_coupon_id": created.product_coupon_id, "stock_id": created.stock.stock_id}

    async def send(n):
        body = SendUserProductCouponRequest(appid=APPID, send_request_no=f"SEND_{tag}_{n}", **ids)
        return await call(coupons.send_user_product_coupon(OPENID, body=body))

    async def on_send(received):
        # What a brand's notify endpoint does: verify, decrypt, confirm (idempotently).
        event = opened(server, received)
        assert event.event_type == SEND
        code = event.resource["coupon_code"]
        body = ConfirmSendUserProductCouponRequest(
            appid=APPID, out_request_no=f"CONFIRM_{tag}_{code}", **ids
        )
        return await call(coupons.confirm_send_user_product_coupon(OPENID, code, body=body))

    async def use(code, n):
        body = UseUserProductCouponRequest(
            appid=APPID,
            out_request_no=f"USE_{tag}_{n}",
            use_time=datetime.datetime.now(CHINA),
            associated_order_info=ProductCouponAssociatedOrderInfo(
                transaction_id=f"42000000000000000000{n}"
            ),
            **ids,
        )
        return await call(coupons.use_user_product_coupon(OPENID, code, body=body))

    first = await send(1)
    assert first.coupon_state == UserProductCouponState.CONFIRMING
    (sent,) = await wait_for(receiver, 1)
    confirmed = await on_send(sent)
    assert confirmed.coupon_code == first.coupon_code
    assert confirmed.coupon_state == UserProductCouponState.EFFECTIVE
    used = await use(first.coupon_code, 1)
    assert used.coupon_state == UserProductCouponState.USED
    *_, used_event = await wait_for(receiver, 2)
    assert opened(server, used_event).event_type == USE
    assert opened(server, used_event).resource["coupon_code"] == first.coupon_code

    second = await send(2)
    *_, sent_again = await wait_for(receiver, 3)
    assert (await on_send(sent_again)).coupon_code == second.coupon_code
    await use(second.coupon_code, 2)
    # Notifications due together are delivered concurrently (WeChat promises no order either):
    # the USE arrives before the return is asked for.
    await wait_for(receiver, 4)
    body = ReturnUserProductCouponRequest(appid=APPID, out_request_no=f"RETURN_{tag}", **ids)
    returned = await call(coupons.return_user_product_coupon(OPENID, second.coupon_code, body=body))
    assert returned.coupon_state == UserProductCouponState.EFFECTIVE
    events = [opened(server, r) for r in await wait_for(receiver, 5)]
    assert [(e.event_type, e.resource["coupon_code"]) for e in events] == [
        (SEND, first.coupon_code),
        (USE, first.coupon_code),
        (SEND, second.coupon_code),
        (USE, second.coupon_code),
        (RETURN, second.coupon_code),
    ]
    read = await call(
        coupons.get_user_product_coupon(OPENID, first.coupon_code, appid=APPID, **ids)
    )
    assert read.coupon_state == UserProductCouponState.USED
    assert read.stock.sent_count_info.total_count == 2  # the stock, read through the coupon


def test_the_whole_lifecycle_sync(wechatpay_mock, wechatpay_receiver):
    with WechatPay(brand=wechatpay_mock.brand_auth(), base_url=wechatpay_mock.base_url) as pay:
        asyncio.run(run_campaign(wechatpay_mock, wechatpay_receiver, pay.brand_product_coupon, "S"))


async def test_the_whole_lifecycle_async(wechatpay_mock, wechatpay_receiver):
    async with AsyncWechatPay(
        brand=wechatpay_mock.brand_auth(), base_url=wechatpay_mock.base_url
    ) as pay:
        await run_campaign(wechatpay_mock, wechatpay_receiver, pay.brand_product_coupon, "A")


def test_a_send_answered_500_twice_is_delivered_the_third_time(wechatpay_mock, wechatpay_receiver):
    wechatpay_receiver.answer(500, times=2)
    with WechatPay(brand=wechatpay_mock.brand_auth(), base_url=wechatpay_mock.base_url) as pay:
        coupons = pay.brand_product_coupon
        coupons.set_notify_config(body=SetNotifyConfigRequest(notify_url=wechatpay_receiver.url))
        created = coupons.create_product_coupon(body=create_request("CREATE_RETRY"))
        sent = coupons.send_user_product_coupon(
            OPENID,
            body=SendUserProductCouponRequest(
                product_coupon_id=created.product_coupon_id,
                stock_id=created.stock.stock_id,
                appid=APPID,
                send_request_no="SEND_RETRY",
            ),
        )
    first, second, third = wechatpay_receiver.wait_for(3)
    assert [r.answered for r in (first, second, third)] == [500, 500, 200]
    assert first.body == second.body == third.body  # the same notification, sent again
    assert opened(wechatpay_mock, third).resource["coupon_code"] == sent.coupon_code
    (listed,) = wechatpay_mock.control("GET", "notifications")["notifications"]
    assert listed["state"] == "delivered"
    assert [a["status"] for a in listed["attempts"]] == [500, 500, 200]


def test_wechatpayv3_refuses_a_changed_body_and_a_probe(wechatpay_mock, wechatpay_receiver):
    # As it refuses what WeChat's own callbacks would not pass.
    with WechatPay(brand=wechatpay_mock.brand_auth(), base_url=wechatpay_mock.base_url) as pay:
        pay.brand_product_coupon.set_notify_config(
            body=SetNotifyConfigRequest(notify_url=wechatpay_receiver.url)
        )
    wechatpay_mock.control("POST", "events/coupon-received", dict(SEEDED, openid=OPENID))
    (delivered,) = wechatpay_receiver.wait_for(1)
    assert wechatpayv3_opens(wechatpay_mock, delivered) is not None
    changed = dataclasses.replace(delivered, body=delivered.body.replace(b"product", b"Product"))
    assert wechatpayv3_opens(wechatpay_mock, changed) is None
    wechatpay_receiver.clear()
    wechatpay_mock.control("POST", "notifications/probe", {"url": wechatpay_receiver.url})
    (probe,) = wechatpay_receiver.wait_for(1)
    assert wechatpayv3_opens(wechatpay_mock, probe) is None


@pytest.mark.parametrize("state", ["CONFIRMING", "EFFECTIVE"])
def test_the_generated_client_reads_the_seeded_coupons_by_state(wechatpay_mock, state):
    with WechatPay(brand=wechatpay_mock.brand_auth(), base_url=wechatpay_mock.base_url) as pay:
        page = pay.brand_product_coupon.list_user_product_coupons(
            OPENID, appid=APPID, coupon_state=UserProductCouponState(state)
        )
    assert page.user_coupon_list and all(
        c.coupon_state == UserProductCouponState(state) for c in page.user_coupon_list
    )
