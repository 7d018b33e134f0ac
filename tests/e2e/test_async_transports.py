"""The async client over both transports (aiohttp, the default with the extra; httpx's own).

The mock verifies each request's signature over the raw path and query it received, so a
transport that re-encodes the URL after the auth signed it is caught as a 401.
"""

import asyncio

import pytest

from wechatpay_coupons import Client, errors
from wechatpay_coupons import client as client_module
from wechatpay_coupons._transport import AiohttpTransport
from wechatpay_coupons.api.favor import query_favor_coupon
from wechatpay_mock.server import free_port

# Characters that quote() escapes and yarl's default parsing would unescape, and '~', which
# quote() leaves alone: the path must reach the server exactly as it was signed.
AWKWARD_COUPON_ID = "a'b(c)!d*e~f%g h"


@pytest.fixture(params=["aiohttp", "httpx"])
def transport(request, monkeypatch):
    if request.param == "httpx":
        monkeypatch.setattr(client_module, "default_async_transport", lambda **options: None)
    return request.param


def make_client(wechatpay_mock, **options):
    return Client(wechatpay_mock.base_url, auth=wechatpay_mock.merchant_auth(), **options)


def test_the_default_async_transport_is_aiohttp(wechatpay_mock):
    async def transport_of():
        client = make_client(wechatpay_mock)
        try:
            return client.get_async_httpx_client()._transport
        finally:
            await client.aclose()

    assert isinstance(asyncio.run(transport_of()), AiohttpTransport)


def test_the_signed_path_is_the_path_sent(wechatpay_mock, transport):
    world = wechatpay_mock.credentials

    async def call():
        async with make_client(wechatpay_mock, max_retries=0) as client:
            await query_favor_coupon.asyncio(
                world.openid, AWKWARD_COUPON_ID, client=client, appid=world.appid
            )

    with pytest.raises(errors.NotFoundError) as caught:  # not a 401 SIGN_ERROR
        asyncio.run(call())
    assert caught.value.code == "RESOURCE_NOT_EXISTS"
    entry = wechatpay_mock.journal(1)[0]
    assert entry["status"] == 404
    assert "a%27b%28c%29%21d%2Ae~f%25g%20h" in entry["target"]


def test_many_calls_in_flight_all_verify(wechatpay_mock, transport):
    world = wechatpay_mock.credentials

    async def calls():
        async with make_client(wechatpay_mock) as client:
            coupons = await asyncio.gather(
                *(
                    query_favor_coupon.asyncio(
                        world.openid, world.favor_coupon_id, client=client, appid=world.appid
                    )
                    for _ in range(24)
                )
            )
        return {coupon.coupon_id for coupon in coupons}

    assert asyncio.run(calls()) == {world.favor_coupon_id}


def test_a_hang_is_a_timeout(wechatpay_mock, transport):
    world = wechatpay_mock.credentials
    wechatpay_mock.arm_fault("hang", operation="queryFavorCoupon", seconds=30)

    async def call():
        async with make_client(wechatpay_mock, max_retries=0, timeout=0.5) as client:
            await query_favor_coupon.asyncio(
                world.openid, world.favor_coupon_id, client=client, appid=world.appid
            )

    with pytest.raises(errors.ApiTimeoutError) as caught:
        asyncio.run(call())
    assert caught.value.request is not None


def test_nobody_listening_is_a_connection_error(transport, wechatpay_mock):
    async def call():
        client = Client(
            f"http://127.0.0.1:{free_port()}", auth=wechatpay_mock.merchant_auth(), max_retries=0
        )
        async with client:
            await query_favor_coupon.asyncio("o", "c", client=client, appid="wx")

    with pytest.raises(errors.ApiConnectionError) as caught:
        asyncio.run(call())
    assert not isinstance(caught.value, errors.ApiTimeoutError)
