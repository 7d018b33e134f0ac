from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._json import loads_json
from ..._values import model_dict, text
from ...client import Client
from ...models.create_product_coupon_request import CreateProductCouponRequest
from ...models.create_product_coupon_response import CreateProductCouponResponse
from ...types import UNSET, Response, Unset, attach_request_id


def _get_kwargs(
    *,
    body: CreateProductCouponRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(wechatpay_serial, Unset) and wechatpay_serial is not None:
        wechatpay_serial = text(wechatpay_serial, "Wechatpay-Serial")

    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/brand/marketing/product-coupon/product-coupons",
    }

    _kwargs["json"] = model_dict(CreateProductCouponRequest, body, "body")

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> CreateProductCouponResponse:
    if response.status_code == 200:
        response_200 = CreateProductCouponResponse.from_dict(loads_json(response.content))

        return response_200

    raise errors.ApiResponseValidationError(
        response, f"status {response.status_code} is not a documented success status"
    )


def _build_response(response: httpx.Response) -> Response[CreateProductCouponResponse]:
    if not 200 <= response.status_code <= 299:
        raise errors.error_for_response(response, "create_product_coupon")
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
        Response[CreateProductCouponResponse]: the parsed body with status, headers, the
        raw ``httpx.Response`` and the elapsed time.
    """

    request = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )
    response = client.send(
        request,
        operation_id="create_product_coupon",
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    )
    return _build_response(response)


def sync(
    *,
    client: Client,
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
        CreateProductCouponResponse
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
        Response[CreateProductCouponResponse]: the parsed body with status, headers, the
        raw ``httpx.Response`` and the elapsed time.
    """

    request = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )
    response = await client.send_async(
        request,
        operation_id="create_product_coupon",
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: Client,
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
        CreateProductCouponResponse
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
