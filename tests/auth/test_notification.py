"""Notifications: verified first, then decrypted; tampering and wrong keys are refused."""

import base64
import json
import os

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from wechatpay_auth import (
    NotificationError,
    SignatureVerificationError,
    WechatPayVerifier,
    parse_notification,
)
from wechatpay_auth.primitives import sign_response_headers

KEY_ID = "PUB_KEY_ID_0100000000000000000000000000"
API_V3_KEY = "0123456789abcdef0123456789abcdef"  # TEST-ONLY


def envelope(plaintext: dict, key=API_V3_KEY, algorithm="AEAD_AES_256_GCM") -> bytes:
    nonce = base64.b64encode(os.urandom(9)).decode()[:12]
    ciphertext = AESGCM(key.encode()).encrypt(
        nonce.encode(), json.dumps(plaintext).encode(), b"product_coupon"
    )
    return json.dumps(
        {
            "id": "EV-1",
            "create_time": "2025-01-01T00:00:00+08:00",
            "event_type": "PRODUCT_COUPON.USE",
            "resource_type": "encrypt-resource",
            "summary": "核销",
            "resource": {
                "original_type": "product_coupon",
                "algorithm": algorithm,
                "ciphertext": base64.b64encode(ciphertext).decode(),
                "associated_data": "product_coupon",
                "nonce": nonce,
            },
        },
        ensure_ascii=False,
    ).encode()


@pytest.fixture
def verifier(platform_key):
    return WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()})


def test_signed_notification_decrypts(platform_key, verifier):
    body = envelope({"coupon_code": "C1", "state": "USED"})
    headers = sign_response_headers(platform_key, KEY_ID, body)
    notification = parse_notification(headers, body, API_V3_KEY, verifier)
    assert notification.resource == {"coupon_code": "C1", "state": "USED"}
    assert notification.event_type == "PRODUCT_COUPON.USE"
    assert "ciphertext" not in repr(notification)


def test_signature_is_checked_before_decryption(platform_key, other_key, verifier):
    body = envelope({"coupon_code": "C1"})
    headers = sign_response_headers(other_key, KEY_ID, body)
    with pytest.raises(SignatureVerificationError, match="bad signature"):
        parse_notification(headers, body, API_V3_KEY, verifier)


def test_wrong_api_v3_key_and_bad_envelopes(platform_key, verifier):
    body = envelope({"a": 1})
    headers = sign_response_headers(platform_key, KEY_ID, body)
    with pytest.raises(NotificationError, match="wrong APIv3 key"):
        parse_notification(headers, body, "f" * 32, verifier)
    with pytest.raises(NotificationError, match="32 bytes"):
        parse_notification(headers, body, "short", verifier)
    odd = envelope({"a": 1}, algorithm="AEAD_SM4_GCM")
    with pytest.raises(NotificationError, match=r"unsupported resource\.algorithm"):
        parse_notification(
            sign_response_headers(platform_key, KEY_ID, odd), odd, API_V3_KEY, verifier
        )
    junk = b'{"no": "resource"}'
    with pytest.raises(NotificationError, match="not a WeChat Pay envelope"):
        parse_notification(
            sign_response_headers(platform_key, KEY_ID, junk), junk, API_V3_KEY, verifier
        )


def test_lower_cased_headers_from_a_framework(platform_key, other_key, verifier):
    body = envelope({"coupon_code": "C1"})
    headers = {k.lower(): v for k, v in sign_response_headers(other_key, KEY_ID, body).items()}
    headers["request-id"] = "rid-1"
    with pytest.raises(SignatureVerificationError) as caught:
        parse_notification(headers, body, API_V3_KEY, verifier)
    assert caught.value.request_id == "rid-1"
    good = {k.lower(): v for k, v in sign_response_headers(platform_key, KEY_ID, body).items()}
    assert parse_notification(good, body.decode(), API_V3_KEY, verifier).resource == {
        "coupon_code": "C1"
    }


def test_a_probe_notification_is_refused(platform_key, verifier):
    """WeChat Pay resends a probed notification when it gets an error answer: so raise."""
    body = envelope({"coupon_code": "C1"})
    headers = sign_response_headers(platform_key, KEY_ID, body)
    headers["Wechatpay-Signature"] = "WECHATPAY/SIGNTEST/" + headers["Wechatpay-Signature"][19:]
    with pytest.raises(SignatureVerificationError, match="probe"):
        parse_notification(headers, body, API_V3_KEY, verifier)


def test_the_decrypted_resource_stays_out_of_the_repr(platform_key, verifier):
    body = envelope({"openid": "o-private-123"})
    notification = parse_notification(
        sign_response_headers(platform_key, KEY_ID, body), body, API_V3_KEY, verifier
    )
    assert "o-private-123" not in repr(notification)
    assert notification.resource["openid"] == "o-private-123"
