"""Known answers from the official SDKs' own tests (see vectors/README.md)."""

import base64
import json

import httpx
import pytest

from wechatpay_auth import (
    CertificateDownloadError,
    ConfigurationError,
    MerchantAuth,
    WechatPayVerifier,
    certificate_serial,
    load_certificate,
    load_private_key,
    load_public_key,
    parse_notification,
)
from wechatpay_auth.certificate_listing import api_v3_cipher, read_listing
from wechatpay_auth.primitives import (
    build_request_message,
    decrypt_resource,
    parse_authorization,
    sign,
    verify,
)

from .conftest import VECTORS


def test_go_sdk_signature_over_source(vectors):
    vector = vectors["sdk_go_sign_source"]
    key = load_private_key(VECTORS / "go_sdk_test_private_key.pem")
    assert sign(key, vector["message"].encode()) == vector["expected_signature"]
    public = load_public_key(VECTORS / "go_sdk_test_public_key.pem")
    assert verify(public, vector["message"].encode(), vector["expected_signature"])
    assert not verify(public, b"sourcE", vector["expected_signature"])


def test_go_sdk_notification_verifies_and_decrypts(vectors):
    vector = vectors["sdk_go_notification"]
    certificate = load_certificate(VECTORS / "go_sdk_test_platform_cert.pem")
    assert certificate_serial(certificate) == vector["headers"]["Wechatpay-Serial"]
    verifier = WechatPayVerifier(certificates=[certificate], clock=lambda: vector["now_unix"])
    # The Go SDK's vector encrypts with a 16-byte key, which parse_notification refuses (WeChat
    # Pay's keys are 32 bytes, AES-256): its two halves are checked one by one instead.
    assert len(vector["apiv3_key"]) == 16
    with pytest.raises(ConfigurationError, match="must be 32 bytes"):
        parse_notification(vector["headers"], vector["body"], vector["apiv3_key"], verifier)
    verifier.verify(vector["headers"], vector["body"].encode())
    envelope = json.loads(vector["body"])
    assert envelope["event_type"] == "PAYSCORE.USER_OPEN_SERVICE"
    resource = envelope["resource"]
    plaintext = decrypt_resource(
        vector["apiv3_key"], resource["nonce"], resource["ciphertext"], resource["associated_data"]
    )
    assert json.loads(plaintext) == json.loads(vector["expected_plaintext"])


def test_go_sdk_aes_gcm(vectors):
    vector = vectors["sdk_go_aes_gcm"]
    plaintext = decrypt_resource(
        vector["key"], vector["nonce"], vector["ciphertext_b64"], vector["associated_data"]
    )
    assert plaintext == vector["plaintext"].encode()


def test_java_sdk_aes_256_gcm(vectors):
    vector = vectors["sdk_java_aes_256_gcm"]
    assert len(vector["key"]) == 32
    plaintext = decrypt_resource(
        vector["key"], vector["nonce"], vector["ciphertext_b64"], vector["associated_data"]
    )
    assert plaintext == vector["plaintext"].encode()


def test_go_sdk_authorization_message_layout(vectors):
    vector = vectors["sdk_go_authorization_format"]
    expected = vector["get_expected"].split('signature="Sign:', 1)[1].rstrip('"')
    message = build_request_message(
        "GET", "/v3/certificates", str(vector["timestamp"]), vector["nonce"], b""
    )
    assert message.decode() == expected


def test_our_header_carries_the_go_layout_with_a_real_signature(vectors):
    vector = vectors["sdk_go_authorization_format"]
    key = load_private_key(VECTORS / "go_sdk_test_private_key.pem")
    public = load_public_key(VECTORS / "go_sdk_test_public_key.pem")
    auth = MerchantAuth(
        vector["mchid"],
        vector["serial"],
        key,
        WechatPayVerifier(public_keys={"PUB_KEY_ID_TEST": public}),
        clock=lambda: vector["timestamp"],
        nonce=lambda: vector["nonce"],
    )
    request = httpx.Request("GET", "https://api.mch.weixin.qq.com/v3/certificates")
    params = parse_authorization(auth.authorization(request))
    assert (params.principal, params.serial_no, params.nonce_str, params.timestamp) == (
        vector["mchid"],
        vector["serial"],
        vector["nonce"],
        str(vector["timestamp"]),
    )
    message = build_request_message(
        "GET", "/v3/certificates", str(vector["timestamp"]), vector["nonce"], b""
    )
    assert verify(public, message, params.signature)
    assert len(base64.b64decode(params.signature)) == 256


def _read_sealed(api_v3_key, sealed):
    """Read a /v3/certificates answer listing one certificate sealed as ``sealed``."""
    entry = {"serial_no": "D7CE59D1F522D701", "encrypt_certificate": sealed}
    read_listing(
        200,
        {},
        json.dumps({"data": [entry]}).encode(),
        url="https://api.mch.weixin.qq.com/v3/certificates",
        cipher=api_v3_cipher(api_v3_key),
        now=0,
        max_skew=300,
        trusted=lambda serial: None,
    )


def test_java_sdk_aes_256_gcm_through_the_certificate_download(vectors):
    """The download decrypts the Java SDK's vector: it opens ("message" is no certificate)."""
    vector = vectors["sdk_java_aes_256_gcm"]
    sealed = {
        "algorithm": "AEAD_AES_256_GCM",
        "nonce": vector["nonce"],
        "associated_data": vector["associated_data"],
        "ciphertext": vector["ciphertext_b64"],
    }
    with pytest.raises(CertificateDownloadError) as opened:
        _read_sealed(vector["key"], sealed)
    assert "the decrypted content is not a usable certificate" in opened.value.reason
    assert "not PEM" in opened.value.reason
    with pytest.raises(CertificateDownloadError, match="decryption failed: check the APIv3 key"):
        _read_sealed(vector["key"][::-1], sealed)
