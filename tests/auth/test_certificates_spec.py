"""The fake's ``/v3/certificates`` and the auth's reading of it agree with the spec.

``wechatpay_auth`` ships on its own and reads no spec, so its idea of the answer is checked here
against ``spec/wechatpay-coupons.yaml`` (where ``GET /v3/certificates`` describes the wire).
Until the spec has that operation these tests skip, saying so.
"""

import json
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from wechatpay_auth import CertificateDownloadError
from wechatpay_auth.certificate_listing import api_v3_cipher, read_listing
from wechatpay_mock.spec_reader import SPEC_URI, OpenAPI, absolute_refs

from .certificate_fake import API_V3_KEY, HOST, NOW, listing_entry, platform

SPEC = Path(__file__).resolve().parents[2] / "spec" / "wechatpay-coupons.yaml"


@pytest.fixture(scope="module")
def spec():
    return yaml.safe_load(SPEC.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def operation(spec):
    operation = spec.get("paths", {}).get("/v3/certificates", {}).get("get")
    if operation is None:
        pytest.skip("the spec has no GET /v3/certificates yet")
    return operation


def resolve(spec, node):
    return OpenAPI(spec).resolve(node)


def response_schema_validator(spec, path, status):
    reader = OpenAPI(spec)
    schema = reader.response_schema(reader.operation("get", path), str(status))
    registry = Registry().with_resource(SPEC_URI, Resource(spec, specification=DRAFT202012))
    # Refs inside the schema ("#/components/...") resolve against the whole spec document.
    return Draft202012Validator(absolute_refs(schema), registry=registry)


def test_the_fake_serves_what_the_spec_describes(spec, operation, platform_key):
    validator = response_schema_validator(spec, "/v3/certificates", 200)
    answer = {"data": [listing_entry(platform(platform_key, 0x5157F09E))]}
    errors = [error.message for error in validator.iter_errors(answer)]
    assert errors == []


def test_the_specs_404_is_read_as_a_public_key_merchant(spec, operation, merchant_key):
    response = resolve(spec, operation["responses"].get("404", {}))
    examples = response.get("content", {}).get("application/json", {}).get("examples", {})
    bodies = [resolve(spec, e).get("value", {}) for e in examples.values()]
    bodies = [b for b in bodies if b.get("code") == "RESOURCE_NOT_EXISTS"]
    if not bodies:
        pytest.skip("the spec's GET /v3/certificates has no 404 RESOURCE_NOT_EXISTS example yet")
    for body in bodies:
        with pytest.raises(CertificateDownloadError, match="it is a public-key merchant"):
            read_listing(
                404,
                {},
                json.dumps(body).encode(),
                url=f"{HOST}/v3/certificates",
                cipher=api_v3_cipher(API_V3_KEY),
                now=NOW,
                max_skew=300,
                trusted=lambda serial: None,
            )
