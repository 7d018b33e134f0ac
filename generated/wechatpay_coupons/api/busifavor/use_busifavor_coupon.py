from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._json import loads_json
from ..._values import model_dict
from ...client import Client
from ...models.use_busifavor_coupon_request import UseBusifavorCouponRequest
from ...models.use_busifavor_coupon_response import UseBusifavorCouponResponse
from ...types import UNSET, Response, Unset, attach_request_id


def _get_kwargs(
    *,
    body: UseBusifavorCouponRequest,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/busifavor/coupons/use",
    }

    _kwargs["json"] = model_dict(UseBusifavorCouponRequest, body, "body")

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> UseBusifavorCouponResponse:
    if response.status_code == 200:
        response_200 = UseBusifavorCouponResponse.from_dict(loads_json(response.content))

        return response_200

    raise errors.ApiResponseValidationError(
        response, f"status {response.status_code} is not a documented success status"
    )


def _build_response(response: httpx.Response) -> Response[UseBusifavorCouponResponse]:
    if not 200 <= response.status_code <= 299:
        raise errors.error_for_response(response, "use_busifavor_coupon")
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
        Response[UseBusifavorCouponResponse]: the parsed body with status, headers, the
        raw ``httpx.Response`` and the elapsed time.
    """

    request = _get_kwargs(
        body=body,
    )
    response = client.send(
        request,
        operation_id="use_busifavor_coupon",
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    )
    return _build_response(response)


def sync(
    *,
    client: Client,
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
        UseBusifavorCouponResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    ).parsed


async def asyncio_detailed(
    *,
    client: Client,
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
        Response[UseBusifavorCouponResponse]: the parsed body with status, headers, the
        raw ``httpx.Response`` and the elapsed time.
    """

    request = _get_kwargs(
        body=body,
    )
    response = await client.send_async(
        request,
        operation_id="use_busifavor_coupon",
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: Client,
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
        UseBusifavorCouponResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )
    ).parsed
