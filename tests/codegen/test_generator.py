"""The generator: deterministic, detects drift, fails on warnings, keeps parameter docs."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.__main__ import DEFAULT_OUTPUT, DEFAULT_SPEC, main
from generator.compare import differences
from generator.extras import spec_facts
from generator.pipeline import GenerationError, generate

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gen") / "wechatpay_coupons"
    generate(DEFAULT_SPEC, out)
    return out


def test_committed_package_matches_the_spec(capsys):
    assert main(["--check"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_generation_is_byte_for_byte_deterministic(fresh, tmp_path):
    again = tmp_path / "wechatpay_coupons"
    generate(DEFAULT_SPEC, again)
    assert differences(expected=fresh, actual=again) == []
    leftovers = [p for p in again.rglob("*") if p.name in {"__pycache__", ".ruff_cache"}]
    assert leftovers == []


def test_check_names_every_drifted_file(fresh, tmp_path, capsys):
    edited = tmp_path / "wechatpay_coupons"
    shutil.copytree(fresh, edited)
    (edited / "client.py").write_text("# hand edit\n", encoding="utf-8")
    (edited / "models" / "error.py").unlink()
    (edited / "stray.py").write_text("", encoding="utf-8")
    assert main(["--check", "--output", str(edited)]) == 1
    err = capsys.readouterr().err
    assert "differs:    client.py" in err
    assert "missing:    models/error.py" in err
    assert "unexpected: stray.py" in err


def test_a_spec_change_is_caught_by_the_check(tmp_path, capsys):
    spec = yaml.safe_load(DEFAULT_SPEC.read_text(encoding="utf-8"))
    spec["components"]["schemas"]["FavorCoupon"]["properties"]["coupon_name"]["maxLength"] = 99
    spec["components"]["schemas"]["FavorCoupon"]["properties"]["coupon_name"]["description"] = "X"
    changed = tmp_path / "spec.yaml"
    changed.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    assert main(["--check", "--spec", str(changed), "--output", str(DEFAULT_OUTPUT)]) == 1
    assert "differs:    models/favor_coupon.py" in capsys.readouterr().err


def test_a_generator_warning_fails_the_run(tmp_path):
    spec = yaml.safe_load(DEFAULT_SPEC.read_text(encoding="utf-8"))
    operation = spec["paths"]["/v3/marketing/busifavor/coupons/use"]["post"]
    operation["requestBody"]["content"] = {"application/x-unknown": {"schema": {"type": "object"}}}
    # Without a JSON body the idempotency key names no field: the reader would refuse that first.
    del operation["x-idempotency-key"], operation["x-idempotency-conflict"]
    broken = tmp_path / "spec.yaml"
    broken.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    with pytest.raises(GenerationError, match="warn"):
        generate(broken, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_unknown_pagination_style_is_refused(tmp_path):
    spec = yaml.safe_load(DEFAULT_SPEC.read_text(encoding="utf-8"))
    operation = spec["paths"]["/v3/marketing/busifavor/users/{openid}/coupons"]["get"]
    operation["x-pagination"]["style"] = "cursor"
    broken = tmp_path / "spec.yaml"
    broken.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    with pytest.raises(GenerationError, match="cursor"):
        generate(broken, tmp_path / "out")


def test_parameter_descriptions_reach_the_docstrings(fresh):
    # Upstream drops parameter descriptions (openapi-python-client #1411); ours keeps them.
    source = (fresh / "api" / "busifavor" / "list_busifavor_coupons_by_filter.py").read_text()
    assert "belong_merchant (str | Unset): 批次归属商户号" in source
    assert "offset (int | Unset): 分页页码。Zero-based page index" in source


def test_names_are_ascii_and_free_of_inline_noise(fresh):
    names = [p.relative_to(fresh).as_posix() for p in fresh.rglob("*.py")]
    assert all(name.isascii() for name in names)
    assert not [name for name in names if "inline" in name.lower()]
    assert (fresh / "py.typed").exists()


def test_generated_package_passes_mypy_strict(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(tmp_path / "cache"),
            "--no-incremental",
            str(REPO / "generated" / "wechatpay_coupons"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_new_operation_appears_on_the_resource_clients_with_no_hand_written_code(tmp_path):
    spec = yaml.safe_load(DEFAULT_SPEC.read_text(encoding="utf-8"))
    detail = spec["paths"]["/v3/marketing/favor/users/{openid}/coupons/{coupon_id}"]["get"]
    fifth = {
        **detail,
        "operationId": "queryFavorStock",
        "summary": "Get a cash coupon stock",
        "tags": ["favor_stocks"],
    }
    spec["paths"]["/v3/marketing/favor/stocks/{openid}/{coupon_id}"] = {"get": fifth}
    spec["tags"].append({"name": "favor_stocks", "description": "Cash coupon stocks."})
    edited = tmp_path / "spec.yaml"
    edited.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "pkg" / "wechatpay_coupons"
    generate(edited, out)
    probe = (
        "import inspect\n"
        "from wechatpay_coupons import AsyncWechatPay, WechatPay\n"
        "from wechatpay_coupons.api.favor_stocks import query_favor_stock\n"
        "method = WechatPay().favor_stocks.query_favor_stock\n"
        "assert 'Get a cash coupon stock' in method.__doc__\n"
        "names = list(inspect.signature(method).parameters)\n"
        "assert names[:3] == ['openid', 'coupon_id', 'appid']\n"
        "assert inspect.iscoroutinefunction(AsyncWechatPay().favor_stocks.query_favor_stock)\n"
        "assert query_favor_stock.sync\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env={"PYTHONPATH": str(out.parent), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_an_operation_whose_scheme_names_no_credential_is_refused(tmp_path):
    spec = yaml.safe_load(DEFAULT_SPEC.read_text(encoding="utf-8"))
    del spec["components"]["securitySchemes"]["WechatPayBrandSignature"]["x-credential"]
    edited = tmp_path / "spec.yaml"
    edited.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    # Whichever brand operation the generator meets first is named (there are several).
    with pytest.raises(
        GenerationError,
        match=r"^[a-z]\w+: security scheme 'WechatPayBrandSignature' has no x-credential",
    ):
        generate(edited, tmp_path / "out" / "wechatpay_coupons")


def _webhook_post(spec):
    return spec["webhooks"]["productCouponNotification"]["post"]


def _inline_event_schema(spec):
    events = _webhook_post(spec)["x-event-types"]
    events["PRODUCT_COUPON.SEND"]["schema"] = spec["components"]["schemas"]["ProductCouponEvent"]


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (_inline_event_schema, "'PRODUCT_COUPON.SEND' needs .* a \\$ref to a component"),
        (lambda spec: _webhook_post(spec).pop("x-event-types"), "has no x-event-types"),
        (lambda spec: _webhook_post(spec).pop("tags"), "with a tag"),
    ],
    ids=["inline-schema", "no-event-types", "no-tag"],
)
def test_a_webhook_the_client_cannot_type_is_refused_saying_why(edit, words):
    spec = yaml.safe_load(DEFAULT_SPEC.read_text(encoding="utf-8"))
    edit(spec)
    with pytest.raises(GenerationError, match=f"webhook 'productCouponNotification'.*{words}"):
        spec_facts(spec)


def test_a_new_event_type_is_typed_with_no_hand_written_code():
    spec = yaml.safe_load(DEFAULT_SPEC.read_text(encoding="utf-8"))
    _webhook_post(spec)["x-event-types"]["PRODUCT_COUPON.EXPIRE"] = {
        "summary": "过期通知",
        "schema": {"$ref": "#/components/schemas/ProductCouponEvent"},
    }
    (hook,) = spec_facts(spec)["webhooks"]
    expire = hook["events"][-1]
    assert (expire["member"], expire["model"]) == ("PRODUCT_COUPON_EXPIRE", "ProductCouponEvent")
    assert (hook["credential"], hook["tag"]) == ("brand", "brand_product_coupon")
