"""Platform certificates (平台证书): 平台证书 WeChat Pay platform certificates, which verify WeChat Pay's answers for merchants in
certificate mode. Download them, encrypted with the merchant's APIv3 key; the auth plugin
(`MerchantAuth(..., api_v3_key=...)`) does it for you and keeps them fresh.

The operations of this tag, as modules (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``) and as the ``certificates`` namespace of the resource-style clients
(``WechatPay().certificates``, ``AsyncWechatPay().certificates``).
"""

from typing import Protocol

import httpx

from ...client import Client
from ...models.certificate_algorithm_type import CertificateAlgorithmType
from ...models.platform_certificate_list import PlatformCertificateList
from ...types import UNSET, Response, Unset
from . import download_certificates


class ClientSource(Protocol):
    """What a resource needs from its resource-style client: the ``Client`` for a credential."""

    def client_for(self, credential: str, operation: str) -> Client: ...


class CertificatesResource:
    """Platform certificates (平台证书).

    平台证书 WeChat Pay platform certificates, which verify WeChat Pay's answers for merchants in
    certificate mode. Download them, encrypted with the merchant's APIv3 key; the auth plugin
    (`MerchantAuth(..., api_v3_key=...)`) does it for you and keeps them fresh.
    """

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> "CertificatesResourceWithRawResponse":
        """The same operations, returning ``Response`` objects (status, headers, raw
        ``httpx.Response``, elapsed time) instead of the parsed body alone."""
        return CertificatesResourceWithRawResponse(self._source)

    def download_certificates(
        self,
        *,
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

        return download_certificates.sync(
            client=self._source.client_for("merchant", "download_certificates"),
            algorithm_type=algorithm_type,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )


class CertificatesResourceWithRawResponse:
    """Platform certificates (平台证书), returning each ``Response`` (status, headers, raw ``httpx.Response``, elapsed).

    平台证书 WeChat Pay platform certificates, which verify WeChat Pay's answers for merchants in
    certificate mode. Download them, encrypted with the merchant's APIv3 key; the auth plugin
    (`MerchantAuth(..., api_v3_key=...)`) does it for you and keeps them fresh.
    """

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    def download_certificates(
        self,
        *,
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

        return download_certificates.sync_detailed(
            client=self._source.client_for("merchant", "download_certificates"),
            algorithm_type=algorithm_type,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )


class AsyncCertificatesResource:
    """Platform certificates (平台证书).

    平台证书 WeChat Pay platform certificates, which verify WeChat Pay's answers for merchants in
    certificate mode. Download them, encrypted with the merchant's APIv3 key; the auth plugin
    (`MerchantAuth(..., api_v3_key=...)`) does it for you and keeps them fresh.
    """

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> "AsyncCertificatesResourceWithRawResponse":
        """The same operations, returning ``Response`` objects (status, headers, raw
        ``httpx.Response``, elapsed time) instead of the parsed body alone."""
        return AsyncCertificatesResourceWithRawResponse(self._source)

    async def download_certificates(
        self,
        *,
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

        return await download_certificates.asyncio(
            client=self._source.client_for("merchant", "download_certificates"),
            algorithm_type=algorithm_type,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )


class AsyncCertificatesResourceWithRawResponse:
    """Platform certificates (平台证书), returning each ``Response`` (status, headers, raw ``httpx.Response``, elapsed).

    平台证书 WeChat Pay platform certificates, which verify WeChat Pay's answers for merchants in
    certificate mode. Download them, encrypted with the merchant's APIv3 key; the auth plugin
    (`MerchantAuth(..., api_v3_key=...)`) does it for you and keeps them fresh.
    """

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    async def download_certificates(
        self,
        *,
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

        return await download_certificates.asyncio_detailed(
            client=self._source.client_for("merchant", "download_certificates"),
            algorithm_type=algorithm_type,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )


__all__ = [
    "AsyncCertificatesResource",
    "AsyncCertificatesResourceWithRawResponse",
    "ClientSource",
    "CertificatesResource",
    "CertificatesResourceWithRawResponse",
]
