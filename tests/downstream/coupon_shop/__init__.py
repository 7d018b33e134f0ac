"""A shop's coupon service on top of wechatpay-coupons (a downstream sample)."""

from .async_service import AsyncCouponService
from .service import CouponService, Redemption
from .webhook import CouponWebhook

__all__ = ["AsyncCouponService", "CouponService", "CouponWebhook", "Redemption"]
