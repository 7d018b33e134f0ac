"""Every non-2xx answer becomes a typed error; odd bodies and odd statuses included."""

import datetime
import json

import httpx
import pytest

from wechatpay_coupons import errors
from wechatpay_coupons.api.busifavor import use_busifavor_coupon
from wechatpay_coupons.api.favor import query_favor_coupon
from wechatpay_coupons.models import UseBusifavorCouponRequest

WECHAT_ERROR = {
    "code": "PARAM_ERROR",
    "message": "参数错误",
    "detail": {"field": "/appid", "location": "query", "issue": "appid 格式错误"},
}


def answer(status, body=b"", headers=None):
    content = json.dumps(body).encode() if isinstance(body, dict) else body
    return lambda request: httpx.Response(
        status, content=content, headers={"Request-ID": "req-123", **(headers or {})}
    )


def call(client):
    return query_favor_coupon.sync("openid", "coupon", client=client, appid="wx123")


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (502, errors.InternalServerError),
        (503, errors.InternalServerError),
        (599, errors.InternalServerError),
        (405, errors.ApiError),
        (409, errors.ApiError),
        (302, errors.ApiError),
    ],
)
def test_status_maps_to_its_error(make_client, status, error_class):
    client = make_client(answer(status, WECHAT_ERROR), max_retries=0)
    with pytest.raises(error_class) as caught:
        call(client)
    error = caught.value
    # PARAM_ERROR is documented under 400 only: a 400 gets its class, any other status its own.
    expected = errors.ParamError if status == 400 else error_class
    assert type(error) is expected and isinstance(error, error_class)
    assert isinstance(error, errors.ApiError)
    assert (error.status_code, error.code, error.message) == (status, "PARAM_ERROR", "参数错误")
    assert error.detail == WECHAT_ERROR["detail"]
    assert error.request_id == "req-123"
    assert error.response.status_code == status
    assert "PARAM_ERROR" in str(error) and "req-123" in str(error) and "/appid" in str(error)


@pytest.mark.parametrize(
    "body",
    [b"", b"<html>502 Bad Gateway</html>", b"\xff\xfe not utf-8", b"[1, 2]", b'"text"', b"{"],
    ids=["empty", "html", "binary", "json-list", "json-string", "broken-json"],
)
@pytest.mark.parametrize("status", [400, 500, 599])
def test_a_body_that_is_not_a_wechat_error_still_gives_a_typed_error(make_client, status, body):
    client = make_client(answer(status, body), max_retries=0)
    with pytest.raises(errors.ApiError) as caught:
        call(client)
    assert caught.value.status_code == status
    assert caught.value.code is None
    assert caught.value.request_id == "req-123"
    assert str(status) in str(caught.value)


def test_a_status_outside_the_iana_registry_is_described_without_a_phrase(make_client):
    client = make_client(answer(599, WECHAT_ERROR), max_retries=0)
    with pytest.raises(errors.InternalServerError, match=r"HTTP 599: PARAM_ERROR"):
        call(client)


def test_rate_limit_error_exposes_retry_after(make_client):
    client = make_client(
        answer(429, {"code": "FREQUENCY_LIMITED", "message": "频率限制"}, {"Retry-After": "7"}),
        max_retries=0,
    )
    with pytest.raises(errors.RateLimitError) as caught:
        call(client)
    assert caught.value.retry_after == 7.0


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[]", b'{"coupon_id": 5}', b"{}"],
    ids=["not-json", "list", "wrong-type", "missing-required"],
)
def test_a_2xx_that_breaks_the_spec_raises_validation_error(make_client, body):
    client = make_client(answer(200, body))
    with pytest.raises(errors.ApiResponseValidationError) as caught:
        call(client)
    assert caught.value.request_id == "req-123"
    assert caught.value.status_code == 200


def test_an_undocumented_2xx_is_a_validation_error(make_client):
    client = make_client(answer(299, b"{}"))
    with pytest.raises(errors.ApiResponseValidationError, match="299"):
        call(client)


def test_errors_from_the_post_operation_are_typed_too(make_client):
    client = make_client(answer(400, {"code": "RESOURCE_ALREADY_EXISTS", "message": "券已被核销"}))
    body = UseBusifavorCouponRequest(
        coupon_code="c1",
        appid="wx1",
        use_time=datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC),
        use_request_no="r1",
    )
    with pytest.raises(errors.BadRequestError) as caught:
        use_busifavor_coupon.sync(client=client, body=body)
    assert caught.value.code == "RESOURCE_ALREADY_EXISTS"


def test_error_repr_and_str_carry_no_request_secrets(make_client):
    def handler(request):
        return httpx.Response(401, json={"code": "SIGN_ERROR", "message": "签名错误"})

    client = make_client(handler, headers={"Authorization": "WECHATPAY2-SHA256-RSA2048 secret"})
    with pytest.raises(errors.AuthenticationError) as caught:
        call(client)
    assert "secret" not in str(caught.value) and "secret" not in repr(caught.value)
