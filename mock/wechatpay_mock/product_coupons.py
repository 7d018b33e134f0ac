"""Brand product coupons (商品券): the names the spec gives them, how they read over time, and
what every rule of the family shares (finding what a request names, its refusals, its
notifications). The rules are in ``product_coupon_stocks`` (the notify URL, product coupons and
stocks) and ``user_product_coupons`` (a user's coupons, and the events outside the API).

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
from .entities import attribute, matching
from .pointer import MISSING, at_pointer
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


def time_of(value: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))


def stamp(moment: datetime.datetime) -> str:
    return moment.astimezone(CHINA).isoformat(timespec="seconds")


def day_of(moment: datetime.datetime) -> str:
    return moment.astimezone(CHINA).date().isoformat()


def period_of(stock: Mapping[str, Any]) -> Mapping[str, Any]:
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
        shown = PENDING if now < time_of(begins) else EFFECTIVE
    if state in NOT_YET_USED and ends and now > time_of(ends):
        shown = EXPIRED
    return coupon if shown == state else {**coupon, COUPON_STATE: shown}


def stock_as_of(
    stock: Mapping[str, Any], now: datetime.datetime, attrs: Mapping[str, Any]
) -> Mapping[str, Any]:
    """A stock past the end of its period reads STOPPED (已停止，当前已到达结束时间), and its
    ``today_count`` is 0 on a day it has sent nothing yet."""
    shown = dict(stock)
    ends = period_of(stock).get("available_end_time")
    if stock.get(STATE) in (SENDING, PAUSED) and ends and now > time_of(ends):
        shown[STATE] = STOPPED
    counted = stock.get("sent_count_info")
    if attrs.get(SENT_DAY) not in (None, day_of(now)) and isinstance(counted, Mapping):
        shown["sent_count_info"] = {**counted, "today_count": 0}
    return stock if shown == stock else shown


# --- finding what a request names --------------------------------------------------------------


@dataclass(frozen=True)
class NamedStock:
    """A stock the caller named, with its product coupon, each as it reads now."""

    product: Mapping[str, Any]
    entity: Entity
    body: Mapping[str, Any]


@dataclass(frozen=True)
class NamedCoupon:
    """A user coupon the caller named, as it reads now, and its stock."""

    entity: Entity
    body: Mapping[str, Any]
    stock: NamedStock


def appid_refused(ctx: Context) -> Answer | None:
    appid = ctx.request.body.get("appid")
    if appid is None or appid in ctx.settings.appids_of(ctx.caller):
        return None
    return refuse_field(ctx, "INVALID_REQUEST_APPID", "/appid", "not bound to the brand")


def find_stock(
    ctx: Context, product_coupon_id: str, stock_id: str, missing: str
) -> NamedStock | Answer:
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
    return NamedStock(products[0][1], entity, body)


def named_stock(ctx: Context, missing: str) -> NamedStock | Answer:
    """The stock a user-coupon request's body names, under an AppID bound to the brand."""
    refused = appid_refused(ctx)
    if refused is not None:
        return refused
    body = ctx.request.body
    return find_stock(ctx, body["product_coupon_id"], body["stock_id"], missing)


def find_coupon(ctx: Context) -> NamedCoupon | Answer:
    """The user coupon a confirm, use, return or deactivate names (path and body), or its
    refusal: AppID not the brand's; the user's coupon of the URL named with a product coupon or
    stock that is not its own (400 PARAM_ERROR naming the body field: the coupon the URL names
    is there, the body contradicts it); product coupon or stock not the brand's (404 …_OBJECT);
    the user's coupon named with another AppID of the brand (传入的OpenID不合法: 请使用参数 AppID
    对应的的OpenID); no such coupon of that stock for that user (404 用户券不存在)."""
    body, path = ctx.request.body, ctx.request.path
    refused = appid_refused(ctx)
    if refused is not None:
        return refused
    reading = ctx.operations[USER_COUPON]
    users = matching(ctx, {"openid": path["openid"], "coupon_code": path["coupon_code"]}, reading)
    named = {name: body[name] for name in ("product_coupon_id", "stock_id")}
    if users and not any(
        all(
            attribute(reading, entity.attrs, coupon, name) == value for name, value in named.items()
        )
        for entity, coupon in users
    ):
        entity, coupon = users[0]
        field = next(
            name
            for name, value in named.items()
            if attribute(reading, entity.attrs, coupon, name) != value
        )
        return refuse_field(
            ctx,
            "PARAM_ERROR",
            f"/{field}",
            f"the user's coupon {path['coupon_code']} is not of this {field.removesuffix('_id')}",
        )
    stock = named_stock(ctx, "RESOURCE_NOT_EXISTS_OBJECT")
    if isinstance(stock, Answer):
        return stock
    held = matching(
        ctx, {**named, "openid": path["openid"], "coupon_code": path["coupon_code"]}, reading
    )
    found = [
        (entity, coupon)
        for entity, coupon in held
        if attribute(reading, entity.attrs, coupon, "appid") == body["appid"]
    ]
    if held and not found:
        return ctx.error(
            "INVALID_REQUEST_OPENID",
            detail={
                "field": "openid",
                "location": "path",
                "issue": "the user's coupon was sent under another AppID",
            },
        )
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
    return NamedCoupon(entity, coupon, stock)


def usage_detail_field(product: Mapping[str, Any]) -> str:
    return (
        "progressive_bundle_usage_detail"
        if product.get("usage_mode") == BUNDLE
        else "single_usage_detail"
    )


def refuse_field(ctx: Context, name: str, field: str, issue: str) -> Answer:
    """The error example ``name``, naming the request body's ``field`` (a JSON pointer)."""
    return ctx.error(name, detail={"field": field, "location": "body", "issue": issue})


def refuse_state(
    ctx: Context, state: Any, expired: str = "INVALID_REQUEST_COUPON_EXPIRED"
) -> Answer:
    """The refusal of a coupon in ``state`` for this operation (ERRATA 45)."""
    issue = {"field": "coupon_code", "location": "path", "issue": f"the coupon is {state}"}
    if state == EXPIRED:
        return ctx.error(expired, detail=issue)
    if state == DELETED:
        return ctx.error("INVALID_REQUEST_COUPON_DELETED", detail=issue)
    return ctx.error("INVALID_REQUEST_COUPON_STATE", detail=issue)


def bundle_refused(ctx: Context, product: Mapping[str, Any]) -> Answer | None:
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


def with_changes(ctx: Context, entity: Entity, changes: Mapping[str, Any]) -> Entity:
    """``entity`` with ``changes`` to its own body, in the request's transaction."""
    assert ctx.db is not None, "a state-changing rule runs in a transaction"
    ctx.store.replace_body(ctx.db, entity, {**entity.body, **changes})
    found = ctx.store.entities(entity.operation)
    return next(e for e in found if e.seq == entity.seq)


def event_of(
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


def notify_brand(ctx: Context, event_type: str, entity: Entity, coupon: Mapping[str, Any]) -> None:
    """Queue ``event_type`` about ``coupon`` for the brand's notify URL, if it has set one."""
    configs = matching(ctx, {}, ctx.operations[NOTIFY_CONFIG])
    if configs:
        url = configs[0][1]["notify_url"]
        ctx.notify(WEBHOOK, event_type, event_of(ctx, event_type, entity, coupon), url=url)


def read_now(ctx: Context, entity: Entity) -> Mapping[str, Any]:
    # The entity as a read answers it now, after the rule's own change.
    return ctx.view(entity)


USER_COUPON_USES = Uses(
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
STOCK_USES = Uses(
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
PRODUCT_USES = Uses(
    PRODUCT_COUPON,
    fields=("product_coupon_id",),
    values=((STATE, (PRODUCT_EFFECTIVE,)), ("usage_mode", (SINGLE, BUNDLE))),
)
NOTIFY_USES = Uses(NOTIFY_CONFIG, fields=("notify_url", "update_time"))
FIND_ERRORS = (
    *("INVALID_REQUEST_APPID", "INVALID_REQUEST_OPENID", "PARAM_ERROR"),
    *("RESOURCE_NOT_EXISTS", "RESOURCE_NOT_EXISTS_OBJECT"),
)
COUPON_STATE_ERRORS = ("INVALID_REQUEST_COUPON_STATE", "INVALID_REQUEST_COUPON_DELETED")
ALL_USES = (USER_COUPON_USES, STOCK_USES, PRODUCT_USES, NOTIFY_USES)


def product_coupon_rule(
    operation_id: str, handle: Any, errors: tuple[str, ...], **declared: Any
) -> Rule:
    return Rule(operation_id, handle, errors=errors, **{"uses": ALL_USES, **declared})


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
