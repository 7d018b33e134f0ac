"""Brand product coupons in the mock (issue 19 §4): state, budgets, transitions, refusals, token
paging and the events outside the API, over loopback against the session mock (reset for each
test). Request bodies start from the spec's own examples; refusals are checked by the error
example the spec names, and by the number WeChat puts at the end of Request-ID.
"""

import copy
import datetime
import json

import pytest

from wechatpay_mock import MockControlError
from wechatpay_mock.spec import Spec
from wechatpay_mock.world import DEMO_APPIDS

from .conftest import APPID, BRAND_OPENID, brand_client

SPEC = Spec.load()
CHINA = datetime.timezone(datetime.timedelta(hours=8))
ROOT = "/brand/marketing/product-coupon"
COUPONS = f"{ROOT}/users/{{openid}}/coupons"
COUPON = f"{COUPONS}/{{code}}"
STOCK = f"{ROOT}/product-coupons/{{pid}}/stocks/{{sid}}"
OTHER_USER = "oh-394z-another-user"


def example(operation_id, name=None):
    """A request example of the spec (the first, or the one called ``name``)."""
    operation = SPEC.by_id[operation_id]
    body = SPEC.resolve(SPEC.document["paths"][operation.path][operation.method]["requestBody"])
    examples = body["content"]["application/json"]["examples"]
    return copy.deepcopy(examples[name or next(iter(examples))]["value"])


def refusal(operation_id, name, status=None):
    return SPEC.by_id[operation_id].error(name, status)


def refused(answer, operation_id, name):
    """``answer`` is the spec's error example ``name`` of the operation, Request-ID included."""
    wanted = refusal(operation_id, name)
    body = answer.json()
    assert (answer.status_code, body["code"], body["message"]) == (
        wanted.status,
        wanted.code,
        wanted.message,
    ), answer.text
    suffix = wanted.number if wanted.number is not None else wanted.status
    assert answer.headers["Request-ID"].endswith(f"-{suffix}")
    return body


def now():
    return datetime.datetime.now(CHINA)


class Brand:
    """The demo brand's calls, each body the spec's example with what the test changes."""

    def __init__(self, client, server):
        self.client, self.server = client, server

    def create(self, request_no="CREATE_0001", *, begins=-1, days=30, weekdays=None, **rule):
        body = example("createProductCoupon", "allDiscount")
        body["out_request_no"] = request_no
        period = body["stock"]["single_usage_rule"]["coupon_available_period"]
        start = now() + datetime.timedelta(days=begins)
        period["available_begin_time"] = start.isoformat(timespec="seconds")
        period["available_end_time"] = (start + datetime.timedelta(days=days)).isoformat(
            timespec="seconds"
        )
        period.pop("weekly_available_period")
        if weekdays is not None:
            period["weekly_available_period"] = {"day_list": weekdays}
        body["stock"]["stock_send_rule"].update(rule)
        return self.client.post(f"{ROOT}/product-coupons", json=body)

    def stock(self, request_no="CREATE_0001", **options):
        created = self.create(request_no, **options)
        assert created.status_code == 200, created.text
        return created.json()["product_coupon_id"], created.json()["stock"]["stock_id"]

    def send(self, stock, request_no="SEND_0001", openid=BRAND_OPENID, **extra):
        pid, sid = stock
        body = {**example("sendUserProductCoupon", "send"), "product_coupon_id": pid}
        body.update(stock_id=sid, send_request_no=request_no, **extra)
        return self.client.post(COUPONS.format(openid=openid), json=body)

    def sent(self, stock, request_no="SEND_0001", openid=BRAND_OPENID):
        answer = self.send(stock, request_no, openid)
        assert answer.status_code == 200, answer.text
        return answer.json()["coupon_code"]

    def confirmed(self, stock):
        """A coupon sent and confirmed: EFFECTIVE."""
        code = self.sent(stock)
        assert self.confirm(stock, code).status_code == 200
        return code

    def change(self, action, operation_id, stock, code, request_no, openid=BRAND_OPENID, **extra):
        pid, sid = stock
        body = {**example(operation_id), "product_coupon_id": pid, "stock_id": sid}
        body.update(out_request_no=request_no, **extra)
        return self.client.post(f"{COUPON.format(openid=openid, code=code)}/{action}", json=body)

    def confirm(self, stock, code, request_no="CONFIRM_0001", **extra):
        return self.change(
            "confirm", "confirmSendUserProductCoupon", stock, code, request_no, **extra
        )

    def use(self, stock, code, request_no="USE_0001", **extra):
        return self.change("use", "useUserProductCoupon", stock, code, request_no, **extra)

    def give_back(self, stock, code, request_no="RETURN_0001", **extra):
        return self.change("return", "returnUserProductCoupon", stock, code, request_no, **extra)

    def deactivate(self, stock, code, request_no="DEACTIVATE_0001", **extra):
        return self.change(
            "deactivate", "deactivateUserProductCoupon", stock, code, request_no, **extra
        )

    def read(self, stock, code, openid=BRAND_OPENID):
        pid, sid = stock
        params = {"appid": APPID, "product_coupon_id": pid, "stock_id": sid}
        answer = self.client.get(COUPON.format(openid=openid, code=code), params=params)
        assert answer.status_code == 200, answer.text
        return answer.json()

    def read_stock(self, stock):
        answer = self.client.get(STOCK.format(pid=stock[0], sid=stock[1]))
        assert answer.status_code == 200, answer.text
        return answer.json()

    def budget(self, stock, request_no="BUDGET_0001", **body):
        path = f"{STOCK.format(pid=stock[0], sid=stock[1])}/update-budget"
        return self.client.post(path, json={"out_request_no": request_no, **body})

    def end_stock(self, stock, request_no="END_STOCK_0001"):
        path = f"{STOCK.format(pid=stock[0], sid=stock[1])}/deactivate"
        return self.client.post(
            path, json={**example("deactivateStock"), "out_request_no": request_no}
        )

    def page(self, openid=BRAND_OPENID, **params):
        return self.client.get(COUPONS.format(openid=openid), params={"appid": APPID, **params})

    def events(self):
        listed = self.server.control("GET", "notifications")["notifications"]
        return [(n["event_type"], n["resource"]["coupon_code"]) for n in listed]


@pytest.fixture
def brand(wechatpay_mock, wechatpay_receiver):
    with brand_client(wechatpay_mock) as client:
        set_url = client.post(f"{ROOT}/notify-configs", json={"notify_url": wechatpay_receiver.url})
        assert set_url.status_code == 200, set_url.text
        yield Brand(client, wechatpay_mock)


# --- product coupons, stocks and how a user coupon reads them --------------------------------


def test_create_answers_the_product_coupon_and_its_stock_as_their_reads_do(brand):
    created = brand.create(max_count=5)
    assert created.status_code == 200, created.text
    body = created.json()
    pid, sid = body["product_coupon_id"], body["stock"]["stock_id"]
    assert (body["state"], body["stock"]["state"]) == ("EFFECTIVE", "SENDING")
    assert body["stock"]["sent_count_info"] == {"total_count": 0, "today_count": 0}
    assert brand.read_stock((pid, sid)) == body["stock"]
    product = brand.client.get(f"{ROOT}/product-coupons/{pid}").json()
    assert product == {name: value for name, value in body.items() if name != "stock"}
    # The ids look like WeChat's (the spec's examples 1000000013 and 1000000013001).
    assert len(pid) == 10 and len(sid) == 13


def test_a_user_coupon_reads_its_stock_through_a_relation_never_a_copy(brand):
    stock = brand.stock(max_count=5)
    code = brand.sent(stock)
    raised = brand.budget(stock, update_mode="MAX_COUNT", current_max_count=5, target_max_count=9)
    assert raised.status_code == 200, raised.text
    assert brand.read(stock, code)["stock"]["stock_send_rule"]["max_count"] == 9
    assert brand.end_stock(stock).status_code == 200
    coupon = brand.read(stock, code)
    assert (coupon["coupon_state"], coupon["stock"]["state"]) == ("CONFIRMING", "DEACTIVATED")
    # The coupons a stock sent stay valid after it is deactivated (失效商品券批次).
    assert brand.confirm(stock, code).json()["coupon_state"] == "EFFECTIVE"


def test_the_states_a_coupon_goes_through_and_the_events_each_one_sends(brand):
    stock = brand.stock()
    sent = brand.send(stock, attach="campaign 7").json()
    code = sent["coupon_code"]
    assert sent["coupon_state"] == "CONFIRMING" and sent["send_channel"] == "API"
    assert sent["stock"]["sent_count_info"] == {"total_count": 1, "today_count": 1}
    confirmed = brand.confirm(stock, code).json()
    assert (confirmed["coupon_state"], confirmed["confirm_request_no"]) == (
        "EFFECTIVE",
        "CONFIRM_0001",
    )
    used = brand.use(stock, code).json()
    assert used["coupon_state"] == "USED"
    assert used["single_usage_detail"]["use_request_no"] == "USE_0001"
    returned = brand.give_back(stock, code).json()
    assert returned["coupon_state"] == "EFFECTIVE"
    assert returned["single_usage_detail"]["return_request_no"] == "RETURN_0001"
    ended = brand.deactivate(stock, code).json()
    assert (ended["coupon_state"], ended["deactivate_request_no"]) == (
        "DEACTIVATED",
        "DEACTIVATE_0001",
    )
    # SEND, USE and RETURN are sent; deactivating sends nothing (the webhook's description).
    assert brand.events() == [
        ("PRODUCT_COUPON.SEND", code),
        ("PRODUCT_COUPON.USE", code),
        ("PRODUCT_COUPON.RETURN", code),
    ]
    (send_event,) = [n for n in brand.server.control("GET", "notifications")["notifications"]][:1]
    assert send_event["resource"]["attach"] == "campaign 7"
    assert send_event["resource"]["product_coupon_id"] == stock[0]


def test_a_brand_without_a_notify_url_is_sent_nothing(wechatpay_mock):
    with brand_client(wechatpay_mock) as client:
        unset = client.get(f"{ROOT}/notify-configs")
        refused(unset, "getNotifyConfig", "RESOURCE_NOT_EXISTS")
        brand = Brand(client, wechatpay_mock)
        assert brand.send(brand.stock()).status_code == 200
        assert brand.events() == []


# --- budgets ----------------------------------------------------------------------------------


def test_the_total_budget_once_spent_refuses_a_send(brand):
    stock = brand.stock(max_count=2, max_count_per_user=5)
    brand.sent(stock, "SEND_0001")
    brand.sent(stock, "SEND_0002", openid=OTHER_USER)
    refused(brand.send(stock, "SEND_0003"), "sendUserProductCoupon", "INVALID_REQUEST_STOCK_BUDGET")
    raised = brand.budget(stock, update_mode="MAX_COUNT", current_max_count=2, target_max_count=3)
    assert raised.status_code == 200, raised.text
    assert brand.send(stock, "SEND_0003").status_code == 200


def test_the_daily_budget_once_spent_refuses_a_send_until_the_next_day(brand):
    stock = brand.stock(max_count_per_day=1, max_count_per_user=5)
    brand.sent(stock, "SEND_0001")
    daily = "INVALID_REQUEST_STOCK_DAILY_BUDGET"
    refused(brand.send(stock, "SEND_0002"), "sendUserProductCoupon", daily)
    brand.server.control("POST", "clock", {"advance_seconds": 86400})
    assert brand.read_stock(stock)["sent_count_info"] == {"total_count": 1, "today_count": 0}
    assert brand.send(stock, "SEND_0002").status_code == 200
    assert brand.read_stock(stock)["sent_count_info"] == {"total_count": 2, "today_count": 1}


def test_the_per_user_limit_counts_coupons_not_yet_confirmed(brand):
    stock = brand.stock(max_count_per_user=1)
    brand.sent(stock, "SEND_0001")  # CONFIRMING, and it counts (skills pack 272756740)
    refused(brand.send(stock, "SEND_0002"), "sendUserProductCoupon", "INVALID_REQUEST_USER_LIMIT")
    assert brand.send(stock, "SEND_0003", openid=OTHER_USER).status_code == 200


def test_a_budget_of_zero_is_out_of_range(brand):
    refused(brand.create(max_count=0), "createProductCoupon", "PARAM_ERROR_OUT_OF_RANGE")
    stock = brand.stock()
    zero = brand.budget(
        stock, update_mode="MAX_COUNT", current_max_count=10000000, target_max_count=0
    )
    body = refused(zero, "updateStockBudget", "PARAM_ERROR_OUT_OF_RANGE")
    assert body["detail"]["field"] == "/target_max_count"


def test_a_budget_change_names_the_budget_it_finds_and_changes_one_per_call(brand):
    stock = brand.stock(max_count=10, max_count_per_user=5)
    brand.sent(stock, "SEND_0001")
    brand.sent(stock, "SEND_0002")
    mismatch = brand.budget(
        stock, update_mode="MAX_COUNT", current_max_count=9, target_max_count=20
    )
    refused(mismatch, "updateStockBudget", "INVALID_REQUEST_BUDGET_MISMATCH")
    both = brand.budget(
        stock, update_mode="MAX_COUNT", target_max_count=20, target_max_count_per_day=5
    )
    assert refused(both, "updateStockBudget", "PARAM_ERROR")["detail"]["field"] == (
        "/target_max_count_per_day"
    )
    below = brand.budget(stock, update_mode="MAX_COUNT", current_max_count=10, target_max_count=1)
    assert brand.read_stock(stock)["sent_count_info"]["total_count"] == 2
    assert refused(below, "updateStockBudget", "PARAM_ERROR_OUT_OF_RANGE")
    # A stock without a daily budget gets one: there is no current one to name.
    daily = brand.budget(stock, update_mode="MAX_COUNT_PER_DAY", target_max_count_per_day=3)
    assert daily.json()["stock_send_rule"]["max_count_per_day"] == 3
    assert brand.end_stock(stock).status_code == 200
    ended = brand.budget(
        stock, "BUDGET_0002", update_mode="MAX_COUNT", current_max_count=10, target_max_count=20
    )
    refused(ended, "updateStockBudget", "INVALID_REQUEST_STOCK_STATE")


def test_a_deactivated_stock_sends_nothing_more(brand):
    stock = brand.stock()
    ended = brand.end_stock(stock).json()
    assert (ended["state"], ended["deactivate_request_no"]) == ("DEACTIVATED", "END_STOCK_0001")
    assert brand.end_stock(stock).json() == ended  # the same request again
    refused(
        brand.end_stock(stock, "END_STOCK_0002"), "deactivateStock", "INVALID_REQUEST_STOCK_STATE"
    )
    refused(brand.send(stock), "sendUserProductCoupon", "INVALID_REQUEST_STOCK_STATE")


def test_a_stock_past_its_period_reads_stopped_and_sends_nothing(brand):
    stock = brand.stock(days=3)
    brand.server.control("POST", "clock", {"advance_seconds": 4 * 86400})
    assert brand.read_stock(stock)["state"] == "STOPPED"
    refused(brand.send(stock), "sendUserProductCoupon", "INVALID_REQUEST_STOCK_STATE")


# --- transitions that are not allowed ---------------------------------------------------------


def test_use_before_confirm_is_an_illegal_state(brand):
    stock = brand.stock()
    code = brand.sent(stock)
    refused(brand.use(stock, code), "useUserProductCoupon", "INVALID_REQUEST_COUPON_STATE")
    assert brand.read(stock, code)["coupon_state"] == "CONFIRMING"
    assert [event for event, _ in brand.events()] == ["PRODUCT_COUPON.SEND"]  # no USE


def test_confirm_twice_with_different_request_numbers(brand):
    stock = brand.stock()
    code = brand.sent(stock)
    first = brand.confirm(stock, code, "CONFIRM_0001")
    assert brand.confirm(stock, code, "CONFIRM_0001").json() == first.json()  # a retry
    second = brand.confirm(stock, code, "CONFIRM_0002")
    refused(second, "confirmSendUserProductCoupon", "INVALID_REQUEST_COUPON_STATE")
    assert brand.read(stock, code)["confirm_request_no"] == "CONFIRM_0001"


def test_confirm_before_send_finds_no_coupon(brand):
    stock = brand.stock()
    never_sent = brand.confirm(stock, "Code_999999")
    refused(never_sent, "confirmSendUserProductCoupon", "RESOURCE_NOT_EXISTS")
    other = brand.confirm(("1000000099", stock[1]), "Code_999999")
    refused(other, "confirmSendUserProductCoupon", "RESOURCE_NOT_EXISTS_OBJECT")


@pytest.mark.parametrize("action", ["confirm", "use", "give_back", "deactivate"])
def test_a_users_coupon_named_with_another_product_coupon_or_stock_is_a_parameter_error(
    brand, action
):
    """The URL names the user's coupon, which exists; a body naming another product coupon or
    stock (one of nothing, or another of the brand's) contradicts it: 400 PARAM_ERROR naming the
    field, not 404, which would say the coupon of the URL is not there (schemathesis's stateful
    check ST302 caught the 404 when a link from the send applied the code but not the stock)."""
    stock, other = brand.stock(), brand.stock("CREATE_0002")
    code = brand.confirmed(stock)
    move = getattr(brand, action)
    for number, (named, field) in enumerate(
        [
            (("1000000099", stock[1]), "/product_coupon_id"),
            ((stock[0], "1000000099001"), "/stock_id"),
            ((stock[0], other[1]), "/stock_id"),
            (other, "/product_coupon_id"),
        ]
    ):
        answer = move(named, code, f"OTHER_{number:04d}")
        body = refused(answer, OPERATIONS[action], "PARAM_ERROR")
        assert (body["detail"]["field"], body["detail"]["location"]) == (field, "body")
        assert code in body["detail"]["issue"]
    assert brand.read(stock, code)["coupon_state"] == "EFFECTIVE"


OPERATIONS = {
    "confirm": "confirmSendUserProductCoupon",
    "use": "useUserProductCoupon",
    "give_back": "returnUserProductCoupon",
    "deactivate": "deactivateUserProductCoupon",
}


def test_the_other_refused_transitions(brand):
    stock = brand.stock()
    code = brand.sent(stock)
    refused(brand.give_back(stock, code), "returnUserProductCoupon", "INVALID_REQUEST_COUPON_STATE")
    brand.confirm(stock, code)
    brand.use(stock, code, "USE_0001")
    again = brand.use(stock, code, "USE_0002")
    refused(again, "useUserProductCoupon", "INVALID_REQUEST_COUPON_USED")
    refused(
        brand.deactivate(stock, code), "deactivateUserProductCoupon", "INVALID_REQUEST_COUPON_STATE"
    )
    brand.give_back(stock, code)
    assert brand.deactivate(stock, code).status_code == 200
    for answer, operation_id in (
        (brand.use(stock, code, "USE_0003"), "useUserProductCoupon"),
        (brand.confirm(stock, code, "CONFIRM_0002"), "confirmSendUserProductCoupon"),
        (brand.deactivate(stock, code, "DEACTIVATE_0002"), "deactivateUserProductCoupon"),
    ):
        refused(answer, operation_id, "INVALID_REQUEST_COUPON_STATE")
    assert brand.read(stock, code)["coupon_state"] == "DEACTIVATED"


def test_a_replay_answers_the_first_result_and_a_changed_one_conflicts(brand):
    stock = brand.stock()
    first = brand.send(stock, "SEND_0001")
    assert brand.send(stock, "SEND_0001").json() == first.json()
    conflict = brand.send(stock, "SEND_0001", attach="another body")
    refused(conflict, "sendUserProductCoupon", "RESOURCE_ALREADY_EXISTS")
    code = first.json()["coupon_code"]
    brand.confirm(stock, code)
    used = brand.use(stock, code)
    assert brand.use(stock, code).json() == used.json()
    assert brand.events() == [("PRODUCT_COUPON.SEND", code), ("PRODUCT_COUPON.USE", code)]


def test_a_request_number_reused_for_another_user_conflicts(brand):
    """The same body sent to another user (the openid is in the path, not the body) is another
    request: the stateful fuzz phase found the mock answering the first user's coupon to the
    second (ST302: the second user's read of it was 404)."""
    stock = brand.stock()
    brand.sent(stock, "SEND_0001")
    conflict = brand.send(stock, "SEND_0001", openid="another-user-openid")
    refused(conflict, "sendUserProductCoupon", "RESOURCE_ALREADY_EXISTS")
    assert "openid" in conflict.json()["detail"]["issue"]


def test_a_send_names_a_bound_appid_and_a_stock_of_the_brand(brand):
    stock = brand.stock()
    refused(
        brand.send(stock, appid="wx0000000000000000"),
        "sendUserProductCoupon",
        "INVALID_REQUEST_APPID",
    )
    refused(brand.send((stock[0], "1000000099999")), "sendUserProductCoupon", "RESOURCE_NOT_EXISTS")


def test_a_coupon_named_with_another_appid_of_the_brand_is_another_users_openid(brand):
    stock = brand.stock()
    code = brand.sent(stock)  # under the example's AppID
    other_appid = next(a for a in DEMO_APPIDS if a != APPID)  # also bound to the brand
    answer = brand.confirm(stock, code, appid=other_appid)
    refused(answer, "confirmSendUserProductCoupon", "INVALID_REQUEST_OPENID")
    assert brand.read(stock, code)["coupon_state"] == "CONFIRMING"


def test_only_an_api_assign_stock_takes_the_brands_coupon_code(brand):
    plain = brand.stock("CREATE_0001")
    with_code = brand.send(plain, coupon_code="MY_CODE_1")
    assert refused(with_code, "sendUserProductCoupon", "PARAM_ERROR")["detail"]["field"] == (
        "/coupon_code"
    )
    body = example("createProductCoupon", "allDiscount")
    body["out_request_no"] = "CREATE_0002"
    body["stock"]["coupon_code_mode"] = "API_ASSIGN"
    body["stock"]["single_usage_rule"]["coupon_available_period"] = {
        "available_begin_time": now().isoformat(timespec="seconds"),
        "available_end_time": (now() + datetime.timedelta(days=9)).isoformat(timespec="seconds"),
    }
    body["stock"]["stock_send_rule"]["max_count_per_user"] = 5
    created = brand.client.post(f"{ROOT}/product-coupons", json=body).json()
    assigned = (created["product_coupon_id"], created["stock"]["stock_id"])
    refused(brand.send(assigned), "sendUserProductCoupon", "PARAM_ERROR")
    assert brand.send(assigned, coupon_code="MY_CODE_1").json()["coupon_code"] == "MY_CODE_1"
    again = brand.send(assigned, "SEND_0002", coupon_code="MY_CODE_1")
    assert refused(again, "sendUserProductCoupon", "PARAM_ERROR")["detail"]["issue"] == (
        "already sent from this stock"
    )


# --- the notify URL ---------------------------------------------------------------------------


def test_a_notify_url_that_is_not_http_is_refused_and_loopback_is_allowed(wechatpay_mock):
    with brand_client(wechatpay_mock) as client:
        for url in ("ftp://example.com/notify", "https://example.com/notify?x=1"):
            answer = client.post(f"{ROOT}/notify-configs", json={"notify_url": url})
            assert refused(answer, "setNotifyConfig", "PARAM_ERROR")["detail"]["field"] == (
                "/notify_url"
            )
        refused(client.get(f"{ROOT}/notify-configs"), "getNotifyConfig", "RESOURCE_NOT_EXISTS")
        loopback = client.post(
            f"{ROOT}/notify-configs", json={"notify_url": "http://127.0.0.1:9/n"}
        )
        assert loopback.status_code == 200
        assert client.get(f"{ROOT}/notify-configs").json() == loopback.json()


# --- time: validity, expiry, periods ----------------------------------------------------------


def test_a_coupon_confirmed_before_its_validity_is_pending_until_it_begins(brand):
    stock = brand.stock(begins=2, days=10)
    code = brand.sent(stock)
    assert brand.confirm(stock, code).json()["coupon_state"] == "PENDING"
    refused(brand.use(stock, code), "useUserProductCoupon", "INVALID_REQUEST_OUT_OF_PERIOD")
    brand.server.control("POST", "clock", {"advance_seconds": 3 * 86400})
    assert brand.read(stock, code)["coupon_state"] == "EFFECTIVE"
    assert brand.use(stock, code).status_code == 200


def test_expiry_is_what_the_business_clock_shows(brand):
    seeded = brand.read(("1000000016", "1000000016001"), "Code_123459")
    assert seeded["coupon_state"] == "EXPIRED"  # stored EFFECTIVE, its validity ended in March
    stock = brand.stock(days=5)
    code = brand.confirmed(stock)
    expired = brand.server.control(
        "POST", "events/coupon-expired", {"openid": BRAND_OPENID, "coupon_code": code}
    )
    assert expired["coupon"]["coupon_state"] == "EXPIRED"
    refused(brand.use(stock, code), "useUserProductCoupon", "INVALID_REQUEST_COUPON_EXPIRED")
    refused(
        brand.deactivate(stock, code),
        "deactivateUserProductCoupon",
        "INVALID_REQUEST_COUPON_EXPIRED_FINAL",
    )
    brand.server.control("POST", "clock", {"offset_seconds": 0})
    assert brand.read(stock, code)["coupon_state"] == "EFFECTIVE"


def test_a_coupon_is_used_on_the_days_of_its_weekly_period_only(brand):
    today = now().strftime("%A").upper()
    other = next(day for day in ("MONDAY", "TUESDAY") if day != today)
    stock = brand.stock(weekdays=[other])
    code = brand.confirmed(stock)
    refused(brand.use(stock, code), "useUserProductCoupon", "INVALID_REQUEST_OUT_OF_RULE_PERIOD")


# --- events outside the API -------------------------------------------------------------------


def test_a_user_takes_a_coupon_in_wechat_and_the_brand_is_told(brand):
    stock = brand.stock(max_count_per_user=1)
    taken_by = {"openid": BRAND_OPENID, "appid": APPID}
    taken_by.update(product_coupon_id=stock[0], stock_id=stock[1])
    taken = brand.server.control("POST", "events/coupon-received", taken_by)["coupon"]
    # The spec's first send_channel other than the send API's.
    assert (taken["coupon_state"], taken["send_channel"]) == ("CONFIRMING", "BRAND_MANAGE")
    assert "attach" not in taken
    assert brand.events() == [("PRODUCT_COUPON.SEND", taken["coupon_code"])]
    assert brand.confirm(stock, taken["coupon_code"]).json()["coupon_state"] == "EFFECTIVE"
    with pytest.raises(MockControlError, match="INVALID_REQUEST 用户领取券张数已达上限"):
        brand.server.control(
            "POST", "events/coupon-received", {**taken_by, "send_channel": "RECEIVE_COMPONENT"}
        )
    with pytest.raises(MockControlError, match="send_channel must be one of BRAND_MANAGE"):
        brand.server.control(
            "POST",
            "events/coupon-received",
            {
                **dict.fromkeys(("openid", "appid", "product_coupon_id", "stock_id"), "x"),
                "send_channel": "API",
            },
        )


def test_a_coupon_the_user_deleted_is_refused_and_nothing_is_sent(brand):
    stock = brand.stock()
    code = brand.confirmed(stock)
    deleted = brand.server.control(
        "POST", "events/coupon-deleted", {"openid": BRAND_OPENID, "coupon_code": code}
    )
    assert deleted["coupon"]["coupon_state"] == "DELETED"
    refused(brand.use(stock, code), "useUserProductCoupon", "INVALID_REQUEST_COUPON_DELETED")
    assert [event for event, _ in brand.events()] == ["PRODUCT_COUPON.SEND"]
    with pytest.raises(MockControlError, match="has no coupon Code_000000"):
        brand.server.control(
            "POST", "events/coupon-deleted", {"openid": BRAND_OPENID, "coupon_code": "Code_000000"}
        )


# --- the list, page by page -------------------------------------------------------------------


def test_the_list_pages_by_token_until_the_last_page(brand):
    stock = brand.stock(max_count_per_user=5)
    codes = [brand.sent(stock, f"SEND_000{n}") for n in range(3)]
    seen, token, pages = [], None, 0
    while True:
        params = {"page_size": 2, **({"page_token": token} if token else {})}
        page = brand.page(**params)
        assert page.status_code == 200, page.text
        seen += [c["coupon_code"] for c in page.json()["user_coupon_list"]]
        pages += 1
        token = page.json().get("next_page_token")
        if token is None:
            break
    total = page.json()["total_count"]
    assert len(seen) == total == len(set(seen)) and set(codes) <= set(seen)
    assert pages == (total + 1) // 2
    # Filters: a stock, a state; each coupon reads its stock and product coupon.
    mine = brand.page(stock_id=stock[1], coupon_state="CONFIRMING").json()
    assert [c["coupon_code"] for c in mine["user_coupon_list"]] == codes
    assert {c["product_coupon"]["product_coupon_id"] for c in mine["user_coupon_list"]} == {
        stock[0]
    }
    by_product = brand.page(product_coupon_id=stock[0]).json()
    assert by_product["total_count"] == 3 and "next_page_token" not in by_product


def test_a_bad_or_foreign_page_token_is_refused(brand):
    stock = brand.stock(max_count_per_user=5)
    for n in range(3):
        brand.sent(stock, f"SEND_000{n}")
    token = brand.page(stock_id=stock[1], page_size=1).json()["next_page_token"]
    assert brand.page(stock_id=stock[1], page_size=1, page_token=token).status_code == 200
    for params in (
        {"page_token": token},  # another filter
        {"stock_id": stock[1], "page_token": token[:-2] + "AA"},
        {"stock_id": stock[1], "page_token": "not-a-token"},
    ):
        body = refused(brand.page(**params), "listUserProductCoupons", "PARAM_ERROR")
        assert body["detail"]["field"] == "page_token"
    other = brand.page(openid=OTHER_USER, stock_id=stock[1], page_token=token)
    refused(other, "listUserProductCoupons", "PARAM_ERROR")


def test_a_page_larger_than_the_spec_allows_is_refused(brand):
    refused(brand.page(page_size=51), "listUserProductCoupons", "PARAM_ERROR")


# --- the create page's documented refusals ----------------------------------------------------


def single_product(body):
    body["scope"] = "SINGLE"
    body.pop("single_usage_info")
    return body


CREATE_REFUSALS = [
    ("INVALID_REQUEST_SINGLE_USAGE_INFO", lambda b: b.pop("single_usage_info")),
    ("INVALID_REQUEST_DISCOUNT_RULE", lambda b: b["single_usage_info"].pop("discount_coupon")),
    (
        "INVALID_REQUEST_NORMAL_RULE",
        lambda b: b.update(type="NORMAL"),
    ),
    ("PARAM_ERROR_INVALID", lambda b: b.update(type="EXCHANGE")),
    (
        "INVALID_REQUEST_SINGLE_USAGE_RULE",
        lambda b: b["stock"]["single_usage_rule"].update(
            discount_coupon={"threshold": 0, "percent_off": 10}
        ),
    ),
    (
        "INVALID_REQUEST_SINGLE_PRODUCT_RULE",
        lambda b: b.update(scope="SINGLE"),
    ),
    ("INVALID_REQUEST_ORIGINAL_PRICE", single_product),
    (
        "INVALID_REQUEST_MINI_PROGRAM_APPID",
        lambda b: b["stock"]["usage_rule_display_info"].pop("mini_program_appid"),
    ),
    (
        "INVALID_REQUEST_MINI_PROGRAM_PATH",
        lambda b: b["stock"]["usage_rule_display_info"].pop("mini_program_path"),
    ),
    (
        "INVALID_REQUEST_APP_PATH",
        lambda b: b["stock"]["usage_rule_display_info"]["coupon_usage_method_list"].append("APP"),
    ),
    (
        "INVALID_REQUEST_DAY_LIST",
        lambda b: b["stock"]["single_usage_rule"]["coupon_available_period"].update(
            weekly_available_period={"day_period_list": [{"begin_time": 0, "end_time": 3600}]}
        ),
    ),
    (
        "PARAM_ERROR_INVALID",
        lambda b: b["stock"]["single_usage_rule"]["coupon_available_period"].update(
            available_end_time="2025-07-01T00:00:00+08:00"
        ),
    ),
    (
        "PARAM_ERROR_OUT_OF_RANGE",
        lambda b: b["stock"]["single_usage_rule"]["coupon_available_period"].update(
            available_end_time="2027-08-01T00:00:00+08:00"
        ),
    ),
    ("PARAM_ERROR_TOO_SHORT", lambda b: b["display_info"].update(name="满减")),
    ("PARAM_ERROR_TOO_LONG", lambda b: b["stock"].update(remark="备" * 21)),
]


@pytest.mark.parametrize(("name", "change"), CREATE_REFUSALS)
def test_the_create_pages_refusals(wechatpay_mock, name, change):
    body = example("createProductCoupon", "allDiscount")
    change(body)
    with brand_client(wechatpay_mock) as client:
        answer = client.post(f"{ROOT}/product-coupons", json=body)
    refused(answer, "createProductCoupon", name)


# --- the seed: the spec's examples reach 2xx ---------------------------------------------------


def test_the_spec_examples_of_each_operation_succeed_against_the_demo_seed(wechatpay_mock):
    """The order a campaign runs in, each request the spec's own example (the ids of documents
    001 and 006), as the README and schemathesis's examples phase send them."""
    seeded = ("1000000013", "1000000013001")
    code = "Code_123456"
    with brand_client(wechatpay_mock) as client:
        brand = Brand(client, wechatpay_mock)
        stock_path = STOCK.format(pid=seeded[0], sid=seeded[1])
        coupon_path = COUPON.format(openid=BRAND_OPENID, code=code)
        calls = [
            ("POST", f"{ROOT}/notify-configs", example("setNotifyConfig")),
            ("POST", f"{ROOT}/product-coupons", example("createProductCoupon", "allDiscount")),
            ("POST", f"{ROOT}/product-coupons", example("createProductCoupon", "singleExchange")),
            ("POST", f"{stock_path}/update-budget", example("updateStockBudget", "raiseTotal")),
            ("POST", f"{stock_path}/update-budget", example("updateStockBudget", "dailyLimit")),
            ("POST", COUPONS.format(openid=BRAND_OPENID), example("sendUserProductCoupon", "send")),
            (
                "POST",
                COUPONS.format(openid=BRAND_OPENID),
                example("sendUserProductCoupon", "memberCoupon"),
            ),
            ("POST", f"{coupon_path}/confirm", example("confirmSendUserProductCoupon")),
            ("POST", f"{coupon_path}/use", example("useUserProductCoupon")),
            ("POST", f"{coupon_path}/return", example("returnUserProductCoupon")),
            ("POST", f"{coupon_path}/deactivate", example("deactivateUserProductCoupon")),
            ("POST", f"{stock_path}/deactivate", example("deactivateStock")),
        ]
        for method, path, body in calls:
            answer = client.request(method, path, json=body)
            assert answer.status_code == 200, (path, answer.text)
        assert brand.read(seeded, code)["coupon_state"] == "DEACTIVATED"
        for path in (f"{ROOT}/product-coupons/{seeded[0]}", stock_path, f"{ROOT}/notify-configs"):
            assert client.get(path).status_code == 200
        assert brand.page().json()["total_count"] >= 7


def test_the_demo_seed_holds_coupons_in_several_states_related_not_copied(wechatpay_mock):
    with brand_client(wechatpay_mock) as client:
        listed = Brand(client, wechatpay_mock).page(page_size=50).json()["user_coupon_list"]
    states = {c["coupon_state"] for c in listed}
    assert {"EFFECTIVE", "CONFIRMING", "USED", "DEACTIVATED", "EXPIRED"} <= states
    seed = wechatpay_mock.credentials.data_dir / "seed.json"
    entries = json.loads(seed.read_text(encoding="utf-8"))["getUserProductCoupon"]
    assert all("stock" not in e["body"] and "product_coupon" not in e["body"] for e in entries)
    assert all(set(e["relations"]) == {"stock", "product_coupon"} for e in entries)
