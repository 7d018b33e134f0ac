"""The spec, read once at start-up: routes, validators, schemes, pagination, named error examples.

Everything the mock knows about an operation comes from ``spec/wechatpay-coupons.yaml`` itself
(the copy shipped in the wheel, or the repository's), read by ``spec_reader`` (the project's one
reader of the spec): its route and parameters, the signature scheme its ``security`` names, its
``x-pagination`` and ``x-idempotency-key`` extensions, and the error examples it documents, by
name. This module adds what only the mock needs: the JSON Schema 2020-12 validators of an
operation's input and the route patterns. The mock and the spec cannot drift apart: what the mock
needs and the spec lacks is a ``SpecError`` at start-up, naming the operation.
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from . import spec_reader
from .patterns import PatternValidator, python_pattern
from .spec_reader import (
    METHODS,
    SPEC_URI,
    ErrorExample,
    OpenAPI,
    Pagination,
    SpecError,
    TokenPagination,
    absolute_refs,
    load_document,
)

__all__ = [
    "METHODS",
    "SPEC_URI",
    "ErrorExample",
    "Operation",
    "Pagination",
    "Parameter",
    "Spec",
    "SpecError",
    "TokenPagination",
    "format_checker",
    "spec_path",
]

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


def spec_path() -> Path:
    """The spec shipped inside the wheel, else the repository's (editable installs, tests)."""
    return spec_reader.default_path()


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
        self.reader: OpenAPI = OpenAPI(document)
        self.version: str = self.reader.version
        self._registry: Registry[Any] = Registry().with_resource(
            SPEC_URI, DRAFT202012.create_resource(document)
        )
        self.operations: list[Operation] = [
            self._operation(operation) for operation in self.reader.operations()
        ]

    @classmethod
    def load(cls, path: Path | None = None) -> "Spec":
        """The spec at ``path``, by default the one shipped with the package."""
        return cls(load_document(path or spec_path()))

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
        return self.reader.mapping(node)

    def validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        """A JSON Schema 2020-12 validator of ``schema`` whose references reach the whole spec."""
        return PatternValidator(
            absolute_refs(schema), registry=self._registry, format_checker=format_checker
        )

    def _operation(self, operation: spec_reader.Operation) -> Operation:
        reader = self.reader
        parameters = []
        for parameter in reader.parameters(operation):
            schema = parameter.get("schema", {})
            resolved = reader.mapping(schema)
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
        body = reader.request_body(operation)
        body_schema = reader.body_schema(operation)
        success = reader.success(operation)
        success_status = success[0] if success else 200
        success_schema = reader.response_schema(operation, str(success_status)) if success else None
        pagination = reader.pagination(operation)
        entity_schema = success_schema
        if pagination is not None and success_schema is not None:
            page = reader.mapping(success_schema)
            entity_schema = reader.mapping(page["properties"][pagination.items]).get("items")
        idempotency = reader.idempotency(operation)
        regex = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(operation.path)) + "$"
        return Operation(
            operation_id=operation.operation_id,
            method=operation.method,
            path=operation.path,
            pattern=re.compile(regex),
            parameters=tuple(parameters),
            body_validator=self.validator(body_schema) if body_schema is not None else None,
            body_required=bool(body and body.get("required", False)),
            signature_types=reader.signature_types(operation),
            pagination=pagination,
            idempotency_key=idempotency.key if idempotency else None,
            idempotency_conflict=idempotency.conflict if idempotency else None,
            errors=tuple(reader.error_examples(operation)),
            success_status=success_status,
            response_fields=tuple(reader.mapping(success_schema).get("properties", {})),
            entity_schema=entity_schema,
            entity_validator=self.validator(entity_schema) if entity_schema else None,
            self_links=reader.self_links(operation),
        )


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
