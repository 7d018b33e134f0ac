"""Signatures both ways, every answer signed, and hostile input answered fast in WeChat's shape."""

import asyncio
import time

import httpx
import pytest

from wechatpay_auth import MerchantAuth, WechatPayVerifier, load_private_key

from .conftest import APPID, BRAND_PATH, BRAND_QUERY, LIST, USE, use_body


def verify_answer(mock, response):
    """Every response, errors included, carries a valid WeChat Pay signature and a Request-ID."""
    mock.verifier().verify(response.headers, response.content)
    assert response.headers["Request-ID"]
    # WeChat Pay sends the charset; clients that check the media type must accept it.
    assert response.headers["Content-Type"] == "application/json; charset=utf-8"
    body = response.json()
    if response.status_code >= 400:
        assert set(body) >= {"code", "message"}


def raw(mock):
    return httpx.Client(base_url=mock.base_url, timeout=10)


def test_unsigned_request_gets_a_signed_sign_error(wechatpay_mock):
    with raw(wechatpay_mock) as client:
        response = client.get(LIST, params={"appid": APPID})
    assert (response.status_code, response.json()["code"]) == (401, "SIGN_ERROR")
    assert response.json()["detail"]["location"] == "authorization"
    verify_answer(wechatpay_mock, response)


def test_tampered_request_is_refused_with_what_was_signed(wechatpay_mock):
    auth = wechatpay_mock.merchant_auth()

    def tamper(request):
        request.headers["Authorization"] = auth.authorization(request)
        request.url = request.url.copy_merge_params({"stock_id": "1"})  # after signing

    with raw(wechatpay_mock) as client:
        request = client.build_request("GET", LIST, params={"appid": APPID})
        tamper(request)
        response = client.send(request)
    assert response.status_code == 401
    info = response.json()["detail"]["sign_information"]
    assert info["method"] == "GET" and "stock_id=1" in info["url"]
    verify_answer(wechatpay_mock, response)


def test_unknown_serial_and_stale_timestamp_are_refused(wechatpay_mock, tmp_path):
    c = wechatpay_mock.credentials
    verifier = wechatpay_mock.verifier()
    key = load_private_key(c.merchant_private_key)
    wrong_serial = MerchantAuth(c.mchid, "00DEADBEEF", key, verifier)
    stale = MerchantAuth(
        c.mchid, c.merchant_serial_no, key, verifier, clock=lambda: time.time() - 301
    )
    for auth, issue in ((wrong_serial, "no API certificate"), (stale, "more than 300 s")):
        with httpx.Client(base_url=wechatpay_mock.base_url, auth=auth) as client:
            response = client.get(LIST, params={"appid": APPID})
        assert response.status_code == 401 and issue in response.json()["detail"]["issue"]


def test_brand_paths_need_the_brand_scheme(wechatpay_mock, merchant):
    key_id = wechatpay_mock.credentials.public_key_id
    response = merchant.get(BRAND_PATH, params=BRAND_QUERY, headers={"Wechatpay-Serial": key_id})
    assert response.status_code == 401
    assert "WECHATPAY-BRAND-SHA256-RSA2048" in response.json()["detail"]["issue"]


def test_unknown_path_and_wrong_method(wechatpay_mock, merchant):
    missing = merchant.get("/v3/marketing/nothing-here")
    assert missing.status_code == 404
    verify_answer(wechatpay_mock, missing)
    for method in ("GET", "DELETE", "TRACE", "OPTIONS", "HEAD"):
        with raw(wechatpay_mock) as client:
            wrong = client.request(method, USE)
        assert wrong.status_code == 405 and wrong.headers["Allow"] == "POST"
        wechatpay_mock.verifier().verify(wrong.headers, wrong.content)


@pytest.mark.parametrize(
    ("content", "headers", "status"),
    [
        (b'{"coupon_code": "\x00"}', {"Content-Type": "application/json"}, 400),
        (b"\x00", {"Content-Type": "application/json"}, 400),
        (b'{"coupon_code": "\xff\xfe"}', {"Content-Type": "application/json"}, 400),
        (b'{"coupon_code": "x"}', {"Content-Type": "text/plain"}, 400),
        (b"coupon_code=x", {"Content-Type": "application/x-www-form-urlencoded"}, 400),
        (b"{" * 10_000, {"Content-Type": "application/json"}, 400),
        (b"x" * (10 * 1024 * 1024), {"Content-Type": "application/json"}, 400),
    ],
)
def test_hostile_bodies_get_a_fast_wechat_shaped_4xx(
    wechatpay_mock, merchant, content, headers, status
):
    started = time.monotonic()
    response = merchant.post(USE, content=content, headers=headers)
    assert time.monotonic() - started < 1.5
    assert response.status_code == status, response.text
    verify_answer(wechatpay_mock, response)


@pytest.mark.parametrize(
    "query", [b"appid=%ED%A0%80", b"appid=%FF", b"appid=wx&appid=wy", b"appid=" + b"a" * 5000]
)
def test_hostile_queries(wechatpay_mock, merchant, query):
    response = merchant.get(httpx.URL(wechatpay_mock.base_url + LIST + "?" + query.decode()))
    assert response.status_code == 400
    verify_answer(wechatpay_mock, response)


def test_sixty_four_concurrent_redemptions_of_one_coupon(wechatpay_mock):
    async def run():
        async with httpx.AsyncClient(
            base_url=wechatpay_mock.base_url, auth=wechatpay_mock.merchant_auth(), timeout=30
        ) as client:
            return await asyncio.gather(
                *(
                    client.post(USE, json=use_body("8800000000000008", f"RACE-{i}"))
                    for i in range(64)
                )
            )

    responses = asyncio.run(run())
    assert sorted(r.status_code for r in responses) == [200] + [400] * 63
    assert {r.json()["code"] for r in responses if r.status_code == 400} == {
        "RESOURCE_ALREADY_EXISTS"
    }


def test_concurrent_replays_of_one_request_redeem_once(wechatpay_mock, merchant):
    async def run():
        async with httpx.AsyncClient(
            base_url=wechatpay_mock.base_url, auth=wechatpay_mock.merchant_auth(), timeout=30
        ) as client:
            return await asyncio.gather(
                *(client.post(USE, json=use_body("8800000000000009", "SAME")) for _ in range(16))
            )

    responses = asyncio.run(run())
    assert {r.status_code for r in responses} == {200}
    assert len({r.content for r in responses}) == 1


def test_request_ids_are_unique(wechatpay_mock, merchant):
    ids = {merchant.get(LIST, params={"appid": APPID}).headers["Request-ID"] for _ in range(5)}
    assert len(ids) == 5


def test_a_client_verifier_rejects_a_mock_with_another_key(wechatpay_mock, merchant):
    from cryptography.hazmat.primitives.asymmetric import rsa

    other = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    verifier = WechatPayVerifier(public_keys={wechatpay_mock.credentials.public_key_id: other})
    response = merchant.get(LIST, params={"appid": APPID})
    with pytest.raises(Exception, match="bad signature"):
        verifier.verify(response.headers, response.content)
