"""The breaking-change gate fails on what breaks clients and reports everything."""

import re

import pytest
import yaml

from .conftest import REPO, SPEC_PATH, load_spec, run

pytestmark = pytest.mark.portal


def write(tmp_path, spec, name="spec.yaml"):
    path = tmp_path / name
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def diff(node_tools, old, new):
    return run(
        [
            str(node_tools / "redocly"),
            "diff",
            str(old),
            str(new),
            "--config",
            str(REPO / "redocly.yaml"),
            "--format=markdown",
            "--fail-on=major",
        ]
    )


@pytest.mark.parametrize(
    "edit",
    [
        "new required body field",
        "narrowed length",
        "removed response field",
        "removed operation",
        "removed request enum value",
    ],
)
def test_gate_fails_on_a_breaking_change(node_tools, tmp_path, edit):
    spec = load_spec()
    schemas = spec["components"]["schemas"]
    if edit == "new required body field":
        schemas["UseBusifavorCouponRequest"]["required"].append("openid")
    elif edit == "narrowed length":
        schemas["UseBusifavorCouponRequest"]["properties"]["use_request_no"]["maxLength"] = 32
    elif edit == "removed response field":
        del schemas["FavorCoupon"]["properties"]["description"]
        schemas["FavorCoupon"]["required"].remove("description")
    elif edit == "removed operation":
        del spec["paths"]["/v3/marketing/favor/users/{openid}/coupons/{coupon_id}"]
    else:
        schemas["BusifavorCouponState"]["enum"].remove("DELETED")
    result = diff(node_tools, SPEC_PATH, write(tmp_path, spec))
    assert result.returncode == 1, result.stdout + result.stderr
    assert re.search(r"\*\*[1-9]\d*\*\* major", result.stdout), result.stdout


def test_gate_passes_and_reports_an_additive_change(node_tools, tmp_path):
    spec = load_spec()
    spec["components"]["schemas"]["FavorCoupon"]["properties"]["memo"] = {
        "type": "string",
        "description": "备注。A note.",
        "maxLength": 64,
    }
    spec["info"]["version"] = "1.1.0"
    result = diff(node_tools, SPEC_PATH, write(tmp_path, spec))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "memo" in result.stdout and "minor" in result.stdout


def test_a_new_response_enum_value_is_reported_but_not_breaking(node_tools, tmp_path):
    """The spec tells clients to keep unknown enum values, so redocly.yaml rates this minor."""
    spec = load_spec()
    spec["components"]["schemas"]["FavorCouponStatus"]["enum"].append("FROZEN")
    spec["info"]["version"] = "1.1.0"
    result = diff(node_tools, SPEC_PATH, write(tmp_path, spec))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "FROZEN" in result.stdout and "enum-values-added" in result.stdout
