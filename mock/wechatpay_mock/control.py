"""The control API, under ``/_mock`` (outside every WeChat path), for tests and demos.

Its OpenAPI document, ``control-api.yaml`` beside this file, is served at
``/_mock/openapi.json``; ``GET /_mock/`` lists its endpoints. The fault kinds it accepts are the
enum of that document. The endpoints: health, reset, seed, clock, journal, faults and platform
certificates (see the document for each one's body and answer).
"""

import datetime
import json
from collections.abc import Awaitable, Callable
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from cryptography.hazmat.primitives import serialization
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from .platform_keys import describe, new_platform_certificate, same_serial
from .seed import SeedError, parse_seed
from .state import MockState

CONTROL_API = Path(__file__).with_name("control-api.yaml")
PREFIX = "/_mock"


@cache
def control_api() -> dict[str, Any]:
    """The control API's OpenAPI document."""
    document: dict[str, Any] = yaml.safe_load(CONTROL_API.read_text(encoding="utf-8"))
    return document


def fault_kinds() -> tuple[str, ...]:
    """The fault kinds the control API documents (and so accepts)."""
    kind = control_api()["components"]["schemas"]["Fault"]["properties"]["kind"]
    return tuple(kind["enum"])


class ControlError(Exception):
    pass


async def _json(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise ControlError(f"body is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ControlError("body must be a JSON object")
    return data


def _bad(message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=400)


CLOCK_FIELDS = ("offset_seconds", "advance_seconds", "now")


def _clock_offset(data: dict[str, Any], current: float) -> float:
    """The clock offset a ``POST /_mock/clock`` body asks for: it gives exactly one field."""
    given = [name for name in CLOCK_FIELDS if name in data]
    unknown = sorted(set(data) - set(CLOCK_FIELDS))
    if len(given) != 1 or unknown:
        found = ", ".join(given + unknown) or "none"
        raise ControlError(
            f"give exactly one of offset_seconds, advance_seconds or now (found: {found})"
        )
    if "offset_seconds" in data:
        return float(data["offset_seconds"])
    if "advance_seconds" in data:
        return current + float(data["advance_seconds"])
    wanted = datetime.datetime.fromisoformat(str(data["now"]))
    if wanted.tzinfo is None:
        raise ControlError("now needs a UTC offset, e.g. +08:00")
    return (wanted - datetime.datetime.now(datetime.UTC)).total_seconds()


def control_routes(state: MockState) -> list[Route]:
    """The control API's routes over ``state`` (mounted at ``/_mock``)."""

    async def index(request: Request) -> JSONResponse:
        endpoints = [
            {"method": method.upper(), "path": path, "summary": operation.get("summary", "")}
            for path, item in control_api()["paths"].items()
            for method, operation in item.items()
        ]
        return JSONResponse({"endpoints": endpoints, "openapi": f"{PREFIX}/openapi.json"})

    async def openapi(request: Request) -> JSONResponse:
        return JSONResponse(control_api())

    async def health(request: Request) -> JSONResponse:
        return JSONResponse(
            {
                "ok": True,
                "spec_version": state.spec.version,
                "public_key_id": state.settings.public_key_id,
            }
        )

    async def reset(request: Request) -> JSONResponse:
        state.reset()
        state.store.clear_journal()
        return JSONResponse({"ok": True})

    async def seed(request: Request) -> JSONResponse:
        try:
            data = await _json(request)
            parsed = parse_seed(
                data,
                state.spec,
                source="seed",
                sources=state.seed.sources,
                existing=state.stored_body,
            )
            if parsed.sources:
                raise ControlError("entities_of belongs in the seed file, read at start")
        except (ControlError, SeedError) as exc:
            return _bad(str(exc))
        with state.store.transaction() as db:
            for operation, entries in parsed.entities.items():
                state.store.add_entities(db, operation, entries)
        return JSONResponse({"ok": True})

    async def clock(request: Request) -> JSONResponse:
        if request.method == "POST":
            try:
                offset = _clock_offset(await _json(request), state.store.clock_offset())
            except ControlError as exc:
                return _bad(str(exc))
            except (TypeError, ValueError, OverflowError) as exc:
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

    def certificate_entry(serial: str) -> dict[str, Any] | None:
        for state_ in state.store.certificates():
            if state_.serial == serial:
                return {
                    **describe(state_.certificate),
                    "listed": state_.listed,
                    "signing": state_.signing,
                    "certificate": state_.certificate.decode(),
                }
        return None

    async def certificates(request: Request) -> JSONResponse:
        if request.method == "POST":
            created = new_platform_certificate()
            state.remember_certificate_key(created.serial_no, created.private_key)
            pem = created.private_key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
            # Stored for the other workers; the mock's own TEST-ONLY key, never a user's.
            state.store.add_certificate(created.serial_no, created.pem(), pem)
            return JSONResponse(certificate_entry(created.serial_no))
        return JSONResponse(
            {"certificates": [certificate_entry(c.serial) for c in state.store.certificates()]}
        )

    def change_certificate(action: str) -> Callable[[Request], Awaitable[JSONResponse]]:
        async def change(request: Request) -> JSONResponse:
            serial = request.path_params["serial_no"]
            found = next(
                (c for c in state.store.certificates() if same_serial(c.serial, serial)), None
            )
            if found is None:
                return _bad(f"no platform certificate has serial_no {serial[:64]}")
            if action == "activate":
                if not found.listed:
                    return _bad(f"{found.serial} has expired; add a new certificate")
                state.store.set_certificate(found.serial, signing=True)
            else:
                if found.signing:
                    return _bad(
                        f"{found.serial} is the one WeChat Pay signs with; activate another first"
                    )
                state.store.set_certificate(found.serial, listed=False)
            return JSONResponse(certificate_entry(found.serial))

        return change

    async def faults(request: Request) -> JSONResponse:
        if request.method == "DELETE":
            state.store.clear_faults()
            return JSONResponse({"ok": True})
        if request.method == "GET":
            return JSONResponse({"faults": state.store.faults()})
        kinds = fault_kinds()
        try:
            data = await _json(request)
            kind = str(data.get("kind", ""))
            if kind not in kinds:
                raise ControlError(f"kind must be one of {', '.join(kinds)}")
            operation = str(data.get("operation", "*"))
            if operation != "*" and operation not in state.spec.by_id:
                raise ControlError(f"operation must be '*' or one of {', '.join(state.spec.by_id)}")
            count = int(data.get("count", 1))
            seconds = float(data.get("seconds", 1.0))
            if count < 1 or not seconds >= 0:
                raise ControlError("count must be >= 1 and seconds >= 0")
        except ControlError as exc:
            return _bad(str(exc))
        except (TypeError, ValueError, OverflowError) as exc:
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
        Route("/", index, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
        Route("/health", health, methods=["GET"]),
        Route("/reset", reset, methods=["POST"]),
        Route("/seed", seed, methods=["POST"]),
        Route("/clock", clock, methods=["GET", "POST"]),
        Route("/journal", journal, methods=["GET", "DELETE"]),
        Route("/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route("/certificates", certificates, methods=["GET", "POST"]),
        Route(
            "/certificates/{serial_no}/activate",
            change_certificate("activate"),
            methods=["POST"],
        ),
        Route("/certificates/{serial_no}/expire", change_certificate("expire"), methods=["POST"]),
    ]
