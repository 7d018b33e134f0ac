"""The page-token iterator against the mock over loopback: the mock answers opaque tokens bound
to the list, the caller and its filters, as WeChat Pay's are, so a walk that sends a token
back wrongly (another filter, a changed page size it does not carry) is refused there."""

import pytest

from wechatpay_coupons import AsyncWechatPay, WechatPay
from wechatpay_coupons.models import SendUserProductCouponRequest, UserProductCouponState
from wechatpay_mock.world import DEMO_APPIDS, DEMO_BRAND_OPENID

from .test_product_coupon_lifecycle import create_request

APPID = DEMO_APPIDS[0]
SENT = 7


@pytest.fixture
def stock(wechatpay_mock):
    """A new stock of the brand with SENT coupons of the demo user in it."""
    body = create_request("CREATE_TOKEN_PAGER")
    body.stock.stock_send_rule.max_count_per_user = SENT
    with WechatPay(brand=wechatpay_mock.brand_auth(), base_url=wechatpay_mock.base_url) as pay:
        coupons = pay.brand_product_coupon
        created = coupons.create_product_coupon(body=body)
        ids = {"product_coupon_id": created.product_coupon_id, "stock_id": created.stock.stock_id}
        codes = [
            coupons.send_user_product_coupon(
                DEMO_BRAND_OPENID,
                body=SendUserProductCouponRequest(appid=APPID, send_request_no=f"SEND_P{n}", **ids),
            ).coupon_code
            for n in range(SENT)
        ]
    return ids, codes


@pytest.mark.parametrize("page_size", [1, 2, 3, SENT, 50])
def test_walks_every_coupon_of_a_stock_once(wechatpay_mock, stock, page_size):
    ids, codes = stock
    with WechatPay(brand=wechatpay_mock.brand_auth(), base_url=wechatpay_mock.base_url) as pay:
        walked = [
            c.coupon_code
            for c in pay.brand_product_coupon.iter_user_product_coupons(
                DEMO_BRAND_OPENID, appid=APPID, page_size=page_size, **ids
            )
        ]
    assert sorted(walked) == sorted(codes)
    pages = [e for e in wechatpay_mock.journal() if e["operation"] == "listUserProductCoupons"]
    assert len(pages) == -(-SENT // page_size)
    assert all(e["status"] == 200 for e in pages)


def test_filters_go_with_every_token(wechatpay_mock, stock):
    ids, _ = stock
    with WechatPay(brand=wechatpay_mock.brand_auth(), base_url=wechatpay_mock.base_url) as pay:
        walked = list(
            pay.brand_product_coupon.iter_user_product_coupons(
                DEMO_BRAND_OPENID,
                appid=APPID,
                page_size=2,
                coupon_state=UserProductCouponState.CONFIRMING,
                **ids,
            )
        )
    assert len(walked) == SENT
    assert {c.coupon_state for c in walked} == {UserProductCouponState.CONFIRMING}


async def test_the_async_walk_is_the_same(wechatpay_mock, stock):
    ids, codes = stock
    async with AsyncWechatPay(
        brand=wechatpay_mock.brand_auth(), base_url=wechatpay_mock.base_url
    ) as pay:
        walked = [
            c.coupon_code
            async for c in pay.brand_product_coupon.iter_user_product_coupons(
                DEMO_BRAND_OPENID, appid=APPID, page_size=3, **ids
            )
        ]
    assert sorted(walked) == sorted(codes)
