"""Keys and certificates from objects, PEM text, PEM bytes and paths, with clear errors."""

import datetime

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from wechatpay_auth import (
    KeyLoadError,
    WechatPayAuthError,
    certificate_serial,
    encrypt_sensitive,
    load_certificate,
    load_private_key,
    load_public_key,
)

from .conftest import VECTORS


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


def pem(key, password=None):
    encryption = (
        serialization.BestAvailableEncryption(password)
        if password
        else serialization.NoEncryption()
    )
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )


@pytest.mark.parametrize("form", ["object", "text", "bytes", "path", "str-path"])
def test_private_key_in_every_form(merchant_key, tmp_path, form):
    data = pem(merchant_key)
    (tmp_path / "k.pem").write_bytes(data)
    source = {
        "object": merchant_key,
        "text": data.decode(),
        "bytes": data,
        "path": tmp_path / "k.pem",
        "str-path": str(tmp_path / "k.pem"),
    }[form]
    loaded = load_private_key(source)
    assert loaded.private_numbers() == merchant_key.private_numbers()


def test_public_key_and_certificate_forms(platform_key, tmp_path):
    public_pem = platform_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    assert (
        load_public_key(public_pem.decode()).public_numbers()
        == platform_key.public_key().public_numbers()
    )
    certificate = self_signed(platform_key)
    (tmp_path / "c.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    assert certificate_serial(load_certificate(tmp_path / "c.pem")) == "1DDE55AD98ED71D6"
    assert (
        certificate_serial(load_certificate(VECTORS / "go_sdk_test_platform_cert.pem"))
        == "D7CE59D1F522D701"
    )


def test_encrypted_key_needs_its_password(merchant_key):
    data = pem(merchant_key, b"s3cret")
    with pytest.raises(KeyLoadError, match="encrypted: pass password="):
        load_private_key(data)
    assert load_private_key(data, password="s3cret").key_size == 2048
    with pytest.raises(KeyLoadError, match="wrong password"):
        load_private_key(data, password="nope")


def test_wrong_kind_of_key_is_named(platform_key):
    public_pem = platform_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    with pytest.raises(KeyLoadError, match=r"expected a private key, found .*PUBLIC KEY"):
        load_private_key(public_pem)
    cert_pem = self_signed(platform_key).public_bytes(serialization.Encoding.PEM)
    with pytest.raises(KeyLoadError, match="pass certificates in certificates="):
        load_public_key(cert_pem)
    with pytest.raises(KeyLoadError, match="expected a certificate"):
        load_certificate(public_pem)


def test_short_and_non_rsa_keys_are_refused():
    short = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    with pytest.raises(KeyLoadError, match="1024 bits"):
        load_private_key(pem(short))
    with pytest.raises(KeyLoadError, match="1024 bits"):
        load_public_key(short.public_key())
    ec_key = ec.generate_private_key(ec.SECP256R1())
    with pytest.raises(KeyLoadError, match="RSA"):
        load_private_key(pem(ec_key))


def test_missing_file_and_not_pem(tmp_path):
    with pytest.raises(KeyLoadError, match=r"nor a readable file: .*absent\.pem.*No such file"):
        load_private_key(tmp_path / "absent.pem")
    (tmp_path / "x.pem").write_text("hello")
    with pytest.raises(KeyLoadError, match="not PEM"):
        load_private_key(tmp_path / "x.pem")


def test_errors_never_echo_key_material(merchant_key):
    broken = pem(merchant_key).replace(b"M", b"!", 5)
    with pytest.raises(KeyLoadError) as caught:
        load_private_key(broken)
    assert "-----BEGIN" not in str(caught.value)
    assert broken.decode()[40:80] not in str(caught.value)


def test_encrypt_sensitive_round_trips_and_limits(platform_key):
    import base64

    from cryptography.hazmat.primitives.asymmetric import padding

    ciphertext = encrypt_sensitive("张三 13800000000", platform_key.public_key())
    plain = platform_key.decrypt(
        base64.b64decode(ciphertext),
        padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(), label=None),
    )
    assert plain.decode() == "张三 13800000000"
    encrypt_sensitive(b"x" * 214, platform_key.public_key())
    with pytest.raises(WechatPayAuthError, match="at most 214"):
        encrypt_sensitive(b"x" * 215, platform_key.public_key())
