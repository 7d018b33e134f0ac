"""The defects a hostile client found (issue 13), each with its reproduction."""

import asyncio
import dataclasses
import socket

import httpx
import pytest

from wechatpay_auth import SignatureVerificationError
from wechatpay_mock import create_app, load_settings

from .conftest import APPID, LIST, USE, use_body
from .test_protocol import verify_answer

FIRST = "8800000000000001"


# --- 1. any body gets a signed 4xx, however deep -------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"[" * 10_000,
        b'{"a":' * 10_000,
        b"[" * 900 + b"]" * 900,  # valid JSON, far deeper than any WeChat body
    ],
    ids=["arrays", "objects", "valid-but-deep"],
)
def test_deeply_nested_bodies_get_a_signed_param_error(wechatpay_mock, merchant, content):
    response = merchant.post(USE, content=content, headers={"Content-Type": "application/json"})
    assert (response.status_code, response.json()["code"]) == (400, "PARAM_ERROR"), response.text
    assert response.json()["detail"]["location"] == "body"
    verify_answer(wechatpay_mock, response)


# --- 2. a replayed use_request_no must repeat the request field for field ------------------------


@pytest.mark.parametrize(
    "changed",
    [
        {"stock_id": "1212300000000005"},  # a real stock, but not this coupon's
        {"appid": "wx1234567889999"},  # the same code exists under this AppID, unredeemed
        {"openid": "someone-else"},
        {"stock_id": "999"},  # no such stock at all
        {"use_time": "2026-03-02T12:31:00+08:00"},
    ],
)
def test_a_replay_that_differs_redeemed_nothing_and_says_so(merchant, changed):
    first = merchant.post(USE, json=use_body(FIRST, "R"))
    assert first.status_code == 200, first.text
    again = merchant.post(USE, json={**use_body(FIRST, "R"), **changed})
    assert again.status_code == 400, again.text
    # The spec's x-idempotency-conflict names the example; its message is the spec's.
    assert again.json()["code"] == "RESOURCE_ALREADY_EXISTS"
    assert again.json()["message"] == "批次已存在"
    detail = again.json()["detail"]
    assert detail["field"] == "/use_request_no"
    assert next(iter(changed)) in detail["issue"]
    # The identical request is still a retry, answered with the first result byte for byte.
    same = merchant.post(USE, json=use_body(FIRST, "R"))
    assert same.status_code == 200 and same.content == first.content


def test_a_refused_replay_leaves_the_other_coupon_redeemable(merchant):
    assert merchant.post(USE, json=use_body(FIRST, "R")).status_code == 200
    other = {**use_body(FIRST, "R"), "appid": "wx1234567889999"}
    assert merchant.post(USE, json=other).status_code == 400
    fresh = {**use_body(FIRST, "R-OTHER"), "appid": "wx1234567889999"}
    redeemed = merchant.post(USE, json=fresh)
    assert (redeemed.status_code, redeemed.json()["stock_id"]) == (200, "1212300000000005")


# --- 3. NaN and Infinity are not JSON ------------------------------------------------------------


@pytest.mark.parametrize("number", [b"NaN", b"Infinity", b"-Infinity", b"1e999", b"-1e999"])
def test_non_finite_numbers_are_a_param_error(wechatpay_mock, merchant, number):
    # In a field the schema does not constrain, so nothing but the JSON parser can refuse it.
    body = (
        b'{"coupon_code": "8800000000000002", "appid": "wx233544546545989", '
        b'"use_time": "2026-03-02T12:30:00+08:00", "use_request_no": "NAN-1", "extra": '
        + number
        + b"}"
    )
    response = merchant.post(USE, content=body, headers={"Content-Type": "application/json"})
    assert (response.status_code, response.json()["code"]) == (400, "PARAM_ERROR"), response.text
    assert response.json()["detail"]["rule"] == "json"
    verify_answer(wechatpay_mock, response)


# --- 4. what the HTTP parser refuses still gets a signed WeChat error ----------------------------


def raw_exchange(mock, request: bytes) -> httpx.Response:
    with socket.create_connection((mock.host, mock.port), timeout=10) as connection:
        connection.sendall(request)
        received = b""
        while chunk := connection.recv(65536):
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = [tuple(line.split(": ", 1)) for line in header_lines]
    return httpx.Response(int(status_line.split()[1]), headers=headers, content=body)


@pytest.mark.parametrize(
    ("target", "says"),
    [
        (LIST.encode() + b"?appid=" + b"a" * 100_000, "url is too long"),
        (LIST.encode() + b"?appid=wx\x00", "Invalid char in url"),
        (LIST.encode() + b"?appid=w x", "Expected HTTP/"),
    ],
    ids=["100KB-query", "NUL-byte", "raw-space"],
)
def test_what_the_http_parser_refuses_is_a_signed_wechat_error(wechatpay_mock, target, says):
    response = raw_exchange(
        wechatpay_mock, b"GET " + target + b" HTTP/1.1\r\nHost: mock\r\nConnection: close\r\n\r\n"
    )
    assert (response.status_code, response.json()["code"]) == (400, "INVALID_REQUEST")
    assert says in response.json()["detail"]["issue"]
    verify_answer(wechatpay_mock, response)
    assert wechatpay_mock.journal(1)[0]["code"] == "INVALID_REQUEST"


def test_a_query_that_the_parser_can_read_reaches_the_mock(wechatpay_mock, merchant):
    response = merchant.get(LIST, params={"appid": "a" * 60_000})
    assert response.status_code == 400 and response.json()["detail"]["field"] == "appid"


# --- 5. the journal is a ring --------------------------------------------------------------------


def test_a_long_soak_keeps_the_journal_flat(wechatpay_mock):
    settings = dataclasses.replace(
        load_settings(wechatpay_mock.credentials.data_dir / "mock.toml"), journal_size=50
    )
    app = create_app(settings)
    store = app.mock.store

    async def soak() -> tuple[int, int]:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app),
            base_url="http://mock",
            auth=wechatpay_mock.merchant_auth(),
        ) as client:
            sizes = []
            for requests in (100, 300):
                for _ in range(requests):
                    response = await client.get(LIST, params={"appid": APPID, "limit": 1})
                    assert response.status_code == 200
                sizes.append(store.memory_bytes())
            return sizes[0], sizes[1]

    after_100, after_400 = asyncio.run(soak())
    journal = store.journal(10_000)
    assert len(journal) == 50
    assert journal[-1]["id"] - journal[0]["id"] == 49  # the latest 50, in order
    assert after_400 <= after_100


# --- 6. the charset WeChat sends -----------------------------------------------------------------


def test_responses_name_their_charset(merchant):
    assert merchant.get(LIST, params={"appid": APPID}).headers["Content-Type"] == (
        "application/json; charset=utf-8"
    )


# --- 7. an unsigned answer, for clients to test what they do with one ----------------------------


def test_an_unsigned_2xx_is_refused_by_the_client(wechatpay_mock, merchant):
    wechatpay_mock.arm_fault("unsigned", operation="listBusifavorCouponsByFilter")
    with pytest.raises(SignatureVerificationError, match=r"unsigned|missing"):
        merchant.get(LIST, params={"appid": APPID})


def test_an_unsigned_error_passes_through_the_client(wechatpay_mock, merchant):
    wechatpay_mock.arm_fault("unsigned", operation="listBusifavorCouponsByFilter")
    response = merchant.get(LIST, params={"appid": "wx_not_mine"})
    assert (response.status_code, response.json()["code"]) == (400, "APPID_MCHID_NOT_MATCH")
    assert "Wechatpay-Signature" not in response.headers and response.headers["Request-ID"]


def test_a_failed_signature_can_be_answered_unsigned(wechatpay_mock):
    # As WeChat Pay may do: the 401 for a request whose signature failed carries no signature.
    wechatpay_mock.arm_fault("unsigned")
    response = httpx.get(wechatpay_mock.base_url + LIST, params={"appid": APPID})
    assert (response.status_code, response.json()["code"]) == (401, "SIGN_ERROR")
    assert not {h for h in response.headers if h.lower().startswith("wechatpay-")}
    assert wechatpay_mock.journal(1)[0]["fault"] == "unsigned"
