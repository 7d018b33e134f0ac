"""Keys and certificates from objects, PEM text, PEM bytes and paths, with clear errors."""

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from wechatpay_auth import (
    KeyLoadError,
    WechatPayAuthError,
    certificate_serial,
    encrypt_sensitive,
    load_certificate,
    load_private_key,
    load_public_key,
)

from .conftest import VECTORS, self_signed


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
    with pytest.raises(KeyLoadError, match=r"encrypted: decrypt it with .*load_private_key\("):
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


def test_loaded_objects_of_the_wrong_kind_are_named(merchant_key, platform_key):
    with pytest.raises(KeyLoadError, match=r"got a public key object \(RSAPublicKey\)"):
        load_private_key(merchant_key.public_key())
    ec_key = ec.generate_private_key(ec.SECP256R1())
    with pytest.raises(KeyLoadError, match="EllipticCurvePrivateKey"):
        load_private_key(ec_key)
    with pytest.raises(KeyLoadError, match=r"got a private key object \(RSAPrivateKey\)"):
        load_public_key(platform_key)
    with pytest.raises(KeyLoadError, match="pass certificates in certificates="):
        load_public_key(self_signed(platform_key))
    with pytest.raises(KeyLoadError, match="got a public key object"):
        load_certificate(platform_key.public_key())
    with pytest.raises(KeyLoadError, match="got a value of type int"):
        load_private_key(42)


def test_a_certificate_with_a_short_key_is_refused():
    short = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    with pytest.raises(KeyLoadError, match="certificate key has 1024 bits"):
        load_certificate(self_signed(short))


def test_pasted_key_material_without_pem_lines_is_never_echoed(merchant_key):
    # Keys kept in environment variables often lose their BEGIN/END lines: a whole body loads
    # (tests/auth/test_key_formats.py); a piece of one is refused, and never shown.
    body = "".join(pem(merchant_key).decode().splitlines()[1:-1])
    assert load_private_key(body).key_size == 2048
    for secret in (body[:64], "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb"):
        with pytest.raises(KeyLoadError) as caught:
            load_private_key(secret)
        assert secret not in str(caught.value)
        assert "neither PEM text" in str(caught.value) and "not shown" in str(caught.value)


def test_a_wrong_password_is_not_echoed(merchant_key):
    with pytest.raises(KeyLoadError) as caught:
        load_private_key(pem(merchant_key, b"s3cret"), password="hunter2-wrong")
    assert "hunter2" not in str(caught.value)
    assert caught.value.__cause__ is None


def test_a_pem_string_is_never_taken_for_a_path(merchant_key, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = pem(merchant_key).decode()
    assert load_private_key(text).key_size == 2048
    (tmp_path / "apiclient_key.pem").write_text(text)
    assert load_private_key("apiclient_key.pem").key_size == 2048
