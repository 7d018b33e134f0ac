"""The send path: every request through ``httpx.Client.send`` (what the client does) against
driving the auth flow and the transport directly (what it did until issue 20).

The direct drive skipped ``send``'s redirect, hook and mount machinery, and was a second path
that had to behave as ``send`` does (headers, hooks, multi-request auth flows); the client now
has one path. This keeps the decision measurable: ``direct`` below is the old drive, kept here
only to be timed against the shipped client, in memory and over loopback, rounds alternating,
in CPU time (the difference is microseconds; wall-clock time on a shared machine is noisier);
and the async client with 32 calls in flight over loopback, in calls per second (bench.loopback's
candidate), where the event loop's thread is what bounds it.
"""

import datetime
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from wechatpay_auth import MerchantAuth, WechatPayVerifier
from wechatpay_coupons import Client
from wechatpay_coupons import client as client_module
from wechatpay_coupons.api.busifavor import list_busifavor_coupons_by_filter
from wechatpay_coupons.api.favor import query_favor_coupon

from . import loopback
from .loopback import _pem
from .support import KEY_ID, NOW, Canned, CannedServer, example, list_page, new_key

OPENID, COUPON, APPID = "2323dfsdf342342", "9856888", "wx233544546545989"
_NO_AUTH = httpx.Auth()


def _drive(client: httpx.Client, request: httpx.Request, auth: Any) -> httpx.Response:
    """The removed direct path: the auth flow around the client's transport, nothing else."""
    transport = client._transport  # the transport httpx.Client.send would use
    flow = (auth if isinstance(auth, httpx.Auth) else _NO_AUTH).sync_auth_flow(request)
    request = next(flow)
    while True:
        started = time.perf_counter()
        response = transport.handle_request(request)
        response.request = request
        try:
            response.read()
            response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
            request = flow.send(response)
        except StopIteration:
            return response
        except BaseException:
            response.close()
            raise
        response.close()


async def _adrive(client: httpx.AsyncClient, request: httpx.Request, auth: Any) -> httpx.Response:
    """``_drive`` for the async client."""
    transport = client._transport
    flow = (auth if isinstance(auth, httpx.Auth) else _NO_AUTH).async_auth_flow(request)
    request = await flow.__anext__()
    while True:
        started = time.perf_counter()
        response = await transport.handle_async_request(request)
        response.request = request
        try:
            await response.aread()
            response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
            request = await flow.asend(response)
        except StopAsyncIteration:
            return response
        except BaseException:
            await response.aclose()
            raise
        await response.aclose()


class Direct:
    """Makes ``client_module._send_once`` drive directly while ``active`` (for one contender)."""

    def __init__(self) -> None:
        self.active = False
        self.shipped = client_module._send_once

    def __call__(self, client: httpx.Client, request: httpx.Request, auth: Any) -> httpx.Response:
        if self.active:
            return _drive(client, request, auth)
        return self.shipped(client, request, auth)

    def timed(self, fn: Callable[[], object]) -> Callable[[], object]:
        def run() -> object:
            self.active = True
            try:
                return fn()
            finally:
                self.active = False

        return run


def run(rounds: int = 7) -> dict[str, dict[str, Any]]:
    merchant_key, platform_key = new_key(), new_key()
    verifier = WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()}, clock=lambda: NOW)
    auth = MerchantAuth("1900000001", "SERIAL", merchant_key, verifier, clock=lambda: NOW)
    detail = Canned.of(
        example("/v3/marketing/favor/users/{openid}/coupons/{coupon_id}", "get"), platform_key
    )
    page = Canned.of(list_page(20), platform_key)

    def in_memory(canned: Canned) -> Client:
        return Client(
            "https://api.mch.weixin.qq.com",
            auth=auth,
            httpx_args={"transport": canned.transport()},
        )

    favor_client, list_client = in_memory(detail), in_memory(page)
    direct = Direct()
    client_module._send_once = direct
    results: dict[str, dict[str, Any]] = {}
    try:

        def favor() -> object:
            return query_favor_coupon.sync(OPENID, COUPON, client=favor_client, appid=APPID)

        def listing() -> object:
            return list_busifavor_coupons_by_filter.sync(
                OPENID, client=list_client, appid=APPID, limit=20
            )

        for name, fn, calls in (
            ("in memory, favor detail", favor, 200),
            ("in memory, list page of 20", listing, 100),
        ):
            results[name] = _compare(fn, direct, calls=calls, rounds=rounds)
        with tempfile.TemporaryDirectory() as scratch:
            (Path(scratch) / "platform.pem").write_text(_pem(platform_key))
            server = CannedServer(Path(scratch) / "platform.pem")
            try:
                wire_auth = MerchantAuth(
                    "1900000001",
                    "SERIAL",
                    merchant_key,
                    WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()}),
                )
                with Client(server.base_url, auth=wire_auth) as wire:

                    def over_loopback() -> object:
                        return query_favor_coupon.sync(OPENID, COUPON, client=wire, appid=APPID)

                    results["loopback, favor detail"] = _compare(
                        over_loopback, direct, calls=100, rounds=rounds
                    )
            finally:
                server.stop()
        results["loopback, async, 32 in flight (wall time)"] = _compare_async(rounds)
    finally:
        client_module._send_once = direct.shipped
    return results


def _compare_async(rounds: int) -> dict[str, Any]:
    """Calls per second both ways, rounds alternating; reported as time per call, so that the
    ratio reads as the others do (above 1: ``send`` is slower)."""
    shipped = client_module._asend_once
    samples: dict[str, list[float]] = {"send": [], "direct": []}
    loads = []
    with tempfile.TemporaryDirectory() as scratch:
        setup = loopback.Setup(Path(scratch))
        try:
            rate = loopback.ours_async(setup)
            for round_number in range(rounds):
                order = ("send", "direct") if round_number % 2 else ("direct", "send")
                for name in order:
                    client_module._asend_once = shipped if name == "send" else _adrive
                    samples[name].append(1 / rate())
                loads.append(os.getloadavg()[0])
        finally:
            client_module._asend_once = shipped
            setup.server.stop()
    ratios = [s / d for s, d in zip(samples["send"], samples["direct"], strict=True)]
    return {
        "send_ms": statistics.median(samples["send"]) * 1000,
        "direct_ms": statistics.median(samples["direct"]) * 1000,
        "ratio": statistics.median(ratios),
        "ratios": ratios,
        "load": loads,
    }


def _compare(
    fn: Callable[[], object], direct: Direct, *, calls: int, rounds: int
) -> dict[str, Any]:
    """Both ways in alternating rounds, in this thread's CPU time: a few microseconds a call
    apart, they would drown in the wall-clock noise of a shared machine."""
    contenders = {"send": fn, "direct": direct.timed(fn)}
    for contender in contenders.values():
        for _ in range(20):
            contender()
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    loads = []
    for round_number in range(rounds):
        order = list(contenders) if round_number % 2 else list(reversed(contenders))
        for name in order:
            started = time.thread_time()
            for _ in range(calls):
                contenders[name]()
            samples[name].append((time.thread_time() - started) / calls)
        loads.append(os.getloadavg()[0])
    ratios = [s / d for s, d in zip(samples["send"], samples["direct"], strict=True)]
    return {
        "send_ms": statistics.median(samples["send"]) * 1000,
        "direct_ms": statistics.median(samples["direct"]) * 1000,
        "ratio": statistics.median(ratios),
        "ratios": ratios,
        "load": loads,
    }


if __name__ == "__main__":
    for name, row in run().items():
        print(
            f"{name:<28} send {row['send_ms']:.4f} ms  direct {row['direct_ms']:.4f} ms  "
            f"send/direct {row['ratio']:.3f} ({min(row['ratios']):.3f}–{max(row['ratios']):.3f}), "
            f"load {min(row['load']):.1f}–{max(row['load']):.1f}"
        )
