"""The downstream sample's own tests, on the mock's pytest fixture, as a user would write them."""

import asyncio

from coupon_shop import AsyncCouponService, CouponService, CouponWebhook

from wechatpay_coupons import WechatPay
from wechatpay_coupons.models import SendUserProductCouponRequest, SetNotifyConfigRequest
from wechatpay_mock import MockServer
from wechatpay_mock.receiver import NotificationReceiver


def service(mock: MockServer) -> CouponService:
    return CouponService(mock.base_url, mock.merchant_auth(), mock.brand_auth())


def test_redeems_an_available_coupon_once(wechatpay_mock: MockServer) -> None:
    world = wechatpay_mock.credentials
    shop = service(wechatpay_mock)
    codes = shop.available_codes(world.openid, world.appid)
    assert world.redeemable_coupon_codes[0] in codes
    first = shop.redeem(world.redeemable_coupon_codes[0], world.appid, "ORDER-1")
    again = shop.redeem(world.redeemable_coupon_codes[0], world.appid, "ORDER-2")
    assert first.redeemed and first.request_id
    assert not again.redeemed and again.reason.startswith("RESOURCE_ALREADY_EXISTS")
    shop.close()


def test_reads_cash_and_product_coupons(wechatpay_mock: MockServer) -> None:
    world = wechatpay_mock.credentials
    shop = service(wechatpay_mock)
    assert shop.cash_coupon_status(world.openid, world.favor_coupon_id, world.appid)
    assert shop.cash_coupon_status(world.openid, "0", world.appid) == "missing"
    state = shop.product_coupon_state(
        world.brand_openid,
        world.brand_coupon_code,
        world.appid,
        world.product_coupon_id,
        world.brand_stock_id,
    )
    assert state
    shop.close()


def test_a_forged_answer_is_caught_as_a_client_error(wechatpay_mock: MockServer) -> None:
    world = wechatpay_mock.credentials
    wechatpay_mock.arm_fault("corrupt_signature", operation="queryFavorCoupon")
    shop = service(wechatpay_mock)
    status = shop.cash_coupon_status(world.openid, world.favor_coupon_id, world.appid)
    assert status.startswith("forged: bad signature")
    shop.close()


def test_the_async_service(wechatpay_mock: MockServer) -> None:
    world = wechatpay_mock.credentials

    async def run() -> tuple[list[str], str, int]:
        shop = AsyncCouponService(wechatpay_mock.base_url, wechatpay_mock.merchant_auth())
        try:
            found = await shop.cash_coupons(world.openid, [world.favor_coupon_id, "0"], world.appid)
            direct = await shop.cash_coupon_by_function(
                world.openid, world.favor_coupon_id, world.appid
            )
            count = await shop.count_coupons(world.openid, world.appid)
        finally:
            await shop.aclose()
        return found, direct, count

    found, direct, count = asyncio.run(run())
    assert found == [world.favor_coupon_id, "missing"]
    assert direct == world.favor_coupon_id
    assert count >= len(world.redeemable_coupon_codes)


def test_the_webhook_confirms_a_send_once_and_refuses_a_probe(
    wechatpay_mock: MockServer, wechatpay_receiver: NotificationReceiver
) -> None:
    world = wechatpay_mock.credentials
    webhook = CouponWebhook(
        wechatpay_mock.base_url, wechatpay_mock.brand_auth(), world.brand_api_key, world.appid
    )
    with WechatPay(base_url=wechatpay_mock.base_url, brand=wechatpay_mock.brand_auth()) as pay:
        coupons = pay.brand_product_coupon
        coupons.set_notify_config(body=SetNotifyConfigRequest(notify_url=wechatpay_receiver.url))
        sent = coupons.send_user_product_coupon(
            world.brand_openid,
            body=SendUserProductCouponRequest(
                appid=world.appid,
                send_request_no="SHOP-1",
                product_coupon_id=world.product_coupon_id,
                stock_id=world.brand_stock_id,
            ),
        )
    assert sent.coupon_code in webhook.unconfirmed(world.brand_openid)
    (arrived,) = wechatpay_receiver.wait_for(1)
    assert webhook.answer(arrived.headers, arrived.body) == 204
    assert webhook.answer(arrived.headers, arrived.body) == 204  # delivered again
    assert webhook.confirmed == [sent.coupon_code]
    assert sent.coupon_code not in webhook.unconfirmed(world.brand_openid)
    wechatpay_mock.control("POST", "notifications/probe", {"url": wechatpay_receiver.url})
    *_, probe = wechatpay_receiver.wait_for(2)
    assert webhook.answer(probe.headers, probe.body) == 401
    webhook.close()
