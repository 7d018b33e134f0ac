"""Shared by the benchmarks: keys, canned signed answers from the spec, a mock in a process."""

import copy
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import yaml
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

from wechatpay_auth.primitives import sign_response_headers
from wechatpay_mock.server import free_port, wait_until_serving

REPO = Path(__file__).resolve().parent.parent
SPEC = yaml.safe_load((REPO / "spec" / "wechatpay-coupons.yaml").read_text(encoding="utf-8"))
KEY_ID = "PUB_KEY_ID_0000000000000024101100397200000006"
NOW = 1_790_000_000


def new_key() -> RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def example(path: str, method: str, name: str | None = None) -> Any:
    media = SPEC["paths"][path][method]["responses"]["200"]["content"]["application/json"]
    examples = media["examples"]
    return copy.deepcopy((examples[name] if name else next(iter(examples.values())))["value"])


def list_page(size: int) -> dict[str, Any]:
    page: dict[str, Any] = example(
        "/v3/marketing/busifavor/users/{openid}/coupons", "get", "document"
    )
    template = page["data"][0]
    page["data"] = [{**copy.deepcopy(template), "coupon_code": f"C{i:06d}"} for i in range(size)]
    page.update(total_count=size, limit=size, offset=0)
    return page


#: What the neutral server (bench.canned_server) answers, by request-path prefix.
FAVOR_PATH = "/v3/marketing/favor/users/"
BRAND_PATH = "/brand/marketing/product-coupon/users/"
USE_PATH = "/v3/marketing/busifavor/coupons/use"
LIST_PATH = "/v3/marketing/busifavor/users/"


def answers() -> dict[bytes, bytes]:
    values = {
        FAVOR_PATH: example("/v3/marketing/favor/users/{openid}/coupons/{coupon_id}", "get"),
        BRAND_PATH: example(
            "/brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}", "get"
        ),
        USE_PATH: example("/v3/marketing/busifavor/coupons/use", "post"),
        LIST_PATH: list_page(20),
    }
    return {
        prefix.encode(): json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
        for prefix, value in values.items()
    }


@dataclass(frozen=True)
class Canned:
    """A pre-signed 200 answer, as WeChat Pay would send it at time NOW."""

    body: bytes
    headers: dict[str, str]

    @classmethod
    def of(cls, value: Any, platform_key: RSAPrivateKey) -> "Canned":
        body = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
        headers = sign_response_headers(platform_key, KEY_ID, body, timestamp=NOW, nonce="N" * 32)
        headers.update({"Request-ID": "BENCH-0", "Content-Type": "application/json"})
        return cls(body, headers)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(
            lambda request: httpx.Response(200, content=self.body, headers=self.headers)
        )


class MockProcess:
    """``wechatpay-mock`` in its own process, so that it never shares a GIL with a client."""

    def __init__(self, data_dir: Path, *, workers: int = 1, database: str | None = None) -> None:
        self.data_dir, self.port = data_dir, free_port()
        command = [
            sys.executable,
            "-m",
            "wechatpay_mock.cli",
            "--data-dir",
            str(data_dir),
            "--port",
            str(self.port),
            "--workers",
            str(workers),
        ]
        if database:
            command += ["--database", database]
        self.process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            wait_until_serving(self.base_url, self.process, timeout=60)
        except RuntimeError:
            self.stop()
            raise

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def reset(self) -> None:
        httpx.post(f"{self.base_url}/_mock/reset").raise_for_status()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)


class CannedServer:
    """``bench.canned_server`` in its own process, answering as WeChat Pay signed with ``key``."""

    def __init__(self, key_path: Path) -> None:
        self.port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.canned_server", str(key_path), str(self.port)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        if self.process.stdout.readline().strip() != "ready":
            self.stop()
            raise RuntimeError("bench.canned_server did not start")

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)
