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
  outcomes of 400, 403 and 404) a class per code; each operation's ``x-idempotency-conflict``.

What depends on no spec (the client, its transport, decoder and page walk) is plain Python in
``generator/runtime/``, copied as it is (pipeline.py).
"""

import builtins
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.strings import ClassName, PythonIdentifier

from .errors import GenerationError

TEMPLATES = Path(__file__).parent / "templates" / "extra"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
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
    """Everything the templates read from the spec's extensions, checked and named."""
    operations = _operations(spec)
    return {
        "title": spec["info"]["title"],
        "version": spec["info"]["version"],
        "servers": _servers(spec),
        "idempotency_keys": sorted(
            (snake_case(operation["operationId"]), operation["x-idempotency-key"])
            for _, _, operation in operations
            if "x-idempotency-key" in operation
        ),
        "credentials": _credentials(spec, operations),
        "pagers": {
            snake_case(operation["operationId"]): _pager(spec, path, operation)
            for path, _, operation in operations
            if "x-pagination" in operation
        },
        "tags": _tags(spec, operations),
        "error_codes": _error_codes(spec, operations),
        "idempotency_conflicts": _idempotency_conflicts(spec, operations),
        "result_models": _result_models(operations),
    }


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
    for name in ("_spec_facts.py", "pagination.py", "_wechatpay.py", "_error_codes.py"):
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


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, item[method])
        for path, item in sorted(spec.get("paths", {}).items())
        for method in _METHODS
        if method in item
    ]


def _credentials(
    spec: dict[str, Any], operations: list[tuple[str, str, dict[str, Any]]]
) -> dict[str, str]:
    """Which credential of the resource-style client signs each operation (its ``security``).

    Each security scheme names its credential with ``x-credential`` (``merchant``, ``brand``);
    that name is also the keyword the resource-style client takes the auth under.
    """
    schemes = spec.get("components", {}).get("securitySchemes", {})
    found = {}
    for _, _, operation in operations:
        where = operation["operationId"]
        requirements = operation.get("security", spec.get("security", []))
        names = sorted({name for requirement in requirements for name in requirement})
        if len(names) != 1:
            raise GenerationError(
                f"{where}: security must name exactly one scheme (the client signs each call "
                f"with one credential), found {names or 'none'}"
            )
        credential = schemes.get(names[0], {}).get("x-credential")
        if not isinstance(credential, str) or not credential.isidentifier():
            raise GenerationError(
                f"{where}: security scheme {names[0]!r} needs x-credential, the keyword the "
                "resource-style client takes its auth under (e.g. x-credential: merchant)"
            )
        found[snake_case(where)] = credential
    return found


def _tags(
    spec: dict[str, Any], operations: list[tuple[str, str, dict[str, Any]]]
) -> list[dict[str, str]]:
    used = {operation["tags"][0] for _, _, operation in operations if operation.get("tags")}
    untagged = [
        operation["operationId"] for _, _, operation in operations if not operation.get("tags")
    ]
    if untagged:
        raise GenerationError(f"operations without a tag (the client groups by tag): {untagged}")
    declared = {tag["name"]: tag for tag in spec.get("tags", [])}
    tags = []
    for name in sorted(used):
        tag = declared.get(name, {})
        attribute = snake_case(name)
        tags.append(
            {
                "name": name,
                "attribute": attribute,
                "resource": class_name(attribute) + "Resource",
                "title": str(tag.get("x-displayName", name)),
                "description": " ".join(str(tag.get("description", "")).split()),
            }
        )
    return tags


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _error_examples(
    spec: dict[str, Any], operation: dict[str, Any]
) -> list[tuple[int, str, dict[str, Any]]]:
    """(status, example name, example) for each documented error answer of ``operation``."""
    found = []
    for status, response in operation.get("responses", {}).items():
        if not str(status).isdigit() or int(status) < 400:
            continue
        media = _resolve(spec, response).get("content", {}).get("application/json", {})
        for name, example in media.get("examples", {}).items():
            found.append((int(status), name, _resolve(spec, example)))
    return found


def _error_codes(
    spec: dict[str, Any], operations: list[tuple[str, str, dict[str, Any]]]
) -> list[dict[str, Any]]:
    """Every ``code`` of the spec's error examples: its statuses, its documented messages and
    remedies, and the class it gets (when it is a business outcome of one status)."""
    codes: dict[str, dict[str, Any]] = {}
    for _, _, operation in operations:
        for status, _, example in _error_examples(spec, operation):
            code = example.get("value", {}).get("code")
            if not isinstance(code, str) or not code.isidentifier() or not code.isupper():
                raise GenerationError(
                    f"{operation['operationId']}: error example under {status} has code "
                    f"{code!r}; codes become enum members (UPPER_CASE identifiers)"
                )
            entry = codes.setdefault(code, {"code": code, "statuses": set(), "meanings": {}})
            entry["statuses"].add(status)
            message = str(example["value"].get("message", ""))
            remedy = " ".join(str(example.get("description", "")).split())
            entry["meanings"].setdefault(message, remedy)
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


def _idempotency_conflicts(
    spec: dict[str, Any], operations: list[tuple[str, str, dict[str, Any]]]
) -> list[dict[str, Any]]:
    """For each operation with ``x-idempotency-conflict``: the error example it names (what a
    reused idempotency key with a different request is answered) and the key."""
    found = []
    for _, _, operation in operations:
        named = operation.get("x-idempotency-conflict")
        if named is None:
            continue
        where = operation["operationId"]
        key = operation.get("x-idempotency-key")
        matches = [(s, e) for s, n, e in _error_examples(spec, operation) if n == named]
        if not key or len(matches) != 1:
            raise GenerationError(
                f"{where}: x-idempotency-conflict {named!r} must name one error example of the "
                "operation, and the operation needs x-idempotency-key"
            )
        status, example = matches[0]
        found.append(
            {
                "operation": snake_case(where),
                "status": status,
                "code": example["value"]["code"],
                "message": example["value"].get("message", ""),
                "key": key,
            }
        )
    return found


def _result_models(operations: list[tuple[str, str, dict[str, Any]]]) -> list[str]:
    """The model classes operations answer with (2xx JSON bodies): they carry the Request-ID."""
    found = set()
    for _, _, operation in operations:
        for status, response in operation.get("responses", {}).items():
            if not str(status).startswith("2"):
                continue
            schema = response.get("content", {}).get("application/json", {}).get("schema", {})
            ref = schema.get("$ref") if isinstance(schema, dict) else None
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                found.add(class_name(ref.rsplit("/", 1)[1]))
    return sorted(found)


def _ref_name(node: dict[str, Any], where: str) -> str:
    ref = node.get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#/components/schemas/"):
        raise GenerationError(f"{where}: x-pagination needs a $ref to a component schema")
    return ref.rsplit("/", 1)[1]


def _pager(spec: dict[str, Any], path: str, operation: dict[str, Any]) -> dict[str, str]:
    where = f"{operation.get('operationId', path)}"
    paging = operation["x-pagination"]
    if paging.get("style") != "page-index":
        raise GenerationError(
            f"{where}: x-pagination style {paging.get('style')!r} is not supported "
            "(the generator knows 'page-index')"
        )
    page_schema_name = _ref_name(
        operation["responses"]["200"]["content"]["application/json"]["schema"], where
    )
    page_schema = spec["components"]["schemas"][page_schema_name]
    items_field, total_field = paging["items"], paging["total"]
    for field_name in (items_field, total_field):
        if field_name not in page_schema.get("properties", {}):
            raise GenerationError(
                f"{where}: x-pagination names {field_name!r}, not a property of {page_schema_name}"
            )
    item_schema_name = _ref_name(page_schema["properties"][items_field].get("items", {}), where)
    parameter_names = {parameter.get("name") for parameter in operation.get("parameters", [])}
    for parameter in (paging["offset-param"], paging["limit-param"]):
        if parameter not in parameter_names:
            raise GenerationError(
                f"{where}: x-pagination names parameter {parameter!r}, which is not declared"
            )
    module = snake_case(operation["operationId"])
    tag = snake_case(operation["tags"][0])
    page_class, item_class = class_name(page_schema_name), class_name(item_schema_name)
    return {
        "function": "iter_" + module.removeprefix("list_"),
        "module": module,
        "tag": tag,
        "module_path": f"api.{tag}.{module}",
        "page_class": page_class,
        "page_module": snake_case(page_class),
        "item_class": item_class,
        "item_module": snake_case(item_class),
        "items_field": items_field,
        "total_field": total_field,
        "items_attribute": snake_case(items_field),
        "total_attribute": snake_case(total_field),
        "offset_param": paging["offset-param"],
        "limit_param": paging["limit-param"],
    }
