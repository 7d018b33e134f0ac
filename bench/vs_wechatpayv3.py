"""Figure 2: our client against wechatpayv3 (the most used Python SDK), same mock, same calls.

Both talk to one ``wechatpay-mock`` process over loopback. wechatpayv3 only knows the merchant
scheme, so the comparison uses the two merchant GET operations.
"""

import asyncio
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx
from wechatpayv3 import WeChatPay, WeChatPayType

from wechatpay_auth import MerchantAuth, WechatPayVerifier
from wechatpay_coupons import Client
from wechatpay_coupons.api.busifavor import list_busifavor_coupons_by_filter
from wechatpay_coupons.api.favor import query_favor_coupon
from wechatpay_mock import ensure_demo_world

from .support import MockProcess

OPENID, APPID = "2323dfsdf342342", "wx233544546545989"
FAVOR_PATH = f"/v3/marketing/favor/users/{OPENID}/coupons/9856888?appid={APPID}"
LIST_PATH = f"/v3/marketing/busifavor/users/{OPENID}/coupons?appid={APPID}&limit=10"


def rate(call: Callable[[], object], seconds: float = 2.0) -> float:
    for _ in range(20):
        call()
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        call()
        count += 1
    return count / (time.perf_counter() - started)


async def async_rate(client: Client, in_flight: int, total: int) -> float:
    limit = asyncio.Semaphore(in_flight)

    async def one() -> None:
        async with limit:
            await query_favor_coupon.asyncio(OPENID, "9856888", client=client, appid=APPID)

    await asyncio.gather(*(one() for _ in range(64)))
    started = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(total)))
    return total / (time.perf_counter() - started)


async def async_round(base_url: str, ours: Client, pool: int) -> float:
    # 32 calls in flight over `pool` kept-alive connections. httpx's AsyncClient slows down as
    # its pool grows (encode/httpx#3215), so the figure is given for two pool sizes.
    limits = httpx.Limits(max_connections=pool, max_keepalive_connections=pool)
    async with Client(base_url, auth=ours.auth, httpx_args={"limits": limits}) as client:
        return await async_rate(client, 32, 600)


def run(rounds: int = 3) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        world = ensure_demo_world(Path(tmp) / "world")
        mock = MockProcess(world.data_dir)
        try:
            verifier = WechatPayVerifier(
                public_keys={world.public_key_id: world.platform_public_key}
            )
            ours = Client(
                mock.base_url,
                auth=MerchantAuth(
                    world.mchid, world.merchant_serial_no, world.merchant_private_key, verifier
                ),
            )
            theirs = WeChatPay(
                wechatpay_type=WeChatPayType.NATIVE,
                mchid=world.mchid,
                private_key=world.merchant_private_key.read_text(),
                cert_serial_no=world.merchant_serial_no,
                appid=APPID,
                apiv3_key="0" * 32,
                public_key=world.platform_public_key.read_text(),
                public_key_id=world.public_key_id,
            )
            # wechatpayv3 hard-codes the production gateway; point it at the mock.
            theirs._core._gate_way = mock.base_url

            def their_call(path: str) -> None:
                code, _ = theirs._core.request(path)
                assert code == 200, code

            samples: dict[str, list[float]] = {
                k: []
                for k in (
                    "ours_favor",
                    "theirs_favor",
                    "ours_list",
                    "theirs_list",
                    "ours_async32_pool8",
                    "ours_async32_pool32",
                )
            }
            for _ in range(rounds):
                samples["ours_favor"].append(
                    rate(
                        lambda: query_favor_coupon.sync(OPENID, "9856888", client=ours, appid=APPID)
                    )
                )
                samples["theirs_favor"].append(rate(lambda: their_call(FAVOR_PATH)))
                samples["ours_list"].append(
                    rate(
                        lambda: list_busifavor_coupons_by_filter.sync(
                            OPENID, client=ours, appid=APPID, limit=10
                        )
                    )
                )
                samples["theirs_list"].append(rate(lambda: their_call(LIST_PATH)))

                for pool in (8, 32):
                    samples[f"ours_async32_pool{pool}"].append(
                        asyncio.run(async_round(mock.base_url, ours, pool))
                    )
            ours.close()
        finally:
            mock.stop()
    result = {name: statistics.median(values) for name, values in samples.items()}
    result["favor_ratio"] = result["ours_favor"] / result["theirs_favor"]
    result["list_ratio"] = result["ours_list"] / result["theirs_list"]
    for pool in (8, 32):
        result[f"async32_pool{pool}_ratio"] = (
            result[f"ours_async32_pool{pool}"] / result["theirs_favor"]
        )
    return result


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name:<16} {value:9.2f}")
