"""The generated client + auth plugin against the mock over a real loopback socket."""

import asyncio
import datetime

import pytest

from wechatpay_auth import SignatureVerificationError
from wechatpay_coupons import Client, errors
from wechatpay_coupons.api.brand_product_coupon import get_user_product_coupon
from wechatpay_coupons.api.busifavor import list_busifavor_coupons_by_filter, use_busifavor_coupon
from wechatpay_coupons.api.favor import query_favor_coupon
from wechatpay_coupons.models import BusifavorCouponState, UseBusifavorCouponRequest
from wechatpay_coupons.pagination import (
    aiter_busifavor_coupons_by_filter,
    iter_busifavor_coupons_by_filter,
)

OPENID, APPID = "2323dfsdf342342", "wx233544546545989"
BRAND = {
    "openid": "oh-394z-6CGkNoJrsDLTTUKiAnp4",
    "coupon_code": "Code_123456",
    "appid": APPID,
    "product_coupon_id": "1000000013",
    "stock_id": "1000000013001",
}


@pytest.fixture
def merchant(wechatpay_mock):
    # Short waits keep retry tests quick; the behaviour is the production one.
    client = Client(
        wechatpay_mock.base_url,
        auth=wechatpay_mock.merchant_auth(),
        initial_retry_delay=0.05,
        max_retry_after=0.2,
        timeout=5,
    )
    yield client
    client.close()


@pytest.fixture
def brand(wechatpay_mock):
    client = Client(wechatpay_mock.base_url, auth=wechatpay_mock.brand_auth())
    yield client
    client.close()


def redeem_body(code, request_no):
    return UseBusifavorCouponRequest(
        coupon_code=code,
        appid=APPID,
        use_request_no=request_no,
        use_time=datetime.datetime(2026, 3, 2, 12, 30, tzinfo=datetime.UTC),
    )


def favor(client, **options):
    return query_favor_coupon.sync(OPENID, "9856888", client=client, appid=APPID, **options)


def test_all_four_operations_sync(merchant, brand, wechatpay_mock):
    page = list_busifavor_coupons_by_filter.sync(OPENID, client=merchant, appid=APPID, limit=5)
    assert page.total_count == 29 and len(page.data) == 5
    assert favor(merchant).coupon_id == "9856888"
    product = get_user_product_coupon.sync(
        BRAND["openid"],
        BRAND["coupon_code"],
        client=brand,
        appid=APPID,
        product_coupon_id=BRAND["product_coupon_id"],
        stock_id=BRAND["stock_id"],
        wechatpay_serial=wechatpay_mock.credentials.public_key_id,
    )
    assert product.coupon_code == "Code_123456"
    used = use_busifavor_coupon.sync_detailed(
        client=merchant, body=redeem_body("8800000000000011", "E2E-1")
    )
    assert used.status_code == 200 and used.parsed.openid == OPENID
    assert used.request_id.endswith("-0")
    shown = [
        c
        for c in iter_busifavor_coupons_by_filter(
            OPENID, client=merchant, appid=APPID, coupon_state=BusifavorCouponState.USED
        )
        if c.coupon_code == "8800000000000011"
    ]
    assert shown[0].use_request_no == "E2E-1"


async def test_all_four_operations_async(wechatpay_mock):
    async with (
        Client(wechatpay_mock.base_url, auth=wechatpay_mock.merchant_auth()) as merchant,
        Client(wechatpay_mock.base_url, auth=wechatpay_mock.brand_auth()) as brand,
    ):
        codes = [
            c.coupon_code
            async for c in aiter_busifavor_coupons_by_filter(
                OPENID, client=merchant, appid=APPID, limit=7
            )
        ]
        assert len(codes) == 29
        coupon = await query_favor_coupon.asyncio(OPENID, "9856888", client=merchant, appid=APPID)
        assert coupon.coupon_id == "9856888"
        product = await get_user_product_coupon.asyncio(
            BRAND["openid"],
            BRAND["coupon_code"],
            client=brand,
            appid=APPID,
            product_coupon_id=BRAND["product_coupon_id"],
            stock_id=BRAND["stock_id"],
            wechatpay_serial=wechatpay_mock.credentials.public_key_id,
        )
        assert product.coupon_state == "EFFECTIVE"
        used = await use_busifavor_coupon.asyncio(
            client=merchant, body=redeem_body("8800000000000012", "E2E-2")
        )
        assert used.stock_id == "1212300000000001"


async def test_concurrent_async_calls(wechatpay_mock):
    async with Client(wechatpay_mock.base_url, auth=wechatpay_mock.merchant_auth()) as merchant:
        results = await asyncio.gather(
            *(
                query_favor_coupon.asyncio(OPENID, "9856888", client=merchant, appid=APPID)
                for _ in range(32)
            )
        )
    assert {r.coupon_id for r in results} == {"9856888"}
    nonces = [e["nonce"] for e in wechatpay_mock.journal(32)]
    assert len(set(nonces)) == 32


def test_typed_error_carries_wechat_code_and_request_id(merchant):
    with pytest.raises(errors.PermissionDeniedError) as caught:
        use_busifavor_coupon.sync(client=merchant, body=redeem_body("8800000000000102", "E2E-3"))
    assert caught.value.code == "RULELIMIT" and caught.value.request_id.endswith("-403")
    with pytest.raises(errors.NotFoundError):
        query_favor_coupon.sync(OPENID, "404404", client=merchant, appid=APPID)


def test_rate_limit_is_retried_with_a_fresh_signature(merchant, wechatpay_mock):
    # Retry-After 0: the fixture's max_retry_after (0.2 s) keeps the test quick, and a longer
    # Retry-After than it now ends the call at once instead of being cut short (issue 20).
    wechatpay_mock.arm_fault("rate_limit", operation="queryFavorCoupon", seconds=0)
    assert favor(merchant).coupon_id == "9856888"
    first, second = wechatpay_mock.journal(2)
    assert (first["status"], second["status"]) == (429, 200)
    assert first["nonce"] != second["nonce"]


def test_server_errors_until_retries_run_out(merchant, wechatpay_mock):
    wechatpay_mock.arm_fault("server_error", operation="queryFavorCoupon", count=3)
    with pytest.raises(errors.InternalServerError) as caught:
        favor(merchant)
    assert caught.value.code == "SYSTEM_ERROR"
    assert [e["status"] for e in wechatpay_mock.journal(3)] == [500, 500, 500]


def test_rate_limit_until_retries_run_out(merchant, wechatpay_mock):
    wechatpay_mock.arm_fault("rate_limit", count=5, seconds=0)
    with pytest.raises(errors.RateLimitError):
        favor(merchant, max_retries=1)


def test_a_reset_connection_is_retried(merchant, wechatpay_mock):
    wechatpay_mock.arm_fault("reset")
    assert favor(merchant).coupon_id == "9856888"


def test_resets_until_retries_run_out(merchant, wechatpay_mock):
    wechatpay_mock.arm_fault("reset", count=3)
    with pytest.raises(errors.ApiConnectionError):
        favor(merchant)


@pytest.mark.parametrize(
    ("kind", "reason"),
    [("corrupt_signature", "bad signature"), ("stale_timestamp", "stale timestamp")],
)
def test_forged_or_replayed_answers_never_reach_the_caller(merchant, wechatpay_mock, kind, reason):
    wechatpay_mock.arm_fault(kind)
    with pytest.raises(SignatureVerificationError, match=reason):
        favor(merchant)
    assert len(wechatpay_mock.journal(5)) == 1  # not retried: it is not a transient fault


def test_a_slow_answer_within_the_timeout(merchant, wechatpay_mock):
    wechatpay_mock.arm_fault("delay", seconds=0.3)
    assert favor(merchant, timeout=3).coupon_id == "9856888"


def test_a_hang_times_out_then_the_retry_succeeds(merchant, wechatpay_mock):
    wechatpay_mock.arm_fault("hang")
    assert favor(merchant, timeout=0.5).coupon_id == "9856888"


def test_hangs_until_retries_run_out(merchant, wechatpay_mock):
    wechatpay_mock.arm_fault("hang", count=2)
    with pytest.raises(errors.ApiTimeoutError):
        favor(merchant, timeout=0.3, max_retries=1)


def test_a_request_signed_with_the_wrong_key_is_refused(wechatpay_mock):
    from wechatpay_auth import MerchantAuth

    c = wechatpay_mock.credentials
    wrong = MerchantAuth(
        c.mchid, c.merchant_serial_no, c.brand_private_key, wechatpay_mock.verifier()
    )
    with (
        Client(wechatpay_mock.base_url, auth=wrong) as client,
        pytest.raises(errors.AuthenticationError) as caught,
    ):
        favor(client)
    assert caught.value.code == "SIGN_ERROR"


def test_a_redemption_whose_answer_was_lost_is_retried_and_replayed(merchant, wechatpay_mock):
    # Issue 20: the mock applies the redemption, then closes the connection without answering.
    # The client's retry resends the same request number and gets the first answer back: the
    # coupon was redeemed once, and only the replay can answer 200 for a coupon already used.
    code = "8800000000000005"
    wechatpay_mock.arm_fault("lost_answer", operation="useBusifavorCoupon")
    used = use_busifavor_coupon.sync_detailed(client=merchant, body=redeem_body(code, "LOST-E2E"))
    assert used.status_code == 200 and used.attempts == 2
    journal = [e for e in wechatpay_mock.journal(10) if e["operation"] == "useBusifavorCoupon"]
    assert [(e["status"], e["fault"]) for e in journal] == [(200, "lost_answer"), (200, None)]
    with pytest.raises(errors.ApiError) as once:
        use_busifavor_coupon.sync(client=merchant, body=redeem_body(code, "ANOTHER-NUMBER"))
    assert "redeemed by another use_request_no" in str(once.value.detail)
    coupons = list_busifavor_coupons_by_filter.sync(OPENID, client=merchant, appid=APPID, limit=50)
    (coupon,) = [c for c in coupons.data if c.coupon_code == code]
    assert coupon.coupon_state == BusifavorCouponState.USED
