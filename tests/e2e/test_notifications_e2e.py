"""The typed notification API on what the mock really delivers over loopback: a SEND, a USE, a
RETURN and a coupon received through WeChat's own channels, typed by the sync and async clients;
the mock's ``WECHATPAY/SIGNTEST/`` probe refused; a wrong brand API key refused."""

import datetime

import pytest

from wechatpay_coupons import AsyncWechatPay, WechatPay, errors
from wechatpay_coupons.models import (
    ConfirmSendUserProductCouponRequest,
    ProductCouponAssociatedOrderInfo,
    ProductCouponEvent,
    ReturnUserProductCouponRequest,
    SendUserProductCouponRequest,
    SetNotifyConfigRequest,
    UserProductCouponState,
    UseUserProductCouponRequest,
)
from wechatpay_coupons.notifications import ProductCouponNotificationEventType as EventType
from wechatpay_mock.world import DEMO_APPIDS, DEMO_BRAND_OPENID

from .test_product_coupon_lifecycle import CHINA, SEEDED, create_request

APPID = DEMO_APPIDS[0]


def brand_client(server, cls=WechatPay, **options):
    return cls(
        brand=server.brand_auth(),
        brand_api_key=server.credentials.brand_api_key,
        base_url=server.base_url,
        **options,
    )


def test_send_confirm_and_return_come_typed(wechatpay_mock, wechatpay_receiver):
    with brand_client(wechatpay_mock) as pay:
        coupons = pay.brand_product_coupon
        coupons.set_notify_config(body=SetNotifyConfigRequest(notify_url=wechatpay_receiver.url))
        created = coupons.create_product_coupon(body=create_request("CREATE_TYPED"))
        ids = {"product_coupon_id": created.product_coupon_id, "stock_id": created.stock.stock_id}
        sent = coupons.send_user_product_coupon(
            DEMO_BRAND_OPENID,
            body=SendUserProductCouponRequest(appid=APPID, send_request_no="SEND_TYPED", **ids),
        )
        (delivered,) = wechatpay_receiver.wait_for(1)
        event = coupons.parse_product_coupon_notification(delivered.headers, delivered.body)
        assert event.id == delivered.notification_id
        assert event.event_type is EventType.PRODUCT_COUPON_SEND
        assert isinstance(event.resource, ProductCouponEvent)
        assert (event.resource.coupon_code, event.resource.openid) == (
            sent.coupon_code,
            DEMO_BRAND_OPENID,
        )
        assert event.resource.send_request_no == "SEND_TYPED"
        assert event.create_time.tzinfo is not None
        # Confirmed from the notification alone: everything confirm needs is in it (but AppID).
        coupon = event.resource
        confirmed = coupons.confirm_send_user_product_coupon(
            coupon.openid,
            coupon.coupon_code,
            body=ConfirmSendUserProductCouponRequest(
                appid=APPID,
                product_coupon_id=coupon.product_coupon_id,
                stock_id=coupon.stock_id,
                out_request_no=f"CONFIRM_{coupon.coupon_code}",
            ),
        )
        assert confirmed.coupon_state == UserProductCouponState.EFFECTIVE
        coupons.use_user_product_coupon(
            DEMO_BRAND_OPENID,
            sent.coupon_code,
            body=UseUserProductCouponRequest(
                appid=APPID,
                out_request_no="USE_TYPED",
                use_time=datetime.datetime.now(CHINA),
                associated_order_info=ProductCouponAssociatedOrderInfo(
                    transaction_id="4200000000000000000000000001"
                ),
                **ids,
            ),
        )
        *_, used = wechatpay_receiver.wait_for(2)  # before the return: no order is promised
        coupons.return_user_product_coupon(
            DEMO_BRAND_OPENID,
            sent.coupon_code,
            body=ReturnUserProductCouponRequest(appid=APPID, out_request_no="RETURN_TYPED", **ids),
        )
        *_, returned = wechatpay_receiver.wait_for(3)
    events = [
        pay.brand_product_coupon.parse_product_coupon_notification(r.headers, r.body)
        for r in (used, returned)
    ]
    assert [(e.event_type, e.resource.coupon_code) for e in events] == [
        (EventType.PRODUCT_COUPON_USE, sent.coupon_code),
        (EventType.PRODUCT_COUPON_RETURN, sent.coupon_code),
    ]


async def test_the_async_client_types_a_coupon_received_in_wechat(
    wechatpay_mock, wechatpay_receiver
):
    async with brand_client(wechatpay_mock, AsyncWechatPay) as pay:
        coupons = pay.brand_product_coupon
        await coupons.set_notify_config(
            body=SetNotifyConfigRequest(notify_url=wechatpay_receiver.url)
        )
        # A SEND without a send call: the user took the coupon in WeChat.
        wechatpay_mock.control(
            "POST", "events/coupon-received", dict(SEEDED, openid=DEMO_BRAND_OPENID)
        )
        (delivered,) = wechatpay_receiver.wait_for(1)
        event = await coupons.parse_product_coupon_notification(delivered.headers, delivered.body)
        assert event.event_type is EventType.PRODUCT_COUPON_SEND
        assert event.resource.stock_id == SEEDED["stock_id"]
        assert event.resource.openid == DEMO_BRAND_OPENID


def test_the_mocks_probe_is_refused_and_a_wrong_key_named(wechatpay_mock, wechatpay_receiver):
    wechatpay_mock.control("POST", "notifications/probe", {"url": wechatpay_receiver.url})
    (probe,) = wechatpay_receiver.wait_for(1)
    with brand_client(wechatpay_mock) as pay:
        with pytest.raises(errors.ProbeSignatureError):
            pay.brand_product_coupon.parse_product_coupon_notification(probe.headers, probe.body)
        pay.brand_product_coupon.set_notify_config(
            body=SetNotifyConfigRequest(notify_url=wechatpay_receiver.url)
        )
    wechatpay_mock.control("POST", "events/coupon-received", dict(SEEDED, openid=DEMO_BRAND_OPENID))
    *_, delivered = wechatpay_receiver.wait_for(2)
    wrong = "".join(reversed(wechatpay_mock.credentials.brand_api_key))
    with (
        brand_client(wechatpay_mock) as right,
        WechatPay(brand=wechatpay_mock.brand_auth(), brand_api_key=wrong) as pay,
    ):
        assert right.brand_product_coupon.parse_product_coupon_notification(
            delivered.headers, delivered.body
        ).resource
        with pytest.raises(errors.NotificationDecryptionError):
            pay.brand_product_coupon.parse_product_coupon_notification(
                delivered.headers, delivered.body
            )
