"""A fake WeChat Pay for certificate merchants (TEST-ONLY keys, made at test time).

It serves ``GET /v3/certificates`` as WeChat Pay does (each certificate encrypted with the
merchant's APIv3 key, AEAD_AES_256_GCM, the answer signed) and signs every other answer with
its current platform certificate. It rotates on demand, counts downloads, and can hold a
download until a test lets it go (a gate), so that concurrency tests need no sleeping.
"""

import asyncio
import base64
import contextlib
import datetime
import json
import logging
import secrets
import threading
from dataclasses import dataclass

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.x509.oid import NameOID

from wechatpay_auth import MerchantAuth
from wechatpay_auth.primitives import (
    MERCHANT_SCHEME,
    build_request_message,
    parse_authorization,
    sign_response_headers,
    verify,
)

# TEST-ONLY values: no real merchant, no real key.
API_V3_KEY = "TEST-ONLY-apiv3-key-0123456789ab"
MCHID = "1900000001"
MERCHANT_SERIAL = "3775B6A45ACD588826D15E583A95F5DD00000001"
NOW = 1_750_000_000  # 2025-06-15, inside every certificate's window below
HOST = "https://api.mch.weixin.qq.com"
SERIAL_A = 0x5157F09EFDC096DE15EBE81A47057A7232F4B8E1  # the first platform certificate
DAY = 24 * 60 * 60


class Clock:
    """Unix seconds that a test moves by hand."""

    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@dataclass
class Platform:
    """A platform key pair and its certificate."""

    key: rsa.RSAPrivateKey
    certificate: x509.Certificate

    @property
    def serial(self) -> str:
        return f"{self.certificate.serial_number:X}"


def platform(key, serial, *, not_before=NOW - 30 * DAY, not_after=NOW + 365 * DAY):
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test-only platform")])
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(serial)
        .not_valid_before(datetime.datetime.fromtimestamp(not_before, datetime.UTC))
        .not_valid_after(datetime.datetime.fromtimestamp(not_after, datetime.UTC))
        .sign(key, hashes.SHA256())
    )
    return Platform(key, certificate)


def encrypt(plaintext: bytes, *, key: str = API_V3_KEY, associated_data="certificate"):
    nonce = secrets.token_hex(6)  # 12 characters, as WeChat Pay sends
    sealed = AESGCM(key.encode()).encrypt(nonce.encode(), plaintext, associated_data.encode())
    return {
        "algorithm": "AEAD_AES_256_GCM",
        "nonce": nonce,
        "associated_data": associated_data,
        "ciphertext": base64.b64encode(sealed).decode(),
    }


def listing_entry(item: Platform, *, key: str = API_V3_KEY):
    pem = item.certificate.public_bytes(serialization.Encoding.PEM)
    return {
        "serial_no": item.serial,
        "effective_time": item.certificate.not_valid_before_utc.isoformat(),
        "expire_time": item.certificate.not_valid_after_utc.isoformat(),
        "encrypt_certificate": encrypt(pem, key=key),
    }


class FakeWechatPay:
    """The endpoint; pass ``fake.handle`` to ``httpx.MockTransport``."""

    def __init__(self, merchant_public_key, platforms, *, clock, api_v3_key=API_V3_KEY):
        self.merchant_public_key = merchant_public_key
        self.listed = list(platforms)
        self.signer = platforms[0] if platforms else None
        self.clock = clock
        self.api_v3_key = api_v3_key
        self.downloads = 0
        self.download_hosts = []
        self.lock = threading.Lock()
        self.gate = None  # a threading.Event the download waits for
        self.arrived = threading.Event()  # set when a download request arrives
        self.certificates_answer = None  # replaces the download's answer: fake -> Response
        self.mutate_listing = None  # edits the listing's "data" before it is signed
        self.download_signer = None  # (key, serial) signing the download, default the signer
        self.answer_serial = None  # a Wechatpay-Serial to put on answers (forged)
        self.answer_headers = {}  # headers that replace the signed ones on answers
        self.answer_body = None  # bytes for every answer but the download, default path/ok

    def transport(self):
        return httpx.MockTransport(self.handle)

    def async_transport(self):
        """For an async client: answers from a worker thread, so a gate never holds the loop."""

        async def answer(request):
            return await asyncio.to_thread(self.handle, request)

        return httpx.MockTransport(answer)

    def rotate(self, new: Platform, *, drop_old=False):
        self.listed = [new] if drop_old else [*self.listed, new]
        self.signer = new

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/v3/certificates"):
            return self._download(request)
        body = self.answer_body or json.dumps({"path": request.url.path, "ok": True}).encode()
        serial = self.answer_serial or self.signer.serial
        response = self.signed(body, self.signer.key, serial)
        response.headers.update(self.answer_headers)
        return response

    def signed(self, body, key, serial, status=200):
        headers = sign_response_headers(key, serial, body, timestamp=int(self.clock()))
        headers["Request-ID"] = "08F5B8C2B506102C18FDDFEEA30620BE821E28EDC405-0"
        return httpx.Response(status, content=body, headers=headers)

    def _download(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.downloads += 1
            self.download_hosts.append(str(request.url))
        self.arrived.set()
        if self.gate is not None:
            assert self.gate.wait(30), "the test never let the download go"
        if not self._signed_by_merchant(request):
            return httpx.Response(
                401,
                json={"code": "SIGN_ERROR", "message": "错误的签名,验签失败"},
                headers={"Request-ID": "REQ-401"},
            )
        if self.certificates_answer is not None:
            return self.certificates_answer(self)
        data = [listing_entry(item, key=self.api_v3_key) for item in self.listed]
        if self.mutate_listing is not None:
            self.mutate_listing(data)
        body = json.dumps({"data": data}).encode()
        key, serial = self.download_signer or (self.signer.key, self.signer.serial)
        return self.signed(body, key, serial)

    def _signed_by_merchant(self, request: httpx.Request) -> bool:
        params, message = signed_request(request)
        return (
            params.scheme == MERCHANT_SCHEME
            and params.principal == MCHID
            and params.serial_no == MERCHANT_SERIAL
            and verify(self.merchant_public_key, message, params.signature)
        )


def signed_request(request):
    """The Authorization parameters of a request (httpx's or httpx2's) and what they sign."""
    params = parse_authorization(request.headers["Authorization"])
    message = build_request_message(
        request.method,
        request.url.raw_path.decode(),
        params.timestamp,
        params.nonce_str,
        request.read(),
    )
    return params, message


def certificate_merchant(merchant_key, fake, clock, **options):
    """The merchant of these tests in certificate mode (mchid, serial, key, APIv3 key)."""
    return MerchantAuth(
        MCHID,
        MERCHANT_SERIAL,
        merchant_key,
        api_v3_key=API_V3_KEY,
        download_transport=fake.transport(),
        clock=clock,
        **options,
    )


class JoinCounter(logging.Handler):
    """Counts callers that joined the download in flight; opens a gate at ``target`` joins."""

    def __init__(self, target, gate):
        super().__init__(logging.DEBUG)
        self.target = target
        self.gate = gate
        self.joined = 0

    def emit(self, record):
        if "waiting for the certificate download in flight" in record.getMessage():
            # emit runs under the handler's own lock: the count needs no other.
            self.joined += 1
            if self.joined >= self.target:
                self.gate.set()


@contextlib.contextmanager
def count_joins(target, gate):
    """Open ``gate`` once ``target`` callers wait for the download in flight (a debug line each)."""
    logger = logging.getLogger("wechatpay_auth.certificates")
    counter = JoinCounter(target, gate)
    level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(counter)
    try:
        yield counter
    finally:
        logger.removeHandler(counter)
        logger.setLevel(level)
