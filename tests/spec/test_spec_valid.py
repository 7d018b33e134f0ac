"""The spec is valid OpenAPI 3.1 and every example in it is valid against its schema.

Examples are the documents' own examples (corrected) and the mock's seed for the examples phase of
schemathesis, so an example that does not match its schema is a bug in the spec.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "wechatpay-coupons.yaml"
SPEC_URI = "urn:wechatpay-coupons-spec"


@functools.cache
def load_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def test_spec_is_valid_openapi_31() -> None:
    spec = load_spec()
    assert spec["openapi"] == "3.1.0"
    validate(spec)


def test_operations_follow_the_design_rules() -> None:
    # The rules every operation keeps (DESIGN: operationIds name the generated modules, tags the
    # client's namespaces); which operations exist is the spec's business, not this test's.
    spec = load_spec()
    declared = {tag["name"]: tag for tag in spec["tags"]}
    ids = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            where = f"{method.upper()} {path}"
            ids.append(op["operationId"])
            assert re.fullmatch(r"[a-z][A-Za-z0-9]+", op["operationId"]), where
            assert len(op["tags"]) == 1 and op["tags"][0] in declared, where
            assert len(op["security"]) == 1, where
    assert len(ids) == len(set(ids)), "operationIds must be unique"
    assert set(declared) == {
        op["tags"][0] for item in spec["paths"].values() for op in item.values()
    }


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), ref
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and "$ref" in node:
        ref: str = node["$ref"]
        if ref.startswith("#/components/schemas/"):
            return ref.rsplit("/", 1)[1]
    return None


def iter_examples(spec: dict[str, Any]) -> Iterator[tuple[str, Any, Any]]:
    """Yield (where, schema, value) for every example in the spec."""
    for path, item in spec["paths"].items():
        for method, op in item.items():
            here = f"{method.upper()} {path}"
            for param in op.get("parameters", []):
                param = resolve(spec, param)
                if "example" in param:
                    yield f"{here} param {param['name']}", param["schema"], param["example"]
            body = op.get("requestBody")
            if body:
                for mt, media in body["content"].items():
                    for name, ex in media.get("examples", {}).items():
                        yield f"{here} request {mt} {name}", media["schema"], ex["value"]
            for status, response in op["responses"].items():
                response = resolve(spec, response)
                for hname, header in response.get("headers", {}).items():
                    header = resolve(spec, header)
                    if "example" in header:
                        yield f"{here} {status} header {hname}", header["schema"], header["example"]
                for mt, media in response.get("content", {}).items():
                    for name, ex in media.get("examples", {}).items():
                        yield f"{here} {status} {mt} {name}", media["schema"], ex["value"]
    for pname, param in spec["components"].get("parameters", {}).items():
        if "example" in param:
            yield f"parameter {pname}", param["schema"], param["example"]

    def schema_examples(where: str, schema: dict[str, Any]) -> Iterator[tuple[str, Any, Any]]:
        for i, value in enumerate(schema.get("examples", [])):
            yield f"{where} examples[{i}]", schema, value
        for prop, sub in schema.get("properties", {}).items():
            yield from schema_examples(f"{where}.{prop}", sub)
        if isinstance(schema.get("items"), dict):
            yield from schema_examples(f"{where}[]", schema["items"])

    for sname, schema in spec["components"]["schemas"].items():
        yield from schema_examples(f"schema {sname}", schema)


@functools.cache
def registry() -> Registry:
    return Registry().with_resource(SPEC_URI, Resource(load_spec(), DRAFT202012))


def validator_for(schema: Any) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        schema,
        registry=registry(),
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


def _absolute_refs(node: Any) -> Any:
    """Point local `#/...` refs at the registered spec so that a sub-schema resolves them."""
    if isinstance(node, dict):
        return {
            k: (f"{SPEC_URI}{v}" if k == "$ref" and v.startswith("#/") else _absolute_refs(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_absolute_refs(v) for v in node]
    return node


ALL_EXAMPLES = list(iter_examples(load_spec()))


def test_there_are_examples_everywhere() -> None:
    assert len(ALL_EXAMPLES) > 150


@pytest.mark.parametrize(
    ("schema", "value"),
    [pytest.param(s, v, id=w) for w, s, v in ALL_EXAMPLES],
)
def test_example_is_valid(schema: Any, value: Any) -> None:
    errors = sorted(validator_for(_absolute_refs(schema)).iter_errors(value), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


class Walker:
    """Walks an example instance alongside its schema, recording the component schemas it
    exercises and every property the schema does not declare (examples must not invent fields)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.covered: set[str] = set()
        self.undeclared: list[str] = []

    def walk(self, schema: Any, value: Any, where: str) -> None:
        name = _ref_name(schema)
        if name:
            self.covered.add(name)
        schema = resolve(self.spec, schema)
        if isinstance(value, dict) and schema.get("type") == "object":
            props = schema.get("properties", {})
            for key, sub in value.items():
                if key in props:
                    self.walk(props[key], sub, f"{where}.{key}")
                elif schema.get("additionalProperties") is not True:
                    self.undeclared.append(f"{where}.{key}")
        elif isinstance(value, list) and schema.get("type") == "array":
            for i, item in enumerate(value):
                self.walk(schema["items"], item, f"{where}[{i}]")


def test_examples_declare_no_unknown_fields_and_cover_every_schema_with_required_fields() -> None:
    spec = load_spec()
    walker = Walker(spec)
    for where, schema, value in ALL_EXAMPLES:
        walker.walk(schema, value, where)
    # A schema-level example exercises its own schema.
    for sname, schema in spec["components"]["schemas"].items():
        for i, value in enumerate(schema.get("examples", [])):
            walker.walk({"$ref": f"#/components/schemas/{sname}"}, value, f"{sname}[{i}]")
    assert walker.undeclared == []
    with_required = {n for n, s in spec["components"]["schemas"].items() if s.get("required")}
    assert with_required - walker.covered == set()


def test_every_response_declares_the_signature_headers() -> None:
    spec = load_spec()
    wanted = {
        "Request-ID",
        "Wechatpay-Timestamp",
        "Wechatpay-Nonce",
        "Wechatpay-Signature",
        "Wechatpay-Serial",
    }
    for path, item in spec["paths"].items():
        for method, op in item.items():
            for status, response in op["responses"].items():
                headers = resolve(spec, response).get("headers", {})
                assert wanted <= set(headers), (method, path, status)
                for h in wanted:
                    assert resolve(spec, headers[h])["required"] is True


def test_component_names_never_collide_with_sdk_twins() -> None:
    schemas = load_spec()["components"]["schemas"]
    busifavor = schemas["BusifavorFixedValueStockMsg"]["properties"]
    favor = schemas["FavorFixedValueStockMsg"]["properties"]
    assert set(busifavor) == {"discount_amount", "transaction_minimum"}
    assert set(favor) == {"coupon_amount", "transaction_minimum"}
    assert "irregulary_avaliable_time" in schemas["BusifavorAvailableTime"]["properties"]


def test_every_tag_has_a_display_name_and_a_description() -> None:
    """Portals show tags as headings: a display name, never the raw `brand_product_coupon`."""
    spec = load_spec()
    declared = {tag["name"]: tag for tag in spec["tags"]}
    used = {tag for item in spec["paths"].values() for op in item.values() for tag in op["tags"]}
    assert used <= set(declared)
    for name, tag in declared.items():
        assert tag.get("x-displayName", "").strip() not in ("", name), name
        assert len(tag.get("description", "")) > 40, name
