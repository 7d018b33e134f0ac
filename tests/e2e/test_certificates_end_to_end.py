"""Issue 14 end to end: a certificate merchant against wechatpay-mock over a loopback socket.

The merchant configures only its mchid, API certificate serial, private key and APIv3 key; the
generated client (module functions with ``Client``, and ``WechatPay`` / ``AsyncWechatPay``)
downloads the platform certificates from the mock, verifies every answer with them, and follows
the mock's rotations (control API: add, activate, expire) with no action from the user. The
errors are the auth plugin's, met here on the wire: tests/auth checks the same behaviour against
an in-process fake.

Nothing here waits for time to pass. The downloader refreshes for an unknown serial at most once
per ``min_refresh_interval`` (60 s); a test that needs two rotations builds its downloader with 0
(the single flight alone must then keep a burst to one download), and the rate-limit test with an
hour (so that a slow machine cannot let the interval run out between its steps).
"""

import asyncio
import base64
import datetime
import json
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization

from wechatpay_auth import (
    CertificateDownloader,
    CertificateDownloadError,
    MerchantAuth,
    WechatPayVerifier,
)
from wechatpay_auth.certificates import CERTIFICATES_PATH
from wechatpay_coupons import AsyncWechatPay, Client, WechatPay, errors
from wechatpay_coupons.api.favor import query_favor_coupon
from wechatpay_mock import DemoCredentials
from wechatpay_mock.platform_keys import new_platform_certificate
from wechatpay_mock.server import MockServer
from wechatpay_mock.spec import Spec

# The operation the downloader calls, found in the spec by the path the downloader uses.
DOWNLOAD = Spec.load().match("GET", CERTIFICATES_PATH)[0]
assert DOWNLOAD is not None, f"the spec has no GET {CERTIFICATES_PATH}"
BURST = 32
STYLES = ["functions-sync", "functions-async", "resource-sync", "resource-async"]
HOUR = 3600


# --- how a user calls: four ways, one operation ---------------------------------------------------


class FavorCalls:
    """queryFavorCoupon for the demo user, in one of the four ways the client offers.

    The async styles keep one event loop for the whole test, as a running application does.
    Every call returns the ``Response`` (status, headers, parsed model) or raises.
    """

    def __init__(
        self,
        style: str,
        base_url: str,
        auth: httpx.Auth,
        world: DemoCredentials,
        httpx_args: dict[str, Any],
    ):
        self.style = style
        self.is_async = style.endswith("async")
        self._ids = (world.openid, world.favor_coupon_id)
        self._appid = world.appid
        self._runner = asyncio.Runner() if self.is_async else None
        self._client: Any
        if style.startswith("resource"):
            kind = AsyncWechatPay if self.is_async else WechatPay
            self._client = kind(merchant=auth, base_url=base_url, httpx_args=httpx_args)
        else:
            self._client = Client(base_url, auth=auth, httpx_args=httpx_args)

    def _call(self) -> Any:
        if self.style.startswith("resource"):
            raw = self._client.favor.with_raw_response
            return raw.query_favor_coupon(*self._ids, appid=self._appid)
        return query_favor_coupon.sync_detailed(*self._ids, client=self._client, appid=self._appid)

    async def _acall(self) -> Any:
        if self.style.startswith("resource"):
            raw = self._client.favor.with_raw_response
            return await raw.query_favor_coupon(*self._ids, appid=self._appid)
        return await query_favor_coupon.asyncio_detailed(
            *self._ids, client=self._client, appid=self._appid
        )

    def once(self) -> Any:
        if self._runner is not None:
            return self._runner.run(self._acall())
        return self._call()

    def burst(self, count: int = BURST) -> list[Any]:
        """``count`` calls at once (tasks or threads); each one's response or exception."""
        if self._runner is not None:

            async def together() -> list[Any]:
                calls = [self._acall() for _ in range(count)]
                return await asyncio.gather(*calls, return_exceptions=True)

            return self._runner.run(together())
        # Every thread waits at the barrier, so the calls really are in flight together.
        barrier = threading.Barrier(count)

        def call() -> Any:
            barrier.wait(timeout=60)
            return self._call()

        with ThreadPoolExecutor(max_workers=count) as pool:
            futures = [pool.submit(call) for _ in range(count)]
        return [future.exception() or future.result() for future in futures]

    def close(self) -> None:
        if self._runner is not None:
            self._runner.run(self._client.aclose())
            self._runner.close()
        else:
            self._client.close()


@pytest.fixture(params=STYLES)
def favor(request, wechatpay_mock) -> Iterator[Callable[[httpx.Auth], FavorCalls]]:
    opened: list[FavorCalls] = []

    def open_with(
        auth: httpx.Auth, mock: MockServer = wechatpay_mock, **httpx_args: Any
    ) -> FavorCalls:
        calls = FavorCalls(request.param, mock.base_url, auth, mock.credentials, httpx_args)
        opened.append(calls)
        return calls

    yield open_with
    for calls in opened:
        calls.close()


# --- the demo world's certificate merchant ---------------------------------------------------


def certificate_merchant(world: DemoCredentials, **changes: Any) -> MerchantAuth:
    """All a certificate merchant configures: mchid, serial, private key and APIv3 key."""
    settings = {
        "mchid": world.certificate_mchid,
        "serial_no": world.certificate_merchant_serial_no,
        "private_key": world.certificate_merchant_private_key,
        "api_v3_key": world.apiv3_key,
        **changes,
    }
    return MerchantAuth(
        settings.pop("mchid"), settings.pop("serial_no"), settings.pop("private_key"), **settings
    )


def merchant_downloading(world: DemoCredentials, *, min_refresh_interval: float) -> MerchantAuth:
    """The certificate merchant with a downloader of its own (see the module docstring)."""
    downloader = CertificateDownloader(
        world.certificate_mchid,
        world.certificate_merchant_serial_no,
        world.certificate_merchant_private_key,
        world.apiv3_key,
        min_refresh_interval=min_refresh_interval,
    )
    return MerchantAuth(
        world.certificate_mchid,
        world.certificate_merchant_serial_no,
        world.certificate_merchant_private_key,
        WechatPayVerifier(certificate_downloader=downloader),
    )


def downloader_of(auth: MerchantAuth) -> CertificateDownloader:
    downloader = auth.verifier.certificate_downloader
    assert downloader is not None
    return downloader


def downloads(mock: MockServer) -> int:
    """How many times the mock answered GET /v3/certificates since the test's reset."""
    return sum(entry["operation"] == DOWNLOAD.operation_id for entry in mock.journal(10_000))


def add_certificate(mock: MockServer) -> str:
    """WeChat Pay lists a new platform certificate (before it signs with it)."""
    serial: str = mock.control("POST", "certificates")["serial_no"]
    return serial


def activate(mock: MockServer, serial: str) -> None:
    mock.control("POST", f"certificates/{serial}/activate")


def expire(mock: MockServer, serial: str) -> None:
    mock.control("POST", f"certificates/{serial}/expire")


def serial_of(response: Any) -> str:
    serial: str = response.headers["Wechatpay-Serial"]
    return serial


def assert_all_verified(answers: list[Any], serial: str, world: DemoCredentials) -> None:
    failed = [repr(a) for a in answers if isinstance(a, BaseException)]
    assert failed == [], f"{len(failed)} of {len(answers)} calls failed: {failed[:3]}"
    assert {serial_of(a) for a in answers} == {serial}
    assert {a.parsed.coupon_id for a in answers} == {world.favor_coupon_id}


def assert_secret_free(error: BaseException, *secrets: str) -> None:
    for secret in secrets:
        assert secret not in str(error) and secret not in repr(error)


# --- rotation -----------------------------------------------------------------------------------


def test_a_running_client_follows_a_rotation_with_one_download(wechatpay_mock, favor):
    world = wechatpay_mock.credentials
    auth = certificate_merchant(world)
    calls = favor(auth)

    first = calls.once()  # names a certificate the client has not got: the initial download
    old = serial_of(first)
    assert first.parsed.coupon_id == world.favor_coupon_id
    assert downloads(wechatpay_mock) == 1
    assert downloader_of(auth).serials == (old,)

    # WeChat Pay lists the new certificate before it signs with it: nothing changes yet.
    new = add_certificate(wechatpay_mock)
    assert serial_of(calls.once()) == old
    assert downloads(wechatpay_mock) == 1

    activate(wechatpay_mock, new)
    answers = calls.burst()
    assert_all_verified(answers, new, world)
    assert downloads(wechatpay_mock) == 2  # one refresh for the 32 calls
    assert set(downloader_of(auth).serials) == {old, new}

    # The old certificate is retired; answers keep verifying, nothing is downloaded.
    expire(wechatpay_mock, old)
    assert serial_of(calls.once()) == new
    assert downloads(wechatpay_mock) == 2


def test_two_rotations_each_cost_one_download(wechatpay_mock, favor):
    # min_refresh_interval=0: the second rotation comes within the minute. Without the rate
    # limit, only the single flight keeps each burst to one download.
    world = wechatpay_mock.credentials
    auth = merchant_downloading(world, min_refresh_interval=0)
    calls = favor(auth)
    current = serial_of(calls.once())
    assert downloads(wechatpay_mock) == 1
    for rotation in (1, 2):
        new = add_certificate(wechatpay_mock)
        activate(wechatpay_mock, new)
        expire(wechatpay_mock, current)
        assert_all_verified(calls.burst(), new, world)
        assert downloads(wechatpay_mock) == 1 + rotation
        # The retired certificate is no longer listed, so no longer trusted.
        assert downloader_of(auth).serials == (new,)
        current = new


def test_an_unknown_serial_seen_again_is_not_downloaded_again(wechatpay_mock, favor):
    world = wechatpay_mock.credentials
    auth = merchant_downloading(world, min_refresh_interval=HOUR)
    calls = favor(auth)
    calls.once()
    second = add_certificate(wechatpay_mock)
    activate(wechatpay_mock, second)
    assert serial_of(calls.once()) == second  # an unknown serial is worth one download
    assert downloads(wechatpay_mock) == 2

    third = add_certificate(wechatpay_mock)
    activate(wechatpay_mock, third)
    for _ in range(3):
        with pytest.raises(errors.SignatureVerificationError) as caught:
            calls.once()
        reason = caught.value.reason
        assert reason.startswith(f"unknown serial '{third}': not among the downloaded")
        assert f"at most once per {HOUR} s" in reason
    assert downloads(wechatpay_mock) == 2  # the rate limit held: nobody hammers /v3/certificates


# --- each problem, its own error ------------------------------------------------------------------


def test_a_wrong_apiv3_key(wechatpay_mock, favor):
    world = wechatpay_mock.credentials
    wrong = "W" * len(world.apiv3_key)
    assert wrong != world.apiv3_key
    calls = favor(certificate_merchant(world, api_v3_key=wrong))
    for _ in range(2):
        with pytest.raises(CertificateDownloadError) as caught:
            calls.once()
        # The error names the host it downloaded from.
        assert caught.value.reason.startswith(
            f"GET {wechatpay_mock.base_url}{CERTIFICATES_PATH}: decryption failed: check the APIv3"
        )
        assert caught.value.request_id  # the download's Request-ID, to quote to support
        assert_secret_free(caught.value, wrong, world.apiv3_key)
    # The second call met the remembered failure instead of downloading again.
    assert "next attempt in" in caught.value.reason
    assert downloads(wechatpay_mock) == 1


def test_a_public_key_merchant_configured_with_an_apiv3_key(wechatpay_mock, favor):
    # Demo merchant 1900000001 is in public-key mode: its answers name WeChat Pay's public key.
    world = wechatpay_mock.credentials
    auth = MerchantAuth(
        world.mchid,
        world.merchant_serial_no,
        world.merchant_private_key,
        api_v3_key=world.apiv3_key,
    )
    calls = favor(auth)
    # Its first call downloads first, and WeChat Pay's documented 404 says why before the call
    # is sent.
    with pytest.raises(errors.CertificateDownloadError) as first:
        calls.once()
    assert "it is a public-key merchant. Configure WeChat Pay's public key" in first.value.reason
    assert [entry["operation"] for entry in wechatpay_mock.journal(10)] == [DOWNLOAD.operation_id]

    # Asked to download at start-up (to fail fast), WeChat Pay's documented 404 says why.
    with pytest.raises(CertificateDownloadError) as refused:
        if calls.is_async:
            asyncio.run(auth.verifier.arefresh_certificates(origin=wechatpay_mock.base_url))
        else:
            auth.verifier.refresh_certificates(origin=wechatpay_mock.base_url)
    documented = DOWNLOAD.first_error(404)
    assert documented is not None
    assert (refused.value.status_code, refused.value.code) == (documented.status, documented.code)
    assert "it is a public-key merchant. Configure WeChat Pay's public key" in refused.value.reason
    assert_secret_free(refused.value, world.apiv3_key)


class ManInTheMiddle(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sits on the client's path: the real mock answers, ``change`` edits its certificate list
    before the client reads it (the answer's signature is left as the mock made it)."""

    def __init__(self, change: Callable[[list[dict[str, Any]]], None]) -> None:
        self._upstream = httpx.HTTPTransport()
        self._async_upstream = httpx.AsyncHTTPTransport()
        self._change = change

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = self._upstream.handle_request(request)
        try:
            return self._changed(request, answer, answer.read())
        finally:
            answer.close()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        answer = await self._async_upstream.handle_async_request(request)
        try:
            return self._changed(request, answer, await answer.aread())
        finally:
            await answer.aclose()

    def _changed(self, request: httpx.Request, answer: httpx.Response, body: bytes) -> Any:
        headers = [(k, v) for k, v in answer.headers.items() if k.lower() != "content-length"]
        if request.url.path != CERTIFICATES_PATH:
            return httpx.Response(answer.status_code, headers=headers, content=body)
        listing = json.loads(body)
        self._change(listing["data"])
        return httpx.Response(answer.status_code, headers=headers, json=listing)

    def close(self) -> None:
        self._upstream.close()

    async def aclose(self) -> None:
        await self._async_upstream.aclose()


def flip_ciphertext(entry: dict[str, Any]) -> None:
    sealed = entry["encrypt_certificate"]
    data = bytearray(base64.b64decode(sealed["ciphertext"]))
    data[len(data) // 2] ^= 0x01
    sealed["ciphertext"] = base64.b64encode(data).decode()


@pytest.mark.parametrize(
    ("listed", "change", "says"),
    [
        pytest.param(
            2,
            lambda data: flip_ciphertext(data[1]),
            "although the same APIv3 key decrypted the other certificates: the answer was "
            "altered in transit",
            id="tampered-ciphertext",
        ),
        pytest.param(
            1,
            lambda data: flip_ciphertext(data[0]),
            "decryption failed: check the APIv3 key",
            id="tampered-lone-ciphertext",
        ),
        pytest.param(
            1,
            lambda data: data[0].update(serial_no="1234ABCD"),
            "decrypted there has serial {signing}, but its entry's serial_no lists 1234ABCD; "
            "nothing from this answer is trusted",
            id="listed-serial-differs",
        ),
    ],
)
def test_an_altered_certificate_list(wechatpay_mock, favor, listed, change, says):
    world = wechatpay_mock.credentials
    for _ in range(listed - 1):
        add_certificate(wechatpay_mock)
    (signing,) = [
        c for c in wechatpay_mock.control("GET", "certificates")["certificates"] if c["signing"]
    ]
    auth = certificate_merchant(world)
    with pytest.raises(CertificateDownloadError) as caught:
        favor(auth, transport=ManInTheMiddle(change)).once()
    assert says.format(signing=signing["serial_no"]) in caught.value.reason
    assert_secret_free(caught.value, world.apiv3_key)
    assert auth.verifier.serials == ()  # nothing from an altered answer is trusted
    assert downloads(wechatpay_mock) == 1


def test_a_download_whose_signature_does_not_verify(wechatpay_mock, favor):
    world = wechatpay_mock.credentials
    wechatpay_mock.arm_fault("corrupt_signature", operation=DOWNLOAD.operation_id)
    auth = certificate_merchant(world)
    with pytest.raises(CertificateDownloadError) as caught:
        favor(auth).once()
    assert caught.value.reason.startswith(
        f"GET {wechatpay_mock.base_url}{CERTIFICATES_PATH}: the answer's signature was rejected"
    )
    assert auth.verifier.serials == ()


# --- expired certificates: a world whose second platform certificate expired a year ago ---------


@pytest.fixture(scope="module")
def aging_mock_server(tmp_path_factory) -> Iterator[MockServer]:
    world = tmp_path_factory.mktemp("aging-world")
    MockServer(world)  # writes the demo world
    now = datetime.datetime.now(datetime.UTC)
    expired = new_platform_certificate(valid_from=now - datetime.timedelta(days=3 * 365), years=1)
    (world / "expired_certificate.pem").write_bytes(expired.pem())
    (world / "expired_certificate_key.pem").write_bytes(  # TEST-ONLY, made for this test
        expired.private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    with (world / "mock.toml").open("a", encoding="utf-8") as config:
        config.write(
            "\n[[platform.certificates]]\n"
            'certificate = "expired_certificate.pem"\n'
            'private_key = "expired_certificate_key.pem"\n'
        )
    with MockServer(world) as mock:
        yield mock


@pytest.fixture
def aging_mock(aging_mock_server) -> MockServer:
    aging_mock_server.reset()
    return aging_mock_server


def certificate_states(mock: MockServer) -> tuple[str, str]:
    """The serials of the (valid) certificate that signs at start and of the expired one."""
    valid, expired = mock.control("GET", "certificates")["certificates"]
    assert valid["signing"] and expired["expire_time"] < valid["effective_time"]
    return valid["serial_no"], expired["serial_no"]


def test_an_expired_certificate_beside_a_valid_one_is_refused(aging_mock, favor):
    valid, expired = certificate_states(aging_mock)
    auth = certificate_merchant(aging_mock.credentials)
    calls = favor(auth, aging_mock)
    assert serial_of(calls.once()) == valid
    assert downloader_of(auth).serials == (valid,)  # listed, but refused as expired

    # The mock signs with it from now on, the certificate list included, as a broken server
    # might. The new serial is worth one look, and the list it brings is refused.
    activate(aging_mock, expired)
    with pytest.raises(CertificateDownloadError) as refused:
        calls.once()
    assert refused.value.reason.startswith(
        f"GET {aging_mock.base_url}{CERTIFICATES_PATH}: the answer's signature names serial "
        f"'{expired}', a certificate it carries that is refused: expired at "
    )
    # Within the minute, no second look: the answer's own error says why.
    with pytest.raises(errors.SignatureVerificationError) as caught:
        calls.once()
    assert caught.value.reason.startswith(f"platform certificate '{expired}' refused: expired at")
    assert downloads(aging_mock) == 2
    assert downloader_of(auth).serials == (valid,)


def test_a_list_of_expired_certificates_only(aging_mock, favor):
    valid, expired = certificate_states(aging_mock)
    activate(aging_mock, expired)
    expire(aging_mock, valid)
    auth = certificate_merchant(aging_mock.credentials)
    with pytest.raises(CertificateDownloadError) as caught:
        favor(auth, aging_mock).once()
    assert caught.value.reason.startswith(
        f"GET {aging_mock.base_url}{CERTIFICATES_PATH}: no usable platform certificate: "
        f"{expired} expired at "
    )
    assert auth.verifier.serials == ()
