"""Cash coupons (代金券): 代金券 Cash coupons funded through WeChat Pay marketing and deducted at payment. Read one
coupon of a user: its stock, amounts, state and validity. Signed with the merchant scheme.

The operations of this tag, as modules (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``) and as the ``favor`` namespace of the resource-style clients
(``WechatPay().favor``, ``AsyncWechatPay().favor``).
"""

from typing import Protocol

import httpx

from ...client import Client
from ...models.favor_coupon import FavorCoupon
from ...types import UNSET, Response, Unset
from . import query_favor_coupon


class ClientSource(Protocol):
    """What a resource needs from its resource-style client: the ``Client`` for a credential."""

    def client_for(self, credential: str, operation: str) -> Client: ...


class FavorResource:
    """Cash coupons (代金券).

    代金券 Cash coupons funded through WeChat Pay marketing and deducted at payment. Read one
    coupon of a user: its stock, amounts, state and validity. Signed with the merchant scheme.
    """

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> "FavorResourceWithRawResponse":
        """The same operations, returning ``Response`` objects (status, headers, raw
        ``httpx.Response``, elapsed time) instead of the parsed body alone."""
        return FavorResourceWithRawResponse(self._source)

    def query_favor_coupon(
        self,
        openid: str,
        coupon_id: str,
        *,
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

        return query_favor_coupon.sync(
            openid=openid,
            coupon_id=coupon_id,
            client=self._source.client_for("merchant", "query_favor_coupon"),
            appid=appid,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )


class FavorResourceWithRawResponse:
    """Cash coupons (代金券), returning each ``Response`` (status, headers, raw ``httpx.Response``, elapsed).

    代金券 Cash coupons funded through WeChat Pay marketing and deducted at payment. Read one
    coupon of a user: its stock, amounts, state and validity. Signed with the merchant scheme.
    """

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    def query_favor_coupon(
        self,
        openid: str,
        coupon_id: str,
        *,
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

        return query_favor_coupon.sync_detailed(
            openid=openid,
            coupon_id=coupon_id,
            client=self._source.client_for("merchant", "query_favor_coupon"),
            appid=appid,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )


class AsyncFavorResource:
    """Cash coupons (代金券).

    代金券 Cash coupons funded through WeChat Pay marketing and deducted at payment. Read one
    coupon of a user: its stock, amounts, state and validity. Signed with the merchant scheme.
    """

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> "AsyncFavorResourceWithRawResponse":
        """The same operations, returning ``Response`` objects (status, headers, raw
        ``httpx.Response``, elapsed time) instead of the parsed body alone."""
        return AsyncFavorResourceWithRawResponse(self._source)

    async def query_favor_coupon(
        self,
        openid: str,
        coupon_id: str,
        *,
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

        return await query_favor_coupon.asyncio(
            openid=openid,
            coupon_id=coupon_id,
            client=self._source.client_for("merchant", "query_favor_coupon"),
            appid=appid,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )


class AsyncFavorResourceWithRawResponse:
    """Cash coupons (代金券), returning each ``Response`` (status, headers, raw ``httpx.Response``, elapsed).

    代金券 Cash coupons funded through WeChat Pay marketing and deducted at payment. Read one
    coupon of a user: its stock, amounts, state and validity. Signed with the merchant scheme.
    """

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    async def query_favor_coupon(
        self,
        openid: str,
        coupon_id: str,
        *,
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

        return await query_favor_coupon.asyncio_detailed(
            openid=openid,
            coupon_id=coupon_id,
            client=self._source.client_for("merchant", "query_favor_coupon"),
            appid=appid,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )


__all__ = [
    "AsyncFavorResource",
    "AsyncFavorResourceWithRawResponse",
    "ClientSource",
    "FavorResource",
    "FavorResourceWithRawResponse",
]
