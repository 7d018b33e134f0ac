"""The ASGI app: the spec's operations, signed both ways, plus the ``/_mock`` control API.

Each WeChat request goes through steps that each answer or pass on to the next (as
stripe-mock's handler does; no step raises to answer): route (404 / 405 with ``Allow``) → body
(400 when too large) → armed faults (they stand in front of the API, as WeChat's gateway would)
→ request signature under the scheme the operation's ``security`` names (401 ``SIGN_ERROR``) →
validation against the spec (400 ``PARAM_ERROR``) → the key that signs the answer
(``Wechatpay-Serial``) → an idempotent replay, or the operation's binding → a signed answer
with a ``Request-ID``.

Every step answers with an error example of the spec, by name. Nothing a client sends turns
into a 500 unless a 500 was asked for; a bug in the mock is a signed 500 and a logged traceback.
"""

import asyncio
import datetime
import itertools
import json
import logging
import os
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount

from wechatpay_auth.primitives import MERCHANT_SCHEME, sign_response_headers

from .authentication import (
    SignatureProblem,
    authenticate,
    claimed_caller,
    claimed_signature_type,
)
from .binding import Binding
from .context import Answer, Context, apply_in, error_answer
from .control import control_routes
from .declarations import Rule
from .platform_keys import Signer, same_serial
from .rules import RULES
from .settings import Caller, MockSettings
from .spec import Operation, Spec
from .state import MockState
from .store import Replay
from .validation import Problem, decode_path, parse_query, refusal, validate

MAX_BODY_BYTES = 1 << 20
STALE_SECONDS = 600
CONTENT_TYPE = "application/json; charset=utf-8"
WECHATPAY_SERIAL = "Wechatpay-Serial"
logger: logging.Logger = logging.getLogger("wechatpay_mock")
request_log: logging.Logger = logging.getLogger("wechatpay_mock.requests")

# Answers of WeChat's gateway, for requests that reach no operation of the spec.
_NO_ROUTE = ("NOT_FOUND", "请求的资源不存在")
_NO_METHOD = ("METHOD_NOT_ALLOWED", "请求方法不被允许")
# The first error example of the spec with this name answers what the HTTP layer rejects.
HTTP_ERROR = "INVALID_REQUEST_HTTP"


class MockApp:
    """The ASGI application. WeChat paths take any method (a wrong one is a signed 405, not a
    framework's bare one); ``/_mock`` goes to the control API."""

    def __init__(self, state: MockState) -> None:
        self.mock: MockState = state
        self._control = Starlette(routes=[Mount("/_mock", routes=control_routes(state))])

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and not _is_control(scope["path"]):
            response = await _handle(self.mock, Request(scope, receive))
            await response(scope, receive, send)
            return
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        await self._control(scope, receive, send)

    async def _lifespan(self, receive: Any, send: Any) -> None:
        """The server's start and stop: notifications are delivered while it serves (those a
        previous process left pending too)."""
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self.mock.deliveries.start()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await asyncio.to_thread(self.mock.deliveries.stop)
                await send({"type": "lifespan.shutdown.complete"})
                return

    def gateway_error(self, issue: str) -> tuple[int, dict[str, str], bytes]:
        """A signed 400 ``INVALID_REQUEST`` for a request the HTTP layer could not parse (so no
        app saw it): status, headers and body, journaled like any other answer."""
        state = self.mock
        exchange = _Exchange(method="-", target="-", started=time.perf_counter())
        answer = error_answer(state.spec.gateway_error(HTTP_ERROR), {"issue": issue})
        response = _respond(state, exchange, _Outcome(), answer)
        return response.status_code, dict(response.headers), bytes(response.body)


def _is_control(path: str) -> bool:
    return path == "/_mock" or path.startswith("/_mock/")


def create_app(
    settings: MockSettings, *, spec: Spec | None = None, rules: Mapping[str, Rule] | None = None
) -> MockApp:
    """The mock for ``settings``; ``spec`` defaults to the spec file shipped with the package,
    ``rules`` to the package's named rules (``rules.RULES``; a spec with more state-changing
    operations needs rules for them too).

    Raises ``BindingError`` when an operation of the spec has nothing to serve it, and
    ``SeedError`` when the seed holds what the spec does not allow.
    """
    _hide_injected_resets()
    if settings.log_requests:
        _show_request_log()
    return MockApp(MockState(settings, spec or Spec.load(), RULES if rules is None else rules))


class _HideInjectedResets(logging.Filter):
    # A reset a client test asked for is not a server error worth a traceback in the log.
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], ConnectionResetByMock))


def _hide_injected_resets() -> None:
    server_log = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _HideInjectedResets) for f in server_log.filters):
        server_log.addFilter(_HideInjectedResets())


def _show_request_log() -> None:
    request_log.setLevel(logging.INFO)
    if not request_log.handlers:
        # On stdout, like uvicorn's access log.
        handler = logging.StreamHandler(sys.stdout)
        handler.setFormatter(logging.Formatter("%(message)s"))
        request_log.addHandler(handler)


class _RequestIds:
    """Unique Request-IDs, cheaply: a random prefix per process and a counter."""

    def __init__(self) -> None:
        self._pid = -1
        self._prefix = ""
        self._counter: Iterator[int] = iter(())

    def next(self) -> str:
        if self._pid != os.getpid():  # a worker process forked after import: a new prefix
            self._pid, self._prefix = os.getpid(), os.urandom(8).hex().upper()
            self._counter = itertools.count(1)
        return f"{self._prefix}{next(self._counter):016X}"


_request_ids = _RequestIds()


# --- one request ----------------------------------------------------------------------------------


@dataclass
class _Exchange:
    """What was asked, as the journal and the log line show it."""

    method: str
    target: str
    started: float
    operation: str | None = None
    nonce: str | None = None


@dataclass
class _Outcome:
    """How the answer is signed: for whom, with which key, and the fault it meets."""

    signature_type: str = MERCHANT_SCHEME
    signer: Signer | None = None
    # Who the Authorization header says signed, verified or not: an answer given before the
    # signature is checked is signed with that caller's key (a 401 too).
    claimed: Caller | None = None
    fault: str | None = None


@dataclass(frozen=True)
class Dropped:
    """No answer at all: a reset asked for, or a client that hung up first. ``status`` and
    ``code`` are what the journal shows."""

    response: Response
    status: int
    code: str | None = None


async def _handle(state: MockState, request: Request) -> Response:
    raw_path: bytes = request.scope.get("raw_path") or request.scope["path"].encode()
    raw_query: bytes = request.scope.get("query_string", b"")
    target = raw_path.decode("latin-1") + ("?" + raw_query.decode("latin-1") if raw_query else "")
    exchange = _Exchange(request.method.upper(), target[:512], time.perf_counter())
    authorization = request.headers.get("authorization")
    outcome = _Outcome(
        signature_type=claimed_signature_type(authorization) or MERCHANT_SCHEME,
        claimed=claimed_caller(authorization),
    )
    try:
        result = await _serve(state, request, raw_path, raw_query, exchange, outcome)
    except Exception:
        # A bug in the mock, not the client's doing: logged, and still a signed WeChat answer.
        logger.exception("wechatpay-mock failed on %s %s", exchange.method, exchange.target)
        result = _failure(state, exchange)
    if isinstance(result, Dropped):
        _record(state, exchange, result.status, "-", result.code, outcome.fault)
        return result.response
    return _respond(state, exchange, outcome, result)


async def _serve(
    state: MockState,
    request: Request,
    raw_path: bytes,
    raw_query: bytes,
    exchange: _Exchange,
    outcome: _Outcome,
) -> Answer | Dropped:
    """The request's way through the mock: each step answers, or passes on to the next."""
    path = decode_path(raw_path)
    if isinstance(path, Problem):
        return error_answer(state.spec.gateway_error(HTTP_ERROR), path.detail())
    operation = _route(state, exchange, path)
    if isinstance(operation, Answer):
        return operation
    exchange.operation = operation.operation_id
    if outcome.signature_type not in operation.signature_types:
        outcome.signature_type = operation.signature_types[0]
    body = await _read_body(request, operation)
    if isinstance(body, Answer):
        return body
    fault = state.store.take_fault(operation.operation_id)
    if fault is not None:
        outcome.fault = fault[0]
        before = await _fault_before(fault, operation, request)
        if before is not None:
            return before
    verified = authenticate(
        state.settings,
        operation.signature_types,
        exchange.method,
        raw_path,
        raw_query,
        request.headers.get("authorization"),
        body,
    )
    if isinstance(verified, SignatureProblem):
        return error_answer(operation.error("SIGN_ERROR"), verified.detail())
    exchange.nonce = verified.nonce
    query = parse_query(raw_query)
    valid = (
        query
        if isinstance(query, Problem)
        else validate(
            operation,
            state.spec.path_params(operation, path),
            query,
            {k.lower(): v for k, v in request.headers.items()},
            body,
            request.headers.get("content-type", ""),
        )
    )
    if isinstance(valid, Problem):
        return error_answer(refusal(operation, valid), valid.detail())
    signer = _signer(state, operation, verified.caller, request.headers.get(WECHATPAY_SERIAL))
    if isinstance(signer, Answer):
        return signer
    outcome.signer = signer
    context = state.context(operation, valid, verified.caller)
    answer = _run(state, state.bindings[operation.operation_id], context)
    if outcome.fault == LOST_ANSWER:
        # Applied, committed, and never told: what a client sees when an answer is lost on
        # the way back. The journal shows what was applied.
        return Dropped(LostAnswerResponse(), answer.status, _code(answer))
    return answer


def _code(answer: Answer) -> str | None:
    return answer.body.get("code") if isinstance(answer.body, Mapping) else None


def _failure(state: MockState, exchange: _Exchange) -> Answer:
    """The signed 500 a bug in the mock answers: the operation's own, else WeChat's generic."""
    operation = state.spec.by_id.get(exchange.operation or "")
    example = operation.first_error(500) if operation else None
    if example is None:
        return Answer(500, {"code": "SYSTEM_ERROR", "message": "系统错误"})
    return error_answer(example, {"issue": "the mock failed; see its log"})


def _route(state: MockState, exchange: _Exchange, path: str) -> Operation | Answer:
    operation, allowed = state.spec.match(exchange.method, path)
    if operation is not None:
        return operation
    if allowed:
        code, message = _NO_METHOD
        issue = f"{exchange.method} is not allowed; use {', '.join(allowed)}"
        return Answer(
            405,
            {"code": code, "message": message, "detail": {"issue": issue}},
            {"Allow": ", ".join(allowed)},
        )
    code, message = _NO_ROUTE
    issue = f"no WeChat Pay API at {path[:200]}"
    return Answer(404, {"code": code, "message": message, "detail": {"issue": issue}})


async def _read_body(request: Request, operation: Operation) -> bytes | Answer:
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            detail = {"field": "body", "location": "body", "issue": f"over {MAX_BODY_BYTES} bytes"}
            return error_answer(operation.error(HTTP_ERROR), detail)
        chunks.append(chunk)
    return b"".join(chunks)


def _signer(
    state: MockState, operation: Operation, caller: Caller, requested: str | None
) -> Signer | Answer:
    """The key that signs the answer: the one ``Wechatpay-Serial`` names if the caller trusts
    it, else the caller's default. Where the operation requires the header (the brand API), a
    serial the caller does not trust is the documented PARAM_ERROR."""
    trusted = state.trusted_signers(caller)
    named = (
        next((s for serial, s in trusted.items() if same_serial(serial, requested)), None)
        if requested is not None
        else None
    )
    if named is not None:
        return named
    parameter = operation.parameter(WECHATPAY_SERIAL)
    if parameter is not None and parameter.required and parameter.location == "header":
        detail = {
            "field": WECHATPAY_SERIAL,
            "location": "header",
            "issue": f"must name the WeChat Pay key of the caller: {', '.join(trusted)}",
        }
        return error_answer(operation.error("PARAM_ERROR"), detail)
    return next(iter(trusted.values()))


def _run(state: MockState, binding: Binding, context: Context) -> Answer:
    """The binding's answer. A state-changing operation runs in one transaction: what its rule
    writes (entities, notifications) commits before the answer leaves, or, when it answers an
    error, not at all; an idempotent one finds and stores its replay in that transaction too."""
    operation = binding.operation
    if operation.method == "get":
        return binding(context)
    key = (
        str(context.request.body[operation.idempotency_key])
        if operation.idempotency_key is not None
        else None
    )
    principal = context.caller.principal
    with state.store.transaction() as db:
        if key is not None:
            first = state.store.replay(db, operation.operation_id, principal, key)
            if first is not None:
                return _replayed(context, first)
        answer = apply_in(db, binding, context)
        if key is not None and 200 <= answer.status < 300:
            replay = Replay(_asked(context), answer.status, answer.body)
            state.store.remember(db, operation.operation_id, principal, key, replay)
    return answer


def _asked(context: Context) -> dict[str, Any]:
    """What a replay must repeat: the body and the path's parameters (a send names its user in
    the path: the same body for another user is another request)."""
    return {"path": context.request.path, "body": context.request.body}


def _replayed(context: Context, first: Replay) -> Answer:
    """The first answer again when the request is the same, field for field; else the error
    the spec names in ``x-idempotency-conflict`` (it redeemed nothing)."""
    asked = _asked(context)
    if first.request == asked:
        return Answer(first.status, first.response)
    operation = context.operation
    assert operation.idempotency_key is not None and operation.idempotency_conflict is not None
    differ = [
        f"{name} ({part})" if part == "path" else name
        for part in ("path", "body")
        for name in sorted({*first.request[part], *asked[part]})
        if first.request[part].get(name, _ABSENT) != asked[part].get(name, _ABSENT)
    ]
    return context.error(
        operation.idempotency_conflict,
        detail={
            "field": f"/{operation.idempotency_key}",
            "location": "body",
            "issue": f"already used for another request (it differs in {', '.join(differ)})",
        },
    )


_ABSENT = object()
_INJECTED = {"issue": "fault injected by wechatpay-mock"}


async def _fault_before(
    fault: tuple[str, float], operation: Operation, request: Request
) -> Answer | Dropped | None:
    """What a fault answers in place of the API, or None to go on (a delay, or a fault that
    acts on the answer: corrupt_signature, stale_timestamp, unsigned)."""
    kind, seconds = fault
    if kind == "rate_limit":
        example = operation.first_error(429)
        assert example is not None  # binding checked it
        return error_answer(example, _INJECTED, {"Retry-After": str(max(0, round(seconds)))})
    if kind == "server_error":
        example = operation.first_error(500)
        assert example is not None  # binding checked it
        return error_answer(example, _INJECTED)
    if kind in ("delay", "hang"):
        # A hang is a delay longer than any sane client timeout; the client gives up first.
        return await _sleep_while_connected(
            request, seconds if kind == "delay" else max(seconds, 3600.0)
        )
    if kind == "reset":
        return Dropped(ResetResponse(), 0)
    return None


async def _sleep_while_connected(request: Request, seconds: float) -> Dropped | None:
    """Sleep, or give up (499 in the journal) as soon as the client hangs up.

    A hang then ends with the client's timeout instead of an hour later, so the journal shows
    it at once and the server can shut down without waiting for it.
    """

    async def disconnected() -> None:
        # The body has been read, so the next message is the disconnect.
        while (await request.receive())["type"] != "http.disconnect":
            pass

    sleeper = asyncio.ensure_future(asyncio.sleep(seconds))
    watcher = asyncio.ensure_future(disconnected())
    done, pending = await asyncio.wait({sleeper, watcher}, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    if watcher in done and sleeper not in done:
        # Nobody is left to answer; 499 as nginx logs it, for the journal.
        return Dropped(Response(b"", status_code=499), 499, "CLIENT_CLOSED_REQUEST")
    return None


# The fault that lets the request through and drops its answer; see LostAnswerResponse.
LOST_ANSWER = "lost_answer"
# An ASGI scope extension the mock's own HTTP protocol (protocol.SignedErrorsProtocol) adds: a
# callable that closes the connection at once, before any byte of a response.
CLOSE_CONNECTION = "wechatpay_mock.close_connection"


class LostAnswerResponse(Response):
    """No response at all: the connection closes before its first byte, as when an answer is
    lost on the network after the server acted (a client sees "server disconnected without
    sending a response").

    ASGI has no way to do that; the mock's protocol gives the app a way to close the
    connection (``CLOSE_CONNECTION``). Served by another server, it breaks off like
    ``ResetResponse`` instead: the client still gets no usable answer.
    """

    def __init__(self) -> None:
        super().__init__(b"", status_code=200)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        close = scope.get("extensions", {}).get(CLOSE_CONNECTION)
        if close is None:
            await ResetResponse()(scope, receive, send)
            return
        close()
        # The server marks the exchange disconnected, and then sends nothing for it.
        while (await receive())["type"] != "http.disconnect":
            pass


class ConnectionResetByMock(Exception):
    """Raised mid-response on purpose, so that the server drops the connection."""


class ResetResponse(Response):
    """Starts a response, then breaks off: the client sees the connection die mid-answer.

    ASGI has no way to reset a socket; an exception after the response has started makes the
    server close the connection without completing it, which a client experiences the same way.
    """

    def __init__(self) -> None:
        super().__init__(b"", status_code=200)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-length", b"4096")],
            }
        )
        raise ConnectionResetByMock("connection reset injected by wechatpay-mock")


def _respond(state: MockState, exchange: _Exchange, outcome: _Outcome, answer: Answer) -> Response:
    body = json.dumps(answer.body, ensure_ascii=False, separators=(",", ":")).encode()
    if exchange.method == "HEAD":
        # A HEAD answer carries no body, so the signature must cover an empty one.
        body = b""
    headers: dict[str, str] = {}
    if outcome.fault != "unsigned":
        signer = outcome.signer or next(iter(state.trusted_signers(outcome.claimed).values()))
        stale = STALE_SECONDS if outcome.fault == "stale_timestamp" else 0
        headers = sign_response_headers(
            signer.key,
            signer.serial,
            body,
            timestamp=int(time.time()) - stale,
            signature_type=outcome.signature_type,
        )
        if outcome.fault == "corrupt_signature":
            signature = headers["Wechatpay-Signature"]
            headers["Wechatpay-Signature"] = ("A" if signature[0] != "A" else "B") + signature[1:]
    code = _code(answer)
    # WeChat's Request-ID ends in the error's number where the spec gives one (x-wechatpay-
    # error-number, e.g. …-268578367), which is what a client may branch on.
    suffix = answer.number if answer.number is not None else answer.status
    request_id = f"{_request_ids.next()}-{0 if 200 <= answer.status < 300 else suffix}"
    headers["Request-ID"] = request_id
    headers["Content-Type"] = CONTENT_TYPE
    headers.update(answer.headers)
    _record(state, exchange, answer.status, request_id, code, outcome.fault)
    return Response(body, status_code=answer.status, headers=headers)


def _record(
    state: MockState,
    exchange: _Exchange,
    status: int,
    request_id: str,
    code: str | None,
    fault: str | None,
) -> None:
    ms = round((time.perf_counter() - exchange.started) * 1000, 3)
    state.store.record(
        {
            "method": exchange.method,
            "target": exchange.target,
            "operation": exchange.operation,
            "status": status,
            "request_id": request_id,
            "nonce": exchange.nonce,
            "fault": fault,
            "code": code,
            "ms": ms,
        }
    )
    if request_log.isEnabledFor(logging.INFO):
        moment = datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds")
        request_log.info(
            "%s %s %s %s %s %.1fms",
            moment,
            exchange.operation or f"{exchange.method} {exchange.target[:80]}",
            status,
            code or "-",
            request_id,
            ms,
        )
