"""The breaking-change rules of the spec, checked without Node: a second opinion to `redocly diff`.

Usage: python tools/publish/breaking.py OLD.yaml NEW.yaml

Prints every change it sees between two versions of the spec as a changelog line and exits 1 when
one of them breaks a client. `make spec-diff` runs it after `redocly diff`, which rates far more
kinds of change but lets one of this project's breaking changes through: a field removed from a
request body is only a *patch* there (a client built from the old spec still sends it).

A change breaks a client when a request that the old spec allowed may be refused, or a response
that the new spec allows may not be understood:

- an operation is removed, or its operationId (the generated function's name) changes;
- a parameter, a request body, a request field or a request enum value is removed;
- a parameter, a request body or a request field is added as required, or becomes required;
- a request value is narrowed: its type, or a bound (maxLength, minLength, maximum, minimum,
  maxItems, minItems), or a pattern is added or changed;
- a response, a response field or a required response header is removed, or a response field
  stops being required;
- a response value widens its type (a client would read a type it does not expect).

New response enum values are not breaking: the spec tells clients to keep unknown enum values,
because WeChat Pay adds them without notice. Anything else that changes is listed, not breaking.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar

from wechatpay_mock.spec_reader import OpenAPI, Operation, load_document

Direction = Literal["request", "response"]
K = TypeVar("K")
# Bounds that narrow what is allowed when they go down (upper) or up (lower), or appear.
UPPER_BOUNDS = ("maxLength", "maxItems", "maximum", "exclusiveMaximum", "maxProperties")
LOWER_BOUNDS = ("minLength", "minItems", "minimum", "exclusiveMinimum", "minProperties")
JSON_TYPES = frozenset({"string", "number", "integer", "boolean", "array", "object", "null"})


@dataclass(frozen=True)
class Change:
    """One difference between the two specs, as a changelog entry."""

    breaking: bool
    where: str
    what: str

    def __str__(self) -> str:
        return f"- {'BREAKING ' if self.breaking else ''}`{self.where}`: {self.what}"


class SpecDiff:
    """Walks the old spec and the new one side by side and collects their differences."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = OpenAPI(old)
        self.new = OpenAPI(new)
        self.changes: list[Change] = []

    def run(self) -> list[Change]:
        """Compares every operation of either spec; returns the changes in document order."""
        old_operations = operations(self.old)
        new_operations = operations(self.new)
        for key, old_operation in old_operations.items():
            where = f"{key[1].upper()} {key[0]}"
            new_operation = new_operations.get(key)
            if new_operation is None:
                self.note(True, where, "operation removed")
                continue
            self.operation(where, old_operation, new_operation)
        for key in added(old_operations, new_operations):
            self.note(False, f"{key[1].upper()} {key[0]}", "operation added")
        return self.changes

    def note(self, breaking: bool, where: str, what: str) -> None:
        self.changes.append(Change(breaking, where, what))

    def operation(self, where: str, old: Operation, new: Operation) -> None:
        old_id, new_id = old.raw.get("operationId"), new.raw.get("operationId")
        if old_id != new_id:
            self.note(True, where, f"operationId changed from {old_id!r} to {new_id!r}")
        self.parameters(where, params(self.old, old), params(self.new, new))
        self.request_body(where, old.raw.get("requestBody"), new.raw.get("requestBody"))
        self.responses(where, old.raw.get("responses", {}), new.raw.get("responses", {}))

    def parameters(
        self,
        where: str,
        old: dict[tuple[str, str], dict[str, Any]],
        new: dict[tuple[str, str], dict[str, Any]],
    ) -> None:
        for (location, name), old_parameter in old.items():
            at = f"{where} {location} parameter {name}"
            new_parameter = new.get((location, name))
            if new_parameter is None:
                self.note(True, at, "removed")
                continue
            if new_parameter.get("required", False) and not old_parameter.get("required", False):
                self.note(True, at, "became required")
            elif old_parameter.get("required", False) and not new_parameter.get("required", False):
                self.note(False, at, "became optional")
            self.schema(
                at, old_parameter.get("schema", {}), new_parameter.get("schema", {}), "request"
            )
        for location, name in added(old, new):
            required = bool(new[(location, name)].get("required", False))
            self.note(
                required,
                f"{where} {location} parameter {name}",
                "added, required" if required else "added, optional",
            )

    def request_body(self, where: str, old: Any, new: Any) -> None:
        at = f"{where} request body"
        if old is None and new is None:
            return
        if new is None:
            self.note(True, at, "removed")
            return
        new = self.new.mapping(new)
        if old is None:
            required = bool(new.get("required", False))
            self.note(required, at, "added, required" if required else "added, optional")
            return
        old = self.old.mapping(old)
        if new.get("required", False) and not old.get("required", False):
            self.note(True, at, "became required")
        self.content(at, old.get("content", {}), new.get("content", {}), "request")

    def responses(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        for status, old_response in old.items():
            at = f"{where} response {status}"
            if status not in new:
                self.note(True, at, "removed")
                continue
            old_response = self.old.mapping(old_response)
            new_response = self.new.mapping(new[status])
            self.headers(at, old_response.get("headers", {}), new_response.get("headers", {}))
            self.content(
                at, old_response.get("content", {}), new_response.get("content", {}), "response"
            )
        for status in added(old, new):
            self.note(False, f"{where} response {status}", "added")

    def headers(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        for name, old_header in old.items():
            if name not in new:
                required = bool(self.old.mapping(old_header).get("required", False))
                self.note(required, f"{where} header {name}", "removed")
        for name in added(old, new):
            self.note(False, f"{where} header {name}", "added")

    def content(
        self, where: str, old: dict[str, Any], new: dict[str, Any], direction: Direction
    ) -> None:
        for media_type, old_media in old.items():
            if media_type not in new:
                self.note(True, f"{where} {media_type}", "media type removed")
                continue
            self.schema(
                f"{where} {media_type}",
                old_media.get("schema", {}),
                new[media_type].get("schema", {}),
                direction,
            )
        for media_type in added(old, new):
            self.note(False, f"{where} {media_type}", "media type added")

    def schema(
        self,
        where: str,
        old: Any,
        new: Any,
        direction: Direction,
        seen: frozenset[tuple[int, int]] = frozenset(),
    ) -> None:
        """Compares two schemas of one place, as read by a client in that direction."""
        old = self.old.mapping(old)
        new = self.new.mapping(new)
        if (id(old), id(new)) in seen:
            return
        seen = seen | {(id(old), id(new))}
        request = direction == "request"
        self.types(where, old, new, request)
        self.enums(where, old, new, request)
        self.bounds(where, old, new, request)
        for keyword in ("allOf", "oneOf", "anyOf"):
            if old.get(keyword) != new.get(keyword):
                old_parts, new_parts = old.get(keyword, []), new.get(keyword, [])
                if len(old_parts) != len(new_parts):
                    self.note(True, where, f"{keyword} changed; check it by hand")
                    continue
                for index, (old_part, new_part) in enumerate(
                    zip(old_parts, new_parts, strict=True)
                ):
                    self.schema(f"{where}/{keyword}/{index}", old_part, new_part, direction, seen)
        if "items" in old or "items" in new:
            self.schema(f"{where}[]", old.get("items", {}), new.get("items", {}), direction, seen)
        self.properties(where, old, new, direction, seen)

    def types(self, where: str, old: dict[str, Any], new: dict[str, Any], request: bool) -> None:
        old_types, new_types = accepted_types(old), accepted_types(new)
        if old_types == new_types:
            return
        what = f"type changed from {sorted(old_types)} to {sorted(new_types)}"
        if request and not old_types <= new_types:
            self.note(True, where, f"narrowed: {what}")
        elif not request and not new_types <= old_types:
            self.note(True, where, f"widened in a response: {what}")
        else:
            self.note(False, where, what)

    def enums(self, where: str, old: dict[str, Any], new: dict[str, Any], request: bool) -> None:
        if old.get("enum") == new.get("enum"):
            return
        if "enum" not in new:
            self.note(False, where, "enum dropped: any value is allowed")
            return
        new_values = list(new["enum"])
        if "enum" not in old:
            self.note(request, where, f"restricted to the values {new_values}")
            return
        old_values = list(old["enum"])
        removed = [value for value in old_values if value not in new_values]
        added = [value for value in new_values if value not in old_values]
        if removed:
            self.note(request, where, f"enum values removed: {removed}")
        if added:
            self.note(False, where, f"enum values added: {added}")

    def bounds(self, where: str, old: dict[str, Any], new: dict[str, Any], request: bool) -> None:
        for keyword in (*UPPER_BOUNDS, *LOWER_BOUNDS, "pattern", "format"):
            before, after = old.get(keyword), new.get(keyword)
            if before == after:
                continue
            what = f"{keyword} changed from {before!r} to {after!r}"
            if keyword in UPPER_BOUNDS:
                narrowed = after is not None and (before is None or after < before)
            elif keyword in LOWER_BOUNDS:
                narrowed = after is not None and (before is None or after > before)
            else:
                narrowed = after is not None
            self.note(
                request and narrowed, where, f"narrowed: {what}" if request and narrowed else what
            )

    def properties(
        self,
        where: str,
        old: dict[str, Any],
        new: dict[str, Any],
        direction: Direction,
        seen: frozenset[tuple[int, int]],
    ) -> None:
        old_properties: dict[str, Any] = old.get("properties", {})
        new_properties: dict[str, Any] = new.get("properties", {})
        old_required = set(old.get("required", []))
        new_required = set(new.get("required", []))
        request = direction == "request"
        for name, old_property in old_properties.items():
            at = f"{where}.{name}"
            if name not in new_properties:
                self.note(True, at, f"{direction} field removed")
                continue
            if request and name in new_required - old_required:
                self.note(True, at, "request field became required")
            elif not request and name in old_required - new_required:
                self.note(True, at, "response field is no longer always present")
            elif name in old_required ^ new_required:
                self.note(False, at, "required changed")
            self.schema(at, old_property, new_properties[name], direction, seen)
        for name in added(old_properties, new_properties):
            required = name in new_required
            self.note(
                request and required,
                f"{where}.{name}",
                f"{direction} field added{', required' if required else ''}",
            )


def added(old: dict[K, Any], new: dict[K, Any]) -> list[K]:
    """The keys only the new mapping has, in its order (so the report is deterministic)."""
    return [key for key in new if key not in old]


def accepted_types(schema: dict[str, Any]) -> frozenset[str]:
    """The JSON types a schema accepts; `number` includes `integer`; no `type` accepts all."""
    declared = schema.get("type")
    if declared is None:
        return JSON_TYPES
    types = {declared} if isinstance(declared, str) else set(declared)
    if "number" in types:
        types.add("integer")
    return frozenset(types)


def operations(spec: OpenAPI) -> dict[tuple[str, str], Operation]:
    """Every operation by (path, method), in document order."""
    return {(operation.path, operation.method): operation for operation in spec.operations()}


def params(spec: OpenAPI, operation: Operation) -> dict[tuple[str, str], dict[str, Any]]:
    """An operation's parameters by (in, name), path-level ones overridden by its own."""
    return {(p["in"], p["name"]): p for p in spec.parameters(operation)}


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from the old spec to the new one."""
    return SpecDiff(old, new).run()


def load(path: Path) -> dict[str, Any]:
    return load_document(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("old", type=Path, help="the last released spec")
    parser.add_argument("new", type=Path, help="the working spec")
    arguments = parser.parse_args(argv)
    changes = compare(load(arguments.old), load(arguments.new))
    breaking = [change for change in changes if change.breaking]
    print(f"## Changes from {arguments.old} to {arguments.new} (tools/publish/breaking.py)\n")
    for change in changes:
        print(change)
    if not changes:
        print("- no change to operations, parameters, bodies or responses")
    print()
    if breaking:
        print(f"{len(breaking)} breaking change(s) for clients: the gate is closed.")
        return 1
    print("No breaking change for clients.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
