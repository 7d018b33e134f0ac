"""The rules of a brand's user coupons (用户商品券, ``product_coupons``): send, confirm, use,
return and deactivate; and the events outside the API the control API makes (a user taking a
coupon in WeChat's own channels, a user deleting one).
"""

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .context import Answer, Context
from .declarations import Rule
from .entities import attribute, matching, visible_to
from .product_coupons import (
    API_ASSIGN,
    API_CHANNEL,
    CHINA,
    CONFIRMING,
    COUPON_STATE,
    COUPON_STATE_ERRORS,
    DEACTIVATED,
    DELETED,
    EFFECTIVE,
    EXPIRED,
    FIND_ERRORS,
    NOT_YET_USED,
    PENDING,
    PRODUCT_COUPON,
    RETURN_EVENT,
    SEND_EVENT,
    SENDING,
    SENT_DAY,
    STATE,
    STOCK,
    STOCK_FIELD,
    USE_EVENT,
    USED,
    USER_COUPON,
    WEBHOOK,
    NamedCoupon,
    NamedStock,
    bundle_refused,
    day_of,
    find_coupon,
    named_stock,
    notify_brand,
    period_of,
    product_coupon_rule,
    read_now,
    refuse_field,
    refuse_state,
    stamp,
    time_of,
    usage_detail_field,
    with_changes,
)
from .relations import RELATIONS
from .store import Entity

# --- user coupons ---------------------------------------------------------------------------------


def _validity(stock: Mapping[str, Any], received: datetime.datetime) -> tuple[str, str]:
    """A coupon's valid_begin_time and valid_end_time, received at ``received`` from ``stock``:
    the stock's period, begun ``wait_days_after_receive`` after receipt and lasting
    ``available_days`` (生效后N天内有效) when the stock sets them."""
    period = period_of(stock)
    begins = max(time_of(period["available_begin_time"]), received)
    ends = time_of(period["available_end_time"])
    if "available_days" in period:
        begins = max(
            begins, received + datetime.timedelta(days=period.get("wait_days_after_receive", 0))
        )
        ends = min(ends, begins + datetime.timedelta(days=period["available_days"]))
    return stamp(begins), stamp(ends)


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


def _budget_refusal(ctx: Context, stock: NamedStock, openid: str) -> Answer | None:
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
    stock = named_stock(ctx, "RESOURCE_NOT_EXISTS")
    if isinstance(stock, Answer):
        return stock
    refused = bundle_refused(ctx, stock.product)
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
        need = "required" if assigned else "only"
        issue = f"{need} for a stock whose coupon_code_mode is API_ASSIGN"
        return refuse_field(ctx, "PARAM_ERROR", "/coupon_code", issue)
    refused = _budget_refusal(ctx, stock, openid)
    if refused is not None:
        return refused
    code = body.get("coupon_code") or ctx.new_id(USER_COUPON, "/coupon_code")
    if assigned and (stock.entity.id, code) in _sent(ctx).codes:
        return refuse_field(ctx, "PARAM_ERROR", "/coupon_code", "already sent from this stock")
    request_no = body.get("send_request_no") or ctx.new_id(USER_COUPON, "/send_request_no")
    begins, ends = _validity(stock.body, ctx.now)
    coupon: dict[str, Any] = {
        "coupon_code": code,
        COUPON_STATE: CONFIRMING,
        "valid_begin_time": begins,
        "valid_end_time": ends,
        "receive_time": stamp(ctx.now),
        "send_request_no": request_no,
        "send_channel": channel,
        usage_detail_field(stock.product): {},
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
    sent = read_now(ctx, added)
    notify_brand(ctx, SEND_EVENT, added, sent)
    return Answer(200, sent)


def _count_sent(ctx: Context, stock: NamedStock) -> None:
    counted = stock.body.get("sent_count_info", {})
    today = day_of(ctx.now)
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
        return refuse_field(
            ctx, conflict, "/send_request_no", "already sent another user or stock a coupon"
        )
    return issue_coupon(ctx, API_CHANNEL)


def confirm_user_product_coupon(ctx: Context) -> Answer:
    """确认发放用户商品券: CONFIRMING → EFFECTIVE (PENDING before its validity begins); a coupon
    confirmed by another request, used or deactivated is 用户券状态非法."""
    found = find_coupon(ctx)
    if isinstance(found, NamedCoupon):
        request_no = ctx.request.body["out_request_no"]
        state = found.body.get(COUPON_STATE)
        if found.body.get("confirm_request_no") == request_no:
            return Answer(200, found.body)  # this very confirmation, made before
        if state != CONFIRMING:
            return refuse_state(ctx, state)
        begins = found.body.get("valid_begin_time")
        changed = with_changes(
            ctx,
            found.entity,
            {
                COUPON_STATE: PENDING if begins and ctx.now < time_of(begins) else EFFECTIVE,
                "confirm_request_no": request_no,
                "confirm_time": stamp(ctx.now),
            },
        )
        return Answer(200, read_now(ctx, changed))
    return found


def _outside_rule_periods(stock: Mapping[str, Any], now: datetime.datetime) -> str | None:
    """Why ``now`` is outside the stock's weekly or irregular periods, if it is."""
    period = period_of(stock)
    local = now.astimezone(CHINA)
    days = period.get("weekly_available_period", {}).get("day_list")
    if days and local.strftime("%A").upper() not in days:
        return f"usable on {', '.join(days)} only"
    spans = period.get("irregular_available_period_list")
    if spans and not any(time_of(s["begin_time"]) <= now <= time_of(s["end_time"]) for s in spans):
        return "outside every irregular_available_period_list span"
    return None


def use_user_product_coupon(ctx: Context) -> Answer:
    """核销用户商品券: EFFECTIVE → USED, and PRODUCT_COUPON.USE. Used by another request:
    券已被其他订单核销; not yet confirmed or deactivated: 用户券状态非法; before its validity or
    outside its weekly/irregular periods: 券不在使用有效期."""
    found = find_coupon(ctx)
    if not isinstance(found, NamedCoupon):
        return found
    body = ctx.request.body
    state = found.body.get(COUPON_STATE)
    detail_field = usage_detail_field(found.stock.product)
    used = found.body.get(detail_field, {})
    if state == USED:
        if used.get("use_request_no") == body["out_request_no"]:
            return Answer(200, found.body)  # this very redemption, made before
        return refuse_field(
            ctx, "INVALID_REQUEST_COUPON_USED", "/out_request_no", "used by another request"
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
        return refuse_state(ctx, state)
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
    changed = with_changes(ctx, found.entity, {COUPON_STATE: USED, detail_field: usage})
    coupon = read_now(ctx, changed)
    notify_brand(ctx, USE_EVENT, changed, coupon)
    return Answer(200, coupon)


def return_user_product_coupon(ctx: Context) -> Answer:
    """退券: USED → EFFECTIVE (usable again), and PRODUCT_COUPON.RETURN; a coupon whose validity
    has ended is 用户券已过期, one not used 用户券状态非法."""
    found = find_coupon(ctx)
    if not isinstance(found, NamedCoupon):
        return found
    request_no = ctx.request.body["out_request_no"]
    state = found.body.get(COUPON_STATE)
    detail_field = usage_detail_field(found.stock.product)
    usage = dict(found.body.get(detail_field, {}))
    if state != USED:
        if usage.get("return_request_no") == request_no:
            return Answer(200, found.body)  # this very return, made before
        return refuse_state(ctx, state)
    ends = found.body.get("valid_end_time")
    if ends and ctx.now > time_of(ends):
        return refuse_state(ctx, EXPIRED)
    usage.update({"return_request_no": request_no, "return_time": stamp(ctx.now)})
    changed = with_changes(ctx, found.entity, {COUPON_STATE: EFFECTIVE, detail_field: usage})
    coupon = read_now(ctx, changed)
    notify_brand(ctx, RETURN_EVENT, changed, coupon)
    return Answer(200, coupon)


def deactivate_user_product_coupon(ctx: Context) -> Answer:
    """失效用户商品券: a coupon not yet used becomes DEACTIVATED (nothing is sent). An expired one
    is 券已过期，不能再进行其他操作, a deleted one 券已被删除, a used or deactivated one
    用户券状态非法."""
    found = find_coupon(ctx)
    if not isinstance(found, NamedCoupon):
        return found
    refused = bundle_refused(ctx, found.stock.product)
    if refused is not None:
        return refused
    body = ctx.request.body
    state = found.body.get(COUPON_STATE)
    if state == DEACTIVATED and found.body.get("deactivate_request_no") == body["out_request_no"]:
        return Answer(200, found.body)  # this very deactivation, made before
    if state not in NOT_YET_USED:
        return refuse_state(ctx, state, expired="INVALID_REQUEST_COUPON_EXPIRED_FINAL")
    changes = {
        COUPON_STATE: DEACTIVATED,
        "deactivate_request_no": body["out_request_no"],
        "deactivate_time": stamp(ctx.now),
    }
    if "deactivate_reason" in body:
        changes["deactivate_reason"] = body["deactivate_reason"]
    return Answer(200, read_now(ctx, with_changes(ctx, found.entity, changes)))


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
    return read_now(ctx, with_changes(ctx, entity, {COUPON_STATE: DELETED}))


USER_COUPON_RULES: dict[str, Rule] = {
    "sendUserProductCoupon": product_coupon_rule(
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
    "confirmSendUserProductCoupon": product_coupon_rule(
        "confirmSendUserProductCoupon",
        confirm_user_product_coupon,
        (*FIND_ERRORS, *COUPON_STATE_ERRORS, "INVALID_REQUEST_COUPON_EXPIRED"),
    ),
    "useUserProductCoupon": product_coupon_rule(
        "useUserProductCoupon",
        use_user_product_coupon,
        (
            *FIND_ERRORS,
            *COUPON_STATE_ERRORS,
            "INVALID_REQUEST_COUPON_EXPIRED",
            "INVALID_REQUEST_COUPON_USED",
            "INVALID_REQUEST_OUT_OF_PERIOD",
            "INVALID_REQUEST_OUT_OF_RULE_PERIOD",
        ),
        notifies=((WEBHOOK, (USE_EVENT,)),),
    ),
    "returnUserProductCoupon": product_coupon_rule(
        "returnUserProductCoupon",
        return_user_product_coupon,
        (*FIND_ERRORS, *COUPON_STATE_ERRORS, "INVALID_REQUEST_COUPON_EXPIRED"),
        notifies=((WEBHOOK, (RETURN_EVENT,)),),
    ),
    "deactivateUserProductCoupon": product_coupon_rule(
        "deactivateUserProductCoupon",
        deactivate_user_product_coupon,
        (*FIND_ERRORS, *COUPON_STATE_ERRORS, "INVALID_REQUEST_COUPON_EXPIRED_FINAL"),
    ),
}
