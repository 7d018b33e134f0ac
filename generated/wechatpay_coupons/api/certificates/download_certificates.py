from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._json import loads_json
from ..._values import enum_value
from ...client import Client
from ...models.certificate_algorithm_type import CertificateAlgorithmType
from ...models.platform_certificate_list import PlatformCertificateList
from ...types import UNSET, Response, Unset, attach_request_id


def _get_kwargs(
    *,
    algorithm_type: CertificateAlgorithmType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_algorithm_type: str | Unset = UNSET
    if not isinstance(algorithm_type, Unset):
        json_algorithm_type = enum_value(CertificateAlgorithmType, algorithm_type, "algorithm_type")

    params["algorithm_type"] = json_algorithm_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/certificates",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> PlatformCertificateList:
    if response.status_code == 200:
        response_200 = PlatformCertificateList.from_dict(loads_json(response.content))

        return response_200

    raise errors.ApiResponseValidationError(
        response, f"status {response.status_code} is not a documented success status"
    )


def _build_response(response: httpx.Response) -> Response[PlatformCertificateList]:
    if not 200 <= response.status_code <= 299:
        raise errors.error_for_response(response, "download_certificates")
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
    algorithm_type: CertificateAlgorithmType | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> Response[PlatformCertificateList]:
    """Download the WeChat Pay platform certificates

    下载平台证书。获取商户当前可用的平台证书列表。微信支付提供该接口，帮助商户后台系统实现平台证书的平滑更换。
    在微信支付更换平台证书之前，待更换的证书会提前 24 小时加入商户的平台证书列表；更换期间，商户收到的应答和
    回调通知中会同时存在不同的证书序列号。频率限制：单个商户号 1000 次/s。

    Lists the platform certificates with which WeChat Pay signs its answers to a merchant in
    **certificate mode**, each encrypted (AEAD_AES_256_GCM) with the merchant's APIv3 key:
    decrypt `ciphertext` with the APIv3 key, `nonce` and `associated_data` to get the PEM
    certificate, whose serial is `serial_no`. A new certificate is listed at least 24 hours
    before WeChat Pay starts signing with it, so a client that refreshes the list (and
    refreshes on an unknown `Wechatpay-Serial`) rotates without failing.

    A merchant in **public-key mode** (every merchant registered since October 2024) has no
    platform certificate: the answer is 404 `RESOURCE_NOT_EXISTS`, and its answers are verified
    with the WeChat Pay public key (`PUB_KEY_ID_…`) instead.

    The answer itself is signed with a platform certificate. A client that has none yet cannot
    verify it before decrypting; the official SDKs accept it on the strength of the AEAD tag,
    which only the holder of the APIv3 key can produce, and verify every later answer.

    ``GET /v3/certificates``

    Args:
        algorithm_type (CertificateAlgorithmType | Unset): 平台证书算法类型。RSA; SM2 (国密); ALL (both).
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
        Response[PlatformCertificateList]: the parsed body with status, headers, the
        raw ``httpx.Response`` and the elapsed time.
    """

    request = _get_kwargs(
        algorithm_type=algorithm_type,
    )
    response = client.send(
        request,
        operation_id="download_certificates",
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    )
    return _build_response(response)


def sync(
    *,
    client: Client,
    algorithm_type: CertificateAlgorithmType | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> PlatformCertificateList:
    """Download the WeChat Pay platform certificates

    下载平台证书。获取商户当前可用的平台证书列表。微信支付提供该接口，帮助商户后台系统实现平台证书的平滑更换。
    在微信支付更换平台证书之前，待更换的证书会提前 24 小时加入商户的平台证书列表；更换期间，商户收到的应答和
    回调通知中会同时存在不同的证书序列号。频率限制：单个商户号 1000 次/s。

    Lists the platform certificates with which WeChat Pay signs its answers to a merchant in
    **certificate mode**, each encrypted (AEAD_AES_256_GCM) with the merchant's APIv3 key:
    decrypt `ciphertext` with the APIv3 key, `nonce` and `associated_data` to get the PEM
    certificate, whose serial is `serial_no`. A new certificate is listed at least 24 hours
    before WeChat Pay starts signing with it, so a client that refreshes the list (and
    refreshes on an unknown `Wechatpay-Serial`) rotates without failing.

    A merchant in **public-key mode** (every merchant registered since October 2024) has no
    platform certificate: the answer is 404 `RESOURCE_NOT_EXISTS`, and its answers are verified
    with the WeChat Pay public key (`PUB_KEY_ID_…`) instead.

    The answer itself is signed with a platform certificate. A client that has none yet cannot
    verify it before decrypting; the official SDKs accept it on the strength of the AEAD tag,
    which only the holder of the APIv3 key can produce, and verify every later answer.

    ``GET /v3/certificates``

    Args:
        algorithm_type (CertificateAlgorithmType | Unset): 平台证书算法类型。RSA; SM2 (国密); ALL (both).
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
        PlatformCertificateList
    """

    return sync_detailed(
        client=client,
        algorithm_type=algorithm_type,
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    ).parsed


async def asyncio_detailed(
    *,
    client: Client,
    algorithm_type: CertificateAlgorithmType | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> Response[PlatformCertificateList]:
    """Download the WeChat Pay platform certificates

    下载平台证书。获取商户当前可用的平台证书列表。微信支付提供该接口，帮助商户后台系统实现平台证书的平滑更换。
    在微信支付更换平台证书之前，待更换的证书会提前 24 小时加入商户的平台证书列表；更换期间，商户收到的应答和
    回调通知中会同时存在不同的证书序列号。频率限制：单个商户号 1000 次/s。

    Lists the platform certificates with which WeChat Pay signs its answers to a merchant in
    **certificate mode**, each encrypted (AEAD_AES_256_GCM) with the merchant's APIv3 key:
    decrypt `ciphertext` with the APIv3 key, `nonce` and `associated_data` to get the PEM
    certificate, whose serial is `serial_no`. A new certificate is listed at least 24 hours
    before WeChat Pay starts signing with it, so a client that refreshes the list (and
    refreshes on an unknown `Wechatpay-Serial`) rotates without failing.

    A merchant in **public-key mode** (every merchant registered since October 2024) has no
    platform certificate: the answer is 404 `RESOURCE_NOT_EXISTS`, and its answers are verified
    with the WeChat Pay public key (`PUB_KEY_ID_…`) instead.

    The answer itself is signed with a platform certificate. A client that has none yet cannot
    verify it before decrypting; the official SDKs accept it on the strength of the AEAD tag,
    which only the holder of the APIv3 key can produce, and verify every later answer.

    ``GET /v3/certificates``

    Args:
        algorithm_type (CertificateAlgorithmType | Unset): 平台证书算法类型。RSA; SM2 (国密); ALL (both).
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
        Response[PlatformCertificateList]: the parsed body with status, headers, the
        raw ``httpx.Response`` and the elapsed time.
    """

    request = _get_kwargs(
        algorithm_type=algorithm_type,
    )
    response = await client.send_async(
        request,
        operation_id="download_certificates",
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: Client,
    algorithm_type: CertificateAlgorithmType | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> PlatformCertificateList:
    """Download the WeChat Pay platform certificates

    下载平台证书。获取商户当前可用的平台证书列表。微信支付提供该接口，帮助商户后台系统实现平台证书的平滑更换。
    在微信支付更换平台证书之前，待更换的证书会提前 24 小时加入商户的平台证书列表；更换期间，商户收到的应答和
    回调通知中会同时存在不同的证书序列号。频率限制：单个商户号 1000 次/s。

    Lists the platform certificates with which WeChat Pay signs its answers to a merchant in
    **certificate mode**, each encrypted (AEAD_AES_256_GCM) with the merchant's APIv3 key:
    decrypt `ciphertext` with the APIv3 key, `nonce` and `associated_data` to get the PEM
    certificate, whose serial is `serial_no`. A new certificate is listed at least 24 hours
    before WeChat Pay starts signing with it, so a client that refreshes the list (and
    refreshes on an unknown `Wechatpay-Serial`) rotates without failing.

    A merchant in **public-key mode** (every merchant registered since October 2024) has no
    platform certificate: the answer is 404 `RESOURCE_NOT_EXISTS`, and its answers are verified
    with the WeChat Pay public key (`PUB_KEY_ID_…`) instead.

    The answer itself is signed with a platform certificate. A client that has none yet cannot
    verify it before decrypting; the official SDKs accept it on the strength of the AEAD tag,
    which only the holder of the APIv3 key can produce, and verify every later answer.

    ``GET /v3/certificates``

    Args:
        algorithm_type (CertificateAlgorithmType | Unset): 平台证书算法类型。RSA; SM2 (国密); ALL (both).
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
        PlatformCertificateList
    """

    return (
        await asyncio_detailed(
            client=client,
            algorithm_type=algorithm_type,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )
    ).parsed
