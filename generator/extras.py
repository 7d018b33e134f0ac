"""Renders the modules openapi-python-client has no template for, from the spec's extensions.

``_spec_facts.py`` carries the servers, the version and ``x-idempotency-key``; ``pagination.py``
carries an iterator per operation with ``x-pagination``. Both come from ``templates/extra``.
"""

import re
from pathlib import Path
from typing import Any

import jinja2

from .errors import GenerationError

TEMPLATES = Path(__file__).parent / "templates" / "extra"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_SERVER_CONSTANTS = ("PRIMARY_BASE_URL", "BACKUP_BASE_URL")


def snake_case(name: str) -> str:
    """``listBusifavorCouponsByFilter`` -> ``list_busifavor_coupons_by_filter`` (as upstream)."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    spaced = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", spaced)
    return re.sub(r"[^0-9a-zA-Z]+", "_", spaced).strip("_").lower()


def render_extras(spec: dict[str, Any], package_dir: Path) -> None:
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
    facts = environment.get_template("_spec_facts.py.jinja").render(
        title=spec["info"]["title"],
        version=spec["info"]["version"],
        servers=_servers(spec),
        idempotency_keys=sorted(
            (snake_case(operation["operationId"]), operation["x-idempotency-key"])
            for _, _, operation in _operations(spec)
            if "x-idempotency-key" in operation
        ),
    )
    (package_dir / "_spec_facts.py").write_text(facts, encoding="utf-8")
    pagers = [
        _pager(spec, path, operation)
        for path, _, operation in _operations(spec)
        if "x-pagination" in operation
    ]
    pagination = environment.get_template("pagination.py.jinja").render(pagers=pagers)
    (package_dir / "pagination.py").write_text(pagination, encoding="utf-8")


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
    page_class = _ref_name(
        operation["responses"]["200"]["content"]["application/json"]["schema"], where
    )
    page_schema = spec["components"]["schemas"][page_class]
    items_field, total_field = paging["items"], paging["total"]
    for field_name in (items_field, total_field):
        if field_name not in page_schema.get("properties", {}):
            raise GenerationError(
                f"{where}: x-pagination names {field_name!r}, not a property of {page_class}"
            )
    item_class = _ref_name(page_schema["properties"][items_field].get("items", {}), where)
    parameter_names = {parameter.get("name") for parameter in operation.get("parameters", [])}
    for parameter in (paging["offset-param"], paging["limit-param"]):
        if parameter not in parameter_names:
            raise GenerationError(
                f"{where}: x-pagination names parameter {parameter!r}, which is not declared"
            )
    module = snake_case(operation["operationId"])
    tag = snake_case(operation["tags"][0])
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
        "offset_param": paging["offset-param"],
        "limit_param": paging["limit-param"],
    }
