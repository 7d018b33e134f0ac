"""Issue 20 D11: the forms keys arrive in from .env files and CI secrets, and what errors say.

- An encrypted key: the message names what takes a password (``load_private_key``), never a
  ``password=`` that ``MerchantAuth`` does not have.
- A PEM whose line breaks are literal ``\\n`` escapes (a one-line .env value, a CI secret) is
  accepted: base64 has no backslash, so the escapes cannot mean anything else.
- A bare base64 key body (PKCS#8 or PKCS#1 DER in base64, as wechatpayv3 takes it) is accepted,
  on one line or wrapped.
- No error echoes key material.
"""

import base64

import pytest
from cryptography.hazmat.primitives import serialization

from wechatpay_auth import (
    KeyLoadError,
    MerchantAuth,
    load_certificate,
    load_private_key,
    load_public_key,
)

from .conftest import self_signed

PUB_KEY_ID = "PUB_KEY_ID_0112345678901234567890000000"


def private_pem(key, form=serialization.PrivateFormat.PKCS8, password=None):
    encryption = (
        serialization.BestAvailableEncryption(password)
        if password
        else serialization.NoEncryption()
    )
    return key.private_bytes(serialization.Encoding.PEM, form, encryption).decode()


def body_of(pem_text):
    return "".join(pem_text.strip().splitlines()[1:-1])


def merchant(private_key, platform_key):
    return MerchantAuth(
        "1900000001",
        "3775B6A45ACD588826D15E583A95F5DD00000001",
        private_key,
        public_keys={PUB_KEY_ID: platform_key.public_key()},
    )


def test_an_encrypted_key_given_to_merchant_auth_says_what_takes_a_password(
    merchant_key, platform_key
):
    encrypted = private_pem(merchant_key, password=b"s3cret")
    with pytest.raises(KeyLoadError) as caught:
        merchant(encrypted, platform_key)
    message = str(caught.value)
    assert "pass password=" not in message
    assert "load_private_key(" in message and "password=" in message
    # What the message says works.
    loaded = load_private_key(encrypted, password="s3cret")
    assert merchant(loaded, platform_key).mchid == "1900000001"


@pytest.mark.parametrize("newline", ["\\n", "\\r\\n"])
def test_a_pem_with_literal_newline_escapes_is_accepted(merchant_key, platform_key, newline):
    one_line = private_pem(merchant_key).replace("\n", newline)
    assert "\n" not in one_line
    loaded = load_private_key(one_line)
    assert loaded.private_numbers() == merchant_key.private_numbers()
    assert load_private_key(one_line.encode()).key_size == 2048
    public = platform_key.public_key()
    public_pem = public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()
    assert load_public_key(public_pem.replace("\n", newline)).public_numbers() == (
        public.public_numbers()
    )
    certificate = self_signed(platform_key).public_bytes(serialization.Encoding.PEM).decode()
    assert load_certificate(certificate.replace("\n", newline)).serial_number == 0x1DDE55AD98ED71D6


@pytest.mark.parametrize(
    "form",
    [serialization.PrivateFormat.PKCS8, serialization.PrivateFormat.TraditionalOpenSSL],
    ids=["pkcs8", "pkcs1"],
)
@pytest.mark.parametrize("layout", ["one-line", "wrapped", "bytes"])
def test_a_bare_base64_key_body_is_accepted(merchant_key, platform_key, form, layout):
    text = private_pem(merchant_key, form)
    body = {
        "one-line": body_of(text),
        "wrapped": "\n".join(text.strip().splitlines()[1:-1]) + "\n",
        "bytes": body_of(text).encode(),
    }[layout]
    loaded = load_private_key(body)
    assert loaded.private_numbers() == merchant_key.private_numbers()
    assert merchant(body, platform_key).serial_no.endswith("00000001")


def test_a_bare_base64_public_key_is_accepted(platform_key):
    public = platform_key.public_key()
    der = public.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    loaded = load_public_key(base64.b64encode(der).decode())
    assert loaded.public_numbers() == public.public_numbers()


def test_a_bare_body_that_is_not_a_key_is_refused_without_echo(merchant_key):
    body = body_of(private_pem(merchant_key))
    damaged = body[:200] + "A" * 40 + body[240:]
    for secret in (damaged, body[:-8]):
        with pytest.raises(KeyLoadError) as caught:
            load_private_key(secret)
        message = str(caught.value)
        assert "base64" in message
        for start in range(0, len(secret) - 16, 16):
            assert secret[start : start + 16] not in message


def test_an_escaped_pem_that_is_damaged_is_refused_without_echo(merchant_key):
    one_line = private_pem(merchant_key).replace("\n", "\\n")
    damaged = one_line.replace("M", "!", 3)
    with pytest.raises(KeyLoadError) as caught:
        load_private_key(damaged)
    message = str(caught.value)
    assert "could not be decoded" in message
    assert damaged[40:80] not in message and "-----BEGIN" not in message


def test_a_public_key_body_given_as_the_private_key_is_named(platform_key):
    der = platform_key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    with pytest.raises(KeyLoadError, match="not a private key") as caught:
        load_private_key(base64.b64encode(der).decode())
    assert base64.b64encode(der).decode()[20:60] not in str(caught.value)
