"""The linters catch what portals reject, and find nothing at all in the spec."""

import json

import pytest
import yaml

from .conftest import REPO, SPEC_PATH, load_spec, run

pytestmark = pytest.mark.portal


def write(tmp_path, spec, name="spec.yaml"):
    path = tmp_path / name
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_the_spec_has_no_problem_of_any_severity(node_tools):
    """`redocly lint` exits 0 on warnings, so the warnings are counted here."""
    redocly = run(
        [
            str(node_tools / "redocly"),
            "lint",
            str(SPEC_PATH),
            "--config",
            str(REPO / "redocly.yaml"),
            "--lint-config=error",
            "--format=json",
        ]
    )
    report = json.loads(redocly.stdout[redocly.stdout.index("{") :])
    assert report["totals"] == {"errors": 0, "warnings": 0, "ignored": 0}, report["problems"]
    spectral = run(
        [
            str(node_tools / "spectral"),
            "lint",
            str(SPEC_PATH),
            "--ruleset",
            str(REPO / ".spectral.yaml"),
            "--format=json",
            "--quiet",
        ]
    )
    assert json.loads(spectral.stdout) == [], spectral.stdout


def test_lint_rejects_an_example_that_breaks_its_schema(node_tools, tmp_path):
    spec = load_spec()
    operation = spec["paths"]["/v3/marketing/favor/users/{openid}/coupons/{coupon_id}"]["get"]
    example = next(
        iter(operation["responses"]["200"]["content"]["application/json"]["examples"].values())
    )
    example["value"]["status"] = "NOT_A_STATUS"
    broken = write(tmp_path, spec)
    redocly = run(
        [str(node_tools / "redocly"), "lint", str(broken), "--config", str(REPO / "redocly.yaml")]
    )
    assert (
        redocly.returncode != 0
        and "no-invalid-media-type-examples" in redocly.stdout + redocly.stderr
    )
    spectral = run(
        [
            str(node_tools / "spectral"),
            "lint",
            str(broken),
            "--ruleset",
            str(REPO / ".spectral.yaml"),
            "--fail-severity=hint",
        ]
    )
    assert spectral.returncode != 0 and "oas3-valid-media-example" in spectral.stdout


def test_lint_requires_signature_headers_on_every_response(node_tools, tmp_path):
    spec = load_spec()
    response = spec["components"]["responses"]["SystemError"]
    del response["headers"]["Wechatpay-Signature"]
    broken = write(tmp_path, spec)
    result = run(
        [str(node_tools / "redocly"), "lint", str(broken), "--config", str(REPO / "redocly.yaml")]
    )
    assert result.returncode != 0 and "response-contains-header" in result.stdout + result.stderr
