"""WechatPayVerifier on its own: key sources, certificates beside public keys, lookups, config."""

import pytest
from cryptography.hazmat.primitives import serialization

from wechatpay_auth import (
    ConfigurationError,
    KeyLoadError,
    SignatureVerificationError,
    WechatPayAuthError,
    WechatPayVerifier,
    certificate_serial,
    load_certificate,
)
from wechatpay_auth.primitives import BRAND_SCHEME, sign_response_headers

from .conftest import VECTORS, self_signed

KEY_ID = "PUB_KEY_ID_0100000000000000000000000000"
NOW = 1_700_000_000
BODY = b'{"coupon_id":"1"}'


def signed(key, serial=KEY_ID, **kwargs):
    return sign_response_headers(key, serial, BODY, timestamp=NOW, nonce="N" * 32, **kwargs)


def public_pem(key):
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


@pytest.mark.parametrize("form", ["object", "text", "bytes", "path", "str-path"])
def test_public_keys_in_every_form(platform_key, tmp_path, form):
    data = public_pem(platform_key)
    (tmp_path / "pub.pem").write_bytes(data)
    source = {
        "object": platform_key.public_key(),
        "text": data.decode(),
        "bytes": data,
        "path": tmp_path / "pub.pem",
        "str-path": str(tmp_path / "pub.pem"),
    }[form]
    verifier = WechatPayVerifier(public_keys={KEY_ID: source}, clock=lambda: NOW)
    verifier.verify(signed(platform_key), BODY)
    assert verifier.public_key_ids == (KEY_ID,)


@pytest.mark.parametrize("form", ["object", "text", "bytes", "path", "str-path"])
def test_certificates_in_every_form(platform_key, tmp_path, form):
    certificate = self_signed(platform_key)
    data = certificate.public_bytes(serialization.Encoding.PEM)
    (tmp_path / "cert.pem").write_bytes(data)
    source = {
        "object": certificate,
        "text": data.decode(),
        "bytes": data,
        "path": tmp_path / "cert.pem",
        "str-path": str(tmp_path / "cert.pem"),
    }[form]
    verifier = WechatPayVerifier(certificates=[source], clock=lambda: NOW)
    verifier.verify(signed(platform_key, serial=certificate_serial(certificate)), BODY)
    assert verifier.public_key_ids == ()


def test_public_keys_and_certificates_at_once(platform_key, other_key):
    """The migration period: old answers name a certificate serial, new ones a PUB_KEY_ID."""
    certificate = self_signed(other_key)
    serial = certificate_serial(certificate)
    verifier = WechatPayVerifier(
        public_keys={KEY_ID: platform_key.public_key()},
        certificates=[certificate, load_certificate(VECTORS / "go_sdk_test_platform_cert.pem")],
        clock=lambda: NOW,
    )
    assert set(verifier.serials) == {KEY_ID, serial, "D7CE59D1F522D701"}
    assert verifier.public_key_ids == (KEY_ID,)
    verifier.verify(signed(platform_key), BODY)
    verifier.verify(signed(other_key, serial=serial), BODY)
    # The serial picks the key: a valid signature under the other key is still refused.
    with pytest.raises(SignatureVerificationError, match="bad signature"):
        verifier.verify(signed(platform_key, serial=serial), BODY)
    with pytest.raises(SignatureVerificationError, match="bad signature"):
        verifier.verify(signed(other_key), BODY)


def test_certificate_serials_match_as_numbers(platform_key):
    """The SDKs print serials without leading zeros, openssl pads them; both name one cert."""
    certificate = self_signed(platform_key, serial=0x0ABC0123)
    verifier = WechatPayVerifier(certificates=[certificate], clock=lambda: NOW)
    assert certificate_serial(certificate) == "ABC0123"
    for spelling in ("ABC0123", "0ABC0123", "abc0123", "000ABC0123"):
        verifier.verify(signed(platform_key, serial=spelling), BODY)


def test_public_key_ids_match_exactly(platform_key):
    verifier = WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()}, clock=lambda: NOW)
    with pytest.raises(SignatureVerificationError, match="unknown serial"):
        verifier.verify(signed(platform_key, serial=KEY_ID.lower()), BODY)


def test_header_names_are_case_insensitive(platform_key):
    verifier = WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()}, clock=lambda: NOW)
    lowered = {name.lower(): value for name, value in signed(platform_key).items()}
    verifier.verify(lowered, BODY)


def test_both_signature_types_are_accepted_and_absence_too(platform_key):
    verifier = WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()}, clock=lambda: NOW)
    verifier.verify(signed(platform_key, signature_type=BRAND_SCHEME), BODY)
    headers = signed(platform_key)
    del headers["Wechatpay-Signature-Type"]
    verifier.verify(headers, BODY)


@pytest.mark.parametrize("stamp", ["+1700000000", "1_700_000_000", "١٧٠٠٠٠٠٠٠٠", "1700000000.0"])
def test_timestamps_must_be_plain_ascii_digits(platform_key, stamp):
    verifier = WechatPayVerifier(public_keys={KEY_ID: platform_key.public_key()}, clock=lambda: NOW)
    headers = {**signed(platform_key), "Wechatpay-Timestamp": stamp}
    with pytest.raises(SignatureVerificationError, match="not Unix seconds"):
        verifier.verify(headers, BODY)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "at least one public key or certificate"),
        ({"public_keys": {}, "certificates": []}, "at least one"),
        ({"public_keys": "PUB_KEY_ID_1"}, "maps key ids to keys"),
        ({"public_keys": ["k"]}, "maps key ids to keys"),
        ({"certificates": "-----BEGIN CERTIFICATE-----"}, "certificates is a list"),
        ({"public_keys": {"": "k"}}, "must not be empty"),
        ({"max_skew": -1}, "max_skew"),
    ],
)
def test_configuration_errors(platform_key, kwargs, message):
    if "max_skew" in kwargs:
        kwargs = {**kwargs, "public_keys": {KEY_ID: platform_key.public_key()}}
    with pytest.raises(ConfigurationError, match=message) as caught:
        WechatPayVerifier(**kwargs)
    assert isinstance(caught.value, WechatPayAuthError) and isinstance(caught.value, ValueError)


def test_a_certificate_among_public_keys_is_named(platform_key):
    with pytest.raises(KeyLoadError, match="certificates="):
        WechatPayVerifier(public_keys={KEY_ID: self_signed(platform_key)})


def test_repr_names_serials_only(platform_key):
    certificate = self_signed(platform_key)
    verifier = WechatPayVerifier(
        public_keys={KEY_ID: public_pem(platform_key)}, certificates=[certificate]
    )
    text = repr(verifier)
    assert KEY_ID in text and certificate_serial(certificate) in text
    assert "BEGIN" not in text and "RSAPublicKey" not in text
