"""Merchant coupons (商家券): 商家券 Merchant-exclusive coupons: coupons a merchant creates, sends to users' WeChat card bags
and redeems itself. List a user's coupons by filters, and redeem one (idempotently on
`use_request_no`). Signed with the merchant scheme (`WECHATPAY2-SHA256-RSA2048`).

The operations of this tag, as modules (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``) and as the ``busifavor`` namespace of the resource-style clients
(``WechatPay().busifavor``, ``AsyncWechatPay().busifavor``).
"""

from collections.abc import AsyncIterator, Iterator
from typing import Protocol

import httpx

from ...client import Client
from ...models.busifavor_coupon_entity import BusifavorCouponEntity
from ...models.busifavor_coupon_list_response import BusifavorCouponListResponse
from ...models.busifavor_coupon_state import BusifavorCouponState
from ...models.use_busifavor_coupon_request import UseBusifavorCouponRequest
from ...models.use_busifavor_coupon_response import UseBusifavorCouponResponse
from ...types import UNSET, Response, Unset
from . import list_busifavor_coupons_by_filter, use_busifavor_coupon


class ClientSource(Protocol):
    """What a resource needs from its resource-style client: the ``Client`` for a credential."""

    def client_for(self, credential: str, operation: str) -> Client: ...


class BusifavorResource:
    """Merchant coupons (商家券).

    商家券 Merchant-exclusive coupons: coupons a merchant creates, sends to users' WeChat card bags
    and redeems itself. List a user's coupons by filters, and redeem one (idempotently on
    `use_request_no`). Signed with the merchant scheme (`WECHATPAY2-SHA256-RSA2048`).
    """

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> "BusifavorResourceWithRawResponse":
        """The same operations, returning ``Response`` objects (status, headers, raw
        ``httpx.Response``, elapsed time) instead of the parsed body alone."""
        return BusifavorResourceWithRawResponse(self._source)

    def list_busifavor_coupons_by_filter(
        self,
        openid: str,
        *,
        appid: str,
        stock_id: str | Unset = UNSET,
        coupon_state: BusifavorCouponState | Unset = UNSET,
        creator_merchant: str | Unset = UNSET,
        belong_merchant: str | Unset = UNSET,
        sender_merchant: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> BusifavorCouponListResponse:
        """List a user's merchant coupons by filters

        根据过滤条件查询用户券API。服务商自定义筛选条件（如创建商户号、归属商户号、发放商户号等），
        查询指定微信用户卡包中满足对应条件的所有商家券信息。适用对象：微信支付商户。

        Lists the merchant coupons (商家券) in a user's WeChat card bag that match the filters.
        Results are paged with `offset` (a zero-based **page index**, 分页页码) and `limit` (page
        size); `total_count` is the number of matching coupons over all pages.

        The caller must pass the filter that names its own role: `creator_merchant` when it created
        the stock, `belong_merchant` when the stock belongs to it, `sender_merchant` when it sends
        coupons of the stock.

        ``GET /v3/marketing/busifavor/users/{openid}/coupons``

        Args:
            openid (str): 用户标识。Openid 信息，用户在 appid 下的唯一标识。The user's OpenID under `appid`.
            appid (str): 公众账号 ID。微信为可核销商户分配的公众账号 ID，接口传入的所有 appid 应该为公众号的 appid（在 mp.weixin.qq.com
                申请的），不能为 APP 的 appid（在 open.weixin.qq.com 申请的）。The official-account AppID the OpenID belongs
                to.
            stock_id (str | Unset): 批次号，是否指定批次号查询。Only coupons of this stock.
            coupon_state (BusifavorCouponState | Unset): 商家券状态。SENDED 可用 (available); USED 已核销
                (redeemed); EXPIRED 已过期 (expired);
                DELETED 已删除 (deleted by the user); DEACTIVATED 已失效 (deactivated by the merchant).
            creator_merchant (str | Unset): 创建批次的商户号。批次创建方商户号。Merchant ID that created the stock;
                required when the caller is the creator.
            belong_merchant (str | Unset): 批次归属商户号。特殊规则：长度最小 8 个字节。Merchant ID the stock belongs to (8
                to 15 characters); required when the caller is the owner.
            sender_merchant (str | Unset): 批次发放商户号。Merchant ID that sends coupons of the stock; required
                when the caller is the sender.
            offset (int | Unset): 分页页码。Zero-based page index; the first page is 0.
            limit (int | Unset): 分页大小。Page size (number of coupons per page).
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
            BusifavorCouponListResponse
        """

        return list_busifavor_coupons_by_filter.sync(
            openid=openid,
            client=self._source.client_for("merchant", "list_busifavor_coupons_by_filter"),
            appid=appid,
            stock_id=stock_id,
            coupon_state=coupon_state,
            creator_merchant=creator_merchant,
            belong_merchant=belong_merchant,
            sender_merchant=sender_merchant,
            offset=offset,
            limit=limit,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_busifavor_coupons_by_filter(
        self,
        openid: str,
        *,
        appid: str,
        stock_id: str | Unset = UNSET,
        coupon_state: BusifavorCouponState | Unset = UNSET,
        creator_merchant: str | Unset = UNSET,
        belong_merchant: str | Unset = UNSET,
        sender_merchant: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Iterator[BusifavorCouponEntity]:
        """Every BusifavorCouponEntity of ``list_busifavor_coupons_by_filter``, page by page,
        fetched lazily as the loop advances: ``offset`` is the zero-based page to start from,
        ``limit`` the page size; memory stays flat however many there are."""
        return list_busifavor_coupons_by_filter.iter_busifavor_coupons_by_filter(
            openid=openid,
            client=self._source.client_for("merchant", "list_busifavor_coupons_by_filter"),
            appid=appid,
            stock_id=stock_id,
            coupon_state=coupon_state,
            creator_merchant=creator_merchant,
            belong_merchant=belong_merchant,
            sender_merchant=sender_merchant,
            offset=offset,
            limit=limit,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def use_busifavor_coupon(
        self,
        *,
        body: UseBusifavorCouponRequest,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UseBusifavorCouponResponse:
        """Redeem a user's merchant coupon

        核销用户券API。在用户满足优惠门槛后，服务商可通过该接口核销用户微信卡包中具体某一张商家券。
        适用对象：微信支付商户。核销频率：500 QPS。

        Redeems one merchant coupon (商家券) in a user's card bag once the user meets the
        coupon's threshold.

        **Idempotent on `use_request_no`.** Repeating a request with the same `use_request_no`
        returns the result of the first redemption and does not redeem twice, so a request that
        timed out may be retried safely with the same body. Redeeming an already redeemed coupon
        with a different `use_request_no` fails with 400 `RESOURCE_ALREADY_EXISTS`
        (券已被其他订单核销).

        A repeated `use_request_no` is a retry only when the body repeats the first one field for
        field (`coupon_code`, `stock_id`, `appid`, `use_time`, `openid`, present or absent alike).
        Any other request reusing it redeemed nothing and is answered 400
        `RESOURCE_ALREADY_EXISTS`, whose documented remedy is to check that the request number was
        not used before (`x-idempotency-conflict`); `detail` names the field that differs.

        ``POST /v3/marketing/busifavor/coupons/use``

        Args:
            body (UseBusifavorCouponRequest): 核销用户券请求。
            body (UseBusifavorCouponRequest): the JSON request body.
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
            UseBusifavorCouponResponse
        """

        return use_busifavor_coupon.sync(
            client=self._source.client_for("merchant", "use_busifavor_coupon"),
            body=body,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )


class BusifavorResourceWithRawResponse:
    """Merchant coupons (商家券), returning each ``Response`` (status, headers, raw ``httpx.Response``, elapsed).

    商家券 Merchant-exclusive coupons: coupons a merchant creates, sends to users' WeChat card bags
    and redeems itself. List a user's coupons by filters, and redeem one (idempotently on
    `use_request_no`). Signed with the merchant scheme (`WECHATPAY2-SHA256-RSA2048`).
    """

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    def list_busifavor_coupons_by_filter(
        self,
        openid: str,
        *,
        appid: str,
        stock_id: str | Unset = UNSET,
        coupon_state: BusifavorCouponState | Unset = UNSET,
        creator_merchant: str | Unset = UNSET,
        belong_merchant: str | Unset = UNSET,
        sender_merchant: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[BusifavorCouponListResponse]:
        """List a user's merchant coupons by filters

        根据过滤条件查询用户券API。服务商自定义筛选条件（如创建商户号、归属商户号、发放商户号等），
        查询指定微信用户卡包中满足对应条件的所有商家券信息。适用对象：微信支付商户。

        Lists the merchant coupons (商家券) in a user's WeChat card bag that match the filters.
        Results are paged with `offset` (a zero-based **page index**, 分页页码) and `limit` (page
        size); `total_count` is the number of matching coupons over all pages.

        The caller must pass the filter that names its own role: `creator_merchant` when it created
        the stock, `belong_merchant` when the stock belongs to it, `sender_merchant` when it sends
        coupons of the stock.

        ``GET /v3/marketing/busifavor/users/{openid}/coupons``

        Args:
            openid (str): 用户标识。Openid 信息，用户在 appid 下的唯一标识。The user's OpenID under `appid`.
            appid (str): 公众账号 ID。微信为可核销商户分配的公众账号 ID，接口传入的所有 appid 应该为公众号的 appid（在 mp.weixin.qq.com
                申请的），不能为 APP 的 appid（在 open.weixin.qq.com 申请的）。The official-account AppID the OpenID belongs
                to.
            stock_id (str | Unset): 批次号，是否指定批次号查询。Only coupons of this stock.
            coupon_state (BusifavorCouponState | Unset): 商家券状态。SENDED 可用 (available); USED 已核销
                (redeemed); EXPIRED 已过期 (expired);
                DELETED 已删除 (deleted by the user); DEACTIVATED 已失效 (deactivated by the merchant).
            creator_merchant (str | Unset): 创建批次的商户号。批次创建方商户号。Merchant ID that created the stock;
                required when the caller is the creator.
            belong_merchant (str | Unset): 批次归属商户号。特殊规则：长度最小 8 个字节。Merchant ID the stock belongs to (8
                to 15 characters); required when the caller is the owner.
            sender_merchant (str | Unset): 批次发放商户号。Merchant ID that sends coupons of the stock; required
                when the caller is the sender.
            offset (int | Unset): 分页页码。Zero-based page index; the first page is 0.
            limit (int | Unset): 分页大小。Page size (number of coupons per page).
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
            Response[BusifavorCouponListResponse]: the parsed body with status, headers, the
            raw ``httpx.Response`` and the elapsed time.
        """

        return list_busifavor_coupons_by_filter.sync_detailed(
            openid=openid,
            client=self._source.client_for("merchant", "list_busifavor_coupons_by_filter"),
            appid=appid,
            stock_id=stock_id,
            coupon_state=coupon_state,
            creator_merchant=creator_merchant,
            belong_merchant=belong_merchant,
            sender_merchant=sender_merchant,
            offset=offset,
            limit=limit,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def use_busifavor_coupon(
        self,
        *,
        body: UseBusifavorCouponRequest,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[UseBusifavorCouponResponse]:
        """Redeem a user's merchant coupon

        核销用户券API。在用户满足优惠门槛后，服务商可通过该接口核销用户微信卡包中具体某一张商家券。
        适用对象：微信支付商户。核销频率：500 QPS。

        Redeems one merchant coupon (商家券) in a user's card bag once the user meets the
        coupon's threshold.

        **Idempotent on `use_request_no`.** Repeating a request with the same `use_request_no`
        returns the result of the first redemption and does not redeem twice, so a request that
        timed out may be retried safely with the same body. Redeeming an already redeemed coupon
        with a different `use_request_no` fails with 400 `RESOURCE_ALREADY_EXISTS`
        (券已被其他订单核销).

        A repeated `use_request_no` is a retry only when the body repeats the first one field for
        field (`coupon_code`, `stock_id`, `appid`, `use_time`, `openid`, present or absent alike).
        Any other request reusing it redeemed nothing and is answered 400
        `RESOURCE_ALREADY_EXISTS`, whose documented remedy is to check that the request number was
        not used before (`x-idempotency-conflict`); `detail` names the field that differs.

        ``POST /v3/marketing/busifavor/coupons/use``

        Args:
            body (UseBusifavorCouponRequest): 核销用户券请求。
            body (UseBusifavorCouponRequest): the JSON request body.
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
            Response[UseBusifavorCouponResponse]: the parsed body with status, headers, the
            raw ``httpx.Response`` and the elapsed time.
        """

        return use_busifavor_coupon.sync_detailed(
            client=self._source.client_for("merchant", "use_busifavor_coupon"),
            body=body,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )


class AsyncBusifavorResource:
    """Merchant coupons (商家券).

    商家券 Merchant-exclusive coupons: coupons a merchant creates, sends to users' WeChat card bags
    and redeems itself. List a user's coupons by filters, and redeem one (idempotently on
    `use_request_no`). Signed with the merchant scheme (`WECHATPAY2-SHA256-RSA2048`).
    """

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> "AsyncBusifavorResourceWithRawResponse":
        """The same operations, returning ``Response`` objects (status, headers, raw
        ``httpx.Response``, elapsed time) instead of the parsed body alone."""
        return AsyncBusifavorResourceWithRawResponse(self._source)

    async def list_busifavor_coupons_by_filter(
        self,
        openid: str,
        *,
        appid: str,
        stock_id: str | Unset = UNSET,
        coupon_state: BusifavorCouponState | Unset = UNSET,
        creator_merchant: str | Unset = UNSET,
        belong_merchant: str | Unset = UNSET,
        sender_merchant: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> BusifavorCouponListResponse:
        """List a user's merchant coupons by filters

        根据过滤条件查询用户券API。服务商自定义筛选条件（如创建商户号、归属商户号、发放商户号等），
        查询指定微信用户卡包中满足对应条件的所有商家券信息。适用对象：微信支付商户。

        Lists the merchant coupons (商家券) in a user's WeChat card bag that match the filters.
        Results are paged with `offset` (a zero-based **page index**, 分页页码) and `limit` (page
        size); `total_count` is the number of matching coupons over all pages.

        The caller must pass the filter that names its own role: `creator_merchant` when it created
        the stock, `belong_merchant` when the stock belongs to it, `sender_merchant` when it sends
        coupons of the stock.

        ``GET /v3/marketing/busifavor/users/{openid}/coupons``

        Args:
            openid (str): 用户标识。Openid 信息，用户在 appid 下的唯一标识。The user's OpenID under `appid`.
            appid (str): 公众账号 ID。微信为可核销商户分配的公众账号 ID，接口传入的所有 appid 应该为公众号的 appid（在 mp.weixin.qq.com
                申请的），不能为 APP 的 appid（在 open.weixin.qq.com 申请的）。The official-account AppID the OpenID belongs
                to.
            stock_id (str | Unset): 批次号，是否指定批次号查询。Only coupons of this stock.
            coupon_state (BusifavorCouponState | Unset): 商家券状态。SENDED 可用 (available); USED 已核销
                (redeemed); EXPIRED 已过期 (expired);
                DELETED 已删除 (deleted by the user); DEACTIVATED 已失效 (deactivated by the merchant).
            creator_merchant (str | Unset): 创建批次的商户号。批次创建方商户号。Merchant ID that created the stock;
                required when the caller is the creator.
            belong_merchant (str | Unset): 批次归属商户号。特殊规则：长度最小 8 个字节。Merchant ID the stock belongs to (8
                to 15 characters); required when the caller is the owner.
            sender_merchant (str | Unset): 批次发放商户号。Merchant ID that sends coupons of the stock; required
                when the caller is the sender.
            offset (int | Unset): 分页页码。Zero-based page index; the first page is 0.
            limit (int | Unset): 分页大小。Page size (number of coupons per page).
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
            BusifavorCouponListResponse
        """

        return await list_busifavor_coupons_by_filter.asyncio(
            openid=openid,
            client=self._source.client_for("merchant", "list_busifavor_coupons_by_filter"),
            appid=appid,
            stock_id=stock_id,
            coupon_state=coupon_state,
            creator_merchant=creator_merchant,
            belong_merchant=belong_merchant,
            sender_merchant=sender_merchant,
            offset=offset,
            limit=limit,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_busifavor_coupons_by_filter(
        self,
        openid: str,
        *,
        appid: str,
        stock_id: str | Unset = UNSET,
        coupon_state: BusifavorCouponState | Unset = UNSET,
        creator_merchant: str | Unset = UNSET,
        belong_merchant: str | Unset = UNSET,
        sender_merchant: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> AsyncIterator[BusifavorCouponEntity]:
        """Every BusifavorCouponEntity of ``list_busifavor_coupons_by_filter``, page by page,
        fetched lazily as the loop advances: ``offset`` is the zero-based page to start from,
        ``limit`` the page size; memory stays flat however many there are."""
        return list_busifavor_coupons_by_filter.aiter_busifavor_coupons_by_filter(
            openid=openid,
            client=self._source.client_for("merchant", "list_busifavor_coupons_by_filter"),
            appid=appid,
            stock_id=stock_id,
            coupon_state=coupon_state,
            creator_merchant=creator_merchant,
            belong_merchant=belong_merchant,
            sender_merchant=sender_merchant,
            offset=offset,
            limit=limit,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def use_busifavor_coupon(
        self,
        *,
        body: UseBusifavorCouponRequest,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UseBusifavorCouponResponse:
        """Redeem a user's merchant coupon

        核销用户券API。在用户满足优惠门槛后，服务商可通过该接口核销用户微信卡包中具体某一张商家券。
        适用对象：微信支付商户。核销频率：500 QPS。

        Redeems one merchant coupon (商家券) in a user's card bag once the user meets the
        coupon's threshold.

        **Idempotent on `use_request_no`.** Repeating a request with the same `use_request_no`
        returns the result of the first redemption and does not redeem twice, so a request that
        timed out may be retried safely with the same body. Redeeming an already redeemed coupon
        with a different `use_request_no` fails with 400 `RESOURCE_ALREADY_EXISTS`
        (券已被其他订单核销).

        A repeated `use_request_no` is a retry only when the body repeats the first one field for
        field (`coupon_code`, `stock_id`, `appid`, `use_time`, `openid`, present or absent alike).
        Any other request reusing it redeemed nothing and is answered 400
        `RESOURCE_ALREADY_EXISTS`, whose documented remedy is to check that the request number was
        not used before (`x-idempotency-conflict`); `detail` names the field that differs.

        ``POST /v3/marketing/busifavor/coupons/use``

        Args:
            body (UseBusifavorCouponRequest): 核销用户券请求。
            body (UseBusifavorCouponRequest): the JSON request body.
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
            UseBusifavorCouponResponse
        """

        return await use_busifavor_coupon.asyncio(
            client=self._source.client_for("merchant", "use_busifavor_coupon"),
            body=body,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )


class AsyncBusifavorResourceWithRawResponse:
    """Merchant coupons (商家券), returning each ``Response`` (status, headers, raw ``httpx.Response``, elapsed).

    商家券 Merchant-exclusive coupons: coupons a merchant creates, sends to users' WeChat card bags
    and redeems itself. List a user's coupons by filters, and redeem one (idempotently on
    `use_request_no`). Signed with the merchant scheme (`WECHATPAY2-SHA256-RSA2048`).
    """

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    async def list_busifavor_coupons_by_filter(
        self,
        openid: str,
        *,
        appid: str,
        stock_id: str | Unset = UNSET,
        coupon_state: BusifavorCouponState | Unset = UNSET,
        creator_merchant: str | Unset = UNSET,
        belong_merchant: str | Unset = UNSET,
        sender_merchant: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[BusifavorCouponListResponse]:
        """List a user's merchant coupons by filters

        根据过滤条件查询用户券API。服务商自定义筛选条件（如创建商户号、归属商户号、发放商户号等），
        查询指定微信用户卡包中满足对应条件的所有商家券信息。适用对象：微信支付商户。

        Lists the merchant coupons (商家券) in a user's WeChat card bag that match the filters.
        Results are paged with `offset` (a zero-based **page index**, 分页页码) and `limit` (page
        size); `total_count` is the number of matching coupons over all pages.

        The caller must pass the filter that names its own role: `creator_merchant` when it created
        the stock, `belong_merchant` when the stock belongs to it, `sender_merchant` when it sends
        coupons of the stock.

        ``GET /v3/marketing/busifavor/users/{openid}/coupons``

        Args:
            openid (str): 用户标识。Openid 信息，用户在 appid 下的唯一标识。The user's OpenID under `appid`.
            appid (str): 公众账号 ID。微信为可核销商户分配的公众账号 ID，接口传入的所有 appid 应该为公众号的 appid（在 mp.weixin.qq.com
                申请的），不能为 APP 的 appid（在 open.weixin.qq.com 申请的）。The official-account AppID the OpenID belongs
                to.
            stock_id (str | Unset): 批次号，是否指定批次号查询。Only coupons of this stock.
            coupon_state (BusifavorCouponState | Unset): 商家券状态。SENDED 可用 (available); USED 已核销
                (redeemed); EXPIRED 已过期 (expired);
                DELETED 已删除 (deleted by the user); DEACTIVATED 已失效 (deactivated by the merchant).
            creator_merchant (str | Unset): 创建批次的商户号。批次创建方商户号。Merchant ID that created the stock;
                required when the caller is the creator.
            belong_merchant (str | Unset): 批次归属商户号。特殊规则：长度最小 8 个字节。Merchant ID the stock belongs to (8
                to 15 characters); required when the caller is the owner.
            sender_merchant (str | Unset): 批次发放商户号。Merchant ID that sends coupons of the stock; required
                when the caller is the sender.
            offset (int | Unset): 分页页码。Zero-based page index; the first page is 0.
            limit (int | Unset): 分页大小。Page size (number of coupons per page).
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
            Response[BusifavorCouponListResponse]: the parsed body with status, headers, the
            raw ``httpx.Response`` and the elapsed time.
        """

        return await list_busifavor_coupons_by_filter.asyncio_detailed(
            openid=openid,
            client=self._source.client_for("merchant", "list_busifavor_coupons_by_filter"),
            appid=appid,
            stock_id=stock_id,
            coupon_state=coupon_state,
            creator_merchant=creator_merchant,
            belong_merchant=belong_merchant,
            sender_merchant=sender_merchant,
            offset=offset,
            limit=limit,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def use_busifavor_coupon(
        self,
        *,
        body: UseBusifavorCouponRequest,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Response[UseBusifavorCouponResponse]:
        """Redeem a user's merchant coupon

        核销用户券API。在用户满足优惠门槛后，服务商可通过该接口核销用户微信卡包中具体某一张商家券。
        适用对象：微信支付商户。核销频率：500 QPS。

        Redeems one merchant coupon (商家券) in a user's card bag once the user meets the
        coupon's threshold.

        **Idempotent on `use_request_no`.** Repeating a request with the same `use_request_no`
        returns the result of the first redemption and does not redeem twice, so a request that
        timed out may be retried safely with the same body. Redeeming an already redeemed coupon
        with a different `use_request_no` fails with 400 `RESOURCE_ALREADY_EXISTS`
        (券已被其他订单核销).

        A repeated `use_request_no` is a retry only when the body repeats the first one field for
        field (`coupon_code`, `stock_id`, `appid`, `use_time`, `openid`, present or absent alike).
        Any other request reusing it redeemed nothing and is answered 400
        `RESOURCE_ALREADY_EXISTS`, whose documented remedy is to check that the request number was
        not used before (`x-idempotency-conflict`); `detail` names the field that differs.

        ``POST /v3/marketing/busifavor/coupons/use``

        Args:
            body (UseBusifavorCouponRequest): 核销用户券请求。
            body (UseBusifavorCouponRequest): the JSON request body.
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
            Response[UseBusifavorCouponResponse]: the parsed body with status, headers, the
            raw ``httpx.Response`` and the elapsed time.
        """

        return await use_busifavor_coupon.asyncio_detailed(
            client=self._source.client_for("merchant", "use_busifavor_coupon"),
            body=body,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )


__all__ = [
    "AsyncBusifavorResource",
    "AsyncBusifavorResourceWithRawResponse",
    "ClientSource",
    "BusifavorResource",
    "BusifavorResourceWithRawResponse",
]
