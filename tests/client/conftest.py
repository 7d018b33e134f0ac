"""Shared helpers: the spec's response examples and an in-memory WeChat Pay."""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from wechatpay_coupons import Client

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "wechatpay-coupons.yaml"


def load_spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def response_examples(status: str) -> Iterator[tuple[str, str, str, Any]]:
    """(operationId, schema name, example name, value) for every example of a status."""
    spec = load_spec()
    for path_item in spec["paths"].values():
        for operation in path_item.values():
            response = operation.get("responses", {}).get(status)
            if response is None:
                continue
            media = resolve(spec, response)["content"]["application/json"]
            schema_name = media["schema"]["$ref"].rsplit("/", 1)[1]
            for name, example in media.get("examples", {}).items():
                yield operation["operationId"], schema_name, name, resolve(spec, example)["value"]


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
