"""Issue 12's defects that need a real socket: the mock over loopback."""

import asyncio

import pytest

from wechatpay_coupons import Client
from wechatpay_coupons import client as client_module
from wechatpay_coupons.api.brand_product_coupon import get_user_product_coupon
from wechatpay_coupons.api.favor import query_favor_coupon


@pytest.mark.parametrize("with_aiohttp", [True, False], ids=["aiohttp", "httpx"])
def test_one_async_client_serves_two_event_loops_in_turn(wechatpay_mock, monkeypatch, with_aiohttp):
    # 3. Two asyncio.run() calls on one client raised "Event loop is closed": the connection
    # pool of the first loop was reused by the second. pytest-asyncio does the same per test.
    if not with_aiohttp:  # as installed without the aiohttp extra: httpx's own async pool
        monkeypatch.setattr(client_module, "default_async_transport", lambda **options: None)
    world = wechatpay_mock.credentials
    client = Client(wechatpay_mock.base_url, auth=wechatpay_mock.merchant_auth())

    async def read() -> str:
        coupon = await query_favor_coupon.asyncio(
            world.openid, world.favor_coupon_id, client=client, appid=world.appid
        )
        return coupon.coupon_id

    assert asyncio.run(read()) == world.favor_coupon_id
    assert asyncio.run(read()) == world.favor_coupon_id


def test_brand_calls_need_no_wechatpay_serial(wechatpay_mock):
    # 6. The verifier knows the WeChat Pay public key id; the auth sends it.
    world = wechatpay_mock.credentials
    client = Client(wechatpay_mock.base_url, auth=wechatpay_mock.brand_auth())
    coupon = get_user_product_coupon.sync(
        world.brand_openid,
        world.brand_coupon_code,
        client=client,
        appid=world.appid,
        product_coupon_id=world.product_coupon_id,
        stock_id=world.brand_stock_id,
    )
    assert coupon.coupon_code == world.brand_coupon_code
