"""The ASGI app: the spec's operations, signed both ways, plus the ``/_mock`` control API.

Each WeChat request goes through, in order: route (404 / 405 with ``Allow``) → body (400 when
too large) → armed faults (they stand in front of the API, as WeChat's gateway would) → request
signature under the scheme the operation's ``security`` names (401 ``SIGN_ERROR``) → validation
against the spec (400 ``PARAM_ERROR``) → the key that signs the answer (``Wechatpay-Serial``) →
an idempotent replay, or the operation's binding → a signed answer with a ``Request-ID``.

Every step answers with an error example of the spec, by name. Nothing a client sends turns
into a 500 unless a 500 was asked for; a bug in the mock is a signed 500 and a logged traceback.
"""

import asyncio
import dataclasses
import datetime
import itertools
import json
import logging
import os
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount

from wechatpay_auth import WechatPayAuthError, load_private_key
from wechatpay_auth.primitives import MERCHANT_SCHEME, parse_authorization, sign_response_headers

from .authentication import SignatureRejected, authenticate, claimed_signature_type
from .binding import Binding, bind
from .context import Answer, Caller, Context, ViewFunction, error_answer
from .control import control_routes
from .platform_keys import BOTH, same_serial
from .rules import VIEWS
from .seed import Seed, load_seed
from .spec import Operation, Spec
from .store import Replay, Store
from .validation import RequestRejected, decode_path, parse_query, validate
from .world import MockSettings

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


@dataclass(frozen=True)
class Signer:
    """The key a response is signed with and the serial that names it (``Wechatpay-Serial``):
    the public key id ``PUB_KEY_ID_…`` or a platform certificate's serial."""

    key: RSAPrivateKey = field(repr=False)
    serial: str


class MockState:
    """What the endpoints share: settings, spec, bindings, store and seed."""

    def __init__(self, settings: MockSettings, spec: Spec) -> None:
        self.settings: MockSettings = settings
        self.spec: Spec = spec
        # Every operation is bound before anything is served, or the mock does not start.
        self.bindings: dict[str, Binding] = bind(spec)
        self.views: dict[str, ViewFunction] = {name: view.apply for name, view in VIEWS.items()}
        self.seed: Seed = load_seed(settings.seed_path, spec) if settings.seed_path else Seed()
        self.store: Store = Store(settings.database, journal_size=settings.journal_size)
        # Worker processes sharing a file start from what is there; a fresh store gets the seed.
        self.store.seed_if_empty(self.seed.entities)
        self.public_key_signer: Signer = Signer(settings.platform_key, settings.public_key_id)
        # The keys of the platform certificates, by serial: the configured ones, and those the
        # control API adds (read back from the store in another worker).
        self._certificate_keys: dict[str, RSAPrivateKey] = {
            c.serial_no: c.private_key for c in settings.platform_certificates
        }
        self.store.start_certificates(self.configured_certificates())

    def configured_certificates(self) -> list[tuple[str, bytes]]:
        return [(c.serial_no, c.pem()) for c in self.settings.platform_certificates]

    def remember_certificate_key(self, serial: str, key: RSAPrivateKey) -> None:
        self._certificate_keys[serial] = key

    def certificate_signer(self) -> Signer | None:
        """The platform certificate WeChat Pay signs with now, if it has any."""
        current = next((c for c in self.store.certificates() if c.signing), None)
        if current is None:
            return None
        key = self._certificate_keys.get(current.serial)
        if key is None and current.private_key is not None:
            # Added by the control API in another worker: the store has its (TEST-ONLY) key.
            key = load_private_key(current.private_key)
            self._certificate_keys[current.serial] = key
        return Signer(key, current.serial) if key is not None else None

    def business_now(self) -> datetime.datetime:
        offset = self.store.clock_offset()
        return datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=offset)

    def reset(self) -> None:
        """Back to the seed: entities, replays, faults, platform certificates and the clock."""
        self.store.reset(self.seed.entities, self.configured_certificates())

    def trusted_signers(self, caller: Caller | None) -> dict[str, Signer]:
        """The keys ``caller`` verifies answers with, by serial; the first is the default.

        A brand, or a merchant in public-key mode: the WeChat Pay public key. A merchant in
        certificate mode: the platform certificate WeChat Pay signs with now. A merchant in both
        modes (migrating) trusts both, the certificate first: WeChat Pay keeps signing with it
        unless the request's ``Wechatpay-Serial`` names the public key, which is how a client
        that has moved to the public key (the official SDKs send the id on every request) says
        so, and how an older client that sends nothing keeps working.
        """
        public = {self.public_key_signer.serial: self.public_key_signer}
        merchant = (
            self.settings.merchant_of(caller.signature_type, caller.principal) if caller else None
        )
        if merchant is None or not merchant.has_certificates:
            return public
        certificate = self.certificate_signer()
        if certificate is None:
            return public
        return {certificate.serial: certificate, **(public if merchant.mode == BOTH else {})}


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
        await self._control(scope, receive, send)

    def gateway_error(self, issue: str) -> tuple[int, dict[str, str], bytes]:
        """A signed 400 ``INVALID_REQUEST`` for a request the HTTP layer could not parse (so no
        app saw it): status, headers and body, journaled like any other answer."""
        state = self.mock
        exchange = _Exchange(method="-", target="-", started=time.perf_counter())
        answer = error_answer(state.spec.gateway_error(HTTP_ERROR), {"issue": issue})
        response = _respond(state, exchange, _Outcome(answer=answer))
        return response.status_code, dict(response.headers), bytes(response.body)


def _is_control(path: str) -> bool:
    return path == "/_mock" or path.startswith("/_mock/")


def create_app(settings: MockSettings, *, spec: Spec | None = None) -> MockApp:
    """The mock for ``settings``; ``spec`` defaults to the spec file shipped with the package.

    Raises ``BindingError`` when an operation of the spec has nothing to serve it, and
    ``SeedError`` when the seed holds what the spec does not allow.
    """
    _hide_injected_resets()
    if settings.log_requests:
        _show_request_log()
    return MockApp(MockState(settings, spec or Spec.load()))


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
    """What is answered, and how it is signed."""

    answer: Answer
    signature_type: str = MERCHANT_SCHEME
    signer: Signer | None = None
    # Who the Authorization header says signed, verified or not: an answer given before the
    # signature is checked is signed with that caller's key (a 401 too).
    claimed: Caller | None = None
    fault: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


class _Refused(Exception):
    """An answer given before the operation runs (route, body, fault, signature, validation)."""

    def __init__(self, answer: Answer, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(answer.body.get("code"))
        self.answer = answer
        self.headers = dict(headers or {})


class _Dropped(Exception):
    """No answer at all: a reset asked for, or a client that hung up first."""

    def __init__(self, response: Response, status: int, code: str | None = None) -> None:
        super().__init__(code)
        self.response, self.status, self.code = response, status, code


async def _handle(state: MockState, request: Request) -> Response:
    raw_path: bytes = request.scope.get("raw_path") or request.scope["path"].encode()
    raw_query: bytes = request.scope.get("query_string", b"")
    target = raw_path.decode("latin-1") + ("?" + raw_query.decode("latin-1") if raw_query else "")
    exchange = _Exchange(request.method.upper(), target[:512], time.perf_counter())
    authorization = request.headers.get("authorization")
    outcome = _Outcome(
        answer=Answer(0, {}),
        signature_type=claimed_signature_type(authorization) or MERCHANT_SCHEME,
        claimed=_claimed(authorization),
    )
    try:
        outcome.answer = await _serve(state, request, raw_path, raw_query, exchange, outcome)
    except _Refused as refused:
        outcome.answer = refused.answer
        outcome.headers.update(refused.headers)
    except _Dropped as dropped:
        _record(state, exchange, dropped.status, "-", dropped.code, outcome.fault)
        return dropped.response
    except Exception:
        # A bug in the mock, not the client's doing: logged, and still a signed WeChat answer.
        logger.exception("wechatpay-mock failed on %s %s", exchange.method, exchange.target)
        operation = state.spec.by_id.get(exchange.operation or "")
        example = operation.first_error(500) if operation else None
        answer = (
            error_answer(example, {"issue": "the mock failed; see its log"}) if example else None
        )
        outcome.answer = answer or Answer(500, {"code": "SYSTEM_ERROR", "message": "系统错误"})
    return _respond(state, exchange, outcome)


async def _serve(
    state: MockState,
    request: Request,
    raw_path: bytes,
    raw_query: bytes,
    exchange: _Exchange,
    outcome: _Outcome,
) -> Answer:
    path = _decoded_path(state, raw_path)
    operation = _route(state, exchange, path)
    exchange.operation = operation.operation_id
    outcome.signature_type = (
        outcome.signature_type
        if outcome.signature_type in operation.signature_types
        else operation.signature_types[0]
    )
    body = await _read_body(request, operation)
    fault = state.store.take_fault(operation.operation_id)
    if fault is not None:
        outcome.fault = fault[0]
        await _apply_fault(fault, operation, request)
    try:
        caller, exchange.nonce = authenticate(
            state.settings,
            operation.signature_types,
            exchange.method,
            raw_path,
            raw_query,
            request.headers.get("authorization"),
            body,
        )
    except SignatureRejected as rejected:
        raise _Refused(error_answer(operation.error("SIGN_ERROR"), rejected.detail)) from None
    try:
        valid = validate(
            operation,
            state.spec.path_params(operation, path),
            parse_query(raw_query),
            {k.lower(): v for k, v in request.headers.items()},
            body,
            request.headers.get("content-type", ""),
        )
    except RequestRejected as rejected:
        raise _Refused(
            error_answer(operation.error("PARAM_ERROR"), rejected.problem.detail())
        ) from None
    outcome.signer = _signer(state, operation, caller, request.headers.get(WECHATPAY_SERIAL))
    context = Context(
        operation=operation,
        request=valid,
        caller=caller,
        settings=state.settings,
        store=state.store,
        now=state.business_now(),
        views=state.views,
        operations=state.spec.by_id,
        sources=state.seed.sources,
    )
    return _run(state, state.bindings[operation.operation_id], context)


def _claimed(authorization: str | None) -> Caller | None:
    if not authorization:
        return None
    try:
        params = parse_authorization(authorization)
    except WechatPayAuthError:
        return None
    return Caller(params.scheme, params.principal)


def _decoded_path(state: MockState, raw_path: bytes) -> str:
    try:
        return decode_path(raw_path)
    except RequestRejected as rejected:
        answer = error_answer(state.spec.gateway_error(HTTP_ERROR), rejected.problem.detail())
        raise _Refused(answer) from None


def _route(state: MockState, exchange: _Exchange, path: str) -> Operation:
    operation, allowed = state.spec.match(exchange.method, path)
    if operation is not None:
        return operation
    if allowed:
        code, message = _NO_METHOD
        issue = f"{exchange.method} is not allowed; use {', '.join(allowed)}"
        raise _Refused(
            Answer(405, {"code": code, "message": message, "detail": {"issue": issue}}),
            {"Allow": ", ".join(allowed)},
        )
    code, message = _NO_ROUTE
    issue = f"no WeChat Pay API at {path[:200]}"
    raise _Refused(Answer(404, {"code": code, "message": message, "detail": {"issue": issue}}))


async def _read_body(request: Request, operation: Operation) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            detail = {"field": "body", "location": "body", "issue": f"over {MAX_BODY_BYTES} bytes"}
            raise _Refused(error_answer(operation.error(HTTP_ERROR), detail))
        chunks.append(chunk)
    return b"".join(chunks)


def _signer(
    state: MockState, operation: Operation, caller: Caller, requested: str | None
) -> Signer:
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
        raise _Refused(error_answer(operation.error("PARAM_ERROR"), detail))
    return next(iter(trusted.values()))


def _run(state: MockState, binding: Binding, context: Context) -> Answer:
    """The binding's answer; for an idempotent operation, in one transaction with its replay."""
    operation = binding.operation
    if operation.idempotency_key is None:
        return binding(context)
    body = context.request.body
    key = str(body[operation.idempotency_key])
    principal = context.caller.principal
    with state.store.transaction() as db:
        first = state.store.replay(db, operation.operation_id, principal, key)
        if first is not None:
            return _replayed(context, first, body)
        answer = binding(dataclasses.replace(context, db=db))
        if 200 <= answer.status < 300:
            replay = Replay(body, answer.status, answer.body)
            state.store.remember(db, operation.operation_id, principal, key, replay)
    return answer


def _replayed(context: Context, first: Replay, body: Mapping[str, Any]) -> Answer:
    """The first answer again when the request is the same, field for field; else the error
    the spec names in ``x-idempotency-conflict`` (it redeemed nothing)."""
    if first.request == body:
        return Answer(first.status, first.response)
    operation = context.operation
    assert operation.idempotency_key is not None and operation.idempotency_conflict is not None
    differ = sorted(
        name
        for name in {*first.request, *body}
        if first.request.get(name, _ABSENT) != body.get(name, _ABSENT)
    )
    return context.error(
        operation.idempotency_conflict,
        detail={
            "field": f"/{operation.idempotency_key}",
            "location": "body",
            "issue": f"already used for another request (it differs in {', '.join(differ)})",
        },
    )


_ABSENT = object()


async def _apply_fault(fault: tuple[str, float], operation: Operation, request: Request) -> None:
    kind, seconds = fault
    if kind == "rate_limit":
        example = operation.first_error(429)
        assert example is not None  # binding checked it
        raise _Refused(
            error_answer(example, {"issue": "fault injected by wechatpay-mock"}),
            {"Retry-After": str(max(0, round(seconds)))},
        )
    if kind == "server_error":
        example = operation.first_error(500)
        assert example is not None  # binding checked it
        raise _Refused(error_answer(example, {"issue": "fault injected by wechatpay-mock"}))
    if kind in ("delay", "hang"):
        # A hang is a delay longer than any sane client timeout; the client gives up first.
        await _sleep_while_connected(request, seconds if kind == "delay" else max(seconds, 3600.0))
    if kind == "reset":
        raise _Dropped(ResetResponse(), 0)
    # corrupt_signature, stale_timestamp and unsigned act on the answer.


async def _sleep_while_connected(request: Request, seconds: float) -> None:
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
        raise _Dropped(Response(b"", status_code=499), 499, "CLIENT_CLOSED_REQUEST")


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


def _respond(state: MockState, exchange: _Exchange, outcome: _Outcome) -> Response:
    answer = outcome.answer
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
    code = answer.body.get("code") if isinstance(answer.body, Mapping) else None
    request_id = f"{_request_ids.next()}-{0 if 200 <= answer.status < 300 else answer.status}"
    headers["Request-ID"] = request_id
    headers["Content-Type"] = CONTENT_TYPE
    headers.update(outcome.headers)
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
