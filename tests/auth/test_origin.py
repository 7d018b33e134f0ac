"""Issue 20 D3: where a certificate merchant's downloads go when no call is in flight.

A call's download goes to the call's own host (tests/auth/test_download_through_client.py).
A notification or an explicit refresh has no call to follow: it goes to ``origin=``, else to
the base URL of the client the auth serves (``use_origin``, which the generated clients call),
else to where the last set came from, and with none of these it fails saying how to set one.
It never guesses production. Every download error names the host.
"""

import json

import httpx
import pytest

from wechatpay_auth import (
    BrandAuth,
    CertificateDownloadError,
    ConfigurationError,
    MerchantAuth,
    WechatPayVerifier,
    parse_notification,
)
from wechatpay_auth.primitives import sign_response_headers

from .certificate_fake import (
    API_V3_KEY,
    HOST,
    MCHID,
    MERCHANT_SERIAL,
    certificate_merchant,
    encrypt,
)

MOCK = "http://127.0.0.1:8079"


merchant = certificate_merchant


def notification(first, clock):
    body = json.dumps(
        {"id": "n1", "event_type": "COUPON.USE", "resource": encrypt(b"{}", associated_data="x")}
    ).encode()
    return sign_response_headers(first.key, first.serial, body, timestamp=int(clock())), body


def test_a_refresh_with_no_origin_known_fails_and_says_how_to_set_one(merchant_key, fake, clock):
    auth = merchant(merchant_key, fake, clock)
    with pytest.raises(ConfigurationError) as caught:
        auth.verifier.refresh_certificates()
    message = str(caught.value)
    assert "origin=" in message and "use_origin" in message
    assert fake.downloads == 0  # nothing went to a guessed host


async def test_an_async_refresh_with_no_origin_known_fails(merchant_key, fake, clock):
    auth = merchant(merchant_key, fake, clock)
    with pytest.raises(ConfigurationError, match="no origin to download"):
        await auth.verifier.arefresh_certificates()
    assert fake.downloads == 0


def test_a_notification_before_any_call_does_not_download_from_production(
    merchant_key, fake, first, clock
):
    auth = merchant(merchant_key, fake, clock)
    headers, body = notification(first, clock)
    with pytest.raises(ConfigurationError, match="origin="):
        parse_notification(headers, body, API_V3_KEY, auth.verifier)
    assert fake.download_hosts == []


def test_origin_given_to_the_auth(merchant_key, fake, clock):
    auth = merchant(merchant_key, fake, clock, origin=MOCK + "/")
    auth.verifier.refresh_certificates()
    assert fake.download_hosts == [f"{MOCK}/v3/certificates"]


def test_use_origin_sets_where_a_webhook_only_process_downloads(merchant_key, fake, first, clock):
    auth = merchant(merchant_key, fake, clock)
    auth.use_origin(MOCK)
    headers, body = notification(first, clock)
    parse_notification(headers, body, API_V3_KEY, auth.verifier)
    assert fake.download_hosts == [f"{MOCK}/v3/certificates"]


def test_an_explicit_origin_wins_over_use_origin(merchant_key, fake, clock):
    auth = merchant(merchant_key, fake, clock, origin=HOST)
    auth.use_origin(MOCK)
    auth.verifier.refresh_certificates()
    assert fake.download_hosts == [f"{HOST}/v3/certificates"]


def test_the_latest_use_origin_counts(merchant_key, fake, clock):
    auth = merchant(merchant_key, fake, clock)
    auth.use_origin("http://first.invalid")
    auth.use_origin(MOCK)
    auth.verifier.refresh_certificates()
    assert fake.download_hosts == [f"{MOCK}/v3/certificates"]


def test_a_client_prefix_is_kept_for_its_calls(merchant_key, fake, clock):
    auth = merchant(merchant_key, fake, clock)
    auth.use_origin("https://gateway.example/wechatpay/")
    with httpx.Client(transport=fake.transport(), auth=auth) as client:
        client.get("https://gateway.example/wechatpay/v3/x")
        client.get("https://backup.example/v3/x")  # another host: the call's own
    assert fake.download_hosts == ["https://gateway.example/wechatpay/v3/certificates"]


def test_a_call_elsewhere_downloads_from_its_own_host(merchant_key, fake, clock):
    auth = merchant(merchant_key, fake, clock)
    auth.use_origin(HOST)
    with httpx.Client(transport=fake.transport(), auth=auth) as client:
        client.get(f"{MOCK}/v3/x")  # e.g. a failover: its certificates come from there
    assert fake.download_hosts == [f"{MOCK}/v3/certificates"]


def test_without_a_call_the_set_refreshes_from_where_it_came(merchant_key, fake, clock):
    auth = merchant(merchant_key, fake, clock)
    with httpx.Client(transport=fake.transport(), auth=auth) as client:
        client.get(f"{MOCK}/v3/x")
    auth.verifier.refresh_certificates()
    assert fake.download_hosts == [f"{MOCK}/v3/certificates"] * 2


def test_brand_auth_use_origin_does_nothing(platform_key, merchant_key):
    verifier = WechatPayVerifier(public_keys={"PUB_KEY_ID_0112": platform_key.public_key()})
    auth = BrandAuth("12345678", MERCHANT_SERIAL, merchant_key, verifier)
    auth.use_origin(MOCK)
    assert auth.verifier.certificate_downloader is None


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"origin": "ftp://example"}, "origin must be an http"),
        ({"origin": "api.mch.weixin.qq.com"}, "origin must be an http"),
    ],
)
def test_a_bad_origin_is_refused_at_construction(merchant_key, fake, clock, options, message):
    with pytest.raises(ConfigurationError, match=message):
        merchant(merchant_key, fake, clock, **options)


def test_origin_needs_an_apiv3_key(merchant_key, platform_key):
    with pytest.raises(ConfigurationError, match="origin= is where platform certificates"):
        MerchantAuth(
            MCHID,
            MERCHANT_SERIAL,
            merchant_key,
            public_keys={"PUB_KEY_ID_0112": platform_key.public_key()},
            origin=HOST,
        )


def test_use_origin_refuses_what_is_not_a_base_url(merchant_key, fake, clock):
    auth = merchant(merchant_key, fake, clock)
    with pytest.raises(ConfigurationError, match="must be an http"):
        auth.use_origin("")


@pytest.mark.parametrize(
    "answer",
    [
        lambda fake: httpx.Response(500, json={"code": "SYSTEM_ERROR", "message": "busy"}),
        lambda fake: httpx.Response(200, content=b"not json"),
        lambda fake: (_ for _ in ()).throw(httpx.ConnectError("refused")),
    ],
    ids=["error-answer", "bad-answer", "no-answer"],
)
def test_every_download_error_names_the_host(merchant_key, fake, clock, answer):
    fake.certificates_answer = answer
    auth = merchant(merchant_key, fake, clock, origin=MOCK)
    with pytest.raises(CertificateDownloadError) as caught:
        auth.verifier.refresh_certificates()
    assert f"{MOCK}/v3/certificates" in caught.value.reason
