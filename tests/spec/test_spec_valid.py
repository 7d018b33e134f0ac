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
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from wechatpay_mock.spec_reader import SPEC_URI, OpenAPI, absolute_refs, load_document, ref_name

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "wechatpay-coupons.yaml"


@functools.cache
def load_spec() -> dict[str, Any]:
    return load_document(SPEC_PATH)


@functools.cache
def reader() -> OpenAPI:
    return OpenAPI(load_spec())


def test_the_extensions_are_read_without_a_mistake() -> None:
    assert reader().problems() == []


def test_spec_is_valid_openapi_31() -> None:
    spec = load_spec()
    assert spec["openapi"] == "3.1.0"
    validate(spec)


def test_operations_follow_the_design_rules() -> None:
    # The rules every operation keeps (DESIGN: operationIds name the generated modules, tags the
    # client's namespaces); which operations exist is the spec's business, not this test's.
    spec = load_spec()
    declared = {tag["name"]: tag for tag in spec["tags"]}
    operations = reader().operations()
    for operation in operations:
        op, where = operation.raw, operation.label
        assert re.fullmatch(r"[a-z][A-Za-z0-9]+", op["operationId"]), where
        assert len(op["tags"]) == 1 and op["tags"][0] in declared, where
        assert len(op["security"]) == 1, where
    ids = [operation.raw["operationId"] for operation in operations]
    assert len(ids) == len(set(ids)), "operationIds must be unique"
    assert set(declared) == {operation.raw["tags"][0] for operation in operations}


def resolve(spec: dict[str, Any], node: Any) -> Any:
    return OpenAPI(spec).resolve(node)


def iter_examples(spec: dict[str, Any]) -> Iterator[tuple[str, Any, Any]]:
    """Yield (where, schema, value) for every example in the spec."""
    document = OpenAPI(spec)
    for operation in document.operations():
        here, op = f"{operation.method.upper()} {operation.path}", operation.raw
        for param in document.parameters(operation):
            if "example" in param:
                yield f"{here} param {param['name']}", param["schema"], param["example"]
        body = document.request_body(operation)
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


ALL_EXAMPLES = list(iter_examples(load_spec()))


def test_there_are_examples_everywhere() -> None:
    assert len(ALL_EXAMPLES) > 150


@pytest.mark.parametrize(
    ("schema", "value"),
    [pytest.param(s, v, id=w) for w, s, v in ALL_EXAMPLES],
)
def test_example_is_valid(schema: Any, value: Any) -> None:
    errors = sorted(validator_for(absolute_refs(schema)).iter_errors(value), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


class Walker:
    """Walks an example instance alongside its schema, recording the component schemas it
    exercises and every property the schema does not declare (examples must not invent fields)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.covered: set[str] = set()
        self.undeclared: list[str] = []

    def walk(self, schema: Any, value: Any, where: str) -> None:
        name = ref_name(schema)
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
    for operation in reader().operations():
        for status, response in operation.raw["responses"].items():
            headers = resolve(spec, response).get("headers", {})
            assert wanted <= set(headers), (operation.label, status)
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
    declared = reader().tags()
    used = {tag for operation in reader().operations() for tag in operation.raw["tags"]}
    assert used <= set(declared)
    for name, tag in declared.items():
        assert tag.display_name.strip() not in ("", name), name
        assert len(tag.description) > 40, name


def test_no_drafted_operation_awaits_review() -> None:
    """The drafting step (make draft-operation) marks what a person must review in x-review;
    the spec is not done while any is left."""
    waiting = {
        operation.label: operation.raw["x-review"]
        for operation in reader().operations()
        if operation.raw.get("x-review")
    }
    assert waiting == {}
