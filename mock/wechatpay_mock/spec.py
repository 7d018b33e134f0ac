"""The spec, read once at start-up: routes, validators, schemes, pagination, named error examples.

Everything the mock knows about an operation comes from ``spec/wechatpay-coupons.yaml`` itself
(the copy shipped in the wheel, or the repository's): its route and parameters, the JSON Schema
2020-12 validators of its input, the signature scheme its ``security`` names, its
``x-pagination`` and ``x-idempotency-key`` extensions, and the error examples it documents, by
name. The mock and the spec cannot drift apart: what the mock needs and the spec lacks is a
``SpecError`` at start-up, naming the operation.
"""

import copy
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from .patterns import PatternValidator, python_pattern

SPEC_URI = "urn:wechatpay-coupons-spec"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# On a security scheme: which WeChat Pay signature type (Authorization scheme) it stands for.
SIGNATURE_TYPE_EXTENSION = "x-wechatpay-signature-type"
# On an operation with x-idempotency-key: the error example a replay that differs answers.
IDEMPOTENCY_CONFLICT_EXTENSION = "x-idempotency-conflict"
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")

format_checker: FormatChecker = FormatChecker(formats=())


def _is_date_time(value: object) -> bool:
    # RFC 3339 by shape; jsonschema's own check needs an optional package we do not ship.
    return not isinstance(value, str) or _RFC3339.match(value) is not None


format_checker.checks("date-time")(_is_date_time)


def _fits(bits: int) -> Callable[[object], bool]:
    low, high = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1

    def check(value: object) -> bool:
        # OpenAPI's int32/int64 formats bound an integer; a larger one is not a valid value.
        return not isinstance(value, int) or isinstance(value, bool) or low <= value <= high

    return check


format_checker.checks("int32")(_fits(32))
format_checker.checks("int64")(_fits(64))


class SpecError(ValueError):
    """The spec lacks something the mock needs to serve an operation; the message names it."""


def spec_path() -> Path:
    """The spec shipped inside the wheel, else the repository's (editable installs, tests)."""
    packaged = Path(__file__).parent / "openapi" / "wechatpay-coupons.yaml"
    if packaged.exists():
        return packaged
    return Path(__file__).resolve().parents[2] / "spec" / "wechatpay-coupons.yaml"


@dataclass(frozen=True)
class Parameter:
    """One declared parameter and the validator of its schema."""

    name: str
    location: str  # path, query, header
    required: bool
    schema: dict[str, Any]
    validator: Draft202012Validator = field(repr=False)
    # For a plain string or integer schema: a quick test that is True only for a valid value
    # (every parameter of every request is checked; jsonschema explains the failures).
    accepts: Callable[[Any], bool] | None = field(default=None, repr=False)

    @property
    def is_integer(self) -> bool:
        return self.schema.get("type") == "integer"


@dataclass(frozen=True)
class ErrorExample:
    """A named error example of an operation: the status it sits under, WeChat's code and
    message (what the mock answers whenever it answers that error)."""

    name: str
    status: int
    code: str
    message: str
    # Its ``x-wechatpay-error-number``: what WeChat puts after the last ``-`` of Request-ID.
    number: int | None = None


# On an error example: the numeric code of that error (see ErrorExample.number).
ERROR_NUMBER_EXTENSION = "x-wechatpay-error-number"
PAGE_INDEX, PAGE_TOKEN = "page-index", "page-token"


@dataclass(frozen=True)
class Pagination:
    """An operation's ``x-pagination`` of style ``page-index``: a page index and a page size in
    the query, the page's items and total in the body."""

    offset_param: str
    limit_param: str
    items: str
    total: str
    default_limit: int

    @property
    def page_params(self) -> tuple[str, ...]:
        return (self.offset_param, self.limit_param)


@dataclass(frozen=True)
class TokenPagination:
    """An operation's ``x-pagination`` of style ``page-token``: the first call sends no token;
    each page's ``next_token`` field, sent back as ``token_param``, asks for the next page, and
    a page without it is the last; ``size_param`` is the page size."""

    token_param: str
    size_param: str
    next_token: str
    items: str
    total: str
    default_size: int
    max_size: int

    @property
    def page_params(self) -> tuple[str, ...]:
        return (self.token_param, self.size_param)


# The keys of each style's x-pagination, as info.description documents them.
_PAGE_TOKEN_KEYS = (
    *("style", "token-param", "size-param", "next-token", "items", "total"),
    *("default-size", "max-size"),
)


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, as the mock serves it."""

    operation_id: str
    method: str
    path: str
    pattern: re.Pattern[str] = field(repr=False)
    parameters: tuple[Parameter, ...] = field(repr=False)
    body_validator: Draft202012Validator | None = field(repr=False)
    body_required: bool
    signature_types: tuple[str, ...]
    pagination: Pagination | TokenPagination | None
    idempotency_key: str | None
    idempotency_conflict: str | None
    errors: tuple[ErrorExample, ...] = field(repr=False)
    success_status: int
    # The top-level property names of the success body.
    response_fields: tuple[str, ...]
    # The schema of one seeded entity: the page's item for a paginated list, else the body.
    entity_schema: dict[str, Any] | None = field(repr=False)
    entity_validator: Draft202012Validator | None = field(repr=False)
    # Parameter name -> JSON pointer into the body, from the operation's link to itself
    # ("read it again"): where in an entity a parameter's value is found.
    self_links: Mapping[str, str] = field(repr=False)

    @property
    def label(self) -> str:
        return f"{self.operation_id} ({self.method.upper()} {self.path})"

    def error(self, name: str, status: int | None = None) -> ErrorExample:
        """The error example called ``name`` (under ``status`` when the name is used twice)."""
        found = [e for e in self.errors if e.name == name and status in (None, e.status)]
        if not found:
            raise SpecError(f"{self.label} documents no error example named {name!r}")
        if len(found) > 1:
            statuses = ", ".join(str(e.status) for e in found)
            raise SpecError(
                f"{self.label}: error example {name!r} is under several statuses ({statuses}); "
                "name the status"
            )
        return found[0]

    def has_error(self, name: str) -> bool:
        return any(e.name == name for e in self.errors)

    def first_error(self, status: int) -> ErrorExample | None:
        """The first example under ``status`` (what an injected 429 or 500 answers)."""
        return next((e for e in self.errors if e.status == status), None)

    def parameter(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)


class Spec:
    """Routes and validators built from the OpenAPI document."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document: dict[str, Any] = document
        self.version: str = str(document["info"]["version"])
        self._registry: Registry[Any] = Registry().with_resource(
            SPEC_URI, DRAFT202012.create_resource(document)
        )
        self.operations: list[Operation] = [
            self._operation(path, method, item[method])
            for path, item in document["paths"].items()
            for method in METHODS
            if method in item
        ]

    @classmethod
    def load(cls, path: Path | None = None) -> "Spec":
        """The spec at ``path``, by default the one shipped with the package."""
        source = path or spec_path()
        return cls(yaml.safe_load(source.read_text(encoding="utf-8")))

    @cached_property
    def by_id(self) -> dict[str, Operation]:
        return {operation.operation_id: operation for operation in self.operations}

    def match(self, method: str, path: str) -> tuple[Operation | None, list[str]]:
        """The operation for ``method path``, or None and the methods the path does allow."""
        allowed: list[str] = []
        for operation in self.operations:
            found = operation.pattern.match(path)
            if found is None:
                continue
            if operation.method == method.lower():
                return operation, []
            allowed.append(operation.method.upper())
        return None, allowed

    def path_params(self, operation: Operation, path: str) -> dict[str, str]:
        found = operation.pattern.match(path)
        return found.groupdict() if found else {}

    def gateway_error(self, name: str) -> ErrorExample:
        """An error example every operation shares (e.g. ``INVALID_REQUEST_HTTP``), for answers
        given before a request reaches any operation."""
        for operation in self.operations:
            if operation.has_error(name):
                return operation.error(name)
        raise SpecError(f"no operation documents an error example named {name!r}")

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        """``node`` with its ``$ref`` (and theirs) followed within the document."""
        while "$ref" in node:
            target: Any = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        """A JSON Schema 2020-12 validator of ``schema`` whose references reach the whole spec."""
        return PatternValidator(
            _absolute_refs(schema), registry=self._registry, format_checker=format_checker
        )

    def _operation(self, path: str, method: str, data: dict[str, Any]) -> Operation:
        operation_id = str(data.get("operationId") or f"{method.upper()} {path}")
        where = f"{operation_id} ({method.upper()} {path})"
        parameters = []
        for raw in data.get("parameters", []):
            parameter = self.resolve(raw)
            schema = parameter.get("schema", {})
            resolved = self.resolve(schema) if "$ref" in schema else schema
            parameters.append(
                Parameter(
                    name=parameter["name"],
                    location=parameter["in"],
                    required=bool(parameter.get("required", False)),
                    schema=resolved,
                    validator=self.validator(schema),
                    accepts=_quick_test(resolved),
                )
            )
        body = data.get("requestBody")
        body_validator = None
        body_required = False
        if body is not None:
            body = self.resolve(body)
            body_required = bool(body.get("required", False))
            body_validator = self.validator(body["content"]["application/json"]["schema"])
        success_status, success_schema, self_links = self._success(operation_id, data)
        pagination = self._pagination(where, data, parameters, success_schema)
        entity_schema = success_schema
        if pagination is not None and success_schema is not None:
            items = self.resolve(success_schema).get("properties", {}).get(pagination.items, {})
            entity_schema = items.get("items")
        regex = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path)) + "$"
        idempotency_key = data.get("x-idempotency-key")
        return Operation(
            operation_id=operation_id,
            method=method,
            path=path,
            pattern=re.compile(regex),
            parameters=tuple(parameters),
            body_validator=body_validator,
            body_required=body_required,
            signature_types=self._signature_types(where, data),
            pagination=pagination,
            idempotency_key=str(idempotency_key) if idempotency_key else None,
            idempotency_conflict=data.get(IDEMPOTENCY_CONFLICT_EXTENSION),
            errors=self._errors(data),
            success_status=success_status,
            response_fields=tuple(
                self.resolve(success_schema).get("properties", {}) if success_schema else ()
            ),
            entity_schema=entity_schema,
            entity_validator=self.validator(entity_schema) if entity_schema else None,
            self_links=self_links,
        )

    def _signature_types(self, where: str, data: dict[str, Any]) -> tuple[str, ...]:
        schemes = self.document.get("components", {}).get("securitySchemes", {})
        types: list[str] = []
        for requirement in data.get("security", self.document.get("security", [])):
            for name in requirement:
                scheme = schemes.get(name, {})
                signature_type = scheme.get(SIGNATURE_TYPE_EXTENSION)
                if not signature_type:
                    raise SpecError(
                        f"{where}: security scheme {name!r} has no {SIGNATURE_TYPE_EXTENSION} "
                        "(the WeChat Pay signature type the mock must verify)"
                    )
                types.append(str(signature_type))
        return tuple(dict.fromkeys(types))

    def _pagination(
        self,
        where: str,
        data: dict[str, Any],
        parameters: list[Parameter],
        page_schema: dict[str, Any] | None,
    ) -> Pagination | TokenPagination | None:
        paging = data.get("x-pagination")
        if paging is None:
            return None
        if isinstance(paging, dict) and paging.get("style") == PAGE_TOKEN:
            return self._token_pagination(where, paging, parameters, page_schema)
        if not isinstance(paging, dict) or paging.get("style") != PAGE_INDEX:
            style = paging.get("style") if isinstance(paging, dict) else paging
            raise SpecError(
                f"{where}: x-pagination style {style!r} is not served (the mock serves "
                f"{PAGE_INDEX!r} and {PAGE_TOKEN!r})"
            )
        try:
            pagination = Pagination(
                offset_param=str(paging["offset-param"]),
                limit_param=str(paging["limit-param"]),
                items=str(paging["items"]),
                total=str(paging["total"]),
                default_limit=int(paging["default-limit"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise SpecError(f"{where}: x-pagination lacks or mistypes {exc}") from None
        names = {p.name for p in parameters if p.location == "query"}
        for name in (pagination.offset_param, pagination.limit_param):
            if name not in names:
                raise SpecError(f"{where}: x-pagination names {name!r}, not a query parameter")
        return pagination

    def _token_pagination(
        self,
        where: str,
        paging: dict[str, Any],
        parameters: list[Parameter],
        page_schema: dict[str, Any] | None,
    ) -> TokenPagination:
        """The ``page-token`` style, or a ``SpecError`` naming the first mistake in it."""
        where = f"{where}: x-pagination (page-token)"
        unknown = sorted(str(key) for key in paging if key not in _PAGE_TOKEN_KEYS)
        if unknown:
            raise SpecError(
                f"{where} has keys the style does not know: {', '.join(unknown)} (it takes "
                f"{', '.join(_PAGE_TOKEN_KEYS)})"
            )
        for key in _PAGE_TOKEN_KEYS:
            if key not in paging:
                raise SpecError(f"{where} lacks {key!r}")
        for key in ("token-param", "size-param", "next-token", "items", "total"):
            if not isinstance(paging[key], str) or not paging[key]:
                raise SpecError(f"{where} {key} must be a field name, not {paging[key]!r}")
        for key in ("default-size", "max-size"):
            value = paging[key]
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise SpecError(f"{where} {key} must be a positive integer, not {value!r}")
        if paging["default-size"] > paging["max-size"]:
            raise SpecError(
                f"{where} default-size {paging['default-size']} is larger than max-size "
                f"{paging['max-size']}"
            )
        query = {p.name: p for p in parameters if p.location == "query"}
        for key, kind in (("token-param", "string"), ("size-param", "integer")):
            parameter = query.get(paging[key])
            if parameter is None:
                raise SpecError(f"{where} {key} {paging[key]!r} is not a query parameter")
            if parameter.schema.get("type") != kind:
                raise SpecError(f"{where} {key} {paging[key]!r} must be a query {kind}")
        declared = query[paging["size-param"]].schema.get("maximum")
        if declared is not None and declared != paging["max-size"]:
            raise SpecError(
                f"{where} max-size {paging['max-size']} differs from the maximum {declared} of "
                f"query parameter {paging['size-param']!r}"
            )
        page = self.resolve(page_schema) if page_schema is not None else {}
        properties = page.get("properties", {})
        for key in ("next-token", "items", "total"):
            if paging[key] not in properties:
                raise SpecError(
                    f"{where} {key} {paging[key]!r} is not a field of the success answer"
                )
        if self.resolve(properties[paging["items"]]).get("type") != "array":
            raise SpecError(f"{where} items {paging['items']!r} is not an array in the answer")
        return TokenPagination(
            token_param=paging["token-param"],
            size_param=paging["size-param"],
            next_token=paging["next-token"],
            items=paging["items"],
            total=paging["total"],
            default_size=paging["default-size"],
            max_size=paging["max-size"],
        )

    def _success(
        self, operation_id: str, data: dict[str, Any]
    ) -> tuple[int, dict[str, Any] | None, dict[str, str]]:
        for status, response in data.get("responses", {}).items():
            if not (status.isdigit() and 200 <= int(status) < 300):
                continue
            response = self.resolve(response)
            media = response.get("content", {}).get("application/json", {})
            links: dict[str, str] = {}
            for link in response.get("links", {}).values():
                if link.get("operationId") != operation_id:
                    continue
                for name, expression in link.get("parameters", {}).items():
                    if isinstance(expression, str) and expression.startswith("$response.body#"):
                        links[name] = expression.removeprefix("$response.body#")
            return int(status), media.get("schema"), links
        return 200, None, {}

    def _errors(self, data: dict[str, Any]) -> tuple[ErrorExample, ...]:
        errors: list[ErrorExample] = []
        for status, response in data.get("responses", {}).items():
            if not status.isdigit() or int(status) < 400:
                continue
            media = self.resolve(response).get("content", {}).get("application/json", {})
            for name, example in media.get("examples", {}).items():
                example = self.resolve(example)
                value = example.get("value", {})
                number = example.get(ERROR_NUMBER_EXTENSION)
                if isinstance(value, dict) and "code" in value:
                    errors.append(
                        ErrorExample(
                            str(name),
                            int(status),
                            str(value["code"]),
                            str(value["message"]),
                            int(number) if number is not None else None,
                        )
                    )
        return tuple(errors)


_PLAIN_KEYWORDS = {
    *("type", "minLength", "maxLength", "pattern", "enum", "minimum", "maximum", "format"),
    *("description", "example", "examples", "title", "default"),
}
_INT_BITS = {None: None, "int32": 32, "int64": 64}


def _quick_test(schema: dict[str, Any]) -> Callable[[Any], bool] | None:
    """A test equivalent to ``schema`` for the plain string and integer schemas of parameters,
    or None when the schema needs jsonschema."""
    if not set(schema) <= _PLAIN_KEYWORDS:
        return None
    enum = frozenset(schema["enum"]) if "enum" in schema else None
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "string" and fmt is None:
        shortest, longest = int(schema.get("minLength", 0)), schema.get("maxLength")
        # jsonschema's `pattern` is re.search, unanchored; so is this.
        pattern = re.compile(python_pattern(schema["pattern"])) if "pattern" in schema else None

        def string(value: Any) -> bool:
            return (
                isinstance(value, str)
                and shortest <= len(value)
                and (longest is None or len(value) <= longest)
                and (pattern is None or pattern.search(value) is not None)
                and (enum is None or value in enum)
            )

        return string
    if kind == "integer" and fmt in _INT_BITS and "pattern" not in schema:
        bits = _INT_BITS[fmt]
        low = schema.get("minimum", -(2 ** (bits - 1)) if bits else None)
        high = schema.get("maximum", 2 ** (bits - 1) - 1 if bits else None)
        if bits:
            low, high = max(low, -(2 ** (bits - 1))), min(high, 2 ** (bits - 1) - 1)

        def integer(value: Any) -> bool:
            return (
                isinstance(value, int)
                and not isinstance(value, bool)
                and (low is None or low <= value)
                and (high is None or value <= high)
                and (enum is None or value in enum)
            )

        return integer
    return None


def _absolute_refs(schema: dict[str, Any]) -> dict[str, Any]:
    """Point the spec's local ``#/components/…`` references at the registered document."""

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                key: (SPEC_URI + value if key == "$ref" and value.startswith("#") else walk(value))
                for key, value in node.items()
            }
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    result: dict[str, Any] = walk(copy.deepcopy(schema))
    return result
