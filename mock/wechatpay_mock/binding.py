"""Binding every operation of the spec to what serves it, at start-up or not at all.

A read (GET) operation is served by the default handler (``entities.read``); any other needs a
named rule (``rules.RULES``). Whatever an operation relies on in the spec is checked here, once:
the error examples the pipeline and its rule answer, its signature scheme, its idempotency key,
the entity fields and enum values its rule names. A missing piece is a ``BindingError`` naming
the operation, so that the mock refuses to start instead of answering a 500 later.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .context import Answer, Context
from .declarations import Rule, Uses, View
from .entities import NOT_FOUND, read
from .ids import IdShape, IdShapeError, field_schema, id_shape
from .notifications import Webhook, WebhookError, check_webhook, webhook
from .rules import RULES, VIEWS
from .spec import Operation, Spec, SpecError

# Error examples every operation must document: the pipeline answers them before any rule.
PIPELINE_ERRORS = ("SIGN_ERROR", "PARAM_ERROR", "INVALID_REQUEST_HTTP")
# Injected faults answer the first example under these statuses.
FAULT_STATUSES = (429, 500)
# An operation documenting this error gets the AppID check (the AppID must be one the caller
# registered); its documents say when WeChat answers it.
APPID_NOT_BOUND = "APPID_MCHID_NOT_MATCH"
APPID = "appid"


class BindingError(ValueError):
    """An operation of the spec that the mock cannot serve; the message names it and says why."""


Guard = Callable[[Context], Answer | None]


@dataclass(frozen=True)
class Binding:
    """An operation, its handler and the checks that run before it."""

    operation: Operation
    handler: Callable[[Context], Answer] = field(repr=False)
    guards: tuple[Guard, ...] = field(default=(), repr=False)
    served_by: str = "the default read handler"

    def __call__(self, ctx: Context) -> Answer:
        for guard in self.guards:
            refused = guard(ctx)
            if refused is not None:
                return refused
        return self.handler(ctx)


def bind(
    spec: Spec, rules: Mapping[str, Rule] = RULES, views: Mapping[str, View] = VIEWS
) -> dict[str, Binding]:
    """A binding for every operation of ``spec``, or ``BindingError`` for the first that has
    none (or whose rule relies on something the spec lacks)."""
    for name, owner in (*((n, "rule") for n in rules), *((n, "view") for n in views)):
        if name not in spec.by_id:
            raise BindingError(f"the {owner} for {name!r} names an operation the spec lacks")
    for view in views.values():
        _check_entities(spec, spec.by_id[view.operation_id], view, f"view of {view.operation_id}")
    bindings: dict[str, Binding] = {}
    for operation in spec.operations:
        try:
            bindings[operation.operation_id] = _bind(
                spec, operation, rules.get(operation.operation_id)
            )
        except SpecError as exc:
            raise BindingError(str(exc)) from None
    return bindings


def _bind(spec: Spec, operation: Operation, rule: Rule | None) -> Binding:
    if not operation.signature_types:
        raise BindingError(f"{operation.label} names no security scheme to verify requests with")
    for name in PIPELINE_ERRORS:
        operation.error(name)
    for status in FAULT_STATUSES:
        if operation.first_error(status) is None:
            raise BindingError(f"{operation.label} documents no {status} error (for faults)")
    guards = _guards(spec, operation)
    if rule is not None:
        for name in rule.errors:
            operation.error(name)
        for parameter_name, values in rule.parameter_values:
            parameter = operation.parameter(parameter_name)
            enum = parameter.schema.get("enum", []) if parameter else []
            for value in values:
                if value not in enum:
                    raise BindingError(
                        f"rule {rule.operation_id} uses {parameter_name} {value!r}, which the "
                        f"spec's parameter does not allow ({', '.join(map(str, enum))})"
                    )
        if rule.entities_of:
            _check_entities(spec, spec.by_id[rule.entities_of], rule, f"rule {rule.operation_id}")
        for uses in rule.uses:
            _check_uses(spec, uses, f"rule {rule.operation_id}")
        _check_body_values(spec, operation, rule)
        id_shapes(spec, {rule.operation_id: rule})
        webhooks_of(spec, {rule.operation_id: rule})
        return Binding(operation, rule.handle, guards, f"rule {rule.handle.__name__}")
    if operation.method != "get":
        raise BindingError(
            f"{operation.label} has no binding: the default handler serves read (GET) operations "
            "only; one that changes state needs a named rule in wechatpay_mock/rules.py"
        )
    if operation.entity_validator is None:
        raise BindingError(f"{operation.label} has no JSON success body for the default handler")
    if operation.pagination is None:
        operation.error(NOT_FOUND, status=404)
    return Binding(operation, read, guards)


def _request_body(spec: Spec, operation: Operation) -> dict[str, Any]:
    return spec.resolve(
        spec.resolve(
            spec.resolve(spec.document["paths"][operation.path][operation.method]).get(
                "requestBody", {}
            )
        )
        .get("content", {})
        .get("application/json", {})
        .get("schema", {})
    )


def _body_properties(spec: Spec, operation: Operation) -> dict[str, Any]:
    properties: dict[str, Any] = _request_body(spec, operation).get("properties", {})
    return properties


def id_shapes(spec: Spec, rules: Mapping[str, Rule]) -> dict[tuple[str, str], IdShape]:
    """How each id that ``rules`` create is made, by (operation, pointer); ``BindingError``
    for one the spec cannot shape."""
    shapes: dict[tuple[str, str], IdShape] = {}
    for rule in rules.values():
        for operation_id, pointer in rule.creates:
            operation = spec.by_id.get(operation_id)
            where = f"rule {rule.operation_id}"
            if operation is None or operation.entity_schema is None:
                raise BindingError(
                    f"{where} creates entities of {operation_id!r}, which the spec "
                    "does not serve as a JSON body"
                )
            try:
                shapes[(operation_id, pointer)] = id_shape(
                    spec, operation.entity_schema, pointer, f"{where} ({operation_id})"
                )
            except IdShapeError as exc:
                raise BindingError(str(exc)) from None
    return shapes


def webhooks_of(spec: Spec, rules: Mapping[str, Rule]) -> dict[str, Webhook]:
    """The webhooks ``rules`` send notifications through, checked against the spec (what a
    rule sends fits the envelope's schema); ``BindingError`` for one that does not."""
    found: dict[str, Webhook] = {}
    for rule in rules.values():
        for name, event_types in rule.notifies:
            try:
                hook = found.get(name) or webhook(spec, name)
                check_webhook(hook, event_types)
            except WebhookError as exc:
                raise BindingError(f"rule {rule.operation_id}: {exc}") from None
            found[name] = hook
    return found


def _check_entities(spec: Spec, entities_of: Operation, user: Rule | View, who: str) -> None:
    """The fields and enum values ``user`` names exist in ``entities_of``'s entity schema."""
    schema = spec.resolve(entities_of.entity_schema or {})
    properties = schema.get("properties", {})
    for name in (*user.fields, *([user.state_field] if user.state_field else [])):
        if name not in properties:
            raise BindingError(
                f"{who} uses field {name!r}, which {entities_of.operation_id}'s entities lack"
            )
    if user.state_field:
        enum = spec.resolve(properties[user.state_field]).get("enum", [])
        for state in user.states:
            if state not in enum:
                raise BindingError(
                    f"{who} uses {user.state_field} {state!r}, which the spec's enum lacks "
                    f"({', '.join(map(str, enum))})"
                )


def _check_uses(spec: Spec, uses: Uses, who: str) -> None:
    """The fields and enum values ``uses`` names exist in ``uses.of``'s entity schema."""
    entities_of = spec.by_id.get(uses.of)
    if entities_of is None or entities_of.entity_schema is None:
        raise BindingError(f"{who} uses entities of {uses.of!r}, which the spec does not serve")
    properties = spec.resolve(entities_of.entity_schema).get("properties", {})
    for name in (*uses.fields, *(name for name, _ in uses.values)):
        if name not in properties:
            raise BindingError(f"{who} uses field {name!r}, which {uses.of}'s entities lack")
    for name, values in uses.values:
        enum = spec.resolve(properties[name]).get("enum", [])
        for value in values:
            if value not in enum:
                raise BindingError(
                    f"{who} uses {name} {value!r}, which the spec's enum lacks "
                    f"({', '.join(map(str, enum))})"
                )


def _check_body_values(spec: Spec, operation: Operation, rule: Rule) -> None:
    """The enum values the rule names of its request body's fields are the spec's."""
    for pointer, values in rule.body_values:
        schema = field_schema(spec, _request_body(spec, operation), pointer)
        if schema is None:
            raise BindingError(
                f"rule {rule.operation_id} uses body field {pointer}, which the request lacks"
            )
        enum = spec.resolve(schema).get("enum", [])
        for value in values:
            if value not in enum:
                raise BindingError(
                    f"rule {rule.operation_id} uses {pointer} {value!r}, which the spec's enum "
                    f"lacks ({', '.join(map(str, enum))})"
                )


def _guards(spec: Spec, operation: Operation) -> tuple[Guard, ...]:
    if not operation.has_error(APPID_NOT_BOUND):
        return ()
    parameter = operation.parameter(APPID)
    if parameter is not None:
        field_name, location = APPID, parameter.location
    elif APPID in _body_properties(spec, operation):
        field_name, location = f"/{APPID}", "body"
    else:
        # A family's shared 400 may document it for operations that take no AppID (使券失效):
        # there is nothing to check.
        return ()

    def appid_bound(ctx: Context) -> Answer | None:
        source: Any = {
            "body": ctx.request.body,
            "path": ctx.request.path,
            "header": ctx.request.headers,
        }.get(location, ctx.request.query)
        appid = source.get(APPID) if isinstance(source, Mapping) else None
        if appid is None or appid in ctx.settings.appids_of(ctx.caller):
            return None
        return ctx.error(
            APPID_NOT_BOUND,
            detail={
                "field": field_name,
                "location": location,
                "issue": "the AppID is not bound to the calling merchant",
            },
        )

    return (appid_bound,)
