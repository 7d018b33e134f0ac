"""The control API: faults armed N times, per operation; clock, seed, journal; clear errors."""

import time

import httpx
import pytest

from wechatpay_auth import SignatureVerificationError

from .conftest import APPID, LIST, OPENID

FAVOR = f"/v3/marketing/favor/users/{OPENID}/coupons/9856888"


def test_rate_limit_then_normal(wechatpay_mock, merchant):
    wechatpay_mock.arm_fault(
        "rate_limit", operation="listBusifavorCouponsByFilter", count=2, seconds=2
    )
    assert merchant.get(FAVOR, params={"appid": APPID}).status_code == 200  # other operation
    for _ in range(2):
        limited = merchant.get(LIST, params={"appid": APPID})
        assert (limited.status_code, limited.headers["Retry-After"]) == (429, "2")
        assert limited.json()["code"] == "FREQUENCY_LIMITED"
    assert merchant.get(LIST, params={"appid": APPID}).status_code == 200
    faults = [e["fault"] for e in wechatpay_mock.journal()[-4:]]
    assert faults == [None, "rate_limit", "rate_limit", None]


def test_server_error_uses_the_operations_documented_code(wechatpay_mock, merchant):
    wechatpay_mock.arm_fault("server_error", operation="queryFavorCoupon")
    failed = merchant.get(FAVOR, params={"appid": APPID})
    assert (failed.status_code, failed.json()["code"]) == (500, "SYSTEM_ERROR")


def test_delay_and_hang(wechatpay_mock, merchant):
    wechatpay_mock.arm_fault("delay", seconds=0.4)
    started = time.monotonic()
    assert merchant.get(FAVOR, params={"appid": APPID}).status_code == 200
    assert time.monotonic() - started >= 0.4
    wechatpay_mock.arm_fault("hang")
    with pytest.raises(httpx.ReadTimeout):
        merchant.get(FAVOR, params={"appid": APPID}, timeout=0.5)


def test_a_hang_ends_when_the_client_gives_up(wechatpay_mock, merchant):
    # The journal records a hang when it ends; it ends with the client's timeout, not an hour
    # later, so nothing is left running when the server stops.
    wechatpay_mock.arm_fault("hang", operation="queryFavorCoupon")
    with pytest.raises(httpx.ReadTimeout):
        # A marked request: an earlier test's hang may still be ending as this one starts.
        merchant.get(FAVOR, params={"appid": "wx-hang-probe"}, timeout=0.3)

    def probe() -> list[dict]:
        return [e for e in wechatpay_mock.journal() if "wx-hang-probe" in e["target"]]

    deadline = time.monotonic() + 10
    while not probe():
        assert time.monotonic() < deadline, "the hung request never ended"
        time.sleep(0.02)
    (hung,) = probe()
    assert (hung["fault"], hung["status"], hung["code"]) == ("hang", 499, "CLIENT_CLOSED_REQUEST")


def test_reset_drops_the_connection(wechatpay_mock, merchant):
    wechatpay_mock.arm_fault("reset")
    with pytest.raises(httpx.TransportError):
        merchant.get(FAVOR, params={"appid": APPID})
    assert merchant.get(FAVOR, params={"appid": APPID}).status_code == 200


@pytest.mark.parametrize(
    ("kind", "reason"),
    [("corrupt_signature", "bad signature"), ("stale_timestamp", "stale timestamp")],
)
def test_signature_faults_are_caught_by_the_auth_plugin(wechatpay_mock, merchant, kind, reason):
    wechatpay_mock.arm_fault(kind)
    with pytest.raises(SignatureVerificationError, match=reason):
        merchant.get(FAVOR, params={"appid": APPID})


def test_reset_clears_faults_clock_and_redemptions(wechatpay_mock):
    wechatpay_mock.arm_fault("server_error", count=5)
    wechatpay_mock.set_clock(offset_seconds=3600)
    wechatpay_mock.reset()
    assert wechatpay_mock.control("GET", "faults") == {"faults": []}
    assert wechatpay_mock.control("GET", "clock")["offset_seconds"] == 0.0


def test_seed_adds_coupons(wechatpay_mock, merchant):
    entry = {
        "openid": "new-user",
        "appid": APPID,
        "body": {
            "coupon_id": "777",
            "stock_creator_mchid": "1900000001",
            "stock_id": "1",
            "coupon_name": "新券",
            "status": "SENDED",
            "description": "d",
            "create_time": "2026-01-01T00:00:00+08:00",
            "coupon_type": "NORMAL",
            "no_cash": False,
            "available_begin_time": "2026-01-01T00:00:00+08:00",
            "available_end_time": "2099-01-01T00:00:00+08:00",
            "singleitem": False,
        },
    }
    wechatpay_mock.control("POST", "seed", {"queryFavorCoupon": [entry]})
    found = merchant.get("/v3/marketing/favor/users/new-user/coupons/777", params={"appid": APPID})
    assert found.json()["coupon_name"] == "新券"


@pytest.mark.parametrize(
    ("path", "payload", "message"),
    [
        ("faults", {"kind": "explode"}, "kind must be one of"),
        ("faults", {"kind": "delay", "operation": "nope"}, "operation must be"),
        ("faults", {"kind": "delay", "count": 0}, "count must be >= 1"),
        ("faults", {"kind": "delay", "seconds": "soon"}, "must be numbers"),
        ("clock", {"now": "2030-01-01T00:00:00"}, "UTC offset"),
        ("clock", {}, "give exactly one of offset_seconds, advance_seconds or now"),
        ("clock", {"offset_seconds": 1, "advance_seconds": 2}, "exactly one"),
        ("clock", {"now": "2030-01-01T00:00:00+08:00", "offset_seconds": 1}, "exactly one"),
        ("seed", {"favor_coupons": []}, "not an operationId"),
        ("seed", {"queryFavorCoupon": [{"coupon": {}}]}, "must be an object with a body"),
        ("seed", {"queryFavorCoupon": [{"body": {"coupon_id": 7}}]}, "is a required property"),
    ],
)
def test_control_errors_say_what_is_wrong(wechatpay_mock, path, payload, message):
    with httpx.Client(base_url=wechatpay_mock.base_url) as client:
        response = client.post(f"/_mock/{path}", json=payload)
    assert response.status_code == 400 and message in response.json()["error"]


def test_the_python_helpers_show_the_control_apis_error_text(wechatpay_mock):
    from wechatpay_mock import MockControlError

    with pytest.raises(MockControlError, match="kind must be one of rate_limit") as raised:
        wechatpay_mock.arm_fault("explode")
    assert raised.value.status == 400
    assert "HTTP Error" not in str(raised.value)
    with pytest.raises(MockControlError, match="exactly one"):
        wechatpay_mock.control("POST", "clock", {"offset_seconds": 1, "now": "2030-01-01"})
    with pytest.raises(MockControlError, match=r"/_mock/nowhere: 404: Not Found"):
        wechatpay_mock.control("GET", "nowhere")


def test_the_control_api_describes_itself(wechatpay_mock):
    from openapi_spec_validator import validate

    from wechatpay_mock.control import control_routes, fault_kinds

    with httpx.Client(base_url=wechatpay_mock.base_url) as client:
        document = client.get("/_mock/openapi.json").json()
        index = client.get("/_mock/").json()
    validate(document)
    documented = {
        (method.upper(), path) for path, item in document["paths"].items() for method in item
    }
    served = {
        (method, "/_mock" + route.path)
        for route in control_routes(wechatpay_mock.app.mock)
        for method in route.methods - {"HEAD"}
    }
    assert documented == served
    assert {(e["method"], e["path"]) for e in index["endpoints"]} == documented
    assert all(e["summary"] for e in index["endpoints"])
    assert index["openapi"] == "/_mock/openapi.json"
    assert "unsigned" in fault_kinds()


def test_the_package_is_typed():
    from pathlib import Path

    import wechatpay_mock

    assert (Path(wechatpay_mock.__file__).parent / "py.typed").exists()


def test_a_lost_answer_applies_the_request_and_closes_the_connection_unanswered(
    wechatpay_mock, merchant
):
    from .conftest import USE, use_body

    code = "8800000000000004"
    wechatpay_mock.arm_fault("lost_answer", operation="useBusifavorCoupon")
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        merchant.post(USE, json=use_body(code, "LOST-1"))
    lost = wechatpay_mock.journal(1)[0]
    assert (lost["operation"], lost["fault"], lost["status"]) == (
        "useBusifavorCoupon",
        "lost_answer",
        200,
    )
    # It was applied: another request number finds the coupon used; the same one replays.
    other = merchant.post(USE, json=use_body(code, "LOST-2"))
    assert "redeemed by another use_request_no" in other.json()["detail"]["issue"]
    again = merchant.post(USE, json=use_body(code, "LOST-1"))
    assert again.status_code == 200, again.text
