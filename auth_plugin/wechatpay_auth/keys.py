"""Loading keys and certificates from whatever the caller has: objects, PEM text, bytes, paths.

Keys are parsed once, here; nothing else in the package touches PEM.
"""

import os
import re
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
_KEY_FILE_SUFFIXES = frozenset({".pem", ".key", ".crt", ".cer", ".txt"})
_PRIVATE_KEY_CLASSES = get_args(PrivateKeyTypes)
_PUBLIC_KEY_CLASSES = get_args(PublicKeyTypes)


def _read_pem(source: object, what: str) -> bytes:
    """PEM bytes from PEM text, PEM bytes, or a path; errors name the path, never the content."""
    if isinstance(source, bytes):
        data = source
    elif isinstance(source, str) and "-----BEGIN" in source:
        data = source.encode("ascii", errors="replace")
    elif isinstance(source, str | os.PathLike):
        path = Path(source)
        try:
            data = path.read_bytes()
        except (OSError, ValueError) as exc:
            # ValueError: a NUL byte, which only pasted binary junk would contain.
            reason = getattr(exc, "strerror", None) or type(exc).__name__
            raise KeyLoadError(
                f"the {what} is neither PEM text (no '-----BEGIN' line) nor a readable file: "
                f"{_shown_path(path)}: {reason}"
            ) from None
    else:
        raise KeyLoadError(
            f"expected the {what} as an RSA object, PEM text, PEM bytes or a path; "
            f"got {_kind(source)}"
        )
    if b"-----BEGIN" not in data:
        raise KeyLoadError(f"the {what} is not PEM (no '-----BEGIN' line)")
    return data


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
    """The merchant's (or brand's) API private key, from an object, PEM text, PEM bytes or path."""
    if isinstance(source, RSAPrivateKey):
        return _check_size(source, "private key")
    data = _read_pem(source, "private key")
    labels = _labels(data)
    if not any("PRIVATE KEY" in label for label in labels):
        raise KeyLoadError(
            f"expected a private key, found a PEM block labelled {', '.join(labels) or '?'}"
            " (the merchant API private key is apiclient_key.pem)"
        )
    secret = password.encode() if isinstance(password, str) else password
    try:
        key = serialization.load_pem_private_key(data, password=secret)
    except TypeError:
        # cryptography says TypeError both for a missing and for an unexpected password.
        if secret is None:
            raise KeyLoadError("the private key is encrypted: pass password=") from None
        raise KeyLoadError("the private key is not encrypted: do not pass password=") from None
    except ValueError:
        raise KeyLoadError(
            "the private key could not be decoded (corrupt PEM or wrong password)"
        ) from None
    if not isinstance(key, RSAPrivateKey):
        raise KeyLoadError(f"expected an RSA private key, got {type(key).__name__}")
    return _check_size(key, "private key")


def load_public_key(source: PublicKeySource) -> RSAPublicKey:
    """A WeChat Pay public key (the one with a ``PUB_KEY_ID_…``), from object, PEM or path."""
    if isinstance(source, RSAPublicKey):
        return _check_size(source, "public key")
    if isinstance(source, x509.Certificate):
        raise KeyLoadError(
            "expected a public key, got a certificate object (pass certificates in certificates=)"
        )
    data = _read_pem(source, "public key")
    labels = _labels(data)
    if "PUBLIC KEY" not in labels and "RSA PUBLIC KEY" not in labels:
        hint = " (pass certificates in certificates=)" if "CERTIFICATE" in labels else ""
        raise KeyLoadError(
            f"expected a public key, found a PEM block labelled {', '.join(labels) or '?'}{hint}"
        )
    try:
        key = serialization.load_pem_public_key(data)
    except ValueError:
        raise KeyLoadError("the public key could not be decoded (corrupt PEM)") from None
    if not isinstance(key, RSAPublicKey):
        raise KeyLoadError(f"expected an RSA public key, got {type(key).__name__}")
    return _check_size(key, "public key")


def load_certificate(source: CertificateSource) -> x509.Certificate:
    """A WeChat Pay platform certificate (or an API certificate), from object, PEM or path."""
    if isinstance(source, x509.Certificate):
        certificate = source
    else:
        data = _read_pem(source, "certificate")
        labels = _labels(data)
        if "CERTIFICATE" not in labels:
            raise KeyLoadError(
                f"expected a certificate, found a PEM block labelled {', '.join(labels) or '?'}"
            )
        try:
            certificate = x509.load_pem_x509_certificate(data)
        except ValueError:
            raise KeyLoadError("the certificate could not be decoded (corrupt PEM)") from None
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
