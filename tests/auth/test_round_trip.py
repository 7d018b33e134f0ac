"""Sign on the way out, verify on the way back, through httpx.MockTransport; both schemes."""

import json

import httpx
import pytest

from wechatpay_auth import (
    BrandAuth,
    ConfigurationError,
    MerchantAuth,
    WechatPayAuthError,
    WechatPayVerifier,
)
from wechatpay_auth.primitives import (
    BRAND_SCHEME,
    MERCHANT_SCHEME,
    build_request_message,
    parse_authorization,
    sign_response_headers,
    verify,
)

from .conftest import send

KEY_ID = "PUB_KEY_ID_0112345678901234567890"
HOST = "https://api.mch.weixin.qq.com"


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
        body = request.read()
        message = build_request_message(
            request.method, raw_target, params.timestamp, params.nonce_str, body
        )
        ok = params.scheme == self.scheme and verify(
            self.client_public_key, message, params.signature
        )
        self.seen.append((request, params, ok))
        answer = json.dumps({"echo_path": raw_target, "ok": ok}, ensure_ascii=False).encode()
        headers = sign_response_headers(
            self.platform_key, KEY_ID, answer, signature_type=self.scheme
        )
        return httpx.Response(
            200 if ok else 401, content=answer, headers={**headers, "Request-ID": "req-1"}
        )


@pytest.fixture
def verifier(platform_key):
    return WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()})


def make_auth(scheme, key, verifier, **kwargs):
    if scheme == BRAND_SCHEME:
        return BrandAuth("1234567", "BRANDSERIAL", key, verifier, **kwargs)
    return MerchantAuth("1900000001", "SERIAL1", key, verifier, **kwargs)


SCHEMES = pytest.mark.parametrize(
    "scheme", [MERCHANT_SCHEME, BRAND_SCHEME], ids=["merchant", "brand"]
)


@SCHEMES
async def test_get_with_a_query_that_needs_encoding_and_chinese(
    merchant_key, platform_key, verifier, mode, scheme
):
    server = FakeWechatPay(merchant_key.public_key(), platform_key, scheme=scheme)
    response = await send(
        mode,
        make_auth(scheme, merchant_key, verifier),
        server,
        "GET",
        f"{HOST}/v3/marketing/busifavor/users/o%2Bx/coupons",
        params={"appid": "wx 1&2", "stock_name": "满100减10", "json": '{"a":1}'},
    )
    assert response.status_code == 200 and response.json()["ok"] is True
    request, params, _ = server.seen[0]
    # Signed in the encoded form that went on the wire, not a decoded or re-encoded one.
    assert request.url.raw_path == (
        b"/v3/marketing/busifavor/users/o%2Bx/coupons"
        b"?appid=wx+1%262&stock_name=%E6%BB%A1100%E5%87%8F10&json=%7B%22a%22%3A1%7D"
    )
    assert request.headers["Wechatpay-Serial"] == KEY_ID
    assert params.scheme == scheme
    assert request.headers["Authorization"].startswith(
        f'{scheme} {"brand_id" if scheme == BRAND_SCHEME else "mchid"}="'
    )


@SCHEMES
async def test_post_with_a_chinese_json_body(merchant_key, platform_key, verifier, mode, scheme):
    server = FakeWechatPay(merchant_key.public_key(), platform_key, scheme=scheme)
    body = {"coupon_code": "券123", "note": "核销 ✓"}
    response = await send(
        mode,
        make_auth(scheme, merchant_key, verifier),
        server,
        "POST",
        f"{HOST}/v3/marketing/busifavor/coupons/use",
        json=body,
    )
    assert response.json()["ok"] is True
    request, _, _ = server.seen[0]
    assert json.loads(request.content) == body
    assert "券".encode() in request.content  # httpx sends UTF-8, and that is what was signed


def test_the_signature_covers_the_literal_wire_target(merchant_key, verifier):
    """Checked against a message written out by hand, not one rebuilt from the request."""
    auth = make_auth(
        MERCHANT_SCHEME, merchant_key, verifier, clock=lambda: 1_700_000_000, nonce=lambda: "N1"
    )
    # Lower-case escapes stay as the caller wrote them; the path's Chinese and the space are
    # escaped by httpx. The signature must follow the wire, whatever it looks like.
    request = httpx.Request("GET", f"{HOST}/v3/券/x?a=%e6%bb%a1&b=c d")
    params = parse_authorization(auth.authorization(request))
    expected = b"GET\n/v3/%E5%88%B8/x?a=%e6%bb%a1&b=c%20d\n1700000000\nN1\n\n"
    assert verify(merchant_key.public_key(), expected, params.signature)


@pytest.mark.parametrize(
    "content", [b'{ "coupon_code" : "\\u5238" ,"x":1 }', b"", "券 not JSON at all".encode()]
)
def test_the_body_is_signed_as_sent_never_reserialised(
    merchant_key, platform_key, verifier, content
):
    server = FakeWechatPay(merchant_key.public_key(), platform_key)
    with httpx.Client(
        transport=httpx.MockTransport(server),
        auth=make_auth(MERCHANT_SCHEME, merchant_key, verifier),
    ) as client:
        response = client.post(
            f"{HOST}/v3/y", content=content, headers={"Content-Type": "application/json"}
        )
    assert response.json()["ok"] is True
    assert server.seen[0][0].content == content


async def test_a_streamed_body_is_read_then_signed(merchant_key, platform_key, verifier, mode):
    server = FakeWechatPay(merchant_key.public_key(), platform_key)
    chunks = [b'{"coupon_code":', b'"\xe5\x88\xb8"}']

    def sync_body():
        yield from chunks

    async def async_body():
        for chunk in chunks:
            yield chunk

    response = await send(
        mode,
        make_auth(MERCHANT_SCHEME, merchant_key, verifier),
        server,
        "POST",
        f"{HOST}/v3/y",
        content=sync_body() if mode == "sync" else async_body(),
    )
    assert response.json()["ok"] is True
    assert server.seen[0][0].content == b"".join(chunks)


def test_a_caller_set_wechatpay_serial_is_kept(merchant_key, platform_key, verifier):
    server = FakeWechatPay(merchant_key.public_key(), platform_key)
    with httpx.Client(
        transport=httpx.MockTransport(server),
        auth=make_auth(MERCHANT_SCHEME, merchant_key, verifier),
    ) as client:
        client.get(f"{HOST}/v3/x", headers={"Wechatpay-Serial": "PLATFORM_CERT_SERIAL"})
    assert server.seen[0][0].headers["Wechatpay-Serial"] == "PLATFORM_CERT_SERIAL"


async def test_every_attempt_is_signed_afresh(merchant_key, platform_key, verifier, mode):
    server = FakeWechatPay(merchant_key.public_key(), platform_key)
    ticks = iter([1_700_000_000, 1_700_000_007])
    auth = make_auth(MERCHANT_SCHEME, merchant_key, verifier, clock=lambda: next(ticks))
    for _ in range(2):
        response = await send(mode, auth, server, "GET", f"{HOST}/v3/x")
        assert response.status_code == 200
    first, second = (params for _, params, _ in server.seen)
    assert first.nonce_str != second.nonce_str and len(first.nonce_str) == 32
    assert (first.timestamp, second.timestamp) == ("1700000000", "1700000007")
    assert first.signature != second.signature


def test_repr_shows_ids_only(merchant_key, verifier):
    from cryptography.hazmat.primitives import serialization

    pem = merchant_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    for auth in (
        MerchantAuth("1900000001", "SERIAL1", pem, verifier),
        BrandAuth("1234567", "SERIAL1", pem, verifier),
    ):
        text = repr(auth)
        assert "SERIAL1" in text and KEY_ID in text
        assert "PRIVATE" not in text and "RSAPrivateKey" not in text and "_private_key" not in text
        assert pem.splitlines()[1] not in text
    assert "1900000001" in repr(MerchantAuth("1900000001", "SERIAL1", pem, verifier))
    assert "brand_id='1234567'" in repr(BrandAuth("1234567", "SERIAL1", pem, verifier))


@pytest.mark.parametrize(
    ("mchid", "serial_no"),
    [
        ("", "S"),
        ("1900000001", ""),
        ('19"00', "S"),
        ("1900,1", "S"),
        ("1900 1", "S"),
        ("商户", "S"),
    ],
)
def test_ids_that_would_break_the_header_are_refused(merchant_key, verifier, mchid, serial_no):
    with pytest.raises(ConfigurationError) as caught:
        MerchantAuth(mchid, serial_no, merchant_key, verifier)
    assert isinstance(caught.value, WechatPayAuthError) and isinstance(caught.value, ValueError)
