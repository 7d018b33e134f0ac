"""The published page, opened offline in headless Chromium, shows every operation."""

import json
import os
from pathlib import Path

import pytest

from generator.extras import snake_case
from wechatpay_mock.spec_reader import OpenAPI

from .conftest import REPO, load_spec, run

pytestmark = pytest.mark.portal


def operations():
    spec = OpenAPI(load_spec())
    for operation in spec.operations():
        yield spec, operation.raw, operation


def visible_names(spec, operation):
    names = [parameter["name"] for parameter in spec.parameters(operation)]
    body = spec.mapping(spec.body_schema(operation))
    return names + body.get("required", [])


def first_400_code(spec, operation):
    return next(error.code for error in spec.error_examples(operation) if error.status == 400)


def test_every_operation_its_parameters_and_an_error_code_are_visible(node_tools, tmp_path):
    page = REPO / "site" / "index.html"
    if not page.exists():
        pytest.fail("site/index.html is missing: `make docs` builds it (make browser-test does)")
    chromium = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    if not chromium.is_file():
        pytest.fail(
            f"Debian's chromium is not installed ({chromium} is missing) and `make browser-test` "
            "could not install it (apt-get install -y chromium); the page cannot be checked"
        )
    expected = {
        f"{op['tags'][0]}/{op['operationId'].lower()}": (spec, operation)
        for spec, op, operation in operations()
    }
    result = run(
        [
            "node",
            str(REPO / "tools" / "publish" / "browser_check.mjs"),
            str(page),
            str(tmp_path),
            *expected,
        ]
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    for route, (spec, operation) in expected.items():
        text = report["pages"][route]
        assert operation.raw["summary"] in text, (route, "summary")
        for name in visible_names(spec, operation):
            assert name in text, (route, name)
        assert first_400_code(spec, operation) in text, (route, "error code")
        # The tested Python sample (tools/publish/code_samples.py) is the first request sample.
        assert "WechatPay.from_env()" in text, (route, "Python sample")
        assert f"client.{snake_case(operation.raw['tags'][0])}." in text, (route, "Python sample")
        shot = tmp_path / f"{route.replace('/', '--')}.png"
        assert shot.stat().st_size > 10_000, shot
    # The page drew everything above from the file alone, and asked for nothing else.
    assert report["requests"], "no request was recorded, not even the page itself"
    assert report["left"] == [], f"requests leaving the page: {report['left']}"


def test_tags_show_their_display_names(node_tools, tmp_path):
    page = REPO / "site" / "index.html"
    spec = load_spec()
    routes = [f"{op['tags'][0]}/{op['operationId'].lower()}" for _, op, _ in operations()]
    script = REPO / "tools" / "publish" / "browser_check.mjs"
    result = run(["node", str(script), str(page), str(tmp_path), routes[0]])
    assert result.returncode == 0, result.stderr
    text = json.loads(result.stdout)["pages"][routes[0]]
    for tag in spec["tags"]:
        assert tag["x-displayName"] in text, tag["name"]
        # The sidebar and headings (a line each) show the display name, never the raw tag; the
        # raw name may still occur in prose ("platform certificates").
        assert tag["name"] not in [line.strip() for line in text.splitlines()], tag["name"]
