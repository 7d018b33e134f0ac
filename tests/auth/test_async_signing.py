"""The async flow signs in worker threads, never on the event loop, and each attempt afresh."""

import threading

import httpx

from wechatpay_auth import MerchantAuth, WechatPayVerifier
from wechatpay_auth import auth as auth_module
from wechatpay_auth.primitives import parse_authorization, verify
from wechatpay_auth.signing import build_request_message


async def test_signing_runs_off_the_event_loop_and_the_signature_is_the_requests(
    merchant_key, platform_key, monkeypatch
):
    signed_in = []
    real_sign = auth_module.sign

    def recording_sign(key, message):
        signed_in.append(threading.current_thread().name)
        return real_sign(key, message)

    monkeypatch.setattr(auth_module, "sign", recording_sign)
    verifier = WechatPayVerifier(public_keys={"PUB_KEY_ID_1": platform_key.public_key()})
    auth = MerchantAuth("1900000001", "SERIAL", merchant_key, verifier)
    seen = []

    def server(request):
        seen.append(request)
        return httpx.Response(404)  # unsigned error: passes through

    async with httpx.AsyncClient(transport=httpx.MockTransport(server), auth=auth) as client:
        await client.post("https://api.example.test/v3/x?a=1", content=b'{"k":"v"}')
        await client.post("https://api.example.test/v3/x?a=1", content=b'{"k":"v"}')
    loop_thread = threading.current_thread().name
    assert len(signed_in) == 2
    assert all(name.startswith("wechatpay-sign") and name != loop_thread for name in signed_in)
    first, second = (parse_authorization(r.headers["Authorization"]) for r in seen)
    assert first.nonce_str != second.nonce_str  # every attempt is signed afresh
    message = build_request_message(
        "POST", "/v3/x?a=1", first.timestamp, first.nonce_str, b'{"k":"v"}'
    )
    assert verify(merchant_key.public_key(), message, first.signature)
