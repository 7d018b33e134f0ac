"""The primitives servers use: messages, sign/verify, Authorization headers, response headers."""

import base64
import dataclasses

import pytest

from wechatpay_auth import WechatPayAuthError
from wechatpay_auth.primitives import (
    BRAND_SCHEME,
    MERCHANT_SCHEME,
    AuthorizationParams,
    build_request_message,
    build_response_message,
    format_authorization,
    parse_authorization,
    sign,
    sign_response_headers,
    verify,
)


def test_messages_end_every_line_with_a_newline():
    assert build_request_message("get", "/v3/a?b=1", "1", "N", b"") == b"GET\n/v3/a?b=1\n1\nN\n\n"
    assert build_response_message("1", "N", b"{}") == b"1\nN\n{}\n"


@pytest.mark.parametrize(
    "order",
    [
        'mchid="1",nonce_str="n",signature="s",timestamp="2",serial_no="S"',
        'serial_no="S",timestamp="2",signature="s",nonce_str="n",mchid="1"',
        'mchid="1", nonce_str="n", signature="s", timestamp="2", serial_no="S"',
    ],
)
def test_merchant_header_in_any_order(order):
    params = parse_authorization(f"{MERCHANT_SCHEME} {order}")
    assert (
        params.principal,
        params.nonce_str,
        params.signature,
        params.timestamp,
        params.serial_no,
    ) == ("1", "n", "s", "2", "S")


def test_brand_header():
    params = parse_authorization(
        f'{BRAND_SCHEME} brand_id="9",nonce_str="n",signature="s",timestamp="2",serial_no="S"'
    )
    assert (params.scheme, params.principal) == (BRAND_SCHEME, "9")


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("Bearer abc", "scheme must be"),
        (
            f'{MERCHANT_SCHEME} mchid="1",nonce_str="n",signature="s",timestamp="2"',
            "lacks serial_no",
        ),
        (
            f'{BRAND_SCHEME} mchid="1",nonce_str="n",signature="s",timestamp="2",serial_no="S"',
            "lacks brand_id",
        ),
        (f"{MERCHANT_SCHEME} mchid=1,nonce_str=n", "malformed"),
        (f'{MERCHANT_SCHEME} mchid="1",mchid="2"', "repeats"),
        (
            f'{MERCHANT_SCHEME} mchid="1",nonce_str="n",signature="s",timestamp="2",'
            'serial_no="S",x="1"',
            "unexpected parameters: x",
        ),
    ],
)
def test_malformed_headers_say_what_is_wrong(header, message):
    with pytest.raises(WechatPayAuthError, match=message):
        parse_authorization(header)


def test_sign_and_verify_round_trip(merchant_key):
    message = build_request_message("POST", "/v3/x", "1700000000", "N", "券".encode())
    signature = sign(merchant_key, message)
    assert len(base64.b64decode(signature, validate=True)) == 256
    assert verify(merchant_key.public_key(), message, signature)
    assert not verify(merchant_key.public_key(), message + b"x", signature)


@pytest.mark.parametrize(
    "signature",
    ["", "====", "QQ==", "A" * 344, "é", "not*base64!", "WECHATPAY/SIGNTEST/QUJD", " " * 4],
)
def test_verify_says_false_to_anything_malformed(merchant_key, signature):
    assert verify(merchant_key.public_key(), b"m", signature) is False


def test_sign_response_headers(platform_key):
    headers = sign_response_headers(platform_key, "PUB_KEY_ID_1", b"{}", timestamp=17, nonce="N")
    assert set(headers) == {
        "Wechatpay-Timestamp",
        "Wechatpay-Nonce",
        "Wechatpay-Signature",
        "Wechatpay-Serial",
        "Wechatpay-Signature-Type",
    }
    assert headers["Wechatpay-Signature-Type"] == MERCHANT_SCHEME == "WECHATPAY2-SHA256-RSA2048"
    assert (headers["Wechatpay-Timestamp"], headers["Wechatpay-Nonce"]) == ("17", "N")
    assert headers["Wechatpay-Serial"] == "PUB_KEY_ID_1"
    assert verify(platform_key.public_key(), b"17\nN\n{}\n", headers["Wechatpay-Signature"])
    fresh = sign_response_headers(platform_key, "PUB_KEY_ID_1", b"")
    assert fresh["Wechatpay-Timestamp"].isdigit() and len(fresh["Wechatpay-Nonce"]) == 32


@pytest.mark.parametrize("scheme", [MERCHANT_SCHEME, BRAND_SCHEME])
def test_format_and_parse_round_trip(scheme):
    params = AuthorizationParams(scheme, "1900000001", "SERIAL", "NONCE", "17", "c2ln")
    header = format_authorization(params)
    field = "brand_id" if scheme == BRAND_SCHEME else "mchid"
    assert header == (
        f'{scheme} {field}="1900000001",nonce_str="NONCE",signature="c2ln",'
        'timestamp="17",serial_no="SERIAL"'
    )
    assert parse_authorization(header) == params
    with pytest.raises(dataclasses.FrozenInstanceError):
        params.signature = "x"  # type: ignore[misc]
    assert "c2ln" not in repr(params) and "NONCE" not in repr(params)


def test_reference_brand_header_parses():
    # The form shown in the reference (§5.3), from WeChat Pay's brand FAQ page.
    header = (
        'WECHATPAY-BRAND-SHA256-RSA2048 brand_id="123456789",'
        'nonce_str="593BEC0C930BF1AFEB40B4A08C8FB242",signature="c2ln",'
        'timestamp="1554208460",serial_no="1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C"'
    )
    params = parse_authorization(header)
    assert (params.principal, params.timestamp) == ("123456789", "1554208460")


@pytest.mark.parametrize(
    "credential", ["a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb", "sk_live_0123456789 x", "Zm9vYmFy=="]
)
def test_a_stray_credential_is_not_echoed(credential):
    with pytest.raises(WechatPayAuthError, match="not shown") as caught:
        parse_authorization(credential)
    assert credential.split()[0] not in str(caught.value)


def test_a_near_miss_scheme_is_named():
    with pytest.raises(WechatPayAuthError, match="'WECHATPAY2-SM2-WITH-SM3'"):
        parse_authorization('WECHATPAY2-SM2-WITH-SM3 mchid="1"')
