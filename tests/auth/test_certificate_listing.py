"""The ``/v3/certificates`` answer read from bytes alone: no client, no downloader, no clock.

tests/auth/test_certificates.py covers every refusal through the downloader; here the pure
reader is shown to take status, headers and body and nothing else.
"""

import json

import pytest

from wechatpay_auth import CertificateDownloadError, ConfigurationError
from wechatpay_auth.certificate_listing import (
    MAX_ANSWER_BYTES,
    api_v3_cipher,
    error_answer,
    read_listing,
)
from wechatpay_auth.primitives import sign_response_headers

from .certificate_fake import API_V3_KEY, DAY, NOW, SERIAL_A, listing_entry, platform

URL = "https://api.mch.weixin.qq.com/v3/certificates"
SERIAL_B = 0x7A3C2E5B4D1F00112233445566778899AABBCCDD


def nothing_trusted(serial):
    return None


def answer(listed, signer, *, serial=None, timestamp=NOW):
    body = json.dumps({"data": [listing_entry(item) for item in listed]}).encode()
    headers = sign_response_headers(signer.key, serial or signer.serial, body, timestamp=timestamp)
    return {name.lower(): value for name, value in headers.items()}, body


def read(headers, body, *, status=200, trusted=nothing_trusted, key=API_V3_KEY):
    return read_listing(
        status,
        headers,
        body,
        url=URL,
        cipher=api_v3_cipher(key),
        now=NOW,
        max_skew=300,
        trusted=trusted,
    )


def test_an_answer_signed_by_a_certificate_it_carries(platform_key, other_key):
    first, second = platform(platform_key, SERIAL_A), platform(other_key, SERIAL_B)
    listing = read(*answer([first, second], first))
    assert sorted(listing.usable) == [SERIAL_A, SERIAL_B]
    assert listing.usable[SERIAL_A].certificate == first.certificate
    assert listing.refused == {}


def test_an_answer_signed_by_a_key_already_trusted(platform_key, other_key):
    first, stranger = platform(platform_key, SERIAL_A), platform(other_key, SERIAL_B)
    headers, body = answer([first], stranger)
    with pytest.raises(CertificateDownloadError, match="neither among the certificates"):
        read(headers, body)
    trusted = {stranger.serial: other_key.public_key()}
    assert list(read(headers, body, trusted=trusted.get).usable) == [SERIAL_A]


def test_expired_certificates_are_listed_as_refused(platform_key, other_key):
    first = platform(platform_key, SERIAL_A)
    old = platform(other_key, SERIAL_B, not_before=NOW - 400 * DAY, not_after=NOW - DAY)
    listing = read(*answer([first, old], first))
    assert list(listing.usable) == [SERIAL_A]
    assert listing.refused[SERIAL_B].startswith("expired at 2025-06-14T")


def test_a_wrong_apiv3_key_names_the_url_and_not_the_key(platform_key):
    first = platform(platform_key, SERIAL_A)
    wrong = "TEST-ONLY-wrong-apiv3-key-456789"
    with pytest.raises(CertificateDownloadError) as caught:
        read(*answer([first], first), key=wrong)
    assert caught.value.reason.startswith(f"GET {URL}: decryption failed: check the APIv3 key")
    assert wrong not in str(caught.value) and API_V3_KEY not in str(caught.value)


def test_a_stale_answer_is_rejected(platform_key):
    first = platform(platform_key, SERIAL_A)
    with pytest.raises(CertificateDownloadError, match="signature was rejected: stale timestamp"):
        read(*answer([first], first, timestamp=NOW - 301))


def test_an_oversized_answer_is_refused_before_parsing():
    with pytest.raises(CertificateDownloadError, match=f"larger than {MAX_ANSWER_BYTES} bytes"):
        read({}, b" " * (MAX_ANSWER_BYTES + 1))


def test_an_error_answer_keeps_wechat_pays_code():
    error = error_answer(URL, 500, b'{"code": "SYSTEM_ERROR", "message": "busy"}', "REQ-1")
    assert (error.status_code, error.code, error.request_id) == (500, "SYSTEM_ERROR", "REQ-1")
    assert error.reason == f"GET {URL} answered 500 SYSTEM_ERROR: busy"
    with pytest.raises(CertificateDownloadError) as caught:
        read({"request-id": "REQ-2"}, b"<html>bad gateway</html>", status=502)
    assert caught.value.reason == f"GET {URL} answered 502"
    assert caught.value.request_id == "REQ-2"


@pytest.mark.parametrize("key", ["short", 12345, b"x" * 31])
def test_the_cipher_needs_32_bytes_and_never_shows_them(key):
    with pytest.raises(ConfigurationError) as caught:
        api_v3_cipher(key)
    assert "short" not in str(caught.value)
