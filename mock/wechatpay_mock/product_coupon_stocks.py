"""The rules of a brand's notify URL, product coupons and stocks (商品券, ``product_coupons``):
set the notify URL, create a product coupon with its stock, change a stock's budget, deactivate
a stock.
"""

from .context import Answer, Context
from .declarations import Rule
from .notifications import notify_url_problem
from .product_coupons import (
    APP,
    BUDGETS,
    DEACTIVATED,
    LONGEST_PERIOD,
    MAX_COUNT,
    MINI_PROGRAM,
    NOTIFY_CONFIG,
    NOTIFY_USES,
    PAUSED,
    PRODUCT_COUPON,
    PRODUCT_EFFECTIVE,
    RULE_OF_TYPE,
    SENDING,
    SINGLE_PRODUCT,
    STATE,
    STOCK,
    STOPPED,
    WHOLE_STORE,
    bundle_refused,
    find_stock,
    product_coupon_rule,
    read_now,
    refuse_field,
    stamp,
    time_of,
    with_changes,
)

# --- the notify URL -------------------------------------------------------------------------------


def set_notify_config(ctx: Context) -> Answer:
    """设置商品券事件通知地址: one URL per brand, replaced by each call (http(s) only; the mock
    allows loopback, unlike WeChat Pay)."""
    url = ctx.request.body["notify_url"]
    problem = notify_url_problem(url)
    if problem is not None:
        return refuse_field(ctx, "PARAM_ERROR", "/notify_url", problem)
    owner = ctx.caller.principal
    config = {"notify_url": url, "update_time": stamp(ctx.now)}
    added = ctx.add_entity(NOTIFY_CONFIG, config, attrs={"id": owner, "owners": [owner]})
    return Answer(200, read_now(ctx, added))


# --- product coupons and their stocks -----------------------------------------------------------


def _create_refusal(ctx: Context) -> Answer | None:
    """What the create operation's documented 400s refuse in a body the schema accepts."""
    body = ctx.request.body
    scope, kind, stock = body["scope"], body["type"], body["stock"]
    rule = stock["single_usage_rule"]
    wanted = RULE_OF_TYPE[kind]
    info = body.get("single_usage_info")

    if scope == WHOLE_STORE:
        if kind not in ("NORMAL", "DISCOUNT"):
            return refuse_field(
                ctx, "PARAM_ERROR_INVALID", "/type", f"scope {scope} takes NORMAL or DISCOUNT"
            )
        if info is None:
            return refuse_field(
                ctx, "INVALID_REQUEST_SINGLE_USAGE_INFO", "/single_usage_info", "required"
            )
        if wanted not in info:
            name = (
                "INVALID_REQUEST_NORMAL_RULE"
                if kind == "NORMAL"
                else "INVALID_REQUEST_DISCOUNT_RULE"
            )
            return refuse_field(
                ctx, name, f"/single_usage_info/{wanted}", f"required for type {kind}"
            )
        extra = [name for name in RULE_OF_TYPE.values() if name in rule]
        if extra:
            return refuse_field(
                ctx,
                "INVALID_REQUEST_SINGLE_USAGE_RULE",
                f"/stock/single_usage_rule/{extra[0]}",
                "a whole-store coupon carries its rule in single_usage_info, not here",
            )
    else:
        display = body["display_info"]
        if info is not None:
            return refuse_field(
                ctx,
                "INVALID_REQUEST_SINGLE_PRODUCT_RULE",
                "/single_usage_info",
                f"not for scope {scope}",
            )
        if "original_price" not in display:
            return refuse_field(
                ctx, "INVALID_REQUEST_ORIGINAL_PRICE", "/display_info/original_price", "required"
            )
        if not display.get("combo_package_list"):
            return refuse_field(
                ctx, "INVALID_REQUEST_COMBO_PACKAGE", "/display_info/combo_package_list", "required"
            )
        misplaced = [name for name in RULE_OF_TYPE.values() if name in rule and name != wanted]
        if wanted not in rule or misplaced:
            where = f"/stock/single_usage_rule/{misplaced[0] if misplaced else wanted}"
            return refuse_field(
                ctx,
                "INVALID_REQUEST_SINGLE_USAGE_RULE",
                where,
                f"the rule of type {kind}, and only it",
            )
    display_rules = stock["usage_rule_display_info"]
    methods = display_rules.get("coupon_usage_method_list", [])
    if MINI_PROGRAM in methods:
        for field, name in (
            ("mini_program_appid", "INVALID_REQUEST_MINI_PROGRAM_APPID"),
            ("mini_program_path", "INVALID_REQUEST_MINI_PROGRAM_PATH"),
        ):
            if field not in display_rules:
                return refuse_field(
                    ctx, name, f"/stock/usage_rule_display_info/{field}", "required"
                )
    if APP in methods and "app_path" not in display_rules:
        return refuse_field(
            ctx, "INVALID_REQUEST_APP_PATH", "/stock/usage_rule_display_info/app_path", "required"
        )
    period = rule["coupon_available_period"]
    where = "/stock/single_usage_rule/coupon_available_period"
    weekly = period.get("weekly_available_period", {})
    if weekly.get("day_period_list") and not weekly.get("day_list"):
        return refuse_field(
            ctx, "INVALID_REQUEST_DAY_LIST", f"{where}/weekly_available_period/day_list", "required"
        )
    begins, ends = time_of(period["available_begin_time"]), time_of(period["available_end_time"])
    if ends <= begins:
        return refuse_field(
            ctx, "PARAM_ERROR_INVALID", f"{where}/available_end_time", "must be after the beginning"
        )
    if ends - begins > LONGEST_PERIOD:
        return refuse_field(
            ctx,
            "PARAM_ERROR_OUT_OF_RANGE",
            f"{where}/available_end_time",
            "at most 365 days after the beginning",
        )
    if "wait_days_after_receive" in period and "available_days" not in period:
        return refuse_field(
            ctx,
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
    return Answer(200, {**read_now(ctx, added), "stock": read_now(ctx, stock_entity)})


def update_stock_budget(ctx: Context) -> Answer:
    """修改商品券批次发放预算: one budget per call (ERRATA 47): the ``current_*`` of the mode must
    be the stock's, the ``target_*`` at least what is already sent (total)."""
    body, path = ctx.request.body, ctx.request.path
    found = find_stock(ctx, path["product_coupon_id"], path["stock_id"], "RESOURCE_NOT_EXISTS")
    if isinstance(found, Answer):
        return found
    refused = bundle_refused(ctx, found.product)
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
            return refuse_field(
                ctx,
                "PARAM_ERROR",
                f"/{given[0]}",
                f"belongs to update_mode {other}; one budget per call",
            )
    if target_field not in body:
        return refuse_field(ctx, "PARAM_ERROR", f"/{target_field}", f"required for {mode}")
    rule = dict(found.body.get("stock_send_rule", {}))
    if body.get(current_field) != rule.get(budget):
        if current_field not in body:
            return refuse_field(ctx, "PARAM_ERROR", f"/{current_field}", f"required for {mode}")
        return refuse_field(
            ctx,
            "INVALID_REQUEST_BUDGET_MISMATCH",
            f"/{current_field}",
            f"the stock's {budget} is {rule.get(budget, 'unset')}",
        )
    sent = found.body.get("sent_count_info", {}).get("total_count", 0)
    if mode == MAX_COUNT and body[target_field] < sent:
        return refuse_field(
            ctx,
            "PARAM_ERROR_OUT_OF_RANGE",
            f"/{target_field}",
            f"below the {sent} coupons the stock has sent",
        )
    rule[budget] = body[target_field]
    changed = with_changes(ctx, found.entity, {"stock_send_rule": rule})
    return Answer(200, read_now(ctx, changed))


def deactivate_stock(ctx: Context) -> Answer:
    """失效商品券批次: a SENDING or PAUSED stock becomes DEACTIVATED; the coupons it sent stay as
    they are (they read the stock's new state through their relation)."""
    body, path = ctx.request.body, ctx.request.path
    found = find_stock(ctx, path["product_coupon_id"], path["stock_id"], "RESOURCE_NOT_EXISTS")
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
    changed = with_changes(
        ctx,
        found.entity,
        {
            STATE: DEACTIVATED,
            "deactivate_request_no": body["out_request_no"],
            "deactivate_time": stamp(ctx.now),
            "deactivate_reason": body["deactivate_reason"],
        },
    )
    return Answer(200, read_now(ctx, changed))


STOCK_RULES: dict[str, Rule] = {
    "setNotifyConfig": product_coupon_rule(
        "setNotifyConfig", set_notify_config, ("PARAM_ERROR",), uses=(NOTIFY_USES,)
    ),
    "createProductCoupon": product_coupon_rule(
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
    "updateStockBudget": product_coupon_rule(
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
    "deactivateStock": product_coupon_rule(
        "deactivateStock", deactivate_stock, ("RESOURCE_NOT_EXISTS", "INVALID_REQUEST_STOCK_STATE")
    ),
}
