"""The ASGI app: WeChat's four operations, signed both ways, plus the ``/_mock`` control API.

Each WeChat request goes through, in order: route (404 / 405 with ``Allow``) → request
signature (401 ``SIGN_ERROR``) → armed faults → validation against the spec (400
``PARAM_ERROR``) → the operation → a signed answer with a ``Request-ID``. Nothing a client sends
turns into a 500 unless a 500 was asked for.
"""

import asyncio
import datetime
import json
import logging
import time
import uuid
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount

from wechatpay_auth import BRAND_SCHEME, MERCHANT_SCHEME, sign_response_headers

from .authentication import SignatureRejected, authenticate
from .control import control_routes
from .operations import HANDLERS, Answer, Context, error
from .spec import Operation, Spec
from .store import Store
from .validation import RequestRejected, decode_path, parse_query, validate
from .world import MockSettings, load_seed

MAX_BODY_BYTES = 1 << 20
STALE_SECONDS = 600
logger = logging.getLogger("wechatpay_mock")


class BodyTooLarge(Exception):
    pass


class MockState:
    """What the endpoints share: settings, spec, store."""

    def __init__(self, settings: MockSettings, spec: Spec) -> None:
        self.settings = settings
        self.spec = spec
        self.store = Store(settings.database)
        self.seed = load_seed(settings.seed_path) if settings.seed_path else None
        # Worker processes sharing a file start from what is there; a fresh store gets the seed.
        if self.seed:
            self.store.seed_if_empty(self.seed)

    def business_now(self) -> datetime.datetime:
        offset = self.store.clock_offset()
        return datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=offset)


class MockApp:
    """The ASGI application. WeChat paths take any method (a wrong one is a signed 405, not a
    framework's bare one); ``/_mock`` goes to the control API."""

    def __init__(self, state: MockState) -> None:
        self.mock = state
        self._control = Starlette(routes=[Mount("/_mock", routes=control_routes(state))])

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and not scope["path"].startswith("/_mock/"):
            response = await _handle(self.mock, Request(scope, receive))
            await response(scope, receive, send)
            return
        await self._control(scope, receive, send)


def create_app(settings: MockSettings, *, spec: Spec | None = None) -> MockApp:
    """The mock for ``settings``; ``spec`` defaults to the spec file shipped with the package."""
    _hide_injected_resets()
    return MockApp(MockState(settings, spec or Spec.load()))


class _HideInjectedResets(logging.Filter):
    # A reset a client test asked for is not a server error worth a traceback in the log.
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], ConnectionResetByMock))


def _hide_injected_resets() -> None:
    server_log = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _HideInjectedResets) for f in server_log.filters):
        server_log.addFilter(_HideInjectedResets())


async def _read_body(request: Request) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


async def _handle(state: MockState, request: Request) -> Response:
    raw_path: bytes = request.scope.get("raw_path") or request.scope["path"].encode()
    raw_query: bytes = request.scope.get("query_string", b"")
    target = raw_path.decode("latin-1") + ("?" + raw_query.decode("latin-1") if raw_query else "")
    method = request.method.upper()
    scheme = BRAND_SCHEME if raw_path.startswith(b"/brand/") else MERCHANT_SCHEME
    journal: dict[str, Any] = {"method": method, "target": target[:512]}
    operation: Operation | None = None
    extra_headers: dict[str, str] = {}
    fault: tuple[str, float] | None = None
    try:
        try:
            body = await _read_body(request)
        except BodyTooLarge:
            raise _Reject(
                error(
                    None,
                    400,
                    "INVALID_REQUEST",
                    "HTTP 请求不符合微信支付 APIv3 接口规则",
                    {
                        "field": "body",
                        "location": "body",
                        "issue": f"larger than {MAX_BODY_BYTES} bytes",
                    },
                )
            ) from None
        path = decode_path(raw_path)
        operation, allowed = state.spec.match(method, path)
        if operation is None:
            if allowed:
                extra_headers["Allow"] = ", ".join(allowed)
                raise _Reject(
                    error(
                        None,
                        405,
                        "METHOD_NOT_ALLOWED",
                        "请求方法不被允许",
                        {"issue": f"{method} is not allowed; use {', '.join(allowed)}"},
                    )
                )
            raise _Reject(
                error(
                    None,
                    404,
                    "NOT_FOUND",
                    "请求的资源不存在",
                    {"issue": f"no WeChat Pay API at {path[:200]}"},
                )
            )
        journal["operation"] = operation.operation_id
        caller, nonce = authenticate(
            state.settings,
            operation,
            method,
            raw_path,
            raw_query,
            request.headers.get("authorization"),
            body,
        )
        journal["nonce"] = nonce
        fault = state.store.take_fault(operation.operation_id)
        if fault is not None:
            journal["fault"] = fault[0]
            early = await _apply_fault(fault, operation, extra_headers, request)
            if early is not None:
                raise _Reject(early)
        valid = validate(
            operation,
            state.spec.path_params(operation, path),
            parse_query(raw_query),
            {k.lower(): v for k, v in request.headers.items()},
            body,
            request.headers.get("content-type", ""),
        )
        answer = HANDLERS[operation.operation_id](
            Context(operation, valid, caller, state.settings, state.store, state.business_now())
        )
    except _Reject as rejected:
        answer = rejected.answer
    except _Reset:
        journal.update(status=0, request_id="-")
        state.store.record(journal)
        return ResetResponse()
    except _ClientGone:
        # Nobody is left to answer (a hang ends here); 499 as nginx logs it, for the journal.
        journal.update(status=499, request_id="-", code="CLIENT_CLOSED_REQUEST")
        state.store.record(journal)
        return Response(b"", status_code=499)
    except SignatureRejected as rejected:
        answer = error(operation, 401, "SIGN_ERROR", "错误的签名，验签失败", rejected.detail)
    except RequestRejected as rejected:
        answer = error(operation, 400, "PARAM_ERROR", "参数错误", rejected.problem.detail())
    return _respond(state, answer, scheme, extra_headers, fault, journal)


class _Reject(Exception):
    def __init__(self, answer: Answer) -> None:
        super().__init__(answer.body.get("code"))
        self.answer = answer


async def _apply_fault(
    fault: tuple[str, float], operation: Operation, headers: dict[str, str], request: Request
) -> Answer | None:
    kind, seconds = fault
    if kind == "rate_limit":
        headers["Retry-After"] = str(max(0, round(seconds)))
        code = "FREQUENCY_LIMITED"
        example = next(iter(operation.error_examples.get(429, {}).values()), None)
        if example:
            code = str(example["code"])
        return error(operation, 429, code, detail={"issue": "fault injected by wechatpay-mock"})
    if kind == "server_error":
        return error(
            operation, 500, "SYSTEM_ERROR", detail={"issue": "fault injected by wechatpay-mock"}
        )
    if kind in ("delay", "hang"):
        # A hang is a delay longer than any sane client timeout; the client gives up first.
        await _sleep_while_connected(request, seconds if kind == "delay" else max(seconds, 3600.0))
    if kind == "reset":
        raise _Reset
    return None  # corrupt_signature and stale_timestamp act on the answer


class _Reset(Exception):
    pass


class _ClientGone(Exception):
    pass


async def _sleep_while_connected(request: Request, seconds: float) -> None:
    """Sleep, or raise ``_ClientGone`` as soon as the client hangs up.

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
        raise _ClientGone


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


def _respond(
    state: MockState,
    answer: Answer,
    scheme: str,
    extra_headers: dict[str, str],
    fault: tuple[str, float] | None,
    journal: dict[str, Any],
) -> Response:
    body = json.dumps(answer.body, ensure_ascii=False, separators=(",", ":")).encode()
    if journal["method"] == "HEAD":
        # A HEAD answer carries no body, so the signature must cover an empty one.
        body = b""
    kind = fault[0] if fault else None
    timestamp = int(time.time()) - (STALE_SECONDS if kind == "stale_timestamp" else 0)
    headers = sign_response_headers(
        state.settings.platform_key,
        state.settings.public_key_id,
        body,
        timestamp=timestamp,
        signature_type=scheme,
    )
    if kind == "corrupt_signature":
        signature = headers["Wechatpay-Signature"]
        headers["Wechatpay-Signature"] = ("A" if signature[0] != "A" else "B") + signature[1:]
    request_id = f"{uuid.uuid4().hex.upper()}-{0 if answer.status == 200 else answer.status}"
    headers["Request-ID"] = request_id
    headers.update(extra_headers)
    journal.update(status=answer.status, request_id=request_id, code=answer.body.get("code"))
    state.store.record(journal)
    return Response(body, status_code=answer.status, headers=headers, media_type="application/json")
