"""Notifications (callbacks) as the spec's OpenAPI 3.1 ``webhooks`` describe them.

A webhook's ``post`` request body is the envelope WeChat Pay POSTs to a notify URL (``id``,
``create_time``, ``event_type``, ``resource_type``, ``summary``, and ``resource``: the event,
encrypted); its ``x-wechatpay-resource`` is the schema of the decrypted resource. The mock builds
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
from .spec import Spec

# On a webhook: the schema of its decrypted resource.
RESOURCE_EXTENSION = "x-wechatpay-resource"
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
class Webhook:
    """One webhook of the spec, as the mock sends it."""

    name: str
    envelope: Draft202012Validator = field(repr=False)
    resource: Draft202012Validator = field(repr=False)
    # The envelope's event_type enum (empty when the schema lists none).
    event_types: tuple[str, ...]
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

    def resource_problem(self, resource: Any) -> str | None:
        return _problem(self.resource, resource, "resource")

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
    item = spec.document.get("webhooks", {}).get(name)
    if item is None:
        known = ", ".join(spec.document.get("webhooks", {})) or "none"
        raise WebhookError(f"webhook {name!r} is not in the spec's webhooks ({known})")
    post = spec.resolve(spec.resolve(item).get("post", {}))
    media = spec.resolve(post.get("requestBody", {})).get("content", {}).get("application/json", {})
    if "schema" not in media:
        raise WebhookError(f"webhook {name!r} has no application/json request body (the envelope)")
    if RESOURCE_EXTENSION not in post:
        raise WebhookError(
            f"webhook {name!r} has no {RESOURCE_EXTENSION} (the schema of its decrypted resource)"
        )
    envelope = spec.resolve(media["schema"])
    event_type = spec.resolve(envelope.get("properties", {}).get("event_type", {}))
    examples = [spec.resolve(e).get("value") for e in media.get("examples", {}).values()]
    if "example" in media:
        examples.insert(0, media["example"])
    declared = next(
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
        resource=spec.validator(post[RESOURCE_EXTENSION]),
        event_types=tuple(str(e) for e in event_type.get("enum", [])),
        examples=tuple(e for e in examples if isinstance(e, Mapping)),
        signature_type=_declared_value(spec, declared) if declared else None,
    )


def _declared_value(spec: Spec, parameter: Mapping[str, Any]) -> str | None:
    schema = spec.resolve(parameter.get("schema", {}))
    for value in (schema.get("const"), *schema.get("enum", [None])[:1], parameter.get("example")):
        if isinstance(value, str):
            return value
    return None


def check_webhook(hook: Webhook, event_types: tuple[str, ...]) -> None:
    """What a rule sends through ``hook`` fits the spec: its event types are in the envelope's
    enum, and the envelope the mock builds is one the schema allows (``WebhookError``)."""
    for event_type in event_types:
        if hook.event_types and event_type not in hook.event_types:
            raise WebhookError(
                f"it sends event {event_type!r} through webhook {hook.name!r}, whose event_type "
                f"enum lacks it ({', '.join(hook.event_types)})"
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
