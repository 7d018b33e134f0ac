"""A copy of the spec with test-only brand operations, and their rules, for the generic machinery.

The shipped spec has no create, no entity that another one belongs to, and no webhook yet (the
product-coupon pages bring them). These stand in for them, written as a spec author and a rule
author would, under a path no WeChat API uses (``/brand/marketing/mock-test/…``):

* ``getTestStock`` reads a stock (``ProductCouponStock``, the shipped schema);
* ``createTestStock`` creates one, idempotent on ``out_request_no`` (``ctx.new_id``,
  ``ctx.add_entity``);
* ``sendTestCoupon`` sends a user coupon of a stock: a ``getUserProductCoupon`` entity that reads
  its ``stock`` through a relation.
"""

import copy
from typing import Any

import yaml

from wechatpay_mock.context import Answer, Context
from wechatpay_mock.rules import RULES, Rule
from wechatpay_mock.spec import Spec, spec_path

DOCUMENT = yaml.safe_load(spec_path().read_text(encoding="utf-8"))
STOCKS = "/brand/marketing/mock-test/stocks"
STOCK = "/brand/marketing/mock-test/stocks/{stock_id}"
SEND = "/brand/marketing/mock-test/users/{openid}/coupons"
BRAND_COUPON = "getUserProductCoupon"


def _responses(success: dict[str, Any], *, not_found: bool = True) -> dict[str, Any]:
    responses = {
        "200": success,
        "400": {"$ref": "#/components/responses/ProductCouponBadRequest"},
        "401": {"$ref": "#/components/responses/SignError"},
        "403": {"$ref": "#/components/responses/ProductCouponForbidden"},
        "429": {"$ref": "#/components/responses/ProductCouponTooManyRequests"},
        "500": {"$ref": "#/components/responses/ProductCouponServerError"},
    }
    if not_found:
        responses["404"] = {"$ref": "#/components/responses/ProductCouponNotFound"}
    return responses


def _json(schema: dict[str, Any], links: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "description": "OK",
        "content": {"application/json": {"schema": schema}},
        **({"links": links} if links else {}),
    }


def _body(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": required,
                    "properties": properties,
                    "additionalProperties": False,
                }
            }
        },
    }


def _operation(operation_id: str, **rest: Any) -> dict[str, Any]:
    serial = next(p for p in _brand_read()["parameters"] if p.get("name") == "Wechatpay-Serial")
    return {
        "operationId": operation_id,
        "tags": ["brand_product_coupon"],
        "summary": operation_id,
        "security": [{"WechatPayBrandSignature": []}],
        **rest,
        "parameters": [serial, *rest.get("parameters", [])],
    }


def _brand_read() -> dict[str, Any]:
    for item in DOCUMENT["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == BRAND_COUPON:
                return operation
    raise LookupError(BRAND_COUPON)


STRING = {"type": "string", "minLength": 1, "maxLength": 40}
REQUEST_NO = {"type": "string", "minLength": 1, "maxLength": 40, "example": "REQ_0001"}


def extended_document(document: dict[str, Any] | None = None) -> dict[str, Any]:
    """``document`` (default: the shipped spec) with the test-only operations."""
    document = copy.deepcopy(document or DOCUMENT)
    stock = {"$ref": "#/components/schemas/ProductCouponStock"}
    path_stock_id = {
        "name": "stock_id",
        "in": "path",
        "required": True,
        "description": "The stock.",
        "schema": STRING,
    }
    document["paths"][STOCK] = {
        "get": _operation(
            "getTestStock",
            parameters=[path_stock_id],
            responses=_responses(
                _json(
                    stock,
                    {
                        "again": {
                            "operationId": "getTestStock",
                            "parameters": {"stock_id": "$response.body#/stock_id"},
                        }
                    },
                )
            ),
        )
    }
    document["paths"][STOCKS] = {
        "post": _operation(
            "createTestStock",
            requestBody=_body(
                {"out_request_no": REQUEST_NO, "product_coupon_id": STRING, "remark": STRING},
                ["out_request_no", "product_coupon_id"],
            ),
            responses=_responses(_json(stock), not_found=False),
            **{"x-idempotency-key": "out_request_no", "x-idempotency-conflict": "PARAM_ERROR"},
        )
    }
    document["paths"][SEND] = {
        "post": _operation(
            "sendTestCoupon",
            parameters=[{**path_stock_id, "name": "openid", "description": "The user."}],
            requestBody=_body(
                {"out_request_no": REQUEST_NO, "stock_id": STRING, "appid": STRING},
                ["out_request_no", "stock_id", "appid"],
            ),
            responses=_responses(
                _json(
                    {
                        "type": "object",
                        "required": ["coupon_code"],
                        "properties": {"coupon_code": STRING},
                    }
                )
            ),
            **{"x-idempotency-key": "out_request_no", "x-idempotency-conflict": "PARAM_ERROR"},
        )
    }
    return document


def extended_spec() -> Spec:
    return Spec(extended_document())


# --- the rules ------------------------------------------------------------------------------


def create_stock(ctx: Context) -> Answer:
    body = ctx.request.body
    stock_id = ctx.new_id("getTestStock", "/stock_id")
    stock = {
        "product_coupon_id": body["product_coupon_id"],
        "stock_id": stock_id,
        "remark": body.get("remark", ""),
        "state": "SENDING",
        "sent_count_info": {"total_count": 0, "today_count": 0},
    }
    ctx.add_entity("getTestStock", stock, attrs={"id": stock_id, "owners": [ctx.caller.principal]})
    return Answer(200, stock)


def send_coupon(ctx: Context) -> Answer:
    body, openid = ctx.request.body, ctx.request.path["openid"]
    stock = ctx.store.entity("getTestStock", body["stock_id"])
    if stock is None:
        return ctx.error("RESOURCE_NOT_EXISTS", detail={"field": "/stock_id", "location": "body"})
    code = ctx.new_id(BRAND_COUPON, "/coupon_code")
    ctx.add_entity(
        BRAND_COUPON,
        {
            "coupon_code": code,
            "coupon_state": "CONFIRMING",
            "valid_begin_time": "2026-03-01T00:00:00+08:00",
            "valid_end_time": "2026-03-31T23:59:59+08:00",
            "receive_time": ctx.now.isoformat(timespec="seconds"),
            "send_request_no": body["out_request_no"],
            "send_channel": "API",
            "product_coupon": {"product_coupon_id": stock.body["product_coupon_id"]},
        },
        attrs={"openid": openid, "appid": body["appid"], "owners": [ctx.caller.principal]},
        relations={"stock": ("getTestStock", body["stock_id"])},
    )
    return Answer(200, {"coupon_code": code})


TEST_RULES: dict[str, Rule] = {
    **RULES,
    "createTestStock": Rule(
        "createTestStock", create_stock, creates=(("getTestStock", "/stock_id"),)
    ),
    "sendTestCoupon": Rule(
        "sendTestCoupon",
        send_coupon,
        errors=("RESOURCE_NOT_EXISTS",),
        creates=((BRAND_COUPON, "/coupon_code"),),
    ),
}
