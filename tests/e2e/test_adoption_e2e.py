"""Issue 20's client frictions end to end: the mock over loopback, signatures verified.

The README's redemption run twice (a retry resends the same body), the idempotency conflict told
from a coupon redeemed by another order, the Request-ID on a result, failover from a port that
refuses connections to the mock, and a closed client.
"""

import datetime
import re
from pathlib import Path

import pytest

from wechatpay_coupons import RETRY_COUNT_HEADER, WechatPay, errors, request_id_of
from wechatpay_coupons.models import UseBusifavorCouponRequest
from wechatpay_mock.server import free_port

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


@pytest.fixture
def client(wechatpay_mock):
    with WechatPay(base_url=wechatpay_mock.base_url, merchant=wechatpay_mock.merchant_auth()) as c:
        yield c


def redemption(world, code_index, request_no, minute=30):
    return UseBusifavorCouponRequest(
        coupon_code=world.redeemable_coupon_codes[code_index],
        appid=world.appid,
        use_request_no=request_no,
        use_time=datetime.datetime(2026, 3, 2, 12, minute, tzinfo=datetime.UTC),
    )


def test_the_readmes_redemption_can_be_run_again(client):
    # A new team copied it with use_time=now(): the second run was refused as a different body.
    block = next(
        code
        for code in re.findall(r"```python\n(.*?)```", README, flags=re.S)
        if "use_busifavor_coupon(body=redemption)" in code
    )
    start = block.index("china = ")
    statements = block[start : block.index("print(used", start)]
    for _ in range(2):
        namespace = {
            "client": client,
            "datetime": datetime,
            "UseBusifavorCouponRequest": UseBusifavorCouponRequest,
        }
        exec(compile(statements, "README.md", "exec"), namespace)
        assert namespace["again"] == namespace["used"]


def test_a_reused_request_number_is_told_from_a_coupon_redeemed_by_another_order(
    client, wechatpay_mock
):
    world = wechatpay_mock.credentials
    client.busifavor.use_busifavor_coupon(body=redemption(world, 5, "ADOPT-1"))
    with pytest.raises(errors.BadRequestError) as conflict:
        client.busifavor.use_busifavor_coupon(body=redemption(world, 5, "ADOPT-1", minute=31))
    assert conflict.value.is_idempotency_conflict
    with pytest.raises(errors.BadRequestError) as used:
        client.busifavor.use_busifavor_coupon(body=redemption(world, 5, "ADOPT-2"))
    assert used.value.code == conflict.value.code  # one code, two meanings
    assert not used.value.is_idempotency_conflict


def test_a_result_carries_the_request_id_the_mock_sent(client, wechatpay_mock):
    world = wechatpay_mock.credentials
    raw = client.favor.with_raw_response.query_favor_coupon(
        world.openid, world.favor_coupon_id, appid=world.appid
    )
    assert request_id_of(raw.parsed) == raw.request_id and raw.request_id


def test_a_coupon_outside_its_validity_is_its_own_error_with_the_numeric_code(
    client, wechatpay_mock
):
    world = wechatpay_mock.credentials
    wechatpay_mock.set_clock(offset_seconds=-10 * 365 * 86400)  # before every validity period
    with pytest.raises(errors.PermissionDeniedError) as caught:
        client.busifavor.use_busifavor_coupon(body=redemption(world, 0, "ADOPT-EARLY"))
    error = caught.value
    assert isinstance(error, errors.RulelimitError) and error.code == errors.ErrorCode.RULELIMIT
    assert error.numeric_code is not None


def test_failover_from_a_refused_port_to_the_mock_signs_afresh(wechatpay_mock):
    world = wechatpay_mock.credentials
    refused = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    with WechatPay(
        base_url=refused,
        backup_base_url=wechatpay_mock.base_url,
        merchant=wechatpay_mock.merchant_auth(),
    ) as client:
        raw = client.favor.with_raw_response.query_favor_coupon(
            world.openid, world.favor_coupon_id, appid=world.appid
        )
    assert raw.parsed.coupon_id == world.favor_coupon_id  # verified: signed by the mock
    assert raw.attempts == 2
    assert raw.http_response.request.headers[RETRY_COUNT_HEADER] == "1"
    assert len(wechatpay_mock.journal(5)) == 1  # only the backup was reached


def test_a_closed_client_does_not_reach_the_mock(wechatpay_mock):
    world = wechatpay_mock.credentials
    client = WechatPay(base_url=wechatpay_mock.base_url, merchant=wechatpay_mock.merchant_auth())
    client.close()
    with pytest.raises(errors.ClientClosedError):
        client.favor.query_favor_coupon(world.openid, world.favor_coupon_id, appid=world.appid)
    assert wechatpay_mock.journal(5) == []
