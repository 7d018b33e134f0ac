"""The spec, read once at start-up: routes, parameter and body validators, error examples.

Everything the mock checks about a request's shape comes from ``spec/wechatpay-coupons.yaml``
itself (the copy shipped in the wheel, or the repository's), through JSON Schema 2020-12, so the
mock and the spec cannot drift apart.
"""

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT202012

SPEC_URI = "urn:wechatpay-coupons-spec"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")

format_checker = FormatChecker(formats=())


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
    packaged = Path(__file__).parent / "openapi" / "wechatpay-coupons.yaml"
    if packaged.exists():
        return packaged
    return Path(__file__).resolve().parents[2] / "spec" / "wechatpay-coupons.yaml"


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path, query, header
    required: bool
    schema: dict[str, Any]
    validator: Draft202012Validator

    @property
    def is_integer(self) -> bool:
        return self.schema.get("type") == "integer"


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    pattern: re.Pattern[str]
    parameters: tuple[Parameter, ...]
    body_validator: Draft202012Validator | None
    body_required: bool
    error_examples: dict[int, dict[str, dict[str, Any]]] = field(repr=False)
    signature_scheme: str = "merchant"

    def error_example(self, status: int, code: str) -> dict[str, Any] | None:
        """The spec's example body for this status and WeChat code (its message), if any."""
        for example in self.error_examples.get(status, {}).values():
            if example.get("code") == code:
                return example
        return None


class Spec:
    """Routes and validators built from the OpenAPI document."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.version = str(document["info"]["version"])
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

    def _validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        return Draft202012Validator(
            _absolute_refs(schema), registry=self._registry, format_checker=format_checker
        )

    def _resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def _operation(self, path: str, method: str, data: dict[str, Any]) -> Operation:
        parameters = []
        for raw in data.get("parameters", []):
            parameter = self._resolve(raw)
            schema = parameter.get("schema", {})
            parameters.append(
                Parameter(
                    name=parameter["name"],
                    location=parameter["in"],
                    required=bool(parameter.get("required", False)),
                    schema=self._resolve(schema) if "$ref" in schema else schema,
                    validator=self._validator(schema),
                )
            )
        body = data.get("requestBody")
        body_validator = None
        body_required = False
        if body is not None:
            body = self._resolve(body)
            body_required = bool(body.get("required", False))
            body_validator = self._validator(body["content"]["application/json"]["schema"])
        errors: dict[int, dict[str, dict[str, Any]]] = {}
        for status, response in data.get("responses", {}).items():
            if not status.isdigit() or int(status) < 400:
                continue
            media = self._resolve(response).get("content", {}).get("application/json", {})
            errors[int(status)] = {
                name: self._resolve(example)["value"]
                for name, example in media.get("examples", {}).items()
            }
        regex = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path)) + "$"
        return Operation(
            operation_id=data["operationId"],
            method=method,
            path=path,
            pattern=re.compile(regex),
            parameters=tuple(parameters),
            body_validator=body_validator,
            body_required=body_required,
            error_examples=errors,
            signature_scheme="brand" if path.startswith("/brand/") else "merchant",
        )


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
