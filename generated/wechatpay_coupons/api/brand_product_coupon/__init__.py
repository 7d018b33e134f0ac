"""Brand product coupons (品牌商品券): 品牌商品券 Brand product coupons, the family WeChat Pay steers new integrations to: create a
product coupon with its stock and budgets, send coupons to users, confirm each one on the
SEND notification, redeem, return and deactivate them, list a user's coupons, and receive
the signed, encrypted notifications (webhook `productCouponNotification`) at the URL set
with `setNotifyConfig`. Called by brands with the brand scheme (`WECHATPAY-BRAND-
SHA256-RSA2048`) and a `Wechatpay-Serial` naming the WeChat Pay public key.

The operations of this tag, as modules (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``) and as the ``brand_product_coupon`` namespace of the resource-style clients
(``WechatPay().brand_product_coupon``, ``AsyncWechatPay().brand_product_coupon``).
"""

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Protocol

import httpx
import wechatpay_auth

from ...client import Client
from ...models.confirm_send_user_product_coupon_request import ConfirmSendUserProductCouponRequest
from ...models.create_product_coupon_request import CreateProductCouponRequest
from ...models.create_product_coupon_response import CreateProductCouponResponse
from ...models.deactivate_stock_request import DeactivateStockRequest
from ...models.deactivate_user_product_coupon_request import DeactivateUserProductCouponRequest
from ...models.product_coupon import ProductCoupon
from ...models.product_coupon_notify_url_config import ProductCouponNotifyUrlConfig
from ...models.product_coupon_stock import ProductCouponStock
from ...models.return_user_product_coupon_request import ReturnUserProductCouponRequest
from ...models.send_user_product_coupon_request import SendUserProductCouponRequest
from ...models.set_notify_config_request import SetNotifyConfigRequest
from ...models.update_stock_budget_request import UpdateStockBudgetRequest
from ...models.use_user_product_coupon_request import UseUserProductCouponRequest
from ...models.user_product_coupon import UserProductCoupon
from ...models.user_product_coupon_list_response import UserProductCouponListResponse
from ...models.user_product_coupon_state import UserProductCouponState
from ...notifications import (
    ProductCouponNotificationEvent,
    aparse_product_coupon_notification,
    parse_product_coupon_notification,
)
from ...types import UNSET, Response, Unset
from . import (
    confirm_send_user_product_coupon,
    create_product_coupon,
    deactivate_stock,
    deactivate_user_product_coupon,
    get_notify_config,
    get_product_coupon,
    get_stock,
    get_user_product_coupon,
    list_user_product_coupons,
    return_user_product_coupon,
    send_user_product_coupon,
    set_notify_config,
    update_stock_budget,
    use_user_product_coupon,
)


class ClientSource(Protocol):
    """What a resource needs from its resource-style client: the ``Client`` for a credential,
    and the verifier and key that open a credential's notifications."""

    def client_for(self, credential: str, operation: str) -> Client: ...

    def notification_keys(
        self, credential: str, webhook: str
    ) -> tuple[wechatpay_auth.WechatPayVerifier, bytes]: ...


class BrandProductCouponResource:
    """Brand product coupons (品牌商品券).

    品牌商品券 Brand product coupons, the family WeChat Pay steers new integrations to: create a
    product coupon with its stock and budgets, send coupons to users, confirm each one on the
    SEND notification, redeem, return and deactivate them, list a user's coupons, and receive
    the signed, encrypted notifications (webhook `productCouponNotification`) at the URL set
    with `setNotifyConfig`. Called by brands with the brand scheme (`WECHATPAY-BRAND-
    SHA256-RSA2048`) and a `Wechatpay-Serial` naming the WeChat Pay public key.
    """

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> "BrandProductCouponResourceWithRawResponse":
        """The same operations, returning ``Response`` objects (status, headers, raw
        ``httpx.Response``, elapsed time) instead of the parsed body alone."""
        return BrandProductCouponResourceWithRawResponse(self._source)

    def list_user_product_coupons(
        self,
        openid: str,
        *,
        product_coupon_id: str | Unset = UNSET,
        stock_id: str | Unset = UNSET,
        appid: str,
        coupon_state: UserProductCouponState | Unset = UNSET,
        user_coupon_bundle_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UserProductCouponListResponse:
        """List a user's brand product coupons

        指定券状态查询用户商品券列表。品牌方可以通过本接口查询已经发放给用户的特定状态的商品券。
        前置条件：已经给用户发券成功。支持商户：【品牌商户】。

        Lists a user's product coupons of the brand, optionally of one product coupon, one stock,
        one coupon group or one state. Paged by token: the first call sends no `page_token`; each
        answer's `next_page_token`, sent as `page_token`, asks for the next page; an answer without
        one is the last page. `total_count` counts the matching coupons over all pages.

        ``GET /brand/marketing/product-coupon/users/{openid}/coupons``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            product_coupon_id (str | Unset):
                【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。查询指定商品券下的用户商品券列表，不传入时查询范围扩大至品牌下的所有商品券。Only coupons of this
                product coupon; all of the brand's when absent.
            stock_id (str | Unset):
                【批次ID】商品券批次的唯一标识，商品券批次创建时由微信支付生成（可使用创建商品券、添加商品券批次创建）。查询指定商品券批次下的用户商品券列表。Only coupons of this
                stock.
            appid (str): 【公众账号AppID】请传入与当前调用接口品牌ID有绑定关系的AppID。The AppID bound to the brand that the
                OpenID belongs to.
            coupon_state (UserProductCouponState | Unset): 用户商品券状态。CONFIRMING 待确认 (the brand must call
                the confirm-send API before it takes effect);
                PENDING 已发放待生效 (sent, validity not started); EFFECTIVE 已生效 (usable); USED 已核销;
                EXPIRED 已过期; DELETED 已删除 (deleted by the user); DEACTIVATED 已失效 (deactivated by the brand).
            user_coupon_bundle_id (str | Unset): 【用户券组ID】Only the coupons of this coupon group (多次优惠;
                skills pack, ListUserProductCoupons.go).
            page_size (int | Unset): 【分页大小】单次拉取的数据条数上限，不填默认为20，最大值50 (the stock list's limits, see
                x-doc-errata). Coupons per page.
            page_token (str | Unset): 【分页Token】分页查询时，需要传入上一次调用返回的 next_page_token，首次调用不填。The previous
                page's `next_page_token`; absent on the first call.
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
            UserProductCouponListResponse
        """

        return list_user_product_coupons.sync(
            openid=openid,
            client=self._source.client_for("brand", "list_user_product_coupons"),
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            appid=appid,
            coupon_state=coupon_state,
            user_coupon_bundle_id=user_coupon_bundle_id,
            page_size=page_size,
            page_token=page_token,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_user_product_coupons(
        self,
        openid: str,
        *,
        product_coupon_id: str | Unset = UNSET,
        stock_id: str | Unset = UNSET,
        appid: str,
        coupon_state: UserProductCouponState | Unset = UNSET,
        user_coupon_bundle_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Iterator[UserProductCoupon]:
        """Every UserProductCoupon of ``list_user_product_coupons``, page by page, fetched lazily
        as the loop advances: ``page_token`` resumes a walk where a page's ``next_page_token``
        left it, ``page_size`` is the page size; memory stays flat however many there are."""
        return list_user_product_coupons.iter_user_product_coupons(
            openid=openid,
            client=self._source.client_for("brand", "list_user_product_coupons"),
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            appid=appid,
            coupon_state=coupon_state,
            user_coupon_bundle_id=user_coupon_bundle_id,
            page_size=page_size,
            page_token=page_token,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def send_user_product_coupon(
        self,
        openid: str,
        *,
        body: SendUserProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UserProductCoupon:
        """Send a product coupon to a user

        向用户发放商品券。品牌方可以通过本接口向用户发放指定商品券批次，能否发放受限于商品券批次的发放限额：
        商品券批次总预算；商品券批次每日预算（如果有）；商品券批次每人限领（如果有）。
        前置条件：已创建商品券批次，商品券批次处于 SENDING 状态；商品券批次所属商品券的 usage_mode 不为
        PROGRESSIVE_BUNDLE（usage_mode 为 PROGRESSIVE_BUNDLE 的批次在批次组内，不可使用本接口，请使用
        【向用户发放商品券批次组API】）。频率限制：500/s。支持商户：【品牌商户】。

        Sends a coupon of a `SENDING` stock to a user. The send is limited by the stock's total
        budget (`stock_send_rule.max_count`), its daily budget (`max_count_per_day`, if set) and
        the per-user limit (`max_count_per_user`; coupons not yet confirmed count too); each limit
        reached is a 400 named below. The coupon starts `CONFIRMING`: WeChat Pay then sends the
        `PRODUCT_COUPON.SEND` notification (webhook `productCouponNotification`), and the brand
        must call `confirmSendUserProductCoupon` before the coupon can be used.

        `coupon_code` is passed only for a stock whose `coupon_code_mode` is `API_ASSIGN`; WeChat
        Pay assigns the code otherwise.

        **Idempotent on `send_request_no`**: a retry with the same number and body answers the
        first result (the same coupon); the same number with another body is refused with 400
        `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/users/{openid}/coupons``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (SendUserProductCouponRequest): 向用户发放商品券请求。
            body (SendUserProductCouponRequest): the JSON request body.
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

        return send_user_product_coupon.sync(
            openid=openid,
            client=self._source.client_for("brand", "send_user_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

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

    def confirm_send_user_product_coupon(
        self,
        openid: str,
        coupon_code: str,
        *,
        body: ConfirmSendUserProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UserProductCoupon:
        """Confirm a coupon sent to a user

        确认发放用户商品券。给用户发券后，微信支付会给品牌方发送【商品券回调通知】，此时品牌方应调用本接口确认发放成功。
        注：商品券有多个发券渠道，可以由微信支付提供的营销渠道发券，品牌方也可以调用【向用户发放商品券API】主动发券，
        不论由何渠道发放，微信支付均会发送该通知给品牌方，品牌方均需调用本接口确认发放成功。
        频率限制：500/s。支持商户：【品牌商户】。

        Confirms a coupon in state `CONFIRMING`, whatever channel sent it: the answer on a
        `PRODUCT_COUPON.SEND` notification. The coupon becomes `EFFECTIVE`, or `PENDING` when its
        validity has not begun; a coupon never confirmed cannot be used (400
        `INVALID_REQUEST_COUPON_STATE` 用户券状态非法 on use).

        **Idempotent on `out_request_no`**: a retry with the same number and body answers the first
        result; the same number with another body is refused with 400 `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}/confirm``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            coupon_code (str): 【用户商品券Code】用户商品券的唯一标识。The user product coupon's code.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (ConfirmSendUserProductCouponRequest): 确认发放用户商品券请求。
            body (ConfirmSendUserProductCouponRequest): the JSON request body.
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

        return confirm_send_user_product_coupon.sync(
            openid=openid,
            coupon_code=coupon_code,
            client=self._source.client_for("brand", "confirm_send_user_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def use_user_product_coupon(
        self,
        openid: str,
        coupon_code: str,
        *,
        body: UseUserProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UserProductCoupon:
        """Redeem a user's product coupon

        核销用户商品券。品牌方可以通过本接口核销已经发放给用户的商品券。
        前置条件：已经给用户发券成功，且用户商品券当前可用。频率限制：500/s。支持商户：【品牌商户】。

        Redeems an `EFFECTIVE` coupon against an order (`associated_order_info`, or a pay-score
        order in `associated_pay_score_order_info`); the coupon becomes `USED` and WeChat Pay sends
        the `PRODUCT_COUPON.USE` notification. A coupon not yet confirmed, deactivated, expired,
        deleted, used by another request or outside its usable periods is refused with the 400
        named below.

        **Idempotent on `out_request_no`**: a retry with the same number and body answers the first
        redemption; the same number with another body is refused with 400
        `RESOURCE_ALREADY_EXISTS`. Redeeming a used coupon with a different `out_request_no` is
        400 `INVALID_REQUEST_COUPON_USED` (券已被其他订单核销).

        ``POST /brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}/use``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            coupon_code (str): 【用户商品券Code】用户商品券的唯一标识。The user product coupon's code.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (UseUserProductCouponRequest): 核销用户商品券请求。
            body (UseUserProductCouponRequest): the JSON request body.
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

        return use_user_product_coupon.sync(
            openid=openid,
            coupon_code=coupon_code,
            client=self._source.client_for("brand", "use_user_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def return_user_product_coupon(
        self,
        openid: str,
        coupon_code: str,
        *,
        body: ReturnUserProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UserProductCoupon:
        """Return a redeemed product coupon to the user

        退券。品牌方可以通过本接口将已经核销用户的商品券退回给用户。
        前置条件：已经给用户发券成功，且用户商品券当前已核销。频率限制：500/s。支持商户：【品牌商户】。

        Gives a `USED` coupon back to the user (e.g. the order was refunded): the coupon is usable
        again (`EFFECTIVE`; the document's states have no RETURNED) and WeChat Pay sends the
        `PRODUCT_COUPON.RETURN` notification. A coupon that is not `USED` is 400
        `INVALID_REQUEST_COUPON_STATE`.

        **Idempotent on `out_request_no`**: a retry with the same number and body answers the first
        result; the same number with another body is refused with 400 `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}/return``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            coupon_code (str): 【用户商品券Code】用户商品券的唯一标识。The user product coupon's code.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (ReturnUserProductCouponRequest): 退券请求。
            body (ReturnUserProductCouponRequest): the JSON request body.
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

        return return_user_product_coupon.sync(
            openid=openid,
            coupon_code=coupon_code,
            client=self._source.client_for("brand", "return_user_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def deactivate_user_product_coupon(
        self,
        openid: str,
        coupon_code: str,
        *,
        body: DeactivateUserProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UserProductCoupon:
        """Deactivate a user's product coupon

        失效用户商品券。品牌方可以通过本接口将用户的商品券失效。
        前置条件：已经给用户发券成功，且商品券的 usage_mode 不为 PROGRESSIVE_BUNDLE。频率限制：500/s。
        支持商户：【品牌商户】。

        Deactivates a user's coupon (state `DEACTIVATED`, with `deactivate_request_no`,
        `deactivate_time` and `deactivate_reason`): it can no longer be used. Expired and deleted
        coupons cannot be deactivated (400 named below). No notification is sent for it.

        **Idempotent on `out_request_no`**: a retry with the same number and body answers the first
        result; the same number with another body is refused with 400 `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}/deactivate``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            coupon_code (str): 【用户商品券Code】用户商品券的唯一标识。The user product coupon's code.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (DeactivateUserProductCouponRequest): 失效用户商品券请求。
            body (DeactivateUserProductCouponRequest): the JSON request body.
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

        return deactivate_user_product_coupon.sync(
            openid=openid,
            coupon_code=coupon_code,
            client=self._source.client_for("brand", "deactivate_user_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def create_product_coupon(
        self,
        *,
        body: CreateProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> CreateProductCouponResponse:
        """Create a product coupon and its stock

        创建商品券。品牌方可以通过该接口为品牌创建商品券和批次。微信支付创建成功后，会返回此次创建的商品券、批次。
        品牌方可在【经营平台】上配置【活动】对商品券进行投放。
        前置条件：品牌方已【设置商品券事件通知地址】。频率限制：20/s。支持商户：【品牌商户】。

        Creates a product coupon (商品券) with its first stock (批次) and returns both. This spec
        takes the single-use mode (`usage_mode: SINGLE`, 单券) only: a 多次优惠 product coupon
        (`PROGRESSIVE_BUNDLE`) brings stock bundles and operations of its own (see x-doc-errata).

        Where the discount rule goes: for `scope: ALL` (全场券) in `single_usage_info`, for
        `scope: SINGLE` (单品券) in `stock.single_usage_rule`; a 单品券 also needs
        `display_info.original_price` and `display_info.combo_package_list`. `type: EXCHANGE` is
        allowed with `scope: SINGLE` only. Each rule broken is a 400 `INVALID_REQUEST` named below.

        **Idempotent on `out_request_no`** (品牌侧需保持唯一性): a retry with the same number and
        the same body answers the first result; the same number with another body is refused with
        400 `RESOURCE_ALREADY_EXISTS` (`x-idempotency-conflict`).

        ``POST /brand/marketing/product-coupon/product-coupons``

        Args:
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (CreateProductCouponRequest): 创建商品券请求 (单券 mode). Whole-store coupons carry their rule
                in `single_usage_info`, single-product coupons in `stock.single_usage_rule`.
            body (CreateProductCouponRequest): the JSON request body.
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
            CreateProductCouponResponse
        """

        return create_product_coupon.sync(
            client=self._source.client_for("brand", "create_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def get_product_coupon(
        self,
        product_coupon_id: str,
        *,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ProductCoupon:
        """Get a product coupon

        查询商品券。品牌方可以通过该接口查询商品券的详细信息，但不包括商品券的批次信息。
        如果要查询商品券的批次列表，请使用【查询商品券批次列表API】。
        前置条件：已创建商品券。频率限制：20/s。支持商户：【品牌商户】。

        Returns a product coupon (商品券) without its stocks: its scope, type, usage mode, discount
        rule, display information and state.

        ``GET /brand/marketing/product-coupon/product-coupons/{product_coupon_id}``

        Args:
            product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。The product coupon's ID.
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
            ProductCoupon
        """

        return get_product_coupon.sync(
            product_coupon_id=product_coupon_id,
            client=self._source.client_for("brand", "get_product_coupon"),
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def get_stock(
        self,
        product_coupon_id: str,
        stock_id: str,
        *,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ProductCouponStock:
        """Get a stock of a product coupon

        查询商品券指定批次。品牌方可以通过该接口查询某个商品券批次的详情。
        前置条件：已创建商品券批次。频率限制：20/s。支持商户：【品牌商户】。

        Returns one stock (批次) of a product coupon: its code mode, budgets (`stock_send_rule`)
        and how much of them is used (`sent_count_info`), usage rules, display and state.

        ``GET /brand/marketing/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}``

        Args:
            product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。The product coupon's ID.
            stock_id (str): 【批次ID】商品券批次的唯一标识，商品券批次创建时由微信支付生成（可使用【创建商品券API】或【添加商品券批次API】创建），请确保该批次属于
                product_coupon_id 对应的商品券。The stock's ID; it must belong to `product_coupon_id`.
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
            ProductCouponStock
        """

        return get_stock.sync(
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            client=self._source.client_for("brand", "get_stock"),
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def update_stock_budget(
        self,
        product_coupon_id: str,
        stock_id: str,
        *,
        body: UpdateStockBudgetRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ProductCouponStock:
        """Change a stock's total or daily budget

        修改商品券批次发放预算。品牌方可以通过本接口修改商品券批次的投放预算。
        注：本接口每次调用只能调整一个维度的投放预算，如果你需要调整多个维度的预算，请多次调用本接口。
        前置条件：已创建 usage_mode 不为 PROGRESSIVE_BUNDLE 的商品券对应的批次；批次未失效或过期；
        usage_mode 为 PROGRESSIVE_BUNDLE 的批次在批次组内，不可使用本接口，请使用【修改商品券批次组发放预算API】。
        频率限制：20/s。支持商户：【品牌商户】。

        Changes one budget of a stock per call: the total number of coupons it may send
        (`update_mode: MAX_COUNT`, `current_max_count` → `target_max_count`) or the number per day
        (`MAX_COUNT_PER_DAY`, `current_max_count_per_day` → `target_max_count_per_day`). The
        per-user limit cannot be changed. `current_*` names the budget the caller believes is in
        force; answers the stock as changed.

        **Idempotent on `out_request_no`** (品牌侧需保持唯一性): a retry with the same number and
        body answers the first result; the same number with another body is refused with 400
        `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/update-budget``

        Args:
            product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。The product coupon's ID.
            stock_id (str): 【批次ID】商品券批次的唯一标识，商品券批次创建时由微信支付生成（可使用【创建商品券API】或【添加商品券批次API】创建），请确保该批次属于
                product_coupon_id 对应的商品券。The stock's ID; it must belong to `product_coupon_id`.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (UpdateStockBudgetRequest): 修改批次发放预算请求。One budget per call; send the
                `current_*`/`target_*` pair of the mode.
            body (UpdateStockBudgetRequest): the JSON request body.
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
            ProductCouponStock
        """

        return update_stock_budget.sync(
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            client=self._source.client_for("brand", "update_stock_budget"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def deactivate_stock(
        self,
        product_coupon_id: str,
        stock_id: str,
        *,
        body: DeactivateStockRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ProductCouponStock:
        """Deactivate a stock

        失效商品券批次。品牌方可以通过该接口使已经创建的某个商品券批次失效。
        注意：调用本接口只会失效单个批次，商品券本身以及其他商品券批次不受影响。
        失效商品券批次后，该批次不会有新的用户领券事件，但历史已经通过该批次发放的用户商品券仍然有效。
        前置条件：商品券批次处于 SENDING 或 PAUSED 状态。频率限制：20/s。支持商户：【品牌商户】。

        Deactivates one stock (state `DEACTIVATED`): it sends no more coupons, while the coupons it
        already sent stay valid. Only a stock in `SENDING` or `PAUSED` can be deactivated.

        **Idempotent on `out_request_no`**: a retry with the same number and body answers the first
        result; the same number with another body is refused with 400 `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/deactivate``

        Args:
            product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。The product coupon's ID.
            stock_id (str): 【批次ID】商品券批次的唯一标识，商品券批次创建时由微信支付生成（可使用【创建商品券API】或【添加商品券批次API】创建），请确保该批次属于
                product_coupon_id 对应的商品券。The stock's ID; it must belong to `product_coupon_id`.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (DeactivateStockRequest): 失效商品券批次请求。
            body (DeactivateStockRequest): the JSON request body.
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
            ProductCouponStock
        """

        return deactivate_stock.sync(
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            client=self._source.client_for("brand", "deactivate_stock"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def get_notify_config(
        self,
        *,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ProductCouponNotifyUrlConfig:
        """Get the brand's product-coupon notify URL

        获取商品券事件通知地址。品牌方可以通过本接口查询商品券相关事件的回调地址，该地址配置为品牌维度配置，
        该品牌下的所有商品券相关事件均会通知到该地址。
        前置条件：品牌已经配置商品券事件通知地址。频率限制：20/s。支持商户：【品牌商户】。

        Returns the URL to which WeChat Pay sends every product-coupon notification of the brand
        (webhook `productCouponNotification`), and when it was set. A brand that has set none is
        answered 404.

        ``GET /brand/marketing/product-coupon/notify-configs``

        Args:
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
            ProductCouponNotifyUrlConfig
        """

        return get_notify_config.sync(
            client=self._source.client_for("brand", "get_notify_config"),
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def set_notify_config(
        self,
        *,
        body: SetNotifyConfigRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ProductCouponNotifyUrlConfig:
        """Set the brand's product-coupon notify URL

        设置商品券事件通知地址。The brand sets the URL to which WeChat Pay sends every product-coupon
        notification (webhook `productCouponNotification`): one URL per brand, replaced by each
        call. Creating a product coupon requires it first (创建商品券: 前置条件：品牌方已【设置商品券事件通知地址】).

        The URL is http(s), at most 256 characters, with a path and without a query
        (不允许携带Query参数); WeChat Pay reaches it from the internet only (no 127.0.0.1,
        192.168.x.x or localhost in production). Setting the same URL again changes only
        `update_time`.

        ``POST /brand/marketing/product-coupon/notify-configs``

        Args:
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (SetNotifyConfigRequest): 设置商品券事件通知地址请求。
            body (SetNotifyConfigRequest): the JSON request body.
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
            ProductCouponNotifyUrlConfig
        """

        return set_notify_config.sync(
            client=self._source.client_for("brand", "set_notify_config"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def parse_product_coupon_notification(
        self, headers: Mapping[str, str], body: bytes | str
    ) -> ProductCouponNotificationEvent:
        """Verify, decrypt and type a ``productCouponNotification``: the brand credential's
        verifier checks it, the client's ``brand_api_key`` opens it. Give the request's headers
        (names in any case) and its raw body, exactly the bytes received;
        ``notifications.parse_product_coupon_notification`` says what it raises.
        """
        verifier, api_key = self._source.notification_keys(
            "brand", "parse_product_coupon_notification"
        )
        return parse_product_coupon_notification(headers, body, api_key=api_key, verifier=verifier)


class BrandProductCouponResourceWithRawResponse:
    """Brand product coupons (品牌商品券), returning each ``Response`` (status, headers, raw ``httpx.Response``, elapsed).

    品牌商品券 Brand product coupons, the family WeChat Pay steers new integrations to: create a
    product coupon with its stock and budgets, send coupons to users, confirm each one on the
    SEND notification, redeem, return and deactivate them, list a user's coupons, and receive
    the signed, encrypted notifications (webhook `productCouponNotification`) at the URL set
    with `setNotifyConfig`. Called by brands with the brand scheme (`WECHATPAY-BRAND-
    SHA256-RSA2048`) and a `Wechatpay-Serial` naming the WeChat Pay public key.
    """

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    def list_user_product_coupons(
        self,
        openid: str,
        *,
        product_coupon_id: str | Unset = UNSET,
        stock_id: str | Unset = UNSET,
        appid: str,
        coupon_state: UserProductCouponState | Unset = UNSET,
        user_coupon_bundle_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[UserProductCouponListResponse]:
        """List a user's brand product coupons

        指定券状态查询用户商品券列表。品牌方可以通过本接口查询已经发放给用户的特定状态的商品券。
        前置条件：已经给用户发券成功。支持商户：【品牌商户】。

        Lists a user's product coupons of the brand, optionally of one product coupon, one stock,
        one coupon group or one state. Paged by token: the first call sends no `page_token`; each
        answer's `next_page_token`, sent as `page_token`, asks for the next page; an answer without
        one is the last page. `total_count` counts the matching coupons over all pages.

        ``GET /brand/marketing/product-coupon/users/{openid}/coupons``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            product_coupon_id (str | Unset):
                【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。查询指定商品券下的用户商品券列表，不传入时查询范围扩大至品牌下的所有商品券。Only coupons of this
                product coupon; all of the brand's when absent.
            stock_id (str | Unset):
                【批次ID】商品券批次的唯一标识，商品券批次创建时由微信支付生成（可使用创建商品券、添加商品券批次创建）。查询指定商品券批次下的用户商品券列表。Only coupons of this
                stock.
            appid (str): 【公众账号AppID】请传入与当前调用接口品牌ID有绑定关系的AppID。The AppID bound to the brand that the
                OpenID belongs to.
            coupon_state (UserProductCouponState | Unset): 用户商品券状态。CONFIRMING 待确认 (the brand must call
                the confirm-send API before it takes effect);
                PENDING 已发放待生效 (sent, validity not started); EFFECTIVE 已生效 (usable); USED 已核销;
                EXPIRED 已过期; DELETED 已删除 (deleted by the user); DEACTIVATED 已失效 (deactivated by the brand).
            user_coupon_bundle_id (str | Unset): 【用户券组ID】Only the coupons of this coupon group (多次优惠;
                skills pack, ListUserProductCoupons.go).
            page_size (int | Unset): 【分页大小】单次拉取的数据条数上限，不填默认为20，最大值50 (the stock list's limits, see
                x-doc-errata). Coupons per page.
            page_token (str | Unset): 【分页Token】分页查询时，需要传入上一次调用返回的 next_page_token，首次调用不填。The previous
                page's `next_page_token`; absent on the first call.
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
            Response[UserProductCouponListResponse]: the parsed body with status, headers, the
            raw ``httpx.Response`` and the elapsed time.
        """

        return list_user_product_coupons.sync_detailed(
            openid=openid,
            client=self._source.client_for("brand", "list_user_product_coupons"),
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            appid=appid,
            coupon_state=coupon_state,
            user_coupon_bundle_id=user_coupon_bundle_id,
            page_size=page_size,
            page_token=page_token,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def send_user_product_coupon(
        self,
        openid: str,
        *,
        body: SendUserProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[UserProductCoupon]:
        """Send a product coupon to a user

        向用户发放商品券。品牌方可以通过本接口向用户发放指定商品券批次，能否发放受限于商品券批次的发放限额：
        商品券批次总预算；商品券批次每日预算（如果有）；商品券批次每人限领（如果有）。
        前置条件：已创建商品券批次，商品券批次处于 SENDING 状态；商品券批次所属商品券的 usage_mode 不为
        PROGRESSIVE_BUNDLE（usage_mode 为 PROGRESSIVE_BUNDLE 的批次在批次组内，不可使用本接口，请使用
        【向用户发放商品券批次组API】）。频率限制：500/s。支持商户：【品牌商户】。

        Sends a coupon of a `SENDING` stock to a user. The send is limited by the stock's total
        budget (`stock_send_rule.max_count`), its daily budget (`max_count_per_day`, if set) and
        the per-user limit (`max_count_per_user`; coupons not yet confirmed count too); each limit
        reached is a 400 named below. The coupon starts `CONFIRMING`: WeChat Pay then sends the
        `PRODUCT_COUPON.SEND` notification (webhook `productCouponNotification`), and the brand
        must call `confirmSendUserProductCoupon` before the coupon can be used.

        `coupon_code` is passed only for a stock whose `coupon_code_mode` is `API_ASSIGN`; WeChat
        Pay assigns the code otherwise.

        **Idempotent on `send_request_no`**: a retry with the same number and body answers the
        first result (the same coupon); the same number with another body is refused with 400
        `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/users/{openid}/coupons``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (SendUserProductCouponRequest): 向用户发放商品券请求。
            body (SendUserProductCouponRequest): the JSON request body.
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

        return send_user_product_coupon.sync_detailed(
            openid=openid,
            client=self._source.client_for("brand", "send_user_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

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

    def confirm_send_user_product_coupon(
        self,
        openid: str,
        coupon_code: str,
        *,
        body: ConfirmSendUserProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[UserProductCoupon]:
        """Confirm a coupon sent to a user

        确认发放用户商品券。给用户发券后，微信支付会给品牌方发送【商品券回调通知】，此时品牌方应调用本接口确认发放成功。
        注：商品券有多个发券渠道，可以由微信支付提供的营销渠道发券，品牌方也可以调用【向用户发放商品券API】主动发券，
        不论由何渠道发放，微信支付均会发送该通知给品牌方，品牌方均需调用本接口确认发放成功。
        频率限制：500/s。支持商户：【品牌商户】。

        Confirms a coupon in state `CONFIRMING`, whatever channel sent it: the answer on a
        `PRODUCT_COUPON.SEND` notification. The coupon becomes `EFFECTIVE`, or `PENDING` when its
        validity has not begun; a coupon never confirmed cannot be used (400
        `INVALID_REQUEST_COUPON_STATE` 用户券状态非法 on use).

        **Idempotent on `out_request_no`**: a retry with the same number and body answers the first
        result; the same number with another body is refused with 400 `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}/confirm``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            coupon_code (str): 【用户商品券Code】用户商品券的唯一标识。The user product coupon's code.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (ConfirmSendUserProductCouponRequest): 确认发放用户商品券请求。
            body (ConfirmSendUserProductCouponRequest): the JSON request body.
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

        return confirm_send_user_product_coupon.sync_detailed(
            openid=openid,
            coupon_code=coupon_code,
            client=self._source.client_for("brand", "confirm_send_user_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def use_user_product_coupon(
        self,
        openid: str,
        coupon_code: str,
        *,
        body: UseUserProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[UserProductCoupon]:
        """Redeem a user's product coupon

        核销用户商品券。品牌方可以通过本接口核销已经发放给用户的商品券。
        前置条件：已经给用户发券成功，且用户商品券当前可用。频率限制：500/s。支持商户：【品牌商户】。

        Redeems an `EFFECTIVE` coupon against an order (`associated_order_info`, or a pay-score
        order in `associated_pay_score_order_info`); the coupon becomes `USED` and WeChat Pay sends
        the `PRODUCT_COUPON.USE` notification. A coupon not yet confirmed, deactivated, expired,
        deleted, used by another request or outside its usable periods is refused with the 400
        named below.

        **Idempotent on `out_request_no`**: a retry with the same number and body answers the first
        redemption; the same number with another body is refused with 400
        `RESOURCE_ALREADY_EXISTS`. Redeeming a used coupon with a different `out_request_no` is
        400 `INVALID_REQUEST_COUPON_USED` (券已被其他订单核销).

        ``POST /brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}/use``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            coupon_code (str): 【用户商品券Code】用户商品券的唯一标识。The user product coupon's code.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (UseUserProductCouponRequest): 核销用户商品券请求。
            body (UseUserProductCouponRequest): the JSON request body.
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

        return use_user_product_coupon.sync_detailed(
            openid=openid,
            coupon_code=coupon_code,
            client=self._source.client_for("brand", "use_user_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def return_user_product_coupon(
        self,
        openid: str,
        coupon_code: str,
        *,
        body: ReturnUserProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[UserProductCoupon]:
        """Return a redeemed product coupon to the user

        退券。品牌方可以通过本接口将已经核销用户的商品券退回给用户。
        前置条件：已经给用户发券成功，且用户商品券当前已核销。频率限制：500/s。支持商户：【品牌商户】。

        Gives a `USED` coupon back to the user (e.g. the order was refunded): the coupon is usable
        again (`EFFECTIVE`; the document's states have no RETURNED) and WeChat Pay sends the
        `PRODUCT_COUPON.RETURN` notification. A coupon that is not `USED` is 400
        `INVALID_REQUEST_COUPON_STATE`.

        **Idempotent on `out_request_no`**: a retry with the same number and body answers the first
        result; the same number with another body is refused with 400 `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}/return``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            coupon_code (str): 【用户商品券Code】用户商品券的唯一标识。The user product coupon's code.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (ReturnUserProductCouponRequest): 退券请求。
            body (ReturnUserProductCouponRequest): the JSON request body.
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

        return return_user_product_coupon.sync_detailed(
            openid=openid,
            coupon_code=coupon_code,
            client=self._source.client_for("brand", "return_user_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def deactivate_user_product_coupon(
        self,
        openid: str,
        coupon_code: str,
        *,
        body: DeactivateUserProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[UserProductCoupon]:
        """Deactivate a user's product coupon

        失效用户商品券。品牌方可以通过本接口将用户的商品券失效。
        前置条件：已经给用户发券成功，且商品券的 usage_mode 不为 PROGRESSIVE_BUNDLE。频率限制：500/s。
        支持商户：【品牌商户】。

        Deactivates a user's coupon (state `DEACTIVATED`, with `deactivate_request_no`,
        `deactivate_time` and `deactivate_reason`): it can no longer be used. Expired and deleted
        coupons cannot be deactivated (400 named below). No notification is sent for it.

        **Idempotent on `out_request_no`**: a retry with the same number and body answers the first
        result; the same number with another body is refused with 400 `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}/deactivate``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            coupon_code (str): 【用户商品券Code】用户商品券的唯一标识。The user product coupon's code.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (DeactivateUserProductCouponRequest): 失效用户商品券请求。
            body (DeactivateUserProductCouponRequest): the JSON request body.
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

        return deactivate_user_product_coupon.sync_detailed(
            openid=openid,
            coupon_code=coupon_code,
            client=self._source.client_for("brand", "deactivate_user_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def create_product_coupon(
        self,
        *,
        body: CreateProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[CreateProductCouponResponse]:
        """Create a product coupon and its stock

        创建商品券。品牌方可以通过该接口为品牌创建商品券和批次。微信支付创建成功后，会返回此次创建的商品券、批次。
        品牌方可在【经营平台】上配置【活动】对商品券进行投放。
        前置条件：品牌方已【设置商品券事件通知地址】。频率限制：20/s。支持商户：【品牌商户】。

        Creates a product coupon (商品券) with its first stock (批次) and returns both. This spec
        takes the single-use mode (`usage_mode: SINGLE`, 单券) only: a 多次优惠 product coupon
        (`PROGRESSIVE_BUNDLE`) brings stock bundles and operations of its own (see x-doc-errata).

        Where the discount rule goes: for `scope: ALL` (全场券) in `single_usage_info`, for
        `scope: SINGLE` (单品券) in `stock.single_usage_rule`; a 单品券 also needs
        `display_info.original_price` and `display_info.combo_package_list`. `type: EXCHANGE` is
        allowed with `scope: SINGLE` only. Each rule broken is a 400 `INVALID_REQUEST` named below.

        **Idempotent on `out_request_no`** (品牌侧需保持唯一性): a retry with the same number and
        the same body answers the first result; the same number with another body is refused with
        400 `RESOURCE_ALREADY_EXISTS` (`x-idempotency-conflict`).

        ``POST /brand/marketing/product-coupon/product-coupons``

        Args:
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (CreateProductCouponRequest): 创建商品券请求 (单券 mode). Whole-store coupons carry their rule
                in `single_usage_info`, single-product coupons in `stock.single_usage_rule`.
            body (CreateProductCouponRequest): the JSON request body.
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
            Response[CreateProductCouponResponse]: the parsed body with status, headers, the
            raw ``httpx.Response`` and the elapsed time.
        """

        return create_product_coupon.sync_detailed(
            client=self._source.client_for("brand", "create_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def get_product_coupon(
        self,
        product_coupon_id: str,
        *,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[ProductCoupon]:
        """Get a product coupon

        查询商品券。品牌方可以通过该接口查询商品券的详细信息，但不包括商品券的批次信息。
        如果要查询商品券的批次列表，请使用【查询商品券批次列表API】。
        前置条件：已创建商品券。频率限制：20/s。支持商户：【品牌商户】。

        Returns a product coupon (商品券) without its stocks: its scope, type, usage mode, discount
        rule, display information and state.

        ``GET /brand/marketing/product-coupon/product-coupons/{product_coupon_id}``

        Args:
            product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。The product coupon's ID.
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
            Response[ProductCoupon]: the parsed body with status, headers, the
            raw ``httpx.Response`` and the elapsed time.
        """

        return get_product_coupon.sync_detailed(
            product_coupon_id=product_coupon_id,
            client=self._source.client_for("brand", "get_product_coupon"),
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def get_stock(
        self,
        product_coupon_id: str,
        stock_id: str,
        *,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[ProductCouponStock]:
        """Get a stock of a product coupon

        查询商品券指定批次。品牌方可以通过该接口查询某个商品券批次的详情。
        前置条件：已创建商品券批次。频率限制：20/s。支持商户：【品牌商户】。

        Returns one stock (批次) of a product coupon: its code mode, budgets (`stock_send_rule`)
        and how much of them is used (`sent_count_info`), usage rules, display and state.

        ``GET /brand/marketing/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}``

        Args:
            product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。The product coupon's ID.
            stock_id (str): 【批次ID】商品券批次的唯一标识，商品券批次创建时由微信支付生成（可使用【创建商品券API】或【添加商品券批次API】创建），请确保该批次属于
                product_coupon_id 对应的商品券。The stock's ID; it must belong to `product_coupon_id`.
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
            Response[ProductCouponStock]: the parsed body with status, headers, the
            raw ``httpx.Response`` and the elapsed time.
        """

        return get_stock.sync_detailed(
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            client=self._source.client_for("brand", "get_stock"),
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def update_stock_budget(
        self,
        product_coupon_id: str,
        stock_id: str,
        *,
        body: UpdateStockBudgetRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[ProductCouponStock]:
        """Change a stock's total or daily budget

        修改商品券批次发放预算。品牌方可以通过本接口修改商品券批次的投放预算。
        注：本接口每次调用只能调整一个维度的投放预算，如果你需要调整多个维度的预算，请多次调用本接口。
        前置条件：已创建 usage_mode 不为 PROGRESSIVE_BUNDLE 的商品券对应的批次；批次未失效或过期；
        usage_mode 为 PROGRESSIVE_BUNDLE 的批次在批次组内，不可使用本接口，请使用【修改商品券批次组发放预算API】。
        频率限制：20/s。支持商户：【品牌商户】。

        Changes one budget of a stock per call: the total number of coupons it may send
        (`update_mode: MAX_COUNT`, `current_max_count` → `target_max_count`) or the number per day
        (`MAX_COUNT_PER_DAY`, `current_max_count_per_day` → `target_max_count_per_day`). The
        per-user limit cannot be changed. `current_*` names the budget the caller believes is in
        force; answers the stock as changed.

        **Idempotent on `out_request_no`** (品牌侧需保持唯一性): a retry with the same number and
        body answers the first result; the same number with another body is refused with 400
        `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/update-budget``

        Args:
            product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。The product coupon's ID.
            stock_id (str): 【批次ID】商品券批次的唯一标识，商品券批次创建时由微信支付生成（可使用【创建商品券API】或【添加商品券批次API】创建），请确保该批次属于
                product_coupon_id 对应的商品券。The stock's ID; it must belong to `product_coupon_id`.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (UpdateStockBudgetRequest): 修改批次发放预算请求。One budget per call; send the
                `current_*`/`target_*` pair of the mode.
            body (UpdateStockBudgetRequest): the JSON request body.
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
            Response[ProductCouponStock]: the parsed body with status, headers, the
            raw ``httpx.Response`` and the elapsed time.
        """

        return update_stock_budget.sync_detailed(
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            client=self._source.client_for("brand", "update_stock_budget"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def deactivate_stock(
        self,
        product_coupon_id: str,
        stock_id: str,
        *,
        body: DeactivateStockRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[ProductCouponStock]:
        """Deactivate a stock

        失效商品券批次。品牌方可以通过该接口使已经创建的某个商品券批次失效。
        注意：调用本接口只会失效单个批次，商品券本身以及其他商品券批次不受影响。
        失效商品券批次后，该批次不会有新的用户领券事件，但历史已经通过该批次发放的用户商品券仍然有效。
        前置条件：商品券批次处于 SENDING 或 PAUSED 状态。频率限制：20/s。支持商户：【品牌商户】。

        Deactivates one stock (state `DEACTIVATED`): it sends no more coupons, while the coupons it
        already sent stay valid. Only a stock in `SENDING` or `PAUSED` can be deactivated.

        **Idempotent on `out_request_no`**: a retry with the same number and body answers the first
        result; the same number with another body is refused with 400 `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/deactivate``

        Args:
            product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。The product coupon's ID.
            stock_id (str): 【批次ID】商品券批次的唯一标识，商品券批次创建时由微信支付生成（可使用【创建商品券API】或【添加商品券批次API】创建），请确保该批次属于
                product_coupon_id 对应的商品券。The stock's ID; it must belong to `product_coupon_id`.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (DeactivateStockRequest): 失效商品券批次请求。
            body (DeactivateStockRequest): the JSON request body.
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
            Response[ProductCouponStock]: the parsed body with status, headers, the
            raw ``httpx.Response`` and the elapsed time.
        """

        return deactivate_stock.sync_detailed(
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            client=self._source.client_for("brand", "deactivate_stock"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def get_notify_config(
        self,
        *,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[ProductCouponNotifyUrlConfig]:
        """Get the brand's product-coupon notify URL

        获取商品券事件通知地址。品牌方可以通过本接口查询商品券相关事件的回调地址，该地址配置为品牌维度配置，
        该品牌下的所有商品券相关事件均会通知到该地址。
        前置条件：品牌已经配置商品券事件通知地址。频率限制：20/s。支持商户：【品牌商户】。

        Returns the URL to which WeChat Pay sends every product-coupon notification of the brand
        (webhook `productCouponNotification`), and when it was set. A brand that has set none is
        answered 404.

        ``GET /brand/marketing/product-coupon/notify-configs``

        Args:
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
            Response[ProductCouponNotifyUrlConfig]: the parsed body with status, headers, the
            raw ``httpx.Response`` and the elapsed time.
        """

        return get_notify_config.sync_detailed(
            client=self._source.client_for("brand", "get_notify_config"),
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def set_notify_config(
        self,
        *,
        body: SetNotifyConfigRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[ProductCouponNotifyUrlConfig]:
        """Set the brand's product-coupon notify URL

        设置商品券事件通知地址。The brand sets the URL to which WeChat Pay sends every product-coupon
        notification (webhook `productCouponNotification`): one URL per brand, replaced by each
        call. Creating a product coupon requires it first (创建商品券: 前置条件：品牌方已【设置商品券事件通知地址】).

        The URL is http(s), at most 256 characters, with a path and without a query
        (不允许携带Query参数); WeChat Pay reaches it from the internet only (no 127.0.0.1,
        192.168.x.x or localhost in production). Setting the same URL again changes only
        `update_time`.

        ``POST /brand/marketing/product-coupon/notify-configs``

        Args:
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (SetNotifyConfigRequest): 设置商品券事件通知地址请求。
            body (SetNotifyConfigRequest): the JSON request body.
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
            Response[ProductCouponNotifyUrlConfig]: the parsed body with status, headers, the
            raw ``httpx.Response`` and the elapsed time.
        """

        return set_notify_config.sync_detailed(
            client=self._source.client_for("brand", "set_notify_config"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )


class AsyncBrandProductCouponResource:
    """Brand product coupons (品牌商品券).

    品牌商品券 Brand product coupons, the family WeChat Pay steers new integrations to: create a
    product coupon with its stock and budgets, send coupons to users, confirm each one on the
    SEND notification, redeem, return and deactivate them, list a user's coupons, and receive
    the signed, encrypted notifications (webhook `productCouponNotification`) at the URL set
    with `setNotifyConfig`. Called by brands with the brand scheme (`WECHATPAY-BRAND-
    SHA256-RSA2048`) and a `Wechatpay-Serial` naming the WeChat Pay public key.
    """

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> "AsyncBrandProductCouponResourceWithRawResponse":
        """The same operations, returning ``Response`` objects (status, headers, raw
        ``httpx.Response``, elapsed time) instead of the parsed body alone."""
        return AsyncBrandProductCouponResourceWithRawResponse(self._source)

    async def list_user_product_coupons(
        self,
        openid: str,
        *,
        product_coupon_id: str | Unset = UNSET,
        stock_id: str | Unset = UNSET,
        appid: str,
        coupon_state: UserProductCouponState | Unset = UNSET,
        user_coupon_bundle_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UserProductCouponListResponse:
        """List a user's brand product coupons

        指定券状态查询用户商品券列表。品牌方可以通过本接口查询已经发放给用户的特定状态的商品券。
        前置条件：已经给用户发券成功。支持商户：【品牌商户】。

        Lists a user's product coupons of the brand, optionally of one product coupon, one stock,
        one coupon group or one state. Paged by token: the first call sends no `page_token`; each
        answer's `next_page_token`, sent as `page_token`, asks for the next page; an answer without
        one is the last page. `total_count` counts the matching coupons over all pages.

        ``GET /brand/marketing/product-coupon/users/{openid}/coupons``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            product_coupon_id (str | Unset):
                【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。查询指定商品券下的用户商品券列表，不传入时查询范围扩大至品牌下的所有商品券。Only coupons of this
                product coupon; all of the brand's when absent.
            stock_id (str | Unset):
                【批次ID】商品券批次的唯一标识，商品券批次创建时由微信支付生成（可使用创建商品券、添加商品券批次创建）。查询指定商品券批次下的用户商品券列表。Only coupons of this
                stock.
            appid (str): 【公众账号AppID】请传入与当前调用接口品牌ID有绑定关系的AppID。The AppID bound to the brand that the
                OpenID belongs to.
            coupon_state (UserProductCouponState | Unset): 用户商品券状态。CONFIRMING 待确认 (the brand must call
                the confirm-send API before it takes effect);
                PENDING 已发放待生效 (sent, validity not started); EFFECTIVE 已生效 (usable); USED 已核销;
                EXPIRED 已过期; DELETED 已删除 (deleted by the user); DEACTIVATED 已失效 (deactivated by the brand).
            user_coupon_bundle_id (str | Unset): 【用户券组ID】Only the coupons of this coupon group (多次优惠;
                skills pack, ListUserProductCoupons.go).
            page_size (int | Unset): 【分页大小】单次拉取的数据条数上限，不填默认为20，最大值50 (the stock list's limits, see
                x-doc-errata). Coupons per page.
            page_token (str | Unset): 【分页Token】分页查询时，需要传入上一次调用返回的 next_page_token，首次调用不填。The previous
                page's `next_page_token`; absent on the first call.
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
            UserProductCouponListResponse
        """

        return await list_user_product_coupons.asyncio(
            openid=openid,
            client=self._source.client_for("brand", "list_user_product_coupons"),
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            appid=appid,
            coupon_state=coupon_state,
            user_coupon_bundle_id=user_coupon_bundle_id,
            page_size=page_size,
            page_token=page_token,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_user_product_coupons(
        self,
        openid: str,
        *,
        product_coupon_id: str | Unset = UNSET,
        stock_id: str | Unset = UNSET,
        appid: str,
        coupon_state: UserProductCouponState | Unset = UNSET,
        user_coupon_bundle_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> AsyncIterator[UserProductCoupon]:
        """Every UserProductCoupon of ``list_user_product_coupons``, page by page, fetched lazily
        as the loop advances: ``page_token`` resumes a walk where a page's ``next_page_token``
        left it, ``page_size`` is the page size; memory stays flat however many there are."""
        return list_user_product_coupons.aiter_user_product_coupons(
            openid=openid,
            client=self._source.client_for("brand", "list_user_product_coupons"),
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            appid=appid,
            coupon_state=coupon_state,
            user_coupon_bundle_id=user_coupon_bundle_id,
            page_size=page_size,
            page_token=page_token,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def send_user_product_coupon(
        self,
        openid: str,
        *,
        body: SendUserProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UserProductCoupon:
        """Send a product coupon to a user

        向用户发放商品券。品牌方可以通过本接口向用户发放指定商品券批次，能否发放受限于商品券批次的发放限额：
        商品券批次总预算；商品券批次每日预算（如果有）；商品券批次每人限领（如果有）。
        前置条件：已创建商品券批次，商品券批次处于 SENDING 状态；商品券批次所属商品券的 usage_mode 不为
        PROGRESSIVE_BUNDLE（usage_mode 为 PROGRESSIVE_BUNDLE 的批次在批次组内，不可使用本接口，请使用
        【向用户发放商品券批次组API】）。频率限制：500/s。支持商户：【品牌商户】。

        Sends a coupon of a `SENDING` stock to a user. The send is limited by the stock's total
        budget (`stock_send_rule.max_count`), its daily budget (`max_count_per_day`, if set) and
        the per-user limit (`max_count_per_user`; coupons not yet confirmed count too); each limit
        reached is a 400 named below. The coupon starts `CONFIRMING`: WeChat Pay then sends the
        `PRODUCT_COUPON.SEND` notification (webhook `productCouponNotification`), and the brand
        must call `confirmSendUserProductCoupon` before the coupon can be used.

        `coupon_code` is passed only for a stock whose `coupon_code_mode` is `API_ASSIGN`; WeChat
        Pay assigns the code otherwise.

        **Idempotent on `send_request_no`**: a retry with the same number and body answers the
        first result (the same coupon); the same number with another body is refused with 400
        `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/users/{openid}/coupons``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (SendUserProductCouponRequest): 向用户发放商品券请求。
            body (SendUserProductCouponRequest): the JSON request body.
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

        return await send_user_product_coupon.asyncio(
            openid=openid,
            client=self._source.client_for("brand", "send_user_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

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

    async def confirm_send_user_product_coupon(
        self,
        openid: str,
        coupon_code: str,
        *,
        body: ConfirmSendUserProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UserProductCoupon:
        """Confirm a coupon sent to a user

        确认发放用户商品券。给用户发券后，微信支付会给品牌方发送【商品券回调通知】，此时品牌方应调用本接口确认发放成功。
        注：商品券有多个发券渠道，可以由微信支付提供的营销渠道发券，品牌方也可以调用【向用户发放商品券API】主动发券，
        不论由何渠道发放，微信支付均会发送该通知给品牌方，品牌方均需调用本接口确认发放成功。
        频率限制：500/s。支持商户：【品牌商户】。

        Confirms a coupon in state `CONFIRMING`, whatever channel sent it: the answer on a
        `PRODUCT_COUPON.SEND` notification. The coupon becomes `EFFECTIVE`, or `PENDING` when its
        validity has not begun; a coupon never confirmed cannot be used (400
        `INVALID_REQUEST_COUPON_STATE` 用户券状态非法 on use).

        **Idempotent on `out_request_no`**: a retry with the same number and body answers the first
        result; the same number with another body is refused with 400 `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}/confirm``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            coupon_code (str): 【用户商品券Code】用户商品券的唯一标识。The user product coupon's code.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (ConfirmSendUserProductCouponRequest): 确认发放用户商品券请求。
            body (ConfirmSendUserProductCouponRequest): the JSON request body.
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

        return await confirm_send_user_product_coupon.asyncio(
            openid=openid,
            coupon_code=coupon_code,
            client=self._source.client_for("brand", "confirm_send_user_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def use_user_product_coupon(
        self,
        openid: str,
        coupon_code: str,
        *,
        body: UseUserProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UserProductCoupon:
        """Redeem a user's product coupon

        核销用户商品券。品牌方可以通过本接口核销已经发放给用户的商品券。
        前置条件：已经给用户发券成功，且用户商品券当前可用。频率限制：500/s。支持商户：【品牌商户】。

        Redeems an `EFFECTIVE` coupon against an order (`associated_order_info`, or a pay-score
        order in `associated_pay_score_order_info`); the coupon becomes `USED` and WeChat Pay sends
        the `PRODUCT_COUPON.USE` notification. A coupon not yet confirmed, deactivated, expired,
        deleted, used by another request or outside its usable periods is refused with the 400
        named below.

        **Idempotent on `out_request_no`**: a retry with the same number and body answers the first
        redemption; the same number with another body is refused with 400
        `RESOURCE_ALREADY_EXISTS`. Redeeming a used coupon with a different `out_request_no` is
        400 `INVALID_REQUEST_COUPON_USED` (券已被其他订单核销).

        ``POST /brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}/use``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            coupon_code (str): 【用户商品券Code】用户商品券的唯一标识。The user product coupon's code.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (UseUserProductCouponRequest): 核销用户商品券请求。
            body (UseUserProductCouponRequest): the JSON request body.
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

        return await use_user_product_coupon.asyncio(
            openid=openid,
            coupon_code=coupon_code,
            client=self._source.client_for("brand", "use_user_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def return_user_product_coupon(
        self,
        openid: str,
        coupon_code: str,
        *,
        body: ReturnUserProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UserProductCoupon:
        """Return a redeemed product coupon to the user

        退券。品牌方可以通过本接口将已经核销用户的商品券退回给用户。
        前置条件：已经给用户发券成功，且用户商品券当前已核销。频率限制：500/s。支持商户：【品牌商户】。

        Gives a `USED` coupon back to the user (e.g. the order was refunded): the coupon is usable
        again (`EFFECTIVE`; the document's states have no RETURNED) and WeChat Pay sends the
        `PRODUCT_COUPON.RETURN` notification. A coupon that is not `USED` is 400
        `INVALID_REQUEST_COUPON_STATE`.

        **Idempotent on `out_request_no`**: a retry with the same number and body answers the first
        result; the same number with another body is refused with 400 `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}/return``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            coupon_code (str): 【用户商品券Code】用户商品券的唯一标识。The user product coupon's code.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (ReturnUserProductCouponRequest): 退券请求。
            body (ReturnUserProductCouponRequest): the JSON request body.
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

        return await return_user_product_coupon.asyncio(
            openid=openid,
            coupon_code=coupon_code,
            client=self._source.client_for("brand", "return_user_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def deactivate_user_product_coupon(
        self,
        openid: str,
        coupon_code: str,
        *,
        body: DeactivateUserProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UserProductCoupon:
        """Deactivate a user's product coupon

        失效用户商品券。品牌方可以通过本接口将用户的商品券失效。
        前置条件：已经给用户发券成功，且商品券的 usage_mode 不为 PROGRESSIVE_BUNDLE。频率限制：500/s。
        支持商户：【品牌商户】。

        Deactivates a user's coupon (state `DEACTIVATED`, with `deactivate_request_no`,
        `deactivate_time` and `deactivate_reason`): it can no longer be used. Expired and deleted
        coupons cannot be deactivated (400 named below). No notification is sent for it.

        **Idempotent on `out_request_no`**: a retry with the same number and body answers the first
        result; the same number with another body is refused with 400 `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}/deactivate``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            coupon_code (str): 【用户商品券Code】用户商品券的唯一标识。The user product coupon's code.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (DeactivateUserProductCouponRequest): 失效用户商品券请求。
            body (DeactivateUserProductCouponRequest): the JSON request body.
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

        return await deactivate_user_product_coupon.asyncio(
            openid=openid,
            coupon_code=coupon_code,
            client=self._source.client_for("brand", "deactivate_user_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def create_product_coupon(
        self,
        *,
        body: CreateProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> CreateProductCouponResponse:
        """Create a product coupon and its stock

        创建商品券。品牌方可以通过该接口为品牌创建商品券和批次。微信支付创建成功后，会返回此次创建的商品券、批次。
        品牌方可在【经营平台】上配置【活动】对商品券进行投放。
        前置条件：品牌方已【设置商品券事件通知地址】。频率限制：20/s。支持商户：【品牌商户】。

        Creates a product coupon (商品券) with its first stock (批次) and returns both. This spec
        takes the single-use mode (`usage_mode: SINGLE`, 单券) only: a 多次优惠 product coupon
        (`PROGRESSIVE_BUNDLE`) brings stock bundles and operations of its own (see x-doc-errata).

        Where the discount rule goes: for `scope: ALL` (全场券) in `single_usage_info`, for
        `scope: SINGLE` (单品券) in `stock.single_usage_rule`; a 单品券 also needs
        `display_info.original_price` and `display_info.combo_package_list`. `type: EXCHANGE` is
        allowed with `scope: SINGLE` only. Each rule broken is a 400 `INVALID_REQUEST` named below.

        **Idempotent on `out_request_no`** (品牌侧需保持唯一性): a retry with the same number and
        the same body answers the first result; the same number with another body is refused with
        400 `RESOURCE_ALREADY_EXISTS` (`x-idempotency-conflict`).

        ``POST /brand/marketing/product-coupon/product-coupons``

        Args:
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (CreateProductCouponRequest): 创建商品券请求 (单券 mode). Whole-store coupons carry their rule
                in `single_usage_info`, single-product coupons in `stock.single_usage_rule`.
            body (CreateProductCouponRequest): the JSON request body.
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
            CreateProductCouponResponse
        """

        return await create_product_coupon.asyncio(
            client=self._source.client_for("brand", "create_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_product_coupon(
        self,
        product_coupon_id: str,
        *,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ProductCoupon:
        """Get a product coupon

        查询商品券。品牌方可以通过该接口查询商品券的详细信息，但不包括商品券的批次信息。
        如果要查询商品券的批次列表，请使用【查询商品券批次列表API】。
        前置条件：已创建商品券。频率限制：20/s。支持商户：【品牌商户】。

        Returns a product coupon (商品券) without its stocks: its scope, type, usage mode, discount
        rule, display information and state.

        ``GET /brand/marketing/product-coupon/product-coupons/{product_coupon_id}``

        Args:
            product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。The product coupon's ID.
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
            ProductCoupon
        """

        return await get_product_coupon.asyncio(
            product_coupon_id=product_coupon_id,
            client=self._source.client_for("brand", "get_product_coupon"),
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_stock(
        self,
        product_coupon_id: str,
        stock_id: str,
        *,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ProductCouponStock:
        """Get a stock of a product coupon

        查询商品券指定批次。品牌方可以通过该接口查询某个商品券批次的详情。
        前置条件：已创建商品券批次。频率限制：20/s。支持商户：【品牌商户】。

        Returns one stock (批次) of a product coupon: its code mode, budgets (`stock_send_rule`)
        and how much of them is used (`sent_count_info`), usage rules, display and state.

        ``GET /brand/marketing/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}``

        Args:
            product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。The product coupon's ID.
            stock_id (str): 【批次ID】商品券批次的唯一标识，商品券批次创建时由微信支付生成（可使用【创建商品券API】或【添加商品券批次API】创建），请确保该批次属于
                product_coupon_id 对应的商品券。The stock's ID; it must belong to `product_coupon_id`.
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
            ProductCouponStock
        """

        return await get_stock.asyncio(
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            client=self._source.client_for("brand", "get_stock"),
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def update_stock_budget(
        self,
        product_coupon_id: str,
        stock_id: str,
        *,
        body: UpdateStockBudgetRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ProductCouponStock:
        """Change a stock's total or daily budget

        修改商品券批次发放预算。品牌方可以通过本接口修改商品券批次的投放预算。
        注：本接口每次调用只能调整一个维度的投放预算，如果你需要调整多个维度的预算，请多次调用本接口。
        前置条件：已创建 usage_mode 不为 PROGRESSIVE_BUNDLE 的商品券对应的批次；批次未失效或过期；
        usage_mode 为 PROGRESSIVE_BUNDLE 的批次在批次组内，不可使用本接口，请使用【修改商品券批次组发放预算API】。
        频率限制：20/s。支持商户：【品牌商户】。

        Changes one budget of a stock per call: the total number of coupons it may send
        (`update_mode: MAX_COUNT`, `current_max_count` → `target_max_count`) or the number per day
        (`MAX_COUNT_PER_DAY`, `current_max_count_per_day` → `target_max_count_per_day`). The
        per-user limit cannot be changed. `current_*` names the budget the caller believes is in
        force; answers the stock as changed.

        **Idempotent on `out_request_no`** (品牌侧需保持唯一性): a retry with the same number and
        body answers the first result; the same number with another body is refused with 400
        `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/update-budget``

        Args:
            product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。The product coupon's ID.
            stock_id (str): 【批次ID】商品券批次的唯一标识，商品券批次创建时由微信支付生成（可使用【创建商品券API】或【添加商品券批次API】创建），请确保该批次属于
                product_coupon_id 对应的商品券。The stock's ID; it must belong to `product_coupon_id`.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (UpdateStockBudgetRequest): 修改批次发放预算请求。One budget per call; send the
                `current_*`/`target_*` pair of the mode.
            body (UpdateStockBudgetRequest): the JSON request body.
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
            ProductCouponStock
        """

        return await update_stock_budget.asyncio(
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            client=self._source.client_for("brand", "update_stock_budget"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def deactivate_stock(
        self,
        product_coupon_id: str,
        stock_id: str,
        *,
        body: DeactivateStockRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ProductCouponStock:
        """Deactivate a stock

        失效商品券批次。品牌方可以通过该接口使已经创建的某个商品券批次失效。
        注意：调用本接口只会失效单个批次，商品券本身以及其他商品券批次不受影响。
        失效商品券批次后，该批次不会有新的用户领券事件，但历史已经通过该批次发放的用户商品券仍然有效。
        前置条件：商品券批次处于 SENDING 或 PAUSED 状态。频率限制：20/s。支持商户：【品牌商户】。

        Deactivates one stock (state `DEACTIVATED`): it sends no more coupons, while the coupons it
        already sent stay valid. Only a stock in `SENDING` or `PAUSED` can be deactivated.

        **Idempotent on `out_request_no`**: a retry with the same number and body answers the first
        result; the same number with another body is refused with 400 `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/deactivate``

        Args:
            product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。The product coupon's ID.
            stock_id (str): 【批次ID】商品券批次的唯一标识，商品券批次创建时由微信支付生成（可使用【创建商品券API】或【添加商品券批次API】创建），请确保该批次属于
                product_coupon_id 对应的商品券。The stock's ID; it must belong to `product_coupon_id`.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (DeactivateStockRequest): 失效商品券批次请求。
            body (DeactivateStockRequest): the JSON request body.
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
            ProductCouponStock
        """

        return await deactivate_stock.asyncio(
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            client=self._source.client_for("brand", "deactivate_stock"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_notify_config(
        self,
        *,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ProductCouponNotifyUrlConfig:
        """Get the brand's product-coupon notify URL

        获取商品券事件通知地址。品牌方可以通过本接口查询商品券相关事件的回调地址，该地址配置为品牌维度配置，
        该品牌下的所有商品券相关事件均会通知到该地址。
        前置条件：品牌已经配置商品券事件通知地址。频率限制：20/s。支持商户：【品牌商户】。

        Returns the URL to which WeChat Pay sends every product-coupon notification of the brand
        (webhook `productCouponNotification`), and when it was set. A brand that has set none is
        answered 404.

        ``GET /brand/marketing/product-coupon/notify-configs``

        Args:
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
            ProductCouponNotifyUrlConfig
        """

        return await get_notify_config.asyncio(
            client=self._source.client_for("brand", "get_notify_config"),
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def set_notify_config(
        self,
        *,
        body: SetNotifyConfigRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ProductCouponNotifyUrlConfig:
        """Set the brand's product-coupon notify URL

        设置商品券事件通知地址。The brand sets the URL to which WeChat Pay sends every product-coupon
        notification (webhook `productCouponNotification`): one URL per brand, replaced by each
        call. Creating a product coupon requires it first (创建商品券: 前置条件：品牌方已【设置商品券事件通知地址】).

        The URL is http(s), at most 256 characters, with a path and without a query
        (不允许携带Query参数); WeChat Pay reaches it from the internet only (no 127.0.0.1,
        192.168.x.x or localhost in production). Setting the same URL again changes only
        `update_time`.

        ``POST /brand/marketing/product-coupon/notify-configs``

        Args:
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (SetNotifyConfigRequest): 设置商品券事件通知地址请求。
            body (SetNotifyConfigRequest): the JSON request body.
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
            ProductCouponNotifyUrlConfig
        """

        return await set_notify_config.asyncio(
            client=self._source.client_for("brand", "set_notify_config"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def parse_product_coupon_notification(
        self, headers: Mapping[str, str], body: bytes | str
    ) -> ProductCouponNotificationEvent:
        """Verify, decrypt and type a ``productCouponNotification``: the brand credential's
        verifier checks it, the client's ``brand_api_key`` opens it. Give the request's headers
        (names in any case) and its raw body, exactly the bytes received;
        ``notifications.aparse_product_coupon_notification`` says what it raises.
        """
        verifier, api_key = self._source.notification_keys(
            "brand", "parse_product_coupon_notification"
        )
        return await aparse_product_coupon_notification(
            headers, body, api_key=api_key, verifier=verifier
        )


class AsyncBrandProductCouponResourceWithRawResponse:
    """Brand product coupons (品牌商品券), returning each ``Response`` (status, headers, raw ``httpx.Response``, elapsed).

    品牌商品券 Brand product coupons, the family WeChat Pay steers new integrations to: create a
    product coupon with its stock and budgets, send coupons to users, confirm each one on the
    SEND notification, redeem, return and deactivate them, list a user's coupons, and receive
    the signed, encrypted notifications (webhook `productCouponNotification`) at the URL set
    with `setNotifyConfig`. Called by brands with the brand scheme (`WECHATPAY-BRAND-
    SHA256-RSA2048`) and a `Wechatpay-Serial` naming the WeChat Pay public key.
    """

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    async def list_user_product_coupons(
        self,
        openid: str,
        *,
        product_coupon_id: str | Unset = UNSET,
        stock_id: str | Unset = UNSET,
        appid: str,
        coupon_state: UserProductCouponState | Unset = UNSET,
        user_coupon_bundle_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[UserProductCouponListResponse]:
        """List a user's brand product coupons

        指定券状态查询用户商品券列表。品牌方可以通过本接口查询已经发放给用户的特定状态的商品券。
        前置条件：已经给用户发券成功。支持商户：【品牌商户】。

        Lists a user's product coupons of the brand, optionally of one product coupon, one stock,
        one coupon group or one state. Paged by token: the first call sends no `page_token`; each
        answer's `next_page_token`, sent as `page_token`, asks for the next page; an answer without
        one is the last page. `total_count` counts the matching coupons over all pages.

        ``GET /brand/marketing/product-coupon/users/{openid}/coupons``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            product_coupon_id (str | Unset):
                【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。查询指定商品券下的用户商品券列表，不传入时查询范围扩大至品牌下的所有商品券。Only coupons of this
                product coupon; all of the brand's when absent.
            stock_id (str | Unset):
                【批次ID】商品券批次的唯一标识，商品券批次创建时由微信支付生成（可使用创建商品券、添加商品券批次创建）。查询指定商品券批次下的用户商品券列表。Only coupons of this
                stock.
            appid (str): 【公众账号AppID】请传入与当前调用接口品牌ID有绑定关系的AppID。The AppID bound to the brand that the
                OpenID belongs to.
            coupon_state (UserProductCouponState | Unset): 用户商品券状态。CONFIRMING 待确认 (the brand must call
                the confirm-send API before it takes effect);
                PENDING 已发放待生效 (sent, validity not started); EFFECTIVE 已生效 (usable); USED 已核销;
                EXPIRED 已过期; DELETED 已删除 (deleted by the user); DEACTIVATED 已失效 (deactivated by the brand).
            user_coupon_bundle_id (str | Unset): 【用户券组ID】Only the coupons of this coupon group (多次优惠;
                skills pack, ListUserProductCoupons.go).
            page_size (int | Unset): 【分页大小】单次拉取的数据条数上限，不填默认为20，最大值50 (the stock list's limits, see
                x-doc-errata). Coupons per page.
            page_token (str | Unset): 【分页Token】分页查询时，需要传入上一次调用返回的 next_page_token，首次调用不填。The previous
                page's `next_page_token`; absent on the first call.
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
            Response[UserProductCouponListResponse]: the parsed body with status, headers, the
            raw ``httpx.Response`` and the elapsed time.
        """

        return await list_user_product_coupons.asyncio_detailed(
            openid=openid,
            client=self._source.client_for("brand", "list_user_product_coupons"),
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            appid=appid,
            coupon_state=coupon_state,
            user_coupon_bundle_id=user_coupon_bundle_id,
            page_size=page_size,
            page_token=page_token,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def send_user_product_coupon(
        self,
        openid: str,
        *,
        body: SendUserProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[UserProductCoupon]:
        """Send a product coupon to a user

        向用户发放商品券。品牌方可以通过本接口向用户发放指定商品券批次，能否发放受限于商品券批次的发放限额：
        商品券批次总预算；商品券批次每日预算（如果有）；商品券批次每人限领（如果有）。
        前置条件：已创建商品券批次，商品券批次处于 SENDING 状态；商品券批次所属商品券的 usage_mode 不为
        PROGRESSIVE_BUNDLE（usage_mode 为 PROGRESSIVE_BUNDLE 的批次在批次组内，不可使用本接口，请使用
        【向用户发放商品券批次组API】）。频率限制：500/s。支持商户：【品牌商户】。

        Sends a coupon of a `SENDING` stock to a user. The send is limited by the stock's total
        budget (`stock_send_rule.max_count`), its daily budget (`max_count_per_day`, if set) and
        the per-user limit (`max_count_per_user`; coupons not yet confirmed count too); each limit
        reached is a 400 named below. The coupon starts `CONFIRMING`: WeChat Pay then sends the
        `PRODUCT_COUPON.SEND` notification (webhook `productCouponNotification`), and the brand
        must call `confirmSendUserProductCoupon` before the coupon can be used.

        `coupon_code` is passed only for a stock whose `coupon_code_mode` is `API_ASSIGN`; WeChat
        Pay assigns the code otherwise.

        **Idempotent on `send_request_no`**: a retry with the same number and body answers the
        first result (the same coupon); the same number with another body is refused with 400
        `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/users/{openid}/coupons``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (SendUserProductCouponRequest): 向用户发放商品券请求。
            body (SendUserProductCouponRequest): the JSON request body.
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

        return await send_user_product_coupon.asyncio_detailed(
            openid=openid,
            client=self._source.client_for("brand", "send_user_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

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

    async def confirm_send_user_product_coupon(
        self,
        openid: str,
        coupon_code: str,
        *,
        body: ConfirmSendUserProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[UserProductCoupon]:
        """Confirm a coupon sent to a user

        确认发放用户商品券。给用户发券后，微信支付会给品牌方发送【商品券回调通知】，此时品牌方应调用本接口确认发放成功。
        注：商品券有多个发券渠道，可以由微信支付提供的营销渠道发券，品牌方也可以调用【向用户发放商品券API】主动发券，
        不论由何渠道发放，微信支付均会发送该通知给品牌方，品牌方均需调用本接口确认发放成功。
        频率限制：500/s。支持商户：【品牌商户】。

        Confirms a coupon in state `CONFIRMING`, whatever channel sent it: the answer on a
        `PRODUCT_COUPON.SEND` notification. The coupon becomes `EFFECTIVE`, or `PENDING` when its
        validity has not begun; a coupon never confirmed cannot be used (400
        `INVALID_REQUEST_COUPON_STATE` 用户券状态非法 on use).

        **Idempotent on `out_request_no`**: a retry with the same number and body answers the first
        result; the same number with another body is refused with 400 `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}/confirm``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            coupon_code (str): 【用户商品券Code】用户商品券的唯一标识。The user product coupon's code.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (ConfirmSendUserProductCouponRequest): 确认发放用户商品券请求。
            body (ConfirmSendUserProductCouponRequest): the JSON request body.
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

        return await confirm_send_user_product_coupon.asyncio_detailed(
            openid=openid,
            coupon_code=coupon_code,
            client=self._source.client_for("brand", "confirm_send_user_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def use_user_product_coupon(
        self,
        openid: str,
        coupon_code: str,
        *,
        body: UseUserProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[UserProductCoupon]:
        """Redeem a user's product coupon

        核销用户商品券。品牌方可以通过本接口核销已经发放给用户的商品券。
        前置条件：已经给用户发券成功，且用户商品券当前可用。频率限制：500/s。支持商户：【品牌商户】。

        Redeems an `EFFECTIVE` coupon against an order (`associated_order_info`, or a pay-score
        order in `associated_pay_score_order_info`); the coupon becomes `USED` and WeChat Pay sends
        the `PRODUCT_COUPON.USE` notification. A coupon not yet confirmed, deactivated, expired,
        deleted, used by another request or outside its usable periods is refused with the 400
        named below.

        **Idempotent on `out_request_no`**: a retry with the same number and body answers the first
        redemption; the same number with another body is refused with 400
        `RESOURCE_ALREADY_EXISTS`. Redeeming a used coupon with a different `out_request_no` is
        400 `INVALID_REQUEST_COUPON_USED` (券已被其他订单核销).

        ``POST /brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}/use``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            coupon_code (str): 【用户商品券Code】用户商品券的唯一标识。The user product coupon's code.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (UseUserProductCouponRequest): 核销用户商品券请求。
            body (UseUserProductCouponRequest): the JSON request body.
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

        return await use_user_product_coupon.asyncio_detailed(
            openid=openid,
            coupon_code=coupon_code,
            client=self._source.client_for("brand", "use_user_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def return_user_product_coupon(
        self,
        openid: str,
        coupon_code: str,
        *,
        body: ReturnUserProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[UserProductCoupon]:
        """Return a redeemed product coupon to the user

        退券。品牌方可以通过本接口将已经核销用户的商品券退回给用户。
        前置条件：已经给用户发券成功，且用户商品券当前已核销。频率限制：500/s。支持商户：【品牌商户】。

        Gives a `USED` coupon back to the user (e.g. the order was refunded): the coupon is usable
        again (`EFFECTIVE`; the document's states have no RETURNED) and WeChat Pay sends the
        `PRODUCT_COUPON.RETURN` notification. A coupon that is not `USED` is 400
        `INVALID_REQUEST_COUPON_STATE`.

        **Idempotent on `out_request_no`**: a retry with the same number and body answers the first
        result; the same number with another body is refused with 400 `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}/return``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            coupon_code (str): 【用户商品券Code】用户商品券的唯一标识。The user product coupon's code.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (ReturnUserProductCouponRequest): 退券请求。
            body (ReturnUserProductCouponRequest): the JSON request body.
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

        return await return_user_product_coupon.asyncio_detailed(
            openid=openid,
            coupon_code=coupon_code,
            client=self._source.client_for("brand", "return_user_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def deactivate_user_product_coupon(
        self,
        openid: str,
        coupon_code: str,
        *,
        body: DeactivateUserProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[UserProductCoupon]:
        """Deactivate a user's product coupon

        失效用户商品券。品牌方可以通过本接口将用户的商品券失效。
        前置条件：已经给用户发券成功，且商品券的 usage_mode 不为 PROGRESSIVE_BUNDLE。频率限制：500/s。
        支持商户：【品牌商户】。

        Deactivates a user's coupon (state `DEACTIVATED`, with `deactivate_request_no`,
        `deactivate_time` and `deactivate_reason`): it can no longer be used. Expired and deleted
        coupons cannot be deactivated (400 named below). No notification is sent for it.

        **Idempotent on `out_request_no`**: a retry with the same number and body answers the first
        result; the same number with another body is refused with 400 `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}/deactivate``

        Args:
            openid (str): 【用户OpenID】OpenID信息，用户在AppID下的唯一标识。The user's OpenID under `appid`.
            coupon_code (str): 【用户商品券Code】用户商品券的唯一标识。The user product coupon's code.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (DeactivateUserProductCouponRequest): 失效用户商品券请求。
            body (DeactivateUserProductCouponRequest): the JSON request body.
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

        return await deactivate_user_product_coupon.asyncio_detailed(
            openid=openid,
            coupon_code=coupon_code,
            client=self._source.client_for("brand", "deactivate_user_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def create_product_coupon(
        self,
        *,
        body: CreateProductCouponRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[CreateProductCouponResponse]:
        """Create a product coupon and its stock

        创建商品券。品牌方可以通过该接口为品牌创建商品券和批次。微信支付创建成功后，会返回此次创建的商品券、批次。
        品牌方可在【经营平台】上配置【活动】对商品券进行投放。
        前置条件：品牌方已【设置商品券事件通知地址】。频率限制：20/s。支持商户：【品牌商户】。

        Creates a product coupon (商品券) with its first stock (批次) and returns both. This spec
        takes the single-use mode (`usage_mode: SINGLE`, 单券) only: a 多次优惠 product coupon
        (`PROGRESSIVE_BUNDLE`) brings stock bundles and operations of its own (see x-doc-errata).

        Where the discount rule goes: for `scope: ALL` (全场券) in `single_usage_info`, for
        `scope: SINGLE` (单品券) in `stock.single_usage_rule`; a 单品券 also needs
        `display_info.original_price` and `display_info.combo_package_list`. `type: EXCHANGE` is
        allowed with `scope: SINGLE` only. Each rule broken is a 400 `INVALID_REQUEST` named below.

        **Idempotent on `out_request_no`** (品牌侧需保持唯一性): a retry with the same number and
        the same body answers the first result; the same number with another body is refused with
        400 `RESOURCE_ALREADY_EXISTS` (`x-idempotency-conflict`).

        ``POST /brand/marketing/product-coupon/product-coupons``

        Args:
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (CreateProductCouponRequest): 创建商品券请求 (单券 mode). Whole-store coupons carry their rule
                in `single_usage_info`, single-product coupons in `stock.single_usage_rule`.
            body (CreateProductCouponRequest): the JSON request body.
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
            Response[CreateProductCouponResponse]: the parsed body with status, headers, the
            raw ``httpx.Response`` and the elapsed time.
        """

        return await create_product_coupon.asyncio_detailed(
            client=self._source.client_for("brand", "create_product_coupon"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_product_coupon(
        self,
        product_coupon_id: str,
        *,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[ProductCoupon]:
        """Get a product coupon

        查询商品券。品牌方可以通过该接口查询商品券的详细信息，但不包括商品券的批次信息。
        如果要查询商品券的批次列表，请使用【查询商品券批次列表API】。
        前置条件：已创建商品券。频率限制：20/s。支持商户：【品牌商户】。

        Returns a product coupon (商品券) without its stocks: its scope, type, usage mode, discount
        rule, display information and state.

        ``GET /brand/marketing/product-coupon/product-coupons/{product_coupon_id}``

        Args:
            product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。The product coupon's ID.
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
            Response[ProductCoupon]: the parsed body with status, headers, the
            raw ``httpx.Response`` and the elapsed time.
        """

        return await get_product_coupon.asyncio_detailed(
            product_coupon_id=product_coupon_id,
            client=self._source.client_for("brand", "get_product_coupon"),
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_stock(
        self,
        product_coupon_id: str,
        stock_id: str,
        *,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[ProductCouponStock]:
        """Get a stock of a product coupon

        查询商品券指定批次。品牌方可以通过该接口查询某个商品券批次的详情。
        前置条件：已创建商品券批次。频率限制：20/s。支持商户：【品牌商户】。

        Returns one stock (批次) of a product coupon: its code mode, budgets (`stock_send_rule`)
        and how much of them is used (`sent_count_info`), usage rules, display and state.

        ``GET /brand/marketing/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}``

        Args:
            product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。The product coupon's ID.
            stock_id (str): 【批次ID】商品券批次的唯一标识，商品券批次创建时由微信支付生成（可使用【创建商品券API】或【添加商品券批次API】创建），请确保该批次属于
                product_coupon_id 对应的商品券。The stock's ID; it must belong to `product_coupon_id`.
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
            Response[ProductCouponStock]: the parsed body with status, headers, the
            raw ``httpx.Response`` and the elapsed time.
        """

        return await get_stock.asyncio_detailed(
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            client=self._source.client_for("brand", "get_stock"),
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def update_stock_budget(
        self,
        product_coupon_id: str,
        stock_id: str,
        *,
        body: UpdateStockBudgetRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[ProductCouponStock]:
        """Change a stock's total or daily budget

        修改商品券批次发放预算。品牌方可以通过本接口修改商品券批次的投放预算。
        注：本接口每次调用只能调整一个维度的投放预算，如果你需要调整多个维度的预算，请多次调用本接口。
        前置条件：已创建 usage_mode 不为 PROGRESSIVE_BUNDLE 的商品券对应的批次；批次未失效或过期；
        usage_mode 为 PROGRESSIVE_BUNDLE 的批次在批次组内，不可使用本接口，请使用【修改商品券批次组发放预算API】。
        频率限制：20/s。支持商户：【品牌商户】。

        Changes one budget of a stock per call: the total number of coupons it may send
        (`update_mode: MAX_COUNT`, `current_max_count` → `target_max_count`) or the number per day
        (`MAX_COUNT_PER_DAY`, `current_max_count_per_day` → `target_max_count_per_day`). The
        per-user limit cannot be changed. `current_*` names the budget the caller believes is in
        force; answers the stock as changed.

        **Idempotent on `out_request_no`** (品牌侧需保持唯一性): a retry with the same number and
        body answers the first result; the same number with another body is refused with 400
        `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/update-budget``

        Args:
            product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。The product coupon's ID.
            stock_id (str): 【批次ID】商品券批次的唯一标识，商品券批次创建时由微信支付生成（可使用【创建商品券API】或【添加商品券批次API】创建），请确保该批次属于
                product_coupon_id 对应的商品券。The stock's ID; it must belong to `product_coupon_id`.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (UpdateStockBudgetRequest): 修改批次发放预算请求。One budget per call; send the
                `current_*`/`target_*` pair of the mode.
            body (UpdateStockBudgetRequest): the JSON request body.
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
            Response[ProductCouponStock]: the parsed body with status, headers, the
            raw ``httpx.Response`` and the elapsed time.
        """

        return await update_stock_budget.asyncio_detailed(
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            client=self._source.client_for("brand", "update_stock_budget"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def deactivate_stock(
        self,
        product_coupon_id: str,
        stock_id: str,
        *,
        body: DeactivateStockRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[ProductCouponStock]:
        """Deactivate a stock

        失效商品券批次。品牌方可以通过该接口使已经创建的某个商品券批次失效。
        注意：调用本接口只会失效单个批次，商品券本身以及其他商品券批次不受影响。
        失效商品券批次后，该批次不会有新的用户领券事件，但历史已经通过该批次发放的用户商品券仍然有效。
        前置条件：商品券批次处于 SENDING 或 PAUSED 状态。频率限制：20/s。支持商户：【品牌商户】。

        Deactivates one stock (state `DEACTIVATED`): it sends no more coupons, while the coupons it
        already sent stay valid. Only a stock in `SENDING` or `PAUSED` can be deactivated.

        **Idempotent on `out_request_no`**: a retry with the same number and body answers the first
        result; the same number with another body is refused with 400 `RESOURCE_ALREADY_EXISTS`.

        ``POST /brand/marketing/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/deactivate``

        Args:
            product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。The product coupon's ID.
            stock_id (str): 【批次ID】商品券批次的唯一标识，商品券批次创建时由微信支付生成（可使用【创建商品券API】或【添加商品券批次API】创建），请确保该批次属于
                product_coupon_id 对应的商品券。The stock's ID; it must belong to `product_coupon_id`.
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (DeactivateStockRequest): 失效商品券批次请求。
            body (DeactivateStockRequest): the JSON request body.
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
            Response[ProductCouponStock]: the parsed body with status, headers, the
            raw ``httpx.Response`` and the elapsed time.
        """

        return await deactivate_stock.asyncio_detailed(
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            client=self._source.client_for("brand", "deactivate_stock"),
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_notify_config(
        self,
        *,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[ProductCouponNotifyUrlConfig]:
        """Get the brand's product-coupon notify URL

        获取商品券事件通知地址。品牌方可以通过本接口查询商品券相关事件的回调地址，该地址配置为品牌维度配置，
        该品牌下的所有商品券相关事件均会通知到该地址。
        前置条件：品牌已经配置商品券事件通知地址。频率限制：20/s。支持商户：【品牌商户】。

        Returns the URL to which WeChat Pay sends every product-coupon notification of the brand
        (webhook `productCouponNotification`), and when it was set. A brand that has set none is
        answered 404.

        ``GET /brand/marketing/product-coupon/notify-configs``

        Args:
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
            Response[ProductCouponNotifyUrlConfig]: the parsed body with status, headers, the
            raw ``httpx.Response`` and the elapsed time.
        """

        return await get_notify_config.asyncio_detailed(
            client=self._source.client_for("brand", "get_notify_config"),
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def set_notify_config(
        self,
        *,
        body: SetNotifyConfigRequest,
        wechatpay_serial: str | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[ProductCouponNotifyUrlConfig]:
        """Set the brand's product-coupon notify URL

        设置商品券事件通知地址。The brand sets the URL to which WeChat Pay sends every product-coupon
        notification (webhook `productCouponNotification`): one URL per brand, replaced by each
        call. Creating a product coupon requires it first (创建商品券: 前置条件：品牌方已【设置商品券事件通知地址】).

        The URL is http(s), at most 256 characters, with a path and without a query
        (不允许携带Query参数); WeChat Pay reaches it from the internet only (no 127.0.0.1,
        192.168.x.x or localhost in production). Setting the same URL again changes only
        `update_time`.

        ``POST /brand/marketing/product-coupon/notify-configs``

        Args:
            wechatpay_serial (str | Unset): 【微信支付公钥ID】请传入 brand_id 对应的微信支付公钥ID，接口将会校验两者的关联关系。The WeChat
                Pay public key ID (`PUB_KEY_ID_…`) bound to the brand; the API checks the association and
                signs its answer with that key. Optional: when unset, the auth plugin sends its verifier's
                WeChat Pay public key id (the first of ``public_keys``).
            body (SetNotifyConfigRequest): 设置商品券事件通知地址请求。
            body (SetNotifyConfigRequest): the JSON request body.
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
            Response[ProductCouponNotifyUrlConfig]: the parsed body with status, headers, the
            raw ``httpx.Response`` and the elapsed time.
        """

        return await set_notify_config.asyncio_detailed(
            client=self._source.client_for("brand", "set_notify_config"),
            body=body,
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
