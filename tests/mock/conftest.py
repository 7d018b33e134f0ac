"""Helpers over the mock's own pytest fixture (`wechatpay_mock`, from the pytest11 plugin)."""

import time

import httpx
import pytest

OPENID = "2323dfsdf342342"
APPID = "wx233544546545989"
LIST = f"/v3/marketing/busifavor/users/{OPENID}/coupons"
USE = "/v3/marketing/busifavor/coupons/use"
BRAND_OPENID = "oh-394z-6CGkNoJrsDLTTUKiAnp4"
BRAND_PATH = f"/brand/marketing/product-coupon/users/{BRAND_OPENID}/coupons/Code_123456"
BRAND_QUERY = {"appid": APPID, "product_coupon_id": "1000000013", "stock_id": "1000000013001"}


@pytest.fixture
def merchant(wechatpay_mock):
    with httpx.Client(
        base_url=wechatpay_mock.base_url, auth=wechatpay_mock.merchant_auth(), timeout=10
    ) as client:
        yield client


@pytest.fixture
def brand(wechatpay_mock):
    with httpx.Client(
        base_url=wechatpay_mock.base_url, auth=wechatpay_mock.brand_auth(), timeout=10
    ) as client:
        yield client


def brand_client(server):
    """An httpx client of ``server``'s demo brand, naming its WeChat Pay key in every request
    (the brand API requires ``Wechatpay-Serial``)."""
    headers = {"Wechatpay-Serial": server.credentials.public_key_id}
    return httpx.Client(
        base_url=server.base_url, auth=server.brand_auth(), headers=headers, timeout=10
    )


def use_body(code, request_no, **extra):
    return {
        "coupon_code": code,
        "appid": APPID,
        "use_time": "2026-03-02T12:30:00+08:00",
        "use_request_no": request_no,
        **extra,
    }


def wait_until(predicate, timeout=10.0):
    """Until ``predicate()`` holds (a delivery in another thread or process), at most
    ``timeout`` seconds: what is waited for is a state, never a duration."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "not within the time allowed"
        time.sleep(0.01)
