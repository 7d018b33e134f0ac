"""The named rules: what the spec cannot say on its own, one small function each.

Everything generic (routes, validation, signatures, pagination, idempotent replays, reading
seeded entities, error messages) comes from the spec. What is left is behaviour that really
belongs to one operation: redeeming a merchant coupon changes its state, a coupon past its
expiry reads EXPIRED, and the platform certificates are encrypted for the merchant who asks.
Each rule declares the error examples, entity fields and enum values it uses, and
``binding.bind`` checks them against the spec at start-up, so a spec that renames one stops the
mock with an error instead of changing what it answers.
"""

import datetime
from collections.abc import Mapping
from typing import Any

from .context import Answer, Context
from .declarations import Rule as Rule
from .declarations import View as View
from .entities import attribute, matching
from .platform_keys import listing
from .product_coupon_stocks import STOCK_RULES
from .product_coupons import PRODUCT_COUPON_VIEWS
from .user_product_coupons import USER_COUPON_RULES

CHINA = datetime.timezone(datetime.timedelta(hours=8))


# --- merchant coupons (商家券) -------------------------------------------------------------------

COUPONS = "listBusifavorCouponsByFilter"
STATE = "coupon_state"
AVAILABLE, REDEEMED, EXPIRED = "SENDED", "USED", "EXPIRED"
# Set on a seed entry whose stock uses merchant-defined codes (document 003: 商户自定义 code 的
# 批次，核销时必须填写批次号); such a coupon is redeemed only with its stock_id.
MERCHANT_DEFINED_CODE = "merchant_defined_code"


def _time(value: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))


def coupon_as_of(
    coupon: Mapping[str, Any], now: datetime.datetime, attrs: Mapping[str, Any]
) -> Mapping[str, Any]:
    """An unredeemed coupon past its expiry reads EXPIRED, as WeChat shows it."""
    state = coupon.get(STATE, AVAILABLE)
    expires = coupon.get("expire_time")
    if state == AVAILABLE and expires and _time(expires) < now:
        state = EXPIRED
    if coupon.get(STATE) == state:
        return coupon
    return {**coupon, STATE: state}


def redeem(ctx: Context) -> Answer:
    """核销: the caller's coupon, found by code and AppID (and stock), becomes USED."""
    body = ctx.request.body
    criteria = {"coupon_code": body["coupon_code"], "appid": body["appid"]}
    if "stock_id" in body:
        criteria["stock_id"] = body["stock_id"]
    coupons = ctx.operations[COUPONS]
    # A code is unique within its stock only; under another AppID it is another coupon.
    found = matching(ctx, criteria, coupons, everyone=True)
    if not found:
        return ctx.error(
            "RESOURCE_NOT_EXISTS",
            detail={
                "field": "/coupon_code",
                "location": "body",
                "issue": "no such coupon under this AppID (and stock)",
            },
        )
    mchid = ctx.caller.principal
    mine = [
        (entity, coupon)
        for entity, coupon in found
        if mchid in (coupon.get("belong_merchant"), entity.attrs.get("creator_merchant"))
    ]
    if not mine:
        return ctx.error(
            "NOAUTH",
            detail={
                "issue": "the coupon's stock neither belongs to nor was created by "
                "the calling merchant"
            },
        )
    entity, coupon = mine[0]
    owner = attribute(coupons, entity.attrs, coupon, "openid")
    if "openid" in body and body["openid"] != owner:
        return ctx.error(
            "USER_NOT_EXISTS",
            detail={
                "field": "/openid",
                "location": "body",
                "issue": "the coupon does not belong to this user",
            },
        )
    if entity.attrs.get(MERCHANT_DEFINED_CODE) and "stock_id" not in body:
        return ctx.error(
            "PARAM_ERROR",
            detail={
                "field": "/stock_id",
                "location": "body",
                "issue": "required for stocks with merchant-defined codes",
            },
        )
    state = coupon.get(STATE)
    if state == REDEEMED:
        return ctx.error(
            "RESOURCE_ALREADY_EXISTS_COUPON_USED",
            detail={"issue": "the coupon was redeemed by another use_request_no"},
        )
    if state != AVAILABLE:
        return ctx.error(
            "RULELIMIT", detail={"issue": f"the coupon is {state} and cannot be redeemed"}
        )
    begins = coupon.get("available_start_time")
    if begins and _time(begins) > ctx.now:
        return ctx.error("RULELIMIT", detail={"issue": f"the coupon is valid from {begins}"})
    assert ctx.db is not None, "a state-changing operation runs in a transaction"
    ctx.store.replace_body(
        ctx.db,
        entity,
        {
            **entity.body,
            STATE: REDEEMED,
            "use_request_no": body["use_request_no"],
            "use_time": body["use_time"],
        },
    )
    return Answer(
        200,
        {
            "stock_id": coupon["stock_id"],
            "openid": owner,
            "wechatpay_use_time": ctx.now.astimezone(CHINA).isoformat(timespec="seconds"),
        },
    )


# --- platform certificates (平台证书) ---------------------------------------------------------

ALGORITHM_TYPE, ONLY_SM2 = "algorithm_type", "SM2"


def download_certificates(ctx: Context) -> Answer:
    """下载平台证书: the listed certificates, encrypted with the caller's APIv3 key; a merchant
    in public-key mode has none (404, as WeChat Pay answers merchants registered since 2024-10)."""
    merchant = ctx.settings.merchant_of(ctx.caller.signature_type, ctx.caller.principal)
    if merchant is None or merchant.apiv3_key is None:
        return ctx.error(
            "RESOURCE_NOT_EXISTS",
            detail={"issue": "the merchant is in public-key mode: verify with PUB_KEY_ID_…"},
        )
    # The mock's certificates are RSA; asked for the SM2 (国密) ones only, there are none.
    wanted = ctx.request.query.get(ALGORITHM_TYPE) != ONLY_SM2
    listed = [c for c in ctx.store.certificates() if c.listed and wanted]
    return Answer(200, {"data": [listing(c.certificate, merchant.apiv3_key) for c in listed]})


RULES: dict[str, Rule] = {
    "downloadCertificates": Rule(
        operation_id="downloadCertificates",
        handle=download_certificates,
        errors=("RESOURCE_NOT_EXISTS",),
        parameter_values=((ALGORITHM_TYPE, (ONLY_SM2,)),),
    ),
    "useBusifavorCoupon": Rule(
        operation_id="useBusifavorCoupon",
        handle=redeem,
        errors=(
            "RESOURCE_NOT_EXISTS",
            "NOAUTH",
            "USER_NOT_EXISTS",
            "PARAM_ERROR",
            "RESOURCE_ALREADY_EXISTS_COUPON_USED",
            "RULELIMIT",
        ),
        entities_of=COUPONS,
        fields=(
            "coupon_code",
            "stock_id",
            "belong_merchant",
            "available_start_time",
            "use_request_no",
            "use_time",
        ),
        state_field=STATE,
        states=(AVAILABLE, REDEEMED),
    ),
    **STOCK_RULES,
    **USER_COUPON_RULES,
}

VIEWS: dict[str, View] = {
    COUPONS: View(
        operation_id=COUPONS,
        apply=coupon_as_of,
        fields=("expire_time",),
        state_field=STATE,
        states=(AVAILABLE, EXPIRED),
    ),
    **PRODUCT_COUPON_VIEWS,
}
