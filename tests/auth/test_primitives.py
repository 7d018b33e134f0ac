"""The primitives servers use: Authorization parsing and message building."""

import pytest

from wechatpay_auth import (
    BRAND_SCHEME,
    MERCHANT_SCHEME,
    WechatPayAuthError,
    build_request_message,
    build_response_message,
    parse_authorization,
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
