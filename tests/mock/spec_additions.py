"""A copy of the spec with test-only brand operations, and their rules, for the generic machinery.

They test what the mock offers any operation (creates, relations, notifications) apart from the
product-coupon rules that use it, written as a spec author and a rule author would, under a
path no WeChat API uses (``/brand/marketing/mock-test/…``):

* ``getTestStock`` reads a stock (``ProductCouponStock``, the shipped schema);
* ``createTestStock`` creates one, idempotent on ``out_request_no`` (``ctx.new_id``,
  ``ctx.add_entity``);
* ``sendTestCoupon`` sends a user coupon of a stock: a ``getUserProductCoupon`` entity that reads
  its ``stock`` through a relation, and, when the brand has a notify URL, a notification;
* ``setTestNotifyUrl`` / ``getTestNotifyUrl``: the brand's notify URL (http(s) only);
* the webhook ``mockTestNotification``: the envelope of WeChat's 商品券回调通知 page (its four
  signature headers, no ``Wechatpay-Signature-Type``), the decrypted resource of its event
  type in ``x-event-types``.
"""

import copy
from typing import Any

import yaml

from wechatpay_mock.context import Answer, Context
from wechatpay_mock.notifications import notify_url_problem
from wechatpay_mock.rules import RULES, Rule
from wechatpay_mock.spec import Spec, spec_path

DOCUMENT = yaml.safe_load(spec_path().read_text(encoding="utf-8"))
STOCKS = "/brand/marketing/mock-test/stocks"
STOCK = "/brand/marketing/mock-test/stocks/{stock_id}"
SEND = "/brand/marketing/mock-test/users/{openid}/coupons"
NOTIFY = "/brand/marketing/mock-test/notify-configs"
WEBHOOK = "mockTestNotification"
SEND_EVENT = "PRODUCT_COUPON.SEND"
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
# The envelope as the 商品券回调通知 page lists it (id string(36) … summary string(64)).
NOTIFICATION = {
    "type": "object",
    "required": ["id", "create_time", "event_type", "resource_type", "resource", "summary"],
    "properties": {
        "id": {"type": "string", "maxLength": 36},
        "create_time": {"type": "string", "format": "date-time"},
        "event_type": {"type": "string", "maxLength": 32},
        "resource_type": {"type": "string", "const": "encrypt-resource"},
        "summary": {"type": "string", "maxLength": 64},
        "resource": {
            "type": "object",
            "required": ["algorithm", "ciphertext", "nonce", "associated_data", "original_type"],
            "properties": {
                "algorithm": {"type": "string", "const": "AEAD_AES_256_GCM"},
                "ciphertext": {"type": "string"},
                "nonce": {"type": "string"},
                "associated_data": {"type": "string"},
                "original_type": {"type": "string"},
            },
        },
    },
}
SENT_COUPON = {
    "type": "object",
    "required": ["coupon_code", "stock_id", "openid", "send_request_no"],
    "properties": {
        "coupon_code": STRING,
        "stock_id": STRING,
        "openid": STRING,
        "send_request_no": STRING,
    },
}


def extended_document(document: dict[str, Any] | None = None) -> dict[str, Any]:
    """``document`` (default: the shipped spec) with the test-only operations and webhook."""
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
    notify_config = {
        "type": "object",
        "required": ["notify_url"],
        "properties": {"notify_url": {"type": "string", "maxLength": 256}},
    }
    document["paths"][NOTIFY] = {
        "post": _operation(
            "setTestNotifyUrl",
            requestBody=_body({"notify_url": {"type": "string", "maxLength": 256}}, ["notify_url"]),
            responses=_responses(_json(notify_config), not_found=False),
        ),
        "get": _operation("getTestNotifyUrl", responses=_responses(_json(notify_config))),
    }
    document["components"]["schemas"]["MockTestNotification"] = NOTIFICATION
    document["components"]["schemas"]["MockTestSentCoupon"] = SENT_COUPON
    document.setdefault("webhooks", {})[WEBHOOK] = {
        "post": {
            "operationId": WEBHOOK,
            "summary": "A user coupon was sent (test only)",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/MockTestNotification"},
                        "examples": {
                            "send": {
                                "value": {
                                    "id": "EV-2018022511223320873",
                                    "create_time": "2015-05-20T13:29:35+08:00",
                                    "resource_type": "encrypt-resource",
                                    "event_type": SEND_EVENT,
                                    "summary": "商品券通知",
                                    "resource": {
                                        "original_type": "product_coupon",
                                        "algorithm": "AEAD_AES_256_GCM",
                                        "ciphertext": "…",
                                        "associated_data": "product_coupon",
                                        "nonce": "…",
                                    },
                                }
                            }
                        },
                    }
                },
            },
            "x-event-types": {
                SEND_EVENT: {
                    "summary": "a test coupon was sent",
                    "schema": {"$ref": "#/components/schemas/MockTestSentCoupon"},
                }
            },
            "responses": {"200": {"description": "Received."}},
        }
    }
    return copy.deepcopy(document)  # a test may change its copy, never the constants above


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
    config = ctx.store.entity("getTestNotifyUrl", ctx.caller.principal)
    if config is not None:
        ctx.notify(
            WEBHOOK,
            SEND_EVENT,
            {
                "coupon_code": code,
                "stock_id": body["stock_id"],
                "openid": openid,
                "send_request_no": body["out_request_no"],
            },
            url=config.body["notify_url"],
        )
    if body["out_request_no"].startswith("FAIL_AFTER_NOTIFY"):
        # For the test that an error answer keeps nothing the rule wrote, notifications included.
        return ctx.error("PARAM_ERROR", detail={"issue": "asked to fail"})
    return Answer(200, {"coupon_code": code})


def set_notify_url(ctx: Context) -> Answer:
    url = ctx.request.body["notify_url"]
    problem = notify_url_problem(url)
    if problem is not None:
        return ctx.error(
            "PARAM_ERROR", detail={"field": "/notify_url", "location": "body", "issue": problem}
        )
    config = {"notify_url": url}
    # One per brand: the id is the brand, and a later one replaces it.
    owner = ctx.caller.principal
    ctx.add_entity("getTestNotifyUrl", config, attrs={"id": owner, "owners": [owner]})
    return Answer(200, config)


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
        notifies=((WEBHOOK, (SEND_EVENT,)),),
    ),
    "setTestNotifyUrl": Rule("setTestNotifyUrl", set_notify_url),
}
# What `wechatpay-mock --rules tests.mock.spec_additions` serves with.
RULES = TEST_RULES
