from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._json import loads_json
from ..._paging import PageWalk
from ..._values import enum_value, path_segment, text, whole_number
from ...client import Client
from ...models.busifavor_coupon_entity import BusifavorCouponEntity
from ...models.busifavor_coupon_list_response import BusifavorCouponListResponse
from ...models.busifavor_coupon_state import BusifavorCouponState
from ...types import UNSET, Response, Unset, attach_request_id


def _get_kwargs(
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
) -> dict[str, Any]:
    appid = text(appid, "appid")
    if not isinstance(stock_id, Unset) and stock_id is not None:
        stock_id = text(stock_id, "stock_id")
    if not isinstance(creator_merchant, Unset) and creator_merchant is not None:
        creator_merchant = text(creator_merchant, "creator_merchant")
    if not isinstance(belong_merchant, Unset) and belong_merchant is not None:
        belong_merchant = text(belong_merchant, "belong_merchant")
    if not isinstance(sender_merchant, Unset) and sender_merchant is not None:
        sender_merchant = text(sender_merchant, "sender_merchant")
    if not isinstance(offset, Unset) and offset is not None:
        offset = whole_number(offset, "offset")
    if not isinstance(limit, Unset) and limit is not None:
        limit = whole_number(limit, "limit")

    params: dict[str, Any] = {}

    params["appid"] = appid

    params["stock_id"] = stock_id

    json_coupon_state: str | Unset = UNSET
    if not isinstance(coupon_state, Unset):
        json_coupon_state = enum_value(BusifavorCouponState, coupon_state, "coupon_state")

    params["coupon_state"] = json_coupon_state

    params["creator_merchant"] = creator_merchant

    params["belong_merchant"] = belong_merchant

    params["sender_merchant"] = sender_merchant

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/v3/marketing/busifavor/users/{openid}/coupons",
        "url": "/v3/marketing/busifavor/users/{openid}/coupons".format(
            openid=path_segment(openid, "openid"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> BusifavorCouponListResponse:
    if response.status_code == 200:
        response_200 = BusifavorCouponListResponse.from_dict(loads_json(response.content))

        return response_200

    raise errors.ApiResponseValidationError(
        response, f"status {response.status_code} is not a documented success status"
    )


def _build_response(response: httpx.Response) -> Response[BusifavorCouponListResponse]:
    if not 200 <= response.status_code <= 299:
        raise errors.error_for_response(response, "list_busifavor_coupons_by_filter")
    try:
        parsed = _parse_success(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A 2xx that does not match the spec must not surface as a bare KeyError deep in a model.
        raise errors.ApiResponseValidationError(response, f"{type(exc).__name__}: {exc}") from exc
    attach_request_id(parsed, response)
    try:
        status_code: int = HTTPStatus(response.status_code)
    except ValueError:
        status_code = response.status_code
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        http_response=response,
        elapsed=response.extensions.get("wechatpay_elapsed") or response.elapsed,
        attempts=response.extensions.get("wechatpay_attempts", 1),
    )


def sync_detailed(
    openid: str,
    *,
    client: Client,
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
        client (Client): the connection settings and auth to send with.

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

    request = _get_kwargs(
        openid=openid,
        appid=appid,
        stock_id=stock_id,
        coupon_state=coupon_state,
        creator_merchant=creator_merchant,
        belong_merchant=belong_merchant,
        sender_merchant=sender_merchant,
        offset=offset,
        limit=limit,
    )
    response = client.send(
        request,
        operation_id="list_busifavor_coupons_by_filter",
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    )
    return _build_response(response)


def sync(
    openid: str,
    *,
    client: Client,
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
        client (Client): the connection settings and auth to send with.

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

    return sync_detailed(
        openid=openid,
        client=client,
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
    ).parsed


async def asyncio_detailed(
    openid: str,
    *,
    client: Client,
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
        client (Client): the connection settings and auth to send with.

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

    request = _get_kwargs(
        openid=openid,
        appid=appid,
        stock_id=stock_id,
        coupon_state=coupon_state,
        creator_merchant=creator_merchant,
        belong_merchant=belong_merchant,
        sender_merchant=sender_merchant,
        offset=offset,
        limit=limit,
    )
    response = await client.send_async(
        request,
        operation_id="list_busifavor_coupons_by_filter",
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    )
    return _build_response(response)


async def asyncio(
    openid: str,
    *,
    client: Client,
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
        client (Client): the connection settings and auth to send with.

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

    return (
        await asyncio_detailed(
            openid=openid,
            client=client,
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
    ).parsed


def iter_busifavor_coupons_by_filter(
    openid: str,
    *,
    client: Client,
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
    """Every BusifavorCouponEntity of ``list_busifavor_coupons_by_filter``, page by page, fetched lazily.

    Takes the arguments of ``sync``: ``offset`` is the zero-based page to start from, ``limit``
    the page size. One page is held at a time, so memory stays flat however many there are; the
    walk ends at the page that reaches ``total_count``.

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
        client (Client): the connection settings and auth to send with.

    Yields:
        BusifavorCouponEntity: each item of each page, in order.
    """
    walk = PageWalk(
        offset,
        limit,
        offset_field="offset",
        limit_field="limit",
    )
    while True:
        page = sync(
            openid=openid,
            client=client,
            appid=appid,
            stock_id=stock_id,
            coupon_state=coupon_state,
            creator_merchant=creator_merchant,
            belong_merchant=belong_merchant,
            sender_merchant=sender_merchant,
            offset=walk.page_index,
            limit=limit,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )
        batch = [] if isinstance(page.data, Unset) else page.data
        yield from batch
        if not walk.advance(len(batch), page.total_count):
            return


async def aiter_busifavor_coupons_by_filter(
    openid: str,
    *,
    client: Client,
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
    """``iter_busifavor_coupons_by_filter`` for async code: ``async for item in aiter_busifavor_coupons_by_filter(...)``.

    Takes the arguments of ``asyncio``: ``offset`` is the zero-based page to start from,
    ``limit`` the page size; one page is held at a time.

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
        client (Client): the connection settings and auth to send with.

    Yields:
        BusifavorCouponEntity: each item of each page, in order.
    """
    walk = PageWalk(
        offset,
        limit,
        offset_field="offset",
        limit_field="limit",
    )
    while True:
        page = await asyncio(
            openid=openid,
            client=client,
            appid=appid,
            stock_id=stock_id,
            coupon_state=coupon_state,
            creator_merchant=creator_merchant,
            belong_merchant=belong_merchant,
            sender_merchant=sender_merchant,
            offset=walk.page_index,
            limit=limit,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )
        batch = [] if isinstance(page.data, Unset) else page.data
        for item in batch:
            yield item
        if not walk.advance(len(batch), page.total_count):
            return
