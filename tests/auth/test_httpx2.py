"""The auth with httpx2 (pydantic's fork of httpx 0.28.1): it signs and verifies as with httpx.

httpx2 accepts only its own ``Auth`` subclasses, and its transports refuse a request that is not
its own (a download yielded by the flow must be an ``httpx2.Request``). In the main venv both
libraries are installed side by side; ``make test-httpx2`` runs these tests again with httpx2
aliased as httpx (one ``Auth`` class).
"""

import json

import pytest

from wechatpay_auth import (
    BrandAuth,
    MerchantAuth,
    SignatureVerificationError,
    WechatPayVerifier,
)
from wechatpay_auth.primitives import (
    BRAND_SCHEME,
    MERCHANT_SCHEME,
    sign_response_headers,
    verify,
)

from .certificate_fake import (
    API_V3_KEY,
    MCHID,
    MERCHANT_SERIAL,
    SERIAL_A,
    Clock,
    listing_entry,
    platform,
    signed_request,
)

httpx2 = pytest.importorskip("httpx2")

KEY_ID = "PUB_KEY_ID_0112345678901234567890"
HOST = "https://api.mch.weixin.qq.com"


class Server:
    """WeChat Pay for httpx2's MockTransport: checks each signature, signs each answer."""

    def __init__(self, client_key, platform_key, *, scheme=MERCHANT_SCHEME, serial=KEY_ID):
        self.client_key = client_key
        self.platform_key = platform_key
        self.scheme = scheme
        self.serial = serial
        self.paths = []
        self.tamper = False
        self.clock = None  # real time

    def __call__(self, request):
        self.paths.append(request.url.path)
        assert type(request) is httpx2.Request  # what httpx2's transport sends is its own
        params, message = signed_request(request)
        assert params.scheme == self.scheme
        assert verify(self.client_key.public_key(), message, params.signature)
        body = self.body(request)
        timestamp = int(self.clock()) if self.clock else None
        headers = sign_response_headers(
            self.platform_key, self.serial, body, signature_type=self.scheme, timestamp=timestamp
        )
        if self.tamper:
            body = body.replace(b"9856888", b"9856889")
        return httpx2.Response(200, content=body, headers={**headers, "Request-ID": "req-1"})

    def body(self, request):
        return json.dumps({"path": request.url.path, "coupon_id": "9856888"}).encode()


@pytest.fixture
def verifier(platform_key):
    return WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()})


def test_the_auth_is_an_httpx2_auth(merchant_key, verifier):
    auth = MerchantAuth(MCHID, MERCHANT_SERIAL, merchant_key, verifier)
    assert isinstance(auth, httpx2.Auth)


@pytest.mark.parametrize("scheme", [MERCHANT_SCHEME, BRAND_SCHEME])
def test_an_httpx2_client_signs_and_verifies(merchant_key, platform_key, verifier, scheme):
    if scheme == MERCHANT_SCHEME:
        auth = MerchantAuth(MCHID, MERCHANT_SERIAL, merchant_key, verifier)
    else:
        auth = BrandAuth("12345678", MERCHANT_SERIAL, merchant_key, verifier)
    server = Server(merchant_key, platform_key, scheme=scheme)
    with httpx2.Client(transport=httpx2.MockTransport(server), auth=auth) as client:
        response = client.post(f"{HOST}/v3/x?q=a%20b", json={"name": "张三"})
        assert response.json()["coupon_id"] == "9856888"
        assert response.request.headers["Wechatpay-Serial"] == KEY_ID
        server.tamper = True
        with pytest.raises(SignatureVerificationError, match="bad signature"):
            client.get(f"{HOST}/v3/x")


async def test_an_httpx2_async_client_signs_and_verifies(merchant_key, platform_key, verifier):
    auth = MerchantAuth(MCHID, MERCHANT_SERIAL, merchant_key, verifier)
    server = Server(merchant_key, platform_key)

    async def answer(request):
        return server(request)

    async with httpx2.AsyncClient(transport=httpx2.MockTransport(answer), auth=auth) as client:
        response = await client.get(f"{HOST}/v3/x")
        assert response.json()["coupon_id"] == "9856888"
        server.tamper = True
        with pytest.raises(SignatureVerificationError, match="bad signature"):
            await client.get(f"{HOST}/v3/x")


class CertificateServer(Server):
    """Also serves /v3/certificates, and signs with the platform certificate it lists."""

    def __init__(self, client_key, certificate):
        super().__init__(client_key, certificate.key, serial=certificate.serial)
        self.certificate = certificate
        self.clock = Clock()

    def body(self, request):
        if request.url.path == "/v3/certificates":
            return json.dumps({"data": [listing_entry(self.certificate)]}).encode()
        return super().body(request)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_an_httpx2_client_downloads_the_certificates_itself(merchant_key, platform_key, mode):
    server = CertificateServer(merchant_key, platform(platform_key, SERIAL_A))
    auth = MerchantAuth(
        MCHID, MERCHANT_SERIAL, merchant_key, api_v3_key=API_V3_KEY, clock=server.clock
    )
    if mode == "sync":
        with httpx2.Client(transport=httpx2.MockTransport(server), auth=auth) as client:
            response = client.get(f"{HOST}/v3/x")
    else:

        async def answer(request):
            return server(request)

        transport = httpx2.MockTransport(answer)
        async with httpx2.AsyncClient(transport=transport, auth=auth) as client:
            response = await client.get(f"{HOST}/v3/x")
    assert response.json()["path"] == "/v3/x"
    assert server.paths == ["/v3/certificates", "/v3/x"]
    assert auth.verifier.serials == (f"{SERIAL_A:X}",)
