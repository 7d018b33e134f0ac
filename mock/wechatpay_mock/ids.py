"""Ids for the entities a create adds: unique, the same after every reset, shaped like WeChat's.

An id field's schema in the spec says what WeChat's ids look like: its ``example`` (or first of
``examples``), its ``pattern`` and lengths. A new id is that example with its digits (letters and
digits, when it has none) but the first replaced by a counter, e.g. ``1000000013`` gives
``1000000001``, ``1000000002`` …, and ``Code_123456`` gives ``Code_100001``. Without an example,
digits of the field's length (``1000000000000001`` …). An integer field counts 1, 2, 3 ….

The counter is a store sequence (reset with the store), so a test that creates from a fresh
mock sees the same ids every time; an id some entity already has is skipped.
"""

from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft202012Validator

from .spec import Spec

# The length of a digits-only id when the schema gives neither an example nor a maxLength.
DEFAULT_LENGTH = 16


class IdShapeError(ValueError):
    """The spec does not say enough to make ids for a field; the message names it."""


@dataclass(frozen=True)
class IdShape:
    """How ids of one field are made: a template and the field's own validator."""

    template: str
    integer: bool
    validator: Draft202012Validator = field(repr=False)

    def make(self, number: int) -> str | int | None:
        """The ``number``-th id, or None when the template has no room for it."""
        if self.integer:
            return number
        positions = [i for i, c in enumerate(self.template) if c.isdigit()] or [
            i for i, c in enumerate(self.template) if c.isalnum()
        ]
        # The first variable character stays, so an id keeps its leading digit (ids rarely
        # start with 0) and the example's look.
        free = positions[1:] if len(positions) > 1 else positions
        digits = str(number).rjust(len(free), "0")
        if len(digits) > len(free):
            return None
        characters = list(self.template)
        for index, digit in zip(free, digits, strict=True):
            characters[index] = digit
        return "".join(characters)


def field_schema(spec: Spec, schema: dict[str, Any], pointer: str) -> dict[str, Any] | None:
    """The schema of the field at JSON pointer ``pointer`` of objects of ``schema``."""
    node = spec.resolve(schema)
    for part in pointer.split("/")[1:]:
        properties = node.get("properties", {})
        if part not in properties:
            return None
        node = spec.resolve(properties[part])
    return node


def id_shape(spec: Spec, entity_schema: dict[str, Any], pointer: str, where: str) -> IdShape:
    """How to make ids for ``pointer`` in entities of ``entity_schema``, or ``IdShapeError``."""
    schema = field_schema(spec, entity_schema, pointer)
    if schema is None:
        raise IdShapeError(f"{where} creates ids at {pointer}, which its entities lack")
    integer = schema.get("type") == "integer"
    example = schema.get("example", (schema.get("examples") or [None])[0])
    if example is None or integer:
        longest = int(schema.get("maxLength", DEFAULT_LENGTH))
        length = max(int(schema.get("minLength", 1)), min(longest, DEFAULT_LENGTH))
        example = "1" + "0" * (length - 1)
    shape = IdShape(str(example), integer, spec.validator(schema))
    first = shape.make(1)
    if first is None or not shape.validator.is_valid(first):
        raise IdShapeError(
            f"{where} creates ids at {pointer}, but {first!r} (made from "
            f"{'its example' if 'example' in schema or 'examples' in schema else 'its length'}) "
            "does not fit the field's schema: give the field an example of a real id"
        )
    return shape
