"""WECHATPAY_LOG, the User-Agent, and the JSON decoders the client may use."""

import importlib
import json
import platform
import subprocess
import sys
import textwrap

import httpx
import orjson
import pytest

import wechatpay_coupons
from wechatpay_coupons import USER_AGENT, Client, _json
from wechatpay_coupons._logging import masked
from wechatpay_coupons.api.favor import query_favor_coupon

# A call that is retried once (503, then a 404 with a WeChat code), made in a fresh interpreter
# so that WECHATPAY_LOG is read at import as it is for a user. The auth is the real one, so a
# leak of the signature or key material would show in what is logged.
SCRIPT = textwrap.dedent(
    """
    import httpx
    from cryptography.hazmat.primitives.asymmetric import rsa
    from wechatpay_auth import MerchantAuth, WechatPayVerifier
    from wechatpay_coupons import Client, errors
    from wechatpay_coupons.api.favor import query_favor_coupon

    key = rsa.generate_private_key(65537, 2048)
    verifier = WechatPayVerifier(public_keys={"PUB_KEY_ID_1": key.public_key()})
    auth = MerchantAuth("1900000001", "SERIAL", key, verifier)
    answers = iter([
        httpx.Response(503, headers={"Request-ID": "REQ-1"}),
        httpx.Response(404, headers={"Request-ID": "REQ-2"},
                       json={"code": "RESOURCE_NOT_EXISTS", "message": "none"}),
    ])
    client = Client(
        "https://api.example.test", auth=auth, sleep=lambda s: None,
        httpx_args={"transport": httpx.MockTransport(lambda request: next(answers))},
    )
    try:
        query_favor_coupon.sync(
            "oh-394z-6CGkNoJrsDLTTUKiAnp4", "8800000000000001", client=client, appid="wx1"
        )
    except errors.NotFoundError:
        pass
    """
)


OPENID, COUPON = "oh-394z-6CGkNoJrsDLTTUKiAnp4", "8800000000000001"
# The app configures logging itself, as most do, before and after importing the client.
APP_LOGGING = "import logging\nlogging.basicConfig(level=logging.INFO)\n"


def run_logged(level, prelude="", postlude=""):
    environment = {"PATH": "/usr/bin:/bin"}
    if level is not None:
        environment["WECHATPAY_LOG"] = level
    result = subprocess.run(
        [sys.executable, "-c", prelude + SCRIPT + postlude],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stderr


@pytest.mark.parametrize("level", ["info", "debug", "INFO"])
def test_one_line_per_request_with_what_support_needs(level):
    lines = [line for line in run_logged(level).splitlines() if " -> " in line]
    assert len(lines) == 2
    first, second = lines
    path = f"/v3/marketing/favor/users/{masked(OPENID)}/coupons/{masked(COUPON)}"
    assert f"GET {path} -> 503 - Request-ID=REQ-1" in first and "attempt 1" in first
    assert f"GET {path} -> 404 RESOURCE_NOT_EXISTS Request-ID=REQ-2" in second
    assert "attempt 2" in second and " ms" in second


@pytest.mark.parametrize("level", ["info", "debug"])
def test_user_identifiers_in_the_path_are_never_logged_whole(level):
    logged = run_logged(level)
    assert OPENID not in logged and COUPON not in logged
    assert f"/users/{OPENID[:4]}…" in logged  # a prefix and a short hash, the same on each line
    assert logged.count(masked(OPENID)) >= 3  # two attempts and the retry notice


def test_an_app_that_configures_logging_sees_each_line_once():
    logged = run_logged("info", prelude=APP_LOGGING)
    assert len([line for line in logged.splitlines() if " -> " in line]) == 2


def test_without_the_variable_the_lines_go_where_the_app_sends_them_once():
    ours = "logging.getLogger('wechatpay_coupons')"
    probe = f"{ours}.info({ours}.handlers)\n"
    logged = run_logged(None, prelude=APP_LOGGING, postlude=probe)
    assert len([line for line in logged.splitlines() if " -> " in line]) == 2
    assert "INFO:wechatpay_coupons:[]" in logged  # no handler of ours


def test_the_variable_switches_on_the_auth_plugins_lines_too():
    # Certificate downloads and refreshes are logged by wechatpay_auth at info.
    probe = "logging.getLogger('wechatpay_auth.certificates').info('downloaded 2 certificates')\n"
    for prelude in ("import logging\n", APP_LOGGING):
        logged = run_logged("info", prelude=prelude, postlude=probe)
        assert logged.count("downloaded 2 certificates") == 1


@pytest.mark.parametrize("level", ["info", "debug"])
def test_no_signature_or_key_material_is_logged(level):
    logged = run_logged(level)
    assert "signature=" not in logged
    assert "WECHATPAY2-SHA256-RSA2048" not in logged
    assert "PRIVATE KEY" not in logged
    if level == "debug":
        assert "'authorization': '<redacted>'" in logged.lower()


def test_an_unknown_level_says_so_and_logs_nothing():
    logged = run_logged("verbose")
    assert "WECHATPAY_LOG='verbose' is ignored" in logged
    assert " -> " not in logged


def test_nothing_is_logged_without_the_variable():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env={"PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stderr == ""


def test_user_agent_names_the_package_python_and_httpx():
    seen = []
    client = Client(
        "https://api.example.test",
        httpx_args={
            "transport": httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(404))
        },
        max_retries=0,
    )
    with pytest.raises(wechatpay_coupons.errors.NotFoundError):
        query_favor_coupon.sync("o", "c", client=client, appid="wx")
    expected = (
        f"wechatpay-coupons/{wechatpay_coupons.__version__} "
        f"Python/{platform.python_version()} httpx/{httpx.__version__}"
    )
    assert seen[0].headers["User-Agent"] == expected == USER_AGENT
    assert wechatpay_coupons.__version__ != "0+unknown"  # the installed distribution's version


def test_a_callers_user_agent_header_wins():
    seen = []
    client = Client(
        "https://api.example.test",
        headers={"User-Agent": "my-shop/1.0"},
        httpx_args={
            "transport": httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(404))
        },
        max_retries=0,
    )
    with pytest.raises(wechatpay_coupons.errors.NotFoundError):
        query_favor_coupon.sync("o", "c", client=client, appid="wx")
    assert seen[0].headers["User-Agent"] == "my-shop/1.0"


@pytest.fixture
def stdlib_json(monkeypatch):
    # As installed without the speedups extra.
    monkeypatch.setitem(sys.modules, "orjson", None)
    yield importlib.reload(_json)
    monkeypatch.undo()
    importlib.reload(_json)


def test_with_or_without_orjson_the_decoder_refuses_what_is_not_json(stdlib_json):
    assert stdlib_json.loads_json is not orjson.loads
    for decoder in (stdlib_json.loads_json, orjson.loads):
        assert decoder(b'{"a": [1, "x"]}') == {"a": [1, "x"]}
        for not_json in (b'{"a": NaN}', b"[Infinity]", b"[-Infinity]", b"{"):
            with pytest.raises(ValueError):
                decoder(not_json)


def test_an_integer_beyond_64_bits_is_decoded_exactly_with_or_without_orjson():
    # orjson reads such an integer as a float, silently: a model would carry a wrong number.
    assert _json.loads_json is not _json._loads_stdlib  # the dev install has the speedups
    body = b'{"amount": 123456789012345678901234567890, "n": -18446744073709551617, "s": "1"}'
    expected = {"amount": 123456789012345678901234567890, "n": -18446744073709551617, "s": "1"}
    for decoder in (_json._loads_stdlib, _json.loads_json):
        assert decoder(body) == expected
        assert decoder(b'{"max": 18446744073709551615}') == {"max": 18446744073709551615}
        assert decoder(b'[0.5, "12345678901234567890123"]') == [0.5, "12345678901234567890123"]


def test_encoding_refuses_nan_in_a_request_body():
    from wechatpay_coupons.client import _json_bytes

    with pytest.raises(wechatpay_coupons.errors.RequestValidationError, match="body"):
        _json_bytes({"amount": float("nan")})
    assert json.loads(_json_bytes({"名": 1})) == {"名": 1}
