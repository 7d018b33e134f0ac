"""Loading keys and certificates from whatever the caller has: objects, PEM text, bytes, paths.

Keys are parsed once, here; nothing else in the package touches PEM.
"""

import base64
import binascii
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar, get_args

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes, PublicKeyTypes

from .errors import KeyLoadError

MIN_KEY_BITS = 2048

PrivateKeySource = RSAPrivateKey | str | bytes | os.PathLike[str]
PublicKeySource = RSAPublicKey | str | bytes | os.PathLike[str]
CertificateSource = x509.Certificate | str | bytes | os.PathLike[str]

_Key = TypeVar("_Key", RSAPrivateKey, RSAPublicKey)

_PEM_LABEL = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----")
# A bare base64 body (PEM without its lines): base64 characters, maybe wrapped; long enough that
# no file name is taken for one (an RSA-2048 public key body is about 400 characters).
_BASE64_BODY = re.compile(r"\s*(?:[A-Za-z0-9+/]{4}\s*){64,}(?:[A-Za-z0-9+/]{2,3}={0,2})?\s*")
_KEY_FILE_SUFFIXES = frozenset({".pem", ".key", ".crt", ".cer", ".txt"})
_PRIVATE_KEY_CLASSES = get_args(PrivateKeyTypes)
_PUBLIC_KEY_CLASSES = get_args(PublicKeyTypes)


@dataclass(frozen=True)
class _Material:
    """Key material as found: PEM text, or DER bytes (from a bare base64 body, or raw)."""

    data: bytes
    is_pem: bool


def _read_material(source: object, what: str) -> _Material:
    """PEM, a bare base64 body or DER, from text, bytes or a path; errors never show content.

    A str is PEM text if it has a '-----BEGIN' line, else a path if such a file exists, else a
    bare base64 body if it looks like one (keys kept in environment variables often lose their
    PEM lines), else a path that is not there.
    """
    if isinstance(source, bytes):
        return _material(source, what)
    if isinstance(source, str) and "-----BEGIN" in source:
        return _material(source.encode("ascii", errors="replace"), what)
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        try:
            data = path.read_bytes()
        except (OSError, ValueError) as exc:
            # ValueError: a NUL byte, which only pasted binary junk would contain.
            if isinstance(source, str) and _BASE64_BODY.fullmatch(source):
                return _material(source.encode("ascii"), what)
            reason = getattr(exc, "strerror", None) or type(exc).__name__
            raise KeyLoadError(
                f"the {what} is neither PEM text (no '-----BEGIN' line), nor a base64 key body, "
                f"nor a readable file: {_shown_path(path)}: {reason}"
            ) from None
        return _material(data, what)
    raise KeyLoadError(
        f"expected the {what} as an RSA object, PEM text, PEM bytes or a path; got {_kind(source)}"
    )


def _material(data: bytes, what: str) -> _Material:
    if b"-----BEGIN" in data:
        if b"\\n" in data and b"\n" not in data.strip():
            # One line with literal \n escapes, as .env files and CI secrets keep a PEM; base64
            # has no backslash, so the escapes cannot mean anything else.
            data = data.replace(b"\\r\\n", b"\n").replace(b"\\n", b"\n")
        return _Material(data, is_pem=True)
    text = data.strip()
    if _BASE64_BODY.fullmatch(text.decode("ascii", errors="replace")):
        try:
            return _Material(base64.b64decode(b"".join(text.split()), validate=True), False)
        except (binascii.Error, ValueError):
            raise KeyLoadError(
                f"the {what} looks like a base64 key body but is not valid base64 (value not shown)"
            ) from None
    if data[:1] == b"\x30":  # an ASN.1 SEQUENCE: DER as a file holds it
        return _Material(data, is_pem=False)
    raise KeyLoadError(f"the {what} is not PEM (no '-----BEGIN' line) nor a base64 key body")


def _shown_path(path: Path) -> str:
    """The path for an error message, unless the "path" may really be a secret.

    Key material pasted without its PEM lines (a common way to keep a key in an environment
    variable) arrives here as a str; echoing it would put the key into logs.
    """
    text = str(path)
    try:
        plausible = path.suffix.lower() in _KEY_FILE_SUFFIXES or (
            len(path.parts) > 1 and path.parent.is_dir()
        )
    except (OSError, ValueError):
        plausible = False
    if plausible and len(text) <= 255 and text.isprintable():
        return repr(text)
    return "(value not shown: it does not look like a file name and may be key material)"


def _kind(source: object) -> str:
    """What the caller passed, in words, for errors about passing the wrong thing."""
    if isinstance(source, x509.Certificate):
        return "a certificate object"
    for classes, kind in ((_PRIVATE_KEY_CLASSES, "private"), (_PUBLIC_KEY_CLASSES, "public")):
        for cls in classes:
            if isinstance(source, cls):
                # The interface's name: the concrete classes are private Rust bindings.
                return f"a {kind} key object ({cls.__name__})"
    return f"a value of type {type(source).__name__}"


def _labels(data: bytes) -> list[str]:
    return [label.decode() for label in _PEM_LABEL.findall(data)]


def load_private_key(
    source: PrivateKeySource, *, password: str | bytes | None = None
) -> RSAPrivateKey:
    """The merchant's (or brand's) API private key, from an object, PEM, base64 body or path.

    PEM may have literal ``\\n`` escapes for its line breaks (a one-line .env value); a bare
    base64 body is PKCS#8 or PKCS#1 DER, as ``apiclient_key.pem`` holds it between its PEM lines.
    ``password`` decrypts an encrypted key; ``MerchantAuth`` and ``BrandAuth`` take the loaded key.
    """
    if isinstance(source, RSAPrivateKey):
        return _check_size(source, "private key")
    material = _read_material(source, "private key")
    if material.is_pem:
        labels = _labels(material.data)
        if not any("PRIVATE KEY" in label for label in labels):
            raise KeyLoadError(
                f"expected a private key, found a PEM block labelled {', '.join(labels) or '?'}"
                " (the merchant API private key is apiclient_key.pem)"
            )
    secret = password.encode() if isinstance(password, str) else password
    loader = (
        serialization.load_pem_private_key
        if material.is_pem
        else serialization.load_der_private_key
    )
    try:
        key = loader(material.data, password=secret)
    except TypeError:
        # cryptography says TypeError both for a missing and for an unexpected password.
        if secret is None:
            raise KeyLoadError(
                "the private key is encrypted: decrypt it with "
                "wechatpay_auth.load_private_key(key, password=...) and pass the key object it "
                "returns (or decrypt the file: openssl pkey -in apiclient_key.pem -out plain.pem)"
            ) from None
        raise KeyLoadError(
            "the private key is not encrypted: call load_private_key without password="
        ) from None
    except ValueError:
        if not material.is_pem and _is_public_key_der(material.data):
            raise KeyLoadError(
                "the base64 body is a public key, not a private key (the merchant API private "
                "key is apiclient_key.pem)"
            ) from None
        raise KeyLoadError(
            "the private key could not be decoded (corrupt PEM or base64 body, or wrong password)"
        ) from None
    if not isinstance(key, RSAPrivateKey):
        raise KeyLoadError(f"expected an RSA private key, got {type(key).__name__}")
    return _check_size(key, "private key")


def _is_public_key_der(data: bytes) -> bool:
    try:
        serialization.load_der_public_key(data)
    except (ValueError, TypeError):
        return False
    return True


def load_public_key(source: PublicKeySource) -> RSAPublicKey:
    """A WeChat Pay public key (the one with a ``PUB_KEY_ID_…``), from object, PEM or path."""
    if isinstance(source, RSAPublicKey):
        return _check_size(source, "public key")
    if isinstance(source, x509.Certificate):
        raise KeyLoadError(
            "expected a public key, got a certificate object (pass certificates in certificates=)"
        )
    material = _read_material(source, "public key")
    if material.is_pem:
        labels = _labels(material.data)
        if "PUBLIC KEY" not in labels and "RSA PUBLIC KEY" not in labels:
            hint = " (pass certificates in certificates=)" if "CERTIFICATE" in labels else ""
            raise KeyLoadError(
                f"expected a public key, found a PEM block labelled {', '.join(labels) or '?'}"
                f"{hint}"
            )
    loader = (
        serialization.load_pem_public_key if material.is_pem else serialization.load_der_public_key
    )
    try:
        key = loader(material.data)
    except ValueError:
        raise KeyLoadError(
            "the public key could not be decoded (corrupt PEM or base64 body)"
        ) from None
    if not isinstance(key, RSAPublicKey):
        raise KeyLoadError(f"expected an RSA public key, got {type(key).__name__}")
    return _check_size(key, "public key")


def load_certificate(source: CertificateSource) -> x509.Certificate:
    """A WeChat Pay platform certificate (or an API certificate), from object, PEM or path."""
    if isinstance(source, x509.Certificate):
        certificate = source
    else:
        material = _read_material(source, "certificate")
        if material.is_pem and "CERTIFICATE" not in _labels(material.data):
            raise KeyLoadError(
                "expected a certificate, found a PEM block labelled "
                f"{', '.join(_labels(material.data)) or '?'}"
            )
        loader = (
            x509.load_pem_x509_certificate if material.is_pem else x509.load_der_x509_certificate
        )
        try:
            certificate = loader(material.data)
        except ValueError:
            raise KeyLoadError(
                "the certificate could not be decoded (corrupt PEM or base64 body)"
            ) from None
    public_key = certificate.public_key()
    if not isinstance(public_key, RSAPublicKey):
        raise KeyLoadError(f"expected an RSA certificate, got {type(public_key).__name__}")
    _check_size(public_key, "certificate key")
    return certificate


def certificate_serial(certificate: x509.Certificate) -> str:
    """The serial as WeChat Pay prints it: upper-case hex, no separators."""
    return f"{certificate.serial_number:X}"


def certificate_public_key(certificate: x509.Certificate) -> RSAPublicKey:
    """The RSA public key of a certificate that ``load_certificate`` returned."""
    key = certificate.public_key()
    assert isinstance(key, RSAPublicKey)  # load_certificate checked it
    return key


def _check_size(key: _Key, what: str) -> _Key:
    if key.key_size < MIN_KEY_BITS:
        raise KeyLoadError(
            f"the {what} has {key.key_size} bits; WeChat Pay APIv3 requires RSA >= {MIN_KEY_BITS}"
        )
    return key
