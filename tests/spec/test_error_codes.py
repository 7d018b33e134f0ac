"""Every error code the documents list for an operation is declared under the right status.

The table is transcribed from the error tables at the end of each document in spec/sources/
(status, code, description). When a document changes, this table and the spec change together.
"""

from __future__ import annotations

from typing import Any

import pytest

from .test_spec_valid import load_spec, resolve

BUSIFAVOR_TABLE = [  # 000_ab1001e4b8ea7f34.txt and 003_f4db6d104f9537f6.txt share one table
    ("400", "PARAM_ERROR", "参数错误"),
    ("400", "SYSTEM_ERROR", "系统错误"),
    ("400", "RESOURCE_ALREADY_EXISTS", "批次已存在"),
    ("400", "RESOURCE_ALREADY_EXISTS", "券已被其他订单核销"),
    ("404", "RESOURCE_NOT_EXISTS", "查询的资源不存在"),
    ("403", "NOAUTH", "无权限"),
    ("400", "APPID_MCHID_NOT_MATCH", "appid 与请求方商户无关联关系"),
    ("400", "MCH_NOT_EXISTS", "商户号不存在"),
    ("404", "USER_NOT_EXISTS", "openid 不正确"),
    ("500", "SYSTEM_ERROR", "系统失败"),
    ("429", "FREQUENCY_LIMITED", "频率限制"),
    ("403", "RULELIMIT", "券不在有效期"),
    ("400", "INVALID_REQUEST", "发券模式不合法"),
    ("400", "INVALID_REQUEST", "上传的自定义 code 已达上限"),
]

FAVOR_TABLE = [  # 002_afe94fbce4021fea.txt
    ("400", "PARAM_ERROR", "回调 url 不能为空"),
    ("400", "PARAM_ERROR", "回调商户不能为空"),
    ("400", "PARAM_ERROR", "券 id 必填"),
    ("400", "PARAM_ERROR", "appid 必填"),
    ("400", "PARAM_ERROR", "openid 必填"),
    ("400", "PARAM_ERROR", "页大小超过阈值"),
    ("400", "PARAM_ERROR", "输入时间格式错误"),
    ("400", "PARAM_ERROR", "批次号必填"),
    ("400", "PARAM_ERROR", "商户号必填"),
    ("400", "PARAM_ERROR", "非法的批次状态"),
    ("400", "MCH_NOT_EXISTS", "商户号不合法"),
    ("400", "INVALID_REQUEST", "openid 与 appID 不匹配"),
    ("400", "INVALID_REQUEST", "活动已结束或未激活"),
    ("400", "INVALID_REQUEST", "非法的商户号"),
    ("400", "APPID_MCHID_NOT_MATCH", "商户号与 appid 不匹配"),
    ("403", "USER_ACCOUNT_ABNORMAL", "用户非法"),
    ("403", "NOT_ENOUGH", "批次预算不足"),
    ("403", "REQUEST_BLOCKED", "调用商户无权限"),
    ("403", "REQUEST_BLOCKED", "商户无权发券"),
    ("403", "REQUEST_BLOCKED", "批次不支持跨商户发券"),
    ("403", "REQUEST_BLOCKED", "用户被限领拦截"),
    ("404", "RESOURCE_NOT_EXISTS", "批次不存在"),
    ("429", "FREQUENCY_LIMIT_EXCEED", "接口限频"),
]

PRODUCT_COUPON_TABLE = [  # 001_f1367297069ecd16.txt
    ("400", "PARAM_ERROR", "参数错误"),
    ("400", "INVALID_REQUEST", "HTTP 请求不符合微信支付 APIv3 接口规则"),
    ("401", "SIGN_ERROR", "验证不通过"),
    ("500", "SYSTEM_ERROR", "系统异常"),
    ("400", "INVALID_REQUEST", "单券使用模式的商品券批次"),
    ("400", "INVALID_REQUEST", "多次优惠使用模式的商品券批次"),
    ("400", "INVALID_REQUEST", "单品满减券或单品折扣券不应在商品券中设置"),
    ("403", "NO_AUTH", "品牌没有此接口权限"),
    ("400", "INVALID_REQUEST", "商品券支持APP核销时，必须提供「APP跳转路径」"),
    ("400", "PARAM_ERROR", "分页大小超出限制"),
    ("400", "INVALID_REQUEST", "商品券支持小程序核销时，必须提供「小程序AppID」"),
    ("400", "INVALID_REQUEST", "单品券必须提供商品原价"),
    ("400", "INVALID_REQUEST", "商品券支持小程序核销时，必须提供「小程序跳转路径」"),
    ("400", "INVALID_REQUEST", "单品券必须提供商品券套餐组合信息"),
    ("400", "PARAM_ERROR", "时间字符串格式错误"),
    ("400", "INVALID_REQUEST", "全场折扣券应在商品券中提供折扣券使用规则信息"),
    ("400", "INVALID_REQUEST", "全场满减券应在商品券中提供满减券使用规则信息"),
    ("400", "INVALID_REQUEST", "每周可用星期数(day_list)必填"),
    ("400", "INVALID_REQUEST", "全场券需要提供「单券模式信息(single_usage_info)」"),
    ("400", "INVALID_REQUEST", "多次优惠模式下必须提供「多次优惠模式信息(sequential_usage_info)」"),
    ("400", "INVALID_REQUEST", "传入的OpenID不合法"),
]

# APIv3 public codes (basic rules page) that every operation can answer.
PUBLIC = [
    ("400", "INVALID_REQUEST", "HTTP 请求不符合微信支付 APIv3 接口规则"),
    ("401", "SIGN_ERROR", ""),
    ("500", "SYSTEM_ERROR", ""),
]

TABLES = {
    "listBusifavorCouponsByFilter": BUSIFAVOR_TABLE + PUBLIC,
    "useBusifavorCoupon": BUSIFAVOR_TABLE + PUBLIC,
    "queryFavorCoupon": FAVOR_TABLE + PUBLIC,
    "getUserProductCoupon": PRODUCT_COUPON_TABLE + PUBLIC,
}


def declared_errors(op: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    spec = load_spec()
    out = []
    for status, response in op["responses"].items():
        response = resolve(spec, response)
        for media in response.get("content", {}).values():
            for ex in media.get("examples", {}).values():
                value = ex["value"]
                if "code" in value:
                    text = f"{ex.get('summary', '')} {value['message']}"
                    out.append((status, value["code"], text, ex.get("description", "")))
    return out


def operations() -> dict[str, dict[str, Any]]:
    return {op["operationId"]: op for item in load_spec()["paths"].values() for op in item.values()}


@pytest.mark.parametrize(
    ("operation_id", "status", "code", "text"),
    [(op, *row) for op, table in TABLES.items() for row in table],
)
def test_documented_error_is_declared(operation_id: str, status: str, code: str, text: str) -> None:
    declared = declared_errors(operations()[operation_id])
    matches = [d for d in declared if d[0] == status and d[1] == code and text in d[2]]
    assert matches, f"{operation_id}: {status} {code} {text!r} not declared; have {declared}"
    # Each example carries the document's solution (解决方案) as its description.
    assert all(d[3] for d in matches)


def test_every_operation_answers_429_and_every_error_status_has_examples() -> None:
    for op_id, op in operations().items():
        statuses = {s for s, *_ in declared_errors(op)}
        assert {"400", "401", "403", "404", "429", "500"} <= statuses, op_id
