"""schemathesis against the mock, in process: every check, every phase, every request signed.

The long campaign over a real socket is in README.md beside this file.
"""

import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from wechatpay_auth import (
    BRAND_SCHEME,
    MERCHANT_SCHEME,
    AuthorizationParams,
    SignatureVerificationError,
    WechatPayVerifier,
    build_request_message,
    format_authorization,
    load_private_key,
    new_nonce,
    sign,
)
from wechatpay_mock import create_app, ensure_demo_world, load_settings
from wechatpay_mock.spec import Spec

HERE = Path(__file__).parent
SPEC = HERE.parents[1] / "spec" / "wechatpay-coupons.yaml"
WORLD = ensure_demo_world(Path(tempfile.mkdtemp(prefix="wechatpay-fuzz-")))
APP = create_app(load_settings(WORLD.data_dir / "mock.toml"))
VERIFIER = WechatPayVerifier(public_keys={WORLD.public_key_id: WORLD.platform_public_key})
MERCHANT_KEY = load_private_key(WORLD.merchant_private_key)
BRAND_KEY = load_private_key(WORLD.brand_private_key)
BRAND_SERIAL = next(
    p
    for p in Spec.load(SPEC).by_id["getUserProductCoupon"].parameters
    if p.name == "Wechatpay-Serial"
)

CONFIG = SchemathesisConfig.from_path(HERE / "schemathesis.toml")
schema = schemathesis.openapi.from_path(SPEC, config=CONFIG)
schema.app = APP


class SignLikeAClient(requests.auth.AuthBase):
    """Signs the final bytes of each request, as ``wechatpay_auth`` does for httpx.

    schemathesis's own auth hooks run before the body is serialised, so they cannot sign it;
    a requests auth sees the prepared request (see anchors-mock-fuzz-publish.md §2.5).
    """

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        url = urlsplit(request.url or "")
        brand = url.path.startswith("/brand/")
        serial = request.headers.get("Wechatpay-Serial")
        if brand and serial and BRAND_SERIAL.validator.is_valid(serial):
            # A real client names the one key it holds; a schema-valid but unknown id would
            # only test that the mock refuses keys it does not have (tests/mock does that).
            request.headers["Wechatpay-Serial"] = WORLD.public_key_id
        body = request.body or b""
        raw = body.encode() if isinstance(body, str) else body
        target = url.path + (f"?{url.query}" if url.query else "")
        timestamp, nonce = str(int(time.time())), new_nonce()
        key = BRAND_KEY if brand else MERCHANT_KEY
        signature = sign(
            key, build_request_message(request.method or "", target, timestamp, nonce, raw)
        )
        request.headers["Authorization"] = format_authorization(
            AuthorizationParams(
                scheme=BRAND_SCHEME if brand else MERCHANT_SCHEME,
                principal=WORLD.brand_id if brand else WORLD.mchid,
                serial_no=WORLD.brand_serial_no if brand else WORLD.merchant_serial_no,
                nonce_str=nonce,
                timestamp=timestamp,
                signature=signature,
            )
        )
        return request


schema.auth.set_from_requests(SignLikeAClient())


@schemathesis.check
def response_signed_by_wechatpay(ctx, response, case):
    """Every answer, errors included, verifies with the platform key (the mock's promise)."""
    headers = {name: values[0] for name, values in response.headers.items()}
    try:
        VERIFIER.verify(headers, response.content)
    except SignatureVerificationError as exc:
        raise AssertionError(f"response signature: {exc.reason}") from None


@schemathesis.check
def valid_input_is_never_a_param_error(ctx, response, case):
    """positive_data_acceptance accepts 400 for documented business errors (see the toml);
    this keeps it honest: a schema-valid request must never fail *validation*."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or response.status_code != 400:
        return
    body = response.json()
    detail = body.get("detail") or {}
    # The mock marks validation failures with the spec rule broken; business errors have none.
    if body.get("code") == "PARAM_ERROR" and "rule" in detail:
        raise AssertionError(f"schema-valid request failed validation: {detail}")


FUZZ_SETTINGS = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.function_scoped_fixture,
    ],
)


@schema.parametrize()
@FUZZ_SETTINGS
def test_every_operation_conforms(case):
    case.call_and_validate()


class StatefulMock(schema.as_state_machine()):
    def setup(self):
        APP.mock.store.reset(APP.mock.seed)


TestStateful = StatefulMock.TestCase
TestStateful.settings = settings(FUZZ_SETTINGS, max_examples=40, stateful_step_count=6)
