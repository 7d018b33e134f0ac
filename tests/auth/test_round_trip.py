"""Sign on the way out, verify on the way back, through httpx.MockTransport; both schemes."""

import json

import httpx
import pytest

from wechatpay_auth import (
    BRAND_SCHEME,
    MERCHANT_SCHEME,
    BrandAuth,
    MerchantAuth,
    WechatPayVerifier,
    build_request_message,
    parse_authorization,
    sign_response_headers,
    verify,
)

KEY_ID = "PUB_KEY_ID_0112345678901234567890"


class FakeWechatPay:
    """Checks each request's signature over the raw bytes received and signs its answer."""

    def __init__(self, client_public_key, platform_key, *, scheme=MERCHANT_SCHEME):
        self.client_public_key = client_public_key
        self.platform_key = platform_key
        self.scheme = scheme
        self.seen = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        params = parse_authorization(request.headers["Authorization"])
        raw_target = request.url.raw_path.decode()
        message = build_request_message(
            request.method, raw_target, params.timestamp, params.nonce_str, request.content
        )
        ok = params.scheme == self.scheme and verify(
            self.client_public_key, message, params.signature
        )
        self.seen.append((request, params, ok))
        body = json.dumps({"echo_path": raw_target, "ok": ok}, ensure_ascii=False).encode()
        headers = sign_response_headers(self.platform_key, KEY_ID, body, signature_type=self.scheme)
        return httpx.Response(
            200 if ok else 401, content=body, headers={**headers, "Request-ID": "req-1"}
        )


@pytest.fixture
def verifier(platform_key):
    return WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()})


def merchant(merchant_key, verifier):
    return MerchantAuth("1900000001", "SERIAL1", merchant_key, verifier)


def test_get_with_a_query_that_needs_encoding_and_chinese(merchant_key, platform_key, verifier):
    server = FakeWechatPay(merchant_key.public_key(), platform_key)
    with httpx.Client(
        transport=httpx.MockTransport(server), auth=merchant(merchant_key, verifier)
    ) as client:
        response = client.get(
            "https://api.mch.weixin.qq.com/v3/marketing/busifavor/users/o%2Bx/coupons",
            params={"appid": "wx 1&2", "stock_name": "满100减10", "json": '{"a":1}'},
        )
    assert response.status_code == 200 and response.json()["ok"] is True
    request, params, _ = server.seen[0]
    assert "%E6%BB%A1100" in request.url.raw_path.decode()  # signed in encoded form
    assert request.headers["Wechatpay-Serial"] == KEY_ID
    assert (params.principal, params.serial_no) == ("1900000001", "SERIAL1")


def test_post_with_a_chinese_json_body(merchant_key, platform_key, verifier):
    server = FakeWechatPay(merchant_key.public_key(), platform_key)
    body = {"coupon_code": "券123", "note": "核销 ✓"}
    with httpx.Client(
        transport=httpx.MockTransport(server), auth=merchant(merchant_key, verifier)
    ) as client:
        response = client.post(
            "https://api.mch.weixin.qq.com/v3/marketing/busifavor/coupons/use", json=body
        )
    assert response.json()["ok"] is True
    request, _, _ = server.seen[0]
    assert json.loads(request.content) == body


def test_brand_scheme(merchant_key, platform_key, verifier):
    server = FakeWechatPay(merchant_key.public_key(), platform_key, scheme=BRAND_SCHEME)
    auth = BrandAuth("1234567", "BRANDSERIAL", merchant_key, verifier)
    with httpx.Client(transport=httpx.MockTransport(server), auth=auth) as client:
        response = client.get(
            "https://api.mch.weixin.qq.com/brand/marketing/product-coupon/users/o1/coupons/C1",
            params={"brand_id": "1234567"},
        )
    assert response.json()["ok"] is True
    request, params, _ = server.seen[0]
    assert request.headers["Authorization"].startswith("WECHATPAY-BRAND-SHA256-RSA2048 brand_id=")
    assert params.principal == "1234567"
    assert request.headers["Wechatpay-Serial"] == KEY_ID


def test_a_caller_set_wechatpay_serial_is_kept(merchant_key, platform_key, verifier):
    server = FakeWechatPay(merchant_key.public_key(), platform_key)
    with httpx.Client(
        transport=httpx.MockTransport(server), auth=merchant(merchant_key, verifier)
    ) as client:
        client.get(
            "https://api.mch.weixin.qq.com/v3/x",
            headers={"Wechatpay-Serial": "PLATFORM_CERT_SERIAL"},
        )
    assert server.seen[0][0].headers["Wechatpay-Serial"] == "PLATFORM_CERT_SERIAL"


def test_every_attempt_is_signed_afresh(merchant_key, platform_key, verifier):
    server = FakeWechatPay(merchant_key.public_key(), platform_key)
    with httpx.Client(
        transport=httpx.MockTransport(server), auth=merchant(merchant_key, verifier)
    ) as client:
        client.get("https://api.mch.weixin.qq.com/v3/x")
        client.get("https://api.mch.weixin.qq.com/v3/x")
    first, second = (params for _, params, _ in server.seen)
    assert first.nonce_str != second.nonce_str and len(first.nonce_str) == 32


async def test_async_behaves_the_same(merchant_key, platform_key, verifier):
    server = FakeWechatPay(merchant_key.public_key(), platform_key)
    async with httpx.AsyncClient(
        transport=httpx.MockTransport(server), auth=merchant(merchant_key, verifier)
    ) as client:
        response = await client.post("https://api.mch.weixin.qq.com/v3/y", json={"名": "值"})
    assert response.json()["ok"] is True


def test_repr_shows_ids_only(merchant_key, verifier):
    auth = merchant(merchant_key, verifier)
    text = repr(auth)
    assert "1900000001" in text and "SERIAL1" in text
    assert "PRIVATE" not in text and "RSAPrivateKey" not in text and "_private_key" not in text
