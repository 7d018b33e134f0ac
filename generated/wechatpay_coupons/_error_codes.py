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
    """400: HTTP 请求不符合微信支付 APIv3 接口规则; openid 与 appID 不匹配; 上传的自定义 code 已达上限; 传入的OpenID不合法; 单券使用模式的商品券批次，应该在「单券使用规则」中包含对应类型的优惠规则。对于文档中标记不应填写的优惠规则应删除。; 单券模式下，全场券需要提供「单券模式信息(single_usage_info)」;..."""
    MCH_NOT_EXISTS = "MCH_NOT_EXISTS"
    """400: 商户号不合法; 商户号不存在"""
    NOAUTH = "NOAUTH"
    """403: 无权限"""
    NOT_ENOUGH = "NOT_ENOUGH"
    """403: 批次预算不足"""
    NO_AUTH = "NO_AUTH"
    """403: 品牌没有此接口权限; 商户无权限"""
    PARAM_ERROR = "PARAM_ERROR"
    """400: appid 必填; openid 必填; 分页大小超出限制，请根据接口文档调整到允许的范围; 券 id 必填; 参数错误; 商户号必填; 回调 url 不能为空; 回调商户不能为空; 批次号必填; 时间字符串格式错误，请使用 RFC3339 标准格式; 输入时间格式错误; 非法的批次状态; 页大小超过阈值"""
    RATELIMIT_EXCEEDED = "RATELIMIT_EXCEEDED"
    """429: 频率过快"""
    REQUEST_BLOCKED = "REQUEST_BLOCKED"
    """403: 商户无权发券; 批次不支持跨商户发券; 用户被限领拦截; 调用商户无权限"""
    RESOURCE_ALREADY_EXISTS = "RESOURCE_ALREADY_EXISTS"
    """400: 券已被其他订单核销; 批次已存在"""
    RESOURCE_NOT_EXISTS = "RESOURCE_NOT_EXISTS"
    """404: 批次不存在; 无可用的平台证书，请在商户平台-API安全申请使用微信支付公钥。可查看指引https://pay.weixin.qq.com/doc/v3/merchant/4012153196; 查询的资源不存在; 用户券不存在; 证书不存在"""
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

    - 传入的OpenID不合法: 解决方案：请使用参数 AppID 对应的的OpenID。

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

    - 每周固定可用时间(weekly_available_period)中提供当天可用时间段时(day_period_list)，每周可用星期数(day_list)必填: 解决方案：请补充每周可用星期数(day_list)。

    - 活动已结束或未激活: 解决方案：请检查批次状态。

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

    - 参数错误: 解决方案：请根据错误提示正确传入参数。

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
    """


class ResourceNotExistsError(NotFoundError):
    """404 ``RESOURCE_NOT_EXISTS``, as documented:

    - 批次不存在: 解决方案：请检查批次 ID 是否正确。Check the coupon ID.

    - 无可用的平台证书，请在商户平台-API安全申请使用微信支付公钥。可查看指引https://pay.weixin.qq.com/doc/v3/merchant/4012153196: 解决方案：在商户平台-API安全申请微信支付公钥，用公钥 ID 与公钥验签。The merchant is in public-key mode (as on the wire, wechatpay-java

    - 查询的资源不存在: 解决方案：请检查查询资源的对应 id 是否填写正确。Check the coupon code or stock ID.

    - 用户券不存在: 解决方案：请检查 coupon_code、product_coupon_id、stock_id 与 openid 是否正确。

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
ERROR_NUMBERS: Final[dict[int, tuple[str, str]]] = {}

#: Per operation (module name), the answer to a reused idempotency key with a different
#: request (``x-idempotency-conflict``): it redeemed nothing, unlike a replay of the first.
IDEMPOTENCY_CONFLICTS: Final[dict[str, IdempotencyConflict]] = {
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
