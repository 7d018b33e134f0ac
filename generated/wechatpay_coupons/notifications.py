"""Notifications (callbacks), typed: what the spec's ``webhooks`` describe, verified, decrypted
and turned into models.

Give the raw body bytes, exactly as received, and the request's headers (names in any case); the
signature is checked against WeChat Pay's key within 5 minutes (a ``WECHATPAY/SIGNTEST/`` probe
is refused, never skipped), the resource decrypted with the API key, and the result typed. A
client made with the key does the same from its namespace, with its credential's verifier::

    client = WechatPay(brand=brand_auth, brand_api_key=os.environ["WECHATPAY_BRAND_API_KEY"])
    event = client.brand_product_coupon.parse_product_coupon_notification(headers, body)

Every failure is an ``errors.WechatPayCouponsError``: a ``SignatureVerificationError`` (a
``ProbeSignatureError``, a ``StaleSignatureError`` …), a ``NotificationError`` (a
``NotificationDecryptionError`` for a wrong key …); answer WeChat Pay with a 4xx for those, and
with a 2xx within 5 s otherwise. An event type the spec does not list is kept, not refused.

``parse_product_coupon_notification`` / ``aparse_product_coupon_notification``: webhook
``productCouponNotification``, Product-coupon notification (商品券回调通知), sent by WeChat Pay to the
brand.
"""

from collections.abc import Mapping
from typing import ClassVar

import wechatpay_auth

from ._enums import TolerantStrEnum
from ._notifications import Notification, WebhookModels, aopen_notification, open_notification
from .models.product_coupon_event import ProductCouponEvent
from .models.product_coupon_notification import ProductCouponNotification


class ProductCouponNotificationEventType(TolerantStrEnum):
    """The ``event_type`` of webhook ``productCouponNotification`` (its ``x-event-types``). One the
    spec does not list is kept as an ``UNKNOWN`` member holding its text (``is_known`` is
    false)."""

    PRODUCT_COUPON_SEND = "PRODUCT_COUPON.SEND"
    """发券通知 — a coupon was sent to the user; record it and confirm it."""
    PRODUCT_COUPON_USE = "PRODUCT_COUPON.USE"
    """核销通知 — the coupon was used; update its state."""
    PRODUCT_COUPON_RETURN = "PRODUCT_COUPON.RETURN"
    """退券通知 — the coupon was returned to the user; update its state."""


class ProductCouponNotificationEvent(
    Notification[ProductCouponNotificationEventType, ProductCouponEvent, ProductCouponNotification]
):
    """Product-coupon notification (商品券回调通知), sent by WeChat Pay to the brand: verified, decrypted
    and typed.

    ``resource`` is the decrypted resource as the model its event type names
    (``ProductCouponEvent`` for PRODUCT_COUPON.SEND, PRODUCT_COUPON.USE, PRODUCT_COUPON.RETURN),
    or ``None`` for an event type the spec does not list, whose JSON ``raw_resource`` keeps.
    ``envelope`` is the body as a ``ProductCouponNotification``.
    """

    __slots__ = ()
    webhook: ClassVar[
        WebhookModels[
            ProductCouponNotificationEventType, ProductCouponEvent, ProductCouponNotification
        ]
    ] = WebhookModels(
        "productCouponNotification",
        ProductCouponNotificationEventType,
        ProductCouponNotification.from_dict,
        {
            "PRODUCT_COUPON.SEND": ProductCouponEvent.from_dict,
            "PRODUCT_COUPON.USE": ProductCouponEvent.from_dict,
            "PRODUCT_COUPON.RETURN": ProductCouponEvent.from_dict,
        },
    )


def parse_product_coupon_notification(
    headers: Mapping[str, str],
    body: bytes | str,
    *,
    api_key: str | bytes,
    verifier: wechatpay_auth.WechatPayVerifier,
) -> ProductCouponNotificationEvent:
    """Verify, decrypt and type a ``productCouponNotification`` notification.

    Args:
        headers: the request's headers, names in any case (Starlette's, Django's and Flask's
            ``request.headers`` as they are, or a dict).
        body: the raw body, exactly the bytes received (the signature covers them).
        api_key: the 32-character key the resource is encrypted with (the brand's API
            key); never logged, never in an error.
        verifier: WeChat Pay's public key (``wechatpay_auth.WechatPayVerifier``); with it,
            nothing here touches the network.

    Returns:
        ProductCouponNotificationEvent: ``id``, ``event_type``, ``create_time``, ``resource``.

    Raises:
        errors.SignatureVerificationError: not signed by WeChat Pay, or outside the 5-minute
            window; a subclass says which (``ProbeSignatureError`` for a ``WECHATPAY/SIGNTEST/``
            probe, ``StaleSignatureError``, ``MissingSignatureHeaderError`` …).
        errors.NotificationError: signed, but not an envelope (``MalformedNotificationError``),
            not to be opened with ``api_key`` (``NotificationDecryptionError``), or not what the
            spec describes (``NotificationValidationError``).
        errors.ConfigurationError: ``api_key`` is not 32 bytes, or the arguments are not a
            request's headers and body.
    """
    return open_notification(ProductCouponNotificationEvent, headers, body, api_key, verifier)


async def aparse_product_coupon_notification(
    headers: Mapping[str, str],
    body: bytes | str,
    *,
    api_key: str | bytes,
    verifier: wechatpay_auth.WechatPayVerifier,
) -> ProductCouponNotificationEvent:
    """``parse_product_coupon_notification`` for a coroutine: a certificate download (a certificate
    merchant's verifier meeting a new serial) never blocks the event loop."""
    return await aopen_notification(
        ProductCouponNotificationEvent, headers, body, api_key, verifier
    )


__all__ = [
    "ProductCouponNotificationEvent",
    "ProductCouponNotificationEventType",
    "aparse_product_coupon_notification",
    "parse_product_coupon_notification",
    "Notification",
]
