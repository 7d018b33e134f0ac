"""Brand product coupons (品牌商品券): 品牌商品券 Brand product coupons: coupons for a brand's products, single or used in sequence
(多次优惠). Read a user's coupon with its product coupon and stock. Called by brands with the
brand scheme (`WECHATPAY-BRAND-SHA256-RSA2048`) and a `Wechatpay-Serial` naming the WeChat
Pay public key.

The operations of this tag, as modules (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``) and as the ``brand_product_coupon`` namespace of the resource-style clients
(``WechatPay().brand_product_coupon``, ``AsyncWechatPay().brand_product_coupon``).
"""

from typing import Protocol

import httpx

from ...client import Client
from ...models.user_product_coupon import UserProductCoupon
from ...types import UNSET, Response, Unset
from . import get_user_product_coupon


class ClientSource(Protocol):
    """What a resource needs from its resource-style client: the ``Client`` for a credential."""

    def client_for(self, credential: str, operation: str) -> Client: ...


class BrandProductCouponResource:
    """Brand product coupons (品牌商品券).

    品牌商品券 Brand product coupons: coupons for a brand's products, single or used in sequence
    (多次优惠). Read a user's coupon with its product coupon and stock. Called by brands with the
    brand scheme (`WECHATPAY-BRAND-SHA256-RSA2048`) and a `Wechatpay-Serial` naming the WeChat
    Pay public key.
    """

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> "BrandProductCouponResourceWithRawResponse":
        """The same operations, returning ``Response`` objects (status, headers, raw
        ``httpx.Response``, elapsed time) instead of the parsed body alone."""
        return BrandProductCouponResourceWithRawResponse(self._source)

    def get_user_product_coupon(
        self,
        openid: str,
        coupon_code: str,
        *,
        product_coupon_id: str,
        stock_id: str,
        appid: str,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UserProductCoupon:
        """Get a user's brand product coupon

        查询用户商品券详情。品牌方可以通过本接口查询已经发放给用户的商品券详情。
        前置条件：已经给用户发券成功。频率限制：500/s。支持商户：【品牌商户】。

        Returns one product coupon (商品券) sent to a user, with the product coupon and the stock it
        was sent from. Called by a brand: the request is signed with the **brand** scheme
        (`WECHATPAY-BRAND-SHA256-RSA2048`, `brand_id`), and `Wechatpay-Serial` must name the WeChat
        Pay public key ID bound to the brand.

        ``GET /brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            coupon_code (str): 【用户商品券Code】券的唯一标识。The user product coupon's code.
            product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。The product coupon's ID.
            stock_id (str): 【批次ID】商品券批次的唯一标识，商品券批次创建时由微信支付生成，请确保该批次属于 product_coupon_id 对应的商品券。The
                stock's ID; it must belong to `product_coupon_id`.
            appid (str): 【公众账号ID】公众账号ID也称AppID，需在品牌经营平台中绑定。The AppID bound to the brand that the OpenID
                belongs to.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            max_retries (int | None): retries for this call; ``None`` uses the client's ``max_retries``.
            timeout (httpx.Timeout | float | None): per-attempt timeout for this call; unset uses the
                client's.
            deadline (float | None): seconds this whole call may take, retries and waits included;
                unset uses the client's (30 s by default), ``None`` sets no limit.

        Raises:
            errors.BadRequestError, errors.AuthenticationError, errors.PermissionDeniedError,
            errors.NotFoundError, errors.RateLimitError, errors.InternalServerError: WeChat Pay answered
                with that error status (after the retries, for 429 and 5xx), or a subclass for its
                documented code (e.g. ``errors.RulelimitError``). All are ``errors.ApiError``.
            errors.ApiConnectionError, errors.ApiTimeoutError: no response, after the retries.
            errors.ApiResponseValidationError: a 2xx whose body does not match the spec.
            errors.SignatureVerificationError: the response's signature did not verify.
            errors.RequestValidationError: a value WeChat Pay would refuse (nothing was sent).

        Returns:
            UserProductCoupon
        """

        return get_user_product_coupon.sync(
            openid=openid,
            coupon_code=coupon_code,
            client=self._source.client_for("brand", "get_user_product_coupon"),
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            appid=appid,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )


class BrandProductCouponResourceWithRawResponse:
    """Brand product coupons (品牌商品券), returning each ``Response`` (status, headers, raw ``httpx.Response``, elapsed).

    品牌商品券 Brand product coupons: coupons for a brand's products, single or used in sequence
    (多次优惠). Read a user's coupon with its product coupon and stock. Called by brands with the
    brand scheme (`WECHATPAY-BRAND-SHA256-RSA2048`) and a `Wechatpay-Serial` naming the WeChat
    Pay public key.
    """

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    def get_user_product_coupon(
        self,
        openid: str,
        coupon_code: str,
        *,
        product_coupon_id: str,
        stock_id: str,
        appid: str,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[UserProductCoupon]:
        """Get a user's brand product coupon

        查询用户商品券详情。品牌方可以通过本接口查询已经发放给用户的商品券详情。
        前置条件：已经给用户发券成功。频率限制：500/s。支持商户：【品牌商户】。

        Returns one product coupon (商品券) sent to a user, with the product coupon and the stock it
        was sent from. Called by a brand: the request is signed with the **brand** scheme
        (`WECHATPAY-BRAND-SHA256-RSA2048`, `brand_id`), and `Wechatpay-Serial` must name the WeChat
        Pay public key ID bound to the brand.

        ``GET /brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            coupon_code (str): 【用户商品券Code】券的唯一标识。The user product coupon's code.
            product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。The product coupon's ID.
            stock_id (str): 【批次ID】商品券批次的唯一标识，商品券批次创建时由微信支付生成，请确保该批次属于 product_coupon_id 对应的商品券。The
                stock's ID; it must belong to `product_coupon_id`.
            appid (str): 【公众账号ID】公众账号ID也称AppID，需在品牌经营平台中绑定。The AppID bound to the brand that the OpenID
                belongs to.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            max_retries (int | None): retries for this call; ``None`` uses the client's ``max_retries``.
            timeout (httpx.Timeout | float | None): per-attempt timeout for this call; unset uses the
                client's.
            deadline (float | None): seconds this whole call may take, retries and waits included;
                unset uses the client's (30 s by default), ``None`` sets no limit.

        Raises:
            errors.BadRequestError, errors.AuthenticationError, errors.PermissionDeniedError,
            errors.NotFoundError, errors.RateLimitError, errors.InternalServerError: WeChat Pay answered
                with that error status (after the retries, for 429 and 5xx), or a subclass for its
                documented code (e.g. ``errors.RulelimitError``). All are ``errors.ApiError``.
            errors.ApiConnectionError, errors.ApiTimeoutError: no response, after the retries.
            errors.ApiResponseValidationError: a 2xx whose body does not match the spec.
            errors.SignatureVerificationError: the response's signature did not verify.
            errors.RequestValidationError: a value WeChat Pay would refuse (nothing was sent).

        Returns:
            Response[UserProductCoupon]: the parsed body with status, headers, the
            raw ``httpx.Response`` and the elapsed time.
        """

        return get_user_product_coupon.sync_detailed(
            openid=openid,
            coupon_code=coupon_code,
            client=self._source.client_for("brand", "get_user_product_coupon"),
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            appid=appid,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )


class AsyncBrandProductCouponResource:
    """Brand product coupons (品牌商品券).

    品牌商品券 Brand product coupons: coupons for a brand's products, single or used in sequence
    (多次优惠). Read a user's coupon with its product coupon and stock. Called by brands with the
    brand scheme (`WECHATPAY-BRAND-SHA256-RSA2048`) and a `Wechatpay-Serial` naming the WeChat
    Pay public key.
    """

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> "AsyncBrandProductCouponResourceWithRawResponse":
        """The same operations, returning ``Response`` objects (status, headers, raw
        ``httpx.Response``, elapsed time) instead of the parsed body alone."""
        return AsyncBrandProductCouponResourceWithRawResponse(self._source)

    async def get_user_product_coupon(
        self,
        openid: str,
        coupon_code: str,
        *,
        product_coupon_id: str,
        stock_id: str,
        appid: str,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UserProductCoupon:
        """Get a user's brand product coupon

        查询用户商品券详情。品牌方可以通过本接口查询已经发放给用户的商品券详情。
        前置条件：已经给用户发券成功。频率限制：500/s。支持商户：【品牌商户】。

        Returns one product coupon (商品券) sent to a user, with the product coupon and the stock it
        was sent from. Called by a brand: the request is signed with the **brand** scheme
        (`WECHATPAY-BRAND-SHA256-RSA2048`, `brand_id`), and `Wechatpay-Serial` must name the WeChat
        Pay public key ID bound to the brand.

        ``GET /brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            coupon_code (str): 【用户商品券Code】券的唯一标识。The user product coupon's code.
            product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。The product coupon's ID.
            stock_id (str): 【批次ID】商品券批次的唯一标识，商品券批次创建时由微信支付生成，请确保该批次属于 product_coupon_id 对应的商品券。The
                stock's ID; it must belong to `product_coupon_id`.
            appid (str): 【公众账号ID】公众账号ID也称AppID，需在品牌经营平台中绑定。The AppID bound to the brand that the OpenID
                belongs to.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            max_retries (int | None): retries for this call; ``None`` uses the client's ``max_retries``.
            timeout (httpx.Timeout | float | None): per-attempt timeout for this call; unset uses the
                client's.
            deadline (float | None): seconds this whole call may take, retries and waits included;
                unset uses the client's (30 s by default), ``None`` sets no limit.

        Raises:
            errors.BadRequestError, errors.AuthenticationError, errors.PermissionDeniedError,
            errors.NotFoundError, errors.RateLimitError, errors.InternalServerError: WeChat Pay answered
                with that error status (after the retries, for 429 and 5xx), or a subclass for its
                documented code (e.g. ``errors.RulelimitError``). All are ``errors.ApiError``.
            errors.ApiConnectionError, errors.ApiTimeoutError: no response, after the retries.
            errors.ApiResponseValidationError: a 2xx whose body does not match the spec.
            errors.SignatureVerificationError: the response's signature did not verify.
            errors.RequestValidationError: a value WeChat Pay would refuse (nothing was sent).

        Returns:
            UserProductCoupon
        """

        return await get_user_product_coupon.asyncio(
            openid=openid,
            coupon_code=coupon_code,
            client=self._source.client_for("brand", "get_user_product_coupon"),
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            appid=appid,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )


class AsyncBrandProductCouponResourceWithRawResponse:
    """Brand product coupons (品牌商品券), returning each ``Response`` (status, headers, raw ``httpx.Response``, elapsed).

    品牌商品券 Brand product coupons: coupons for a brand's products, single or used in sequence
    (多次优惠). Read a user's coupon with its product coupon and stock. Called by brands with the
    brand scheme (`WECHATPAY-BRAND-SHA256-RSA2048`) and a `Wechatpay-Serial` naming the WeChat
    Pay public key.
    """

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    async def get_user_product_coupon(
        self,
        openid: str,
        coupon_code: str,
        *,
        product_coupon_id: str,
        stock_id: str,
        appid: str,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[UserProductCoupon]:
        """Get a user's brand product coupon

        查询用户商品券详情。品牌方可以通过本接口查询已经发放给用户的商品券详情。
        前置条件：已经给用户发券成功。频率限制：500/s。支持商户：【品牌商户】。

        Returns one product coupon (商品券) sent to a user, with the product coupon and the stock it
        was sent from. Called by a brand: the request is signed with the **brand** scheme
        (`WECHATPAY-BRAND-SHA256-RSA2048`, `brand_id`), and `Wechatpay-Serial` must name the WeChat
        Pay public key ID bound to the brand.

        ``GET /brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            coupon_code (str): 【用户商品券Code】券的唯一标识。The user product coupon's code.
            product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。The product coupon's ID.
            stock_id (str): 【批次ID】商品券批次的唯一标识，商品券批次创建时由微信支付生成，请确保该批次属于 product_coupon_id 对应的商品券。The
                stock's ID; it must belong to `product_coupon_id`.
            appid (str): 【公众账号ID】公众账号ID也称AppID，需在品牌经营平台中绑定。The AppID bound to the brand that the OpenID
                belongs to.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            max_retries (int | None): retries for this call; ``None`` uses the client's ``max_retries``.
            timeout (httpx.Timeout | float | None): per-attempt timeout for this call; unset uses the
                client's.
            deadline (float | None): seconds this whole call may take, retries and waits included;
                unset uses the client's (30 s by default), ``None`` sets no limit.

        Raises:
            errors.BadRequestError, errors.AuthenticationError, errors.PermissionDeniedError,
            errors.NotFoundError, errors.RateLimitError, errors.InternalServerError: WeChat Pay answered
                with that error status (after the retries, for 429 and 5xx), or a subclass for its
                documented code (e.g. ``errors.RulelimitError``). All are ``errors.ApiError``.
            errors.ApiConnectionError, errors.ApiTimeoutError: no response, after the retries.
            errors.ApiResponseValidationError: a 2xx whose body does not match the spec.
            errors.SignatureVerificationError: the response's signature did not verify.
            errors.RequestValidationError: a value WeChat Pay would refuse (nothing was sent).

        Returns:
            Response[UserProductCoupon]: the parsed body with status, headers, the
            raw ``httpx.Response`` and the elapsed time.
        """

        return await get_user_product_coupon.asyncio_detailed(
            openid=openid,
            coupon_code=coupon_code,
            client=self._source.client_for("brand", "get_user_product_coupon"),
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            appid=appid,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )


__all__ = [
    "AsyncBrandProductCouponResource",
    "AsyncBrandProductCouponResourceWithRawResponse",
    "ClientSource",
    "BrandProductCouponResource",
    "BrandProductCouponResourceWithRawResponse",
]
