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
from typing import Any, Self

import httpx

from .api.brand_product_coupon import AsyncBrandProductCouponResource, BrandProductCouponResource
from .api.busifavor import AsyncBusifavorResource, BusifavorResource
from .api.certificates import AsyncCertificatesResource, CertificatesResource
from .api.favor import AsyncFavorResource, FavorResource
from .client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, PRIMARY_BASE_URL, Client
from .errors import ConfigurationError

#: The credentials the spec's security schemes name (``x-credential``), in keyword order.
CREDENTIAL_NAMES = (
    "brand",
    "merchant",
)


class _ResourceClient:
    """What the sync and async clients share: one credential per signing scheme, one pool.

    Args:
        brand: the ``httpx.Auth`` for operations signed with the brand credential
            (``wechatpay_auth.BrandAuth``); give only those you use.
        merchant: the ``httpx.Auth`` for operations signed with the merchant credential
            (``wechatpay_auth.MerchantAuth``); give only those you use.
        base_url: ``PRIMARY_BASE_URL`` by default; ``BACKUP_BASE_URL`` for failover, or a mock.
        timeout, max_retries, headers, httpx_args: as for ``Client``.
        client: a ``Client`` to take every connection setting from instead.
    """

    def __init__(
        self,
        *,
        brand: httpx.Auth | None = None,
        merchant: httpx.Auth | None = None,
        base_url: str = PRIMARY_BASE_URL,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        client: Client | None = None,
    ) -> None:
        # One Client carries the connection settings; each credential is a copy of it that
        # shares its connection pools, so both schemes reuse the same connections.
        self._base = client or Client(
            base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=dict(headers or {}),
            httpx_args=dict(httpx_args or {}),
        )
        self._auths: dict[str, httpx.Auth | None] = {
            "brand": brand,
            "merchant": merchant,
        }
        self._clients = {
            name: self._base.with_options(auth=auth)
            for name, auth in self._auths.items()
            if auth is not None
        }
        self._attach_namespaces()

    def _attach_namespaces(self) -> None:
        raise NotImplementedError

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> Self:
        """A client configured from ``WECHATPAY_*`` environment variables (``ENVIRONMENT``)."""
        return cls(**_from_environment(os.environ if environ is None else environ), **options)

    def with_options(self, **changes: Any) -> Self:
        """A copy with some settings (or credentials) changed, sharing the connection pools."""
        auths = {name: changes.pop(name, auth) for name, auth in self._auths.items()}
        return type(self)(**auths, client=self._base.with_options(**changes))

    @property
    def base_url(self) -> str:
        return self._base.base_url

    def client_for(self, credential: str, operation: str) -> Client:
        """The ``Client`` that signs with ``credential``; a clear error when it was not given."""
        found = self._clients.get(credential)
        if found is None:
            raise ConfigurationError(
                f"{operation} is signed with the {credential} credential, which this client "
                f"was not given: pass {credential}=… to {type(self).__name__}(…)"
            )
        return found

    def __repr__(self) -> str:
        given = ", ".join(f"{name}={auth!r}" for name, auth in self._auths.items() if auth)
        return f"{type(self).__name__}(base_url={self.base_url!r}, {given})"


class WechatPay(_ResourceClient):
    """Every operation on one object: ``client.<tag>.<operation>(…)``, signed as the spec says.

    Takes the credentials and settings of ``_ResourceClient``; ``from_env()`` reads them from
    ``WECHATPAY_*`` variables.
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
        self._base.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: Any) -> None:
        self.close()


class AsyncWechatPay(_ResourceClient):
    """``WechatPay`` for asyncio: ``await client.<tag>.<operation>(…)``.

    Usable from several event loops in turn (each gets its own connections). Install the
    ``aiohttp`` extra for its faster transport; it is used automatically.
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
    if not any(name in found for name in CREDENTIAL_NAMES):
        raise ConfigurationError(
            "no credential in the environment: set WECHATPAY_MCHID (with "
            "WECHATPAY_MERCHANT_SERIAL_NO and WECHATPAY_MERCHANT_PRIVATE_KEY) or WECHATPAY_BRAND_ID "
            "(with WECHATPAY_BRAND_SERIAL_NO and WECHATPAY_BRAND_PRIVATE_KEY)"
        )
    return found


__all__ = ["CREDENTIAL_NAMES", "ENVIRONMENT", "AsyncWechatPay", "WechatPay"]
