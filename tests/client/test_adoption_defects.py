"""The defects a new team hit while adopting the client (issue 20, D4 to D10), each as they met it.

D8 (a typo in ``with_options`` passing the type checkers) is checked where users check it, in
tests/downstream/test_typing.py. The logging defects (D9) run in a fresh interpreter, in
test_logging_and_headers.py.
"""

import asyncio
import datetime
import json

import httpx
import pytest

from wechatpay_coupons import AsyncWechatPay, Client, WechatPay, errors
from wechatpay_coupons.api.busifavor import list_busifavor_coupons_by_filter, use_busifavor_coupon
from wechatpay_coupons.api.favor import query_favor_coupon
from wechatpay_coupons.models import BusifavorCouponState, UseBusifavorCouponRequest

BASE = "https://api.example.test"


class Unsigned(httpx.Auth):
    def auth_flow(self, request):
        yield request


def recording(seen, status=404, **options):
    def server(request):
        seen.append(request)
        return httpx.Response(status, json={"code": "RESOURCE_NOT_EXISTS", "message": "none"})

    return Client(BASE, httpx_args={"transport": httpx.MockTransport(server)}, **options)


def favor(client, openid="o", coupon_id="c", **options):
    return query_favor_coupon.sync(openid, coupon_id, client=client, appid="wx1", **options)


# D4. A base_url without a scheme was accepted, and every call then failed as an outage --------

BAD_BASE_URLS = [
    "api.mch.weixin.qq.com",
    "",
    "ftp://api.mch.weixin.qq.com",
    "https://",
    "//api.mch.weixin.qq.com",
    "https://api.mch.weixin.qq.com/v3?x=1",
    " https://api.mch.weixin.qq.com",
]


@pytest.mark.parametrize("base_url", BAD_BASE_URLS)
def test_a_base_url_that_cannot_be_sent_to_is_refused_at_construction(base_url):
    for build in (
        lambda: Client(base_url),
        lambda: WechatPay(base_url=base_url),
        lambda: AsyncWechatPay(base_url=base_url),
        lambda: Client(BASE).with_options(base_url=base_url),
    ):
        with pytest.raises(errors.ConfigurationError) as caught:
            build()
        message = str(caught.value)
        assert "base_url" in message and repr(base_url) in message
        assert "https://" in message  # says what a good one looks like


@pytest.mark.parametrize(
    "base_url",
    ["https://api.mch.weixin.qq.com", "http://127.0.0.1:8079", "https://mock.example.test/p/"],
)
def test_a_good_base_url_is_kept(base_url):
    assert Client(base_url).base_url == base_url


# D5. Path parameters went out unchecked: '' as //, '..' normalised into the parent path --------

PATH_CHANGING = [
    "",
    ".",
    "..",
    "a/b",
    "/",
    "?x=1",
    "#top",
    "a\\b",
    "%2F",
    "%2f",
    "%2e%2e",
    "%2E",
    "%3F",
    "%23",
    "%252F",
    "a%2Fb",
    "line\nbreak",
]


@pytest.mark.parametrize("value", PATH_CHANGING, ids=repr)
@pytest.mark.parametrize("position", ["openid", "coupon_id"])
def test_a_path_parameter_that_would_change_the_path_is_refused_unsent(value, position):
    seen = []
    client = recording(seen)
    arguments = {"openid": "o", "coupon_id": "c", position: value}
    with pytest.raises(errors.RequestValidationError) as caught:
        favor(client, **arguments)
    assert caught.value.field == position
    assert position in str(caught.value)
    assert seen == []


@pytest.mark.parametrize(
    "value", ["oh-394z-6CGkNoJrsDLTTUKiAnp4", "a b", "a.b", "券", "a%b", "..."]
)
def test_an_ordinary_path_parameter_is_sent_as_one_encoded_segment(value):
    seen = []
    with pytest.raises(errors.NotFoundError):
        favor(recording(seen, max_retries=0), openid=value)
    (request,) = seen
    segments = request.url.raw_path.split(b"?")[0].split(b"/")
    assert segments[-3] != b"" and httpx.URL(request.url).path.split("/")[-3] == value


# D6. Wrong types failed as AttributeError deep inside; unambiguous values are accepted -------


def listing(client, **arguments):
    return list_busifavor_coupons_by_filter.sync(
        "o", client=client, **{"appid": "wx1", **arguments}
    )


def test_an_enum_given_as_its_wire_string_is_accepted():
    seen = []
    with pytest.raises(errors.NotFoundError):
        listing(recording(seen, max_retries=0), coupon_state="SENDED", limit="20")
    assert seen[0].url.params["coupon_state"] == BusifavorCouponState.SENDED.value
    assert seen[0].url.params["limit"] == "20"


@pytest.mark.parametrize(
    ("arguments", "field", "expected"),
    [
        ({"coupon_state": "NOT_A_STATE"}, "coupon_state", "SENDED"),
        ({"coupon_state": 3}, "coupon_state", "BusifavorCouponState"),
        ({"limit": "twenty"}, "limit", "int"),
        ({"limit": True}, "limit", "int"),
        ({"limit": 2.5}, "limit", "int"),
        ({"appid": None}, "appid", "str"),
        ({"appid": ["wx1"]}, "appid", "str"),
    ],
)
def test_a_query_value_of_the_wrong_type_is_named_with_what_was_expected(
    arguments, field, expected
):
    seen = []
    with pytest.raises(errors.RequestValidationError) as caught:
        listing(recording(seen), **arguments)
    assert caught.value.field == field
    assert expected in str(caught.value)
    assert seen == []


@pytest.mark.parametrize("value", [None, 12.5, b"bytes", object()], ids=lambda v: type(v).__name__)
def test_a_path_value_of_the_wrong_type_is_named(value):
    seen = []
    with pytest.raises(errors.RequestValidationError) as caught:
        favor(recording(seen), openid=value)
    assert caught.value.field == "openid" and "str" in str(caught.value)
    assert seen == []


def redeem_body(**changes):
    fields = {
        "coupon_code": "8800000000000001",
        "appid": "wx1",
        "use_request_no": "R1",
        "use_time": datetime.datetime(2026, 3, 2, 12, 30, tzinfo=datetime.UTC),
        **changes,
    }
    return UseBusifavorCouponRequest(**fields)


def test_a_body_given_as_a_dict_is_refused_naming_the_model_to_build():
    seen = []
    body = redeem_body().to_dict()
    with pytest.raises(errors.RequestValidationError) as caught:
        use_busifavor_coupon.sync(client=recording(seen), body=body)
    assert caught.value.field == "body"
    assert "UseBusifavorCouponRequest" in str(caught.value) and "from_dict" in str(caught.value)
    assert seen == []


def test_a_time_given_as_text_with_its_offset_is_sent_as_given():
    seen = []
    with pytest.raises(errors.NotFoundError):
        use_busifavor_coupon.sync(
            client=recording(seen, max_retries=0),
            body=redeem_body(use_time="2026-03-02T12:30:00+08:00"),
        )
    assert json.loads(seen[0].content)["use_time"] == "2026-03-02T12:30:00+08:00"


@pytest.mark.parametrize(
    ("value", "says"),
    [("2026-03-02 12:30", "offset"), ("yesterday", "RFC 3339"), (1767225600, "datetime")],
)
def test_a_time_that_is_not_an_aware_time_is_named(value, says):
    seen = []
    with pytest.raises(errors.RequestValidationError) as caught:
        use_busifavor_coupon.sync(client=recording(seen), body=redeem_body(use_time=value))
    assert caught.value.field == "use_time" and says in str(caught.value)
    assert seen == []


@pytest.mark.parametrize("credential", ["merchant", "brand"])
@pytest.mark.parametrize("client_class", [WechatPay, AsyncWechatPay])
def test_a_credential_that_is_not_an_auth_is_refused_at_construction(client_class, credential):
    with pytest.raises(TypeError) as caught:
        client_class(**{credential: "x"})
    assert credential in str(caught.value) and "httpx.Auth" in str(caught.value)
    assert isinstance(caught.value, errors.WechatPayCouponsError)


def test_a_clients_auth_that_is_not_an_auth_is_refused_at_construction():
    with pytest.raises(TypeError, match=r"auth.*httpx\.Auth"):
        Client(BASE, auth="1900000001")  # type: ignore[arg-type]


# D7. timeout and max_retries were not checked, and the messages named neither host nor value --


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"timeout": -1}, "timeout"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": "5"}, "timeout"),
        ({"timeout": True}, "timeout"),
        ({"timeout": httpx.Timeout(5.0, connect=0)}, "timeout"),
        ({"timeout": float("nan")}, "timeout"),
        ({"max_retries": "2"}, "max_retries"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": 1.5}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
        ({"initial_retry_delay": -0.5}, "initial_retry_delay"),
        ({"max_retry_delay": "8"}, "max_retry_delay"),
    ],
    ids=repr,
)
def test_timeouts_and_retries_are_checked_at_construction(options, named):
    for build in (
        lambda: Client(BASE, **options),
        lambda: Client(BASE).with_options(**options),
    ):
        with pytest.raises(errors.ConfigurationError) as caught:
            build()
        assert named in str(caught.value)
        assert repr(next(iter(options.values()))) in str(caught.value)


@pytest.mark.parametrize(("option", "value"), [("timeout", 0), ("max_retries", "1")])
def test_timeouts_and_retries_are_checked_per_call(option, value):
    seen = []
    with pytest.raises(errors.ConfigurationError, match=option):
        favor(recording(seen), **{option: value})
    assert seen == []


@pytest.mark.parametrize(("retries", "wording"), [(0, ""), (1, "after 1 retry"), (2, "2 retries")])
def test_a_timeout_names_the_host_the_timeout_and_the_retries(retries, wording):
    def server(request):
        raise httpx.ReadTimeout("timed out", request=request)

    client = Client(
        BASE,
        timeout=2.5,
        max_retries=retries,
        sleep=lambda seconds: None,
        httpx_args={"transport": httpx.MockTransport(server)},
    )
    with pytest.raises(errors.ApiTimeoutError) as caught:
        favor(client)
    message = str(caught.value)
    assert "api.example.test" in message and "2.5" in message
    assert wording in message and "1 retries" not in message
    if retries == 0:
        assert "retr" not in message


def test_a_connection_failure_names_the_host():
    def server(request):
        raise httpx.ConnectError("refused", request=request)

    client = Client(BASE, max_retries=1, sleep=lambda seconds: None)
    client = client.with_options(httpx_args={"transport": httpx.MockTransport(server)})
    with pytest.raises(errors.ApiConnectionError) as caught:
        favor(client)
    assert "api.example.test" in str(caught.value) and "after 1 retry" in str(caught.value)


# D10. A closed client reopened silently ------------------------------------------------------


def test_a_closed_client_says_so_instead_of_reopening():
    seen = []
    with WechatPay(
        base_url=BASE,
        merchant=Unsigned(),
        httpx_args={"transport": httpx.MockTransport(lambda r: seen.append(r))},
    ) as client:
        pass
    with pytest.raises(errors.ClientClosedError, match="closed"):
        client.favor.query_favor_coupon("o", "c", appid="wx1")
    assert seen == []
    module_client = Client(BASE)
    module_client.close()
    with pytest.raises(errors.ClientClosedError):
        module_client.get_httpx_client()
    with pytest.raises(errors.ClientClosedError):
        module_client.with_options(max_retries=0).get_httpx_client()


def test_a_closed_async_client_says_so_instead_of_reopening():
    async def use_after_close():
        async with AsyncWechatPay(
            base_url=BASE,
            merchant=Unsigned(),
            httpx_args={"transport": httpx.MockTransport(lambda r: httpx.Response(404))},
        ) as client:
            pass
        await client.favor.query_favor_coupon("o", "c", appid="wx1")

    with pytest.raises(errors.ClientClosedError, match="closed"):
        asyncio.run(use_after_close())


# D3 (the client's half). The auth learns where requests go, so that a certificate merchant
# downloads its platform certificates from there, not from production.


class OriginAuth(Unsigned):
    def __init__(self):
        self.origins = []

    def use_origin(self, base_url):
        self.origins.append(base_url)


def test_every_client_tells_its_auth_where_requests_go():
    auth = OriginAuth()
    WechatPay(merchant=auth, base_url="http://127.0.0.1:8079")
    AsyncWechatPay(brand=auth, base_url="https://mock.example.test")
    Client("https://api2.mch.weixin.qq.com", auth=auth)
    assert set(auth.origins) == {
        "http://127.0.0.1:8079",
        "https://mock.example.test",
        "https://api2.mch.weixin.qq.com",
    }
    WechatPay(merchant=Unsigned(), base_url=BASE)  # an auth without use_origin is fine


def test_merchant_auth_is_told_the_base_url(monkeypatch):
    from cryptography.hazmat.primitives.asymmetric import rsa

    from wechatpay_auth import BrandAuth, MerchantAuth, WechatPayVerifier

    if not hasattr(MerchantAuth, "use_origin"):
        pytest.skip(
            "wechatpay_auth.MerchantAuth.use_origin does not exist yet (issue 20 D3, the auth "
            "plugin's half); the clients call it whenever an auth has it"
        )
    told = []
    original = MerchantAuth.use_origin

    def spy(self, base_url):
        told.append(base_url)
        return original(self, base_url)

    monkeypatch.setattr(MerchantAuth, "use_origin", spy)
    key = rsa.generate_private_key(65537, 2048)
    verifier = WechatPayVerifier(public_keys={"PUB_KEY_ID_1": key.public_key()})
    merchant = MerchantAuth("1900000002", "SERIAL", key, api_v3_key="0" * 32)
    brand = BrandAuth("12345678", "SERIAL", key, verifier)
    WechatPay(merchant=merchant, brand=brand, base_url="http://127.0.0.1:8079")
    assert told and set(told) == {"http://127.0.0.1:8079"}
