"""A typed client for WeChat Pay's coupon APIs, generated from ``spec/wechatpay-coupons.yaml``.

Sign requests and verify responses with ``wechatpay_auth`` (``Client(auth=MerchantAuth(...))``).
"""

from ._spec_facts import SPEC_VERSION
from .client import BACKUP_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, PRIMARY_BASE_URL, Client
from .types import UNSET, Response, Unset

__all__ = (
    "BACKUP_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "PRIMARY_BASE_URL",
    "SPEC_VERSION",
    "UNSET",
    "Client",
    "Response",
    "Unset",
)
