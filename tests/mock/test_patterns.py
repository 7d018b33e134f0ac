"""The spec's patterns are ECMA-262 regular expressions (JSON Schema), not Python's.

schemathesis found the mock refusing a notify URL the spec allows: ``[^\\s/?#]`` excludes
``\\x1c`` in Python and not in ECMA-262. Python also lets ``$`` match before a final newline and
``\\d`` match any script's digits, which ECMA does not.
"""

import pytest

from wechatpay_mock.patterns import python_pattern
from wechatpay_mock.spec import Spec

from .conftest import brand_client

SPEC = Spec.load()
NOTIFY_URL = SPEC.resolve(SPEC.document["components"]["schemas"]["SetNotifyConfigRequest"])[
    "properties"
]["notify_url"]


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("https://example.com/notify", True),
        ("https://exa\x1cmple.com/notify", True),  # not ECMA whitespace: allowed
        ("https://exa\x85mple.com/notify", True),
        ("https://exa\xa0mple.com/notify", False),  # ECMA whitespace: refused
        ("https://example.com/notify\n", False),  # $ is the end, not a final newline
    ],
)
def test_a_body_field_is_checked_as_ecma_reads_its_pattern(value, valid):
    validator = SPEC.validator(NOTIFY_URL)
    assert validator.is_valid(value) is valid


def test_a_parameter_is_checked_as_ecma_reads_its_pattern():
    serial = SPEC.by_id["getNotifyConfig"].parameter("Wechatpay-Serial")
    assert serial is not None and serial.accepts is not None
    assert serial.accepts("PUB_KEY_ID_0000000000000024101100397200000006")
    assert not serial.accepts("PUB_KEY_ID_0000000000000024101100397200000006\n")
    digits = SPEC.validator({"type": "string", "pattern": "^[0-9]+$|^\\d+$"})
    assert not digits.is_valid("٣")  # an Arabic-Indic digit is no ECMA \d


def test_the_translation_keeps_everything_else():
    assert python_pattern("^[0-9A-Za-z_-]{6,40}$") == "^[0-9A-Za-z_-]{6,40}\\Z"
    assert python_pattern("^Color(010|020)$") == "^Color(010|020)\\Z"
    assert python_pattern(r"[]$]\$") == r"[]$]\$"  # a $ in a class, an escaped $
    assert python_pattern(r"\w\W") == "[A-Za-z0-9_][^A-Za-z0-9_]"


def test_the_mock_takes_the_notify_url_the_spec_allows(wechatpay_mock):
    with brand_client(wechatpay_mock) as client:
        url = "https://exa\x1cmple.com/notify"
        answer = client.post(
            "/brand/marketing/product-coupon/notify-configs", json={"notify_url": url}
        )
    assert answer.status_code == 200, answer.text
