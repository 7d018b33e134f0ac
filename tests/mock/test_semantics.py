"""What the operations do to the state and answer, code by documented code."""

import pytest

from .conftest import APPID, BRAND_PATH, BRAND_QUERY, LIST, OPENID, USE, use_body


def codes(response):
    return [c["coupon_code"] for c in response.json()["data"]]


def test_list_pages_by_page_index_with_a_correct_total(merchant):
    first = merchant.get(LIST, params={"appid": APPID, "limit": 10, "offset": 0}).json()
    third = merchant.get(LIST, params={"appid": APPID, "limit": 10, "offset": 2}).json()
    assert first["total_count"] == third["total_count"] == 29
    assert (len(first["data"]), len(third["data"])) == (10, 9)
    assert (third["offset"], third["limit"]) == (2, 10)
    everything = []
    for page in range(3):
        everything += codes(
            merchant.get(LIST, params={"appid": APPID, "limit": 10, "offset": page})
        )
    assert len(set(everything)) == 29


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"coupon_state": "USED"}, 1),
        ({"coupon_state": "EXPIRED"}, 2),  # one EXPIRED, one SENDED past its expiry
        ({"coupon_state": "DEACTIVATED"}, 1),
        ({"coupon_state": "DELETED"}, 1),
        ({"stock_id": "1212300000000001"}, 23),
        ({"stock_id": "1212300000000004"}, 1),
        ({"belong_merchant": "1900000001"}, 29),
        ({"creator_merchant": "1900000001", "stock_id": "1212300000000002"}, 4),
        ({"sender_merchant": "1900000099"}, 0),
    ],
)
def test_list_filters(merchant, filters, expected):
    body = merchant.get(LIST, params={"appid": APPID, "limit": 50, **filters}).json()
    assert body["total_count"] == expected == len(body["data"])
    if "coupon_state" in filters:
        assert {c["coupon_state"] for c in body["data"]} <= {filters["coupon_state"]}


def test_list_refuses_an_appid_not_bound_to_the_merchant(merchant):
    response = merchant.get(LIST, params={"appid": "wx_not_mine"})
    assert (response.status_code, response.json()["code"]) == (400, "APPID_MCHID_NOT_MATCH")
    assert response.json()["detail"]["field"] == "appid"


def test_redeem_then_list_shows_it_used(merchant):
    response = merchant.post(USE, json=use_body("8800000000000003", "USE-1"))
    assert response.status_code == 200, response.text
    assert response.json()["stock_id"] == "1212300000000001"
    assert response.json()["openid"] == OPENID
    used = merchant.get(LIST, params={"appid": APPID, "coupon_state": "USED", "limit": 50}).json()
    coupon = next(c for c in used["data"] if c["coupon_code"] == "8800000000000003")
    assert coupon["use_request_no"] == "USE-1"
    assert coupon["use_time"] == "2026-03-02T12:30:00+08:00"


def test_replaying_a_use_request_no_returns_the_first_result(merchant, wechatpay_mock):
    first = merchant.post(USE, json=use_body("8800000000000004", "USE-2"))
    again = merchant.post(USE, json=use_body("8800000000000004", "USE-2"))
    assert first.status_code == again.status_code == 200
    assert first.content == again.content
    other = merchant.post(USE, json=use_body("8800000000000004", "USE-3"))
    assert other.status_code == 400
    assert other.json()["code"] == "RESOURCE_ALREADY_EXISTS"
    assert other.json()["message"] == "券已被其他订单核销"
    reused = merchant.post(USE, json=use_body("8800000000000005", "USE-2"))
    assert reused.status_code == 400 and reused.json()["detail"]["field"] == "/use_request_no"
    assert reused.json()["code"] == "RESOURCE_ALREADY_EXISTS"


@pytest.mark.parametrize(
    ("body", "status", "code", "field"),
    [
        (use_body("no-such-code", "R1"), 404, "RESOURCE_NOT_EXISTS", "/coupon_code"),
        (use_body("8800000000000102", "R2"), 403, "RULELIMIT", None),  # EXPIRED
        (use_body("8800000000000105", "R3"), 403, "RULELIMIT", None),  # SENDED, past expiry
        (use_body("8800000000000103", "R4"), 403, "RULELIMIT", None),  # DEACTIVATED
        (use_body("8800000000000101", "R5"), 400, "RESOURCE_ALREADY_EXISTS", None),  # USED
        (
            use_body("8800000000000006", "R6", openid="someone-else"),
            404,
            "USER_NOT_EXISTS",
            "/openid",
        ),
        (use_body("8800000000000301", "R7"), 403, "NOAUTH", None),  # another merchant's stock
        (use_body("MCHCODE0000000001", "R8"), 400, "PARAM_ERROR", "/stock_id"),
        (
            {**use_body("8800000000000006", "R9"), "appid": "wx_not_mine"},
            400,
            "APPID_MCHID_NOT_MATCH",
            "/appid",
        ),
    ],
)
def test_redeem_errors(merchant, body, status, code, field):
    response = merchant.post(USE, json=body)
    assert (response.status_code, response.json()["code"]) == (status, code), response.text
    if field:
        assert response.json()["detail"]["field"] == field


def test_a_code_is_found_under_its_own_appid(merchant):
    # 8800000000000001 exists twice: stock ...001 under APPID, stock ...005 under the second
    # AppID (another user). The AppID alone picks the right one.
    body = {**use_body("8800000000000001", "R12"), "appid": "wx1234567889999"}
    response = merchant.post(USE, json=body)
    assert response.status_code == 200, response.text
    assert response.json()["stock_id"] == "1212300000000005"
    mine = merchant.post(USE, json=use_body("8800000000000001", "R13"))
    assert (mine.status_code, mine.json()["stock_id"]) == (200, "1212300000000001")


def test_merchant_coded_stock_redeems_with_its_stock_id(merchant):
    body = use_body("MCHCODE0000000001", "R10", stock_id="1212300000000004")
    assert merchant.post(USE, json=body).status_code == 200


def test_the_clock_moves_validity(merchant, wechatpay_mock):
    wechatpay_mock.set_clock(offset_seconds=100 * 365 * 86400)
    listed = merchant.get(LIST, params={"appid": APPID, "coupon_state": "SENDED"}).json()
    assert listed["total_count"] == 0
    response = merchant.post(USE, json=use_body("8800000000000007", "R11"))
    assert (response.status_code, response.json()["code"]) == (403, "RULELIMIT")


def test_favor_coupon(merchant):
    path = f"/v3/marketing/favor/users/{OPENID}/coupons/9856888"
    found = merchant.get(path, params={"appid": APPID})
    assert found.status_code == 200 and found.json()["coupon_id"] == "9856888"
    missing = merchant.get(path.replace("9856888", "1"), params={"appid": APPID})
    assert (missing.status_code, missing.json()["code"]) == (404, "RESOURCE_NOT_EXISTS")
    unbound = merchant.get(path, params={"appid": "wx_not_mine"})
    assert (unbound.status_code, unbound.json()["code"]) == (400, "APPID_MCHID_NOT_MATCH")
    assert unbound.json()["message"] == "商户号与 appid 不匹配"


def test_brand_product_coupon(brand, wechatpay_mock):
    key_id = wechatpay_mock.credentials.public_key_id
    found = brand.get(BRAND_PATH, params=BRAND_QUERY, headers={"Wechatpay-Serial": key_id})
    assert found.status_code == 200 and found.json()["coupon_state"] == "EFFECTIVE"
    assert found.headers["Wechatpay-Signature-Type"] == "WECHATPAY-BRAND-SHA256-RSA2048"
    other = brand.get(
        BRAND_PATH, params={**BRAND_QUERY, "stock_id": "9"}, headers={"Wechatpay-Serial": key_id}
    )
    assert (other.status_code, other.json()["code"]) == (404, "RESOURCE_NOT_EXISTS")
    wrong = brand.get(
        BRAND_PATH, params=BRAND_QUERY, headers={"Wechatpay-Serial": "PUB_KEY_ID_0123456789"}
    )
    assert (wrong.status_code, wrong.json()["detail"]["field"]) == (400, "Wechatpay-Serial")


def test_validation_errors_name_the_field_and_location(merchant):
    missing = merchant.get(LIST)
    assert missing.status_code == 400
    assert missing.json()["detail"] == {
        "field": "appid",
        "location": "query",
        "issue": "is required",
        "rule": "required",
    }
    for not_an_integer in ("ten", " 5", "5_0", "５", "1.0", "+", ""):
        bad_int = merchant.get(LIST, params={"appid": APPID, "limit": not_an_integer})
        assert bad_int.status_code == 400, not_an_integer
        assert bad_int.json()["detail"]["field"] == "limit"
        assert bad_int.json()["detail"]["issue"] == "must be an integer"
    bad_enum = merchant.get(LIST, params={"appid": APPID, "coupon_state": "LOST"})
    assert "must be one of" in bad_enum.json()["detail"]["issue"]
    short = merchant.get(LIST, params={"appid": APPID, "belong_merchant": "123"})
    assert short.json()["detail"]["issue"] == "must be at least 8 characters"
    body = merchant.post(
        USE,
        json={"coupon_code": "x", "appid": APPID, "use_time": "yesterday", "use_request_no": "r"},
    )
    assert body.json()["detail"]["field"] == "/use_time"
    assert body.json()["detail"]["location"] == "body"
    lacking = merchant.post(
        USE, json={"coupon_code": "x", "appid": APPID, "use_time": "2026-01-01T00:00:00+08:00"}
    )
    assert lacking.json()["detail"]["field"] == "/use_request_no"


def test_integers_beyond_their_openapi_format_are_refused(merchant):
    # Found by schemathesis: offset is int64, so 2**63 is not a page index.
    huge = merchant.get(LIST, params={"appid": APPID, "offset": 2**63})
    assert huge.status_code == 400
    assert huge.json()["detail"]["field"] == "offset"
    assert merchant.get(LIST, params={"appid": APPID, "offset": 2**63 - 1}).status_code == 200
