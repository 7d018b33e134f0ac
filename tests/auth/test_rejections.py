"""No forged, tampered, replayed or probe response reaches the caller."""

import base64
import logging

import httpx
import pytest

from wechatpay_auth import (
    PROBE_PREFIX,
    MerchantAuth,
    SignatureVerificationError,
    WechatPayVerifier,
    sign_response_headers,
)

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


def client_for(merchant_key, platform_key, answer, status=200):
    verifier = WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()}, clock=lambda: NOW)
    auth = MerchantAuth("1900000001", "SERIAL1", merchant_key, verifier)

    def handler(request):
        headers, body = answer()
        return httpx.Response(status, content=body, headers={**headers, "Request-ID": "rid-9"})

    return httpx.Client(transport=httpx.MockTransport(handler), auth=auth)


# An unsigned error passes through by design (tested below), so that case runs on 200 only.
MATRIX = [
    pytest.param(mutate, reason, status, id=f"{mutate.__name__}-{status}")
    for mutate, reason in CASES
    for status in (200, 400)
    if not (status == 400 and mutate.__name__ == "missing_Wechatpay-Signature")
]


@pytest.mark.parametrize(("mutate", "reason", "status"), MATRIX)
def test_rejected(merchant_key, platform_key, other_key, mutate, reason, status):
    answer = lambda: mutate(signed(platform_key), platform_key, other_key)  # noqa: E731
    with (
        client_for(merchant_key, platform_key, answer, status) as client,
        pytest.raises(SignatureVerificationError) as caught,
    ):
        client.get("https://api.mch.weixin.qq.com/v3/x")
    assert reason in caught.value.reason
    assert caught.value.request_id == "rid-9"


@pytest.mark.parametrize("skew", [-300, 0, 300])
def test_the_window_is_300_seconds_inclusive(merchant_key, platform_key, skew):
    answer = lambda: (signed(platform_key, timestamp=NOW + skew), BODY)  # noqa: E731
    with client_for(merchant_key, platform_key, answer) as client:
        assert client.get("https://api.mch.weixin.qq.com/v3/x").content == BODY


def test_unsigned_error_passes_through_unsigned_success_does_not(merchant_key, platform_key):
    with client_for(
        merchant_key, platform_key, lambda: ({}, b"<html>bad gateway</html>"), 502
    ) as client:
        assert client.get("https://api.mch.weixin.qq.com/v3/x").status_code == 502
    with (
        client_for(merchant_key, platform_key, lambda: ({}, BODY), 200) as client,
        pytest.raises(SignatureVerificationError, match="missing header Wechatpay-Signature"),
    ):
        client.get("https://api.mch.weixin.qq.com/v3/x")


async def test_async_rejects_alike(merchant_key, platform_key, other_key):
    verifier = WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()}, clock=lambda: NOW)
    auth = MerchantAuth("1900000001", "SERIAL1", merchant_key, verifier)
    headers, body = tamper_body(signed(platform_key), platform_key, other_key)
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=body, headers=headers)
    )
    async with httpx.AsyncClient(transport=transport, auth=auth) as client:
        with pytest.raises(SignatureVerificationError, match="bad signature"):
            await client.get("https://api.mch.weixin.qq.com/v3/x")


def test_verifier_with_both_public_keys_and_certificates(platform_key, other_key):
    from .test_keys import self_signed

    certificate = self_signed(other_key)
    serial = f"{certificate.serial_number:X}"
    verifier = WechatPayVerifier(
        public_keys={KEY_ID: platform_key.public_key()},
        certificates=[certificate],
        clock=lambda: NOW,
    )
    verifier.verify(signed(platform_key), BODY)
    verifier.verify(signed(other_key, serial=serial), BODY)
    with pytest.raises(SignatureVerificationError, match="bad signature"):
        verifier.verify(signed(platform_key, serial=serial), BODY)


def test_no_secret_in_exceptions_or_logs(merchant_key, platform_key, other_key, caplog):
    caplog.set_level(logging.DEBUG)
    answer = lambda: wrong_key(signed(platform_key), platform_key, other_key)  # noqa: E731
    with (
        client_for(merchant_key, platform_key, answer) as client,
        pytest.raises(SignatureVerificationError) as caught,
    ):
        client.get("https://api.mch.weixin.qq.com/v3/x")
    text = str(caught.value) + repr(caught.value) + caplog.text
    assert "signature=" not in text and "PRIVATE KEY" not in text
    assert "WECHATPAY2-SHA256-RSA2048 mchid" not in text


def test_header_names_are_case_insensitive(platform_key):
    verifier = WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()}, clock=lambda: NOW)
    lowered = {name.lower(): value for name, value in signed(platform_key).items()}
    verifier.verify(lowered, BODY)
