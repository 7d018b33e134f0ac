"""The frictions a new team met (issue 20), each removed: retries bounded by a deadline, a
retry-count header, WeChat's error codes typed, the Request-ID on results, help() on the
clients, and opt-in failover to the backup domain.

Codes, statuses and messages are read from the spec, never restated here.
"""

import asyncio
import inspect
import pydoc

import httpx
import pytest

from generator.extras import snake_case
from wechatpay_coupons import (
    BACKUP_BASE_URL,
    DEFAULT_DEADLINE,
    PRIMARY_BASE_URL,
    RETRY_COUNT_HEADER,
    AsyncWechatPay,
    Client,
    WechatPay,
    errors,
    request_id_of,
)
from wechatpay_coupons.api.busifavor import use_busifavor_coupon
from wechatpay_coupons.api.favor import query_favor_coupon
from wechatpay_coupons.models import FavorCoupon, UseBusifavorCouponRequest
from wechatpay_mock.spec_reader import OpenAPI

from .conftest import CountingAuth, load_spec, response_examples

SPEC = OpenAPI(load_spec())
FAVOR = next(v for op, _, _, v in response_examples("200") if op == "queryFavorCoupon")
BASE = "https://api.example.test"


class Clock:
    """The client's clock in tests: time moves only when the client sleeps or a test says so."""

    def __init__(self):
        self.now = 1000.0
        self.sleeps = []

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds):
        self.sleep(seconds)


def scripted(*steps, clock=None, seconds_per_attempt=0.0):
    seen = []
    answers = iter(steps)

    def handler(request):
        seen.append(request)
        if clock is not None:
            clock.now += seconds_per_attempt
        step = next(answers)
        if isinstance(step, Exception):
            raise step
        return step

    return handler, seen


def limited(retry_after=None):
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
    return httpx.Response(429, json={"code": "FREQUENCY_LIMITED", "message": "m"}, headers=headers)


def unavailable():
    return httpx.Response(503, json={"code": "SYSTEM_ERROR", "message": "m"})


def client_with(handler, clock, **options):
    return Client(
        BASE,
        httpx_args={"transport": httpx.MockTransport(handler)},
        sleep=clock.sleep,
        async_sleep=clock.async_sleep,
        clock=clock,
        **options,
    )


def favor(client, **options):
    return query_favor_coupon.sync("o", "c", client=client, appid="wx1", **options)


# A total deadline per call ----------------------------------------------------------------------


def test_the_default_deadline_is_bounded():
    assert Client().deadline == DEFAULT_DEADLINE and 0 < DEFAULT_DEADLINE <= 60
    assert "deadline" in inspect.signature(WechatPay).parameters
    assert "deadline" in inspect.signature(query_favor_coupon.sync).parameters


def test_a_retry_after_that_does_not_fit_the_deadline_raises_at_once():
    clock = Clock()
    handler, seen = scripted(limited(45), httpx.Response(200, json=FAVOR))
    with pytest.raises(errors.RateLimitError) as caught:
        favor(client_with(handler, clock, deadline=30.0))
    assert caught.value.retry_after == 45.0
    assert len(seen) == 1 and clock.sleeps == []


def test_a_retry_after_that_fits_is_waited():
    clock = Clock()
    handler, seen = scripted(limited(20), httpx.Response(200, json=FAVOR))
    favor(client_with(handler, clock, deadline=30.0))
    assert clock.sleeps == [20.0] and len(seen) == 2


def test_the_deadline_bounds_every_attempt_and_wait_together():
    clock = Clock()
    handler, seen = scripted(
        *(unavailable() for _ in range(20)), clock=clock, seconds_per_attempt=4
    )
    client = client_with(handler, clock, deadline=20.0, max_retries=10, initial_retry_delay=2.0)
    with pytest.raises(errors.InternalServerError):
        favor(client)
    assert clock.now - 1000.0 < 20.0
    assert 1 < len(seen) < 11  # retried, but stopped by the deadline, not the retry count


def test_each_attempts_timeout_is_cut_to_what_is_left_of_the_deadline():
    clock = Clock()
    handler, seen = scripted(
        unavailable(), httpx.Response(200, json=FAVOR), clock=clock, seconds_per_attempt=22
    )
    client = client_with(handler, clock, deadline=30.0, timeout=10.0, initial_retry_delay=1.0)
    favor(client)
    first, second = (request.extensions["timeout"] for request in seen)
    assert first["read"] == 10.0
    assert second["read"] < 8.0 and second["connect"] < 8.0


def test_a_timeout_cut_by_the_deadline_says_so():
    clock = Clock()

    def server(request):
        clock.now += 26
        raise httpx.ReadTimeout("slow", request=request)

    client = client_with(server, clock, deadline=30.0, timeout=10.0, initial_retry_delay=0.5)
    with pytest.raises(errors.ApiTimeoutError) as caught:
        favor(client)
    assert "deadline of 30 s" in str(caught.value)


def test_the_deadline_is_set_per_call_and_none_lifts_it():
    clock = Clock()
    handler, _ = scripted(limited(10), limited(10), httpx.Response(200, json=FAVOR))
    client = client_with(handler, clock)
    with pytest.raises(errors.RateLimitError):
        favor(client, deadline=5.0)
    assert clock.sleeps == []
    favor(client, deadline=None)
    assert clock.sleeps == [10.0]


def test_the_per_call_deadline_is_checked():
    with pytest.raises(errors.ConfigurationError, match="deadline"):
        favor(client_with(scripted()[0], Clock()), deadline=0)


async def test_the_async_client_keeps_the_deadline_too():
    clock = Clock()
    handler, seen = scripted(limited(45), httpx.Response(200, json=FAVOR))
    with pytest.raises(errors.RateLimitError):
        await query_favor_coupon.asyncio(
            "o", "c", client=client_with(handler, clock, deadline=30.0), appid="wx1"
        )
    assert len(seen) == 1 and clock.sleeps == []


# A retry-count header on every attempt ---------------------------------------------------------


def test_every_attempt_says_how_many_came_before_it():
    clock = Clock()
    handler, seen = scripted(unavailable(), limited(1), httpx.Response(200, json=FAVOR))
    favor(client_with(handler, clock))
    assert [request.headers[RETRY_COUNT_HEADER] for request in seen] == ["0", "1", "2"]


async def test_every_async_attempt_says_how_many_came_before_it():
    clock = Clock()
    handler, seen = scripted(unavailable(), httpx.Response(200, json=FAVOR))
    await query_favor_coupon.asyncio("o", "c", client=client_with(handler, clock), appid="wx1")
    assert [request.headers[RETRY_COUNT_HEADER] for request in seen] == ["0", "1"]


# WeChat's error codes, typed -------------------------------------------------------------------


def documented_errors():
    """(operationId, status, example name, the answer's body) for every documented error."""
    for operation in SPEC.operations():
        for example in SPEC.error_examples(operation):
            body = {"code": example.code, "message": example.message}
            yield operation.operation_id, example.status, example.name, body


DOCUMENTED = list(documented_errors())
STATUSES_OF_CODE: dict[str, set[int]] = {}
for _, _status, _, _body in DOCUMENTED:
    STATUSES_OF_CODE.setdefault(_body["code"], set()).add(_status)


def raised_for(
    status,
    body,
    *,
    request_id="08E68E97CC0610DF0618AC86BCA80120082880CF05-268578704",
    operation="use_busifavor_coupon",
):
    response = httpx.Response(
        status,
        json=body,
        headers={"Request-ID": request_id},
        request=httpx.Request("POST", BASE + "/v3/x"),
    )
    return errors.error_for_response(response, operation)


@pytest.mark.parametrize(
    ("operation_id", "status", "name", "body"), DOCUMENTED, ids=lambda v: str(v)[:30]
)
def test_every_documented_code_is_typed(operation_id, status, name, body):
    code = body["code"]
    error = raised_for(status, body)
    assert error.code is errors.ErrorCode[code] and error.code.is_known
    assert error.code == code  # still a str
    status_class = type(raised_for(status, {"code": "NOT_DOCUMENTED_ANYWHERE", "message": "m"}))
    assert isinstance(error, status_class)
    if STATUSES_OF_CODE[code] == {status} and status in (400, 403, 404):
        # A business outcome a caller tells apart has its own class, exported by errors.
        assert type(error) is not status_class
        assert type(error).__name__ in errors.__all__
        assert code in (type(error).__doc__ or "")


def test_an_expired_coupon_is_caught_by_its_own_class_and_still_as_403():
    (expired,) = [e for _, s, name, e in DOCUMENTED if s == 403 and name == "RULELIMIT"][:1]
    with pytest.raises(errors.PermissionDeniedError) as caught:
        raise raised_for(403, expired)
    assert isinstance(caught.value, errors.RulelimitError)


def test_an_undocumented_code_is_kept_as_an_unknown_member():
    error = raised_for(400, {"code": "A_CODE_FROM_NEXT_YEAR", "message": "m"})
    assert error.code == "A_CODE_FROM_NEXT_YEAR" and not error.code.is_known
    assert type(error) is errors.BadRequestError


def conflict_examples():
    for operation in SPEC.operations():
        idempotency = SPEC.idempotency(operation)
        if idempotency is not None:
            examples = [(s, n, b) for o, s, n, b in DOCUMENTED if o == operation.operation_id]
            yield operation, idempotency, examples


def test_an_idempotency_conflict_is_told_from_the_other_answers_of_its_code():
    found = list(conflict_examples())
    assert found
    for operation, idempotency, examples in found:
        named = idempotency.conflict
        ((status, _, conflict),) = [(s, n, v) for s, n, v in examples if n == named]
        module = snake_case(operation.operation_id)
        error = raised_for(status, conflict, operation=module)
        assert error.is_idempotency_conflict, module
        # The same code with another meaning (a coupon redeemed by another order), where the
        # operation documents one, is no conflict.
        siblings = [v for s, n, v in examples if v["code"] == conflict["code"] and n != named]
        for sibling in siblings:
            assert not raised_for(status, sibling, operation=module).is_idempotency_conflict
        # The same answer to an operation without an idempotency key is no conflict.
        other = errors.error_for_response(error.response, "query_favor")
        assert not other.is_idempotency_conflict
        # The mock names the key in detail.field; that alone tells it too.
        key = idempotency.key
        with_detail = {**conflict, "message": "other words", "detail": {"field": f"/{key}"}}
        assert raised_for(status, with_detail, operation=module).is_idempotency_conflict
    # Redeeming a merchant coupon shares its conflict's code with another meaning: the case
    # is_idempotency_conflict exists for is still in the spec.
    assert any(
        v["code"] == c["code"] and n != i.conflict
        for _, i, examples in found
        for _, n, v in examples
        for _, m, c in examples
        if m == i.conflict
    )


@pytest.mark.parametrize(
    ("request_id", "number"),
    [
        ("08E68E97CC0610DF0618AC86BCA80120082880CF05-268578704", 268578704),
        ("08E68E97CC0610DF0618AC86BCA80120082880CF05", None),
        ("REQ-abc", None),
        ("", None),
    ],
)
def test_the_number_in_the_request_id_suffix_is_surfaced(request_id, number):
    error = raised_for(403, {"code": "RULELIMIT", "message": "m"}, request_id=request_id)
    assert error.numeric_code == number


# The Request-ID on parsed results --------------------------------------------------------------


def test_a_parsed_result_carries_its_request_id():
    answer = httpx.Response(200, json=FAVOR, headers={"Request-ID": "REQ-7"})
    client = WechatPay(
        merchant=CountingAuth(),
        base_url=BASE,
        httpx_args={"transport": httpx.MockTransport(lambda request: answer)},
    )
    coupon = client.favor.query_favor_coupon("o", "c", appid="wx1")
    assert request_id_of(coupon) == "REQ-7"
    raw = client.favor.with_raw_response.query_favor_coupon("o", "c", appid="wx1")
    assert request_id_of(raw.parsed) == raw.request_id == "REQ-7"
    assert "REQ-7" not in repr(coupon)  # not a field of the body
    assert coupon == FavorCoupon.from_dict(FAVOR)  # nor part of equality
    assert request_id_of(FavorCoupon.from_dict(FAVOR)) is None


async def test_an_async_result_carries_its_request_id():
    answer = httpx.Response(200, json=FAVOR, headers={"Request-ID": "REQ-8"})
    client = AsyncWechatPay(
        merchant=CountingAuth(),
        base_url=BASE,
        httpx_args={"transport": httpx.MockTransport(lambda request: answer)},
    )
    assert request_id_of(await client.favor.query_favor_coupon("o", "c", appid="wx1")) == "REQ-8"


# help(WechatPay) shows the constructor's arguments ---------------------------------------------


@pytest.mark.parametrize("client_class", [WechatPay, AsyncWechatPay])
def test_help_documents_every_constructor_argument(client_class):
    shown = pydoc.render_doc(client_class, renderer=pydoc.plaintext)
    parameters = inspect.signature(client_class).parameters
    assert {"merchant", "brand", "base_url", "timeout", "deadline", "backup_base_url"} <= set(
        parameters
    )
    for name in parameters:
        assert f"{name}:" in (client_class.__doc__ or ""), name
        assert f"{name}:" in shown, name


# Opt-in failover to the backup domain ----------------------------------------------------------


def failover_client(handler, clock, **options):
    return Client(
        PRIMARY_BASE_URL,
        backup_base_url=BACKUP_BASE_URL,
        auth=CountingAuth(),
        httpx_args={"transport": httpx.MockTransport(handler)},
        sleep=clock.sleep,
        clock=clock,
        **options,
    )


@pytest.mark.parametrize("failure", [httpx.ConnectError, httpx.ConnectTimeout])
def test_a_connection_failure_fails_over_at_once_signed_afresh(failure):
    clock = Clock()
    handler, seen = scripted(failure("down"), httpx.Response(200, json=FAVOR))
    favor(failover_client(handler, clock))
    primary, backup = seen
    assert primary.url.host == httpx.URL(PRIMARY_BASE_URL).host
    assert backup.url.host == httpx.URL(BACKUP_BASE_URL).host
    assert backup.url.path == primary.url.path and backup.url.query == primary.url.query
    assert primary.headers["Authorization"] != backup.headers["Authorization"]
    assert backup.headers[RETRY_COUNT_HEADER] == "1"
    assert clock.sleeps == []


def test_failover_applies_to_a_request_that_is_never_retried():
    # A connection that was never made carried nothing: even a POST without an idempotency key
    # can go to the backup domain.
    clock = Clock()
    handler, seen = scripted(httpx.ConnectError("down"), httpx.Response(404))
    client = failover_client(handler, clock, max_retries=0)
    response = client.send({"method": "post", "url": "/v3/some/other"}, operation_id="other")
    assert response.status_code == 404 and len(seen) == 2


@pytest.mark.parametrize(
    "first",
    [
        lambda: httpx.ReadTimeout("slow"),
        lambda: httpx.ReadError("reset"),
        lambda: httpx.Response(503),
        lambda: httpx.Response(429),
    ],
    ids=["read timeout", "read error", "503", "429"],
)
def test_only_connection_failures_fail_over(first):
    clock = Clock()
    handler, seen = scripted(first(), httpx.Response(200, json=FAVOR))
    favor(failover_client(handler, clock))
    assert {request.url.host for request in seen} == {httpx.URL(PRIMARY_BASE_URL).host}


def test_without_a_backup_there_is_no_failover():
    clock = Clock()
    handler, seen = scripted(httpx.ConnectError("down"), httpx.Response(200, json=FAVOR))
    favor(client_with(handler, clock))
    assert {request.url.host for request in seen} == {"api.example.test"}
    assert clock.sleeps  # an ordinary retry, after a backoff


def test_a_failure_on_the_backup_is_retried_there():
    clock = Clock()
    handler, seen = scripted(
        httpx.ConnectError("down"), httpx.ConnectError("down too"), httpx.Response(200, json=FAVOR)
    )
    favor(failover_client(handler, clock))
    hosts = [request.url.host for request in seen]
    assert hosts == [
        httpx.URL(u).host for u in (PRIMARY_BASE_URL, BACKUP_BASE_URL, BACKUP_BASE_URL)
    ]


def test_the_resource_client_takes_a_backup_and_checks_it():
    client = WechatPay(merchant=CountingAuth(), backup_base_url=BACKUP_BASE_URL)
    assert client.client_for("merchant", "x").backup_base_url == BACKUP_BASE_URL
    with pytest.raises(errors.ConfigurationError, match="backup_base_url"):
        WechatPay(backup_base_url="api2.mch.weixin.qq.com")


def test_async_failover():
    clock = Clock()
    handler, seen = scripted(httpx.ConnectError("down"), httpx.Response(200, json=FAVOR))

    async def call():
        client = failover_client(handler, clock)
        return await query_favor_coupon.asyncio("o", "c", client=client, appid="wx1")

    asyncio.run(call())
    assert [request.url.host for request in seen][-1] == httpx.URL(BACKUP_BASE_URL).host


def test_redeeming_keeps_its_body_across_a_failover():
    clock = Clock()
    answer = next(v for op, _, _, v in response_examples("200") if op == "useBusifavorCoupon")
    handler, seen = scripted(httpx.ConnectError("down"), httpx.Response(200, json=answer))
    redeem = SPEC.by_id()["useBusifavorCoupon"]
    example = SPEC.mapping(SPEC.body_media(redeem)["examples"]["minimal"])["value"]
    body = UseBusifavorCouponRequest.from_dict(example)
    use_busifavor_coupon.sync(client=failover_client(handler, clock), body=body)
    assert seen[0].content == seen[1].content
