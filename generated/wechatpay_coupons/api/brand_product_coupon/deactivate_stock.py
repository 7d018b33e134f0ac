from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._json import loads_json
from ..._values import model_dict, path_segment, text
from ...client import Client
from ...models.deactivate_stock_request import DeactivateStockRequest
from ...models.product_coupon_stock import ProductCouponStock
from ...types import UNSET, Response, Unset, attach_request_id


def _get_kwargs(
    product_coupon_id: str,
    stock_id: str,
    *,
    body: DeactivateStockRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(wechatpay_serial, Unset) and wechatpay_serial is not None:
        wechatpay_serial = text(wechatpay_serial, "Wechatpay-Serial")

    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "route": "/brand/marketing/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/deactivate",
        "url": "/brand/marketing/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/deactivate".format(
            product_coupon_id=path_segment(product_coupon_id, "product_coupon_id"),
            stock_id=path_segment(stock_id, "stock_id"),
        ),
    }

    _kwargs["json"] = model_dict(DeactivateStockRequest, body, "body")

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> ProductCouponStock:
    if response.status_code == 200:
        response_200 = ProductCouponStock.from_dict(loads_json(response.content))

        return response_200

    raise errors.ApiResponseValidationError(
        response, f"status {response.status_code} is not a documented success status"
    )


def _build_response(response: httpx.Response) -> Response[ProductCouponStock]:
    if not 200 <= response.status_code <= 299:
        raise errors.error_for_response(response, "deactivate_stock")
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
    product_coupon_id: str,
    stock_id: str,
    *,
    client: Client,
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
        Response[ProductCouponStock]: the parsed body with status, headers, the
        raw ``httpx.Response`` and the elapsed time.
    """

    request = _get_kwargs(
        product_coupon_id=product_coupon_id,
        stock_id=stock_id,
        body=body,
        wechatpay_serial=wechatpay_serial,
    )
    response = client.send(
        request,
        operation_id="deactivate_stock",
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    )
    return _build_response(response)


def sync(
    product_coupon_id: str,
    stock_id: str,
    *,
    client: Client,
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
        ProductCouponStock
    """

    return sync_detailed(
        product_coupon_id=product_coupon_id,
        stock_id=stock_id,
        client=client,
        body=body,
        wechatpay_serial=wechatpay_serial,
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    ).parsed


async def asyncio_detailed(
    product_coupon_id: str,
    stock_id: str,
    *,
    client: Client,
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
        Response[ProductCouponStock]: the parsed body with status, headers, the
        raw ``httpx.Response`` and the elapsed time.
    """

    request = _get_kwargs(
        product_coupon_id=product_coupon_id,
        stock_id=stock_id,
        body=body,
        wechatpay_serial=wechatpay_serial,
    )
    response = await client.send_async(
        request,
        operation_id="deactivate_stock",
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    )
    return _build_response(response)


async def asyncio(
    product_coupon_id: str,
    stock_id: str,
    *,
    client: Client,
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
        ProductCouponStock
    """

    return (
        await asyncio_detailed(
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            client=client,
            body=body,
            wechatpay_serial=wechatpay_serial,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )
    ).parsed
