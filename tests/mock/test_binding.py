"""Every operation of the spec is bound at start-up, or the mock does not start."""

import copy
import subprocess
import sys

import pytest
import yaml

from wechatpay_mock import BindingError, create_app, load_settings
from wechatpay_mock.spec import Spec, spec_path
from wechatpay_mock.spec_reader import OpenAPI

DOCUMENT = yaml.safe_load(spec_path().read_text(encoding="utf-8"))


def edited(change) -> Spec:
    document = copy.deepcopy(DOCUMENT)
    change(document)
    return Spec(document)


def operation(document, operation_id):
    return OpenAPI(document).by_id()[operation_id].raw


@pytest.fixture
def settings(wechatpay_mock):
    return load_settings(wechatpay_mock.credentials.data_dir / "mock.toml")


def add_redeem_twin(document):
    # A state-changing operation with no rule: the defect was an unsigned 500 (a KeyError)
    # at request time; it must stop the mock at start instead.
    twin = copy.deepcopy(document["paths"]["/v3/marketing/busifavor/coupons/use"]["post"])
    twin["operationId"] = "returnBusifavorCoupon"
    document["paths"]["/v3/marketing/busifavor/coupons/return"] = {"post": twin}


def test_an_operation_without_a_binding_stops_the_mock_at_start(settings):
    with pytest.raises(BindingError, match=r"returnBusifavorCoupon \(POST .*/return\).*rule"):
        create_app(settings, spec=edited(add_redeem_twin))


def test_the_command_names_the_operation_and_exits_before_serving(tmp_path):
    document = copy.deepcopy(DOCUMENT)
    add_redeem_twin(document)
    changed = tmp_path / "spec.yaml"
    changed.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    # The packaged spec is what the command serves; point the package at the edited one.
    code = (
        "import sys, pathlib, wechatpay_mock.spec as s; "
        f"s.spec_path = lambda: pathlib.Path({str(changed)!r}); "
        "from wechatpay_mock.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(tmp_path / "world"), "--port", "1"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert "returnBusifavorCoupon" in result.stderr and "serving" not in result.stdout


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (
            lambda d: d["components"]["schemas"]["BusifavorCouponState"]["enum"].remove("USED"),
            "coupon_state 'USED'",
        ),
        (
            lambda d: d["components"]["responses"]["BusifavorForbidden"]["content"][
                "application/json"
            ]["examples"].pop("RULELIMIT"),
            "no error example named 'RULELIMIT'",
        ),
        (
            lambda d: operation(d, "useBusifavorCoupon").pop("x-idempotency-conflict"),
            "x-idempotency-conflict",
        ),
        (
            lambda d: d["components"]["securitySchemes"]["WechatPayBrandSignature"].pop(
                "x-wechatpay-signature-type"
            ),
            "x-wechatpay-signature-type",
        ),
        (
            lambda d: operation(d, "queryFavorCoupon")["responses"].pop("404"),
            "queryFavorCoupon .* no error example named 'RESOURCE_NOT_EXISTS'",
        ),
        (
            lambda d: operation(d, "listBusifavorCouponsByFilter")["x-pagination"].pop(
                "default-limit"
            ),
            "x-pagination lacks 'default-limit'",
        ),
    ],
    ids=["enum-value", "error-example", "conflict", "scheme", "not-found", "pagination"],
)
def test_what_a_binding_relies_on_is_checked_against_the_spec(settings, change, says):
    with pytest.raises(ValueError, match=says):
        create_app(settings, spec=edited(change))


def test_every_operation_of_the_shipped_spec_is_bound(wechatpay_mock):
    app = create_app(load_settings(wechatpay_mock.credentials.data_dir / "mock.toml"))
    bindings = app.mock.bindings
    assert set(bindings) == {op["operationId"] for op in _operations(DOCUMENT)}
    # Every state change is a rule; a read is served by the default handler unless its answer
    # is computed (the platform certificates, encrypted for the caller).
    rules = {name for name, binding in bindings.items() if binding.served_by.startswith("rule")}
    writes = {op["operationId"] for op in _operations(DOCUMENT) if op["_method"] != "get"}
    assert writes <= rules and rules - writes == {"downloadCertificates"}


def _operations(document):
    return [{**op.raw, "_method": op.method} for op in OpenAPI(document).operations()]
