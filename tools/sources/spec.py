"""The spec's side of each fact: where a documented fact lives in the spec, and whether it holds.

Mapping, decided once here:

- a document's operation is the spec's operation with the same method and path;
- a request parameter is the operation's parameter of that name (any `in`), else a property of the
  JSON request body (`in` is then `body`); `Authorization`, `Accept` and `Content-Type` headers are
  not parameters in OpenAPI (the specification says to ignore them there) and are covered by the
  operation's security scheme and its media types instead;
- a response field is a property of the 200 response's schema, following `$ref`s, with `.` for a
  nested object's property and `[]` for an array's items; its `required` is the parent's list;
- an error is a named example under the response of that status whose `code` is the code and whose
  `message` (or `summary` after the code) is the description; its solution must be in the example's
  description;
- an example value is checked against the schema at its place (type, enum, bounds, pattern).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import jsonschema
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from wechatpay_mock.spec_reader import SPEC_URI, ErrorExample, OpenAPI, Operation, absolute_refs

from .inventory import Fact
from .text import normalize

# Header names OpenAPI ignores as parameters (OAS 3.1 §4.8.12.1): the spec states them elsewhere.
RESERVED_HEADERS = {"authorization": "security", "accept": "responses", "content-type": "body"}
ABSENT = "absent"
NO_VALUE = "—"


@dataclass(frozen=True)
class Outcome:
    """What the spec has for one fact, and whether that is what the document states."""

    covered: bool
    spec: str
    reason: str = ""
    absent: bool = False  # the fact's subject (parameter, field) is not in the spec at all


@dataclass(frozen=True)
class _Target:
    schema: dict[str, Any]
    required: bool
    location: str
    where: str


class Spec:
    """An OpenAPI document, read only, with the lookups the check needs."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.reader = OpenAPI(document)
        self.registry: Registry[Any] = Registry().with_resource(
            SPEC_URI, DRAFT202012.create_resource(document)
        )

    # --- lookups ---------------------------------------------------------------------------

    def resolve(self, node: Any) -> dict[str, Any]:
        return self.reader.mapping(node)

    def parameters(self, operation: Operation) -> dict[str, dict[str, Any]]:
        return {parameter["name"]: parameter for parameter in self.reader.parameters(operation)}

    def walk(self, schema: Any, path: str, where: str) -> _Target | None:
        """The schema at a field path (`a.b`, `a[].b`) under a schema, with its required flag."""
        target = _Target(self.resolve(schema), True, "body", where)
        for segment in re.findall(r"\[\]|[^.\[\]]+", path):
            parent = self.merged(target.schema)
            if segment == "[]":
                if "items" not in parent:
                    return None
                target = _Target(self.resolve(parent["items"]), True, "body", f"{target.where}[]")
                continue
            properties = parent.get("properties", {})
            if segment not in properties:
                return None
            target = _Target(
                self.resolve(properties[segment]),
                segment in parent.get("required", []),
                "body",
                f"{target.where}.{segment}",
            )
        return target

    def merged(self, schema: dict[str, Any]) -> dict[str, Any]:
        """A schema with the properties and required lists of its `allOf` parts folded in."""
        if "allOf" not in schema:
            return schema
        out = {key: value for key, value in schema.items() if key != "allOf"}
        properties = dict(out.get("properties", {}))
        required = list(out.get("required", []))
        for part in schema["allOf"]:
            part = self.merged(self.resolve(part))
            properties.update(part.get("properties", {}))
            required += part.get("required", [])
            for key, value in part.items():
                out.setdefault(key, value)
        out["properties"], out["required"] = properties, required
        return out

    def error_examples(self, operation: Operation, status: str) -> list[ErrorExample]:
        return [e for e in self.reader.error_examples(operation) if str(e.status) == status]

    def problems(self, value: Any, schema: dict[str, Any]) -> list[str]:
        """Why a value does not fit a schema of this spec (empty when it fits)."""
        validator = jsonschema.Draft202012Validator(absolute_refs(schema), registry=self.registry)
        return [error.message for error in validator.iter_errors(value)]

    # --- the check of one fact ---------------------------------------------------------------

    def evaluate(self, fact: Fact, method: str | None, path: str | None) -> Outcome:
        if fact.kind in ("irregular", "unreadable"):
            return Outcome(False, NO_VALUE, f"{fact.kind} ({fact.documented})")
        if fact.kind == "incomplete":
            return Outcome(
                False,
                NO_VALUE,
                "a document without these sections; if its stored copy stops there, declare it "
                "under 'Copying artefacts' in spec/sources/README.md",
            )
        operation = self.reader.operation(method, path) if method and path else None
        if fact.kind == "operation":
            if operation is None:
                return Outcome(False, ABSENT, "the spec has no such operation", absent=True)
            return Outcome(True, "present")
        if operation is None or path is None:
            return Outcome(False, ABSENT, f"the spec has no operation {method} {path}", absent=True)
        if fact.kind == "param":
            location = getattr(fact.detail, "location", None)
            return self._attribute(fact, self._request_target(fact.subject, location, operation))
        if fact.kind == "field":
            schema = self.reader.response_schema(operation)
            target = self.walk(schema, fact.subject, "200 response") if schema else None
            return self._attribute(fact, target)
        if fact.kind == "error":
            return self._error(fact, operation)
        if fact.kind == "example":
            return self._example(fact, operation)
        return Outcome(False, NO_VALUE, f"no rule for facts of kind {fact.kind}")

    def _request_target(
        self, subject: str, location: str | None, operation: Operation
    ) -> _Target | None:
        name, _, rest = subject.partition(".")
        reserved = RESERVED_HEADERS.get(name.lower()) if location == "header" else None
        if reserved and not rest:
            return self._reserved_header(name, reserved, operation)
        parameters = self.parameters(operation)
        if name in parameters and not rest:
            parameter = parameters[name]
            return _Target(
                self.resolve(parameter.get("schema", {})),
                bool(parameter.get("required", False)),
                str(parameter["in"]),
                f"{parameter['in']} parameter {name}",
            )
        body = self.reader.body_schema(operation)
        return self.walk(body, subject, "request body") if body else None

    def _reserved_header(self, name: str, covered_by: str, operation: Operation) -> _Target | None:
        string = {"type": "string"}
        if covered_by == "security":
            schemes = self.document.get("components", {}).get("securitySchemes", {})
            for security in self.reader.security(operation):
                scheme = self.resolve(schemes[security.name])
                header = str(scheme.get("name", "")).lower() if scheme.get("in") == "header" else ""
                if header == "authorization":
                    return _Target(string, True, "header", f"security scheme {security.name}")
            return None
        if covered_by == "responses":
            response = self.reader.response(operation, "200") or {}
            if "application/json" in response.get("content", {}):
                return _Target(string, True, "header", "200 response media type application/json")
            return None
        body = self.reader.request_body(operation) or {}
        if "application/json" in body.get("content", {}):
            return _Target(string, True, "header", "request body media type application/json")
        return None

    def _attribute(self, fact: Fact, target: _Target | None) -> Outcome:
        if target is None:
            return Outcome(False, ABSENT, "not in the spec", absent=True)
        schema = self.merged(target.schema)
        documented = fact.documented
        attribute = fact.attribute
        if attribute == "":
            return Outcome(True, "present", target.where)
        if attribute == "in":
            return _compare(documented, target.location, target.where)
        if attribute == "type":
            types = json_types(schema)
            shown = "|".join(sorted(types)) or "any"
            covered = documented in types or (documented == "number" and "integer" in types)
            return Outcome(covered or not types, shown, target.where)
        if attribute == "required":
            return _compare(documented, str(target.required).lower(), target.where)
        if attribute.startswith("items."):
            if "items" not in schema:
                return Outcome(False, "no items", f"{target.where} is not an array")
            schema = self.merged(self.resolve(schema["items"]))
            attribute = attribute.removeprefix("items.")
        if attribute == "pattern":
            return _compare(documented, str(schema.get("pattern", "none")), target.where)
        if attribute in ("minimum", "maximum", "minItems", "maxItems"):
            bound = schema.get(attribute)
            shown = "none" if bound is None else str(bound)
            same = bound is not None and float(bound) == float(documented)
            return Outcome(same, shown, target.where)
        if attribute == "default":
            stated = schema.get("default")
            shown = "none" if stated is None else str(stated)
            return Outcome(_from_text(documented, schema) == stated, shown, target.where)
        if attribute in ("maxLength", "minLength"):
            bound = schema.get(attribute)
            if bound is None and attribute == "maxLength" and "enum" in schema:
                longest = max(len(str(value)) for value in schema["enum"])
                return Outcome(
                    longest <= int(documented),
                    f"enum (longest {longest})",
                    f"{target.where}: its enum values are at most {longest} characters",
                )
            return _compare(documented, "none" if bound is None else str(bound), target.where)
        if attribute.startswith("enum "):
            value = attribute.removeprefix("enum ")
            values = schema.get("enum", self.resolve(schema.get("items", {})).get("enum"))
            if values is None and "boolean" in json_types(schema) and value in ("true", "false"):
                return Outcome(True, "boolean", target.where)
            if values is None:
                return Outcome(False, "no enum", f"{target.where} has no enum")
            covered = value in [str(item) for item in values]
            return Outcome(covered, "present" if covered else ABSENT, target.where)
        return Outcome(False, NO_VALUE, f"no rule for the attribute {attribute}")

    def _error(self, fact: Fact, operation: Operation) -> Outcome:
        error = fact.detail
        examples = self.error_examples(operation, error.status)
        wanted = normalize(error.description)
        matches = [
            example
            for example in examples
            if example.code == error.code
            and wanted
            in (normalize(example.message), normalize(example.summary.removeprefix(error.code)))
        ]
        if not matches:
            same_code = [example.message for example in examples if example.code == error.code]
            reason = f"no example of {error.code} with this description under {error.status}"
            if same_code:
                reason += f" (its {error.code} examples say: {'; '.join(same_code)})"
            return Outcome(False, ABSENT, reason, absent=True)
        if fact.attribute == "solution":
            solution = normalize(error.solution)
            if any(solution in normalize(example.description) for example in matches):
                return Outcome(True, "present", f"{error.status} example description")
            return Outcome(False, "differs", "no matching example's description has this solution")
        return Outcome(True, "present", f"{error.status} example {error.code}")

    def _example(self, fact: Fact, operation: Operation) -> Outcome:
        value = fact.detail
        where, _, rest = fact.subject.partition(" ")
        target: _Target | None
        if where in ("param", "field"):
            # A table row's `|||` example: text, to be read as the JSON value its schema means.
            if where == "param":
                location = getattr(fact.detail, "location", None)
                target = self._request_target(rest, location, operation)
            else:
                schema = self.reader.response_schema(operation)
                target = self.walk(schema, rest, "200 response") if schema else None
            if target is None:
                return Outcome(False, ABSENT, "no such field in the spec", absent=True)
            example = _from_text(fact.documented, target.schema)
            return self._fits(example, target.schema, target.where)
        if where == "request":
            place, _, name = rest.partition(" ")
            if place in ("query", "header"):
                parameters = self.parameters(operation)
                reserved = RESERVED_HEADERS.get(name.lower()) if place == "header" else None
                if reserved:
                    target = self._reserved_header(name, reserved, operation)
                    if target is None:
                        return Outcome(False, ABSENT, "not in the spec", absent=True)
                    return Outcome(True, "present", target.where)
                parameter = parameters.get(name)
                if parameter is None:
                    return Outcome(False, ABSENT, "not in the spec", absent=True)
                if parameter["in"] != place:
                    return Outcome(
                        False, f"in {parameter['in']}", f"{name} is a {parameter['in']} parameter"
                    )
                schema = self.resolve(parameter.get("schema", {}))
                return self._fits(_from_text(value, schema), schema, f"{place} parameter {name}")
            body = self.reader.body_schema(operation)
            target = self.walk(body, name, "request body") if body else None
        else:
            schema = self.reader.response_schema(operation)
            target = self.walk(schema, rest, "200 response") if schema else None
        if target is None:
            return Outcome(False, ABSENT, "no such field in the spec", absent=True)
        return self._fits(value, target.schema, target.where)

    def _fits(self, value: Any, schema: dict[str, Any], where: str) -> Outcome:
        shown = summary(self.merged(schema), self)
        problems = self.problems(value, schema)
        if problems:
            return Outcome(False, shown, f"{where}: {problems[0]}")
        return Outcome(True, shown, where)


def json_types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        return {declared}
    if isinstance(declared, list):
        return {str(item) for item in declared}
    if "properties" in schema:
        return {"object"}
    return set()


def summary(schema: dict[str, Any], spec: Spec) -> str:
    """A short, stable name of a schema's shape: `string`, `string enum`, `array of integer`."""
    types = "|".join(sorted(json_types(schema))) or "any"
    if "array" in json_types(schema) and "items" in schema:
        return f"{types} of {summary(spec.resolve(schema['items']), spec)}"
    return f"{types} enum" if "enum" in schema else types


def _compare(documented: str, actual: str, where: str) -> Outcome:
    return Outcome(documented == actual, actual, where)


def _from_text(value: Any, schema: dict[str, Any]) -> Any:
    """A query or header value as the JSON value its schema means (the wire has only text)."""
    types = json_types(schema)
    if not isinstance(value, str):
        return value
    if "integer" in types and re.fullmatch(r"-?\d+", value):
        return int(value)
    if "number" in types and re.fullmatch(r"-?\d+(?:\.\d+)?", value):
        return float(value)
    if "boolean" in types and value in ("true", "false"):
        return value == "true"
    return value
