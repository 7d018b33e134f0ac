"""A brand's notify endpoint, framework-free: a callback's headers and body in, the status to
answer out; a SEND is confirmed, a repeat answered without acting twice."""

from collections.abc import Mapping

import httpx

from wechatpay_coupons import WechatPay, errors
from wechatpay_coupons.models import ConfirmSendUserProductCouponRequest, UserProductCouponState
from wechatpay_coupons.notifications import ProductCouponNotificationEventType


class CouponWebhook:
    def __init__(self, base_url: str, brand: httpx.Auth, brand_api_key: str, appid: str) -> None:
        self.client = WechatPay(base_url=base_url, brand=brand, brand_api_key=brand_api_key)
        self.appid = appid
        self.handled: set[str] = set()
        self.confirmed: list[str] = []

    def answer(self, headers: Mapping[str, str], body: bytes) -> int:
        coupons = self.client.brand_product_coupon
        try:
            event = coupons.parse_product_coupon_notification(headers, body)
        except errors.SignatureVerificationError:
            return 401
        except errors.NotificationError:
            return 400
        if event.id in self.handled:
            return 204
        coupon = event.resource
        if event.event_type is ProductCouponNotificationEventType.PRODUCT_COUPON_SEND and coupon:
            # The spec marks no field of the resource required: each is str | Unset.
            openid, code = coupon.openid, coupon.coupon_code
            product_coupon_id, stock_id = coupon.product_coupon_id, coupon.stock_id
            if not (
                isinstance(openid, str)
                and isinstance(code, str)
                and isinstance(product_coupon_id, str)
                and isinstance(stock_id, str)
            ):
                return 400
            confirm = ConfirmSendUserProductCouponRequest(
                appid=self.appid,
                product_coupon_id=product_coupon_id,
                stock_id=stock_id,
                out_request_no=f"CONFIRM-{code}",
            )
            try:
                coupons.confirm_send_user_product_coupon(openid, code, body=confirm, deadline=3.0)
            except errors.WechatPayCouponsError:
                return 503
            self.confirmed.append(code)
        self.handled.add(event.id)
        return 204

    def unconfirmed(self, openid: str) -> list[str]:
        """The user's coupons still waiting for a confirm (a reconciliation pass)."""
        return [
            coupon.coupon_code
            for coupon in self.client.brand_product_coupon.iter_user_product_coupons(
                openid,
                appid=self.appid,
                coupon_state=UserProductCouponState.CONFIRMING,
                page_size=2,
            )
        ]

    def close(self) -> None:
        self.client.close()
