"""The typed notification API (issue 19 §3): a callback's raw body and headers in, a typed event
out (event type, decrypted model, id, create time), or a specific error of the client's tree.

Notifications are built as the mock builds them (``wechatpay_mock.notifications``: the spec's
webhook, the resource sealed with AES-256-GCM, the headers signed with a WeChat Pay key made
here). No test touches the network: the client's transport refuses every request.
"""

import datetime
import json
import time

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

import wechatpay_auth
from wechatpay_auth import BrandAuth, WechatPayVerifier
from wechatpay_coupons import AsyncWechatPay, WechatPay, errors
from wechatpay_coupons.models import ProductCouponEvent, ProductCouponNotification
from wechatpay_coupons.notifications import (
    ProductCouponNotificationEvent,
    ProductCouponNotificationEventType,
    aparse_product_coupon_notification,
    parse_product_coupon_notification,
)
from wechatpay_mock.notifications import signed_headers, webhook
from wechatpay_mock.platform_keys import Signer
from wechatpay_mock.spec import Spec

SPEC = Spec.load()
WEBHOOK = webhook(SPEC, "productCouponNotification")
DECLARED = SPEC.reader.webhook("productCouponNotification")
EVENT_TYPES = [event.name for event in DECLARED.event_types]
RESOURCE = DECLARED.event_types[0].schema["examples"][0]  # the spec's ProductCouponEvent example
KEY_ID = "PUB_KEY_ID_0000000000000000000000000TEST"
BRAND_API_KEY = "TESTONLYbrandApiKey0123456789xyz"  # TEST-ONLY: 32 characters
OTHER_KEY = "TESTONLYanotherKey0123456789abcd"  # TEST-ONLY
CHINA = datetime.timezone(datetime.timedelta(hours=8))


@pytest.fixture(scope="module")
def platform_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def brand_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture
def verifier(platform_key):
    return WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()})


def refuse_network(request):
    raise AssertionError(f"a notification reached the network: {request.url}")


@pytest.fixture
def pay(verifier, brand_key):
    brand = BrandAuth("12345678", "BRANDSERIAL01", brand_key, verifier)
    with WechatPay(
        brand=brand,
        brand_api_key=BRAND_API_KEY,
        httpx_args={"transport": httpx.MockTransport(refuse_network)},
    ) as client:
        yield client


@pytest.fixture
def sign(platform_key):
    """A callback as WeChat Pay POSTs it: (headers, body)."""

    def build(
        event_type=EVENT_TYPES[0],
        resource=RESOURCE,
        *,
        key=BRAND_API_KEY,
        probe=False,
        change=None,
        timestamp=None,
    ):
        envelope = WEBHOOK.build(event_type, resource, key, datetime.datetime.now(CHINA))
        if change:
            change(envelope)
        body = json.dumps(envelope, ensure_ascii=False).encode()
        signer = Signer(platform_key, KEY_ID)
        headers = signed_headers(signer, body, signature_type=None, probe=probe)
        if timestamp is not None:
            headers = wechatpay_auth.primitives.sign_response_headers(
                platform_key, KEY_ID, body, timestamp=timestamp
            )
        return headers, body

    return build


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_each_listed_event_comes_back_typed(pay, sign, event_type):
    headers, body = sign(event_type)
    event = pay.brand_product_coupon.parse_product_coupon_notification(headers, body)
    assert isinstance(event, ProductCouponNotificationEvent)
    sent = json.loads(body)
    assert event.id == sent["id"]
    assert event.event_type == event_type and event.event_type.is_known
    assert event.event_type is ProductCouponNotificationEventType(event_type)
    assert event.create_time == datetime.datetime.fromisoformat(sent["create_time"])
    assert event.create_time.tzinfo is not None
    assert isinstance(event.resource, ProductCouponEvent)
    assert event.resource.coupon_code == RESOURCE["coupon_code"]
    assert event.resource.to_dict() == RESOURCE
    assert event.raw_resource == RESOURCE
    assert isinstance(event.envelope, ProductCouponNotification)
    assert event.envelope.resource.ciphertext == sent["resource"]["ciphertext"]


@pytest.mark.parametrize(
    "case",
    [str.lower, str.upper, str.title, lambda name: name],
    ids=["lower", "upper", "title", "as-sent"],
)
def test_header_names_in_any_case(pay, sign, case):
    headers, body = sign()
    cased = {case(name): value for name, value in headers.items()}
    event = pay.brand_product_coupon.parse_product_coupon_notification(cased, body)
    assert event.resource.coupon_code == RESOURCE["coupon_code"]


def test_a_framework_header_object_is_taken_as_it_is(pay, sign):
    headers, body = sign()
    # Starlette's and Django's header objects are case-insensitive mappings, like httpx's.
    event = pay.brand_product_coupon.parse_product_coupon_notification(httpx.Headers(headers), body)
    assert event.id == json.loads(body)["id"]


def test_an_unknown_event_type_and_unknown_fields_are_kept(pay, sign):
    later = {**RESOURCE, "coupon_colour": "gold"}

    def newer_envelope(envelope):
        envelope["region"] = "south"

    headers, body = sign("PRODUCT_COUPON.EXPIRE", later, change=newer_envelope)
    event = pay.brand_product_coupon.parse_product_coupon_notification(headers, body)
    assert event.event_type == "PRODUCT_COUPON.EXPIRE"
    assert not event.event_type.is_known
    assert event.resource is None  # no model is guessed for a type the spec does not list
    assert event.raw_resource == later
    assert event.envelope["region"] == "south"
    headers, body = sign(EVENT_TYPES[0], later)
    known = pay.brand_product_coupon.parse_product_coupon_notification(headers, body)
    assert known.resource["coupon_colour"] == "gold"


def test_a_probe_is_refused_with_its_own_error(pay, sign):
    headers, body = sign(probe=True)
    with pytest.raises(errors.ProbeSignatureError) as caught:
        pay.brand_product_coupon.parse_product_coupon_notification(headers, body)
    # Both trees: the client's and the auth plugin's.
    assert isinstance(caught.value, errors.SignatureVerificationError)
    assert isinstance(caught.value, errors.WechatPayCouponsError)
    assert isinstance(caught.value, wechatpay_auth.ProbeSignatureError)


def test_a_notification_signed_outside_the_window_is_refused(pay, sign):
    headers, body = sign(timestamp=int(time.time()) - 301)
    with pytest.raises(errors.StaleSignatureError):
        pay.brand_product_coupon.parse_product_coupon_notification(headers, body)


@pytest.mark.parametrize(
    ("tamper", "error"),
    [
        (
            lambda h, b: ({k: v for k, v in h.items() if k != "Wechatpay-Nonce"}, b),
            errors.MissingSignatureHeaderError,
        ),
        (lambda h, b: (h, b.replace(b'"id": "', b'"id": "X')), errors.BadSignatureError),
        (
            lambda h, b: ({**h, "Wechatpay-Serial": "PUB_KEY_ID_UNKNOWN"}, b),
            errors.SignatureVerificationError,
        ),
        (
            lambda h, b: ({**h, "Wechatpay-Signature-Type": "WECHATPAY2-SM2-WITH-SM3"}, b),
            errors.UnsupportedSignatureTypeError,
        ),
    ],
    ids=["missing-header", "changed-body", "unknown-serial", "sm2"],
)
def test_a_signature_that_does_not_verify_gets_its_own_error(pay, sign, tamper, error):
    headers, body = tamper(*sign())
    with pytest.raises(error) as caught:
        pay.brand_product_coupon.parse_product_coupon_notification(headers, body)
    assert isinstance(caught.value, errors.SignatureVerificationError)


def signed_body(platform_key, body):
    return wechatpay_auth.primitives.sign_response_headers(platform_key, KEY_ID, body), body


@pytest.mark.parametrize(
    ("body", "error"),
    [
        (b"not json", errors.MalformedNotificationError),
        (b"[]", errors.MalformedNotificationError),
        (b'{"id": "x", "event_type": "PRODUCT_COUPON.SEND"}', errors.MalformedNotificationError),
    ],
)
def test_a_signed_body_that_is_no_envelope_is_malformed(pay, platform_key, body, error):
    with pytest.raises(error) as caught:
        pay.brand_product_coupon.parse_product_coupon_notification(*signed_body(platform_key, body))
    assert isinstance(caught.value, errors.NotificationError)
    assert isinstance(caught.value, wechatpay_auth.NotificationError)


def test_another_algorithm_is_refused(pay, sign):
    def sm4(envelope):
        envelope["resource"]["algorithm"] = "AEAD_SM4_GCM"

    with pytest.raises(errors.UnsupportedAlgorithmError):
        pay.brand_product_coupon.parse_product_coupon_notification(*sign(change=sm4))


def test_a_wrong_brand_api_key_fails_decryption_and_never_shows_a_key(pay, sign):
    headers, body = sign(key=OTHER_KEY)
    with pytest.raises(errors.NotificationDecryptionError) as caught:
        pay.brand_product_coupon.parse_product_coupon_notification(headers, body)
    assert BRAND_API_KEY not in str(caught.value) and OTHER_KEY not in str(caught.value)
    assert BRAND_API_KEY not in repr(pay) and BRAND_API_KEY not in repr(vars(pay))


def test_a_resource_that_breaks_its_schema_is_an_error_that_keeps_the_notification(pay, sign):
    headers, body = sign(resource={**RESOURCE, "receive_time": "yesterday"})
    with pytest.raises(errors.NotificationValidationError) as caught:
        pay.brand_product_coupon.parse_product_coupon_notification(headers, body)
    message = str(caught.value)
    assert EVENT_TYPES[0] in message and json.loads(body)["id"] in message
    assert caught.value.notification.resource["receive_time"] == "yesterday"
    assert RESOURCE["openid"] not in message


def test_an_envelope_without_a_required_field_names_it(pay, sign):
    def no_time(envelope):
        del envelope["create_time"]

    with pytest.raises(errors.NotificationValidationError, match="create_time"):
        pay.brand_product_coupon.parse_product_coupon_notification(*sign(change=no_time))


def test_the_event_repr_leaves_out_personal_data(pay, sign):
    event = pay.brand_product_coupon.parse_product_coupon_notification(*sign())
    shown = repr(event)
    assert event.id in shown and EVENT_TYPES[0] in shown
    assert RESOURCE["openid"] not in shown and RESOURCE["coupon_code"] not in shown


async def test_the_async_client_opens_it_the_same(verifier, brand_key, sign):
    brand = BrandAuth("12345678", "BRANDSERIAL01", brand_key, verifier)
    headers, body = sign()
    async with AsyncWechatPay(
        brand=brand,
        brand_api_key=BRAND_API_KEY,
        httpx_args={"transport": httpx.MockTransport(refuse_network)},
    ) as pay:
        event = await pay.brand_product_coupon.parse_product_coupon_notification(headers, body)
        assert event.resource.coupon_code == RESOURCE["coupon_code"]
        with pytest.raises(errors.ProbeSignatureError):
            await pay.brand_product_coupon.parse_product_coupon_notification(*sign(probe=True))


async def test_the_functions_need_no_client(verifier, sign):
    headers, body = sign()
    event = parse_product_coupon_notification(
        headers, body, api_key=BRAND_API_KEY, verifier=verifier
    )
    again = await aparse_product_coupon_notification(
        headers, body, api_key=BRAND_API_KEY.encode(), verifier=verifier
    )
    assert event == again


def test_a_client_without_the_key_says_how_to_give_it(verifier, brand_key, sign):
    brand = BrandAuth("12345678", "BRANDSERIAL01", brand_key, verifier)
    with (
        WechatPay(brand=brand) as pay,
        pytest.raises(errors.ConfigurationError, match="brand_api_key="),
    ):
        pay.brand_product_coupon.parse_product_coupon_notification(*sign())


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        ({"brand_api_key": "short-TESTONLY"}, "brand_api_key must be 32 bytes"),
        ({"brand_api_key": 12345}, "brand_api_key must be the 32-character key"),
        ({"brand_api_key": BRAND_API_KEY, "brand": None}, "without brand="),
    ],
)
def test_a_wrong_key_setting_is_refused_when_the_client_is_made(
    verifier, brand_key, arguments, words
):
    settings = {"brand": BrandAuth("12345678", "BRANDSERIAL01", brand_key, verifier), **arguments}
    with pytest.raises(errors.ConfigurationError, match=words) as caught:
        WechatPay(**settings)
    assert "short-TESTONLY" not in str(caught.value)


def test_copies_keep_the_key_and_from_env_reads_it(pay, sign, platform_key, brand_key):
    copy = pay.with_options(max_retries=0)
    assert copy.brand_product_coupon.parse_product_coupon_notification(*sign()).id
    pem = serialization.Encoding.PEM
    environ = {
        "WECHATPAY_BRAND_ID": "12345678",
        "WECHATPAY_BRAND_SERIAL_NO": "BRANDSERIAL01",
        "WECHATPAY_BRAND_PRIVATE_KEY": brand_key.private_bytes(
            pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode(),
        "WECHATPAY_PUBLIC_KEY_ID": KEY_ID,
        "WECHATPAY_PUBLIC_KEY": platform_key.public_key()
        .public_bytes(pem, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode(),
        "WECHATPAY_BRAND_API_KEY": BRAND_API_KEY,
    }
    with WechatPay.from_env(environ) as configured:
        assert configured.brand_product_coupon.parse_product_coupon_notification(*sign()).id
        assert BRAND_API_KEY not in repr(configured)


@pytest.mark.parametrize(
    ("headers", "body"), [(None, b"{}"), ("Wechatpay-Serial: x", b"{}"), ({}, {"id": "x"})]
)
def test_arguments_that_are_no_request_are_a_configuration_error(pay, headers, body):
    with pytest.raises(errors.ConfigurationError):
        pay.brand_product_coupon.parse_product_coupon_notification(headers, body)
