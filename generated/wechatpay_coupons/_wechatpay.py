"""The resource-style clients, ``WechatPay`` and ``AsyncWechatPay``: every operation of the spec
on one object, grouped by tag, each signed with the credential its ``security`` names.

    from wechatpay_auth import BrandAuth, MerchantAuth, WechatPayVerifier
    from wechatpay_coupons import WechatPay

    verifier = WechatPayVerifier(public_keys={"PUB_KEY_ID_…": "wechatpay_public_key.pem"})
    client = WechatPay(
        merchant=MerchantAuth(mchid, serial_no, "apiclient_key.pem", verifier),
        brand=BrandAuth(brand_id, brand_serial_no, "brand_key.pem", verifier),
    )
    coupon = client.favor.query_favor_coupon(openid, coupon_id, appid=appid)

Namespaces (the spec's tags):

- ``brand_product_coupon``: Brand product coupons (品牌商品券)

- ``busifavor``: Merchant coupons (商家券)

- ``certificates``: Platform certificates (平台证书)

- ``favor``: Cash coupons (代金券)
"""

import os
from collections.abc import Mapping
from typing import Any, Self, Unpack

import httpx

from ._resource import ResourceClient
from .api.brand_product_coupon import AsyncBrandProductCouponResource, BrandProductCouponResource
from .api.busifavor import AsyncBusifavorResource, BusifavorResource
from .api.certificates import AsyncCertificatesResource, CertificatesResource
from .api.favor import AsyncFavorResource, FavorResource
from .client import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    PRIMARY_BASE_URL,
    Client,
    ClientOptions,
)
from .errors import ConfigurationError
from .types import UNSET, Unset

#: The credentials the spec's security schemes name (``x-credential``), in keyword order.
CREDENTIAL_NAMES = (
    "brand",
    "merchant",
)


class _ResourceClient(ResourceClient):
    """The constructor and ``with_options`` of both clients, one keyword per credential."""

    def __init__(
        self,
        *,
        brand: httpx.Auth | None = None,
        merchant: httpx.Auth | None = None,
        brand_api_key: str | bytes | None = None,
        base_url: str = PRIMARY_BASE_URL,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        deadline: float | None = DEFAULT_DEADLINE,
        max_retries: int = DEFAULT_MAX_RETRIES,
        backup_base_url: str | None = None,
        headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        client: Client | None = None,
    ) -> None:
        super().__init__(
            {
                "brand": brand,
                "merchant": merchant,
            },
            client=client,
            api_keys={
                "brand": brand_api_key,
            },
            base_url=base_url,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            backup_base_url=backup_base_url,
            headers=dict(headers or {}),
            httpx_args=dict(httpx_args or {}),
        )

    def with_options(
        self,
        *,
        brand: httpx.Auth | Unset | None = UNSET,
        merchant: httpx.Auth | Unset | None = UNSET,
        **options: Unpack[ClientOptions],
    ) -> Self:
        """A copy with some credentials or settings (those of ``Client``) changed, sharing the
        connection pools, e.g. ``client.with_options(max_retries=0, timeout=2.0)``; it keeps
        the notification keys."""
        return self._copy(
            {
                "brand": brand,
                "merchant": merchant,
            },
            options,
        )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> Self:
        """A client configured from ``WECHATPAY_*`` environment variables (``ENVIRONMENT``)."""
        return cls(**_from_environment(os.environ if environ is None else environ), **options)


class WechatPay(_ResourceClient):
    """Every operation on one object: ``client.<tag>.<operation>(…)``, signed as the spec says.

    ``from_env()`` reads the credentials and settings from ``WECHATPAY_*`` variables. Close it
    (``close()``, or a ``with`` block) when done: it does not reopen afterwards.

    Args:
        brand: the ``httpx.Auth`` that signs the operations of the brand credential
            (``wechatpay_auth.BrandAuth``); give only those you use.
        merchant: the ``httpx.Auth`` that signs the operations of the merchant credential
            (``wechatpay_auth.MerchantAuth``); give only those you use.
        brand_api_key: the 32-character key WeChat Pay encrypts the brand's notifications
            with (品牌API密钥, 品牌经营平台 → 账户管理 → 安全中心), for
            ``brand_product_coupon.parse_product_coupon_notification``
            (verified with the brand credential's verifier). Never in a repr or a log.
        base_url: where requests go: ``PRIMARY_BASE_URL`` by default, ``BACKUP_BASE_URL``, or
            a mock's URL. Checked here: it needs an ``http://`` or ``https://`` scheme.
        timeout: seconds each attempt may take (or an ``httpx.Timeout``; ``None``: no limit).
        deadline: seconds a whole call may take, every attempt and wait included (``None``: no
            limit); a wait that does not fit ends the call with its last answer or error.
        max_retries: extra attempts after a 429, a 5xx, a connection error or a timeout.
        backup_base_url: opt-in failover (e.g. ``BACKUP_BASE_URL``): where a call goes on,
            signed afresh, when no connection to ``base_url`` can be made.
        headers: sent with every request.
        httpx_args: any other ``httpx.Client`` / ``httpx.AsyncClient`` arguments
            (``transport``, ``proxy``, ``event_hooks``, ``limits`` …).
        client: a ``Client`` to take every connection setting from instead of the above.
    """

    brand_product_coupon: BrandProductCouponResource
    """Brand product coupons (品牌商品券): 品牌商品券 Brand product coupons, the family WeChat Pay steers new integrations to: create a product coupon with its stock and budgets, send coupons to users, confirm each one on the SEND notification, redeem, return and deactivate them, list a user's coupons, and receive the signed, encrypted notifications (webhook `productCouponNotification`) at the URL set with `setNotifyConfig`. Called by brands with the brand scheme (`WECHATPAY-BRAND-SHA256-RSA2048`) and a `Wechatpay-Serial` naming the WeChat Pay public key."""
    busifavor: BusifavorResource
    """Merchant coupons (商家券): 商家券 Merchant-exclusive coupons: coupons a merchant creates, sends to users' WeChat card bags and redeems itself. List a user's coupons by filters, and redeem one (idempotently on `use_request_no`). Signed with the merchant scheme (`WECHATPAY2-SHA256-RSA2048`)."""
    certificates: CertificatesResource
    """Platform certificates (平台证书): 平台证书 WeChat Pay platform certificates, which verify WeChat Pay's answers for merchants in certificate mode. Download them, encrypted with the merchant's APIv3 key; the auth plugin (`MerchantAuth(..., api_v3_key=...)`) does it for you and keeps them fresh."""
    favor: FavorResource
    """Cash coupons (代金券): 代金券 Cash coupons funded through WeChat Pay marketing and deducted at payment. Read one coupon of a user: its stock, amounts, state and validity. Signed with the merchant scheme."""

    def _attach_namespaces(self) -> None:
        self.brand_product_coupon = BrandProductCouponResource(self)
        self.busifavor = BusifavorResource(self)
        self.certificates = CertificatesResource(self)
        self.favor = FavorResource(self)

    def close(self) -> None:
        """Close the connection pool; calls afterwards raise ``errors.ClientClosedError``."""
        self._base.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: Any) -> None:
        self.close()


class AsyncWechatPay(_ResourceClient):
    """``WechatPay`` for asyncio: ``await client.<tag>.<operation>(…)``.

    Usable from several event loops in turn (each gets its own connections). Install the
    ``aiohttp`` extra for its faster transport; it is used automatically. Close it
    (``aclose()``, or an ``async with`` block) when done: it does not reopen afterwards.

    Args:
        brand: the ``httpx.Auth`` that signs the operations of the brand credential
            (``wechatpay_auth.BrandAuth``); give only those you use.
        merchant: the ``httpx.Auth`` that signs the operations of the merchant credential
            (``wechatpay_auth.MerchantAuth``); give only those you use.
        brand_api_key: the 32-character key WeChat Pay encrypts the brand's notifications
            with (品牌API密钥, 品牌经营平台 → 账户管理 → 安全中心), for
            ``brand_product_coupon.parse_product_coupon_notification``
            (verified with the brand credential's verifier). Never in a repr or a log.
        base_url: where requests go: ``PRIMARY_BASE_URL`` by default, ``BACKUP_BASE_URL``, or
            a mock's URL. Checked here: it needs an ``http://`` or ``https://`` scheme.
        timeout: seconds each attempt may take (or an ``httpx.Timeout``; ``None``: no limit).
        deadline: seconds a whole call may take, every attempt and wait included (``None``: no
            limit); a wait that does not fit ends the call with its last answer or error.
        max_retries: extra attempts after a 429, a 5xx, a connection error or a timeout.
        backup_base_url: opt-in failover (e.g. ``BACKUP_BASE_URL``): where a call goes on,
            signed afresh, when no connection to ``base_url`` can be made.
        headers: sent with every request.
        httpx_args: any other ``httpx.Client`` / ``httpx.AsyncClient`` arguments
            (``transport``, ``proxy``, ``event_hooks``, ``limits`` …).
        client: a ``Client`` to take every connection setting from instead of the above.
    """

    brand_product_coupon: AsyncBrandProductCouponResource
    """Brand product coupons (品牌商品券): 品牌商品券 Brand product coupons, the family WeChat Pay steers new integrations to: create a product coupon with its stock and budgets, send coupons to users, confirm each one on the SEND notification, redeem, return and deactivate them, list a user's coupons, and receive the signed, encrypted notifications (webhook `productCouponNotification`) at the URL set with `setNotifyConfig`. Called by brands with the brand scheme (`WECHATPAY-BRAND-SHA256-RSA2048`) and a `Wechatpay-Serial` naming the WeChat Pay public key."""
    busifavor: AsyncBusifavorResource
    """Merchant coupons (商家券): 商家券 Merchant-exclusive coupons: coupons a merchant creates, sends to users' WeChat card bags and redeems itself. List a user's coupons by filters, and redeem one (idempotently on `use_request_no`). Signed with the merchant scheme (`WECHATPAY2-SHA256-RSA2048`)."""
    certificates: AsyncCertificatesResource
    """Platform certificates (平台证书): 平台证书 WeChat Pay platform certificates, which verify WeChat Pay's answers for merchants in certificate mode. Download them, encrypted with the merchant's APIv3 key; the auth plugin (`MerchantAuth(..., api_v3_key=...)`) does it for you and keeps them fresh."""
    favor: AsyncFavorResource
    """Cash coupons (代金券): 代金券 Cash coupons funded through WeChat Pay marketing and deducted at payment. Read one coupon of a user: its stock, amounts, state and validity. Signed with the merchant scheme."""

    def _attach_namespaces(self) -> None:
        self.brand_product_coupon = AsyncBrandProductCouponResource(self)
        self.busifavor = AsyncBusifavorResource(self)
        self.certificates = AsyncCertificatesResource(self)
        self.favor = AsyncFavorResource(self)

    async def aclose(self) -> None:
        """Close the connection pool; calls afterwards raise ``errors.ClientClosedError``."""
        await self._base.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.aclose()


ENVIRONMENT = {
    "WECHATPAY_BASE_URL": "where to send requests (default: the primary domain)",
    "WECHATPAY_PUBLIC_KEY_ID": "WeChat Pay's public key id (PUB_KEY_ID_…), public-key mode",
    "WECHATPAY_PUBLIC_KEY": "WeChat Pay's public key: a PEM file path or the PEM text",
    "WECHATPAY_APIV3_KEY": "the APIv3 key, certificate mode: platform certificates are "
    "downloaded and refreshed for you (with the public key too: both, mid-migration)",
    "WECHATPAY_MCHID": "merchant id (merchant credential)",
    "WECHATPAY_MERCHANT_SERIAL_NO": "serial of the merchant API certificate",
    "WECHATPAY_MERCHANT_PRIVATE_KEY": "its private key: a PEM file path or the PEM text",
    "WECHATPAY_BRAND_ID": "brand id (brand credential)",
    "WECHATPAY_BRAND_SERIAL_NO": "serial of the brand API certificate",
    "WECHATPAY_BRAND_PRIVATE_KEY": "its private key: a PEM file path or the PEM text",
    "WECHATPAY_BRAND_API_KEY": "the key the brand's notifications are encrypted with (品牌API密钥)",
}
"""The variables ``from_env`` reads. A credential is built when its id variable is set."""


def _from_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    # The auth plugin is imported here, not at module level: the client itself works with any
    # httpx.Auth, and only this convenience needs to know wechatpay_auth's classes.
    from wechatpay_auth import BrandAuth, MerchantAuth, WechatPayVerifier  # noqa: PLC0415

    def get(name: str) -> str:
        return environ.get(name, "").strip()

    def need(name: str, why: str = "") -> str:
        value = get(name)
        if not value:
            raise ConfigurationError(f"{name} is not set ({ENVIRONMENT[name]}){why}")
        return value

    public_keys: dict[str, str] = {}
    if get("WECHATPAY_PUBLIC_KEY_ID") or get("WECHATPAY_PUBLIC_KEY"):
        public_keys[need("WECHATPAY_PUBLIC_KEY_ID")] = need("WECHATPAY_PUBLIC_KEY")
    found: dict[str, Any] = {}
    if get("WECHATPAY_BASE_URL"):
        found["base_url"] = get("WECHATPAY_BASE_URL")
    if get("WECHATPAY_MCHID") and "merchant" in CREDENTIAL_NAMES:
        mchid = need("WECHATPAY_MCHID")
        serial_no = need("WECHATPAY_MERCHANT_SERIAL_NO")
        private_key = need("WECHATPAY_MERCHANT_PRIVATE_KEY")
        if get("WECHATPAY_APIV3_KEY"):
            found["merchant"] = MerchantAuth(
                mchid,
                serial_no,
                private_key,
                api_v3_key=get("WECHATPAY_APIV3_KEY"),
                public_keys=public_keys or None,
            )
        else:
            if not public_keys:
                need("WECHATPAY_PUBLIC_KEY_ID", ", or set WECHATPAY_APIV3_KEY for certificate mode")
            found["merchant"] = MerchantAuth(
                mchid, serial_no, private_key, WechatPayVerifier(public_keys=public_keys)
            )
    if get("WECHATPAY_BRAND_ID") and "brand" in CREDENTIAL_NAMES:
        brand_id = need("WECHATPAY_BRAND_ID")
        serial_no = need("WECHATPAY_BRAND_SERIAL_NO")
        private_key = need("WECHATPAY_BRAND_PRIVATE_KEY")
        if not public_keys:
            need("WECHATPAY_PUBLIC_KEY_ID", "; the brand APIs verify with WeChat Pay's public key")
        found["brand"] = BrandAuth(
            brand_id, serial_no, private_key, WechatPayVerifier(public_keys=public_keys)
        )
    if get("WECHATPAY_BRAND_API_KEY") and "brand" in found:
        found["brand_api_key"] = get("WECHATPAY_BRAND_API_KEY")
    if not any(name in found for name in CREDENTIAL_NAMES):
        raise ConfigurationError(
            "no credential in the environment: set WECHATPAY_MCHID (with "
            "WECHATPAY_MERCHANT_SERIAL_NO and WECHATPAY_MERCHANT_PRIVATE_KEY) or WECHATPAY_BRAND_ID "
            "(with WECHATPAY_BRAND_SERIAL_NO and WECHATPAY_BRAND_PRIVATE_KEY)"
        )
    return found


__all__ = ["CREDENTIAL_NAMES", "ENVIRONMENT", "AsyncWechatPay", "WechatPay"]
