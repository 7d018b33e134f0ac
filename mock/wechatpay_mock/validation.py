"""Turning a raw request into validated values, or into WeChat's PARAM_ERROR detail.

Each function returns its value or the ``Problem`` that stops the request; the caller answers it.
"""

import json
import math
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from jsonschema.exceptions import ValidationError

from .spec import ErrorExample, Operation, Parameter

_INTEGER = re.compile(r"-?[0-9]+")
# WeChat's bodies nest a few levels; anything this deep is an attack on the parser, not a request.
MAX_JSON_DEPTH = 64


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a request: what WeChat puts in ``detail``."""

    field: str
    location: str
    issue: str
    rule: str  # the spec rule broken (JSON Schema keyword, or encoding/json/content-type)
    value: Any = None

    def detail(self) -> dict[str, Any]:
        detail: dict[str, Any] = {
            "field": self.field,
            "location": self.location,
            "issue": self.issue,
            "rule": self.rule,
        }
        if self.value is not None:
            detail["value"] = self.value
        return detail


# A family that numbers its parameter refusals (the product coupons' 268435461–268435464, ERRATA
# 45) documents one example per kind of rule broken; by the JSON Schema keyword of the rule.
# An operation that documents none of them answers the plain PARAM_ERROR.
_RULE_REFUSALS = {
    "minimum": "PARAM_ERROR_OUT_OF_RANGE",
    "maximum": "PARAM_ERROR_OUT_OF_RANGE",
    "exclusiveMinimum": "PARAM_ERROR_OUT_OF_RANGE",
    "exclusiveMaximum": "PARAM_ERROR_OUT_OF_RANGE",
    "minLength": "PARAM_ERROR_TOO_SHORT",
    "maxLength": "PARAM_ERROR_TOO_LONG",
    "pattern": "PARAM_ERROR_INVALID",
    "enum": "PARAM_ERROR_INVALID",
}


def refusal(operation: Operation, problem: Problem) -> ErrorExample:
    """The error example ``operation`` answers ``problem`` with: the one it documents for the
    kind of rule broken, else its ``PARAM_ERROR``."""
    name = _RULE_REFUSALS.get(problem.rule)
    if name is not None and operation.has_error(name):
        return operation.error(name)
    return operation.error("PARAM_ERROR")


@dataclass(frozen=True)
class ValidRequest:
    path: dict[str, str]
    query: dict[str, Any]
    headers: dict[str, str]
    body: Any


def decode_path(raw_path: bytes) -> str | Problem:
    try:
        return unquote(raw_path.decode("ascii"), errors="strict")
    except UnicodeError:
        return Problem("path", "path", "the path is not valid percent-encoded UTF-8", "encoding")


def parse_query(raw_query: bytes) -> dict[str, list[str]] | Problem:
    values: dict[str, list[str]] = {}
    if not raw_query:
        return values
    for pair in raw_query.split(b"&"):
        if not pair:
            continue
        raw_name, _, raw_value = pair.partition(b"=")
        try:
            name = unquote(raw_name.decode("ascii").replace("+", " "), errors="strict")
            value = unquote(raw_value.decode("ascii").replace("+", " "), errors="strict")
        except UnicodeError:
            field = raw_name.decode("ascii", errors="replace")[:64]
            return Problem(field, "query", "not valid percent-encoded UTF-8", "encoding")
        values.setdefault(name, []).append(value)
    return values


def _check(parameter: Parameter, value: Any) -> Problem | None:
    if parameter.accepts is not None and parameter.accepts(value):
        return None
    error = _first_error(parameter.validator.iter_errors(value))
    if error is None:
        return None
    return Problem(
        parameter.name, parameter.location, _describe(error), str(error.validator), _short(value)
    )


def _coerce(parameter: Parameter, text: str) -> Any:
    """The parameter's value from its text, or a ``Problem``."""
    if parameter.is_integer:
        # Not int(): it also takes " 5", "5_000" and non-ASCII digits ("５"), none of which is
        # an integer on the wire.
        if _INTEGER.fullmatch(text) is None:
            return Problem(
                parameter.name, parameter.location, "must be an integer", "type", _short(text)
            )
        return int(text)
    return text


def validate(
    operation: Operation,
    path_values: dict[str, str],
    query: dict[str, list[str]],
    headers: dict[str, str],
    body: bytes,
    content_type: str,
) -> ValidRequest | Problem:
    """Every parameter and the body checked against the spec: the values, or the first
    problem."""
    checked_path: dict[str, str] = {}
    checked_query: dict[str, Any] = {}
    checked_headers: dict[str, str] = {}
    for parameter in operation.parameters:
        value: Any
        if parameter.location == "path":
            value = path_values.get(parameter.name, "")
            checked = checked_path
        elif parameter.location == "query":
            given = query.get(parameter.name)
            if given is None:
                if parameter.required:
                    return Problem(parameter.name, "query", "is required", "required")
                continue
            if len(given) > 1:
                return Problem(parameter.name, "query", "is given more than once", "repeated")
            value = _coerce(parameter, given[0])
            if isinstance(value, Problem):
                return value
            checked = checked_query
        elif parameter.location == "header":
            value = headers.get(parameter.name.lower())
            if value is None:
                if parameter.required:
                    return Problem(parameter.name, "header", "is required", "required")
                continue
            checked = checked_headers
        else:
            continue
        problem = _check(parameter, value)
        if problem is not None:
            return problem
        checked[parameter.name] = value
    parsed_body: Any = None
    if operation.body_validator is not None and (body or operation.body_required):
        # A body of JSON `null` is a body, and is validated like any other.
        parsed_body = _json_body(body, content_type)
        if isinstance(parsed_body, Problem):
            return parsed_body
        error = _first_error(operation.body_validator.iter_errors(parsed_body))
        if error is not None:
            parts = [str(part) for part in error.absolute_path]
            if error.validator == "required":
                # The error sits on the parent object; the field at fault is the missing one.
                parts.append(_missing_property(error))
            return Problem(
                "/" + "/".join(parts),
                "body",
                _describe(error),
                str(error.validator),
                _short(error.instance),
            )
    return ValidRequest(checked_path, checked_query, checked_headers, parsed_body)


def _json_body(body: bytes, content_type: str) -> Any:
    """The body's JSON value, or a ``Problem``."""
    media_type = content_type.split(";", 1)[0].strip().lower()
    if not body:
        return Problem("body", "body", "a JSON body is required", "required")
    if media_type != "application/json":
        return Problem(
            "Content-Type",
            "header",
            "must be application/json",
            "content-type",
            _short(content_type),
        )
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Problem("body", "body", f"not valid UTF-8 at byte {exc.start}", "encoding")
    too_deep = Problem("body", "body", f"nested deeper than {MAX_JSON_DEPTH} levels", "json")
    try:
        parsed = json.loads(text, parse_constant=_not_json, parse_float=_finite)
    except RecursionError:
        # json's C scanner recurses once per level and gives up near the interpreter's limit.
        return too_deep
    except ValueError as exc:
        return Problem("body", "body", f"not valid JSON: {exc}", "json")
    return too_deep if _deeper_than(parsed, MAX_JSON_DEPTH) else parsed


def _not_json(constant: str) -> Any:
    # Python's json reads NaN, Infinity and -Infinity; RFC 8259 has no such numbers.
    raise ValueError(f"{constant} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise ValueError(f"the number {text[:40]} is out of range")
    return value


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether ``value`` nests more than ``limit`` arrays and objects (without recursing)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def _first_error(errors: Any) -> ValidationError | None:
    found: list[ValidationError] = sorted(errors, key=lambda e: list(e.absolute_path))
    return found[0] if found else None


def _describe(error: ValidationError) -> str:
    # jsonschema's messages repeat the whole instance; keep them short and about the rule.
    rule = error.validator
    limit = error.validator_value
    descriptions = {
        "maxLength": f"must be at most {limit} characters",
        "minLength": f"must be at least {limit} characters",
        "pattern": f"must match {limit}",
        "enum": f"must be one of {', '.join(map(str, limit))}" if isinstance(limit, list) else "",
        "type": f"must be of type {limit}",
        "minimum": f"must be >= {limit}",
        "maximum": f"must be <= {limit}",
        "format": f"must be a {limit} (RFC 3339)" if limit == "date-time" else f"must be {limit}",
    }
    if rule == "required":
        return "is required"
    if rule == "additionalProperties":
        return "has fields the spec does not allow"
    return descriptions.get(str(rule)) or str(error.message)[:200]


def _missing_property(error: ValidationError) -> str:
    required = error.validator_value if isinstance(error.validator_value, list) else []
    present = error.instance if isinstance(error.instance, dict) else {}
    return next((str(name) for name in required if name not in present), "")


def _short(value: Any) -> Any:
    if isinstance(value, str) and len(value) > 64:
        return value[:64] + "…"
    if isinstance(value, (dict, list)):
        return None
    return value
