from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._json import loads_json
from ..._values import model_dict, path_segment, text
from ...client import Client
from ...models.send_user_product_coupon_request import SendUserProductCouponRequest
from ...models.user_product_coupon import UserProductCoupon
from ...types import UNSET, Response, Unset, attach_request_id


def _get_kwargs(
    openid: str,
    *,
    body: SendUserProductCouponRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(wechatpay_serial, Unset) and wechatpay_serial is not None:
        wechatpay_serial = text(wechatpay_serial, "Wechatpay-Serial")

    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "route": "/brand/marketing/product-coupon/users/{openid}/coupons",
        "url": "/brand/marketing/product-coupon/users/{openid}/coupons".format(
            openid=path_segment(openid, "openid"),
        ),
    }

    _kwargs["json"] = model_dict(SendUserProductCouponRequest, body, "body")

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
        raise errors.error_for_response(response, "send_user_product_coupon")
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
        body=body,
        wechatpay_serial=wechatpay_serial,
    )
    response = client.send(
        request,
        operation_id="send_user_product_coupon",
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    )
    return _build_response(response)


def sync(
    openid: str,
    *,
    client: Client,
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
        client=client,
        body=body,
        wechatpay_serial=wechatpay_serial,
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    ).parsed


async def asyncio_detailed(
    openid: str,
    *,
    client: Client,
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
        body=body,
        wechatpay_serial=wechatpay_serial,
    )
    response = await client.send_async(
        request,
        operation_id="send_user_product_coupon",
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    )
    return _build_response(response)


async def asyncio(
    openid: str,
    *,
    client: Client,
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
            client=client,
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )
    ).parsed
