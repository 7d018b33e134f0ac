"""The profile behind figure 1: where a call's time goes above the crypto floor (pyinstrument)."""

from pyinstrument import Profiler

from wechatpay_auth import MerchantAuth, WechatPayVerifier
from wechatpay_coupons import Client
from wechatpay_coupons.api.busifavor import list_busifavor_coupons_by_filter
from wechatpay_coupons.api.favor import query_favor_coupon

from .support import KEY_ID, NOW, Canned, example, list_page, new_key


def run(calls: int = 300) -> str:
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
    profiler = Profiler(interval=0.0002)
    profiler.start()
    for _ in range(calls):
        query_favor_coupon.sync("o", "c", client=favor, appid="wx")
    for _ in range(calls // 3):
        list_busifavor_coupons_by_filter.sync("o", client=listing, appid="wx", limit=20)
    profiler.stop()
    text: str = profiler.output_text(unicode=False, color=False)
    return text


if __name__ == "__main__":
    print(run())
