"""Callbacks, delivered (issue 19 §4): queued with the change, signed, encrypted, retried.

The machinery on its own, apart from the product-coupon rules: ``spec_additions`` adds a test
webhook, a brand operation that queues a notification (``sendTestCoupon``) and one that sets the
brand's notify URL. The demo world's
brand has a TEST-ONLY API key. The mock here retries 100 000 times faster than WeChat Pay
(15 s → 0.15 ms) and waits 1 s for a 2xx.
"""

import httpx
import pytest

from wechatpay_auth import (
    NotificationError,
    SignatureVerificationError,
    WechatPayVerifier,
    parse_notification,
)
from wechatpay_mock import BindingError, MockServer, create_app
from wechatpay_mock.notifications import SCHEDULE, notify_url_problem, retry_delay
from wechatpay_mock.receiver import NotificationReceiver
from wechatpay_mock.rules import Rule
from wechatpay_mock.spec import Spec

from .conftest import APPID, BRAND_OPENID, brand_client, wait_until
from .spec_additions import (
    NOTIFY,
    SEND,
    SEND_EVENT,
    STOCKS,
    TEST_RULES,
    WEBHOOK,
    extended_document,
    extended_spec,
    send_coupon,
)

SPEC = extended_spec()
SCALE = 0.00001
TIMEOUT = 1.0


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with MockServer(
        tmp_path_factory.mktemp("notifications"),
        spec=SPEC,
        rules=TEST_RULES,
        notify_retry_scale=SCALE,
        notify_timeout=TIMEOUT,
    ) as mock:
        yield mock


@pytest.fixture
def receiver():
    with NotificationReceiver() as found:
        yield found


@pytest.fixture
def brand(server):
    server.reset()
    with brand_client(server) as client:
        yield client


def stock_of(brand) -> str:
    created = brand.post(STOCKS, json={"out_request_no": "S1", "product_coupon_id": "1000000013"})
    assert created.status_code == 200, created.text
    return created.json()["stock_id"]


def send(brand, stock_id, request_no="SEND1"):
    sent = brand.post(
        SEND.format(openid=BRAND_OPENID),
        json={"out_request_no": request_no, "stock_id": stock_id, "appid": APPID},
    )
    return sent


def set_url(brand, url):
    return brand.post(NOTIFY, json={"notify_url": url})


def notifications(server, state=None):
    path = "notifications" + (f"?state={state}" if state else "")
    return server.control("GET", path)["notifications"]


def verify(server, received):
    """Verified with the WeChat Pay public key, decrypted with the brand's API key."""
    verifier = WechatPayVerifier(
        public_keys={server.credentials.public_key_id: server.credentials.platform_public_key}
    )
    return parse_notification(
        received.headers, received.body, server.credentials.brand_api_key, verifier
    )


# --- what is sent ---------------------------------------------------------------------------


def test_a_send_delivers_a_signed_encrypted_notification(server, brand, receiver):
    assert set_url(brand, receiver.url).status_code == 200
    stock_id = stock_of(brand)
    code = send(brand, stock_id).json()["coupon_code"]
    (delivered,) = receiver.wait_for(1)
    # Signed as WeChat signs callbacks: the four headers the 商品券回调通知 page lists.
    assert delivered.header("Wechatpay-Serial") == server.credentials.public_key_id
    assert all(delivered.header(h) for h in ("Wechatpay-Signature", "Wechatpay-Timestamp"))
    assert delivered.header("Wechatpay-Nonce")
    assert delivered.header("Wechatpay-Signature-Type") is None  # the page lists none
    notification = verify(server, delivered)
    assert notification.event_type == SEND_EVENT
    assert notification.resource == {
        "coupon_code": code,
        "stock_id": stock_id,
        "openid": BRAND_OPENID,
        "send_request_no": "SEND1",
    }
    envelope = delivered.json()
    assert envelope["resource_type"] == "encrypt-resource" and len(envelope["id"]) == 36
    # What the page fixes comes from the webhook's example in the spec.
    assert (envelope["summary"], envelope["resource"]["associated_data"]) == (
        "商品券通知",
        "product_coupon",
    )
    assert envelope["resource"]["original_type"] == "product_coupon"
    wait_until(lambda: notifications(server)[0]["state"] == "delivered")
    (listed,) = notifications(server)
    assert (listed["id"], listed["event_type"], listed["recipient"]) == (
        envelope["id"],
        SEND_EVENT,
        server.credentials.brand_id,
    )
    assert [a["status"] for a in listed["attempts"]] == [200]
    assert listed["resource"] == notification.resource


def test_the_wrong_key_or_a_tampered_body_does_not_open(server, brand, receiver):
    set_url(brand, receiver.url)
    send(brand, stock_of(brand))
    (delivered,) = receiver.wait_for(1)
    verifier = WechatPayVerifier(
        public_keys={server.credentials.public_key_id: server.credentials.platform_public_key}
    )
    with pytest.raises(SignatureVerificationError):
        parse_notification(
            delivered.headers, delivered.body.replace(b"SEND", b"send"), "k" * 32, verifier
        )
    with pytest.raises(NotificationError, match="could not be decrypted"):
        parse_notification(delivered.headers, delivered.body, "k" * 32, verifier)


def test_it_is_queued_before_the_answer_in_the_same_transaction(server, brand, receiver):
    set_url(brand, receiver.url)
    receiver.answer(200, delay=0.5)  # still being delivered when the answer arrives
    stock_id = stock_of(brand)
    assert send(brand, stock_id).status_code == 200
    assert [n["event_type"] for n in notifications(server)] == [SEND_EVENT]
    # A rule that answers an error after queueing keeps nothing: no coupon, no notification.
    failed = send(brand, stock_id, "FAIL_AFTER_NOTIFY_1")
    assert failed.status_code == 400, failed.text
    receiver.wait_for(1)
    assert len(notifications(server)) == 1
    listed = brand.get(
        f"/brand/marketing/product-coupon/users/{BRAND_OPENID}/coupons",
        params={"appid": APPID, "stock_id": stock_id},
    )
    assert listed.json()["total_count"] == 1, listed.text  # what the mock read is undone too
    # A replay of the send queues nothing more.
    assert send(brand, stock_id).status_code == 200
    assert len(notifications(server)) == 1


# --- retries --------------------------------------------------------------------------------


def test_a_refused_notification_is_retried_until_a_2xx(server, brand, receiver):
    set_url(brand, receiver.url)
    receiver.answer(500, times=2)
    send(brand, stock_of(brand))
    first, second, third = receiver.wait_for(3)
    assert first.notification_id == second.notification_id == third.notification_id
    assert [r.answered for r in (first, second, third)] == [500, 500, 200]
    # Signed afresh for each attempt, like any WeChat request.
    assert first.header("Wechatpay-Nonce") != third.header("Wechatpay-Nonce")
    wait_until(lambda: notifications(server)[0]["state"] == "delivered")
    attempts = notifications(server)[0]["attempts"]
    assert [(a["status"], bool(a["error"])) for a in attempts] == [
        (500, True),
        (500, True),
        (200, False),
    ]
    assert receiver.wait_for(3) == receiver.received  # nothing after the 2xx


def test_no_answer_within_the_timeout_is_retried(server, brand, receiver):
    set_url(brand, receiver.url)
    receiver.answer(200, delay=TIMEOUT + 1)
    send(brand, stock_of(brand))
    slow, again = receiver.wait_for(2, timeout=TIMEOUT + 10)
    assert slow.notification_id == again.notification_id
    wait_until(lambda: notifications(server)[0]["state"] == "delivered")
    first, second = notifications(server)[0]["attempts"]
    assert first["status"] is None and "no answer within 1 s" in first["error"]
    assert second["status"] == 200


def test_after_wechats_schedule_it_gives_up(server, brand, receiver):
    set_url(brand, receiver.url)
    receiver.answer(503, times=None)
    send(brand, stock_of(brand))
    receiver.wait_for(len(SCHEDULE) + 1)
    wait_until(lambda: notifications(server)[0]["state"] == "failed")
    (given_up,) = notifications(server)
    assert len(given_up["attempts"]) == len(SCHEDULE) + 1 == 16
    assert given_up["next_attempt_at"] is None


def test_the_schedule_is_wechats():
    # 15s/15s/30s/3m/10m/20m/30m/30m/30m/60m/3h/3h/3h/6h/6h: 24 h 4 min in all.
    assert sum(SCHEDULE) == 24 * 3600 + 4 * 60
    assert [retry_delay(n, 1.0) for n in (1, 2, 3, 4)] == [15, 15, 30, 180]
    assert retry_delay(15, 1.0) == 6 * 3600 and retry_delay(16, 1.0) is None
    assert retry_delay(1, 0.001) == pytest.approx(0.015)


def test_a_delivered_notification_can_be_delivered_again(server, brand, receiver):
    set_url(brand, receiver.url)
    send(brand, stock_of(brand))
    (first,) = receiver.wait_for(1)
    wait_until(lambda: notifications(server)[0]["state"] == "delivered")
    again = server.control("POST", f"notifications/{first.notification_id}/redeliver")
    assert again["state"] == "pending"
    _, second = receiver.wait_for(2)
    assert second.body == first.body  # the same notification: a receiver deduplicates by id
    wait_until(lambda: len(notifications(server)[0]["attempts"]) == 2)


def test_a_url_the_http_client_cannot_use_is_a_failed_attempt_not_a_lost_one(server, brand):
    """The spec's pattern allows a host with a control character (ECMA's \\s does not cover
    \\x01); httpx refuses such a URL with InvalidURL, which is not one of its HTTPErrors. The
    stateful fuzz phase set one: the delivery task died and the notification stayed pending
    with no attempt. Each attempt is recorded as failed instead, on WeChat's schedule."""
    url = "http://a\x01b.example/notify"
    assert set_url(brand, url).status_code == 200
    send(brand, stock_of(brand))
    wait_until(lambda: notifications(server)[0]["state"] == "failed")
    (given_up,) = notifications(server)
    assert len(given_up["attempts"]) == len(SCHEDULE) + 1
    assert given_up["attempts"][0]["error"].startswith("InvalidURL: ")
    probed = server.control("POST", "notifications/probe", {"url": url})
    assert probed["status"] is None and probed["error"].startswith("InvalidURL: ")


# --- the control API ------------------------------------------------------------------------


def test_a_probe_is_signed_signtest_and_a_verifying_receiver_refuses_it(server, receiver):
    server.reset()
    receiver.answer(401, body=b'{"code":"FAIL","message":"bad signature"}')
    answered = server.control("POST", "notifications/probe", {"url": receiver.url})
    # Through the spec's first webhook when none is named.
    first = next(iter(SPEC.document["webhooks"]))
    assert (answered["status"], answered["webhook"]) == (401, first)
    (probe,) = receiver.wait_for(1)
    assert probe.header("Wechatpay-Signature").startswith("WECHATPAY/SIGNTEST/")
    assert probe.notification_id == answered["id"]
    verifier = WechatPayVerifier(
        public_keys={server.credentials.public_key_id: server.credentials.platform_public_key}
    )
    with pytest.raises(SignatureVerificationError):
        parse_notification(probe.headers, probe.body, server.credentials.brand_api_key, verifier)
    assert notifications(server) == []  # a probe is not queued


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"url": "ftp://example.com/notify"}, "must start with http:// or https://"),
        ({"url": "http://127.0.0.1:1/n", "brand_id": "nobody"}, "no brand has brand_id"),
        ({"url": "http://127.0.0.1:1/n", "webhook": "nope"}, "'nope' is not in the spec's"),
    ],
)
def test_a_probe_says_what_is_wrong(server, payload, message):
    with httpx.Client(base_url=server.base_url) as client:
        refused = client.post("/_mock/notifications/probe", json=payload)
    assert refused.status_code == 400 and message in refused.json()["error"]


def test_reset_forgets_the_notifications(server, brand, receiver):
    set_url(brand, receiver.url)
    send(brand, stock_of(brand))
    receiver.wait_for(1)
    server.reset()
    assert notifications(server) == []


def test_redelivering_an_unknown_notification_is_refused(server):
    with httpx.Client(base_url=server.base_url) as client:
        refused = client.post("/_mock/notifications/nope/redeliver")
    assert refused.status_code == 400 and "no notification has id nope" in refused.text


# --- notify URLs ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["ftp://example.com/notify", "example.com/notify", "http:///notify", "javascript:x"]
)
def test_a_notify_url_that_is_not_http_gets_the_documented_error(brand, url):
    refused = set_url(brand, url)
    assert (refused.status_code, refused.json()["code"]) == (400, "PARAM_ERROR"), refused.text
    assert refused.json()["detail"]["field"] == "/notify_url"


def test_loopback_notify_urls_are_allowed_unlike_wechat():
    assert notify_url_problem("http://127.0.0.1:8080/notify") is None
    assert notify_url_problem("https://localhost/notify") is None


# --- what the start-up check says -----------------------------------------------------------


def rules_notifying(*notifies):
    return {
        **TEST_RULES,
        "sendTestCoupon": Rule("sendTestCoupon", send_coupon, notifies=notifies),
    }


def test_what_a_rule_sends_is_checked_against_the_webhook_at_start(server):
    def check(spec, notifies, message):
        with pytest.raises(BindingError, match=message):
            create_app(server.settings, spec=spec, rules=rules_notifying(*notifies))

    check(SPEC, [("nope", (SEND_EVENT,))], "webhook 'nope' is not in the spec's webhooks")
    check(SPEC, [(WEBHOOK, ("COUPON.GONE",))], "event 'COUPON.GONE' through webhook .* lack it")
    document = extended_document()
    del document["webhooks"][WEBHOOK]["post"]["x-event-types"]
    check(Spec(document), [(WEBHOOK, (SEND_EVENT,))], "has no x-event-types")
    document = extended_document()
    document["webhooks"][WEBHOOK]["post"]["x-event-types"] = []
    check(Spec(document), [(WEBHOOK, (SEND_EVENT,))], "x-event-types must map each event_type")
    document = extended_document()
    del document["webhooks"][WEBHOOK]["post"]["x-event-types"][SEND_EVENT]["schema"]
    check(
        Spec(document),
        [(WEBHOOK, (SEND_EVENT,))],
        "'PRODUCT_COUPON.SEND' has no schema of its decrypted resource",
    )
    document = extended_document()
    document["components"]["schemas"]["MockTestNotification"]["required"].append("brand_id")
    check(Spec(document), [(WEBHOOK, (SEND_EVENT,))], "'brand_id' is a required property")
    document = extended_document()
    del document["webhooks"][WEBHOOK]["post"]["requestBody"]
    check(Spec(document), [(WEBHOOK, (SEND_EVENT,))], "has no application/json request body")
