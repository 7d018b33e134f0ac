"""Facts read from the spec at generation time: servers, version and operation policies."""

from typing import Final

SPEC_TITLE: Final = "WeChat Pay coupon APIs"
SPEC_VERSION: Final = "2.1.0"

#: 主域名 Primary domain; routes to the nearest access point.
PRIMARY_BASE_URL: Final = "https://api.mch.weixin.qq.com"
#: 备域名 Backup domain; routes to an access point in another region. Use it for failover.
BACKUP_BASE_URL: Final = "https://api2.mch.weixin.qq.com"

#: Operations (by module name) whose request carries an idempotency key (``x-idempotency-key``):
#: the server answers a repeat with the first result, so the client retries them like a GET.
IDEMPOTENCY_KEYS: Final[dict[str, str]] = {
    "confirm_send_user_product_coupon": "out_request_no",
    "create_product_coupon": "out_request_no",
    "deactivate_stock": "out_request_no",
    "deactivate_user_product_coupon": "out_request_no",
    "return_user_product_coupon": "out_request_no",
    "send_user_product_coupon": "send_request_no",
    "update_stock_budget": "out_request_no",
    "use_busifavor_coupon": "use_request_no",
    "use_user_product_coupon": "out_request_no",
}

#: The credential of the resource-style client (``WechatPay(merchant=…, brand=…)``) that signs
#: each operation, from the ``x-credential`` of the security scheme the operation names.
CREDENTIALS: Final[dict[str, str]] = {
    "confirm_send_user_product_coupon": "brand",
    "create_product_coupon": "brand",
    "deactivate_stock": "brand",
    "deactivate_user_product_coupon": "brand",
    "download_certificates": "merchant",
    "get_notify_config": "brand",
    "get_product_coupon": "brand",
    "get_stock": "brand",
    "get_user_product_coupon": "brand",
    "list_busifavor_coupons_by_filter": "merchant",
    "list_user_product_coupons": "brand",
    "query_favor_coupon": "merchant",
    "return_user_product_coupon": "brand",
    "send_user_product_coupon": "brand",
    "set_notify_config": "brand",
    "update_stock_budget": "brand",
    "use_busifavor_coupon": "merchant",
    "use_user_product_coupon": "brand",
}
