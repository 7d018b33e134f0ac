"""The defects a new user hit (issue 12), each reproduced as the user met it.

The two that need a real socket (a client used from two event loops; brand calls without
``wechatpay_serial``) are in tests/e2e/test_new_user_defects_e2e.py.
"""

import datetime
import inspect
import json

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

import wechatpay_auth
from wechatpay_auth import MerchantAuth, WechatPayVerifier
from wechatpay_coupons import Client, errors
from wechatpay_coupons.api.busifavor import use_busifavor_coupon
from wechatpay_coupons.api.favor import query_favor_coupon
from wechatpay_coupons.models import UseBusifavorCouponRequest
from wechatpay_coupons.pagination import (
    aiter_busifavor_coupons_by_filter,
    iter_busifavor_coupons_by_filter,
)

BASE = "https://api.example.test"
FAVOR = {"stock_id": "9856000", "coupon_id": "9856888", "coupon_name": "x"}


class HeaderAuth(httpx.Auth):
    """A stand-in signer: marks every request it handled."""

    def auth_flow(self, request):
        request.headers["Authorization"] = "SIGNED"
        yield request


def favor(client, **options):
    return query_favor_coupon.sync_detailed("o", "c", client=client, appid="wx1", **options)


# 1. with_options() dropped the caller's own httpx client --------------------------------------


def test_with_options_keeps_the_callers_httpx_client_and_its_auth_and_transport():
    seen = []

    def server(request):
        seen.append(request)
        return httpx.Response(500 if len(seen) == 1 else 404, json={"code": "X", "message": "m"})

    own = httpx.Client(base_url=BASE, auth=HeaderAuth(), transport=httpx.MockTransport(server))
    client = Client(BASE).set_httpx_client(own).with_options(max_retries=0)
    with pytest.raises(errors.InternalServerError):
        favor(client)
    assert seen[0].headers["Authorization"] == "SIGNED"
    assert client.get_httpx_client() is own


def test_with_options_changing_a_pool_setting_still_uses_the_callers_client():
    seen = []
    own = httpx.Client(
        base_url=BASE,
        auth=HeaderAuth(),
        transport=httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(404)),
    )
    copy = Client(BASE).set_httpx_client(own).with_options(verify_ssl=False, max_retries=0)
    with pytest.raises(errors.NotFoundError):
        favor(copy)
    assert seen and seen[0].headers["Authorization"] == "SIGNED"


def test_with_options_shares_the_connection_pool_of_the_original():
    original = Client(BASE, httpx_args={"transport": httpx.MockTransport(lambda r: None)})
    assert original.with_options(max_retries=5).get_httpx_client() is original.get_httpx_client()


def test_the_callers_client_base_url_is_where_requests_go():
    seen = []
    own = httpx.Client(
        base_url="https://mock.example.test/prefix",
        transport=httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(404)),
    )
    with pytest.raises(errors.NotFoundError):
        favor(Client().set_httpx_client(own), max_retries=0)
    assert str(seen[0].url).startswith("https://mock.example.test/prefix/v3/marketing/favor/")


# 2. a naive datetime went out without an offset -----------------------------------------------


def test_a_naive_datetime_is_refused_before_sending_naming_the_field():
    sent = []
    client = Client(BASE, httpx_args={"transport": httpx.MockTransport(sent.append)})
    body = UseBusifavorCouponRequest(
        coupon_code="8800000000000001",
        appid="wx1",
        use_request_no="R1",
        use_time=datetime.datetime(2026, 11, 23, 23, 18, 44),
    )
    with pytest.raises(errors.RequestValidationError) as caught:
        use_busifavor_coupon.sync(client=client, body=body)
    assert caught.value.field == "use_time"
    assert "use_time" in str(caught.value) and "offset" in str(caught.value)
    assert isinstance(caught.value, ValueError) and isinstance(
        caught.value, errors.WechatPayCouponsError
    )
    assert sent == []


def test_an_aware_datetime_is_sent_with_its_offset():
    sent = []

    def server(request):
        sent.append(json.loads(request.content))
        return httpx.Response(404)

    client = Client(BASE, httpx_args={"transport": httpx.MockTransport(server)}, max_retries=0)
    moment = datetime.datetime(
        2026, 3, 2, 12, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=8))
    )
    body = UseBusifavorCouponRequest(
        coupon_code="8800000000000001", appid="wx1", use_request_no="R1", use_time=moment
    )
    with pytest.raises(errors.NotFoundError):
        use_busifavor_coupon.sync(client=client, body=body)
    assert sent[0]["use_time"] == "2026-03-02T12:30:00+08:00"


# 4. a failed response signature escaped the client's error tree -------------------------------


@pytest.fixture(scope="module")
def signing_keys():
    return rsa.generate_private_key(65537, 2048), rsa.generate_private_key(65537, 2048)


@pytest.mark.parametrize("body", [FAVOR, {"code": "PARAM_ERROR", "message": "m"}])
def test_a_bad_signature_is_a_client_error_and_still_the_auth_plugins(signing_keys, body):
    merchant_key, platform_key = signing_keys
    verifier = WechatPayVerifier(public_keys={"PUB_KEY_ID_1": platform_key.public_key()})
    forged = wechatpay_auth.primitives.sign_response_headers(
        merchant_key, "PUB_KEY_ID_1", json.dumps(body).encode()
    )

    def server(request):
        return httpx.Response(200, content=json.dumps(body).encode(), headers=forged)

    client = Client(
        BASE,
        auth=MerchantAuth("1900000001", "SERIAL", merchant_key, verifier),
        httpx_args={"transport": httpx.MockTransport(server)},
    )
    with pytest.raises(errors.WechatPayCouponsError) as caught:
        favor(client)
    error = caught.value
    assert isinstance(error, errors.SignatureVerificationError)
    assert isinstance(error, wechatpay_auth.SignatureVerificationError)
    assert "bad signature" in error.reason
    # The auth plugin's finer class too, in both trees (as notifications raise it).
    assert isinstance(error, errors.BadSignatureError)
    assert isinstance(error, wechatpay_auth.BadSignatureError)
    assert error.request is not None and error.request.url.path.endswith("/coupons/c")


# 5. help() on the page iterators said nothing --------------------------------------------------


@pytest.mark.parametrize(
    ("iterator", "name"),
    [
        (iter_busifavor_coupons_by_filter, "iter_busifavor_coupons_by_filter"),
        (aiter_busifavor_coupons_by_filter, "aiter_busifavor_coupons_by_filter"),
    ],
)
def test_page_iterators_have_a_name_a_docstring_and_the_operations_signature(iterator, name):
    assert iterator.__name__ == name
    assert iterator.__doc__ is not None
    assert "page by page" in iterator.__doc__ or "async for" in iterator.__doc__
    assert "coupon_state" in iterator.__doc__  # the operation's own parameter documentation
    parameters = inspect.signature(iterator).parameters
    assert {"openid", "client", "appid", "offset", "limit"} <= set(parameters)


# 8. ApiConnectionError did not carry the request -----------------------------------------------


@pytest.mark.parametrize(
    ("failure", "error_class"),
    [(httpx.ConnectError, errors.ApiConnectionError), (httpx.ReadTimeout, errors.ApiTimeoutError)],
)
def test_a_connection_error_carries_the_request(failure, error_class):
    def server(request):
        raise failure("down", request=request)

    client = Client(BASE, httpx_args={"transport": httpx.MockTransport(server)}, max_retries=0)
    with pytest.raises(error_class) as caught:
        favor(client)
    request = caught.value.request
    assert isinstance(request, httpx.Request)
    assert request.method == "GET"
    assert request.url.path == "/v3/marketing/favor/users/o/coupons/c"
    assert request.url.params["appid"] == "wx1"


def test_a_failed_certificate_download_is_a_client_error_too(signing_keys):
    # Like the signature failure of defect 4: a certificate merchant's download failure (here
    # the 404 a public-key-only merchant gets) reaches the caller inside the client's tree.
    merchant_key, platform_key = signing_keys
    body = json.dumps(FAVOR).encode()
    signed = wechatpay_auth.primitives.sign_response_headers(
        platform_key, "5157F09EFDC096DE15EBE81A47057A72", body
    )

    def wechat(request):
        if request.url.path == "/v3/certificates":
            return httpx.Response(
                404, json={"code": "RESOURCE_NOT_EXISTS", "message": "无可用的平台证书"}
            )
        return httpx.Response(200, content=body, headers=signed)

    transport = httpx.MockTransport(wechat)
    auth = MerchantAuth(
        "1900000001", "SERIAL", merchant_key, api_v3_key="0" * 32, download_transport=transport
    )
    client = Client(BASE, auth=auth, httpx_args={"transport": transport}, max_retries=0)
    with pytest.raises(errors.WechatPayCouponsError) as caught:
        favor(client)
    error = caught.value
    assert isinstance(error, errors.CertificateDownloadError)
    assert isinstance(error, wechatpay_auth.CertificateDownloadError)
    assert error.code == "RESOURCE_NOT_EXISTS" and "public_keys" in error.reason
    assert error.request is not None and error.request.url.path.endswith("/coupons/c")


def test_headers_of_the_callers_client_and_of_httpx_args_are_sent():
    # Requests are built by the client, not by httpx.Client.build_request: the headers a
    # caller gave its own httpx client, or httpx_args, must still go out (ours keep defaults).
    seen = []
    answer = httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(404))
    own = httpx.Client(base_url=BASE, headers={"X-Shop": "7"}, transport=answer)
    with pytest.raises(errors.NotFoundError):
        favor(Client(BASE).set_httpx_client(own), max_retries=0)
    configured = Client(
        BASE,
        headers={"X-Tenant": "t1"},
        httpx_args={"transport": answer, "headers": {"X-Trace": "abc"}},
        max_retries=0,
    )
    with pytest.raises(errors.NotFoundError):
        favor(configured)
    custom, ours = seen
    assert custom.headers["X-Shop"] == "7"
    assert ours.headers["X-Trace"] == "abc"
    for request in (custom, ours):
        assert request.headers["User-Agent"].startswith("wechatpay-coupons/")
        assert request.headers["Accept"] == "application/json"
