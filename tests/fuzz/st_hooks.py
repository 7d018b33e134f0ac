"""Signing and response checks for schemathesis, shared by the pytest run and the CLI campaign.

In pytest, ``test_schemathesis.py`` calls ``configure(world)`` and registers the signer it
returns on its schema. For ``st run`` this file is the hooks module (README.md beside it)::

    PYTHONPATH=tests/fuzz SCHEMATHESIS_HOOKS=st_hooks WECHATPAY_MOCK_DATA_DIR=DIR st run …

and configures itself from the demo world in ``$WECHATPAY_MOCK_DATA_DIR``.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
import schemathesis
from schemathesis.transport.prepare import get_exclude_headers

from wechatpay_auth import SignatureVerificationError, WechatPayVerifier, load_private_key
from wechatpay_auth.primitives import (
    BRAND_SCHEME,
    MERCHANT_SCHEME,
    AuthorizationParams,
    build_request_message,
    format_authorization,
    new_nonce,
    sign,
)
from wechatpay_mock import DemoCredentials, ensure_demo_world
from wechatpay_mock.spec import Spec

DATA_DIR_ENV = "WECHATPAY_MOCK_DATA_DIR"
CERTIFICATES_PATH = "/v3/certificates"

_BRAND_SERIAL = next(
    p for p in Spec.load().by_id["getUserProductCoupon"].parameters if p.name == "Wechatpay-Serial"
)


class SignLikeAClient(requests.auth.AuthBase):
    """Signs the final bytes of each request, as ``wechatpay_auth`` does for httpx.

    schemathesis's own auth hooks run before the body is serialised, so they cannot sign it;
    a ``requests`` auth sees the prepared request (anchors-mock-fuzz-publish.md §2.5).
    ``ignored_auth`` still works: it strips or garbles what this puts in ``Authorization``.
    """

    def __init__(self, world: DemoCredentials) -> None:
        self.world = world
        self._merchant_key = load_private_key(world.merchant_private_key)
        self._brand_key = load_private_key(world.brand_private_key)
        self._certificate_merchant_key = load_private_key(world.certificate_merchant_private_key)

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        world = self.world
        url = urlsplit(request.url or "")
        brand = url.path.startswith("/brand/")
        serial = request.headers.get("Wechatpay-Serial")
        if brand and serial and _BRAND_SERIAL.validator.is_valid(serial):
            # A real client names the one key it holds; a schema-valid but unknown id would
            # only test that the mock refuses keys it does not have (tests/mock does that).
            # Schema-invalid values are left alone, so negative cases stay negative.
            request.headers["Wechatpay-Serial"] = world.public_key_id
        body = request.body or b""
        raw = body.encode() if isinstance(body, str) else body
        target = url.path + (f"?{url.query}" if url.query else "")
        timestamp, nonce = str(int(time.time())), new_nonce()
        # The platform certificates exist for merchants in certificate mode; the demo merchant
        # in public-key mode would only ever be told it has none (tests/mock checks that 404).
        certificates = url.path == CERTIFICATES_PATH
        key, principal, serial = (
            (self._brand_key, world.brand_id, world.brand_serial_no)
            if brand
            else (
                self._certificate_merchant_key,
                world.certificate_mchid,
                world.certificate_merchant_serial_no,
            )
            if certificates
            else (self._merchant_key, world.mchid, world.merchant_serial_no)
        )
        message = build_request_message(request.method or "", target, timestamp, nonce, raw)
        request.headers["Authorization"] = format_authorization(
            AuthorizationParams(
                scheme=BRAND_SCHEME if brand else MERCHANT_SCHEME,
                principal=principal,
                serial_no=serial,
                nonce_str=nonce,
                timestamp=timestamp,
                signature=sign(key, message),
            )
        )
        return request


_verifier: WechatPayVerifier | None = None


def configure(world: DemoCredentials) -> SignLikeAClient:
    """Point the checks at ``world``'s WeChat Pay keys; returns the signer to register."""
    global _verifier
    _verifier = WechatPayVerifier(
        public_keys={world.public_key_id: world.platform_public_key},
        certificates=[world.platform_certificate],
    )
    return SignLikeAClient(world)


@schemathesis.check
def response_signed_by_wechatpay(ctx: Any, response: Any, case: Any) -> None:
    """Every answer (errors, 404 and 405 included) is signed by WeChat Pay's key for the caller
    (the public key, or the platform certificate in certificate mode) and has a Request-ID: the
    promise the mock makes, as WeChat Pay does."""
    if _verifier is None:
        raise AssertionError("st_hooks.configure(world) was not called")
    headers = {name: values[0] for name, values in response.headers.items()}
    try:
        _verifier.verify(headers, response.content)
    except SignatureVerificationError as exc:
        raise AssertionError(f"response signature: {exc.reason}") from None
    if not any(name.lower() == "request-id" for name in headers):
        raise AssertionError("the response carries no Request-ID")


@schemathesis.check
def signed_request_is_never_refused(ctx: Any, response: Any, case: Any) -> None:
    """positive_data_acceptance accepts 401, since an API may refuse any credentials; but every
    positive request here is signed correctly, so a 401 means the mock verified other bytes
    than those sent (a path, query or body the transport changed) or the signer skipped it."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or response.status_code != 401:
        return
    raise AssertionError(f"a correctly signed request was refused: {response.text[:300]}")


@schemathesis.check
def valid_input_is_never_a_param_error(ctx: Any, response: Any, case: Any) -> None:
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


# (operation label, idempotency key value) -> the request body its first 2xx answered.
_first_requests: dict[tuple[str, str], Any] = {}


def forget_replays() -> None:
    """The mock went back to its seed: the keys it remembered are free again."""
    _first_requests.clear()


@schemathesis.check
def replayed_key_never_succeeds_for_another_request(ctx: Any, response: Any, case: Any) -> None:
    """A request reusing an idempotency key (the spec's x-idempotency-key) that differs from
    the first request with that key, in any field, must never be answered 2xx: that answer
    would tell the caller its request succeeded when nothing happened (issue 13, defect 2)."""
    key_name = case.operation.definition.raw.get("x-idempotency-key")
    body = case.body
    if not key_name or not isinstance(body, dict) or not 200 <= response.status_code < 300:
        return
    key = body.get(key_name)
    if not isinstance(key, str):
        return
    first = _first_requests.setdefault((case.operation.label, key), body)
    if first != body:
        differ = sorted(n for n in {*first, *body} if first.get(n, ...) != body.get(n, ...))
        raise AssertionError(
            f"{key_name}={key!r} was replayed with a different request (differs in "
            f"{', '.join(differ)}) and answered {response.status_code}"
        )


REDEEM_LABEL = "POST /v3/marketing/busifavor/coupons/use"
_stateful_started = False


def needs_fresh_store(case: Any) -> bool:
    """Whether the mock must be back at its seed before this case is sent.

    Examples, coverage and fuzzing test one request at a time, so a redemption must not see
    what earlier cases redeemed: otherwise the few seeded coupons are used up early and every
    later valid request is a (documented, but uninformative) 400. The stateful phase starts
    from the seed once; within it state carries over, which is what it tests.
    """
    global _stateful_started
    meta = case.meta
    if meta is not None and meta.phase.name.value == "stateful":
        first = not _stateful_started
        _stateful_started = True
        return first
    return bool(case.operation.label == REDEEM_LABEL)


def reset_mock(base_url: str) -> None:
    """Back to the seed through the control API, and forget the keys it forgot."""
    requests.post(f"{base_url}/_mock/reset", timeout=10).raise_for_status()
    forget_replays()


_cli = False


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: Any) -> None:
    if "Authorization" in get_exclude_headers(case):
        # A negative case that removed several required headers at once (Authorization and
        # Wechatpay-Serial) is not recognised by schemathesis as negating the credentials, so
        # it would still sign it and, valid again, the request would fail
        # negative_data_rejection. schemathesis's own exclusion list names it; honour it.
        case._auth = None
    if _cli and needs_fresh_store(case):
        # `st run` has no per-case setup; the control API resets the mock it is fuzzing.
        reset_mock(case.operation.schema.get_base_url())


if os.environ.get(DATA_DIR_ENV):
    # Loaded by `st run` as SCHEMATHESIS_HOOKS: sign every request of the run.
    schemathesis.auth.set_from_requests(
        configure(ensure_demo_world(Path(os.environ[DATA_DIR_ENV])))
    )
    _cli = True
