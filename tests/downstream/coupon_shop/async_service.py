"""The async service: the async resource-style client and the module functions."""

import asyncio

import httpx

from wechatpay_coupons import AsyncWechatPay, Client, errors
from wechatpay_coupons.api.favor import query_favor_coupon
from wechatpay_coupons.models import FavorCoupon
from wechatpay_coupons.pagination import aiter_busifavor_coupons_by_filter


class AsyncCouponService:
    def __init__(self, base_url: str, merchant: httpx.Auth) -> None:
        self.client = AsyncWechatPay(base_url=base_url, merchant=merchant)
        # The module functions take a Client; the same settings, built directly.
        self.plain = Client(base_url, auth=merchant, max_retries=1)

    async def cash_coupons(self, openid: str, coupon_ids: list[str], appid: str) -> list[str]:
        async def one(coupon_id: str) -> str:
            try:
                coupon: FavorCoupon = await self.client.favor.query_favor_coupon(
                    openid, coupon_id, appid=appid
                )
            except errors.NotFoundError:
                return "missing"
            return coupon.coupon_id

        return list(await asyncio.gather(*(one(coupon_id) for coupon_id in coupon_ids)))

    async def cash_coupon_by_function(self, openid: str, coupon_id: str, appid: str) -> str:
        coupon = await query_favor_coupon.asyncio(openid, coupon_id, client=self.plain, appid=appid)
        return coupon.coupon_id

    async def count_coupons(self, openid: str, appid: str) -> int:
        count = 0
        async for _ in aiter_busifavor_coupons_by_filter(
            openid, client=self.plain, appid=appid, limit=3
        ):
            count += 1
        return count

    async def aclose(self) -> None:
        await self.client.aclose()
        await self.plain.aclose()
