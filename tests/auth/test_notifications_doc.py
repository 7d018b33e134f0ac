"""Every Python block of docs/notifications.md runs here, against the mock's demo world.

The blocks run in order in one namespace, as a reader pasting them would; the notifications are
signed here with the demo world's TEST-ONLY platform keys, as WeChat Pay would sign them.
"""

import base64
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from starlette.testclient import TestClient

from wechatpay_auth import load_certificate, load_private_key
from wechatpay_auth.certificates import CERTIFICATES_PATH
from wechatpay_auth.primitives import sign_response_headers
from wechatpay_mock.spec import Spec

DOC = Path(__file__).resolve().parents[2] / "docs" / "notifications.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)
DOWNLOAD = Spec.load().match("GET", CERTIFICATES_PATH)[0]
BRAND_API_KEY = "TESTONLYbrandApiKey0123456789abc"  # TEST-ONLY


def notification(key: str, event: str = "PRODUCT_COUPON.SEND", id: str = "EV-1") -> bytes:
    nonce = base64.b64encode(os.urandom(9)).decode()[:12]
    resource = json.dumps({"coupon_code": "Code_123456", "stock_id": "1000000013001"}).encode()
    sealed = AESGCM(key.encode()).encrypt(nonce.encode(), resource, b"product_coupon")
    return json.dumps(
        {
            "id": id,
            "create_time": "2025-08-02T00:00:00+08:00",
            "event_type": event,
            "resource_type": "encrypt-resource",
            "summary": "商品券发放通知",
            "resource": {
                "original_type": "product_coupon",
                "algorithm": "AEAD_AES_256_GCM",
                "ciphertext": base64.b64encode(sealed).decode(),
                "nonce": nonce,
                "associated_data": "product_coupon",
            },
        }
    ).encode()


@pytest.fixture
def reader(wechatpay_mock, tmp_path, monkeypatch):
    world = wechatpay_mock.credentials
    (tmp_path / "keys").mkdir()
    shutil.copy(world.platform_public_key, tmp_path / "keys" / "wechatpay_public_key.pem")
    shutil.copy(
        world.certificate_merchant_private_key,
        tmp_path / "keys" / "apiclient_key_certificate_merchant.pem",
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WECHATPAY_BRAND_API_KEY", BRAND_API_KEY)
    monkeypatch.setenv("WECHATPAY_APIV3_KEY", world.apiv3_key)
    monkeypatch.setenv("WECHATPAY_BASE_URL", wechatpay_mock.base_url)
    return wechatpay_mock


def test_the_doc_has_the_blocks_these_tests_expect():
    assert len(BLOCKS) == 3
    assert "def on_notification" in BLOCKS[0] and "Starlette(" in BLOCKS[1]
    assert "origin=" in BLOCKS[2] and "refresh_certificates()" in BLOCKS[2]


def test_the_blocks_run_as_written(reader, capsys):
    world = reader.credentials
    namespace: dict = {}
    for block in BLOCKS:
        exec(compile(block, str(DOC), "exec"), namespace)

    # A brand notification, signed with the WeChat Pay public key's private half.
    platform_key = load_private_key(world.data_dir / "platform_private_key.pem")
    body = notification(BRAND_API_KEY)
    headers = sign_response_headers(platform_key, world.public_key_id, body)
    on_notification = namespace["on_notification"]
    assert on_notification(headers, body) == 200
    assert on_notification({k.lower(): v for k, v in headers.items()}, body) == 200  # again
    assert capsys.readouterr().out.count("PRODUCT_COUPON.SEND Code_123456") == 1
    probe = {**headers, "Wechatpay-Signature": "WECHATPAY/SIGNTEST/" + "A" * 40}
    assert on_notification(probe, body) == 401
    wrong_key = notification("TESTONLYsomeOtherKey0123456789ab", id="EV-2")
    assert (
        on_notification(
            sign_response_headers(platform_key, world.public_key_id, wrong_key), wrong_key
        )
        == 400
    )

    with TestClient(namespace["app"]) as client:
        other = notification(BRAND_API_KEY, id="EV-3")
        answer = client.post(
            "/wechatpay/notify",
            content=other,
            headers=sign_response_headers(platform_key, world.public_key_id, other),
        )
        assert answer.status_code == 200
        assert client.post("/wechatpay/notify", content=other).status_code == 401  # unsigned

    # The webhook-only certificate merchant downloaded at start-up, from the mock.
    downloads = [e for e in reader.journal(100) if e["operation"] == DOWNLOAD.operation_id]
    assert len(downloads) == 1, reader.journal(100)
    certificate = load_certificate(world.platform_certificate)
    certificate_key = load_private_key(world.data_dir / "platform_certificate_private_key.pem")
    merchant_body = notification(world.apiv3_key, event="COUPON.USE", id="EV-4")
    merchant_headers = sign_response_headers(
        certificate_key, f"{certificate.serial_number:X}", merchant_body
    )
    assert namespace["on_merchant_notification"](merchant_headers, merchant_body) == 200
    assert "COUPON.USE" in capsys.readouterr().out
