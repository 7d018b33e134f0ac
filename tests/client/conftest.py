"""Shared helpers: the spec's response examples and an in-memory WeChat Pay."""

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from wechatpay_coupons import Client
from wechatpay_mock.spec_reader import OpenAPI, ref_name

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "wechatpay-coupons.yaml"


def load_spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


def response_examples(status: str) -> Iterator[tuple[str, str, str, Any]]:
    """(operationId, schema name, example name, value) for every example of a status."""
    spec = OpenAPI(load_spec())
    for operation in spec.operations():
        response = spec.response(operation, status)
        if response is None:
            continue
        media = response["content"]["application/json"]
        schema_name = ref_name(media["schema"])
        for name, example in media.get("examples", {}).items():
            yield operation.operation_id, schema_name, name, spec.mapping(example)["value"]


Handler = Callable[[httpx.Request], httpx.Response]


class CountingAuth(httpx.Auth):
    """Stands in for the signing auth: stamps every attempt with a fresh nonce."""

    def __init__(self):
        self.nonces = itertools.count(1)

    def auth_flow(self, request):
        request.headers["Authorization"] = f"nonce={next(self.nonces)}"
        yield request


class DownloadingAuth(httpx.Auth):
    """Like a certificate merchant's first call: downloads, then signs with what came back
    (two requests through the same client, as the auth plugin's certificate download)."""

    requires_response_body = True

    def auth_flow(self, request):
        listing = yield httpx.Request("GET", request.url.copy_with(path="/v3/certificates"))
        request.headers["Authorization"] = "serial=" + listing.json()["data"][0]["serial_no"]
        yield request


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def make_client(sleeps: list[float]) -> Callable[..., Client]:
    """A Client whose transport is a function, and whose sleeps are recorded in `sleeps`."""

    def build(handler: Handler, **options: Any) -> Client:
        return Client(
            "https://api.example.test",
            httpx_args={"transport": httpx.MockTransport(handler)},
            sleep=sleeps.append,
            **options,
        )

    return build
