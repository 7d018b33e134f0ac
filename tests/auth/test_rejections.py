"""No forged, tampered, replayed or probe response reaches the caller."""

import base64
import logging

import httpx
import pytest

from wechatpay_auth import MerchantAuth, SignatureVerificationError, WechatPayVerifier
from wechatpay_auth.primitives import PROBE_PREFIX, sign_response_headers

from .conftest import send

KEY_ID = "PUB_KEY_ID_0100000000000000000000000000"
NOW = 1_700_000_000
BODY = b'{"coupon_id":"1"}'


def signed(platform_key, *, body=BODY, timestamp=NOW, serial=KEY_ID):
    return sign_response_headers(platform_key, serial, body, timestamp=timestamp, nonce="N" * 32)


def tamper_body(headers, platform_key, other_key):
    return headers, b'{"coupon_id":"2"}'


def tamper_timestamp(headers, platform_key, other_key):
    return {**headers, "Wechatpay-Timestamp": str(NOW + 1)}, BODY


def tamper_nonce(headers, platform_key, other_key):
    return {**headers, "Wechatpay-Nonce": "M" * 32}, BODY


def wrong_key(headers, platform_key, other_key):
    return sign_response_headers(other_key, KEY_ID, BODY, timestamp=NOW, nonce="N" * 32), BODY


def unknown_serial(headers, platform_key, other_key):
    return {**headers, "Wechatpay-Serial": "PUB_KEY_ID_UNKNOWN"}, BODY


def stale(headers, platform_key, other_key):
    return signed(platform_key, timestamp=NOW - 301), BODY


def future(headers, platform_key, other_key):
    return signed(platform_key, timestamp=NOW + 301), BODY


def malformed_base64(headers, platform_key, other_key):
    return {**headers, "Wechatpay-Signature": "not*base64!"}, BODY


def probe(headers, platform_key, other_key):
    fake = PROBE_PREFIX + base64.b64encode(b"x" * 200).decode()
    return {**headers, "Wechatpay-Signature": fake}, BODY


def non_numeric_timestamp(headers, platform_key, other_key):
    return {**headers, "Wechatpay-Timestamp": "yesterday"}, BODY


def underscored_timestamp(headers, platform_key, other_key):
    # int() would read "1_700_000_000" as NOW; the header is not Unix seconds all the same.
    return {**headers, "Wechatpay-Timestamp": "1_700_000_000"}, BODY


def unsupported_signature_type(headers, platform_key, other_key):
    return {**headers, "Wechatpay-Signature-Type": "WECHATPAY2-SM2-WITH-SM3"}, BODY


def empty_signature(headers, platform_key, other_key):
    return {**headers, "Wechatpay-Signature": ""}, BODY


def missing(name):
    def drop(headers, platform_key, other_key):
        return {k: v for k, v in headers.items() if k != name}, BODY

    drop.__name__ = f"missing_{name}"
    return drop


CASES = [
    (tamper_body, "bad signature"),
    (tamper_timestamp, "bad signature"),
    (tamper_nonce, "bad signature"),
    (wrong_key, "bad signature"),
    (unknown_serial, "unknown serial"),
    (stale, "stale timestamp"),
    (future, "from the future"),
    (malformed_base64, "bad signature"),
    (probe, "probe signature"),
    (non_numeric_timestamp, "not Unix seconds"),
    (underscored_timestamp, "not Unix seconds"),
    (unsupported_signature_type, "unsupported Wechatpay-Signature-Type"),
    (empty_signature, "missing header Wechatpay-Signature"),
    *[
        (missing(name), f"missing header {name}")
        for name in (
            "Wechatpay-Timestamp",
            "Wechatpay-Nonce",
            "Wechatpay-Signature",
            "Wechatpay-Serial",
        )
    ],
]


# An unsigned error passes through by design (tested below), so those cases run on 200 only.
UNSIGNED = {"missing_Wechatpay-Signature", "empty_signature"}
MATRIX = [
    pytest.param(mutate, reason, status, id=f"{mutate.__name__}-{status}")
    for mutate, reason in CASES
    for status in (200, 400)
    if not (status == 400 and mutate.__name__ in UNSIGNED)
]


@pytest.mark.parametrize(("mutate", "reason", "status"), MATRIX)
async def test_rejected(merchant_key, platform_key, other_key, mode, mutate, reason, status):
    verifier = WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()}, clock=lambda: NOW)
    auth = MerchantAuth("1900000001", "SERIAL1", merchant_key, verifier)
    headers, body = mutate(signed(platform_key), platform_key, other_key)

    def handler(request):
        return httpx.Response(status, content=body, headers={**headers, "Request-ID": "rid-9"})

    with pytest.raises(SignatureVerificationError) as caught:
        await send(mode, auth, handler, "GET", "https://api.mch.weixin.qq.com/v3/x")
    assert reason in caught.value.reason
    assert caught.value.request_id == "rid-9"
    assert "rid-9" in str(caught.value)


@pytest.mark.parametrize("skew", [-300, 0, 300])
async def test_the_window_is_300_seconds_inclusive(merchant_key, platform_key, mode, skew):
    verifier = WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()}, clock=lambda: NOW)
    auth = MerchantAuth("1900000001", "SERIAL1", merchant_key, verifier)
    headers = signed(platform_key, timestamp=NOW + skew)
    response = await send(
        mode,
        auth,
        lambda request: httpx.Response(200, content=BODY, headers=headers),
        "GET",
        "https://api.mch.weixin.qq.com/v3/x",
    )
    assert response.content == BODY


@pytest.mark.parametrize("status", [301, 400, 401, 404, 429, 500, 502])
async def test_an_unsigned_error_passes_through(merchant_key, platform_key, mode, status):
    """A gateway's error page carries no data to trust, and the caller needs its status."""
    verifier = WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()}, clock=lambda: NOW)
    auth = MerchantAuth("1900000001", "SERIAL1", merchant_key, verifier)
    response = await send(
        mode,
        auth,
        lambda request: httpx.Response(status, content=b"<html>bad gateway</html>"),
        "GET",
        "https://api.mch.weixin.qq.com/v3/x",
    )
    assert response.status_code == status


@pytest.mark.parametrize("status", [200, 202, 204])
async def test_an_unsigned_success_never_reaches_the_caller(
    merchant_key, platform_key, mode, status
):
    verifier = WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()}, clock=lambda: NOW)
    auth = MerchantAuth("1900000001", "SERIAL1", merchant_key, verifier)
    content = b"" if status == 204 else BODY
    with pytest.raises(SignatureVerificationError, match="missing header Wechatpay-Signature"):
        await send(
            mode,
            auth,
            lambda request: httpx.Response(status, content=content),
            "GET",
            "https://api.mch.weixin.qq.com/v3/x",
        )


async def test_a_signed_error_is_verified_then_handed_over(merchant_key, platform_key, mode):
    verifier = WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()}, clock=lambda: NOW)
    auth = MerchantAuth("1900000001", "SERIAL1", merchant_key, verifier)
    body = b'{"code":"NOT_FOUND","message":"\xe5\x88\xb8 not found"}'
    headers = signed(platform_key, body=body)
    response = await send(
        mode,
        auth,
        lambda request: httpx.Response(404, content=body, headers=headers),
        "GET",
        "https://api.mch.weixin.qq.com/v3/x",
    )
    assert (response.status_code, response.content) == (404, body)


async def test_no_secret_in_exceptions_or_logs(merchant_key, platform_key, other_key, mode, caplog):
    caplog.set_level(logging.DEBUG)
    verifier = WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()}, clock=lambda: NOW)
    auth = MerchantAuth("1900000001", "SERIAL1", merchant_key, verifier)
    sent = []
    headers, body = wrong_key(signed(platform_key), platform_key, other_key)

    def handler(request):
        sent.append(request.headers["Authorization"])
        return httpx.Response(200, content=body, headers=headers)

    with pytest.raises(SignatureVerificationError) as caught:
        await send(mode, auth, handler, "GET", "https://api.mch.weixin.qq.com/v3/x")
    text = str(caught.value) + repr(caught.value) + caplog.text
    request_signature = sent[0].split('signature="')[1].split('"')[0]
    assert request_signature not in text and headers["Wechatpay-Signature"] not in text
    assert "PRIVATE KEY" not in text and "WECHATPAY2-SHA256-RSA2048 mchid" not in text
    assert caught.value.__cause__ is None and caught.value.__context__ is None
