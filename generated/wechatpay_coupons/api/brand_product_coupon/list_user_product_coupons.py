from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._json import loads_json
from ..._paging import TokenWalk
from ..._values import enum_value, path_segment, text, whole_number
from ...client import Client
from ...models.user_product_coupon import UserProductCoupon
from ...models.user_product_coupon_list_response import UserProductCouponListResponse
from ...models.user_product_coupon_state import UserProductCouponState
from ...types import UNSET, Response, Unset, attach_request_id


def _get_kwargs(
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
) -> dict[str, Any]:
    if not isinstance(product_coupon_id, Unset) and product_coupon_id is not None:
        product_coupon_id = text(product_coupon_id, "product_coupon_id")
    if not isinstance(stock_id, Unset) and stock_id is not None:
        stock_id = text(stock_id, "stock_id")
    appid = text(appid, "appid")
    if not isinstance(user_coupon_bundle_id, Unset) and user_coupon_bundle_id is not None:
        user_coupon_bundle_id = text(user_coupon_bundle_id, "user_coupon_bundle_id")
    if not isinstance(page_size, Unset) and page_size is not None:
        page_size = whole_number(page_size, "page_size")
    if not isinstance(page_token, Unset) and page_token is not None:
        page_token = text(page_token, "page_token")
    if not isinstance(wechatpay_serial, Unset) and wechatpay_serial is not None:
        wechatpay_serial = text(wechatpay_serial, "Wechatpay-Serial")

    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    params: dict[str, Any] = {}

    params["product_coupon_id"] = product_coupon_id

    params["stock_id"] = stock_id

    params["appid"] = appid

    json_coupon_state: str | Unset = UNSET
    if not isinstance(coupon_state, Unset):
        json_coupon_state = enum_value(UserProductCouponState, coupon_state, "coupon_state")

    params["coupon_state"] = json_coupon_state

    params["user_coupon_bundle_id"] = user_coupon_bundle_id

    params["page_size"] = page_size

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/brand/marketing/product-coupon/users/{openid}/coupons",
        "url": "/brand/marketing/product-coupon/users/{openid}/coupons".format(
            openid=path_segment(openid, "openid"),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> UserProductCouponListResponse:
    if response.status_code == 200:
        response_200 = UserProductCouponListResponse.from_dict(loads_json(response.content))

        return response_200

    raise errors.ApiResponseValidationError(
        response, f"status {response.status_code} is not a documented success status"
    )


def _build_response(response: httpx.Response) -> Response[UserProductCouponListResponse]:
    if not 200 <= response.status_code <= 299:
        raise errors.error_for_response(response, "list_user_product_coupons")
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
        Response[UserProductCouponListResponse]: the parsed body with status, headers, the
        raw ``httpx.Response`` and the elapsed time.
    """

    request = _get_kwargs(
        openid=openid,
        product_coupon_id=product_coupon_id,
        stock_id=stock_id,
        appid=appid,
        coupon_state=coupon_state,
        user_coupon_bundle_id=user_coupon_bundle_id,
        page_size=page_size,
        page_token=page_token,
        wechatpay_serial=wechatpay_serial,
    )
    response = client.send(
        request,
        operation_id="list_user_product_coupons",
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    )
    return _build_response(response)


def sync(
    openid: str,
    *,
    client: Client,
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
        UserProductCouponListResponse
    """

    return sync_detailed(
        openid=openid,
        client=client,
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
    ).parsed


async def asyncio_detailed(
    openid: str,
    *,
    client: Client,
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
        Response[UserProductCouponListResponse]: the parsed body with status, headers, the
        raw ``httpx.Response`` and the elapsed time.
    """

    request = _get_kwargs(
        openid=openid,
        product_coupon_id=product_coupon_id,
        stock_id=stock_id,
        appid=appid,
        coupon_state=coupon_state,
        user_coupon_bundle_id=user_coupon_bundle_id,
        page_size=page_size,
        page_token=page_token,
        wechatpay_serial=wechatpay_serial,
    )
    response = await client.send_async(
        request,
        operation_id="list_user_product_coupons",
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    )
    return _build_response(response)


async def asyncio(
    openid: str,
    *,
    client: Client,
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
        UserProductCouponListResponse
    """

    return (
        await asyncio_detailed(
            openid=openid,
            client=client,
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
    ).parsed


def iter_user_product_coupons(
    openid: str,
    *,
    client: Client,
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
    """Every UserProductCoupon of ``list_user_product_coupons``, page by page, fetched lazily.

    Takes the arguments of ``sync``: ``page_token`` resumes a walk where a page's
    ``next_page_token`` left it, ``page_size`` is the page size. One page is held at a time, so
    memory stays flat however many there are; the walk ends at the page without a
    ``next_page_token``. A token that an earlier page of the walk named ends it with
    ``errors.ApiResponseValidationError`` rather than going round for ever.

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
        client (Client): the connection settings and auth to send with.

    Yields:
        UserProductCoupon: each item of each page, in order.
    """
    walk = TokenWalk(
        page_token,
        token_field="page_token",
        next_field="next_page_token",
    )
    while True:
        answer = sync_detailed(
            openid=openid,
            client=client,
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            appid=appid,
            coupon_state=coupon_state,
            user_coupon_bundle_id=user_coupon_bundle_id,
            page_size=page_size,
            page_token=walk.token,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )
        page = answer.parsed
        batch = [] if isinstance(page.user_coupon_list, Unset) else page.user_coupon_list
        yield from batch
        if not walk.advance(page.next_page_token, answer.http_response):
            return


async def aiter_user_product_coupons(
    openid: str,
    *,
    client: Client,
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
    """``iter_user_product_coupons`` for async code: ``async for item in aiter_user_product_coupons(...)``.

    Takes the arguments of ``asyncio``: ``page_token`` resumes a walk where a page's
    ``next_page_token`` left it, ``page_size`` is the page size; one page is held at a time.

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
        client (Client): the connection settings and auth to send with.

    Yields:
        UserProductCoupon: each item of each page, in order.
    """
    walk = TokenWalk(
        page_token,
        token_field="page_token",
        next_field="next_page_token",
    )
    while True:
        answer = await asyncio_detailed(
            openid=openid,
            client=client,
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            appid=appid,
            coupon_state=coupon_state,
            user_coupon_bundle_id=user_coupon_bundle_id,
            page_size=page_size,
            page_token=walk.token,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )
        page = answer.parsed
        batch = [] if isinstance(page.user_coupon_list, Unset) else page.user_coupon_list
        for item in batch:
            yield item
        if not walk.advance(page.next_page_token, answer.http_response):
            return
