"""Notifications (callbacks) as the spec's OpenAPI 3.1 ``webhooks`` describe them.

A webhook's ``post`` request body is the envelope WeChat Pay POSTs to a notify URL (``id``,
``create_time``, ``event_type``, ``resource_type``, ``summary``, and ``resource``: the event,
encrypted); its ``x-event-types`` gives, for each ``event_type``, a ``summary`` and the
``schema`` of the decrypted resource (as the spec's ``info.description`` documents). The mock builds
every envelope the way WeChat's notification pages describe it, takes what the page fixes
(``resource_type``, ``summary``, ``resource.original_type`` and ``associated_data``) from the
webhook's example, and checks the envelope and the resource against those schemas, so that what
it sends is what the spec says a client receives.

The resource is encrypted with AEAD_AES_256_GCM under the recipient's key (a brand's API key
品牌API密钥, a merchant's APIv3 key). The envelope is signed like an answer, with the key
WeChat Pay signs the recipient's answers with (``Wechatpay-Serial``, ``-Signature``,
``-Timestamp``, ``-Nonce``; ``-Signature-Type`` too when the webhook declares that header).
A probe is signed ``WECHATPAY/SIGNTEST/…``, as WeChat probes that a receiver checks signatures.
"""

import base64
import datetime
import json
import os
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator

from wechatpay_auth.primitives import sign_response_headers

from .platform_keys import CHINA, Signer, seal
from .spec import Spec, SpecError

# On a webhook: its event types, each with a summary and the schema of its decrypted resource.
EVENT_TYPES_EXTENSION = "x-event-types"
# WeChat's retry schedule for APIv3 notifications without a 2xx within 5 s: the waits before
# the 2nd … 16th attempt, 24 h 4 min in all; then it gives up.
SCHEDULE = (15, 15, 30, 180, 600, 1200, 1800, 1800, 1800, 3600, 10800, 10800, 10800, 21600, 21600)
PROBE_PREFIX = "WECHATPAY/SIGNTEST/"
SIGNATURE_TYPE = "Wechatpay-Signature-Type"
NOTIFY_SCHEMES = ("http", "https")
_ENCRYPTED = "encrypt-resource"


class WebhookError(ValueError):
    """A webhook the mock cannot send; the message names it and what is missing."""


@dataclass(frozen=True)
class Event:
    """One event type of a webhook (``x-event-types``), as the mock sends it: the validator and
    the fields of its decrypted resource."""

    summary: str
    resource: Draft202012Validator = field(repr=False)
    # The resource schema's property names, in the spec's order.
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Webhook:
    """One webhook of the spec, as the mock sends it."""

    name: str
    envelope: Draft202012Validator = field(repr=False)
    # Its x-event-types, by event_type.
    events: Mapping[str, Event] = field(repr=False)
    # The webhook's example envelopes: what the page fixes for each event type.
    examples: tuple[Mapping[str, Any], ...] = field(repr=False)
    # The Wechatpay-Signature-Type the webhook declares it is sent with, if it declares one.
    signature_type: str | None = None

    def example_for(self, event_type: str) -> Mapping[str, Any]:
        found = next((e for e in self.examples if e.get("event_type") == event_type), None)
        return found or (self.examples[0] if self.examples else {})

    def build(
        self,
        event_type: str,
        resource: Mapping[str, Any],
        key: str,
        created: datetime.datetime,
        summary: str | None = None,
    ) -> dict[str, Any]:
        """The envelope of one notification: ``resource`` encrypted under ``key``."""
        example = self.example_for(event_type)
        fixed = example.get("resource", {}) if isinstance(example.get("resource"), Mapping) else {}
        plaintext = json.dumps(resource, ensure_ascii=False, separators=(",", ":")).encode()
        return {
            "id": str(uuid.uuid4()),
            "create_time": created.astimezone(CHINA).isoformat(timespec="seconds"),
            "resource_type": example.get("resource_type", _ENCRYPTED),
            "event_type": event_type,
            "summary": summary if summary is not None else example.get("summary", ""),
            "resource": {
                "original_type": fixed.get("original_type", ""),
                **seal(plaintext, key, str(fixed.get("associated_data", ""))),
            },
        }

    @property
    def event_types(self) -> tuple[str, ...]:
        return tuple(self.events)

    def resource_problem(self, event_type: str, resource: Any) -> str | None:
        event = self.events.get(event_type)
        if event is None:
            return f"event {event_type!r} is not in webhook {self.name!r}'s {EVENT_TYPES_EXTENSION}"
        return _problem(event.resource, resource, f"{event_type} resource")

    def envelope_problem(self, envelope: Any) -> str | None:
        return _problem(self.envelope, envelope, "envelope")


def _problem(validator: Draft202012Validator, value: Any, what: str) -> str | None:
    error = next(iter(validator.iter_errors(value)), None)
    if error is None:
        return None
    at = "".join(f"/{part}" for part in error.absolute_path)
    return f"the {what} breaks the spec at {at or '/'}: {error.message[:200]}"


def webhook(spec: Spec, name: str) -> Webhook:
    """The webhook ``name`` of ``spec``, or ``WebhookError`` saying what it lacks."""
    try:
        declared = spec.reader.webhook(name)
    except SpecError as exc:  # its x-event-types are wrong; the reader says how
        raise WebhookError(str(exc)) from None
    if declared is None or declared.method != "post":
        known = ", ".join(hook.name for hook in spec.reader.webhooks()) or "none"
        raise WebhookError(f"webhook {name!r} is not in the spec's webhooks ({known})")
    post = declared.raw
    media = spec.resolve(post.get("requestBody", {})).get("content", {}).get("application/json", {})
    if "schema" not in media:
        raise WebhookError(f"webhook {name!r} has no application/json request body (the envelope)")
    if not declared.event_types:
        raise WebhookError(
            f"webhook {name!r} has no {EVENT_TYPES_EXTENSION} (each event type with its summary "
            "and the schema of its decrypted resource)"
        )
    examples = [spec.resolve(e).get("value") for e in media.get("examples", {}).values()]
    if "example" in media:
        examples.insert(0, media["example"])
    signature_type = next(
        (
            spec.resolve(p)
            for p in post.get("parameters", [])
            if spec.resolve(p).get("name", "").lower() == SIGNATURE_TYPE.lower()
        ),
        None,
    )
    return Webhook(
        name=name,
        envelope=spec.validator(media["schema"]),
        events={
            event.name: Event(
                summary=event.summary,
                resource=spec.validator(dict(event.schema)),
                fields=tuple(event.schema.get("properties", {})),
            )
            for event in declared.event_types
        },
        examples=tuple(e for e in examples if isinstance(e, Mapping)),
        signature_type=_declared_value(spec, signature_type) if signature_type else None,
    )


def _declared_value(spec: Spec, parameter: Mapping[str, Any]) -> str | None:
    schema = spec.resolve(parameter.get("schema", {}))
    for value in (schema.get("const"), *schema.get("enum", [None])[:1], parameter.get("example")):
        if isinstance(value, str):
            return value
    return None


def check_webhook(hook: Webhook, event_types: tuple[str, ...]) -> None:
    """What a rule sends through ``hook`` fits the spec: its event types are listed in the
    webhook's ``x-event-types``, and the envelope the mock builds is one the schema allows
    (``WebhookError``)."""
    for event_type in event_types:
        if event_type not in hook.events:
            raise WebhookError(
                f"it sends event {event_type!r} through webhook {hook.name!r}, whose "
                f"{EVENT_TYPES_EXTENSION} lack it ({', '.join(hook.event_types)})"
            )
        sample = hook.build(event_type, {}, "0" * 32, datetime.datetime.now(datetime.UTC))
        problem = hook.envelope_problem(sample)
        if problem is not None:
            raise WebhookError(
                f"webhook {hook.name!r}: {problem} (the mock builds it as WeChat's notification "
                "pages describe it)"
            )


def notify_url_problem(url: Any) -> str | None:
    """What makes ``url`` unusable as a notify URL, or None: http(s) with a host. Unlike WeChat
    Pay, the mock allows loopback and private addresses (a test's receiver)."""
    if not isinstance(url, str):
        return "must be a URL"
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as exc:
        return f"is not a URL: {exc}"
    if parts.scheme.lower() not in NOTIFY_SCHEMES:
        return f"must start with http:// or https://, not {url[:40]!r}"
    if not host:
        return "has no host"
    return None


def retry_delay(attempts: int, scale: float) -> float | None:
    """Seconds until the next attempt after ``attempts`` failed ones, or None: no more."""
    return SCHEDULE[attempts - 1] * scale if attempts <= len(SCHEDULE) else None


def signed_headers(
    signer: Signer, body: bytes, *, signature_type: str | None, probe: bool = False
) -> dict[str, str]:
    """The headers a notification is sent with; a probe's signature is ``WECHATPAY/SIGNTEST/``
    and random bytes, which no key verifies."""
    headers = sign_response_headers(signer.key, signer.serial, body)
    headers.pop(SIGNATURE_TYPE, None)
    if signature_type is not None:
        headers[SIGNATURE_TYPE] = signature_type
    if probe:
        headers["Wechatpay-Signature"] = PROBE_PREFIX + base64.b64encode(os.urandom(192)).decode()
    return {**headers, "Content-Type": "application/json"}
