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
- ``_transport.py``, ``_json.py``, ``_paging.py``: the optional aiohttp transport and orjson
  decoder, and the page walk the iterators share.
"""

from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.strings import ClassName, PythonIdentifier

from wechatpay_mock.spec_reader import (
    METHODS,
    OpenAPI,
    Operation,
    Pagination,
    SpecError,
    TokenPagination,
)

from .errors import GenerationError

TEMPLATES = Path(__file__).parent / "templates" / "extra"
_SERVER_CONSTANTS = ("PRIMARY_BASE_URL", "BACKUP_BASE_URL")
# openapi-python-client's default prefix for names that are not identifiers (config.yaml keeps it).
_FIELD_PREFIX = "field_"
_STATIC_MODULES = ("_transport.py", "_json.py", "_paging.py")


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
    for name in ("_spec_facts.py", "pagination.py", "_wechatpay.py", *_STATIC_MODULES):
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


def _pager(operation: Operation, pagination: Pagination | TokenPagination) -> dict[str, str]:
    if isinstance(pagination, TokenPagination):
        raise GenerationError(
            f"{operation.operation_id}: x-pagination style {pagination.style!r} is not generated "
            "yet (the generator knows 'page-index')"
        )
    module = snake_case(operation.operation_id)
    tag = snake_case(operation.raw["tags"][0])
    page_class, item_class = class_name(pagination.page_schema), class_name(pagination.item_schema)
    return {
        "function": "iter_" + module.removeprefix("list_"),
        "module": module,
        "tag": tag,
        "module_path": f"api.{tag}.{module}",
        "page_class": page_class,
        "page_module": snake_case(page_class),
        "item_class": item_class,
        "item_module": snake_case(item_class),
        "items_field": pagination.items,
        "total_field": pagination.total,
        "items_attribute": snake_case(pagination.items),
        "total_attribute": snake_case(pagination.total),
        "offset_param": pagination.offset_param,
        "limit_param": pagination.limit_param,
    }
