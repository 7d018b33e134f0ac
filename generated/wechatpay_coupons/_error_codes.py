"""WeChat Pay's error codes, as the spec documents them (its error examples), typed.

``ErrorCode`` lists every documented ``code``; ``errors.ApiError.code`` is one (an unknown code
becomes an ``UNKNOWN`` member that keeps its text). A code that is a business outcome of a 400,
403 or 404 (an expired coupon, a coupon redeemed by another order) has its own class, a
subclass of its status's, so a caller can catch exactly it.
"""

from typing import Final

from ._enums import TolerantStrEnum

# Unused ones are dropped by the generator's ruff pass.
from .errors import (
    ApiError,
    BadRequestError,
    IdempotencyConflict,
    NotFoundError,
    PermissionDeniedError,
)


class ErrorCode(TolerantStrEnum):
    """Every ``code`` the spec documents for an error answer, with its statuses."""

    APPID_MCHID_NOT_MATCH = "APPID_MCHID_NOT_MATCH"
    """400: appid 与请求方商户无关联关系; 商户号与 appid 不匹配"""
    FREQUENCY_LIMITED = "FREQUENCY_LIMITED"
    """429: 频率超限; 频率限制"""
    FREQUENCY_LIMIT_EXCEED = "FREQUENCY_LIMIT_EXCEED"
    """429: 接口限频"""
    INVALID_REQUEST = "INVALID_REQUEST"
    """400: HTTP 请求不符合微信支付 APIv3 接口规则; openid 与 appID 不匹配; 上传的自定义 code 已达上限; 传入的 AppID 非法; 传入的OpenID不合法; 券不在使用有效期（绝对批次有效期）; 券不在使用有效期（规则周期）; 券已被其他订单核销; 券已被其他订单核销锁定; 券已被删除; 券已过期，不能再进行其他操作;..."""
    MCH_NOT_EXISTS = "MCH_NOT_EXISTS"
    """400: 商户号不合法; 商户号不存在"""
    NOAUTH = "NOAUTH"
    """403: 无权限"""
    NOT_ENOUGH = "NOT_ENOUGH"
    """403: 批次预算不足"""
    NO_AUTH = "NO_AUTH"
    """403: 品牌没有此接口权限; 商户无权限"""
    PARAM_ERROR = "PARAM_ERROR"
    """400: appid 必填; openid 必填; 分页大小超出限制，请根据接口文档调整到允许的范围; 券 id 必填; 参数超出取值范围; 参数过短; 参数过长; 参数错误; 参数非法; 商户号必填; 回调 url 不能为空; 回调商户不能为空; 批次号必填; 时间字符串格式错误，请使用 RFC3339 标准格式; 输入时间格式错误; 非法的批次状态; 页大小超过阈值"""
    RATELIMIT_EXCEEDED = "RATELIMIT_EXCEEDED"
    """429: 频率过快"""
    REQUEST_BLOCKED = "REQUEST_BLOCKED"
    """403: 商户无权发券; 批次不支持跨商户发券; 用户被限领拦截; 调用商户无权限"""
    RESOURCE_ALREADY_EXISTS = "RESOURCE_ALREADY_EXISTS"
    """400: 券已被其他订单核销; 批次已存在; 请求单号已被使用，且请求内容与首次请求不同"""
    RESOURCE_NOT_EXISTS = "RESOURCE_NOT_EXISTS"
    """404: 当前访问对象不存在; 批次不存在; 无可用的平台证书，请在商户平台-API安全申请使用微信支付公钥。可查看指引https://pay.weixin.qq.com/doc/v3/merchant/4012153196; 查询的资源不存在; 用户券不存在; 证书不存在"""
    RULELIMIT = "RULELIMIT"
    """403: 券不在有效期"""
    SIGN_ERROR = "SIGN_ERROR"
    """401: 错误的签名，验签失败"""
    SYSTEM_ERROR = "SYSTEM_ERROR"
    """400, 500: 系统失败; 系统异常，请稍后重试; 系统错误"""
    USER_ACCOUNT_ABNORMAL = "USER_ACCOUNT_ABNORMAL"
    """403: 用户非法"""
    USER_NOT_EXISTS = "USER_NOT_EXISTS"
    """404: openid 不正确"""


class AppidMchidNotMatchError(BadRequestError):
    """400 ``APPID_MCHID_NOT_MATCH``, as documented:

    - appid 与请求方商户无关联关系: 解决方案：appid 与请求方商户不匹配，请确认 appid 与请求方商户是否有关联关系。The AppID is not bound to the calling merchant.

    - 商户号与 appid 不匹配: 解决方案：请绑定调用接口的商户号和 APPID 后重试。
    """


class InvalidRequestError(BadRequestError):
    """400 ``INVALID_REQUEST``, as documented:

    - HTTP 请求不符合微信支付 APIv3 接口规则: 解决方案：请参阅接口规则。

    - openid 与 appID 不匹配: 解决方案：请使用 appID 下的 openid。

    - 上传的自定义 code 已达上限: 解决方案：请更换一个新的批次后重试。The stock holds the maximum number of uploaded codes.

    - 传入的 AppID 非法: 解决方案：先在品牌经营平台完成 AppID 与品牌的关联（交易连接名片），再重试接口调用。Skills pack 268578704.

    - 传入的OpenID不合法: 解决方案：请使用参数 AppID 对应的的OpenID。

    - 券不在使用有效期（绝对批次有效期）: 解决方案：券尚未生效时需等待生效时间到达；券已过期则无法操作。 Skills pack 272755715.

    - 券不在使用有效期（规则周期）: 解决方案：在可用时段内（weekly_available_period、irregular_available_period_list）重新核销。 Skills pack 272755717.

    - 券已被其他订单核销: 解决方案：确保同一张券的核销请求单号（out_request_no）始终一致；不同订单核销同一张券时，券已被使用。 Skills pack 272756745. The coupon was redeemed by another out_request_no.

    - 券已被其他订单核销锁定: 解决方案：等待前一个核销请求完成后重试（建议间隔 1-2 秒）；同一张券的核销请求应串行化。 Skills pack 272756746.

    - 券已被删除: 解决方案：用户已在微信卡包中删除该券（没有回调通知），业务侧应在操作前查询券状态。 Skills pack 272756769.

    - 券已过期，不能再进行其他操作: 解决方案：过期券已是终态，在调用前先检查券状态，对已过期的券跳过操作。 Skills pack 272756790.

    - 单券使用模式的商品券批次，应该在「单券使用规则」中包含对应类型的优惠规则。对于文档中标记不应填写的优惠规则应删除。: 解决方案：请在「单券使用规则」中包含对应类型的优惠规则，并删除文档中标记不应填写的优惠规则。

    - 单券模式下，全场券需要提供「单券模式信息(single_usage_info)」: 解决方案：请提供单券模式信息(single_usage_info)。

    - 单券模式下，全场折扣券应在商品券中提供折扣券使用规则信息: 解决方案：请在商品券中提供「折扣券使用规则信息」。

    - 单券模式下，全场满减券应在商品券中提供满减券使用规则信息: 解决方案：请在商品券中提供「满减券使用规则信息」。

    - 单品券必须提供商品券套餐组合信息，请补充: 解决方案：请提供商品券套餐组合信息。

    - 单品券必须提供商品原价，请补充: 解决方案：请补充商品原价。

    - 单品满减券或单品折扣券不应在商品券中设置「满减券使用规则」或「折扣券使用规则」，而是应该在商品券批次中设置: 解决方案：请删除商品券中的「满减券使用规则」或「折扣券使用规则」，并在商品券批次中设置对应的优惠规则。

    - 发券模式不合法: 解决方案：请更换支持预上传 code 的批次后重试。Use a stock that supports uploaded codes.

    - 商品券支持APP核销时，必须提供「APP跳转路径」: 解决方案：请提供「APP跳转路径」参数。

    - 商品券支持小程序核销时，必须提供「小程序AppID」: 解决方案：请提供「小程序AppID」。

    - 商品券支持小程序核销时，必须提供「小程序跳转路径」: 解决方案：请提供「小程序跳转路径」。

    - 多次优惠使用模式的商品券批次，应该在「多次优惠使用规则」中包含对应类型的优惠规则，且数量与多次优惠的优惠次数相等: 解决方案：在「多次优惠使用规则」中包含对应类型的优惠规则，且数量与多次优惠的优惠次数相等。

    - 多次优惠模式下必须提供「多次优惠模式信息(sequential_usage_info)」: 解决方案：请填写多次优惠模式信息(sequential_usage_info)。

    - 当前预算与批次的预算不一致: 解决方案：请查询批次，以其 stock_send_rule 中的预算作为 current_max_count 或 current_max_count_per_day 重试。The project's wording; no source documents this answer (ERRATA.md 47).

    - 批次今日预算不足: 解决方案：请次日再发，或调高每日预算（修改商品券批次发放预算，MAX_COUNT_PER_DAY）。 The stock's daily budget (max_count_per_day) is spent for today. The project's wording; no source documents this refusal (ERRATA.md 49).

    - 批次预算不足: 解决方案：请补充预算（修改商品券批次发放预算）。 The stock's total budget (max_count) is spent. The 代金券 family's documented text (403 NOT_ENOUGH there); no product-coupon source documents this refusal, so status, code and text are the project's choice (ERRATA.md 49).

    - 每周固定可用时间(weekly_available_period)中提供当天可用时间段时(day_period_list)，每周可用星期数(day_list)必填: 解决方案：请补充每周可用星期数(day_list)。

    - 活动已结束或未激活: 解决方案：请检查批次状态。The stock is not SENDING or PAUSED (deactivated, stopped or still in audit). The 代金券 family's documented wording; the product-coupon sources document none (ERRATA.md 47).

    - 用户券已过期: 解决方案：过期券已是终态，无法再执行核销、退券等任何操作；业务侧应将该券状态同步为「已过期」。 Skills pack 268578776.

    - 用户券状态非法: 解决方案：按 发券回调 → 确认发放 → 核销 的流程操作，不能跳步；对已失效的券不再发起操作。 Skills pack 268578367. The operation does not fit the coupon's state (e.g. use before confirm, confirm of a confirmed coupon, return of an unused one).

    - 用户领取券张数已达上限: 解决方案：发券前先查用户已领张数（未确认发放的券也计入名额），达上限不再发券。 Skills pack 272756740. The stock's max_count_per_user is reached.

    - 缺少必要的商品券图片: 解决方案：先调用图片上传 API 获取图片 URL，再设置到 display_info.image_url 字段。Skills pack 268578404.

    - 解析 OpenID 错误: 解决方案：确保 openid 和 appid 来自同一个微信应用，且该 AppID 已关联品牌。 Skills pack 268578532.

    - 非法的商户号: 解决方案：请检查商户号是否正确。
    """


class MchNotExistsError(BadRequestError):
    """400 ``MCH_NOT_EXISTS``, as documented:

    - 商户号不合法: 解决方案：请输入正确的商户号。

    - 商户号不存在: 解决方案：请确认传入的商户号是否正确。A merchant ID in the request does not exist.
    """


class NoauthError(PermissionDeniedError):
    """403 ``NOAUTH``, as documented:

    - 无权限: 解决方案：查看具体错误信息，确认是否有权限。The caller has no permission on this coupon or stock.
    """


class NotEnoughError(PermissionDeniedError):
    """403 ``NOT_ENOUGH``, as documented:

    - 批次预算不足: 解决方案：请补充预算。
    """


class NoAuthError(PermissionDeniedError):
    """403 ``NO_AUTH``, as documented:

    - 品牌没有此接口权限: 解决方案：品牌没有此接口权限。Ask WeChat Pay to grant the brand this API.

    - 商户无权限: 解决方案：请确认商户号的权限。The common APIv3 code for a caller without permission (unverified for this endpoint).
    """


class ParamError(BadRequestError):
    """400 ``PARAM_ERROR``, as documented:

    - appid 必填: 解决方案：请输入 appid。

    - openid 必填: 解决方案：请输入 openid。

    - 分页大小超出限制，请根据接口文档调整到允许的范围: 解决方案：请调整分页大小到规定范围。

    - 券 id 必填: 解决方案：请填写券 id。

    - 参数超出取值范围: 解决方案：调整参数值至允许的范围内（如 discount_amount 不能大于 threshold，max_count_per_user 不超过 100）。Skills pack 268435464.

    - 参数过短: 解决方案：补全参数值至最小长度要求（如 out_request_no 最少 6 位）。Skills pack 268435463.

    - 参数过长: 解决方案：截断或精简参数值至最大长度要求内。Skills pack 268435462.

    - 参数错误: 解决方案：请根据错误提示正确传入参数。

    - 参数非法: 解决方案：对照接口文档逐一校验参数格式，特别注意时间格式和金额单位。Skills pack 268435461.

    - 商户号必填: 解决方案：请输入商户号。

    - 回调 url 不能为空: 解决方案：请填写回调 url。

    - 回调商户不能为空: 解决方案：请填写回调商户。

    - 批次号必填: 解决方案：请输入批次号。

    - 时间字符串格式错误，请使用 RFC3339 标准格式: 解决方案：请使用 RFC3339 标准格式。

    - 输入时间格式错误: 解决方案：请输入正确的时间格式。

    - 非法的批次状态: 解决方案：请检查批次状态。

    - 页大小超过阈值: 解决方案：请不要超过最大的页大小。
    """


class RequestBlockedError(PermissionDeniedError):
    """403 ``REQUEST_BLOCKED``, as documented:

    - 商户无权发券: 解决方案：调用接口的商户号无权发券，请检查是否是自己的批次或是已授权的批次。

    - 批次不支持跨商户发券: 解决方案：该批次未做跨商户号的授权，请授权后再发放。

    - 用户被限领拦截: 解决方案：用户领取已经达到上限，请调高上限或停止发放。

    - 调用商户无权限: 解决方案：请开通产品权限后再调用该接口。
    """


class ResourceAlreadyExistsError(BadRequestError):
    """400 ``RESOURCE_ALREADY_EXISTS``, as documented:

    - 券已被其他订单核销: 解决方案：请通过查询券 API 确认券是否已被其他订单核销。The coupon was redeemed by another request (another use_request_no).

    - 批次已存在: 解决方案：查看 out_request_no 字段是否重复使用。The out_request_no was used before.

    - 请求单号已被使用，且请求内容与首次请求不同: 解决方案：查看 out_request_no 字段是否重复使用；重试时请使用与首次请求相同的请求内容。The project's wording for a reused request number with another body; no product-coupon source documents this answer (ERRATA.md 46).
    """


class ResourceNotExistsError(NotFoundError):
    """404 ``RESOURCE_NOT_EXISTS``, as documented:

    - 当前访问对象不存在: 解决方案：核实资源 ID 的来源（是否拼写正确、属于当前品牌），使用创建接口返回的 ID。Skills pack 268578608 (当前访问对象不存在，请确认 ID 是否合法、属于当前品牌且由当前服务商创建).

    - 批次不存在: 解决方案：请检查批次 ID 是否正确。Check the coupon ID.

    - 无可用的平台证书，请在商户平台-API安全申请使用微信支付公钥。可查看指引https://pay.weixin.qq.com/doc/v3/merchant/4012153196: 解决方案：在商户平台-API安全申请微信支付公钥，用公钥 ID 与公钥验签。The merchant is in public-key mode (as on the wire, wechatpay-java

    - 查询的资源不存在: 解决方案：请检查查询资源的对应 id 是否填写正确。Check the coupon code or stock ID.

    - 用户券不存在: 解决方案：请检查 coupon_code、product_coupon_id、stock_id 与 openid 是否正确；coupon_code 取发券接口返回或回调通知中的原值。Skills pack 268578851.

    - 证书不存在: 解决方案：同上。The same answer's earlier wording (wechatpay-java
    """


class RulelimitError(PermissionDeniedError):
    """403 ``RULELIMIT``, as documented:

    - 券不在有效期: 解决方案：请确认券是否能在当前时间核销。The coupon cannot be redeemed at this time (outside its validity period).
    """


class UserAccountAbnormalError(PermissionDeniedError):
    """403 ``USER_ACCOUNT_ABNORMAL``, as documented:

    - 用户非法: 解决方案：该用户账号异常，无法领券。商家可联系微信支付或让用户联系微信支付客服处理。
    """


class UserNotExistsError(NotFoundError):
    """404 ``USER_NOT_EXISTS``, as documented:

    - openid 不正确: 解决方案：请确认传入的 openid 是否正确。The OpenID is wrong or does not own the coupon.
    """


#: The class of each (status, code) that has its own; other errors get their status's class.
CODE_CLASSES: Final[dict[tuple[int, str], type[ApiError]]] = {
    (400, "APPID_MCHID_NOT_MATCH"): AppidMchidNotMatchError,
    (400, "INVALID_REQUEST"): InvalidRequestError,
    (400, "MCH_NOT_EXISTS"): MchNotExistsError,
    (403, "NOAUTH"): NoauthError,
    (403, "NOT_ENOUGH"): NotEnoughError,
    (403, "NO_AUTH"): NoAuthError,
    (400, "PARAM_ERROR"): ParamError,
    (403, "REQUEST_BLOCKED"): RequestBlockedError,
    (400, "RESOURCE_ALREADY_EXISTS"): ResourceAlreadyExistsError,
    (404, "RESOURCE_NOT_EXISTS"): ResourceNotExistsError,
    (403, "RULELIMIT"): RulelimitError,
    (403, "USER_ACCOUNT_ABNORMAL"): UserAccountAbnormalError,
    (404, "USER_NOT_EXISTS"): UserNotExistsError,
}

#: What each number WeChat Pay puts after the Request-ID's last "-" stands for, where the spec
#: documents it (``x-wechatpay-error-number``): its code and message.
ERROR_NUMBERS: Final[dict[int, tuple[str, str]]] = {
    268435461: ("PARAM_ERROR", "参数非法"),
    268435462: ("PARAM_ERROR", "参数过长"),
    268435463: ("PARAM_ERROR", "参数过短"),
    268435464: ("PARAM_ERROR", "参数超出取值范围"),
    268578367: ("INVALID_REQUEST", "用户券状态非法"),
    268578404: ("INVALID_REQUEST", "缺少必要的商品券图片"),
    268578532: ("INVALID_REQUEST", "解析 OpenID 错误"),
    268578608: ("RESOURCE_NOT_EXISTS", "当前访问对象不存在"),
    268578704: ("INVALID_REQUEST", "传入的 AppID 非法"),
    268578776: ("INVALID_REQUEST", "用户券已过期"),
    268578851: ("RESOURCE_NOT_EXISTS", "用户券不存在"),
    270924289: ("RATELIMIT_EXCEEDED", "频率过快"),
    272755715: ("INVALID_REQUEST", "券不在使用有效期（绝对批次有效期）"),
    272755717: ("INVALID_REQUEST", "券不在使用有效期（规则周期）"),
    272756740: ("INVALID_REQUEST", "用户领取券张数已达上限"),
    272756745: ("INVALID_REQUEST", "券已被其他订单核销"),
    272756746: ("INVALID_REQUEST", "券已被其他订单核销锁定"),
    272756769: ("INVALID_REQUEST", "券已被删除"),
    272756790: ("INVALID_REQUEST", "券已过期，不能再进行其他操作"),
}

#: Per operation (module name), the answer to a reused idempotency key with a different
#: request (``x-idempotency-conflict``): it redeemed nothing, unlike a replay of the first.
IDEMPOTENCY_CONFLICTS: Final[dict[str, IdempotencyConflict]] = {
    "create_product_coupon": IdempotencyConflict(
        400,
        "RESOURCE_ALREADY_EXISTS",
        "请求单号已被使用，且请求内容与首次请求不同",
        "out_request_no",
    ),
    "deactivate_stock": IdempotencyConflict(
        400,
        "RESOURCE_ALREADY_EXISTS",
        "请求单号已被使用，且请求内容与首次请求不同",
        "out_request_no",
    ),
    "update_stock_budget": IdempotencyConflict(
        400,
        "RESOURCE_ALREADY_EXISTS",
        "请求单号已被使用，且请求内容与首次请求不同",
        "out_request_no",
    ),
    "send_user_product_coupon": IdempotencyConflict(
        400,
        "RESOURCE_ALREADY_EXISTS",
        "请求单号已被使用，且请求内容与首次请求不同",
        "send_request_no",
    ),
    "confirm_send_user_product_coupon": IdempotencyConflict(
        400,
        "RESOURCE_ALREADY_EXISTS",
        "请求单号已被使用，且请求内容与首次请求不同",
        "out_request_no",
    ),
    "deactivate_user_product_coupon": IdempotencyConflict(
        400,
        "RESOURCE_ALREADY_EXISTS",
        "请求单号已被使用，且请求内容与首次请求不同",
        "out_request_no",
    ),
    "return_user_product_coupon": IdempotencyConflict(
        400,
        "RESOURCE_ALREADY_EXISTS",
        "请求单号已被使用，且请求内容与首次请求不同",
        "out_request_no",
    ),
    "use_user_product_coupon": IdempotencyConflict(
        400,
        "RESOURCE_ALREADY_EXISTS",
        "请求单号已被使用，且请求内容与首次请求不同",
        "out_request_no",
    ),
    "use_busifavor_coupon": IdempotencyConflict(
        400, "RESOURCE_ALREADY_EXISTS", "批次已存在", "use_request_no"
    ),
}

__all__: list[str] = [
    "ErrorCode",
    "AppidMchidNotMatchError",
    "InvalidRequestError",
    "MchNotExistsError",
    "NoauthError",
    "NotEnoughError",
    "NoAuthError",
    "ParamError",
    "RequestBlockedError",
    "ResourceAlreadyExistsError",
    "ResourceNotExistsError",
    "RulelimitError",
    "UserAccountAbnormalError",
    "UserNotExistsError",
]
