"""Brand product coupons (商品券): their rules, how they read over time, and the events outside the
API.

A product coupon (served by ``getProductCoupon``) has stocks (``getStock``); a stock sends user
coupons (``getUserProductCoupon``, listed by ``listUserProductCoupons``), which read their
product coupon and their stock through relations, never copies: a stock's budget raised or its
state changed is what every coupon of it reads. The brand's notify URL is a ``getNotifyConfig``
entity (one per brand, unset until ``setNotifyConfig``).

The states are the spec's enums and the transitions those the operations' descriptions and the
skills pack's state notes give (券状态流转说明): a coupon is sent ``CONFIRMING`` (and
``PRODUCT_COUPON.SEND`` is queued), confirmed ``EFFECTIVE`` (``PENDING`` before its validity
begins), used ``USED`` (``.USE``), returned ``EFFECTIVE`` again (``.RETURN``), deactivated
``DEACTIVATED`` (nothing sent). Expiry is a view: a coupon not yet used past its
``valid_end_time`` reads ``EXPIRED`` by the business clock, as a stock past its period reads
``STOPPED``. Every refusal is an error example of the operation, by name (ERRATA 44–49).

Notifications go to the brand's notify URL when it has one; a brand without one is sent nothing,
as WeChat Pay cannot either.
"""

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .context import Answer, Context
from .declarations import Rule, Uses, View
from .entities import attribute, matching, visible_to
from .notifications import notify_url_problem
from .pointer import MISSING, at_pointer
from .relations import RELATIONS
from .store import Entity

CHINA = datetime.timezone(datetime.timedelta(hours=8))

PRODUCT_COUPON, STOCK, USER_COUPON = "getProductCoupon", "getStock", "getUserProductCoupon"
# The operation whose error examples a coupon taken in WeChat's channels is refused with.
SEND_OPERATION = "sendUserProductCoupon"
NOTIFY_CONFIG = "getNotifyConfig"
WEBHOOK = "productCouponNotification"
SEND_EVENT, USE_EVENT, RETURN_EVENT = (
    "PRODUCT_COUPON.SEND",
    "PRODUCT_COUPON.USE",
    "PRODUCT_COUPON.RETURN",
)

# A user coupon's states (UserProductCouponState) and the field that holds them.
COUPON_STATE = "coupon_state"
CONFIRMING, PENDING, EFFECTIVE, USED = "CONFIRMING", "PENDING", "EFFECTIVE", "USED"
EXPIRED, DELETED, DEACTIVATED = "EXPIRED", "DELETED", "DEACTIVATED"
# What the view shows over time: a coupon in these states expires, one in the first two begins.
NOT_YET_USED = (CONFIRMING, PENDING, EFFECTIVE)
# A stock's states (ProductCouponStockState), and the product coupon's one state the mock sets.
STATE = "state"
SENDING, PAUSED, STOPPED = "SENDING", "PAUSED", "STOPPED"
PRODUCT_EFFECTIVE = "EFFECTIVE"
# The channel of the send API (UserProductCouponSendChannel).
API_CHANNEL = "API"
SINGLE, BUNDLE = "SINGLE", "PROGRESSIVE_BUNDLE"
WHOLE_STORE, SINGLE_PRODUCT = "ALL", "SINGLE"
# Code modes: only API_ASSIGN takes the brand's code on send (SendUserProductCouponRequest).
API_ASSIGN = "API_ASSIGN"
MAX_COUNT, MAX_COUNT_PER_DAY = "MAX_COUNT", "MAX_COUNT_PER_DAY"
MINI_PROGRAM, APP = "MINI_PROGRAM", "APP"
# The discount rule each coupon type carries (the create request's description: normal_coupon
# when type=NORMAL, …); binding checks each is a field of the request.
RULE_OF_TYPE = {
    "NORMAL": "normal_coupon",
    "DISCOUNT": "discount_coupon",
    "EXCHANGE": "exchange_coupon",
}
# The budget each update mode changes, and the request's fields for it (ERRATA 47).
BUDGETS = {
    MAX_COUNT: ("max_count", "current_max_count", "target_max_count"),
    MAX_COUNT_PER_DAY: (
        "max_count_per_day",
        "current_max_count_per_day",
        "target_max_count_per_day",
    ),
}
# The user coupon's field that reads its stock (a relation).
STOCK_FIELD = "stock"
# A stock's attribute: the business day (China time) its sent_count_info.today_count counts.
SENT_DAY = "sent_day"
# Where a stock keeps its period: its single-use rule (the only mode the spec creates).
PERIOD = "/single_usage_rule/coupon_available_period"
BUNDLE_PERIOD = "/progressive_bundle_usage_rule/coupon_available_period"
LONGEST_PERIOD = datetime.timedelta(days=365)


def _time(value: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))


def _stamp(moment: datetime.datetime) -> str:
    return moment.astimezone(CHINA).isoformat(timespec="seconds")


def _day(moment: datetime.datetime) -> str:
    return moment.astimezone(CHINA).date().isoformat()


def _period(stock: Mapping[str, Any]) -> Mapping[str, Any]:
    for pointer in (PERIOD, BUNDLE_PERIOD):
        found = at_pointer(stock, pointer)
        if isinstance(found, Mapping):
            return found
    return {}


# --- views: how a coupon and a stock read at the business time --------------------------------


def user_coupon_as_of(
    coupon: Mapping[str, Any], now: datetime.datetime, attrs: Mapping[str, Any]
) -> Mapping[str, Any]:
    """A confirmed coupon reads PENDING until its validity begins, then EFFECTIVE; one not yet
    used reads EXPIRED once its validity has ended (WeChat's states; no API call moves them)."""
    state = coupon.get(COUPON_STATE)
    shown = state
    begins, ends = coupon.get("valid_begin_time"), coupon.get("valid_end_time")
    if state in (PENDING, EFFECTIVE) and begins:
        shown = PENDING if now < _time(begins) else EFFECTIVE
    if state in NOT_YET_USED and ends and now > _time(ends):
        shown = EXPIRED
    return coupon if shown == state else {**coupon, COUPON_STATE: shown}


def stock_as_of(
    stock: Mapping[str, Any], now: datetime.datetime, attrs: Mapping[str, Any]
) -> Mapping[str, Any]:
    """A stock past the end of its period reads STOPPED (已停止，当前已到达结束时间), and its
    ``today_count`` is 0 on a day it has sent nothing yet."""
    shown = dict(stock)
    ends = _period(stock).get("available_end_time")
    if stock.get(STATE) in (SENDING, PAUSED) and ends and now > _time(ends):
        shown[STATE] = STOPPED
    counted = stock.get("sent_count_info")
    if attrs.get(SENT_DAY) not in (None, _day(now)) and isinstance(counted, Mapping):
        shown["sent_count_info"] = {**counted, "today_count": 0}
    return stock if shown == stock else shown


# --- finding what a request names --------------------------------------------------------------


@dataclass(frozen=True)
class _Stock:
    """A stock the caller named, with its product coupon, each as it reads now."""

    product: Mapping[str, Any]
    entity: Entity
    body: Mapping[str, Any]


@dataclass(frozen=True)
class _Coupon:
    """A user coupon the caller named, as it reads now, and its stock."""

    entity: Entity
    body: Mapping[str, Any]
    stock: _Stock


def _appid_refused(ctx: Context) -> Answer | None:
    appid = ctx.request.body.get("appid")
    if appid is None or appid in ctx.settings.appids_of(ctx.caller):
        return None
    return ctx.error(
        "INVALID_REQUEST_APPID",
        detail={"field": "/appid", "location": "body", "issue": "not bound to the brand"},
    )


def _stock(ctx: Context, product_coupon_id: str, stock_id: str, missing: str) -> _Stock | Answer:
    """The caller's stock ``stock_id`` of product coupon ``product_coupon_id``, or the error
    ``missing`` (当前访问对象不存在, ERRATA 44) naming which of the two is not the caller's."""
    products = matching(
        ctx, {"product_coupon_id": product_coupon_id}, ctx.operations[PRODUCT_COUPON]
    )
    if not products:
        return ctx.error(
            missing,
            detail={"field": "product_coupon_id", "issue": "no product coupon of the brand"},
        )
    stocks = matching(
        ctx,
        {"product_coupon_id": product_coupon_id, "stock_id": stock_id},
        ctx.operations[STOCK],
    )
    if not stocks:
        return ctx.error(
            missing,
            detail={"field": "stock_id", "issue": "no stock of that product coupon"},
        )
    entity, body = stocks[0]
    return _Stock(products[0][1], entity, body)


def _coupon(ctx: Context) -> _Coupon | Answer:
    """The user coupon a confirm, use, return or deactivate names (path and body), or its
    refusal: AppID not the brand's, product coupon or stock not the brand's (404 …_OBJECT),
    no such coupon of that stock for that user under that AppID (404 用户券不存在)."""
    body, path = ctx.request.body, ctx.request.path
    refused = _appid_refused(ctx)
    if refused is not None:
        return refused
    stock = _stock(ctx, body["product_coupon_id"], body["stock_id"], "RESOURCE_NOT_EXISTS_OBJECT")
    if isinstance(stock, Answer):
        return stock
    criteria = {
        "openid": path["openid"],
        "coupon_code": path["coupon_code"],
        "product_coupon_id": body["product_coupon_id"],
        "stock_id": body["stock_id"],
        "appid": body["appid"],
    }
    found = matching(ctx, criteria, ctx.operations[USER_COUPON])
    if not found:
        return ctx.error(
            "RESOURCE_NOT_EXISTS",
            detail={
                "field": "coupon_code",
                "location": "path",
                "issue": "the user has no such coupon of that stock under that AppID",
            },
        )
    entity, coupon = found[0]
    return _Coupon(entity, coupon, stock)


def _usage_detail_field(product: Mapping[str, Any]) -> str:
    return (
        "progressive_bundle_usage_detail"
        if product.get("usage_mode") == BUNDLE
        else "single_usage_detail"
    )


def _refuse_state(
    ctx: Context, state: Any, expired: str = "INVALID_REQUEST_COUPON_EXPIRED"
) -> Answer:
    """The refusal of a coupon in ``state`` for this operation (ERRATA 45)."""
    issue = {"field": "coupon_code", "location": "path", "issue": f"the coupon is {state}"}
    if state == EXPIRED:
        return ctx.error(expired, detail=issue)
    if state == DELETED:
        return ctx.error("INVALID_REQUEST_COUPON_DELETED", detail=issue)
    return ctx.error("INVALID_REQUEST_COUPON_STATE", detail=issue)


def _bundle_refused(ctx: Context, product: Mapping[str, Any]) -> Answer | None:
    if product.get("usage_mode") != BUNDLE:
        return None
    return ctx.error(
        "PARAM_ERROR",
        detail={
            "field": "stock_id",
            "issue": "a PROGRESSIVE_BUNDLE stock is sent, budgeted and deactivated through the "
            "stock-bundle operations, which the spec does not hold (ERRATA 43)",
        },
    )


def _changed(ctx: Context, entity: Entity, changes: Mapping[str, Any]) -> Entity:
    """``entity`` with ``changes`` to its own body, in the request's transaction."""
    assert ctx.db is not None, "a state-changing rule runs in a transaction"
    ctx.store.replace_body(ctx.db, entity, {**entity.body, **changes})
    found = ctx.store.entities(entity.operation)
    return next(e for e in found if e.seq == entity.seq)


def _event(
    ctx: Context, event_type: str, entity: Entity, coupon: Mapping[str, Any]
) -> dict[str, Any]:
    """The decrypted resource of ``event_type`` about ``coupon``: the coupon's values of the
    fields the webhook's ``x-event-types`` schema lists (a field it has none of is left out)."""
    reading = ctx.operations[USER_COUPON]
    resource: dict[str, Any] = {}
    for name in ctx.webhooks[WEBHOOK].events[event_type].fields:
        value = attribute(reading, entity.attrs, coupon, name)
        if value is not MISSING:
            resource[name] = value
    return resource


def _notify(ctx: Context, event_type: str, entity: Entity, coupon: Mapping[str, Any]) -> None:
    """Queue ``event_type`` about ``coupon`` for the brand's notify URL, if it has set one."""
    configs = matching(ctx, {}, ctx.operations[NOTIFY_CONFIG])
    if configs:
        url = configs[0][1]["notify_url"]
        ctx.notify(WEBHOOK, event_type, _event(ctx, event_type, entity, coupon), url=url)


def _read(ctx: Context, entity: Entity) -> Mapping[str, Any]:
    # The entity as a read answers it now, after the rule's own change.
    return ctx.view(entity)


# --- the notify URL -------------------------------------------------------------------------------


def set_notify_config(ctx: Context) -> Answer:
    """设置商品券事件通知地址: one URL per brand, replaced by each call (http(s) only; the mock
    allows loopback, unlike WeChat Pay)."""
    url = ctx.request.body["notify_url"]
    problem = notify_url_problem(url)
    if problem is not None:
        return ctx.error(
            "PARAM_ERROR", detail={"field": "/notify_url", "location": "body", "issue": problem}
        )
    owner = ctx.caller.principal
    config = {"notify_url": url, "update_time": _stamp(ctx.now)}
    added = ctx.add_entity(NOTIFY_CONFIG, config, attrs={"id": owner, "owners": [owner]})
    return Answer(200, _read(ctx, added))


# --- product coupons and their stocks -----------------------------------------------------------


def _create_refusal(ctx: Context) -> Answer | None:
    """What the create operation's documented 400s refuse in a body the schema accepts."""
    body = ctx.request.body
    scope, kind, stock = body["scope"], body["type"], body["stock"]
    rule = stock["single_usage_rule"]
    wanted = RULE_OF_TYPE[kind]
    info = body.get("single_usage_info")

    def refuse(name: str, field: str, issue: str) -> Answer:
        return ctx.error(name, detail={"field": field, "location": "body", "issue": issue})

    if scope == WHOLE_STORE:
        if kind not in ("NORMAL", "DISCOUNT"):
            return refuse("PARAM_ERROR_INVALID", "/type", f"scope {scope} takes NORMAL or DISCOUNT")
        if info is None:
            return refuse("INVALID_REQUEST_SINGLE_USAGE_INFO", "/single_usage_info", "required")
        if wanted not in info:
            name = (
                "INVALID_REQUEST_NORMAL_RULE"
                if kind == "NORMAL"
                else "INVALID_REQUEST_DISCOUNT_RULE"
            )
            return refuse(name, f"/single_usage_info/{wanted}", f"required for type {kind}")
        extra = [name for name in RULE_OF_TYPE.values() if name in rule]
        if extra:
            return refuse(
                "INVALID_REQUEST_SINGLE_USAGE_RULE",
                f"/stock/single_usage_rule/{extra[0]}",
                "a whole-store coupon carries its rule in single_usage_info, not here",
            )
    else:
        display = body["display_info"]
        if info is not None:
            return refuse(
                "INVALID_REQUEST_SINGLE_PRODUCT_RULE",
                "/single_usage_info",
                f"not for scope {scope}",
            )
        if "original_price" not in display:
            return refuse(
                "INVALID_REQUEST_ORIGINAL_PRICE", "/display_info/original_price", "required"
            )
        if not display.get("combo_package_list"):
            return refuse(
                "INVALID_REQUEST_COMBO_PACKAGE", "/display_info/combo_package_list", "required"
            )
        misplaced = [name for name in RULE_OF_TYPE.values() if name in rule and name != wanted]
        if wanted not in rule or misplaced:
            where = f"/stock/single_usage_rule/{misplaced[0] if misplaced else wanted}"
            return refuse(
                "INVALID_REQUEST_SINGLE_USAGE_RULE", where, f"the rule of type {kind}, and only it"
            )
    display_rules = stock["usage_rule_display_info"]
    methods = display_rules.get("coupon_usage_method_list", [])
    if MINI_PROGRAM in methods:
        for field, name in (
            ("mini_program_appid", "INVALID_REQUEST_MINI_PROGRAM_APPID"),
            ("mini_program_path", "INVALID_REQUEST_MINI_PROGRAM_PATH"),
        ):
            if field not in display_rules:
                return refuse(name, f"/stock/usage_rule_display_info/{field}", "required")
    if APP in methods and "app_path" not in display_rules:
        return refuse(
            "INVALID_REQUEST_APP_PATH", "/stock/usage_rule_display_info/app_path", "required"
        )
    period = rule["coupon_available_period"]
    where = "/stock/single_usage_rule/coupon_available_period"
    weekly = period.get("weekly_available_period", {})
    if weekly.get("day_period_list") and not weekly.get("day_list"):
        return refuse(
            "INVALID_REQUEST_DAY_LIST", f"{where}/weekly_available_period/day_list", "required"
        )
    begins, ends = _time(period["available_begin_time"]), _time(period["available_end_time"])
    if ends <= begins:
        return refuse(
            "PARAM_ERROR_INVALID", f"{where}/available_end_time", "must be after the beginning"
        )
    if ends - begins > LONGEST_PERIOD:
        return refuse(
            "PARAM_ERROR_OUT_OF_RANGE",
            f"{where}/available_end_time",
            "at most 365 days after the beginning",
        )
    if "wait_days_after_receive" in period and "available_days" not in period:
        return refuse(
            "PARAM_ERROR_INVALID",
            f"{where}/wait_days_after_receive",
            "only together with available_days",
        )
    return None


def create_product_coupon(ctx: Context) -> Answer:
    """创建商品券: the product coupon (EFFECTIVE) and its stock (SENDING), each with a new id,
    holding the request's fields that their schemas have."""
    refused = _create_refusal(ctx)
    if refused is not None:
        return refused
    body, owner = ctx.request.body, ctx.caller.principal
    product_coupon_id = ctx.new_id(PRODUCT_COUPON, "/product_coupon_id")
    stock_id = ctx.new_id(STOCK, "/stock_id")
    product_fields = ctx.operations[PRODUCT_COUPON].response_fields
    product = {"product_coupon_id": product_coupon_id}
    product.update({name: body[name] for name in product_fields if name in body})
    product[STATE] = PRODUCT_EFFECTIVE
    stock_fields = ctx.operations[STOCK].response_fields
    stock = {"product_coupon_id": product_coupon_id, "stock_id": stock_id}
    stock.update({name: body["stock"][name] for name in stock_fields if name in body["stock"]})
    stock.update(
        {
            "coupon_code_count_info": {"total_count": 0, "available_count": 0},
            "sent_count_info": {"total_count": 0, "today_count": 0},
            STATE: SENDING,
        }
    )
    added = ctx.add_entity(
        PRODUCT_COUPON, product, attrs={"id": product_coupon_id, "owners": [owner]}
    )
    stock_entity = ctx.add_entity(STOCK, stock, attrs={"id": stock_id, "owners": [owner]})
    return Answer(200, {**_read(ctx, added), "stock": _read(ctx, stock_entity)})


def update_stock_budget(ctx: Context) -> Answer:
    """修改商品券批次发放预算: one budget per call (ERRATA 47): the ``current_*`` of the mode must
    be the stock's, the ``target_*`` at least what is already sent (total)."""
    body, path = ctx.request.body, ctx.request.path
    found = _stock(ctx, path["product_coupon_id"], path["stock_id"], "RESOURCE_NOT_EXISTS")
    if isinstance(found, Answer):
        return found
    refused = _bundle_refused(ctx, found.product)
    if refused is not None:
        return refused
    if found.body.get(STATE) in (DEACTIVATED, STOPPED):
        return ctx.error(
            "INVALID_REQUEST_STOCK_STATE",
            detail={"field": "stock_id", "issue": f"the stock is {found.body.get(STATE)}"},
        )
    mode = body["update_mode"]
    budget, current_field, target_field = BUDGETS[mode]
    for other, (_, *fields) in BUDGETS.items():
        given = [field for field in fields if field in body and other != mode]
        if given:
            return ctx.error(
                "PARAM_ERROR",
                detail={
                    "field": f"/{given[0]}",
                    "location": "body",
                    "issue": f"belongs to update_mode {other}; one budget per call",
                },
            )
    if target_field not in body:
        return ctx.error(
            "PARAM_ERROR",
            detail={
                "field": f"/{target_field}",
                "location": "body",
                "issue": f"required for {mode}",
            },
        )
    rule = dict(found.body.get("stock_send_rule", {}))
    if body.get(current_field) != rule.get(budget):
        if current_field not in body:
            return ctx.error(
                "PARAM_ERROR",
                detail={
                    "field": f"/{current_field}",
                    "location": "body",
                    "issue": f"required for {mode}",
                },
            )
        return ctx.error(
            "INVALID_REQUEST_BUDGET_MISMATCH",
            detail={
                "field": f"/{current_field}",
                "location": "body",
                "issue": f"the stock's {budget} is {rule.get(budget, 'unset')}",
            },
        )
    sent = found.body.get("sent_count_info", {}).get("total_count", 0)
    if mode == MAX_COUNT and body[target_field] < sent:
        return ctx.error(
            "PARAM_ERROR_OUT_OF_RANGE",
            detail={
                "field": f"/{target_field}",
                "location": "body",
                "issue": f"below the {sent} coupons the stock has sent",
            },
        )
    rule[budget] = body[target_field]
    changed = _changed(ctx, found.entity, {"stock_send_rule": rule})
    return Answer(200, _read(ctx, changed))


def deactivate_stock(ctx: Context) -> Answer:
    """失效商品券批次: a SENDING or PAUSED stock becomes DEACTIVATED; the coupons it sent stay as
    they are (they read the stock's new state through their relation)."""
    body, path = ctx.request.body, ctx.request.path
    found = _stock(ctx, path["product_coupon_id"], path["stock_id"], "RESOURCE_NOT_EXISTS")
    if isinstance(found, Answer):
        return found
    state = found.body.get(STATE)
    if state == DEACTIVATED and found.body.get("deactivate_request_no") == body["out_request_no"]:
        return Answer(200, found.body)  # this very deactivation, made before
    if state not in (SENDING, PAUSED):
        return ctx.error(
            "INVALID_REQUEST_STOCK_STATE",
            detail={"field": "stock_id", "issue": f"the stock is {state}, not SENDING or PAUSED"},
        )
    changed = _changed(
        ctx,
        found.entity,
        {
            STATE: DEACTIVATED,
            "deactivate_request_no": body["out_request_no"],
            "deactivate_time": _stamp(ctx.now),
            "deactivate_reason": body["deactivate_reason"],
        },
    )
    return Answer(200, _read(ctx, changed))


# --- user coupons ---------------------------------------------------------------------------------


def _validity(stock: Mapping[str, Any], received: datetime.datetime) -> tuple[str, str]:
    """A coupon's valid_begin_time and valid_end_time, received at ``received`` from ``stock``:
    the stock's period, begun ``wait_days_after_receive`` after receipt and lasting
    ``available_days`` (生效后N天内有效) when the stock sets them."""
    period = _period(stock)
    begins = max(_time(period["available_begin_time"]), received)
    ends = _time(period["available_end_time"])
    if "available_days" in period:
        begins = max(
            begins, received + datetime.timedelta(days=period.get("wait_days_after_receive", 0))
        )
        ends = min(ends, begins + datetime.timedelta(days=period["available_days"]))
    return _stamp(begins), _stamp(ends)


@dataclass(frozen=True)
class _Sent:
    """The user coupons by what a send checks: send_request_no, the coupons a user holds of a
    stock, the codes a stock has sent (built once per change of any entity, from the stored
    bodies and relations: nothing composed)."""

    by_request_no: Mapping[str, list[Entity]]
    held: Mapping[tuple[str | None, Any], int]
    codes: frozenset[tuple[str | None, Any]]


def _sent(ctx: Context) -> _Sent:
    stocks = ctx.source_of(STOCK)

    def build(entities: list[Entity]) -> _Sent:
        by_request_no: dict[str, list[Entity]] = {}
        held: dict[tuple[str | None, Any], int] = {}
        codes: set[tuple[str | None, Any]] = set()
        for entity in entities:
            by_request_no.setdefault(str(entity.body.get("send_request_no")), []).append(entity)
            # The relation is the coupon's field "stock" (as issue_coupon and the seed make it).
            related = entity.attrs.get(RELATIONS, {}).get(STOCK_FIELD, {})
            stock = related.get("id") if related.get("entity") == stocks else None
            key = (stock, entity.attrs.get("openid"))
            held[key] = held.get(key, 0) + 1
            codes.add((stock, entity.body.get("coupon_code")))
        return _Sent(by_request_no, held, frozenset(codes))

    return ctx.store.index(ctx.source_of(USER_COUPON), ("sent",), build)


def _budget_refusal(ctx: Context, stock: _Stock, openid: str) -> Answer | None:
    """The first of the stock's three budgets (total, today, per user) a send would exceed."""
    rule = stock.body.get("stock_send_rule", {})
    counted = stock.body.get("sent_count_info", {})
    limits = (
        ("max_count", counted.get("total_count", 0), "INVALID_REQUEST_STOCK_BUDGET"),
        ("max_count_per_day", counted.get("today_count", 0), "INVALID_REQUEST_STOCK_DAILY_BUDGET"),
    )
    for budget, sent, refusal in limits:
        if budget in rule and sent >= rule[budget]:
            return ctx.error(
                refusal,
                detail={"field": "stock_id", "issue": f"{sent} sent of {budget} {rule[budget]}"},
            )
    if "max_count_per_user" in rule:
        # Coupons not yet confirmed count too (the skills pack's 272756740).
        held = _sent(ctx).held.get((stock.entity.id, openid), 0)
        if held >= rule["max_count_per_user"]:
            return ctx.error(
                "INVALID_REQUEST_USER_LIMIT",
                detail={
                    "field": "openid",
                    "location": "path",
                    "issue": f"the user holds {held} of max_count_per_user "
                    f"{rule['max_count_per_user']}",
                },
            )
    return None


def issue_coupon(ctx: Context, channel: str) -> Answer:
    """A user coupon of the named stock, ``CONFIRMING``, counted against the stock's budgets,
    and ``PRODUCT_COUPON.SEND`` queued: what the send API does (channel ``API``), and what a
    user taking a coupon in WeChat's own channels does (``/_mock/events/coupon-received``)."""
    body, openid = ctx.request.body, ctx.request.path["openid"]
    refused = _appid_refused(ctx)
    if refused is not None:
        return refused
    stock = _stock(ctx, body["product_coupon_id"], body["stock_id"], "RESOURCE_NOT_EXISTS")
    if isinstance(stock, Answer):
        return stock
    refused = _bundle_refused(ctx, stock.product)
    if refused is not None:
        return refused
    if stock.body.get(STATE) != SENDING:
        return ctx.error(
            "INVALID_REQUEST_STOCK_STATE",
            detail={
                "field": "stock_id",
                "issue": f"the stock is {stock.body.get(STATE)}, not SENDING",
            },
        )
    assigned = stock.body.get("coupon_code_mode") == API_ASSIGN
    if assigned != ("coupon_code" in body):
        return ctx.error(
            "PARAM_ERROR",
            detail={
                "field": "/coupon_code",
                "location": "body",
                "issue": "required for a stock whose coupon_code_mode is API_ASSIGN"
                if assigned
                else "only for a stock whose coupon_code_mode is API_ASSIGN",
            },
        )
    refused = _budget_refusal(ctx, stock, openid)
    if refused is not None:
        return refused
    code = body.get("coupon_code") or ctx.new_id(USER_COUPON, "/coupon_code")
    if assigned and (stock.entity.id, code) in _sent(ctx).codes:
        return ctx.error(
            "PARAM_ERROR",
            detail={
                "field": "/coupon_code",
                "location": "body",
                "issue": "already sent from this stock",
            },
        )
    request_no = body.get("send_request_no") or ctx.new_id(USER_COUPON, "/send_request_no")
    begins, ends = _validity(stock.body, ctx.now)
    coupon: dict[str, Any] = {
        "coupon_code": code,
        COUPON_STATE: CONFIRMING,
        "valid_begin_time": begins,
        "valid_end_time": ends,
        "receive_time": _stamp(ctx.now),
        "send_request_no": request_no,
        "send_channel": channel,
        _usage_detail_field(stock.product): {},
    }
    coupon.update({name: body[name] for name in ("attach", "coupon_tag_info") if name in body})
    owner = ctx.caller.principal
    assert stock.entity.id is not None and stock.product.get("product_coupon_id") is not None
    added = ctx.add_entity(
        USER_COUPON,
        coupon,
        attrs={"openid": openid, "appid": body["appid"], "owners": [owner]},
        relations={
            "product_coupon": (PRODUCT_COUPON, str(stock.product["product_coupon_id"])),
            STOCK_FIELD: (STOCK, stock.entity.id),
        },
    )
    _count_sent(ctx, stock)
    sent = _read(ctx, added)
    _notify(ctx, SEND_EVENT, added, sent)
    return Answer(200, sent)


def _count_sent(ctx: Context, stock: _Stock) -> None:
    counted = stock.body.get("sent_count_info", {})
    today = _day(ctx.now)
    entity = stock.entity
    assert ctx.db is not None
    ctx.store.replace_body(
        ctx.db,
        entity,
        {
            **entity.body,
            "sent_count_info": {
                "total_count": counted.get("total_count", 0) + 1,
                # The view read today's count as 0 on a new day; the stored one is as of today.
                "today_count": counted.get("today_count", 0) + 1,
            },
        },
        {**entity.attrs, SENT_DAY: today},
    )


def send_user_product_coupon(ctx: Context) -> Answer:
    """向用户发放商品券. ``send_request_no`` already on a coupon of the brand (sent before the mock
    kept replays, e.g. the seed's) answers that coupon when the request names the same user and
    stock, and the documented conflict when it names others (相同请求号重复请求不会创建重复资源)."""
    body, openid = ctx.request.body, ctx.request.path["openid"]
    same = [
        (entity, ctx.view(entity))
        for entity in _sent(ctx).by_request_no.get(body["send_request_no"], [])
        if visible_to(entity, ctx.caller)
    ]
    if same:
        entity, coupon = same[0]
        reading = ctx.operations[USER_COUPON]
        asked = (openid, body["product_coupon_id"], body["stock_id"], body["appid"])
        held = tuple(
            attribute(reading, entity.attrs, coupon, name)
            for name in ("openid", "product_coupon_id", "stock_id", "appid")
        )
        if asked == held:
            return Answer(200, coupon)
        conflict = ctx.operation.idempotency_conflict
        assert conflict is not None  # binding checked it
        return ctx.error(
            conflict,
            detail={
                "field": "/send_request_no",
                "location": "body",
                "issue": "already sent another user or stock a coupon",
            },
        )
    return issue_coupon(ctx, API_CHANNEL)


def confirm_user_product_coupon(ctx: Context) -> Answer:
    """确认发放用户商品券: CONFIRMING → EFFECTIVE (PENDING before its validity begins); a coupon
    confirmed by another request, used or deactivated is 用户券状态非法."""
    found = _coupon(ctx)
    if isinstance(found, _Coupon):
        request_no = ctx.request.body["out_request_no"]
        state = found.body.get(COUPON_STATE)
        if found.body.get("confirm_request_no") == request_no:
            return Answer(200, found.body)  # this very confirmation, made before
        if state != CONFIRMING:
            return _refuse_state(ctx, state)
        begins = found.body.get("valid_begin_time")
        changed = _changed(
            ctx,
            found.entity,
            {
                COUPON_STATE: PENDING if begins and ctx.now < _time(begins) else EFFECTIVE,
                "confirm_request_no": request_no,
                "confirm_time": _stamp(ctx.now),
            },
        )
        return Answer(200, _read(ctx, changed))
    return found


def _outside_rule_periods(stock: Mapping[str, Any], now: datetime.datetime) -> str | None:
    """Why ``now`` is outside the stock's weekly or irregular periods, if it is."""
    period = _period(stock)
    local = now.astimezone(CHINA)
    days = period.get("weekly_available_period", {}).get("day_list")
    if days and local.strftime("%A").upper() not in days:
        return f"usable on {', '.join(days)} only"
    spans = period.get("irregular_available_period_list")
    if spans and not any(_time(s["begin_time"]) <= now <= _time(s["end_time"]) for s in spans):
        return "outside every irregular_available_period_list span"
    return None


def use_user_product_coupon(ctx: Context) -> Answer:
    """核销用户商品券: EFFECTIVE → USED, and PRODUCT_COUPON.USE. Used by another request:
    券已被其他订单核销; not yet confirmed or deactivated: 用户券状态非法; before its validity or
    outside its weekly/irregular periods: 券不在使用有效期."""
    found = _coupon(ctx)
    if not isinstance(found, _Coupon):
        return found
    body = ctx.request.body
    state = found.body.get(COUPON_STATE)
    detail_field = _usage_detail_field(found.stock.product)
    used = found.body.get(detail_field, {})
    if state == USED:
        if used.get("use_request_no") == body["out_request_no"]:
            return Answer(200, found.body)  # this very redemption, made before
        return ctx.error(
            "INVALID_REQUEST_COUPON_USED",
            detail={
                "field": "/out_request_no",
                "location": "body",
                "issue": "used by another request",
            },
        )
    if state == PENDING:
        return ctx.error(
            "INVALID_REQUEST_OUT_OF_PERIOD",
            detail={
                "field": "coupon_code",
                "issue": f"valid from {found.body.get('valid_begin_time')}",
            },
        )
    if state != EFFECTIVE:
        return _refuse_state(ctx, state)
    outside = _outside_rule_periods(found.stock.body, ctx.now)
    if outside is not None:
        return ctx.error(
            "INVALID_REQUEST_OUT_OF_RULE_PERIOD", detail={"field": "coupon_code", "issue": outside}
        )
    usage = {"use_request_no": body["out_request_no"], "use_time": body["use_time"]}
    usage.update(
        {
            name: body[name]
            for name in ("associated_order_info", "associated_pay_score_order_info")
            if name in body
        }
    )
    changed = _changed(ctx, found.entity, {COUPON_STATE: USED, detail_field: usage})
    coupon = _read(ctx, changed)
    _notify(ctx, USE_EVENT, changed, coupon)
    return Answer(200, coupon)


def return_user_product_coupon(ctx: Context) -> Answer:
    """退券: USED → EFFECTIVE (usable again), and PRODUCT_COUPON.RETURN; a coupon whose validity
    has ended is 用户券已过期, one not used 用户券状态非法."""
    found = _coupon(ctx)
    if not isinstance(found, _Coupon):
        return found
    request_no = ctx.request.body["out_request_no"]
    state = found.body.get(COUPON_STATE)
    detail_field = _usage_detail_field(found.stock.product)
    usage = dict(found.body.get(detail_field, {}))
    if state != USED:
        if usage.get("return_request_no") == request_no:
            return Answer(200, found.body)  # this very return, made before
        return _refuse_state(ctx, state)
    ends = found.body.get("valid_end_time")
    if ends and ctx.now > _time(ends):
        return _refuse_state(ctx, EXPIRED)
    usage.update({"return_request_no": request_no, "return_time": _stamp(ctx.now)})
    changed = _changed(ctx, found.entity, {COUPON_STATE: EFFECTIVE, detail_field: usage})
    coupon = _read(ctx, changed)
    _notify(ctx, RETURN_EVENT, changed, coupon)
    return Answer(200, coupon)


def deactivate_user_product_coupon(ctx: Context) -> Answer:
    """失效用户商品券: a coupon not yet used becomes DEACTIVATED (nothing is sent). An expired one
    is 券已过期，不能再进行其他操作, a deleted one 券已被删除, a used or deactivated one
    用户券状态非法."""
    found = _coupon(ctx)
    if not isinstance(found, _Coupon):
        return found
    refused = _bundle_refused(ctx, found.stock.product)
    if refused is not None:
        return refused
    body = ctx.request.body
    state = found.body.get(COUPON_STATE)
    if state == DEACTIVATED and found.body.get("deactivate_request_no") == body["out_request_no"]:
        return Answer(200, found.body)  # this very deactivation, made before
    if state not in NOT_YET_USED:
        return _refuse_state(ctx, state, expired="INVALID_REQUEST_COUPON_EXPIRED_FINAL")
    changes = {
        COUPON_STATE: DEACTIVATED,
        "deactivate_request_no": body["out_request_no"],
        "deactivate_time": _stamp(ctx.now),
    }
    if "deactivate_reason" in body:
        changes["deactivate_reason"] = body["deactivate_reason"]
    return Answer(200, _read(ctx, _changed(ctx, found.entity, changes)))


# --- events outside the API (the control API's /_mock/events/…) ---------------------------------


def user_coupons(
    ctx: Context, openid: str, coupon_code: str, stock_id: str | None
) -> list[tuple[Entity, Mapping[str, Any]]]:
    """The caller's coupons ``coupon_code`` of user ``openid`` (of ``stock_id``, when given)."""
    criteria = {"openid": openid, "coupon_code": coupon_code}
    if stock_id is not None:
        criteria["stock_id"] = stock_id
    return matching(ctx, criteria, ctx.operations[USER_COUPON])


def delete_by_user(
    ctx: Context, entity: Entity, coupon: Mapping[str, Any]
) -> Mapping[str, Any] | str:
    """The user deletes the coupon in the WeChat wallet: DELETED, and no notification (the
    skills pack's 272756769 and 回调处理: deleting sends nothing); or why it cannot be."""
    state = coupon.get(COUPON_STATE)
    if state not in (PENDING, EFFECTIVE):
        return f"the coupon is {state}: a user deletes a coupon usable or about to be"
    return _read(ctx, _changed(ctx, entity, {COUPON_STATE: DELETED}))


_USER_COUPON_USES = Uses(
    USER_COUPON,
    fields=(
        "coupon_code",
        "valid_begin_time",
        "valid_end_time",
        "receive_time",
        "send_request_no",
        "confirm_request_no",
        "confirm_time",
        "deactivate_request_no",
        "deactivate_time",
        "deactivate_reason",
        "single_usage_detail",
        "progressive_bundle_usage_detail",
        "attach",
        "coupon_tag_info",
        STOCK_FIELD,
    ),
    values=(
        (COUPON_STATE, (CONFIRMING, PENDING, EFFECTIVE, USED, EXPIRED, DELETED, DEACTIVATED)),
        ("send_channel", (API_CHANNEL,)),
    ),
)
_STOCK_USES = Uses(
    STOCK,
    fields=(
        "product_coupon_id",
        "stock_id",
        "stock_send_rule",
        "sent_count_info",
        "coupon_code_count_info",
        "single_usage_rule",
        "deactivate_request_no",
        "deactivate_time",
        "deactivate_reason",
    ),
    values=((STATE, (SENDING, PAUSED, STOPPED, DEACTIVATED)), ("coupon_code_mode", (API_ASSIGN,))),
)
_PRODUCT_USES = Uses(
    PRODUCT_COUPON,
    fields=("product_coupon_id",),
    values=((STATE, (PRODUCT_EFFECTIVE,)), ("usage_mode", (SINGLE, BUNDLE))),
)
_NOTIFY_USES = Uses(NOTIFY_CONFIG, fields=("notify_url", "update_time"))
_FIND = ("INVALID_REQUEST_APPID", "RESOURCE_NOT_EXISTS", "RESOURCE_NOT_EXISTS_OBJECT")
_COUPON_STATES = ("INVALID_REQUEST_COUPON_STATE", "INVALID_REQUEST_COUPON_DELETED")
_USER_COUPON_RULE_USES = (_USER_COUPON_USES, _STOCK_USES, _PRODUCT_USES, _NOTIFY_USES)


def _rule(operation_id: str, handle: Any, errors: tuple[str, ...], **declared: Any) -> Rule:
    return Rule(operation_id, handle, errors=errors, **{"uses": _USER_COUPON_RULE_USES, **declared})


PRODUCT_COUPON_RULES: dict[str, Rule] = {
    "setNotifyConfig": _rule(
        "setNotifyConfig", set_notify_config, ("PARAM_ERROR",), uses=(_NOTIFY_USES,)
    ),
    "createProductCoupon": _rule(
        "createProductCoupon",
        create_product_coupon,
        (
            "PARAM_ERROR_INVALID",
            "PARAM_ERROR_OUT_OF_RANGE",
            "INVALID_REQUEST_SINGLE_USAGE_INFO",
            "INVALID_REQUEST_NORMAL_RULE",
            "INVALID_REQUEST_DISCOUNT_RULE",
            "INVALID_REQUEST_SINGLE_USAGE_RULE",
            "INVALID_REQUEST_SINGLE_PRODUCT_RULE",
            "INVALID_REQUEST_ORIGINAL_PRICE",
            "INVALID_REQUEST_COMBO_PACKAGE",
            "INVALID_REQUEST_MINI_PROGRAM_APPID",
            "INVALID_REQUEST_MINI_PROGRAM_PATH",
            "INVALID_REQUEST_APP_PATH",
            "INVALID_REQUEST_DAY_LIST",
        ),
        creates=((PRODUCT_COUPON, "/product_coupon_id"), (STOCK, "/stock_id")),
        body_values=(
            ("/scope", (WHOLE_STORE, SINGLE_PRODUCT)),
            ("/type", tuple(RULE_OF_TYPE)),
            *((f"/single_usage_info/{name}", ()) for name in ("normal_coupon", "discount_coupon")),
            *((f"/stock/single_usage_rule/{name}", ()) for name in RULE_OF_TYPE.values()),
            ("/stock/usage_rule_display_info/coupon_usage_method_list", ()),
            ("/display_info/original_price", ()),
            ("/display_info/combo_package_list", ()),
        ),
    ),
    "updateStockBudget": _rule(
        "updateStockBudget",
        update_stock_budget,
        (
            "RESOURCE_NOT_EXISTS",
            "PARAM_ERROR",
            "PARAM_ERROR_OUT_OF_RANGE",
            "INVALID_REQUEST_STOCK_STATE",
            "INVALID_REQUEST_BUDGET_MISMATCH",
        ),
        body_values=(
            ("/update_mode", tuple(BUDGETS)),
            *((f"/{field}", ()) for _, *fields in BUDGETS.values() for field in fields),
        ),
    ),
    "deactivateStock": _rule(
        "deactivateStock", deactivate_stock, ("RESOURCE_NOT_EXISTS", "INVALID_REQUEST_STOCK_STATE")
    ),
    "sendUserProductCoupon": _rule(
        "sendUserProductCoupon",
        send_user_product_coupon,
        (
            "INVALID_REQUEST_APPID",
            "RESOURCE_NOT_EXISTS",
            "PARAM_ERROR",
            "INVALID_REQUEST_STOCK_STATE",
            "INVALID_REQUEST_STOCK_BUDGET",
            "INVALID_REQUEST_STOCK_DAILY_BUDGET",
            "INVALID_REQUEST_USER_LIMIT",
        ),
        creates=((USER_COUPON, "/coupon_code"), (USER_COUPON, "/send_request_no")),
        notifies=((WEBHOOK, (SEND_EVENT,)),),
    ),
    "confirmSendUserProductCoupon": _rule(
        "confirmSendUserProductCoupon",
        confirm_user_product_coupon,
        (*_FIND, *_COUPON_STATES, "INVALID_REQUEST_COUPON_EXPIRED"),
    ),
    "useUserProductCoupon": _rule(
        "useUserProductCoupon",
        use_user_product_coupon,
        (
            *_FIND,
            *_COUPON_STATES,
            "INVALID_REQUEST_COUPON_EXPIRED",
            "INVALID_REQUEST_COUPON_USED",
            "INVALID_REQUEST_OUT_OF_PERIOD",
            "INVALID_REQUEST_OUT_OF_RULE_PERIOD",
        ),
        notifies=((WEBHOOK, (USE_EVENT,)),),
    ),
    "returnUserProductCoupon": _rule(
        "returnUserProductCoupon",
        return_user_product_coupon,
        (*_FIND, *_COUPON_STATES, "INVALID_REQUEST_COUPON_EXPIRED"),
        notifies=((WEBHOOK, (RETURN_EVENT,)),),
    ),
    "deactivateUserProductCoupon": _rule(
        "deactivateUserProductCoupon",
        deactivate_user_product_coupon,
        (*_FIND, *_COUPON_STATES, "INVALID_REQUEST_COUPON_EXPIRED_FINAL", "PARAM_ERROR"),
    ),
}

PRODUCT_COUPON_VIEWS: dict[str, View] = {
    USER_COUPON: View(
        operation_id=USER_COUPON,
        apply=user_coupon_as_of,
        fields=("valid_begin_time", "valid_end_time"),
        state_field=COUPON_STATE,
        states=(CONFIRMING, PENDING, EFFECTIVE, EXPIRED),
    ),
    STOCK: View(
        operation_id=STOCK,
        apply=stock_as_of,
        fields=("single_usage_rule", "progressive_bundle_usage_rule", "sent_count_info"),
        state_field=STATE,
        states=(SENDING, PAUSED, STOPPED),
    ),
}
