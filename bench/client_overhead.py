"""Figure 1: per-call cost of client + auth (sign, in-memory send, verify, parse) over the floor.

The floor is what no client can avoid: one RSA-2048 PKCS#1 v1.5 signature and one verification
with `cryptography`, measured in the same run, interleaved with the calls.
"""

import datetime
import statistics
from collections.abc import Callable
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from wechatpay_auth import MerchantAuth, WechatPayVerifier
from wechatpay_coupons import Client
from wechatpay_coupons.api.brand_product_coupon import get_user_product_coupon
from wechatpay_coupons.api.busifavor import list_busifavor_coupons_by_filter, use_busifavor_coupon
from wechatpay_coupons.api.favor import query_favor_coupon
from wechatpay_coupons.models import UseBusifavorCouponRequest

from .support import KEY_ID, NOW, Canned, example, list_page, new_key
from .timing import interleaved

TARGETS = {
    "favor detail (queryFavorCoupon)": 1.35,
    "redeem (useBusifavorCoupon)": 1.35,
    "list page of 20 coupons (listBusifavorCouponsByFilter)": 2.0,
}


def run(rounds: int = 7, calls: int = 150) -> dict[str, dict[str, Any]]:
    merchant_key, platform_key = new_key(), new_key()
    verifier = WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()}, clock=lambda: NOW)
    auth = MerchantAuth("1900000001", "SERIAL", merchant_key, verifier, clock=lambda: NOW)

    def client(canned: Canned) -> Client:
        return Client(
            "https://api.mch.weixin.qq.com", auth=auth, httpx_args={"transport": canned.transport()}
        )

    favor = client(
        Canned.of(
            example("/v3/marketing/favor/users/{openid}/coupons/{coupon_id}", "get"), platform_key
        )
    )
    brand = client(
        Canned.of(
            example("/brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}", "get"),
            platform_key,
        )
    )
    used = client(Canned.of(example("/v3/marketing/busifavor/coupons/use", "post"), platform_key))
    listing = client(Canned.of(list_page(20), platform_key))
    body = UseBusifavorCouponRequest(
        coupon_code="8800000000000001",
        appid="wx233544546545989",
        use_request_no="BENCH-1",
        use_time=datetime.datetime(2026, 3, 2, tzinfo=datetime.UTC),
    )
    message, public = b"x" * 200, platform_key.public_key()
    answer_signature = platform_key.sign(message, padding.PKCS1v15(), hashes.SHA256())

    def floor() -> None:
        # Sign a request with the merchant key, verify an answer with WeChat Pay's public key.
        merchant_key.sign(message, padding.PKCS1v15(), hashes.SHA256())
        public.verify(answer_signature, message, padding.PKCS1v15(), hashes.SHA256())

    contenders: dict[str, Callable[[], object]] = {
        "floor": floor,
        "favor detail (queryFavorCoupon)": lambda: query_favor_coupon.sync(
            "2323dfsdf342342", "9856888", client=favor, appid="wx233544546545989"
        ),
        "redeem (useBusifavorCoupon)": lambda: use_busifavor_coupon.sync(client=used, body=body),
        "list page of 20 coupons (listBusifavorCouponsByFilter)": lambda: (
            list_busifavor_coupons_by_filter.sync(
                "2323dfsdf342342", client=listing, appid="wx233544546545989", limit=20
            )
        ),
        "brand product coupon (getUserProductCoupon)": lambda: get_user_product_coupon.sync(
            "oh-394z-6CGkNoJrsDLTTUKiAnp4",
            "Code_123456",
            client=brand,
            appid="wx233544546545989",
            product_coupon_id="1000000013",
            stock_id="1000000013001",
        ),
    }
    timings = interleaved(contenders, calls=calls, rounds=rounds)
    floor_rounds = timings["floor"].rounds
    return {
        name: {
            "ms": t.median * 1000,
            # Per round, against the floor of the same round; the median of those ratios.
            "ratios": (ratios := [c / f for c, f in zip(t.rounds, floor_rounds, strict=True)]),
            "ratio": statistics.median(ratios),
            "load": t.loads,
            "target": TARGETS.get(name, 0.0),
        }
        for name, t in timings.items()
    }


if __name__ == "__main__":
    for name, row in run().items():
        print(f"{name:<56} {row['ms']:7.3f} ms  {row['ratio']:5.2f}x  {row['ratios']}")
