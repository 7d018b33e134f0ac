"""Figures 4 and 5: our clients against wechatpayv3 over loopback, on a neutral server.

The server (bench.canned_server, its own process) answers with canned answers that were signed
ahead of time, so that it costs microseconds a request and is never the bottleneck; the mock,
which verifies and signs every request, has its own figures (bench.mock_throughput).

Candidates, interleaved round by round so that the machine's noise lands on all of them:

- ``ours_sync``: ``WechatPay(merchant=…)``, one call at a time;
- ``theirs_sync``: wechatpayv3 2.0.4 (``requests``), the most used Python SDK;
- ``ours_async32``: ``AsyncWechatPay(merchant=…)`` as the README tells an async user to build
  it (the ``aiohttp`` extra installed), 32 calls in flight;
- ``floor_sync`` / ``floor_async32``: what the design cannot go below, the same signed and
  verified call with no SDK at all (sign, one keep-alive request through httpcore / aiohttp,
  verify, decode JSON), for the figures a target misses.

Each call signs its request (RSA-2048) and verifies the answer: that crypto is most of the
cost, and both SDKs pay it.
"""

import asyncio
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import aiohttp
import httpcore
import orjson
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from wechatpayv3 import WeChatPay, WeChatPayType

from wechatpay_auth import MerchantAuth, WechatPayVerifier
from wechatpay_auth.primitives import (
    MERCHANT_SCHEME,
    AuthorizationParams,
    build_request_message,
    format_authorization,
    new_nonce,
    sign,
)
from wechatpay_coupons import AsyncWechatPay, WechatPay

from .support import KEY_ID, CannedServer, new_key

OPENID, COUPON, APPID = "2323dfsdf342342", "9856888", "wx233544546545989"
TARGET = f"/v3/marketing/favor/users/{OPENID}/coupons/{COUPON}?appid={APPID}"
MCHID, SERIAL = "1900000001", "3775B6A45ACD588826D15E583A95F5DD00000001"
SYNC_CALLS, ASYNC_CALLS, IN_FLIGHT = 300, 900, 32


def _pem(key: RSAPrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def _authorization(key: RSAPrivateKey, method: str, target: str) -> str:
    timestamp, nonce = str(int(time.time())), new_nonce()
    message = build_request_message(method, target, timestamp, nonce, b"")
    return format_authorization(
        AuthorizationParams(MERCHANT_SCHEME, MCHID, SERIAL, nonce, timestamp, sign(key, message))
    )


class Setup:
    def __init__(self, directory: Path) -> None:
        self.merchant_key, platform_key = new_key(), new_key()
        (directory / "platform.pem").write_text(_pem(platform_key))
        self.server = CannedServer(directory / "platform.pem")
        self.base_url = self.server.base_url
        self.verifier = WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()})
        self.public_pem = (
            platform_key.public_key()
            .public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            .decode()
        )

    def auth(self) -> MerchantAuth:
        return MerchantAuth(MCHID, SERIAL, self.merchant_key, self.verifier)


def _timed(calls: int, run: Callable[[], None]) -> float:
    started = time.perf_counter()
    run()
    return calls / (time.perf_counter() - started)


def ours_sync(setup: Setup) -> Callable[[], float]:
    client = WechatPay(base_url=setup.base_url, merchant=setup.auth())
    call = client.favor.query_favor_coupon
    for _ in range(20):
        call(OPENID, COUPON, appid=APPID)

    def run() -> None:
        for _ in range(SYNC_CALLS):
            call(OPENID, COUPON, appid=APPID)

    return lambda: _timed(SYNC_CALLS, run)


def theirs_sync(setup: Setup) -> Callable[[], float]:
    theirs = WeChatPay(
        wechatpay_type=WeChatPayType.NATIVE,
        mchid=MCHID,
        private_key=_pem(setup.merchant_key),
        cert_serial_no=SERIAL,
        appid=APPID,
        apiv3_key="0" * 32,
        public_key=setup.public_pem,
        public_key_id=KEY_ID,
    )
    theirs._core._gate_way = setup.base_url  # wechatpayv3 hard-codes the production gateway

    def call() -> None:
        code, _ = theirs._core.request(TARGET)
        assert code == 200, code

    for _ in range(20):
        call()

    def run() -> None:
        for _ in range(SYNC_CALLS):
            call()

    return lambda: _timed(SYNC_CALLS, run)


def ours_async(setup: Setup) -> Callable[[], float]:
    auth = setup.auth()

    async def rate() -> float:
        async with AsyncWechatPay(base_url=setup.base_url, merchant=auth) as client:
            limit = asyncio.Semaphore(IN_FLIGHT)

            async def one() -> None:
                async with limit:
                    await client.favor.query_favor_coupon(OPENID, COUPON, appid=APPID)

            await asyncio.gather(*(one() for _ in range(IN_FLIGHT * 2)))  # connections warm
            started = time.perf_counter()
            await asyncio.gather(*(one() for _ in range(ASYNC_CALLS)))
            return ASYNC_CALLS / (time.perf_counter() - started)

    return lambda: asyncio.run(rate())


def floor_sync(setup: Setup) -> Callable[[], float]:
    """Sign, one request over a kept-alive httpcore connection, verify, decode: no SDK."""
    pool = httpcore.ConnectionPool()
    url = setup.base_url + TARGET

    def call() -> None:
        headers = [
            (b"Authorization", _authorization(setup.merchant_key, "GET", TARGET).encode()),
            (b"Accept", b"application/json"),
        ]
        response = pool.request("GET", url, headers=headers)
        answer = {k.decode(): v.decode() for k, v in response.headers}
        setup.verifier.verify(answer, response.content)
        orjson.loads(response.content)

    for _ in range(20):
        call()

    def run() -> None:
        for _ in range(SYNC_CALLS):
            call()

    return lambda: _timed(SYNC_CALLS, run)


def floor_async(setup: Setup) -> Callable[[], float]:
    """The async floor: aiohttp, signatures made in two worker threads, verify, decode."""
    url = setup.base_url + TARGET
    signers = ThreadPoolExecutor(max_workers=os.cpu_count() or 2)

    async def rate() -> float:
        loop = asyncio.get_running_loop()
        async with aiohttp.ClientSession() as session:
            limit = asyncio.Semaphore(IN_FLIGHT)

            async def one() -> None:
                async with limit:
                    authorization = await loop.run_in_executor(
                        signers, _authorization, setup.merchant_key, "GET", TARGET
                    )
                    headers = {"Authorization": authorization, "Accept": "application/json"}
                    async with session.get(url, headers=headers) as response:
                        body = await response.read()
                        setup.verifier.verify(dict(response.headers), body)
                        orjson.loads(body)

            await asyncio.gather(*(one() for _ in range(IN_FLIGHT * 2)))
            started = time.perf_counter()
            await asyncio.gather(*(one() for _ in range(ASYNC_CALLS)))
            return ASYNC_CALLS / (time.perf_counter() - started)

    return lambda: asyncio.run(rate())


CANDIDATES: dict[str, Callable[[Setup], Callable[[], float]]] = {
    "ours_sync": ours_sync,
    "theirs_sync": theirs_sync,
    "ours_async32": ours_async,
    "floor_sync": floor_sync,
    "floor_async32": floor_async,
}


def run(rounds: int = 5) -> dict[str, Any]:
    """Calls per second of each candidate: medians, spreads and the load average per round."""
    with tempfile.TemporaryDirectory() as directory:
        setup = Setup(Path(directory))
        try:
            prepared = {name: make(setup) for name, make in CANDIDATES.items()}
            samples: dict[str, list[float]] = {name: [] for name in prepared}
            loads: list[float] = []
            for _ in range(rounds):
                for name, measure in prepared.items():
                    samples[name].append(measure())
                loads.append(os.getloadavg()[0])
        finally:
            setup.server.stop()
    medians = {name: statistics.median(values) for name, values in samples.items()}
    return {
        "samples": samples,
        "median": medians,
        "load": loads,
        "ratios": {
            "sync_vs_theirs": medians["ours_sync"] / medians["theirs_sync"],
            "async_vs_our_sync": medians["ours_async32"] / medians["ours_sync"],
            "async_vs_theirs": medians["ours_async32"] / medians["theirs_sync"],
            "floor_sync_vs_theirs": medians["floor_sync"] / medians["theirs_sync"],
            "floor_async_vs_floor_sync": medians["floor_async32"] / medians["floor_sync"],
        },
    }


if __name__ == "__main__":
    result = run(rounds=3)
    for name, values in result["samples"].items():
        print(f"{name:<16} median {result['median'][name]:7.0f}/s  {[round(v) for v in values]}")
    for name, ratio in result["ratios"].items():
        print(f"{name:<28} {ratio:5.2f}")
    print("load", result["load"])
