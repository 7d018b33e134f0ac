"""The sync service: the resource-style client, page iterators, errors and raw responses."""

import datetime
from dataclasses import dataclass

import httpx

from wechatpay_coupons import WechatPay, errors
from wechatpay_coupons.models import BusifavorCouponState, UseBusifavorCouponRequest


@dataclass(frozen=True)
class Redemption:
    coupon_code: str
    redeemed: bool
    reason: str
    request_id: str | None


class CouponService:
    def __init__(self, base_url: str, merchant: httpx.Auth, brand: httpx.Auth) -> None:
        self.client = WechatPay(base_url=base_url, merchant=merchant, brand=brand)

    def available_codes(self, openid: str, appid: str) -> list[str]:
        return [
            coupon.coupon_code
            for coupon in self.client.busifavor.iter_busifavor_coupons_by_filter(
                openid, appid=appid, coupon_state=BusifavorCouponState.SENDED, limit=5
            )
            if isinstance(coupon.coupon_code, str)
        ]

    def redeem(self, code: str, appid: str, order_no: str) -> Redemption:
        body = UseBusifavorCouponRequest(
            coupon_code=code,
            appid=appid,
            use_request_no=order_no,
            use_time=datetime.datetime.now(datetime.UTC),
        )
        try:
            answer = self.client.busifavor.with_raw_response.use_busifavor_coupon(body=body)
        except errors.ApiError as error:
            return Redemption(code, False, f"{error.code}: {error.message}", error.request_id)
        return Redemption(code, True, f"{answer.elapsed.total_seconds():.3f}s", answer.request_id)

    def cash_coupon_status(self, openid: str, coupon_id: str, appid: str) -> str:
        try:
            coupon = self.client.favor.query_favor_coupon(openid, coupon_id, appid=appid)
        except errors.NotFoundError:
            return "missing"
        except errors.SignatureVerificationError as error:
            return f"forged: {error.reason}"
        return str(coupon.status)

    def product_coupon_state(
        self, openid: str, code: str, appid: str, product_coupon_id: str, stock_id: str
    ) -> str:
        coupon = self.client.brand_product_coupon.get_user_product_coupon(
            openid, code, appid=appid, product_coupon_id=product_coupon_id, stock_id=stock_id
        )
        return str(coupon.coupon_state)

    def close(self) -> None:
        self.client.close()
