"""Retries: when, how long, how many; each attempt signed again by the auth."""

import datetime

import httpx
import pytest

from wechatpay_coupons import Client, errors
from wechatpay_coupons.api.busifavor import use_busifavor_coupon
from wechatpay_coupons.api.favor import query_favor_coupon
from wechatpay_coupons.models import UseBusifavorCouponRequest

from .conftest import CountingAuth, response_examples

FAVOR = next(v for op, _, _, v in response_examples("200") if op == "queryFavorCoupon")
USED = next(v for op, _, _, v in response_examples("200") if op == "useBusifavorCoupon")


def script(*steps):
    """A transport that plays the given answers in order and records the requests."""
    seen = []
    answers = iter(steps)

    def handler(request):
        seen.append(request)
        step = next(answers)
        if isinstance(step, Exception):
            raise step
        return step

    handler.seen = seen
    return handler


def ok_favor():
    return httpx.Response(200, json=FAVOR)


def limited(retry_after=None):
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return httpx.Response(
        429, json={"code": "FREQUENCY_LIMITED", "message": "频率限制"}, headers=headers
    )


def call(client, **options):
    return query_favor_coupon.sync("o", "c", client=client, appid="wx", **options)


def test_429_then_success_honours_retry_after_and_resigns(make_client, sleeps):
    handler = script(limited("3"), ok_favor())
    client = make_client(handler, auth=CountingAuth())
    assert call(client).coupon_id == FAVOR["coupon_id"]
    assert sleeps == [3.0]
    assert [r.headers["Authorization"] for r in handler.seen] == ["nonce=1", "nonce=2"]


def test_a_retry_after_above_max_retry_after_ends_the_call_at_once(make_client, sleeps):
    # Waiting less than the server asked would only be limited again (issue 20).
    handler = script(limited("3600"), ok_favor())
    client = make_client(handler, max_retry_after=5.0, deadline=None)
    with pytest.raises(errors.RateLimitError) as caught:
        call(client)
    assert caught.value.retry_after == 3600.0
    assert sleeps == [] and len(handler.seen) == 1


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_backs_off_exponentially_with_jitter(make_client, sleeps, status):
    failure = httpx.Response(status, json={"code": "SYSTEM_ERROR", "message": "系统错误"})
    handler = script(failure, failure, ok_favor())
    client = make_client(handler, initial_retry_delay=1.0, max_retry_delay=10.0)
    call(client)
    first, second = sleeps
    assert 0.75 <= first <= 1.0 and 1.5 <= second <= 2.0


def test_retries_run_out_into_the_typed_error(make_client):
    handler = script(*(limited() for _ in range(3)))
    client = make_client(handler)
    with pytest.raises(errors.RateLimitError):
        call(client)
    assert len(handler.seen) == 3  # the first attempt and the default two retries


def test_max_retries_per_client_and_per_call(make_client):
    handler = script(*(limited() for _ in range(10)))
    client = make_client(handler, max_retries=4)
    with pytest.raises(errors.RateLimitError):
        call(client)
    assert len(handler.seen) == 5
    handler.seen.clear()
    with pytest.raises(errors.RateLimitError):
        call(client, max_retries=0)
    assert len(handler.seen) == 1


@pytest.mark.parametrize("status", [400, 401, 403, 404])
def test_client_errors_are_not_retried(make_client, status):
    handler = script(httpx.Response(status, json={"code": "X", "message": "x"}), ok_favor())
    client = make_client(handler)
    with pytest.raises(errors.ApiError):
        call(client)
    assert len(handler.seen) == 1


def test_connection_errors_are_retried_then_raised(make_client):
    handler = script(*(httpx.ConnectError("refused") for _ in range(3)))
    client = make_client(handler)
    with pytest.raises(errors.ApiConnectionError, match="after 2 retries"):
        call(client)
    assert len(handler.seen) == 3


def test_a_timeout_then_success(make_client):
    handler = script(httpx.ReadTimeout("slow"), ok_favor())
    client = make_client(handler, auth=CountingAuth())
    call(client)
    assert [r.headers["Authorization"] for r in handler.seen] == ["nonce=1", "nonce=2"]


def test_timeouts_run_out_into_api_timeout_error(make_client):
    handler = script(*(httpx.ReadTimeout("slow") for _ in range(3)))
    with pytest.raises(errors.ApiTimeoutError):
        call(make_client(handler))


def test_redeem_is_retried_because_it_is_idempotent(make_client):
    handler = script(limited("1"), httpx.Response(200, json=USED))
    client = make_client(handler, auth=CountingAuth())
    body = UseBusifavorCouponRequest(
        coupon_code="c",
        appid="wx",
        use_request_no="r-1",
        use_time=datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC),
    )
    use_busifavor_coupon.sync(client=client, body=body)
    first, second = handler.seen
    assert first.content == second.content  # same use_request_no: the server dedupes
    assert first.headers["Authorization"] != second.headers["Authorization"]
    assert "idempotent" in (use_busifavor_coupon.sync.__doc__ or "").lower()


def test_a_post_without_an_idempotency_key_is_never_repeated(make_client):
    handler = script(limited("1"), httpx.Response(200, json={}))
    client = make_client(handler)
    response = client.send({"method": "post", "url": "/v3/some/other"}, operation_id="other")
    assert response.status_code == 429
    assert len(handler.seen) == 1


def test_default_timeout_and_base_url():
    client = Client()
    assert client.base_url == "https://api.mch.weixin.qq.com"
    assert client.get_httpx_client().timeout == httpx.Timeout(10.0)
    assert Client(timeout=2.5).get_httpx_client().timeout == httpx.Timeout(2.5)


def test_negative_retries_are_refused():
    with pytest.raises(ValueError, match="max_retries"):
        Client(max_retries=-1)


async def test_async_retries_resign_and_wait_without_blocking():
    handler = script(limited("2"), ok_favor())
    waits = []

    async def record(delay):
        waits.append(delay)

    client = Client(
        "https://api.example.test",
        auth=CountingAuth(),
        httpx_args={"transport": httpx.MockTransport(handler)},
        async_sleep=record,
    )
    coupon = await query_favor_coupon.asyncio("o", "c", client=client, appid="wx")
    assert coupon.coupon_id == FAVOR["coupon_id"] and waits == [2.0]
    assert [r.headers["Authorization"] for r in handler.seen] == ["nonce=1", "nonce=2"]


def test_every_attempt_goes_through_httpx_send_and_its_event_hooks():
    # One path for every request (issue 20): httpx.Client.send, with its hooks and mounts.
    transport = httpx.MockTransport(lambda request: httpx.Response(503))
    requests, responses = [], []
    hooked = Client(
        "https://api.example.test",
        httpx_args={
            "transport": transport,
            "event_hooks": {"request": [requests.append], "response": [responses.append]},
        },
        max_retries=1,
        sleep=lambda seconds: None,
    )
    with pytest.raises(errors.InternalServerError):
        query_favor_coupon.sync("o", "c", client=hooked, appid="wx")
    assert len(requests) == len(responses) == 2
    assert [r.headers["X-Wechatpay-Coupons-Retry-Count"] for r in requests] == ["0", "1"]


def test_a_response_carries_its_request_and_elapsed_time():
    client = Client(
        "https://api.example.test",
        httpx_args={"transport": httpx.MockTransport(lambda request: httpx.Response(404))},
        max_retries=0,
    )
    with pytest.raises(errors.NotFoundError) as caught:
        query_favor_coupon.sync("o", "c", client=client, appid="wx")
    response = caught.value.response
    assert response.request.url.path == "/v3/marketing/favor/users/o/coupons/c"
    assert response.elapsed.total_seconds() >= 0
