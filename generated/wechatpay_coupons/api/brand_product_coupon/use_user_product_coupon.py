from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._json import loads_json
from ..._values import model_dict, path_segment, text
from ...client import Client
from ...models.use_user_product_coupon_request import UseUserProductCouponRequest
from ...models.user_product_coupon import UserProductCoupon
from ...types import UNSET, Response, Unset, attach_request_id


def _get_kwargs(
    openid: str,
    coupon_code: str,
    *,
    body: UseUserProductCouponRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(wechatpay_serial, Unset) and wechatpay_serial is not None:
        wechatpay_serial = text(wechatpay_serial, "Wechatpay-Serial")

    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "route": "/brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}/use",
        "url": "/brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code}/use".format(
            openid=path_segment(openid, "openid"),
            coupon_code=path_segment(coupon_code, "coupon_code"),
        ),
    }

    _kwargs["json"] = model_dict(UseUserProductCouponRequest, body, "body")

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> UserProductCoupon:
    if response.status_code == 200:
        response_200 = UserProductCoupon.from_dict(loads_json(response.content))

        return response_200

    raise errors.ApiResponseValidationError(
        response, f"status {response.status_code} is not a documented success status"
    )


def _build_response(response: httpx.Response) -> Response[UserProductCoupon]:
    if not 200 <= response.status_code <= 299:
        raise errors.error_for_response(response, "use_user_product_coupon")
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
    coupon_code: str,
    *,
    client: Client,
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
        Response[UserProductCoupon]: the parsed body with status, headers, the
        raw ``httpx.Response`` and the elapsed time.
    """

    request = _get_kwargs(
        openid=openid,
        coupon_code=coupon_code,
        body=body,
        wechatpay_serial=wechatpay_serial,
    )
    response = client.send(
        request,
        operation_id="use_user_product_coupon",
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    )
    return _build_response(response)


def sync(
    openid: str,
    coupon_code: str,
    *,
    client: Client,
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
        UserProductCoupon
    """

    return sync_detailed(
        openid=openid,
        coupon_code=coupon_code,
        client=client,
        body=body,
        wechatpay_serial=wechatpay_serial,
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    ).parsed


async def asyncio_detailed(
    openid: str,
    coupon_code: str,
    *,
    client: Client,
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
        Response[UserProductCoupon]: the parsed body with status, headers, the
        raw ``httpx.Response`` and the elapsed time.
    """

    request = _get_kwargs(
        openid=openid,
        coupon_code=coupon_code,
        body=body,
        wechatpay_serial=wechatpay_serial,
    )
    response = await client.send_async(
        request,
        operation_id="use_user_product_coupon",
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    )
    return _build_response(response)


async def asyncio(
    openid: str,
    coupon_code: str,
    *,
    client: Client,
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
        UserProductCoupon
    """

    return (
        await asyncio_detailed(
            openid=openid,
            coupon_code=coupon_code,
            client=client,
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )
    ).parsed
