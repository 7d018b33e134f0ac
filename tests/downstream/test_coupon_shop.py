"""The downstream sample's own tests, on the mock's pytest fixture, as a user would write them."""

import asyncio

from coupon_shop import AsyncCouponService, CouponService

from wechatpay_mock import MockServer


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
