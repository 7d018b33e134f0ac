"""The control API, under ``/_mock`` (outside every WeChat path), for tests and demos.

    GET    /_mock/health                  {"ok": true, "spec_version": …, "public_key_id": …}
    POST   /_mock/reset                   back to the seed (coupons, redemptions, faults, clock,
                                          journal)
    POST   /_mock/seed      {seed JSON}   add or replace coupons (same format as seed.json)
    GET    /_mock/clock                   {"now": RFC 3339, "offset_seconds": s}
    POST   /_mock/clock     {"offset_seconds": s} | {"advance_seconds": s} | {"now": RFC 3339}
    GET    /_mock/journal?limit=N         the last N WeChat requests, oldest first: at, method,
                                          target, operation, status, code (WeChat's error code),
                                          request_id, nonce, fault (499 CLIENT_CLOSED_REQUEST:
                                          the client hung up during a delay or hang)
    DELETE /_mock/journal
    POST   /_mock/faults    {"operation": "<operationId>" | "*", "kind": K, "count": N,
                             "seconds": S}
           K = rate_limit (429 + Retry-After: S) | server_error (500 SYSTEM_ERROR)
             | delay (S seconds, then the normal answer) | hang (until the client gives up)
             | reset (the connection dies mid-answer) | corrupt_signature | stale_timestamp
    GET    /_mock/faults                  the faults still armed
    DELETE /_mock/faults

The business clock moves coupon validity and ``wechatpay_use_time``; signatures always use the
real time, as a client's clock would.
"""

import datetime
import json
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

if TYPE_CHECKING:
    from .app import MockState

FAULT_KINDS = (
    "rate_limit",
    "server_error",
    "delay",
    "hang",
    "reset",
    "corrupt_signature",
    "stale_timestamp",
)


class ControlError(Exception):
    pass


async def _json(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise ControlError(f"body is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ControlError("body must be a JSON object")
    return data


def _bad(message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=400)


def control_routes(state: "MockState") -> list[Route]:
    async def health(request: Request) -> JSONResponse:
        return JSONResponse(
            {
                "ok": True,
                "spec_version": state.spec.version,
                "public_key_id": state.settings.public_key_id,
            }
        )

    async def reset(request: Request) -> JSONResponse:
        state.store.reset(state.seed)
        state.store.clear_journal()
        return JSONResponse({"ok": True})

    async def seed(request: Request) -> JSONResponse:
        try:
            data = await _json(request)
            state.store.load(data)
        except ControlError as exc:
            return _bad(str(exc))
        except (KeyError, TypeError) as exc:
            return _bad(f"seed entry lacks or mistypes {exc}")
        return JSONResponse({"ok": True})

    async def clock(request: Request) -> JSONResponse:
        if request.method == "POST":
            try:
                data = await _json(request)
                if "offset_seconds" in data:
                    offset = float(data["offset_seconds"])
                elif "advance_seconds" in data:
                    offset = state.store.clock_offset() + float(data["advance_seconds"])
                elif "now" in data:
                    wanted = datetime.datetime.fromisoformat(str(data["now"]))
                    if wanted.tzinfo is None:
                        raise ControlError("now needs a UTC offset, e.g. +08:00")
                    offset = (wanted - datetime.datetime.now(datetime.UTC)).total_seconds()
                else:
                    raise ControlError("give offset_seconds, advance_seconds or now")
            except ControlError as exc:
                return _bad(str(exc))
            except ValueError as exc:
                return _bad(f"not a number or time: {exc}")
            state.store.set_clock_offset(offset)
        return JSONResponse(
            {"now": state.business_now().isoformat(), "offset_seconds": state.store.clock_offset()}
        )

    async def journal(request: Request) -> JSONResponse:
        if request.method == "DELETE":
            state.store.clear_journal()
            return JSONResponse({"ok": True})
        try:
            limit = int(request.query_params.get("limit", "100"))
        except ValueError:
            return _bad("limit must be an integer")
        return JSONResponse({"requests": state.store.journal(max(1, min(limit, 10_000)))})

    async def faults(request: Request) -> JSONResponse:
        if request.method == "DELETE":
            state.store.clear_faults()
            return JSONResponse({"ok": True})
        if request.method == "GET":
            return JSONResponse({"faults": state.store.faults()})
        try:
            data = await _json(request)
            kind = str(data.get("kind", ""))
            if kind not in FAULT_KINDS:
                raise ControlError(f"kind must be one of {', '.join(FAULT_KINDS)}")
            operation = str(data.get("operation", "*"))
            if operation != "*" and operation not in state.spec.by_id:
                raise ControlError(f"operation must be '*' or one of {', '.join(state.spec.by_id)}")
            count = int(data.get("count", 1))
            seconds = float(data.get("seconds", 1.0))
            if count < 1 or seconds < 0:
                raise ControlError("count must be >= 1 and seconds >= 0")
        except ControlError as exc:
            return _bad(str(exc))
        except (TypeError, ValueError) as exc:
            return _bad(f"count and seconds must be numbers: {exc}")
        fault_id = state.store.arm_fault(operation, kind, count, seconds)
        return JSONResponse(
            {
                "id": fault_id,
                "operation": operation,
                "kind": kind,
                "count": count,
                "seconds": seconds,
            }
        )

    return [
        Route("/health", health, methods=["GET"]),
        Route("/reset", reset, methods=["POST"]),
        Route("/seed", seed, methods=["POST"]),
        Route("/clock", clock, methods=["GET", "POST"]),
        Route("/journal", journal, methods=["GET", "DELETE"]),
        Route("/faults", faults, methods=["GET", "POST", "DELETE"]),
    ]
