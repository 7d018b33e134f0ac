"""Test keys, generated once per test session (TEST-ONLY, never written to the repo)."""

import asyncio
import datetime
import json
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from .certificate_fake import SERIAL_A, Clock, FakeWechatPay, platform

VECTORS = Path(__file__).parent / "vectors"


@pytest.fixture(scope="session")
def vectors():
    return json.loads((VECTORS / "vectors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def merchant_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def platform_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def other_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def first(platform_key):
    """The platform certificate a certificate merchant's fake WeChat Pay signs with."""
    return platform(platform_key, SERIAL_A)


@pytest.fixture
def fake(merchant_key, first, clock):
    return FakeWechatPay(merchant_key.public_key(), [first], clock=clock)


@pytest.fixture(params=["sync", "async"])
def mode(request):
    return request.param


async def send(mode, auth, handler, method, url, **kwargs):
    """One request through ``httpx.Client`` or ``httpx.AsyncClient``: the flows must not differ.

    The async client's server answers from a worker thread, as a real one answers from
    elsewhere: a handler that waits (a test's gate) never holds the event loop.
    """
    if mode == "sync":
        with httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as client:
            return client.request(method, url, **kwargs)
    async with httpx.AsyncClient(transport=async_mock(handler), auth=auth) as client:
        return await client.request(method, url, **kwargs)


def async_mock(handler):
    """``httpx.MockTransport`` for an async client, with ``handler`` run in a worker thread."""

    async def answer(request):
        return await asyncio.to_thread(handler, request)

    return httpx.MockTransport(answer)


def self_signed(key, serial=0x1DDE55AD98ED71D6):
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test-only")])
    now = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(serial)
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=3650))
        .sign(key, hashes.SHA256())
    )
