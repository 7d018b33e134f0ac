"""The profiles behind the figures (pyinstrument): where a call's time goes above the floor.

1. in memory, 300 favor-detail calls: the sync client's per-call machinery;
2. in memory, 100 list pages of 20 coupons: JSON decoding and the generated models;
3. over loopback, 900 async calls with 32 in flight: the event loop's thread only (signatures
   are made in worker threads, which pyinstrument does not sample).
"""

import tempfile
from pathlib import Path

from pyinstrument import Profiler

from wechatpay_auth import MerchantAuth, WechatPayVerifier
from wechatpay_coupons import Client
from wechatpay_coupons.api.busifavor import list_busifavor_coupons_by_filter
from wechatpay_coupons.api.favor import query_favor_coupon

from . import loopback
from .support import KEY_ID, NOW, Canned, example, list_page, new_key


def _text(profiler: Profiler) -> str:
    text: str = profiler.output_text(unicode=False, color=False)
    return text


def in_memory(calls: int = 300) -> str:
    merchant_key, platform_key = new_key(), new_key()
    verifier = WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()}, clock=lambda: NOW)
    auth = MerchantAuth("1900000001", "SERIAL", merchant_key, verifier, clock=lambda: NOW)
    favor = Client(
        "https://api.mch.weixin.qq.com",
        auth=auth,
        httpx_args={
            "transport": Canned.of(
                example("/v3/marketing/favor/users/{openid}/coupons/{coupon_id}", "get"),
                platform_key,
            ).transport()
        },
    )
    listing = Client(
        "https://api.mch.weixin.qq.com",
        auth=auth,
        httpx_args={"transport": Canned.of(list_page(20), platform_key).transport()},
    )
    for _ in range(30):
        query_favor_coupon.sync("o", "c", client=favor, appid="wx")
        list_busifavor_coupons_by_filter.sync("o", client=listing, appid="wx", limit=20)
    sections = []
    detail = Profiler(interval=0.0002)
    with detail:
        for _ in range(calls):
            query_favor_coupon.sync("o", "c", client=favor, appid="wx")
    sections.append((f"1. in memory, {calls} favor-detail calls", _text(detail)))
    pages = Profiler(interval=0.0002)
    with pages:
        for _ in range(calls // 3):
            list_busifavor_coupons_by_filter.sync("o", client=listing, appid="wx", limit=20)
    sections.append((f"2. in memory, {calls // 3} list pages of 20 coupons", _text(pages)))
    return "\n".join(f"## {title}\n\n{text}" for title, text in sections)


def async_loopback() -> str:
    with tempfile.TemporaryDirectory() as directory:
        setup = loopback.Setup(Path(directory))
        try:
            measure = loopback.ours_async(setup)
            measure()  # warm: connections, code paths
            profiler = Profiler(interval=0.0002, async_mode="disabled")
            with profiler:
                measure()
        finally:
            setup.server.stop()
    title = (
        f"3. over loopback, {loopback.ASYNC_CALLS} async calls, {loopback.IN_FLIGHT} in flight "
        "(event loop thread)"
    )
    return f"## {title}\n\n{_text(profiler)}"


def run() -> str:
    return in_memory() + "\n" + async_loopback()


if __name__ == "__main__":
    print(run())
