"""examples/quickstart.py, what `make demo` runs: as a user runs it, and its certificate and brand
campaign sections against the test mock (whose APIv3 and brand API keys the test knows, to check
that they are never printed)."""

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from wechatpay_coupons import WechatPay
from wechatpay_coupons.models import (
    SendUserProductCouponRequest,
    SetNotifyConfigRequest,
    UserProductCouponState,
)
from wechatpay_coupons.notifications import ProductCouponNotificationEventType

QUICKSTART = Path(__file__).resolve().parents[2] / "examples" / "quickstart.py"
SERIAL = r"[0-9A-F]{8,40}"


@pytest.fixture(scope="module")
def quickstart():
    spec = importlib.util.spec_from_file_location("quickstart", QUICKSTART)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_demo_runs_every_step_as_documented():
    result = subprocess.run(
        [sys.executable, str(QUICKSTART)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("all steps behaved as documented")
    assert "A merchant in certificate mode" in result.stdout


def test_the_certificate_section_downloads_verifies_and_follows_a_rotation(
    quickstart, wechatpay_mock, capsys
):
    report = quickstart.Report()
    quickstart.run_certificate_merchant(wechatpay_mock.base_url, wechatpay_mock.credentials, report)
    out = capsys.readouterr().out
    assert report.failed == [], out
    first = re.search(
        rf"favor coupon \(first call\) +\S+ · verified with certificate ({SERIAL})", out
    )
    rotation = re.search(rf"rotation \(mock control API\) +({SERIAL}) -> ({SERIAL})", out)
    after = re.search(rf"after the rotation\) +\S+ · verified with certificate ({SERIAL})", out)
    assert first and rotation and after, out
    assert rotation.groups() == (first[1], after[1]) and first[1] != after[1]
    # Serials and validity of the downloaded certificates: once before, both after the rotation.
    shown = re.findall(rf"platform certificate +({SERIAL}) valid \d{{4}}-\d\d-\d\d to ", out)
    assert shown == [first[1], first[1], after[1]]
    # What the mock saw: two downloads, none asked for by the demo.
    operations = [entry["operation"] for entry in wechatpay_mock.journal()]
    assert operations.count("downloadCertificates") == 2
    assert wechatpay_mock.credentials.apiv3_key not in out


# The brand campaign's lines, in order (the client's log lines, "  · …", interleave).
CODE = r"(Code_\w+)"
NOTIFICATION = r"notification [\w-]+: verified, decrypted, "
CONFIRMED = rf"confirmed by the endpoint +{CODE} EFFECTIVE \(out_request_no CONFIRM-{CODE}\)"
CAMPAIGN = [
    r"A brand running a product-coupon campaign \(商品券\), with its callbacks",
    r"1\. notify endpoint set +(http://127\.0\.0\.1:\d+/wechatpay/notify) \(setNotifyConfig\)",
    r"2\. product coupon created +(\d+) .+, stock (\d+) SENDING",
    rf"3\. sent to a user +{CODE} CONFIRMING",
    rf"4\. SEND callback +{NOTIFICATION}{CODE}",
    CONFIRMED,
    r"confirm again \(same number\) +same answer, confirmed once",
    r"5\. the coupon reads +EFFECTIVE, valid \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d",
    rf"6\. used +{CODE} USED",
    rf"USE callback +{NOTIFICATION}{CODE}",
    rf"7\. a second coupon sent +{CODE} CONFIRMING",
    rf"SEND callback +{NOTIFICATION}{CODE}",
    CONFIRMED,
    rf"used +{CODE} USED",
    rf"USE callback +{NOTIFICATION}{CODE}",
    rf"returned +{CODE} EFFECTIVE again",
    rf"RETURN callback +{NOTIFICATION}{CODE}",
]


def campaign_lines(out: str) -> list[tuple[str, ...]]:
    """The groups of each of CAMPAIGN's lines, found one after the other in ``out``; fails
    naming the first line missing."""
    lines = [line.strip() for line in out.splitlines()]
    lines = [line for line in lines if line and not line.startswith("·")]
    start = next((i for i, line in enumerate(lines) if re.fullmatch(CAMPAIGN[0], line)), None)
    assert start is not None, out
    found, rest = [], lines[start + 1 :]
    for pattern in CAMPAIGN[1:]:
        assert rest, f"no line {pattern!r} (the campaign ended):\n{out}"
        match = re.fullmatch(pattern, rest[0])
        assert match, f"{rest[0]!r} where {pattern!r} was expected:\n{out}"
        found.append(match.groups())
        rest = rest[1:]
    return found


def test_the_demo_runs_the_brand_campaign_step_by_step():
    result = subprocess.run(
        [sys.executable, str(QUICKSTART)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    steps = campaign_lines(result.stdout)
    first, second = steps[2][0], steps[9][0]
    assert first != second
    assert [code for (code,) in (steps[3], steps[7], steps[8])] == [first] * 3
    assert steps[4] == (first, first)
    assert steps[11] == (second, second)
    assert [code for step in (steps[10], *steps[12:]) for code in step] == [second] * 5


def test_the_brand_campaign_is_what_the_mock_saw(quickstart, wechatpay_mock, capsys):
    world = wechatpay_mock.credentials
    report = quickstart.Report()
    quickstart.run_brand_campaign(wechatpay_mock.base_url, world, report)
    out = capsys.readouterr().out
    assert report.failed == [], out
    steps = campaign_lines(out)
    (url,), (product_coupon_id, stock_id), (first,), (second,) = (
        steps[0],
        steps[1],
        steps[2],
        steps[9],
    )
    # Each step is a call the mock answered, in this order (the endpoint's confirms included).
    operations = [entry["operation"] for entry in wechatpay_mock.journal()]
    assert operations == [
        "setNotifyConfig",
        "createProductCoupon",
        "sendUserProductCoupon",
        "confirmSendUserProductCoupon",  # by the endpoint, on the SEND callback
        "confirmSendUserProductCoupon",  # again, under the same out_request_no
        "getUserProductCoupon",
        "useUserProductCoupon",
        "sendUserProductCoupon",
        "confirmSendUserProductCoupon",
        "useUserProductCoupon",
        "returnUserProductCoupon",
    ]
    # Every callback went to the endpoint the demo set, and was answered 2xx.
    notifications = wechatpay_mock.control("GET", "notifications")["notifications"]
    assert [(n["event_type"], n["resource"]["coupon_code"]) for n in notifications] == [
        ("PRODUCT_COUPON.SEND", first),
        ("PRODUCT_COUPON.USE", first),
        ("PRODUCT_COUPON.SEND", second),
        ("PRODUCT_COUPON.USE", second),
        ("PRODUCT_COUPON.RETURN", second),
    ]
    assert {n["url"] for n in notifications} == {url}
    assert {a["status"] for n in notifications for a in n["attempts"]} <= {204}
    assert {
        (n["resource"]["product_coupon_id"], n["resource"]["stock_id"]) for n in notifications
    } == {(product_coupon_id, stock_id)}
    # The coupons as the mock holds them: the first used, the second returned (usable again).
    with WechatPay(brand=wechatpay_mock.brand_auth(), base_url=wechatpay_mock.base_url) as pay:
        states = [
            pay.brand_product_coupon.get_user_product_coupon(
                world.brand_openid,
                code,
                appid=world.appid,
                product_coupon_id=product_coupon_id,
                stock_id=stock_id,
            ).coupon_state
            for code in (first, second)
        ]
    assert states == [UserProductCouponState.USED, UserProductCouponState.EFFECTIVE]
    assert world.brand_api_key not in out


def brand_client(mock) -> WechatPay:
    return WechatPay(
        brand=mock.brand_auth(),
        brand_api_key=mock.credentials.brand_api_key,
        base_url=mock.base_url,
    )


def test_the_endpoint_answers_503_when_its_confirm_fails_and_confirms_on_the_next_delivery(
    quickstart, wechatpay_mock
):
    world = wechatpay_mock.credentials
    # Every attempt of the first confirm fails (the client retries twice).
    wechatpay_mock.arm_fault("server_error", operation="confirmSendUserProductCoupon", count=3)
    deliveries = f"{wechatpay_mock.base_url}/_mock/notifications"
    with (
        brand_client(wechatpay_mock) as pay,
        quickstart.NotifyEndpoint(pay, world.appid, deliveries) as endpoint,
    ):
        coupons = pay.brand_product_coupon
        coupons.set_notify_config(body=SetNotifyConfigRequest(notify_url=endpoint.url))
        body = quickstart.example(
            "sendUserProductCoupon",
            "send",
            appid=world.appid,
            send_request_no="DEMO_CONFIRM_FAILS",  # the example's is the seeded coupon's
            product_coupon_id=world.product_coupon_id,
            stock_id=world.brand_stock_id,
        )
        code = coupons.send_user_product_coupon(
            world.brand_openid, body=SendUserProductCouponRequest.from_dict(body)
        ).coupon_code
        callback = endpoint.wait_for(ProductCouponNotificationEventType.PRODUCT_COUPON_SEND, code)
    assert callback.confirmed.coupon_state == UserProductCouponState.EFFECTIVE
    (notification,) = wechatpay_mock.control("GET", "notifications")["notifications"]
    assert notification["attempts"][0]["status"] == 503
    confirms = [
        e["status"] for e in wechatpay_mock.journal() if e["operation"].startswith("confirm")
    ]
    assert confirms == [500, 500, 500, 200]


def test_a_callback_that_does_not_come_is_a_bounded_error_that_says_where_to_look(
    quickstart, wechatpay_mock
):
    deliveries = f"{wechatpay_mock.base_url}/_mock/notifications"
    pay = brand_client(wechatpay_mock)
    with pay, quickstart.NotifyEndpoint(pay, wechatpay_mock.credentials.appid, deliveries) as end:
        # A probe (WECHATPAY/SIGNTEST/ signature) is sent at once and refused by the endpoint.
        answered = wechatpay_mock.control("POST", "notifications/probe", {"url": end.url})
        assert answered["status"] == 401
        with pytest.raises(quickstart.MissingCallbackError) as missing:
            end.wait_for(ProductCouponNotificationEventType.PRODUCT_COUPON_SEND, "Code_9", 0)
    message = str(missing.value)
    assert "the PRODUCT_COUPON.SEND callback of coupon Code_9 did not arrive" in message
    assert f"at {end.url} within 0 s" in message
    assert "ProbeSignatureError" in message  # what the endpoint answered meanwhile
    assert message.endswith(f"GET {deliveries}")
