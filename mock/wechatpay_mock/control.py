"""The control API, under ``/_mock`` (outside every WeChat path), for tests and demos.

Its OpenAPI document, ``control-api.yaml`` beside this file, is served at
``/_mock/openapi.json``; ``GET /_mock/`` lists its endpoints. The fault kinds it accepts are the
enum of that document. The endpoints: health, reset, seed, clock, journal, faults, platform
certificates and notifications (see the document for each one's body and answer).
"""

import dataclasses
import datetime
import json
import time
from collections.abc import Awaitable, Callable
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from cryptography.hazmat.primitives import serialization
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from wechatpay_auth.primitives import BRAND_SCHEME, MERCHANT_SCHEME

from . import product_coupons, user_product_coupons
from .context import Answer, Context, apply_in
from .delivery import probe
from .notifications import WebhookError, notify_url_problem, webhook
from .platform_keys import describe, new_platform_certificate, same_serial
from .seed import SeedError, parse_seed
from .settings import Caller
from .state import MockState
from .store import DELIVERED, FAILED, PENDING
from .validation import ValidRequest

CONTROL_API = Path(__file__).with_name("control-api.yaml")
NOTIFICATION_STATES = (PENDING, DELIVERED, FAILED)
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

    def notification_entry(notification_id: str) -> dict[str, Any] | None:
        return next((n for n in state.store.notifications() if n["id"] == notification_id), None)

    async def notifications(request: Request) -> JSONResponse:
        wanted = request.query_params.get("state")
        if wanted is not None and wanted not in NOTIFICATION_STATES:
            return _bad(f"state must be one of {', '.join(NOTIFICATION_STATES)}")
        return JSONResponse({"notifications": state.store.notifications(wanted)})

    async def redeliver(request: Request) -> JSONResponse:
        notification_id = request.path_params["notification_id"]
        if not state.store.redeliver(notification_id, time.time()):
            return _bad(f"no notification has id {notification_id[:64]}")
        state.deliveries.wake()
        return JSONResponse(notification_entry(notification_id))

    async def probe_endpoint(request: Request) -> JSONResponse:
        try:
            data = await _json(request)
            url = data.get("url")
            problem = notify_url_problem(url)
            if problem is not None:
                raise ControlError(f"url {problem}")
            recipient = _recipient(state, data)
            key = state.settings.notification_key(recipient)
            if key is None:
                raise ControlError(
                    f"{recipient.principal} has no key for notifications in mock.toml "
                    "(a brand's api_key_file, a merchant's apiv3_key_file)"
                )
            names = list(state.spec.document.get("webhooks", {}))
            name = str(data.get("webhook") or (names[0] if names else ""))
            if not name:
                raise ControlError("the spec has no webhooks to send a probe through")
            hook = webhook(state.spec, name)
        except (ControlError, WebhookError) as exc:
            return _bad(str(exc))
        event_type = str(
            data.get("event_type")
            or (hook.event_types[0] if hook.event_types else None)
            or hook.example_for("").get("event_type", "")
        )
        envelope = hook.build(event_type, {}, key, state.business_now())
        answered = await probe(
            str(url),
            state.notification_signer(recipient),
            json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode(),
            signature_type=hook.signature_type,
            timeout=state.settings.notify_timeout,
        )
        return JSONResponse({"id": envelope["id"], "webhook": name, **answered})

    async def coupon_received(request: Request) -> JSONResponse:
        try:
            data = _fields(
                await _json(request),
                required=("openid", "appid", "product_coupon_id", "stock_id"),
                optional=("send_channel", "brand_id"),
            )
            channel = _channel(state, data.get("send_channel"))
            body = {name: data[name] for name in ("appid", "product_coupon_id", "stock_id")}
            ctx = _brand_context(state, data, product_coupons.SEND_OPERATION, data["openid"], body)
        except ControlError as exc:
            return _bad(str(exc))
        with state.store.transaction() as db:
            answer = apply_in(db, lambda c: user_product_coupons.issue_coupon(c, channel), ctx)
        if not 200 <= answer.status < 300:
            return _bad(_refused(answer))
        return JSONResponse({"coupon": answer.body, "now": ctx.now.isoformat()})

    async def coupon_expired(request: Request) -> JSONResponse:
        try:
            data = await _json(request)
            _, coupon = _user_coupon(state, data)
        except ControlError as exc:
            return _bad(str(exc))
        ends = datetime.datetime.fromisoformat(str(coupon["valid_end_time"]))
        past = ends + datetime.timedelta(seconds=1)
        if state.business_now() < past:
            real = datetime.datetime.now(datetime.UTC)
            state.store.set_clock_offset((past - real).total_seconds())
        _, coupon = _user_coupon(state, data)
        return JSONResponse({"coupon": coupon, "now": state.business_now().isoformat()})

    async def coupon_deleted(request: Request) -> JSONResponse:
        try:
            data = await _json(request)
            _user_coupon(state, data)
        except ControlError as exc:
            return _bad(str(exc))
        with state.store.transaction() as db:
            # Found again inside the transaction: what it deletes is what it read.
            entity, coupon = _user_coupon(state, data)
            ctx = _brand_context(state, data, product_coupons.SEND_OPERATION, "", {})
            deleted = user_product_coupons.delete_by_user(
                dataclasses.replace(ctx, db=db), entity, coupon
            )
        if isinstance(deleted, str):
            return _bad(deleted)
        return JSONResponse({"coupon": deleted, "now": ctx.now.isoformat()})

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
        Route("/notifications", notifications, methods=["GET"]),
        Route("/notifications/probe", probe_endpoint, methods=["POST"]),
        Route("/notifications/{notification_id}/redeliver", redeliver, methods=["POST"]),
        Route("/events/coupon-received", coupon_received, methods=["POST"]),
        Route("/events/coupon-expired", coupon_expired, methods=["POST"]),
        Route("/events/coupon-deleted", coupon_deleted, methods=["POST"]),
    ]


# --- events outside the API: a brand's product coupons --------------------------------------------


def _fields(
    data: dict[str, Any], *, required: tuple[str, ...], optional: tuple[str, ...]
) -> dict[str, str]:
    """``data``'s fields, each a string: the required ones present, no other than these."""
    unknown = sorted(set(data) - {*required, *optional})
    if unknown:
        raise ControlError(
            f"unknown fields: {', '.join(unknown)} (it takes {', '.join((*required, *optional))})"
        )
    for name in (*required, *(n for n in optional if n in data)):
        if not isinstance(data.get(name), str) or not data[name]:
            raise ControlError(f"{name} is required, a non-empty string")
    return {name: str(data[name]) for name in (*required, *optional) if name in data}


def _brand_context(
    state: MockState, data: dict[str, str], operation_id: str, openid: str, body: dict[str, Any]
) -> Context:
    """A context as if ``data``'s brand (or the first) had called ``operation_id`` for user
    ``openid`` with ``body``."""
    brand = _recipient(state, {"brand_id": data["brand_id"]} if "brand_id" in data else {})
    request = ValidRequest(path={"openid": openid}, query={}, headers={}, body=body)
    return state.context(state.spec.by_id[operation_id], request, brand)


def _channel(state: MockState, given: str | None) -> str:
    """The send_channel of a coupon taken in WeChat: ``given``, or the spec's first that is not
    the send API's."""
    schema = state.spec.resolve(state.spec.by_id[product_coupons.USER_COUPON].entity_schema or {})
    channels = [
        str(c)
        for c in state.spec.resolve(schema.get("properties", {}).get("send_channel", {})).get(
            "enum", []
        )
        if c != product_coupons.API_CHANNEL
    ]
    if given is None and channels:
        return channels[0]
    if given not in channels:
        raise ControlError(
            f"send_channel must be one of {', '.join(channels)} (API is the send call's: call "
            "sendUserProductCoupon)"
        )
    return given


def _user_coupon(state: MockState, data: dict[str, Any]) -> tuple[Any, Any]:
    """The brand's user coupon ``data`` names, as it reads now."""
    fields = _fields(data, required=("openid", "coupon_code"), optional=("stock_id", "brand_id"))
    ctx = _brand_context(state, fields, product_coupons.SEND_OPERATION, fields["openid"], {})
    found = user_product_coupons.user_coupons(
        ctx, fields["openid"], fields["coupon_code"], fields.get("stock_id")
    )
    if not found:
        raise ControlError(
            f"the brand's user {fields['openid']} has no coupon {fields['coupon_code']}"
        )
    if len(found) > 1:
        raise ControlError(
            f"the user has {fields['coupon_code']} in {len(found)} stocks: give stock_id"
        )
    return found[0]


def _refused(answer: Answer) -> str:
    """A WeChat error answer, for the control API's ``error``."""
    body = answer.body if isinstance(answer.body, dict) else {}
    issue = body.get("detail", {}).get("issue", "")
    return f"{body.get('code')} {body.get('message')}" + (f": {issue}" if issue else "")


def _recipient(state: MockState, data: dict[str, Any]) -> Caller:
    """Who a probe is for: ``brand_id`` or ``mchid`` in ``data``, else the first brand."""
    if "mchid" in data:
        if str(data["mchid"]) not in state.settings.merchants:
            raise ControlError(f"no merchant has mchid {str(data['mchid'])[:64]}")
        return Caller(MERCHANT_SCHEME, str(data["mchid"]))
    brand_id = str(data.get("brand_id") or next(iter(state.settings.brands), ""))
    if brand_id not in state.settings.brands:
        raise ControlError(f"no brand has brand_id {brand_id[:64]}; give brand_id or mchid")
    return Caller(BRAND_SCHEME, brand_id)
