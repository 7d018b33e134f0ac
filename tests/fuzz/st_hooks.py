"""Signing, response checks and hooks for schemathesis, shared by pytest and the CLI campaign.

In pytest, ``harness.py`` calls ``configure(world)`` and registers the signer it returns on its
schemas. For ``st run`` this file is the hooks module (README.md beside it), run from the
repository root::

    PYTHONPATH=tests SCHEMATHESIS_HOOKS=fuzz.st_hooks WECHATPAY_MOCK_DATA_DIR=DIR st run …

and configures itself from the demo world in ``$WECHATPAY_MOCK_DATA_DIR``, resets the mock
through its control API where the spec calls for it (``needs_fresh_store``), and ends the run
with the harness's verdict on links and acceptance (``cli_report``).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
import schemathesis
from schemathesis.config import InferenceAlgorithm
from schemathesis.generation.stateful.state_machine import APIStateMachine
from schemathesis.specs.openapi import stateful as openapi_stateful
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

from .spec_facts import IDEMPOTENCY_KEY, inference_algorithms, is_idempotent

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
        if not isinstance(body, str | bytes):
            raise TypeError("SignLikeAClient signs bodies given whole, not streamed ones")
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
        raise AssertionError(
            "st_hooks.configure(world) was not called: call it with the mock's demo world "
            f"(harness.py does), or give st run {DATA_DIR_ENV}=the mock's --data-dir"
        )
    headers = {name: values[0] for name, values in response.headers.items()}
    try:
        _verifier.verify(headers, response.content)
    except SignatureVerificationError as exc:
        raise AssertionError(
            f"response signature: {exc.reason}. The mock must sign every answer it sends, "
            "over the bytes it sends, with the key of the caller's mode; if it does, "
            f"{DATA_DIR_ENV} is not the mock's --data-dir and the keys differ"
        ) from None
    if not any(name.lower() == "request-id" for name in headers):
        raise AssertionError(
            "the response carries no Request-ID: every answer of the mock, errors included, "
            "must carry one (the spec declares it on every response)"
        )


@schemathesis.check
def signed_request_is_never_refused(ctx: Any, response: Any, case: Any) -> None:
    """positive_data_acceptance accepts 401, since an API may refuse any credentials; but every
    positive request here is signed correctly, so a 401 means the mock verified other bytes
    than those sent (a path, query or body the transport changed) or the signer skipped it."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or response.status_code != 401:
        return
    raise AssertionError(
        f"a correctly signed request was refused: {response.text[:300]}. Either the mock "
        "verified other bytes than were sent (compare the request above with the message its "
        "detail names) or SignLikeAClient did not sign this request (st_hooks.py)"
    )


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
        raise AssertionError(
            f"schema-valid request failed validation: {detail}. The mock is stricter than the "
            "spec: state the constraint in the spec (the mock validates against it), or let "
            "the mock accept what the spec allows"
        )


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
    key_name = case.operation.definition.raw.get(IDEMPOTENCY_KEY)
    body = case.body
    if not key_name or not isinstance(body, dict) or not 200 <= response.status_code < 300:
        return
    key = body.get(key_name)
    if not isinstance(key, str):
        return
    # The path names what the body does not (a send's user), so it is part of the request.
    asked = {**{f"path {n}": v for n, v in (case.path_parameters or {}).items()}, **body}
    first = _first_requests.setdefault((case.operation.label, key), asked)
    if first != asked:
        differ = sorted(n for n in {*first, *asked} if first.get(n, ...) != asked.get(n, ...))
        raise AssertionError(
            f"{key_name}={key!r} was replayed with a different request (differs in "
            f"{', '.join(differ)}) and answered {response.status_code}: a reused {key_name} "
            "with another request must get the spec's x-idempotency-conflict error, never a "
            "2xx (the mock compares the path and the whole body with the first one)"
        )


# Set when schemathesis makes a state machine: it makes one per scenario (schemathesis 4.32's
# APIStateMachine.__init__ builds the scenario's transitions and calls setup()).
_scenario_started = False


def needs_fresh_store(case: Any) -> bool:
    """Whether the mock must be back at its seed before this case is sent.

    Examples, coverage and fuzzing test one request at a time, so a case of an operation with
    an idempotency key (the spec's ``x-idempotency-key``) must not meet the keys and entities
    that earlier cases used: otherwise the first success uses up what every later valid request
    needs, and they all get a (documented, but uninformative) refusal. In the stateful phase
    state carries over within a scenario, which is what it tests, and each scenario starts from
    the seed: schemathesis makes one state machine per scenario, so the first request after
    one is made starts a scenario. (This used to be told by Hypothesis's build context, which
    nothing documents as one per scenario; a run then failed once with ST302, created resource
    not found: a send's coupon gone at the read its link led to, as a reset between the two
    would leave it.) In process, the state machine's ``setup`` resets instead.
    """
    global _scenario_started
    meta = case.meta
    if meta is not None and meta.phase.name.value == "stateful":
        first, _scenario_started = _scenario_started, False
        return first
    return is_idempotent(case.operation.definition.raw)


_make_state_machine = APIStateMachine.__init__


def _scenario_starts(machine: APIStateMachine) -> None:
    global _scenario_started
    _make_state_machine(machine)
    _scenario_started = True


APIStateMachine.__init__ = _scenario_starts  # type: ignore[method-assign, assignment]


def reset_mock(base_url: str) -> None:
    """Back to the seed through the control API, and forget the keys it forgot."""
    requests.post(f"{base_url}/_mock/reset", timeout=10).raise_for_status()
    forget_replays()


@schemathesis.hook
def after_load_schema(context: Any, schema: Any) -> None:
    """Links are inferred only when the spec asks for it (``x-fuzz-infer-links``)."""
    schema.config.phases.stateful.inference.algorithms = [
        InferenceAlgorithm(name) for name in inference_algorithms(schema.raw_schema)
    ]


def _every_link_source_reachable(operations: Any, transitions: Any, graph: Any) -> Any:
    """Where schemathesis may start a scenario: at every operation a link leaves from.

    schemathesis starts scenarios only at the operations it deems likely to succeed against an
    empty API (a POST, or a GET without path parameters, and neither when its dependency
    analysis finds an input that nothing produces) as soon as the spec has one. The mock is not
    empty: its seed holds what each operation reads, and schemathesis.toml draws identifiers
    that name it. Left to that rule, a GET with path parameters that nothing else links to
    (queryFavorCoupon) was never called once an unrelated operation qualified (adding one made
    two links unreachable, test_reads_the_spec), and the brand's send, confirm, use, return and
    deactivate, whose coupon its analysis finds no producer for, were reached only through a
    created product coupon: a chain of up to five successes before the last link's source. Every
    link source therefore starts scenarios too.
    """
    roots = _classify_roots(operations, transitions, graph)
    roots.reliable |= roots.fallback
    return roots


_classify_roots = openapi_stateful.classify_root_transitions
# schemathesis is pinned to 4.32.x (pyproject.toml), whose state machine looks this up here.
openapi_stateful.classify_root_transitions = _every_link_source_reachable

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
    # Loaded by `st run` as SCHEMATHESIS_HOOKS: sign every request of the run, and end it with
    # the harness's verdict on links and acceptance.
    from schemathesis.cli import handler

    from .cli_report import HarnessReport

    # schemathesis.auth is a decorator that carries its registration functions as attributes.
    schemathesis.auth.set_from_requests(  # type: ignore[attr-defined]
        configure(ensure_demo_world(Path(os.environ[DATA_DIR_ENV])))
    )
    handler()(HarnessReport)
    _cli = True
