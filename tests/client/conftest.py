"""Shared helpers: the spec's response examples and an in-memory WeChat Pay."""

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
