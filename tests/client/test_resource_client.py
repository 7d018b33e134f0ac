"""The resource-style clients: every operation of the spec on one object, signed as it says.

Names are read from the spec (tags, operationIds, security), never restated here.
"""

import asyncio
import datetime
import inspect

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from generator.extras import snake_case
from wechatpay_auth import BrandAuth, MerchantAuth, WechatPayVerifier
from wechatpay_auth.primitives import BRAND_SCHEME, MERCHANT_SCHEME
from wechatpay_coupons import AsyncWechatPay, Client, WechatPay, errors
from wechatpay_mock.spec_reader import OpenAPI

from .conftest import load_spec, response_examples

SPEC = load_spec()
READER = OpenAPI(SPEC)
OPERATIONS = [
    (
        snake_case(operation.raw["tags"][0]),
        snake_case(operation.operation_id),
        operation.raw,
        operation.path,
    )
    for operation in READER.operations()
]
SCHEME_OF_CREDENTIAL = {"merchant": MERCHANT_SCHEME, "brand": BRAND_SCHEME}


@pytest.fixture(scope="module")
def keys():
    return {name: rsa.generate_private_key(65537, 2048) for name in ("merchant", "brand", "wechat")}


@pytest.fixture
def auths(keys):
    verifier = WechatPayVerifier(public_keys={"PUB_KEY_ID_0001": keys["wechat"].public_key()})
    return {
        "merchant": MerchantAuth("1900000001", "M-SERIAL", keys["merchant"], verifier),
        "brand": BrandAuth("12345678", "B-SERIAL", keys["brand"], verifier),
    }


def recording_client(seen, **credentials):
    def server(request):
        seen.append(request)
        # An unsigned error passes the auth's verification: the call ends as NotFoundError.
        return httpx.Response(404, json={"code": "RESOURCE_NOT_EXISTS", "message": "none"})

    return WechatPay(
        base_url="https://api.example.test",
        httpx_args={"transport": httpx.MockTransport(server)},
        max_retries=0,
        **credentials,
    )


def read(operation):
    """The reader's view of a raw operation of SPEC."""
    (found,) = [o for o in READER.operations() if o.raw is operation]
    return found


def example_arguments(method, operation):
    """Positional path parameters and keyword arguments for a call, from the spec's examples."""
    signature = inspect.signature(method)
    parameters = READER.parameters(read(operation))
    positional = [
        str(parameter.get("example", "x")) for parameter in parameters if parameter["in"] == "path"
    ]
    keywords = {}
    for parameter in parameters:
        name = snake_case(parameter["name"])
        if parameter["in"] != "path" and parameter.get("required") and name in signature.parameters:
            keywords[name] = str(parameter.get("example", "x"))
    if "body" in signature.parameters:
        annotation = signature.parameters["body"].annotation
        body_class = annotation if isinstance(annotation, type) else None
        assert body_class is not None, f"{method.__name__}: body annotation is not a class"
        keywords["body"] = body_class.from_dict(
            operation["requestBody"]["content"]["application/json"]["examples"].popitem()[1][
                "value"
            ]
            if "examples" in operation["requestBody"]["content"]["application/json"]
            else operation["requestBody"]["content"]["application/json"]["example"]
        )
    return positional, keywords


@pytest.mark.parametrize(
    ("tag", "name", "operation", "path"), OPERATIONS, ids=lambda v: str(v)[:40]
)
def test_every_operation_is_a_method_of_its_tags_namespace_signed_as_its_security_says(
    auths, tag, name, operation, path
):
    seen = []
    client = recording_client(seen, **auths)
    method = getattr(getattr(client, tag), name)
    assert method.__doc__ and operation["summary"] in method.__doc__
    positional, keywords = example_arguments(method, operation)
    with pytest.raises(errors.NotFoundError):
        method(*positional, **keywords)
    credential = READER.credential(read(operation))
    assert seen[0].headers["Authorization"].startswith(SCHEME_OF_CREDENTIAL[credential] + " ")
    assert seen[0].method == read(operation).method.upper()


def test_the_async_client_mirrors_the_sync_one():
    sync_client, async_client = WechatPay(), AsyncWechatPay()
    for tag, name, _, _ in OPERATIONS:
        sync_method = getattr(getattr(sync_client, tag), name)
        async_method = getattr(getattr(async_client, tag), name)
        assert inspect.iscoroutinefunction(async_method)
        assert inspect.signature(sync_method) == inspect.signature(async_method)
        raw = getattr(getattr(async_client, tag).with_raw_response, name)
        assert inspect.signature(raw).parameters == inspect.signature(async_method).parameters


def test_a_missing_credential_is_named(auths):
    client = WechatPay(merchant=auths["merchant"])
    brand_operations = [
        (t, n, o) for t, n, o, _ in OPERATIONS if "WechatPayBrandSignature" in o["security"][0]
    ]
    assert brand_operations
    tag, name, operation = brand_operations[0]
    method = getattr(getattr(client, tag), name)
    positional, keywords = example_arguments(method, operation)
    with pytest.raises(errors.ConfigurationError, match="brand=") as caught:
        method(*positional, **keywords)
    assert name in str(caught.value)


class Unsigned(httpx.Auth):
    """Any httpx.Auth can be a credential; this one signs nothing."""

    def auth_flow(self, request):
        yield request


def test_raw_responses_carry_the_httpx_response_elapsed_time_and_attempts():
    body = next(v for op, _, _, v in response_examples("200") if op == "queryFavorCoupon")
    answers = iter([httpx.Response(503), httpx.Response(200, json=body)])
    base = Client(
        "https://api.example.test",
        httpx_args={"transport": httpx.MockTransport(lambda request: next(answers))},
        sleep=lambda seconds: None,
    )
    client = WechatPay(merchant=Unsigned(), client=base)
    raw = client.favor.with_raw_response.query_favor_coupon("o", "c", appid="wx")
    assert raw.parsed.coupon_id == body["coupon_id"]
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.http_response.request.url.path.endswith("/coupons/c")
    assert raw.attempts == 2
    assert isinstance(raw.elapsed, datetime.timedelta) and raw.elapsed > datetime.timedelta(0)


def test_with_options_shares_connections_and_keeps_credentials(auths):
    client = WechatPay(merchant=auths["merchant"], brand=auths["brand"])
    quick = client.with_options(max_retries=0, timeout=1.0)
    assert quick.client_for("brand", "x").auth is auths["brand"]
    assert quick.client_for("merchant", "x").max_retries == 0
    assert (
        quick.client_for("merchant", "x").get_httpx_client()
        is client.client_for("merchant", "x").get_httpx_client()
    )
    assert "brand=BrandAuth(" in repr(client) and "PRIVATE" not in repr(client)


def test_page_iterators_are_methods_of_the_resource(auths):
    paged = [(t, n, o) for t, n, o, _ in OPERATIONS if "x-pagination" in o]
    assert paged
    client = WechatPay(merchant=auths["merchant"])
    for tag, name, _ in paged:
        resource = getattr(client, tag)
        iterator = next(
            getattr(resource, attribute)
            for attribute in dir(resource)
            if attribute.startswith("iter_") and name.endswith(attribute.removeprefix("iter_"))
        )
        assert (
            inspect.signature(iterator).parameters.keys()
            == inspect.signature(getattr(resource, name)).parameters.keys()
        )


def write_pem(path, key):
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return str(path)


def test_from_env_builds_each_credential_that_is_configured(keys, tmp_path):
    public = (
        keys["wechat"]
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    environ = {
        "WECHATPAY_BASE_URL": "http://127.0.0.1:9",
        "WECHATPAY_PUBLIC_KEY_ID": "PUB_KEY_ID_0001",
        "WECHATPAY_PUBLIC_KEY": public.decode(),
        "WECHATPAY_MCHID": "1900000001",
        "WECHATPAY_MERCHANT_SERIAL_NO": "M-SERIAL",
        "WECHATPAY_MERCHANT_PRIVATE_KEY": write_pem(tmp_path / "m.pem", keys["merchant"]),
    }
    client = WechatPay.from_env(environ)
    assert client.base_url == "http://127.0.0.1:9"
    assert client.client_for("merchant", "x").auth.mchid == "1900000001"
    with pytest.raises(errors.ConfigurationError, match="brand="):
        client.client_for("brand", "get_user_product_coupon")
    del environ["WECHATPAY_MERCHANT_SERIAL_NO"]
    with pytest.raises(errors.ConfigurationError, match="WECHATPAY_MERCHANT_SERIAL_NO"):
        AsyncWechatPay.from_env(environ)
    with pytest.raises(errors.ConfigurationError, match="no credential"):
        WechatPay.from_env({k: v for k, v in environ.items() if "MCHID" not in k})


def test_the_async_client_calls_through_its_namespaces(auths):
    seen = []

    def server(request):
        seen.append(request)
        return httpx.Response(404, json={"code": "RESOURCE_NOT_EXISTS", "message": "none"})

    async def call():
        async with AsyncWechatPay(
            merchant=auths["merchant"],
            httpx_args={"transport": httpx.MockTransport(server)},
            max_retries=0,
        ) as client:
            with pytest.raises(errors.NotFoundError):
                await client.favor.query_favor_coupon("o", "c", appid="wx")

    asyncio.run(call())
    assert seen[0].headers["Authorization"].startswith(MERCHANT_SCHEME)


def test_a_client_can_be_given_whole(auths):
    base = Client("https://api.example.test", timeout=3)
    client = WechatPay(merchant=auths["merchant"], client=base)
    assert client.client_for("merchant", "x").timeout == 3
    assert client.base_url == "https://api.example.test"


def test_iterating_sends_the_operations_own_request():
    seen = []

    def server(request):
        seen.append(request)
        return httpx.Response(200, json={"data": [], "total_count": 0, "offset": 0, "limit": 5})

    client = WechatPay(merchant=Unsigned(), httpx_args={"transport": httpx.MockTransport(server)})
    assert list(client.busifavor.iter_busifavor_coupons_by_filter("o", appid="wx", limit=5)) == []
    assert seen[0].url.params["limit"] == "5" and seen[0].url.params["offset"] == "0"


def test_from_env_builds_a_certificate_merchant_from_its_apiv3_key(keys, tmp_path):
    environ = {
        "WECHATPAY_MCHID": "1900000002",
        "WECHATPAY_MERCHANT_SERIAL_NO": "M-SERIAL",
        "WECHATPAY_MERCHANT_PRIVATE_KEY": write_pem(tmp_path / "m.pem", keys["merchant"]),
        "WECHATPAY_APIV3_KEY": "TEST-ONLY-apiv3-key-32-bytes-000",
    }
    client = WechatPay.from_env(environ)
    verifier = client.client_for("merchant", "x").auth.verifier
    assert verifier.certificate_downloader is not None
    assert verifier.public_key_ids == ()
    assert "TEST-ONLY-apiv3" not in repr(client)
    environ["WECHATPAY_BRAND_ID"] = "12345678"
    environ["WECHATPAY_BRAND_SERIAL_NO"] = "B-SERIAL"
    environ["WECHATPAY_BRAND_PRIVATE_KEY"] = environ["WECHATPAY_MERCHANT_PRIVATE_KEY"]
    with pytest.raises(errors.ConfigurationError, match="brand APIs verify"):
        WechatPay.from_env(environ)
