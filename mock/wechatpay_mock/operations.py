"""What each of the four operations does to the state, and what it answers.

Handlers receive validated input (see validation.py) and the caller's identity (verified by
the signature), and return an ``Answer``; the app signs and sends it.
"""

import datetime
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .spec import Operation
from .store import Store
from .validation import ValidRequest
from .world import MockSettings

CHINA = datetime.timezone(datetime.timedelta(hours=8))


@dataclass(frozen=True)
class Caller:
    scheme: str  # "merchant" or "brand"
    principal: str  # mchid or brand_id


@dataclass(frozen=True)
class Answer:
    status: int
    body: dict[str, Any]


@dataclass(frozen=True)
class Context:
    operation: Operation
    request: ValidRequest
    caller: Caller
    settings: MockSettings
    store: Store
    now: datetime.datetime


def error(
    operation: Operation | None,
    status: int,
    code: str,
    message: str | None = None,
    detail: dict[str, Any] | None = None,
) -> Answer:
    """WeChat's error body; the message comes from the spec's example for that code."""
    if message is None:
        example = operation.error_example(status, code) if operation else None
        message = str(example["message"]) if example else code
    body: dict[str, Any] = {"code": code, "message": message}
    if detail:
        body["detail"] = detail
    return Answer(status, body)


def _time(value: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))


def _iso(moment: datetime.datetime) -> str:
    return moment.astimezone(CHINA).isoformat(timespec="seconds")


# --- GET /v3/marketing/busifavor/users/{openid}/coupons ------------------------------------------


def list_busifavor_coupons(ctx: Context) -> Answer:
    query = ctx.request.query
    openid, appid = ctx.request.path["openid"], query["appid"]
    if not _appid_bound(ctx, appid):
        # Document 000, 错误码: 400 APPID_MCHID_NOT_MATCH, "appid 与请求方商户无关联关系".
        return error(
            ctx.operation,
            400,
            "APPID_MCHID_NOT_MATCH",
            detail={
                "field": "appid",
                "location": "query",
                "issue": "the AppID is not bound to the calling merchant",
            },
        )
    clauses = [
        "openid = ?",
        "appid = ?",
        "? IN (belong_merchant, creator_merchant, sender_merchant)",
    ]
    values: list[Any] = [openid, appid, ctx.caller.principal]
    for name in ("stock_id", "creator_merchant", "belong_merchant", "sender_merchant"):
        if name in query:
            clauses.append(f"{name} = ?")
            values.append(query[name])
    where = " AND ".join(clauses)
    limit = int(query.get("limit", 20))
    page = int(query.get("offset", 0))
    # Only fixed column names are interpolated; every value is a bound parameter.
    sql = f"SELECT data FROM busifavor WHERE {where} ORDER BY seq"  # noqa: S608
    rows = _rows(ctx.store, sql, values)
    coupons = [json.loads(row["data"]) for row in rows]
    if "coupon_state" in query:
        coupons = [c for c in coupons if _busifavor_state(c, ctx.now) == query["coupon_state"]]
    for coupon in coupons:
        coupon["coupon_state"] = _busifavor_state(coupon, ctx.now)
    window = coupons[page * limit : (page + 1) * limit]
    return Answer(
        200, {"data": window, "total_count": len(coupons), "limit": limit, "offset": page}
    )


def _appid_bound(ctx: Context, appid: str) -> bool:
    """Whether ``appid`` is one the calling merchant registered (mock.toml ``appids``)."""
    merchant = ctx.settings.merchants.get(ctx.caller.principal)
    return merchant is not None and appid in merchant.appids


def _busifavor_state(coupon: dict[str, Any], now: datetime.datetime) -> str:
    # An unredeemed coupon past its expiry reads EXPIRED, as WeChat shows it.
    state = str(coupon.get("coupon_state", "SENDED"))
    expires = coupon.get("expire_time")
    if state == "SENDED" and expires and _time(expires) < now:
        return "EXPIRED"
    return state


def _rows(store: Store, sql: str, values: list[Any]) -> list[sqlite3.Row]:
    with store.transaction() as db:
        return list(db.execute(sql, values).fetchall())


# --- POST /v3/marketing/busifavor/coupons/use ----------------------------------------------------


def use_busifavor_coupon(ctx: Context) -> Answer:
    body = ctx.request.body
    mchid = ctx.caller.principal
    code, appid, request_no = body["coupon_code"], body["appid"], body["use_request_no"]
    with ctx.store.transaction() as db:
        done = db.execute(
            "SELECT coupon_code, response FROM redemptions WHERE mchid = ? AND use_request_no = ?",
            (mchid, request_no),
        ).fetchone()
        if done is not None:
            if done["coupon_code"] != code:
                return error(
                    ctx.operation,
                    400,
                    "RESOURCE_ALREADY_EXISTS",
                    "核销请求单据号已被使用",
                    {
                        "field": "/use_request_no",
                        "location": "body",
                        "issue": f"already used to redeem coupon {done['coupon_code']}",
                    },
                )
            # The same request again: the first answer, and nothing redeemed twice.
            return Answer(200, json.loads(done["response"]))
        answer = _redeem(ctx, db, mchid, code, appid, request_no, body)
    return answer


def _redeem(
    ctx: Context,
    db: sqlite3.Connection,
    mchid: str,
    code: str,
    appid: str,
    request_no: str,
    body: dict[str, Any],
) -> Answer:
    if not _appid_bound(ctx, appid):
        return error(
            ctx.operation,
            400,
            "APPID_MCHID_NOT_MATCH",
            detail={
                "field": "/appid",
                "location": "body",
                "issue": "the AppID is not bound to the calling merchant",
            },
        )
    # A code is unique within its stock only; under another AppID it is another coupon.
    sql = "SELECT * FROM busifavor WHERE coupon_code = ? AND appid = ?"
    values: list[Any] = [code, appid]
    if "stock_id" in body:
        sql += " AND stock_id = ?"
        values.append(body["stock_id"])
    rows = db.execute(sql + " ORDER BY seq", values).fetchall()
    mine = [r for r in rows if mchid in (r["belong_merchant"], r["creator_merchant"])]
    if not rows:
        return error(
            ctx.operation,
            404,
            "RESOURCE_NOT_EXISTS",
            detail={
                "field": "/coupon_code",
                "location": "body",
                "issue": "no such coupon under this AppID (and stock)",
            },
        )
    if not mine:
        return error(
            ctx.operation,
            403,
            "NOAUTH",
            detail={
                "issue": "the coupon's stock neither belongs to nor was created by "
                "the calling merchant"
            },
        )
    row = mine[0]
    if "openid" in body and body["openid"] != row["openid"]:
        return error(
            ctx.operation,
            404,
            "USER_NOT_EXISTS",
            detail={
                "field": "/openid",
                "location": "body",
                "issue": "the coupon does not belong to this user",
            },
        )
    if row["code_mode"] in ("MERCHANT_API", "MERCHANT_UPLOAD") and "stock_id" not in body:
        return error(
            ctx.operation,
            400,
            "PARAM_ERROR",
            "参数错误",
            {
                "field": "/stock_id",
                "location": "body",
                "issue": "required for stocks with merchant-defined codes",
            },
        )
    coupon = json.loads(row["data"])
    state = _busifavor_state(coupon, ctx.now)
    if state == "USED":
        return error(
            ctx.operation,
            400,
            "RESOURCE_ALREADY_EXISTS",
            "券已被其他订单核销",
            {"issue": "the coupon was redeemed by another use_request_no"},
        )
    if state in ("EXPIRED", "DEACTIVATED", "DELETED"):
        return error(
            ctx.operation,
            403,
            "RULELIMIT",
            "券不在有效期",
            {"issue": f"the coupon is {state} and cannot be redeemed"},
        )
    begins = coupon.get("available_start_time")
    if begins and _time(begins) > ctx.now:
        return error(
            ctx.operation,
            403,
            "RULELIMIT",
            "券不在有效期",
            {"issue": f"the coupon is valid from {begins}"},
        )
    coupon.update(coupon_state="USED", use_request_no=request_no, use_time=body["use_time"])
    db.execute(
        "UPDATE busifavor SET data = ? WHERE coupon_code = ? AND stock_id = ?",
        (json.dumps(coupon, ensure_ascii=False), row["coupon_code"], row["stock_id"]),
    )
    result = {
        "stock_id": row["stock_id"],
        "openid": row["openid"],
        "wechatpay_use_time": _iso(ctx.now),
    }
    db.execute(
        "INSERT INTO redemptions VALUES (?,?,?,?)",
        (mchid, request_no, code, json.dumps(result, ensure_ascii=False)),
    )
    return Answer(200, result)


# --- GET /v3/marketing/favor/users/{openid}/coupons/{coupon_id} ----------------------------------


def query_favor_coupon(ctx: Context) -> Answer:
    openid, coupon_id = ctx.request.path["openid"], ctx.request.path["coupon_id"]
    appid = ctx.request.query["appid"]
    if not _appid_bound(ctx, appid):
        # Document 002, 错误码: 400 APPID_MCHID_NOT_MATCH, "商户号与 appid 不匹配".
        return error(
            ctx.operation,
            400,
            "APPID_MCHID_NOT_MATCH",
            "商户号与 appid 不匹配",
            {
                "field": "appid",
                "location": "query",
                "issue": "the AppID is not bound to the calling merchant",
            },
        )
    rows = _rows(
        ctx.store,
        "SELECT data FROM favor WHERE coupon_id = ? AND openid = ? AND appid = ?",
        [coupon_id, openid, appid],
    )
    if not rows:
        return error(
            ctx.operation,
            404,
            "RESOURCE_NOT_EXISTS",
            "券不存在",
            {
                "field": "coupon_id",
                "location": "path",
                "issue": "no such coupon for this user and AppID",
            },
        )
    return Answer(200, json.loads(rows[0]["data"]))


# --- GET /brand/marketing/product-coupon/users/{openid}/coupons/{coupon_code} --------------------


def get_user_product_coupon(ctx: Context) -> Answer:
    path, query = ctx.request.path, ctx.request.query
    serial = ctx.request.headers.get("Wechatpay-Serial")
    if serial != ctx.settings.public_key_id:
        return error(
            ctx.operation,
            400,
            "PARAM_ERROR",
            "参数错误",
            {
                "field": "Wechatpay-Serial",
                "location": "header",
                "issue": f"must be the WeChat Pay public key id {ctx.settings.public_key_id}",
            },
        )
    rows = _rows(
        ctx.store,
        "SELECT data FROM product WHERE brand_id = ? AND coupon_code = ? AND openid = ? "
        "AND appid = ?",
        [ctx.caller.principal, path["coupon_code"], path["openid"], query["appid"]],
    )
    coupon = json.loads(rows[0]["data"]) if rows else None
    if (
        coupon is None
        or coupon.get("product_coupon", {}).get("product_coupon_id") != query["product_coupon_id"]
        or coupon.get("stock", {}).get("stock_id") != query["stock_id"]
    ):
        return error(
            ctx.operation,
            404,
            "RESOURCE_NOT_EXISTS",
            "用户券不存在",
            {
                "field": "coupon_code",
                "location": "path",
                "issue": "no such coupon for this brand, user, product coupon and stock",
            },
        )
    return Answer(200, coupon)


HANDLERS: dict[str, Callable[[Context], Answer]] = {
    "listBusifavorCouponsByFilter": list_busifavor_coupons,
    "useBusifavorCoupon": use_busifavor_coupon,
    "queryFavorCoupon": query_favor_coupon,
    "getUserProductCoupon": get_user_product_coupon,
}
