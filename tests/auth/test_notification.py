"""Notifications as a brand's webhook gets them (issue 19 §3, the auth level).

Signed with WeChat Pay's public key, the resource encrypted with AES-256-GCM under the brand's
API key (品牌API密钥, 32 characters) or, for merchant notifications, the APIv3 key. Headers come
in any case. Every failure has its own error, sync and async, and nothing touches the network.
"""

import base64
import json
import os
import socket
import time

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from wechatpay_auth import (
    BadSignatureError,
    ConfigurationError,
    MalformedNotificationError,
    MissingSignatureHeaderError,
    NotificationDecryptionError,
    NotificationError,
    ProbeSignatureError,
    SignatureVerificationError,
    StaleSignatureError,
    UnsupportedAlgorithmError,
    UnsupportedSignatureTypeError,
    WechatPayVerifier,
    aparse_notification,
    parse_notification,
)
from wechatpay_auth.primitives import BRAND_SCHEME, MERCHANT_SCHEME, sign_response_headers

KEY_ID = "PUB_KEY_ID_0100000000000000000000000000"
BRAND_API_KEY = "TESTONLYbrandApiKey0123456789abc"  # TEST-ONLY: 32 letters and digits
SEND = {
    "coupon_code": "Code_123456",
    "product_coupon_id": "1000000013",
    "stock_id": "1000000013001",
    "openid": "oh-394z-6CGkNoJrsDLTTUKiAnp4",
    "send_request_no": "SEND-20250101-0001",
}


def envelope(
    plaintext=SEND,
    *,
    key=BRAND_API_KEY,
    algorithm="AEAD_AES_256_GCM",
    associated_data="product_coupon",
    change=None,
):
    nonce = base64.b64encode(os.urandom(9)).decode()[:12]
    data = plaintext if isinstance(plaintext, bytes) else json.dumps(plaintext).encode()
    ciphertext = AESGCM(key.encode()).encrypt(nonce.encode(), data, associated_data.encode())
    message = {
        "id": "EV-018d-1",
        "create_time": "2025-01-01T00:00:00+08:00",
        "event_type": "PRODUCT_COUPON.SEND",
        "resource_type": "encrypt-resource",
        "summary": "商品券发放通知",
        "resource": {
            "original_type": "product_coupon",
            "algorithm": algorithm,
            "ciphertext": base64.b64encode(ciphertext).decode(),
            "associated_data": associated_data,
            "nonce": nonce,
        },
    }
    if change:
        change(message)
    return json.dumps(message, ensure_ascii=False).encode()


def signed(platform_key, body, *, timestamp=None, signature_type=MERCHANT_SCHEME):
    return sign_response_headers(
        platform_key, KEY_ID, body, timestamp=timestamp, signature_type=signature_type
    )


@pytest.fixture
def verifier(platform_key):
    return WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()})


@pytest.fixture(params=["sync", "async"])
def parse(request):
    """parse_notification or aparse_notification: one behaviour."""
    if request.param == "sync":
        return parse_notification

    def run(*args):
        import asyncio

        return asyncio.run(aparse_notification(*args))

    return run


def test_a_brand_notification_is_verified_and_decrypted(platform_key, verifier, parse):
    body = envelope()
    notification = parse(signed(platform_key, body), body, BRAND_API_KEY, verifier)
    assert notification.resource == SEND
    assert (notification.id, notification.event_type) == ("EV-018d-1", "PRODUCT_COUPON.SEND")
    assert notification.original_type == "product_coupon"
    assert notification.resource_type == "encrypt-resource"
    assert "Code_123456" not in repr(notification) and "oh-394z" not in repr(notification)


@pytest.mark.parametrize(
    "case",
    [str.lower, str.upper, str.title, lambda name: name[0].lower() + name[1:].upper()],
    ids=["lower", "upper", "title", "mixed"],
)
def test_headers_in_any_case(platform_key, verifier, case, parse):
    body = envelope()
    headers = {case(name): value for name, value in signed(platform_key, body).items()}
    headers[case("Request-ID")] = "REQ-1"
    assert parse(headers, body, BRAND_API_KEY, verifier).resource == SEND


def test_headers_as_frameworks_hand_them_over(platform_key, verifier):
    body = envelope()
    headers = signed(platform_key, body)
    # httpx.Headers (and Starlette's, Flask's, Django's request.headers) look up any case.
    assert parse_notification(httpx.Headers(headers), body, BRAND_API_KEY, verifier).id
    # The body as text works too, as long as it is the text received.
    assert parse_notification(headers, body.decode(), BRAND_API_KEY, verifier).id


@pytest.mark.parametrize(
    "header",
    ["Wechatpay-Timestamp", "Wechatpay-Nonce", "Wechatpay-Signature", "Wechatpay-Serial"],
)
def test_a_missing_header(platform_key, verifier, header, parse):
    body = envelope()
    headers = signed(platform_key, body)
    del headers[header]
    with pytest.raises(MissingSignatureHeaderError, match=f"missing header {header}"):
        parse(headers, body, BRAND_API_KEY, verifier)


def test_a_bad_signature(platform_key, other_key, verifier, parse):
    body = envelope()
    with pytest.raises(BadSignatureError, match="bad signature"):
        parse(signed(other_key, body), body, BRAND_API_KEY, verifier)
    tampered = body.replace(b"EV-018d-1", b"EV-018d-2")
    with pytest.raises(BadSignatureError):
        parse(signed(platform_key, body), tampered, BRAND_API_KEY, verifier)


@pytest.mark.parametrize("offset", [-301, 301, -3600])
def test_outside_the_five_minute_window(platform_key, verifier, offset, parse):
    body = envelope()
    headers = signed(platform_key, body, timestamp=int(time.time()) + offset)
    with pytest.raises(StaleSignatureError):
        parse(headers, body, BRAND_API_KEY, verifier)


def test_inside_the_window(platform_key, verifier):
    body = envelope()
    headers = signed(platform_key, body, timestamp=int(time.time()) - 290)
    assert parse_notification(headers, body, BRAND_API_KEY, verifier).id == "EV-018d-1"


def test_a_probe_is_refused_with_its_own_error(platform_key, verifier, parse):
    """WeChat Pay resends a probed notification when it gets an error answer: so raise."""
    body = envelope()
    headers = signed(platform_key, body)
    headers["Wechatpay-Signature"] = "WECHATPAY/SIGNTEST/" + headers["Wechatpay-Signature"][19:]
    with pytest.raises(ProbeSignatureError, match="probe signature") as caught:
        parse(headers, body, BRAND_API_KEY, verifier)
    assert isinstance(caught.value, SignatureVerificationError)


def test_a_probe_naming_an_unknown_key_is_still_a_probe(platform_key, verifier):
    body = envelope()
    headers = signed(platform_key, body)
    headers["Wechatpay-Serial"] = "PUB_KEY_ID_0199999999999999999999999999"
    headers["Wechatpay-Signature"] = "WECHATPAY/SIGNTEST/AAAA"
    with pytest.raises(ProbeSignatureError):
        parse_notification(headers, body, BRAND_API_KEY, verifier)


def test_an_unsupported_signature_type(platform_key, verifier, parse):
    body = envelope()
    headers = signed(platform_key, body, signature_type="WECHATPAY2-SM2-WITH-SM3")
    with pytest.raises(UnsupportedSignatureTypeError, match="SM2"):
        parse(headers, body, BRAND_API_KEY, verifier)


def test_the_brand_scheme_signature_type_is_accepted(platform_key, verifier):
    body = envelope()
    headers = signed(platform_key, body, signature_type=BRAND_SCHEME)
    assert parse_notification(headers, body, BRAND_API_KEY, verifier).resource == SEND


def test_a_wrong_key_or_a_tampered_ciphertext(platform_key, verifier, parse):
    body = envelope()
    with pytest.raises(NotificationDecryptionError, match="wrong key") as caught:
        parse(signed(platform_key, body), body, "TESTONLYotherBrandKey0123456789a", verifier)
    assert "TESTONLY" not in str(caught.value)

    def flip(message):
        sealed = bytearray(base64.b64decode(message["resource"]["ciphertext"]))
        sealed[3] ^= 0x01
        message["resource"]["ciphertext"] = base64.b64encode(sealed).decode()

    tampered = envelope(change=flip)  # signed after the change: only the AEAD can tell
    with pytest.raises(NotificationDecryptionError, match="altered"):
        parse(signed(platform_key, tampered), tampered, BRAND_API_KEY, verifier)

    def other_associated_data(message):
        message["resource"]["associated_data"] = "coupon"

    moved = envelope(change=other_associated_data)
    with pytest.raises(NotificationDecryptionError):
        parse(signed(platform_key, moved), moved, BRAND_API_KEY, verifier)


def test_an_unsupported_algorithm(platform_key, verifier, parse):
    body = envelope(algorithm="AEAD_SM4_GCM")
    with pytest.raises(UnsupportedAlgorithmError, match="AEAD_SM4_GCM"):
        parse(signed(platform_key, body), body, BRAND_API_KEY, verifier)


def drop(*path):
    def change(message):
        parent = message
        for name in path[:-1]:
            parent = parent[name]
        del parent[path[-1]]

    return change


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"not json", "the body is not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (envelope(change=drop("resource")), "resource is missing or not an object"),
        (envelope(change=drop("id")), "id is missing"),
        (envelope(change=drop("event_type")), "event_type is missing"),
        (envelope(change=drop("resource", "nonce")), "resource.nonce is missing"),
        (envelope(change=drop("resource", "ciphertext")), "resource.ciphertext is missing"),
        (envelope(change=drop("resource", "algorithm")), "resource.algorithm is missing"),
        (
            envelope(change=lambda m: m["resource"].update(ciphertext="%%%")),
            "resource.ciphertext is not Base64",
        ),
        (envelope(b"not json inside"), "the decrypted resource is not JSON"),
        (envelope([1, 2]), "the decrypted resource is not a JSON object"),
    ],
    ids=[
        "not-json",
        "not-object",
        "no-resource",
        "no-id",
        "no-event-type",
        "no-nonce",
        "no-ciphertext",
        "no-algorithm",
        "ciphertext-not-base64",
        "plaintext-not-json",
        "plaintext-not-object",
    ],
)
def test_a_malformed_body_or_envelope(platform_key, verifier, body, message, parse):
    with pytest.raises(MalformedNotificationError, match=message) as caught:
        parse(signed(platform_key, body), body, BRAND_API_KEY, verifier)
    assert isinstance(caught.value, NotificationError)


def test_the_signature_is_checked_before_anything_is_read(other_key, verifier):
    with pytest.raises(BadSignatureError):
        parse_notification(signed(other_key, b"not json"), b"not json", BRAND_API_KEY, verifier)


@pytest.mark.parametrize("key", ["short", BRAND_API_KEY + "x", 12345])
def test_a_key_of_the_wrong_size_is_a_configuration_error(platform_key, verifier, key):
    body = envelope()
    with pytest.raises(ConfigurationError) as caught:
        parse_notification(signed(platform_key, body), body, key, verifier)
    assert "short" not in str(caught.value) and BRAND_API_KEY not in str(caught.value)


def test_no_network_with_the_public_key(platform_key, verifier, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("a notification touched the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    body = envelope()
    assert parse_notification(signed(platform_key, body), body, BRAND_API_KEY, verifier).id
    unknown = signed(platform_key, body)
    unknown["Wechatpay-Serial"] = "PUB_KEY_ID_0199999999999999999999999999"
    with pytest.raises(SignatureVerificationError, match="unknown serial"):
        parse_notification(unknown, body, BRAND_API_KEY, verifier)


async def test_the_async_parser_in_a_running_loop(platform_key, verifier):
    body = envelope()
    notification = await aparse_notification(
        signed(platform_key, body), body, BRAND_API_KEY, verifier
    )
    assert notification.resource == SEND


# --- an independent implementation: wechatpayv3 ---------------------------------------------


def wechatpayv3_brand(platform_key, brand_key):
    """wechatpayv3's client as a brand would configure it to read a callback.

    wechatpayv3 2.0.4 has no brand mode: it takes a merchant id, serial and private key (it
    signs requests with them; a callback does not use them), WeChat Pay's public key with its id,
    and the key that decrypts the resource in its apiv3_key (here the brand's API key).
    """
    from wechatpayv3 import WeChatPay, WeChatPayType

    def pem(key, public=False):
        if public:
            return key.public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            ).decode()
        return key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()

    return WeChatPay(
        wechatpay_type=WeChatPayType.NATIVE,
        mchid="12345678",
        private_key=pem(brand_key),
        cert_serial_no="3775B6A45ACD588826D15E583A95F5DD00000002",
        apiv3_key=BRAND_API_KEY,
        appid="wx233544546545989",
        public_key=pem(platform_key.public_key(), public=True),
        public_key_id=KEY_ID,
    )


def test_wechatpayv3_reads_the_same_callback(platform_key, merchant_key, verifier):
    body = envelope()
    headers = signed(platform_key, body)
    ours = parse_notification(headers, body, BRAND_API_KEY, verifier)
    theirs = wechatpayv3_brand(platform_key, merchant_key).callback(headers, body)
    assert theirs is not None, "wechatpayv3 refused a callback we accept"
    assert theirs["resource"] == ours.resource == SEND
    assert theirs["id"] == ours.id and theirs["event_type"] == ours.event_type


def test_what_wechatpayv3_cannot_take(platform_key, merchant_key, verifier):
    """Said exactly, so that nobody reads its refusals as ours:

    - a ``Wechatpay-Signature-Type`` other than WECHATPAY2-SHA256-RSA2048 (the brand scheme's
      WECHATPAY-BRAND-SHA256-RSA2048, or none at all): it raises "does not support this
      algorithm" where we verify;
    - header names in a case other than WeChat Pay's own, all lower-case, or Django's META
      form: it looks each up under those three spellings only;
    - it checks no timestamp window: a callback signed an hour ago is accepted.
    """
    wechatpayv3 = wechatpayv3_brand(platform_key, merchant_key)
    body = envelope()

    brand_typed = signed(platform_key, body, signature_type=BRAND_SCHEME)
    assert parse_notification(brand_typed, body, BRAND_API_KEY, verifier).resource == SEND
    with pytest.raises(Exception, match="does not support this algorithm"):
        wechatpayv3.callback(brand_typed, body)

    upper = {name.upper(): value for name, value in signed(platform_key, body).items()}
    assert parse_notification(upper, body, BRAND_API_KEY, verifier).resource == SEND
    with pytest.raises(Exception, match="does not support this algorithm"):
        wechatpayv3.callback(upper, body)  # it finds no Signature-Type under these names

    old = signed(platform_key, body, timestamp=int(time.time()) - 3600)
    assert wechatpayv3.callback(old, body)["resource"] == SEND
    with pytest.raises(StaleSignatureError):
        parse_notification(old, body, BRAND_API_KEY, verifier)
