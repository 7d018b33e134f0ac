"""What the generated client needs from the spec beyond upstream's parse, and the modules built
from it.

``spec_facts`` reads the spec's extensions once, checks them with errors a spec author can act
on, and names everything with openapi-python-client's own naming rules, so that the upstream
pass (endpoint and resource templates, which get the facts as the ``facts`` global) and
``render_extras`` (modules upstream has no template for) agree on every name:

- ``_spec_facts.py``: servers, version, ``x-idempotency-key``, each operation's credential;
- ``pagination.py``: the page iterators (written into the operations' modules by the upstream
  pass, from ``x-pagination``), gathered in one place;
- ``_wechatpay.py``: the resource-style clients, a namespace per tag.

What depends on no spec (the client, its transport, decoder and page walk) is plain Python in
``generator/runtime/``, copied as it is (pipeline.py).
"""

from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.strings import ClassName, PythonIdentifier

from .errors import GenerationError

TEMPLATES = Path(__file__).parent / "templates" / "extra"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_SERVER_CONSTANTS = ("PRIMARY_BASE_URL", "BACKUP_BASE_URL")
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
    for name in ("_spec_facts.py", "pagination.py", "_wechatpay.py"):
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
