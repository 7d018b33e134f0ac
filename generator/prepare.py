"""Adapts the spec for openapi-python-client without changing what it says.

openapi-python-client reads a parameter's schema but drops the parameter's own ``description``
(upstream issue #1411), so generated docstrings would list bare argument names. Copying each
parameter description into its inline schema keeps the meaning and puts it in the docstrings.
"""

import copy
from typing import Any

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def prepare(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` in which every parameter's description also sits on its schema."""
    prepared = copy.deepcopy(spec)
    for parameter in _all_parameters(prepared):
        schema = parameter.get("schema")
        description = parameter.get("description")
        if isinstance(schema, dict) and description and "$ref" not in schema:
            schema.setdefault("description", description)
    return prepared


def _all_parameters(spec: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = list(spec.get("components", {}).get("parameters", {}).values())
    for path_item in spec.get("paths", {}).values():
        found.extend(p for p in path_item.get("parameters", []) if "$ref" not in p)
        for method in _METHODS:
            operation = path_item.get(method)
            if operation:
                found.extend(p for p in operation.get("parameters", []) if "$ref" not in p)
    return found
