from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._json import loads_json
from ..._values import path_segment, text
from ...client import Client
from ...models.favor_coupon import FavorCoupon
from ...types import UNSET, Response, Unset, attach_request_id


def _get_kwargs(
    openid: str,
    coupon_id: str,
    *,
    appid: str,
) -> dict[str, Any]:
    appid = text(appid, "appid")

    params: dict[str, Any] = {}

    params["appid"] = appid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/v3/marketing/favor/users/{openid}/coupons/{coupon_id}",
        "url": "/v3/marketing/favor/users/{openid}/coupons/{coupon_id}".format(
            openid=path_segment(openid, "openid"),
            coupon_id=path_segment(coupon_id, "coupon_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> FavorCoupon:
    if response.status_code == 200:
        response_200 = FavorCoupon.from_dict(loads_json(response.content))

        return response_200

    raise errors.ApiResponseValidationError(
        response, f"status {response.status_code} is not a documented success status"
    )


def _build_response(response: httpx.Response) -> Response[FavorCoupon]:
    if not 200 <= response.status_code <= 299:
        raise errors.error_for_response(response, "query_favor_coupon")
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
    coupon_id: str,
    *,
    client: Client,
    appid: str,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> Response[FavorCoupon]:
    """Get a cash coupon's details

    查询代金券详情API。通过此接口可查询代金券信息，包括代金券的基础信息、状态。如代金券已核销，
    会包括代金券核销的订单信息（订单号、单品信息等）。适用对象：直连商户、服务商、渠道商。
    接口频率：不区分来源 1000/s，单 IP 500/s。接口支持幂等重入。

    Returns a cash coupon (代金券) of a user: its stock, amounts, state and validity period.

    ``GET /v3/marketing/favor/users/{openid}/coupons/{coupon_id}``

    Args:
        openid (str): 用户 openid。openid 信息，用户在 appid 下的唯一标识。The user's OpenID under `appid`.
        coupon_id (str): 代金券 id。微信为每个代金券分配的唯一 id。The coupon's ID.
        appid (str): 公众账号 ID。微信为发券方商户分配的公众账号 ID，接口传入的所有 appid 应该为公众号的 appid（在 mp.weixin.qq.com
            申请的），不能为 APP 的 appid（在 open.weixin.qq.com 申请的）。The AppID the OpenID belongs to; must be
            bound to the caller.
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
        Response[FavorCoupon]: the parsed body with status, headers, the
        raw ``httpx.Response`` and the elapsed time.
    """

    request = _get_kwargs(
        openid=openid,
        coupon_id=coupon_id,
        appid=appid,
    )
    response = client.send(
        request,
        operation_id="query_favor_coupon",
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    )
    return _build_response(response)


def sync(
    openid: str,
    coupon_id: str,
    *,
    client: Client,
    appid: str,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> FavorCoupon:
    """Get a cash coupon's details

    查询代金券详情API。通过此接口可查询代金券信息，包括代金券的基础信息、状态。如代金券已核销，
    会包括代金券核销的订单信息（订单号、单品信息等）。适用对象：直连商户、服务商、渠道商。
    接口频率：不区分来源 1000/s，单 IP 500/s。接口支持幂等重入。

    Returns a cash coupon (代金券) of a user: its stock, amounts, state and validity period.

    ``GET /v3/marketing/favor/users/{openid}/coupons/{coupon_id}``

    Args:
        openid (str): 用户 openid。openid 信息，用户在 appid 下的唯一标识。The user's OpenID under `appid`.
        coupon_id (str): 代金券 id。微信为每个代金券分配的唯一 id。The coupon's ID.
        appid (str): 公众账号 ID。微信为发券方商户分配的公众账号 ID，接口传入的所有 appid 应该为公众号的 appid（在 mp.weixin.qq.com
            申请的），不能为 APP 的 appid（在 open.weixin.qq.com 申请的）。The AppID the OpenID belongs to; must be
            bound to the caller.
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
        FavorCoupon
    """

    return sync_detailed(
        openid=openid,
        coupon_id=coupon_id,
        client=client,
        appid=appid,
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    ).parsed


async def asyncio_detailed(
    openid: str,
    coupon_id: str,
    *,
    client: Client,
    appid: str,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> Response[FavorCoupon]:
    """Get a cash coupon's details

    查询代金券详情API。通过此接口可查询代金券信息，包括代金券的基础信息、状态。如代金券已核销，
    会包括代金券核销的订单信息（订单号、单品信息等）。适用对象：直连商户、服务商、渠道商。
    接口频率：不区分来源 1000/s，单 IP 500/s。接口支持幂等重入。

    Returns a cash coupon (代金券) of a user: its stock, amounts, state and validity period.

    ``GET /v3/marketing/favor/users/{openid}/coupons/{coupon_id}``

    Args:
        openid (str): 用户 openid。openid 信息，用户在 appid 下的唯一标识。The user's OpenID under `appid`.
        coupon_id (str): 代金券 id。微信为每个代金券分配的唯一 id。The coupon's ID.
        appid (str): 公众账号 ID。微信为发券方商户分配的公众账号 ID，接口传入的所有 appid 应该为公众号的 appid（在 mp.weixin.qq.com
            申请的），不能为 APP 的 appid（在 open.weixin.qq.com 申请的）。The AppID the OpenID belongs to; must be
            bound to the caller.
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
        Response[FavorCoupon]: the parsed body with status, headers, the
        raw ``httpx.Response`` and the elapsed time.
    """

    request = _get_kwargs(
        openid=openid,
        coupon_id=coupon_id,
        appid=appid,
    )
    response = await client.send_async(
        request,
        operation_id="query_favor_coupon",
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    )
    return _build_response(response)


async def asyncio(
    openid: str,
    coupon_id: str,
    *,
    client: Client,
    appid: str,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> FavorCoupon:
    """Get a cash coupon's details

    查询代金券详情API。通过此接口可查询代金券信息，包括代金券的基础信息、状态。如代金券已核销，
    会包括代金券核销的订单信息（订单号、单品信息等）。适用对象：直连商户、服务商、渠道商。
    接口频率：不区分来源 1000/s，单 IP 500/s。接口支持幂等重入。

    Returns a cash coupon (代金券) of a user: its stock, amounts, state and validity period.

    ``GET /v3/marketing/favor/users/{openid}/coupons/{coupon_id}``

    Args:
        openid (str): 用户 openid。openid 信息，用户在 appid 下的唯一标识。The user's OpenID under `appid`.
        coupon_id (str): 代金券 id。微信为每个代金券分配的唯一 id。The coupon's ID.
        appid (str): 公众账号 ID。微信为发券方商户分配的公众账号 ID，接口传入的所有 appid 应该为公众号的 appid（在 mp.weixin.qq.com
            申请的），不能为 APP 的 appid（在 open.weixin.qq.com 申请的）。The AppID the OpenID belongs to; must be
            bound to the caller.
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
        FavorCoupon
    """

    return (
        await asyncio_detailed(
            openid=openid,
            coupon_id=coupon_id,
            client=client,
            appid=appid,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )
    ).parsed
