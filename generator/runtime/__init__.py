"""A typed client for WeChat Pay's coupon APIs, generated from ``spec/wechatpay-coupons.yaml``.

Start with the resource-style client, which holds your credentials and signs each operation with
the right one::

    from wechatpay_coupons import WechatPay
    client = WechatPay(merchant=MerchantAuth(...), brand=BrandAuth(...))
    client.favor.query_favor_coupon(openid, coupon_id, appid=appid)

Every operation is also a module of functions (``api.<tag>.<operation>.sync`` / ``asyncio``)
that takes a ``Client``.
"""

from . import errors
from ._spec_facts import SPEC_VERSION
from ._wechatpay import ENVIRONMENT, AsyncWechatPay, WechatPay
from .client import (
    BACKUP_BASE_URL,
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    PRIMARY_BASE_URL,
    RETRY_COUNT_HEADER,
    USER_AGENT,
    Client,
    __version__,
)
from .types import UNSET, Response, Unset, request_id_of

__all__ = (
    "BACKUP_BASE_URL",
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ENVIRONMENT",
    "PRIMARY_BASE_URL",
    "RETRY_COUNT_HEADER",
    "SPEC_VERSION",
    "UNSET",
    "USER_AGENT",
    "AsyncWechatPay",
    "Client",
    "Response",
    "Unset",
    "WechatPay",
    "__version__",
    "errors",
    "request_id_of",
)
