"""What the generated client needs from the spec beyond upstream's parse, and the modules built
from it.

``spec_facts`` reads the spec's extensions once, checks them with errors a spec author can act
on, and names everything with openapi-python-client's own naming rules, so that the upstream
pass (endpoint and resource templates, which get the facts as the ``facts`` global) and
``render_extras`` (modules upstream has no template for) agree on every name:

- ``_spec_facts.py``: servers, version, ``x-idempotency-key``, each operation's credential;
- ``pagination.py``: the page iterators (written into the operations' modules by the upstream
  pass, from ``x-pagination``), gathered in one place;
- ``_wechatpay.py``: the resource-style clients, a namespace per tag;
- ``_error_codes.py``: every error code the spec documents, as an enum and (for the business
  outcomes of 400, 403 and 404) a class per code; the numbers WeChat Pay puts in the
  Request-ID (``x-wechatpay-error-number``); each operation's ``x-idempotency-conflict``;
- ``notifications.py``: per webhook (the spec's ``webhooks`` with ``x-event-types``), its event
  types as a tolerant enum, its typed notification class and the functions that open one (the
  namespace of the webhook's tag gets them as methods, in the upstream pass).

What depends on no spec (the client, its transport, decoder and page walk) is plain Python in
``generator/runtime/``, copied as it is (pipeline.py).
"""

import builtins
import re
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.strings import ClassName, PythonIdentifier

from wechatpay_mock.spec_reader import (
    METHODS,
    ErrorExample,
    OpenAPI,
    Operation,
    Pagination,
    SpecError,
    TokenPagination,
    Webhook,
    ref_name,
)

from .errors import GenerationError

TEMPLATES = Path(__file__).parent / "templates" / "extra"
_SERVER_CONSTANTS = ("PRIMARY_BASE_URL", "BACKUP_BASE_URL")
# The statuses whose codes are business outcomes a caller tells apart (an expired coupon, one
# redeemed by another order): each code documented under one of them gets its own class. 401,
# 429 and 5xx are one meaning each, which their status class already carries.
_CODE_CLASS_STATUSES = (400, 403, 404, 409)
# Names a code class must not take: the error tree's own and Python's built-in ones.
_RESERVED_CLASS_NAMES = frozenset(
    {
        "ApiError",
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "RateLimitError",
        "InternalServerError",
        "ConfigurationError",
        "RequestValidationError",
        *dir(builtins),
    }
)
# openapi-python-client's default prefix for names that are not identifiers (config.yaml keeps it).
_FIELD_PREFIX = "field_"


def snake_case(name: str) -> str:
    """``listBusifavorCouponsByFilter`` -> ``list_busifavor_coupons_by_filter``, as upstream names
    modules, functions and tags."""
    return str(PythonIdentifier(name, _FIELD_PREFIX))


def class_name(name: str) -> str:
    return str(ClassName(name, _FIELD_PREFIX))


def spec_facts(spec: dict[str, Any]) -> dict[str, Any]:
    """Everything the templates read from the spec's extensions, checked and named.

    The extensions are read by ``wechatpay_mock.spec_reader``, the project's one reader of the
    spec; a mistake in one is a GenerationError with the reader's message.
    """
    try:
        reader = OpenAPI(spec)
        # By path, then method: the order the generated modules list them in, run after run.
        operations = sorted(reader.operations(), key=lambda o: (o.path, METHODS.index(o.method)))
        return {
            "title": spec["info"]["title"],
            "version": spec["info"]["version"],
            "servers": _servers(spec),
            "idempotency_keys": sorted(
                (snake_case(operation.operation_id), idempotency.key)
                for operation in operations
                if (idempotency := reader.idempotency(operation)) is not None
            ),
            "credentials": {
                snake_case(operation.operation_id): reader.credential(operation)
                for operation in operations
            },
            "pagers": {
                snake_case(operation.operation_id): _pager(operation, pagination)
                for operation in operations
                if (pagination := reader.pagination(operation)) is not None
            },
            "tags": _tags(reader, operations),
            "error_codes": _error_codes(reader, operations),
            "error_numbers": _error_numbers(reader, operations),
            "idempotency_conflicts": _idempotency_conflicts(reader, operations),
            "result_models": _result_models(reader, operations),
            "webhooks": _webhooks(reader, operations),
        }
    except SpecError as exc:
        raise GenerationError(str(exc)) from exc


def render_extras(facts: dict[str, Any], package_dir: Path) -> None:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # noqa: S701 - renders Python source, not HTML
    )
    environment.filters["pyrepr"] = repr
    environment.filters["oneline"] = lambda text: " ".join(str(text).split())
    for name in (
        "_spec_facts.py",
        "pagination.py",
        "_wechatpay.py",
        "_error_codes.py",
        "notifications.py",
    ):
        source = environment.get_template(name + ".jinja").render(facts=facts)
        (package_dir / name).write_text(source, encoding="utf-8")


def _servers(spec: dict[str, Any]) -> list[dict[str, str]]:
    servers = spec.get("servers", [])
    if len(servers) != len(_SERVER_CONSTANTS):
        raise GenerationError(
            f"spec servers: expected {len(_SERVER_CONSTANTS)} (primary, backup), "
            f"found {len(servers)}"
        )
    return [
        {"constant": constant, "url": server["url"], "description": server.get("description", "")}
        for constant, server in zip(_SERVER_CONSTANTS, servers, strict=True)
    ]


def _tags(reader: OpenAPI, operations: list[Operation]) -> list[dict[str, str]]:
    untagged = [operation.operation_id for operation in operations if not operation.raw.get("tags")]
    if untagged:
        raise GenerationError(f"operations without a tag (the client groups by tag): {untagged}")
    used = {operation.raw["tags"][0] for operation in operations}
    declared = reader.tags()
    tags = []
    for name in sorted(used):
        tag = declared.get(name)
        attribute = snake_case(name)
        tags.append(
            {
                "name": name,
                "attribute": attribute,
                "resource": class_name(attribute) + "Resource",
                "title": tag.display_name if tag else name,
                "description": " ".join((tag.description if tag else "").split()),
            }
        )
    return tags


def _error_codes(reader: OpenAPI, operations: list[Operation]) -> list[dict[str, Any]]:
    """Every ``code`` of the spec's error examples: its statuses, its documented messages and
    remedies, and the class it gets (when it is a business outcome of one status)."""
    codes: dict[str, dict[str, Any]] = {}
    for operation in operations:
        for example in reader.error_examples(operation):
            if not example.code.isidentifier() or not example.code.isupper():
                raise GenerationError(
                    f"{operation.label}: error example {example.name!r} has code "
                    f"{example.code!r}; codes become enum members (UPPER_CASE identifiers)"
                )
            entry = codes.setdefault(
                example.code, {"code": example.code, "statuses": set(), "meanings": {}}
            )
            entry["statuses"].add(example.status)
            entry["meanings"].setdefault(example.message, " ".join(example.description.split()))
    result = []
    for code in sorted(codes):
        entry = codes[code]
        statuses = sorted(entry["statuses"])
        name = None
        if len(statuses) == 1 and statuses[0] in _CODE_CLASS_STATUSES:
            name = class_name(code.lower())
            name = name if name.endswith("Error") else name + "Error"
            if name in _RESERVED_CLASS_NAMES:
                raise GenerationError(
                    f"error code {code}: its class name {name} is taken (an error class of the "
                    "client or a Python built-in)"
                )
        result.append(
            {
                "code": code,
                "statuses": statuses,
                "class_name": name,
                "meanings": sorted(entry["meanings"].items()),
            }
        )
    return result


def _error_numbers(reader: OpenAPI, operations: list[Operation]) -> list[dict[str, Any]]:
    """The Request-ID numbers the spec documents (``x-wechatpay-error-number``), each with the
    one code and message it stands for."""
    found: dict[int, ErrorExample] = {}
    for operation in operations:
        for example in reader.error_examples(operation):
            if example.number is None:
                continue
            earlier = found.setdefault(example.number, example)
            if (earlier.code, earlier.message) != (example.code, example.message):
                raise GenerationError(
                    f"{operation.label}: x-wechatpay-error-number {example.number} stands for "
                    f"{example.code} {example.message!r} here and for {earlier.code} "
                    f"{earlier.message!r} elsewhere; a number means one error"
                )
    return [
        {"number": number, "code": example.code, "message": example.message}
        for number, example in sorted(found.items())
    ]


def _idempotency_conflicts(reader: OpenAPI, operations: list[Operation]) -> list[dict[str, Any]]:
    """For each operation with ``x-idempotency-conflict``: the error example it names (what a
    reused idempotency key with a different request is answered) and the key."""
    found = []
    for operation in operations:
        idempotency = reader.idempotency(operation)
        if idempotency is None:
            continue
        (example,) = [e for e in reader.error_examples(operation) if e.name == idempotency.conflict]
        found.append(
            {
                "operation": snake_case(operation.operation_id),
                "status": example.status,
                "code": example.code,
                "message": example.message,
                "key": idempotency.key,
            }
        )
    return found


def _result_models(reader: OpenAPI, operations: list[Operation]) -> list[str]:
    """The model classes operations answer with (their 2xx JSON bodies): they keep the answer's
    headers, for its Request-ID."""
    found = set()
    for operation in operations:
        success = reader.success(operation)
        if success is None:
            continue
        schema = reader.response_schema(operation, str(success[0]))
        name = ref_name(schema)
        if name is not None:
            found.add(class_name(name))
    return sorted(found)


def _webhooks(reader: OpenAPI, operations: list[Operation]) -> list[dict[str, Any]]:
    """Each webhook the client opens: the namespace (its tag) and the credential whose verifier
    checks it (the one every operation of the tag is signed with), its envelope's model and, for
    each ``x-event-types`` entry, the enum member and the decrypted resource's model."""
    models = set(reader.document.get("components", {}).get("schemas", {}))
    return [_webhook(reader, operations, hook, models) for hook in reader.webhooks()]


def _webhook(
    reader: OpenAPI, operations: list[Operation], hook: Webhook, models: set[str]
) -> dict[str, Any]:
    where = f"webhook {hook.name!r}"
    tags = hook.raw.get("tags") or []
    if hook.method != "post" or not tags:
        raise GenerationError(
            f"{where}: the client opens a webhook's POST with a tag (its namespace, whose "
            "operations' credential verifies it); this one has "
            f"{hook.method.upper()} and tags {tags}"
        )
    credentials = {
        reader.credential(operation)
        for operation in operations
        if operation.raw["tags"][0] == tags[0]
    }
    if len(credentials) != 1:
        raise GenerationError(
            f"{where}: the operations of its tag {tags[0]!r} are signed with "
            f"{sorted(credentials) or 'no credential'}; the client verifies the notification "
            "with that one credential's verifier, so the tag needs exactly one"
        )
    envelope = ref_name(reader.body_schema(Operation(hook.name, hook.method, hook.raw)))
    if envelope is None:
        raise GenerationError(
            f"{where}: its JSON request body must be a $ref to a component schema (the "
            "envelope's generated model)"
        )
    if not hook.event_types:
        raise GenerationError(f"{where} has no x-event-types: nothing to type the resource with")
    base = class_name(hook.name)
    names = {"class_name": base + "Event", "event_type_class": base + "EventType"}
    for name in names.values():
        if name in models:
            raise GenerationError(f"{where}: its class {name} is taken by a component schema")
    events, members = [], set()
    for event in hook.event_types:
        member = re.sub(r"\W+", "_", event.name).strip("_").upper()
        if not member.isidentifier() or member in members or event.schema_name is None:
            raise GenerationError(
                f"{where}: x-event-types {event.name!r} needs a name that is an identifier once "
                "its punctuation is an underscore, unlike the others', and a schema that is a "
                "$ref to a component (the decrypted resource's generated model)"
            )
        members.add(member)
        model = class_name(event.schema_name)
        events.append(
            {
                "name": event.name,
                "member": member,
                "summary": " ".join(event.summary.split()),
                "model": model,
                "model_module": snake_case(model),
            }
        )
    return {
        "name": hook.name,
        "function": "parse_" + snake_case(hook.name),
        "tag": snake_case(tags[0]),
        "credential": credentials.pop(),
        **names,
        "summary": " ".join(str(hook.raw.get("summary", "")).split()),
        "envelope_class": class_name(envelope),
        "envelope_module": snake_case(class_name(envelope)),
        "models": sorted({(event["model"], event["model_module"]) for event in events}),
        "events": events,
    }


def _pager(operation: Operation, pagination: Pagination | TokenPagination) -> dict[str, Any]:
    """The names a page iterator is written with. Both styles share the item, the page and the
    function's name; ``walk`` names the parameter that moves the walk on and what the
    iterator's docstring says about it."""
    module = snake_case(operation.operation_id)
    tag = snake_case(operation.raw["tags"][0])
    page_class, item_class = class_name(pagination.page_schema), class_name(pagination.item_schema)
    common = {
        "style": pagination.style,
        "function": "iter_" + module.removeprefix("list_"),
        "module": module,
        "tag": tag,
        "module_path": f"api.{tag}.{module}",
        "page_class": page_class,
        "page_module": snake_case(page_class),
        "item_class": item_class,
        "item_module": snake_case(item_class),
        "items_field": pagination.items,
        "items_attribute": snake_case(pagination.items),
    }
    if isinstance(pagination, TokenPagination):
        return {
            **common,
            "walk_param": pagination.token_param,
            "size_param": pagination.size_param,
            "next_field": pagination.next_token,
            "next_attribute": snake_case(pagination.next_token),
            "walk_doc": f"``{pagination.token_param}`` resumes a walk where a page's "
            f"``{pagination.next_token}`` left it, ``{pagination.size_param}`` is the page size",
            "end_doc": f"the walk ends at the page without a ``{pagination.next_token}``",
        }
    return {
        **common,
        "walk_param": pagination.offset_param,
        "size_param": pagination.limit_param,
        "total_field": pagination.total,
        "total_attribute": snake_case(pagination.total),
        "walk_doc": f"``{pagination.offset_param}`` is the zero-based page to start from, "
        f"``{pagination.limit_param}`` the page size",
        "end_doc": f"the walk ends at the page that reaches ``{pagination.total}``",
    }
