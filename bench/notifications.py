"""Issue 19 §5: notifications unwrapped per second through the typed API, against the crypto floor.

One product-coupon notification (PRODUCT_COUPON.SEND, the spec's example resource), built as the
mock builds it: the resource sealed with AES-256-GCM under a brand API key, the envelope signed
with an RSA-2048 WeChat Pay key. The candidates, their rounds interleaved:

- ``floor``: one RSA-SHA256 (PKCS#1 v1.5) verification of the message the headers sign, and one
  AES-256-GCM decryption of the resource's ciphertext (already Base64-decoded, the cipher's key
  already set up): what no implementation can avoid;
- ``auth``: ``wechatpay_auth.parse_notification`` (headers checked, verified, decrypted, both
  JSON documents parsed), to tell the auth plugin's share from the typed layer's;
- ``typed``: ``wechatpay_coupons.notifications.parse_product_coupon_notification`` (the above,
  then the envelope and the resource as the generated models).
"""

import base64
import datetime
import json
import statistics
from collections.abc import Callable
from typing import Any

import cryptography
from cryptography.hazmat.backends.openssl.backend import backend
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

import wechatpay_auth
from wechatpay_auth import WechatPayVerifier
from wechatpay_auth.primitives import build_response_message, sign_response_headers
from wechatpay_coupons.notifications import parse_product_coupon_notification
from wechatpay_mock.notifications import webhook
from wechatpay_mock.spec import Spec

from .support import KEY_ID, NOW, new_key
from .timing import interleaved

BRAND_API_KEY = "BENCHONLYbrandApiKey0123456789xy"  # a benchmark's key, no brand's
KEY_BITS = 2048


def notification() -> tuple[dict[str, str], bytes, Any]:
    """(headers, body, WeChat Pay's private key) of one PRODUCT_COUPON.SEND notification."""
    spec = Spec.load()
    hook = webhook(spec, "productCouponNotification")
    declared = spec.reader.webhook("productCouponNotification")
    assert declared is not None, "the spec's product-coupon webhook is gone"
    event = declared.event_types[0]
    resource = event.schema["examples"][0]
    when = datetime.datetime.fromtimestamp(NOW, datetime.timezone(datetime.timedelta(hours=8)))
    envelope = hook.build(event.name, resource, BRAND_API_KEY, when)
    body = json.dumps(envelope, ensure_ascii=False).encode()
    platform_key = new_key()
    headers = sign_response_headers(platform_key, KEY_ID, body, timestamp=NOW, nonce="N" * 32)
    return headers, body, platform_key


def floor_of(headers: dict[str, str], body: bytes, public_key: Any) -> Callable[[], None]:
    """One verification and one decryption of exactly what the notification carries."""
    message = build_response_message(
        headers["Wechatpay-Timestamp"], headers["Wechatpay-Nonce"], body
    )
    signature = base64.b64decode(headers["Wechatpay-Signature"])
    sealed = json.loads(body)["resource"]
    nonce, aad = sealed["nonce"].encode(), sealed.get("associated_data", "").encode()
    ciphertext = base64.b64decode(sealed["ciphertext"])
    cipher = AESGCM(BRAND_API_KEY.encode())

    def floor() -> None:
        public_key.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
        cipher.decrypt(nonce, ciphertext, aad)

    return floor


def backend_text() -> str:
    return f"cryptography {cryptography.__version__}, {backend.openssl_version_text()}"


def run(rounds: int = 7, calls: int = 300) -> dict[str, Any]:
    headers, body, platform_key = notification()
    public_key = platform_key.public_key()
    verifier = WechatPayVerifier(public_keys={KEY_ID: public_key}, clock=lambda: NOW)
    opened = parse_product_coupon_notification(
        headers, body, api_key=BRAND_API_KEY, verifier=verifier
    )
    assert opened.resource is not None and opened.event_type.is_known  # it really unwraps

    contenders: dict[str, Callable[[], object]] = {
        "floor": floor_of(headers, body, public_key),
        "auth": lambda: wechatpay_auth.parse_notification(headers, body, BRAND_API_KEY, verifier),
        "typed": lambda: parse_product_coupon_notification(
            headers, body, api_key=BRAND_API_KEY, verifier=verifier
        ),
    }
    timings = interleaved(contenders, calls=calls, rounds=rounds)
    floor_rounds = timings["floor"].rounds
    rows = {
        name: {
            "per_second": 1 / t.median,
            "us": t.median * 1e6,
            "ratios": (ratios := [c / f for c, f in zip(t.rounds, floor_rounds, strict=True)]),
            "ratio": statistics.median(ratios),
            "load": t.loads,
        }
        for name, t in timings.items()
    }
    return {"rows": rows, "body_bytes": len(body), "key_bits": KEY_BITS, "backend": backend_text()}


if __name__ == "__main__":
    result = run()
    print(f"{result['body_bytes']} bytes, RSA-{result['key_bits']}, {result['backend']}")
    for name, row in result["rows"].items():
        print(
            f"{name:<6} {row['per_second']:8.0f}/s {row['us']:7.1f} us {row['ratio']:5.2f}x "
            f"{min(row['ratios']):.2f}-{max(row['ratios']):.2f} load {row['load']}"
        )
