from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._json import loads_json
from ..._values import model_dict, text
from ...client import Client
from ...models.product_coupon_notify_url_config import ProductCouponNotifyUrlConfig
from ...models.set_notify_config_request import SetNotifyConfigRequest
from ...types import UNSET, Response, Unset, attach_request_id


def _get_kwargs(
    *,
    body: SetNotifyConfigRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(wechatpay_serial, Unset) and wechatpay_serial is not None:
        wechatpay_serial = text(wechatpay_serial, "Wechatpay-Serial")

    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/brand/marketing/product-coupon/notify-configs",
    }

    _kwargs["json"] = model_dict(SetNotifyConfigRequest, body, "body")

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> ProductCouponNotifyUrlConfig:
    if response.status_code == 200:
        response_200 = ProductCouponNotifyUrlConfig.from_dict(loads_json(response.content))

        return response_200

    raise errors.ApiResponseValidationError(
        response, f"status {response.status_code} is not a documented success status"
    )


def _build_response(response: httpx.Response) -> Response[ProductCouponNotifyUrlConfig]:
    if not 200 <= response.status_code <= 299:
        raise errors.error_for_response(response, "set_notify_config")
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
    *,
    client: Client,
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
        Response[ProductCouponNotifyUrlConfig]: the parsed body with status, headers, the
        raw ``httpx.Response`` and the elapsed time.
    """

    request = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )
    response = client.send(
        request,
        operation_id="set_notify_config",
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    )
    return _build_response(response)


def sync(
    *,
    client: Client,
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
        ProductCouponNotifyUrlConfig
    """

    return sync_detailed(
        client=client,
        body=body,
        wechatpay_serial=wechatpay_serial,
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    ).parsed


async def asyncio_detailed(
    *,
    client: Client,
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
        Response[ProductCouponNotifyUrlConfig]: the parsed body with status, headers, the
        raw ``httpx.Response`` and the elapsed time.
    """

    request = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )
    response = await client.send_async(
        request,
        operation_id="set_notify_config",
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: Client,
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
        ProductCouponNotifyUrlConfig
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )
    ).parsed
