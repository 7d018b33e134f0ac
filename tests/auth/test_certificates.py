"""Certificate merchants: platform certificates downloaded, decrypted, checked and refreshed.

Everything runs against ``FakeWechatPay`` through ``httpx.MockTransport``: no network, no mock
server. Sync and async clients alike (the ``mode`` fixture).
"""

import asyncio
import concurrent.futures
import json
import logging
import threading
import types

import httpx
import pytest

from wechatpay_auth import (
    CertificateDownloader,
    CertificateDownloadError,
    MerchantAuth,
    PlatformCertificate,
    SignatureVerificationError,
    WechatPayVerifier,
    aparse_notification,
    certificates,
    parse_notification,
)
from wechatpay_auth.primitives import PROBE_PREFIX, sign_response_headers

from .certificate_fake import (
    API_V3_KEY,
    DAY,
    HOST,
    MCHID,
    MERCHANT_SERIAL,
    NOW,
    SERIAL_A,
    certificate_merchant,
    count_joins,
    encrypt,
    listing_entry,
    platform,
)
from .conftest import send

SERIAL_B = 0x7A3C2E5B4D1F00112233445566778899AABBCCDD
PUB_KEY_ID = "PUB_KEY_ID_0112345678901234567890000000"
LOGGER = "wechatpay_auth.certificates"


@pytest.fixture
def second(other_key):
    return platform(other_key, SERIAL_B)


@pytest.fixture
def auth(merchant_key, fake, clock):
    return certificate_merchant(merchant_key, fake, clock)


@pytest.fixture
def debug_log(caplog):
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    return caplog


async def get(mode, auth, fake, url=f"{HOST}/v3/marketing/favor/stocks"):
    response = await send(mode, auth, fake.handle, "GET", url)
    assert response.status_code == 200
    return response


async def refused(mode, auth, fake, error=CertificateDownloadError):
    with pytest.raises(error) as caught:
        await send(mode, auth, fake.handle, "GET", f"{HOST}/v3/marketing/favor/stocks")
    assert API_V3_KEY not in str(caught.value)
    return caught.value


async def refresh(mode, auth, error):
    """An explicit refresh (no call in flight: the downloader's own client) that fails."""
    with pytest.raises(error) as caught:
        if mode == "sync":
            auth.verifier.refresh_certificates(origin=HOST)
        else:
            await auth.verifier.arefresh_certificates(origin=HOST)
    return caught.value


def download_lines(caplog):
    return [r.getMessage() for r in caplog.records if "downloaded from" in r.getMessage()]


# --- a certificate merchant configures mchid, serial, private key and APIv3 key -------------------


async def test_first_answer_downloads_the_certificates_once(mode, auth, fake, first, debug_log):
    response = await get(mode, auth, fake)
    assert response.json()["ok"] is True
    await get(mode, auth, fake)
    assert fake.downloads == 1
    downloader = auth.verifier.certificate_downloader
    assert downloader.serials == auth.verifier.serials == (first.serial,)
    (certificate,) = downloader.certificates
    assert isinstance(certificate, PlatformCertificate)
    assert certificate.certificate == first.certificate
    assert certificate.not_after == first.certificate.not_valid_after_utc
    assert downloader.downloaded_at.timestamp() == NOW
    assert downloader.next_refresh_at.timestamp() == NOW + 12 * 60 * 60
    (line,) = download_lines(debug_log)
    assert f"added {first.serial}; removed none; now {first.serial}" in line
    assert "initial download" in line and "next refresh at 2025-06-16T03:06:40Z" in line


async def test_the_download_follows_the_client_origin(mode, auth, fake):
    await get(mode, auth, fake, url="http://127.0.0.1:8079/v3/marketing/favor/stocks")
    assert fake.download_hosts == ["http://127.0.0.1:8079/v3/certificates"]


async def test_a_base_url_of_its_own_wins(mode, merchant_key, fake, clock):
    downloader = CertificateDownloader(
        MCHID,
        MERCHANT_SERIAL,
        merchant_key,
        API_V3_KEY,
        base_url="https://proxy.example/wechat/",
        transport=fake.transport(),
        clock=clock,
    )
    verifier = WechatPayVerifier(certificate_downloader=downloader, clock=clock)
    auth = MerchantAuth(MCHID, MERCHANT_SERIAL, merchant_key, verifier, clock=clock)
    await get(mode, auth, fake)
    # The download is signed over the path it really goes to, prefix included.
    assert fake.download_hosts == ["https://proxy.example/wechat/v3/certificates"]


def test_an_explicit_refresh_fails_fast_at_start_up(merchant_key, fake, clock):
    auth = MerchantAuth(
        MCHID,
        MERCHANT_SERIAL,
        merchant_key,
        api_v3_key="TEST-ONLY-wrong-apiv3-key-456789",
        origin=HOST,
        download_transport=fake.transport(),
        clock=clock,
    )
    with pytest.raises(CertificateDownloadError, match="check the APIv3 key"):
        auth.verifier.refresh_certificates()
    assert fake.downloads == 1
    assert fake.download_hosts == [f"{HOST}/v3/certificates"]


async def test_an_explicit_async_refresh(auth, fake, first):
    await auth.verifier.arefresh_certificates(origin="http://127.0.0.1:1")
    assert auth.verifier.serials == (first.serial,)
    assert fake.download_hosts == ["http://127.0.0.1:1/v3/certificates"]


def test_refresh_without_a_downloader_says_what_is_missing(platform_key):
    verifier = WechatPayVerifier(public_keys={PUB_KEY_ID: platform_key.public_key()})
    with pytest.raises(ValueError, match="certificate_downloader"):
        verifier.refresh_certificates()


# --- rotation: the next answers carry a new serial ----------------------------------------------


def test_rotation_with_32_threads_downloads_exactly_once(auth, fake, second, debug_log):
    with httpx.Client(transport=fake.transport(), auth=auth, base_url=HOST) as client:
        assert client.get("/v3/x").status_code == 200
        fake.rotate(second)
        fake.gate = threading.Event()
        with (
            count_joins(31, fake.gate) as counter,
            concurrent.futures.ThreadPoolExecutor(32) as pool,
        ):
            statuses = list(pool.map(lambda _: client.get("/v3/x").status_code, range(32)))
    assert statuses == [200] * 32
    # The download waited for all 31 others to join it: a single flight, not a lucky order.
    assert counter.joined == 31
    assert fake.downloads == 2
    assert second.serial in auth.verifier.serials
    line = download_lines(debug_log)[-1]
    assert f"unknown serial {second.serial}" in line and f"added {second.serial}" in line


async def test_rotation_with_32_tasks_downloads_exactly_once(auth, fake, second, debug_log):
    async with httpx.AsyncClient(
        transport=fake.async_transport(), auth=auth, base_url=HOST
    ) as client:
        assert (await client.get("/v3/x")).status_code == 200
        fake.rotate(second)
        fake.gate = threading.Event()
        with count_joins(31, fake.gate) as counter:
            responses = await asyncio.gather(*(client.get("/v3/x") for _ in range(32)))
    assert [r.status_code for r in responses] == [200] * 32
    assert counter.joined == 31
    assert fake.downloads == 2


async def test_old_and_new_serials_both_verify_during_the_overlap(mode, auth, fake, first, second):
    await get(mode, auth, fake)
    fake.rotate(second)
    await get(mode, auth, fake)
    fake.signer = first  # answers still signed by the old certificate during the overlap
    await get(mode, auth, fake)
    assert fake.downloads == 2
    assert set(auth.verifier.serials) == {first.serial, second.serial}


async def test_a_retired_certificate_is_dropped_at_the_next_download(
    mode, auth, fake, first, second, clock, debug_log
):
    await get(mode, auth, fake)
    fake.rotate(second, drop_old=True)
    await get(mode, auth, fake)
    assert auth.verifier.serials == (second.serial,)
    assert f"added {second.serial}; removed {first.serial}" in download_lines(debug_log)[-1]


def test_one_client_serves_several_event_loops_in_turn(auth, fake, second):
    """pytest-asyncio gives each test a loop: nothing may stay bound to the first one."""

    async def calls():
        async with httpx.AsyncClient(transport=fake.async_transport(), auth=auth) as client:
            responses = await asyncio.gather(*(client.get(f"{HOST}/v3/x") for _ in range(4)))
        return [r.status_code for r in responses]

    assert asyncio.run(calls()) == [200] * 4
    fake.rotate(second)
    assert asyncio.run(calls()) == [200] * 4
    assert fake.downloads == 2


async def rotation_in_flight(client, fake, second, waiters):
    """A rotation whose download is held at the fake: its leader, then ``waiters`` joined."""
    await client.get("/v3/x")
    fake.rotate(second)
    fake.gate = threading.Event()
    fake.arrived.clear()
    leader = asyncio.create_task(client.get("/v3/x"))
    assert await asyncio.to_thread(fake.arrived.wait, 30)
    joined = threading.Event()
    with count_joins(waiters, joined):
        tasks = [asyncio.create_task(client.get("/v3/x")) for _ in range(waiters)]
        for _ in range(10_000):
            if joined.is_set():
                break
            await asyncio.sleep(0)
    assert joined.is_set()
    return leader, tasks


async def test_a_cancelled_waiter_does_not_cancel_the_download(auth, fake, second):
    async with httpx.AsyncClient(
        transport=fake.async_transport(), auth=auth, base_url=HOST
    ) as client:
        leader, (cancelled, waiter) = await rotation_in_flight(client, fake, second, 2)
        cancelled.cancel()
        fake.gate.set()
        results = await asyncio.gather(leader, cancelled, waiter, return_exceptions=True)
    assert isinstance(results[1], asyncio.CancelledError)
    assert [results[0].status_code, results[2].status_code] == [200, 200]
    assert fake.downloads == 2


async def test_a_cancelled_leader_hands_the_download_to_a_waiter(auth, fake, second, debug_log):
    async with httpx.AsyncClient(
        transport=fake.async_transport(), auth=auth, base_url=HOST
    ) as client:
        leader, waiters = await rotation_in_flight(client, fake, second, 2)
        leader.cancel()
        fake.gate.set()
        results = await asyncio.gather(leader, *waiters, return_exceptions=True)
    assert isinstance(results[0], asyncio.CancelledError)
    assert [r.status_code for r in results[1:]] == [200, 200]
    assert fake.downloads == 3  # the leader's, whose answer nobody read, and its successor's
    assert "got no answer: the request failed or was cancelled" in debug_log.text


def test_a_serial_that_arrived_meanwhile_needs_no_download(auth, fake, first):
    """A caller that missed the key just before another caller's download brought it."""
    downloader = auth.verifier.certificate_downloader
    downloader.refresh(origin=HOST)
    downloader.refresh_for_serial(first.serial, origin=HOST)
    assert fake.downloads == 1


# --- rate limit: a serial nobody knows ------------------------------------------------------------


async def test_an_unknown_serial_refreshes_at_most_once_a_minute(mode, auth, fake, clock):
    await get(mode, auth, fake)
    fake.answer_serial = "DEADBEEF0001"
    clock.now += 5
    error = await refused(mode, auth, fake, SignatureVerificationError)
    assert fake.downloads == 2  # the first unknown serial may be a rotation: look once
    assert "unknown serial 'DEADBEEF0001'" in str(error)
    assert "certificates were refreshed 0 s ago" in str(error)
    for _ in range(10):
        clock.now += 2
        error = await refused(mode, auth, fake, SignatureVerificationError)
    assert fake.downloads == 2
    assert "certificates were refreshed 20 s ago" in str(error)
    assert "at most once per 60 s" in str(error)
    clock.now += 45
    await refused(mode, auth, fake, SignatureVerificationError)
    assert fake.downloads == 3


async def test_a_rate_limited_serial_names_the_failed_refresh(mode, auth, fake, clock):
    await get(mode, auth, fake)
    fake.answer_serial = "DEADBEEF0001"
    fake.certificates_answer = lambda fake: httpx.Response(
        500, json={"code": "SYSTEM_ERROR", "message": "系统繁忙,请稍后重试"}
    )
    clock.now += 100
    first_error = await refused(mode, auth, fake)  # the refresh it waited for failed
    assert first_error.reason == (
        f"GET {HOST}/v3/certificates answered 500 SYSTEM_ERROR: 系统繁忙,请稍后重试"
    )
    clock.now += 10
    error = await refused(mode, auth, fake, SignatureVerificationError)
    assert fake.downloads == 2
    assert error.reason == (
        "unknown serial 'DEADBEEF0001': not among the downloaded platform certificates "
        f"({SERIAL_A:X}); certificates were refreshed 110 s ago (a later download failed 10 s "
        f"ago: GET {HOST}/v3/certificates answered 500 SYSTEM_ERROR: 系统繁忙,请稍后重试), and an "
        "unknown serial refreshes them at most once per 60 s"
    )


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({"Wechatpay-Timestamp": str(NOW - 301)}, "stale timestamp"),
        ({"Wechatpay-Signature": PROBE_PREFIX + "AAAA"}, "probe signature"),
        ({"Wechatpay-Signature-Type": "WECHATPAY2-SM2-WITH-SM3"}, "unsupported"),
    ],
)
async def test_an_answer_refused_on_its_headers_never_downloads(mode, auth, fake, headers, message):
    await get(mode, auth, fake)
    fake.answer_serial = "DEADBEEF0001"  # a serial it does not know, which would download
    fake.answer_headers = headers
    error = await refused(mode, auth, fake, SignatureVerificationError)
    assert message in str(error)
    assert fake.downloads == 1  # the first call's own


async def test_an_unknown_public_key_id_never_downloads(mode, auth, fake):
    await get(mode, auth, fake)
    fake.answer_serial = PUB_KEY_ID
    error = await refused(mode, auth, fake, SignatureVerificationError)
    assert fake.downloads == 1
    assert "public key id" in str(error) and 'public_keys={"PUB_KEY_ID_' in str(error)


async def test_a_failed_download_is_not_retried_on_every_call(mode, merchant_key, fake, clock):
    auth = MerchantAuth(
        MCHID,
        MERCHANT_SERIAL,
        merchant_key,
        api_v3_key="TEST-ONLY-wrong-apiv3-key-456789",
        download_transport=fake.transport(),
        clock=clock,
    )
    for _ in range(5):
        error = await refused(mode, auth, fake)
        assert f"{HOST}/v3/certificates: decryption failed: check the APIv3 key" in error.reason
    assert fake.downloads == 1
    assert "next attempt in" in str(error)
    clock.now += 61
    await refused(mode, auth, fake)
    assert fake.downloads == 2


# --- scheduled refresh: lazily, on use, never making a caller wait -----------------------------


async def test_a_set_older_than_12_hours_is_refreshed_before_the_next_call(
    mode, auth, fake, second, clock, debug_log
):
    await get(mode, auth, fake)
    clock.now += 12 * 60 * 60 - 1
    await get(mode, auth, fake)
    assert fake.downloads == 1
    clock.now += 2
    fake.listed.append(second)  # WeChat Pay lists the next certificate before it signs with it
    await get(mode, auth, fake)
    assert fake.downloads == 2
    assert second.serial in auth.verifier.serials
    line = download_lines(debug_log)[-1]
    assert "scheduled refresh" in line and f"added {second.serial}" in line
    downloader = auth.verifier.certificate_downloader
    assert downloader.next_refresh_at.timestamp() == clock.now + 12 * 60 * 60


def test_only_the_call_that_refreshes_waits_for_it(auth, fake, second, clock):
    with httpx.Client(transport=fake.transport(), auth=auth, base_url=HOST) as client:
        client.get("/v3/x")
        clock.now += 12 * 60 * 60 + 1
        fake.gate = threading.Event()
        fake.arrived.clear()
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            refreshing = pool.submit(client.get, "/v3/x")
            assert fake.arrived.wait(30)
            # The download is held; another call goes on with the set it has.
            assert client.get("/v3/x").status_code == 200
            assert not refreshing.done()
            fake.gate.set()
            assert refreshing.result(30).status_code == 200
    assert fake.downloads == 2


async def test_a_failed_scheduled_refresh_keeps_the_set(mode, auth, fake, first, clock, debug_log):
    await get(mode, auth, fake)
    clock.now += 12 * 60 * 60 + 1
    fake.certificates_answer = lambda fake: httpx.Response(
        500, json={"code": "SYSTEM_ERROR", "message": "系统繁忙,请稍后重试"}
    )
    await get(mode, auth, fake)
    downloader = auth.verifier.certificate_downloader
    assert downloader.wait_for_refresh(30)
    assert fake.downloads == 2
    assert auth.verifier.serials == (first.serial,)
    warning = next(r for r in debug_log.records if r.levelno == logging.WARNING)
    assert "SYSTEM_ERROR" in warning.getMessage()
    assert f"keeping {first.serial}" in warning.getMessage()
    for _ in range(3):
        await get(mode, auth, fake)  # still verified with the kept certificate
    assert downloader.wait_for_refresh(30)
    assert fake.downloads == 2  # retried after a minute, not on every call
    clock.now += 61
    fake.certificates_answer = None
    await get(mode, auth, fake)
    assert downloader.wait_for_refresh(30)
    assert fake.downloads == 3


# --- a download that cannot finish must not hold the single flight --------------------------


async def test_a_download_that_cannot_connect(mode, auth, fake):
    """With no call in flight the downloader's own client sends it; its failure names the URL."""

    def unreachable(fake):
        raise httpx.ConnectError("connection refused")

    fake.certificates_answer = unreachable
    error = await refresh(mode, auth, CertificateDownloadError)
    assert error.reason == (f"GET {HOST}/v3/certificates failed: ConnectError: connection refused")


async def test_an_endless_answer_is_cut_off(mode, auth, fake):
    def endless():
        while True:
            yield b" " * 65536

    fake.certificates_answer = lambda fake: httpx.Response(200, content=endless())
    error = await refresh(mode, auth, CertificateDownloadError)
    assert "answer is larger than 1048576 bytes" in error.reason


async def test_a_trickling_answer_meets_a_deadline(mode, auth, fake, monkeypatch):
    ticks = iter(range(0, 10_000, 7))  # monotonic seconds, 7 s apart on each look
    monkeypatch.setattr(certificates, "_monotonic", lambda: next(ticks))

    def trickle():
        for _ in range(100):
            yield b" "

    fake.certificates_answer = lambda fake: httpx.Response(200, content=trickle())
    error = await refresh(mode, auth, CertificateDownloadError)
    assert error.reason == f"GET {HOST}/v3/certificates took more than 30 s"


async def test_no_thread_for_the_download_fails_the_waiters(auth, fake, monkeypatch):
    class NoThread:
        def __init__(self, **kwargs):
            pass

        def start(self):
            raise RuntimeError("can't start new thread")

    monkeypatch.setattr(certificates, "threading", types.SimpleNamespace(Thread=NoThread))
    error = await refresh("async", auth, CertificateDownloadError)
    assert error.reason == "could not start the download thread: can't start new thread"
    assert auth.verifier.certificate_downloader.wait_for_refresh(0)  # nothing left in flight


# --- each problem gets its own error --------------------------------------------------------------


def wrong_apiv3_key(fake, first, second):
    fake.api_v3_key = "TEST-ONLY-wrong-apiv3-key-456789"


def tampered_one_of_two(fake, first, second):
    fake.listed.append(second)

    def flip(data):
        sealed = data[1]["encrypt_certificate"]
        sealed["ciphertext"] = sealed["ciphertext"][:-4] + (
            "AAAA" if not sealed["ciphertext"].endswith("AAAA") else "BBBB"
        )

    fake.mutate_listing = flip


def tampered_associated_data(fake, first, second):
    fake.mutate_listing = lambda data: data[0]["encrypt_certificate"].update(
        associated_data="certificat3"
    )


def expired(fake, first, second):
    fake.listed = [platform(first.key, SERIAL_A, not_before=NOW - 400 * DAY, not_after=NOW - DAY)]


def not_yet_valid(fake, first, second):
    fake.listed = [platform(first.key, SERIAL_A, not_before=NOW + DAY)]


def serial_mismatch(fake, first, second):
    fake.mutate_listing = lambda data: data[0].update(serial_no="1234ABCD")


def public_key_merchant(fake, first, second):
    fake.certificates_answer = lambda fake: httpx.Response(
        404,
        json={
            "code": "RESOURCE_NOT_EXISTS",
            "message": "无可用的平台证书，请在商户平台-API安全申请使用微信支付公钥",
        },
        headers={"Request-ID": "REQ-404"},
    )


def refused_signature(fake, first, second):
    fake.merchant_public_key = second.key.public_key()


def server_error(fake, first, second):
    fake.certificates_answer = lambda fake: httpx.Response(502, text="<html>bad gateway</html>")


def not_json(fake, first, second):
    fake.certificates_answer = lambda fake: fake.signed(b"<xml/>", first.key, first.serial)


def no_data(fake, first, second):
    fake.certificates_answer = lambda fake: fake.signed(b'{"items": []}', first.key, first.serial)


def empty_data(fake, first, second):
    fake.certificates_answer = lambda fake: fake.signed(b'{"data": []}', first.key, first.serial)


def missing_nonce(fake, first, second):
    fake.mutate_listing = lambda data: data[0]["encrypt_certificate"].pop("nonce")


def other_algorithm(fake, first, second):
    fake.mutate_listing = lambda data: data[0]["encrypt_certificate"].update(
        algorithm="AEAD_SM4_GCM"
    )


def not_base64(fake, first, second):
    fake.mutate_listing = lambda data: data[0]["encrypt_certificate"].update(ciphertext="**")


def not_a_certificate(fake, first, second):
    fake.mutate_listing = lambda data: data[0].update(
        encrypt_certificate=encrypt(b"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")
    )


def unsigned_download(fake, first, second):
    fake.certificates_answer = lambda fake: httpx.Response(
        200, json={"data": [listing_entry(first)]}
    )


def download_signed_by_a_stranger(fake, first, second):
    fake.download_signer = (second.key, second.serial)


def download_signature_does_not_verify(fake, first, second):
    fake.download_signer = (second.key, first.serial)


def stale_download(fake, first, second):
    def signed_long_ago(fake):
        body = json.dumps({"data": [listing_entry(first)]}).encode()
        headers = sign_response_headers(first.key, first.serial, body, timestamp=NOW - 301)
        return httpx.Response(200, content=body, headers=headers)

    fake.certificates_answer = signed_long_ago


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (wrong_apiv3_key, "decryption failed: check the APIv3 key"),
        (tampered_one_of_two, "although the same APIv3 key decrypted the other"),
        (tampered_associated_data, "decryption failed: check the APIv3 key"),
        (expired, f"no usable platform certificate: {SERIAL_A:X} expired at 2025-06-14"),
        (not_yet_valid, f"no usable platform certificate: {SERIAL_A:X} not valid before 2025"),
        (
            serial_mismatch,
            f"decrypted there has serial {SERIAL_A:X}, but its entry's serial_no lists 1234ABCD",
        ),
        (
            public_key_merchant,
            "it is a public-key merchant. Configure WeChat Pay's public key instead of "
            'api_v3_key: public_keys={"PUB_KEY_ID_',
        ),
        (
            refused_signature,
            "answered 401 SIGN_ERROR: 错误的签名,验签失败: WeChat Pay refused the request's "
            "signature; check mchid, serial_no and private_key",
        ),
        (server_error, "answered 502"),
        (not_json, "answer is not JSON"),
        (no_data, 'has no "data" list'),
        (empty_data, "lists no certificate"),
        (missing_nonce, "data[0].encrypt_certificate.nonce is missing"),
        (other_algorithm, "'AEAD_SM4_GCM' is not supported (only AEAD_AES_256_GCM)"),
        (not_base64, "data[0].encrypt_certificate.ciphertext is not Base64"),
        (not_a_certificate, "the decrypted content is not a usable certificate"),
        (unsigned_download, "signature was rejected: missing header Wechatpay-Timestamp"),
        (download_signed_by_a_stranger, f"names serial '{SERIAL_B:X}', which is neither among"),
        (download_signature_does_not_verify, "signature was rejected: bad signature"),
        (stale_download, "signature was rejected: stale timestamp"),
    ],
)
async def test_each_problem_has_its_own_error(mode, auth, fake, first, second, setup, message):
    setup(fake, first, second)
    error = await refused(mode, auth, fake)
    assert message in error.reason
    assert auth.verifier.serials == ()  # nothing from a refused answer is trusted


async def test_the_public_key_merchant_error_carries_the_answer(mode, auth, fake, first, second):
    public_key_merchant(fake, first, second)
    error = await refused(mode, auth, fake)
    assert (error.status_code, error.code, error.request_id) == (
        404,
        "RESOURCE_NOT_EXISTS",
        "REQ-404",
    )
    assert "无可用的平台证书" in error.reason


async def test_a_tampered_lone_certificate_names_both_causes(mode, auth, fake, first, second):
    def flip(data):
        data[0]["encrypt_certificate"]["ciphertext"] = (
            "A" * 16 + data[0]["encrypt_certificate"]["ciphertext"][16:]
        )

    fake.mutate_listing = flip
    error = await refused(mode, auth, fake)
    # One certificate: a wrong key and an altered answer look the same to AES-GCM; say both.
    assert f"{HOST}/v3/certificates: decryption failed: check the APIv3 key" in error.reason
    assert "altered in transit" in error.reason


async def test_an_expired_certificate_beside_a_valid_one_is_refused(
    mode, auth, fake, first, second, debug_log
):
    old = platform(second.key, SERIAL_B, not_before=NOW - 400 * DAY, not_after=NOW - DAY)
    fake.listed = [first, old]
    await get(mode, auth, fake)
    assert auth.verifier.serials == (first.serial,)
    assert any(f"{SERIAL_B:X} expired at" in r.getMessage() for r in debug_log.records)
    fake.signer = old
    fake.download_signer = (first.key, first.serial)
    error = await refused(mode, auth, fake, SignatureVerificationError)
    assert fake.downloads == 2  # a new serial is worth one look, even a refused one
    assert f"platform certificate '{SERIAL_B:X}' refused: expired at 2025-06-14T" in str(error)


async def test_a_certificate_that_expires_in_use_is_refused(mode, auth, fake, first, clock):
    short = platform(first.key, SERIAL_A, not_after=NOW + 100)
    fake.listed = [short]
    fake.signer = short
    await get(mode, auth, fake)
    clock.now += 50
    fake.answer_serial = "DEADBEEF0001"
    await refused(mode, auth, fake, SignatureVerificationError)
    assert fake.downloads == 2
    clock.now += 51
    fake.answer_serial = None
    error = await refused(mode, auth, fake, SignatureVerificationError)
    assert fake.downloads == 2  # rate-limited: no certificate is trusted past its end meanwhile
    assert f"platform certificate {SERIAL_A:X} expired at 2025-06-15T15:08:20Z: refused" in str(
        error
    )


async def test_an_expired_set_fails_the_call_that_needs_it(mode, auth, fake, first, clock):
    short = platform(first.key, SERIAL_A, not_after=NOW + 100)
    fake.listed = [short]
    fake.signer = short
    await get(mode, auth, fake)
    clock.now += 101
    error = await refused(mode, auth, fake)
    assert f"no usable platform certificate: {SERIAL_A:X} expired at" in error.reason


# --- certificates and public keys at once (the migration) ---------------------------------------


async def test_a_migrating_merchant_verifies_both_kinds(mode, merchant_key, fake, first, clock):
    public_platform = platform(fake.signer.key, 0x01)  # the key behind PUB_KEY_ID (test-only)
    auth = MerchantAuth(
        MCHID,
        MERCHANT_SERIAL,
        merchant_key,
        api_v3_key=API_V3_KEY,
        public_keys={PUB_KEY_ID: public_platform.key.public_key()},
        download_transport=fake.transport(),
        clock=clock,
    )
    fake.answer_serial = PUB_KEY_ID
    response = await get(mode, auth, fake)
    assert response.request.headers["Wechatpay-Serial"] == PUB_KEY_ID
    assert fake.downloads == 0  # public-key answers never need a certificate
    fake.answer_serial = None
    await get(mode, auth, fake)
    assert fake.downloads == 1
    assert auth.verifier.serials == (PUB_KEY_ID, first.serial)


async def test_a_download_signed_with_a_trusted_public_key_is_accepted(
    mode, merchant_key, fake, first, second, clock
):
    auth = MerchantAuth(
        MCHID,
        MERCHANT_SERIAL,
        merchant_key,
        api_v3_key=API_V3_KEY,
        public_keys={PUB_KEY_ID: second.key.public_key()},
        download_transport=fake.transport(),
        clock=clock,
    )
    fake.download_signer = (second.key, PUB_KEY_ID)
    await get(mode, auth, fake)
    assert first.serial in auth.verifier.serials


async def test_a_public_key_merchant_with_an_apiv3_key_keeps_working(
    mode, merchant_key, fake, first, second, clock
):
    auth = MerchantAuth(
        MCHID,
        MERCHANT_SERIAL,
        merchant_key,
        api_v3_key=API_V3_KEY,
        public_keys={PUB_KEY_ID: first.key.public_key()},
        download_transport=fake.transport(),
        clock=clock,
    )
    public_key_merchant(fake, first, second)
    fake.answer_serial = PUB_KEY_ID
    await get(mode, auth, fake)
    fake.answer_serial = f"{SERIAL_A:X}"
    error = await refused(mode, auth, fake)
    assert "public-key merchant" in error.reason
    fake.answer_serial = PUB_KEY_ID
    await get(mode, auth, fake)


# --- notifications ----------------------------------------------------------------------------


async def test_a_notification_signed_by_a_certificate_downloads_it(
    mode, merchant_key, fake, first, clock
):
    downloader = CertificateDownloader(
        MCHID,
        MERCHANT_SERIAL,
        merchant_key,
        API_V3_KEY,
        base_url=HOST,
        transport=fake.transport(),
        clock=clock,
    )
    verifier = WechatPayVerifier(certificate_downloader=downloader, clock=clock)
    resource = encrypt(json.dumps({"coupon_id": "9856888"}).encode(), associated_data="coupon")
    body = json.dumps({"id": "n1", "event_type": "COUPON.USE", "resource": resource}).encode()
    headers = sign_response_headers(first.key, first.serial, body, timestamp=int(clock()))
    if mode == "sync":
        notification = parse_notification(headers, body, API_V3_KEY, verifier)
    else:
        fake.gate = threading.Event()
        parsing = asyncio.create_task(aparse_notification(headers, body, API_V3_KEY, verifier))
        # This await needs the loop to turn while the download is held: it is not blocked.
        assert await asyncio.to_thread(fake.arrived.wait, 30)
        assert not parsing.done()
        fake.gate.set()
        notification = await parsing
    assert notification.resource == {"coupon_id": "9856888"}
    assert fake.download_hosts == [f"{HOST}/v3/certificates"]


async def test_a_notification_refreshes_from_where_the_set_came_from(
    mode, auth, fake, first, second, clock
):
    await get(mode, auth, fake, url="http://127.0.0.1:8079/v3/x")
    clock.now += 12 * 60 * 60 + 1
    fake.rotate(second)
    resource = encrypt(b"{}", associated_data="coupon")
    body = json.dumps({"id": "n2", "event_type": "COUPON.USE", "resource": resource}).encode()
    headers = sign_response_headers(second.key, second.serial, body, timestamp=int(clock()))
    if mode == "sync":
        parse_notification(headers, body, API_V3_KEY, auth.verifier)
    else:
        await aparse_notification(headers, body, API_V3_KEY, auth.verifier)
    assert fake.download_hosts == ["http://127.0.0.1:8079/v3/certificates"] * 2


# --- secrets stay secret ----------------------------------------------------------------------


async def test_the_apiv3_key_is_in_no_repr_log_or_error(mode, auth, fake, second, debug_log):
    await get(mode, auth, fake)
    wrong_apiv3_key(fake, None, second)
    fake.rotate(second)
    with pytest.raises(CertificateDownloadError) as caught:
        await send(mode, auth, fake.handle, "GET", f"{HOST}/v3/x")
    downloader = auth.verifier.certificate_downloader
    texts = [
        repr(auth),
        repr(auth.verifier),
        repr(downloader),
        str(vars(downloader)),
        str(caught.value),
        debug_log.text,
    ]
    for text in texts:
        assert API_V3_KEY not in text
        assert API_V3_KEY.encode().hex() not in text
    assert f"serials=['{SERIAL_A:X}']" in repr(downloader)
    assert "next_refresh_at='2025-06-16T03:06:40Z'" in repr(downloader)


# --- configuration ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "needs WeChat Pay's keys to verify its answers: api_v3_key="),
        ({"api_v3_key": "short-TEST-ONLY"}, "api_v3_key must be 32 bytes"),
        ({"api_v3_key": 12345}, "api_v3_key must be the key as str or bytes, got int"),
        (
            {"public_keys": {PUB_KEY_ID: None}, "download_transport": httpx.MockTransport(print)},
            "download_transport needs api_v3_key=",
        ),
    ],
)
def test_merchant_auth_configuration_errors(merchant_key, kwargs, message):
    with pytest.raises(ValueError, match=message) as caught:
        MerchantAuth(MCHID, MERCHANT_SERIAL, merchant_key, **kwargs)
    assert "short-TEST-ONLY" not in str(caught.value)


def test_a_verifier_and_an_apiv3_key_are_one_too_many(merchant_key, platform_key):
    verifier = WechatPayVerifier(public_keys={PUB_KEY_ID: platform_key.public_key()})
    with pytest.raises(ValueError, match="either verifier= or api_v3_key="):
        MerchantAuth(MCHID, MERCHANT_SERIAL, merchant_key, verifier, api_v3_key=API_V3_KEY)


def test_an_apiv3_key_in_the_verifiers_place_is_named_not_echoed(merchant_key):
    with pytest.raises(ValueError, match="pass the APIv3 key by name") as caught:
        MerchantAuth(MCHID, MERCHANT_SERIAL, merchant_key, API_V3_KEY)
    assert API_V3_KEY not in str(caught.value)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"base_url": "ftp://example"}, "base_url must be an http"),
        ({"base_url": "https://example/?a=1"}, "base_url must be an http"),
        ({"transport": object()}, "transport must be an httpx.BaseTransport"),
        ({"refresh_interval": 0}, "refresh_interval must be > 0"),
        ({"timeout": -1}, "timeout must be > 0"),
        ({"min_refresh_interval": -1}, "min_refresh_interval must be >= 0"),
        ({"max_skew": -1}, "max_skew must be >= 0"),
    ],
)
def test_downloader_configuration_errors(merchant_key, kwargs, message):
    with pytest.raises(ValueError, match=message):
        CertificateDownloader(MCHID, MERCHANT_SERIAL, merchant_key, API_V3_KEY, **kwargs)


def test_the_verifier_takes_only_a_downloader():
    with pytest.raises(ValueError, match="must be a CertificateDownloader, got str"):
        WechatPayVerifier(certificate_downloader="https://api.mch.weixin.qq.com")
