"""Contains all the data models used in inputs/outputs"""

from ..types import install_readable_repr
from .busifavor_available_day_time import BusifavorAvailableDayTime
from .busifavor_available_time import BusifavorAvailableTime
from .busifavor_available_week import BusifavorAvailableWeek
from .busifavor_code_display_mode import BusifavorCodeDisplayMode
from .busifavor_coupon_entity import BusifavorCouponEntity
from .busifavor_coupon_list_response import BusifavorCouponListResponse
from .busifavor_coupon_state import BusifavorCouponState
from .busifavor_coupon_use_method import BusifavorCouponUseMethod
from .busifavor_coupon_use_rule import BusifavorCouponUseRule
from .busifavor_custom_entrance import BusifavorCustomEntrance
from .busifavor_discount_msg import BusifavorDiscountMsg
from .busifavor_display_pattern_info import BusifavorDisplayPatternInfo
from .busifavor_exchange_msg import BusifavorExchangeMsg
from .busifavor_finder_info import BusifavorFinderInfo
from .busifavor_fixed_value_stock_msg import BusifavorFixedValueStockMsg
from .busifavor_irregular_available_time import BusifavorIrregularAvailableTime
from .busifavor_mini_programs_info import BusifavorMiniProgramsInfo
from .busifavor_stock_type import BusifavorStockType
from .certificate_algorithm_type import CertificateAlgorithmType
from .confirm_send_user_product_coupon_request import ConfirmSendUserProductCouponRequest
from .create_product_coupon_request import CreateProductCouponRequest
from .create_product_coupon_request_scope import CreateProductCouponRequestScope
from .create_product_coupon_request_usage_mode import CreateProductCouponRequestUsageMode
from .create_product_coupon_response import CreateProductCouponResponse
from .deactivate_stock_request import DeactivateStockRequest
from .deactivate_user_product_coupon_request import DeactivateUserProductCouponRequest
from .encrypt_certificate import EncryptCertificate
from .encrypt_certificate_algorithm import EncryptCertificateAlgorithm
from .error import Error
from .error_detail import ErrorDetail
from .favor_consume_information import FavorConsumeInformation
from .favor_coupon import FavorCoupon
from .favor_coupon_status import FavorCouponStatus
from .favor_coupon_type import FavorCouponType
from .favor_cut_to_message import FavorCutToMessage
from .favor_fixed_value_stock_msg import FavorFixedValueStockMsg
from .favor_goods_detail import FavorGoodsDetail
from .platform_certificate import PlatformCertificate
from .platform_certificate_list import PlatformCertificateList
from .product_coupon import ProductCoupon
from .product_coupon_associated_order_info import ProductCouponAssociatedOrderInfo
from .product_coupon_associated_pay_score_order_info import ProductCouponAssociatedPayScoreOrderInfo
from .product_coupon_available_period import ProductCouponAvailablePeriod
from .product_coupon_available_period_for_create import ProductCouponAvailablePeriodForCreate
from .product_coupon_available_store_info import ProductCouponAvailableStoreInfo
from .product_coupon_available_store_info_for_create import ProductCouponAvailableStoreInfoForCreate
from .product_coupon_budget_update_mode import ProductCouponBudgetUpdateMode
from .product_coupon_code_count_info import ProductCouponCodeCountInfo
from .product_coupon_code_display_mode import ProductCouponCodeDisplayMode
from .product_coupon_code_mode import ProductCouponCodeMode
from .product_coupon_combo_package import ProductCouponComboPackage
from .product_coupon_combo_package_choice import ProductCouponComboPackageChoice
from .product_coupon_combo_package_choice_for_create import ProductCouponComboPackageChoiceForCreate
from .product_coupon_combo_package_for_create import ProductCouponComboPackageForCreate
from .product_coupon_coupon_display_info import ProductCouponCouponDisplayInfo
from .product_coupon_coupon_display_info_for_create import ProductCouponCouponDisplayInfoForCreate
from .product_coupon_day_period import ProductCouponDayPeriod
from .product_coupon_discount_coupon_rule_for_create import ProductCouponDiscountCouponRuleForCreate
from .product_coupon_discount_coupon_usage_rule import ProductCouponDiscountCouponUsageRule
from .product_coupon_display_info import ProductCouponDisplayInfo
from .product_coupon_display_info_for_create import ProductCouponDisplayInfoForCreate
from .product_coupon_entrance_finder import ProductCouponEntranceFinder
from .product_coupon_entrance_mini_program import ProductCouponEntranceMiniProgram
from .product_coupon_entrance_mini_program_for_create import (
    ProductCouponEntranceMiniProgramForCreate,
)
from .product_coupon_entrance_official_account import ProductCouponEntranceOfficialAccount
from .product_coupon_event import ProductCouponEvent
from .product_coupon_exchange_coupon_rule_for_create import ProductCouponExchangeCouponRuleForCreate
from .product_coupon_exchange_coupon_usage_rule import ProductCouponExchangeCouponUsageRule
from .product_coupon_member_tag_info import ProductCouponMemberTagInfo
from .product_coupon_normal_coupon_rule_for_create import ProductCouponNormalCouponRuleForCreate
from .product_coupon_normal_coupon_usage_rule import ProductCouponNormalCouponUsageRule
from .product_coupon_notification import ProductCouponNotification
from .product_coupon_notification_resource import ProductCouponNotificationResource
from .product_coupon_notification_resource_algorithm import (
    ProductCouponNotificationResourceAlgorithm,
)
from .product_coupon_notify_config import ProductCouponNotifyConfig
from .product_coupon_notify_config_for_create import ProductCouponNotifyConfigForCreate
from .product_coupon_notify_url_config import ProductCouponNotifyUrlConfig
from .product_coupon_progressive_bundle_usage_info import ProductCouponProgressiveBundleUsageInfo
from .product_coupon_scope import ProductCouponScope
from .product_coupon_sent_count_info import ProductCouponSentCountInfo
from .product_coupon_single_usage_info import ProductCouponSingleUsageInfo
from .product_coupon_single_usage_info_for_create import ProductCouponSingleUsageInfoForCreate
from .product_coupon_single_usage_rule_for_create import ProductCouponSingleUsageRuleForCreate
from .product_coupon_state import ProductCouponState
from .product_coupon_stock import ProductCouponStock
from .product_coupon_stock_bundle import ProductCouponStockBundle
from .product_coupon_stock_bundle_info import ProductCouponStockBundleInfo
from .product_coupon_stock_for_create import ProductCouponStockForCreate
from .product_coupon_stock_send_rule import ProductCouponStockSendRule
from .product_coupon_stock_send_rule_for_create import ProductCouponStockSendRuleForCreate
from .product_coupon_stock_state import ProductCouponStockState
from .product_coupon_stock_store_scope import ProductCouponStockStoreScope
from .product_coupon_stock_usage_rule import ProductCouponStockUsageRule
from .product_coupon_time_period import ProductCouponTimePeriod
from .product_coupon_type import ProductCouponType
from .product_coupon_usage_detail import ProductCouponUsageDetail
from .product_coupon_usage_method import ProductCouponUsageMethod
from .product_coupon_usage_mode import ProductCouponUsageMode
from .product_coupon_usage_rule_display_info import ProductCouponUsageRuleDisplayInfo
from .product_coupon_usage_rule_display_info_for_create import (
    ProductCouponUsageRuleDisplayInfoForCreate,
)
from .product_coupon_weekday import ProductCouponWeekday
from .product_coupon_weekly_available_period import ProductCouponWeeklyAvailablePeriod
from .return_user_product_coupon_request import ReturnUserProductCouponRequest
from .send_user_product_coupon_request import SendUserProductCouponRequest
from .set_notify_config_request import SetNotifyConfigRequest
from .update_stock_budget_request import UpdateStockBudgetRequest
from .use_busifavor_coupon_request import UseBusifavorCouponRequest
from .use_busifavor_coupon_response import UseBusifavorCouponResponse
from .use_user_product_coupon_request import UseUserProductCouponRequest
from .user_product_coupon import UserProductCoupon
from .user_product_coupon_bundle_info import UserProductCouponBundleInfo
from .user_product_coupon_list_response import UserProductCouponListResponse
from .user_product_coupon_send_channel import UserProductCouponSendChannel
from .user_product_coupon_state import UserProductCouponState
from .user_product_coupon_tag import UserProductCouponTag
from .user_product_coupon_tag_info import UserProductCouponTagInfo

install_readable_repr(
    BusifavorAvailableDayTime,
    BusifavorAvailableTime,
    BusifavorAvailableWeek,
    BusifavorCodeDisplayMode,
    BusifavorCouponEntity,
    BusifavorCouponListResponse,
    BusifavorCouponState,
    BusifavorCouponUseMethod,
    BusifavorCouponUseRule,
    BusifavorCustomEntrance,
    BusifavorDiscountMsg,
    BusifavorDisplayPatternInfo,
    BusifavorExchangeMsg,
    BusifavorFinderInfo,
    BusifavorFixedValueStockMsg,
    BusifavorIrregularAvailableTime,
    BusifavorMiniProgramsInfo,
    BusifavorStockType,
    CertificateAlgorithmType,
    ConfirmSendUserProductCouponRequest,
    CreateProductCouponRequest,
    CreateProductCouponRequestScope,
    CreateProductCouponRequestUsageMode,
    CreateProductCouponResponse,
    DeactivateStockRequest,
    DeactivateUserProductCouponRequest,
    EncryptCertificate,
    EncryptCertificateAlgorithm,
    Error,
    ErrorDetail,
    FavorConsumeInformation,
    FavorCoupon,
    FavorCouponStatus,
    FavorCouponType,
    FavorCutToMessage,
    FavorFixedValueStockMsg,
    FavorGoodsDetail,
    PlatformCertificate,
    PlatformCertificateList,
    ProductCoupon,
    ProductCouponAssociatedOrderInfo,
    ProductCouponAssociatedPayScoreOrderInfo,
    ProductCouponAvailablePeriod,
    ProductCouponAvailablePeriodForCreate,
    ProductCouponAvailableStoreInfo,
    ProductCouponAvailableStoreInfoForCreate,
    ProductCouponBudgetUpdateMode,
    ProductCouponCodeCountInfo,
    ProductCouponCodeDisplayMode,
    ProductCouponCodeMode,
    ProductCouponComboPackage,
    ProductCouponComboPackageChoice,
    ProductCouponComboPackageChoiceForCreate,
    ProductCouponComboPackageForCreate,
    ProductCouponCouponDisplayInfo,
    ProductCouponCouponDisplayInfoForCreate,
    ProductCouponDayPeriod,
    ProductCouponDiscountCouponRuleForCreate,
    ProductCouponDiscountCouponUsageRule,
    ProductCouponDisplayInfo,
    ProductCouponDisplayInfoForCreate,
    ProductCouponEntranceFinder,
    ProductCouponEntranceMiniProgram,
    ProductCouponEntranceMiniProgramForCreate,
    ProductCouponEntranceOfficialAccount,
    ProductCouponEvent,
    ProductCouponExchangeCouponRuleForCreate,
    ProductCouponExchangeCouponUsageRule,
    ProductCouponMemberTagInfo,
    ProductCouponNormalCouponRuleForCreate,
    ProductCouponNormalCouponUsageRule,
    ProductCouponNotification,
    ProductCouponNotificationResource,
    ProductCouponNotificationResourceAlgorithm,
    ProductCouponNotifyConfig,
    ProductCouponNotifyConfigForCreate,
    ProductCouponNotifyUrlConfig,
    ProductCouponProgressiveBundleUsageInfo,
    ProductCouponScope,
    ProductCouponSentCountInfo,
    ProductCouponSingleUsageInfo,
    ProductCouponSingleUsageInfoForCreate,
    ProductCouponSingleUsageRuleForCreate,
    ProductCouponState,
    ProductCouponStock,
    ProductCouponStockBundle,
    ProductCouponStockBundleInfo,
    ProductCouponStockForCreate,
    ProductCouponStockSendRule,
    ProductCouponStockSendRuleForCreate,
    ProductCouponStockState,
    ProductCouponStockStoreScope,
    ProductCouponStockUsageRule,
    ProductCouponTimePeriod,
    ProductCouponType,
    ProductCouponUsageDetail,
    ProductCouponUsageMethod,
    ProductCouponUsageMode,
    ProductCouponUsageRuleDisplayInfo,
    ProductCouponUsageRuleDisplayInfoForCreate,
    ProductCouponWeekday,
    ProductCouponWeeklyAvailablePeriod,
    ReturnUserProductCouponRequest,
    SendUserProductCouponRequest,
    SetNotifyConfigRequest,
    UpdateStockBudgetRequest,
    UseBusifavorCouponRequest,
    UseBusifavorCouponResponse,
    UserProductCoupon,
    UserProductCouponBundleInfo,
    UserProductCouponListResponse,
    UserProductCouponSendChannel,
    UserProductCouponState,
    UserProductCouponTag,
    UserProductCouponTagInfo,
    UseUserProductCouponRequest,
)

__all__ = (
    "BusifavorAvailableDayTime",
    "BusifavorAvailableTime",
    "BusifavorAvailableWeek",
    "BusifavorCodeDisplayMode",
    "BusifavorCouponEntity",
    "BusifavorCouponListResponse",
    "BusifavorCouponState",
    "BusifavorCouponUseMethod",
    "BusifavorCouponUseRule",
    "BusifavorCustomEntrance",
    "BusifavorDiscountMsg",
    "BusifavorDisplayPatternInfo",
    "BusifavorExchangeMsg",
    "BusifavorFinderInfo",
    "BusifavorFixedValueStockMsg",
    "BusifavorIrregularAvailableTime",
    "BusifavorMiniProgramsInfo",
    "BusifavorStockType",
    "CertificateAlgorithmType",
    "ConfirmSendUserProductCouponRequest",
    "CreateProductCouponRequest",
    "CreateProductCouponRequestScope",
    "CreateProductCouponRequestUsageMode",
    "CreateProductCouponResponse",
    "DeactivateStockRequest",
    "DeactivateUserProductCouponRequest",
    "EncryptCertificate",
    "EncryptCertificateAlgorithm",
    "Error",
    "ErrorDetail",
    "FavorConsumeInformation",
    "FavorCoupon",
    "FavorCouponStatus",
    "FavorCouponType",
    "FavorCutToMessage",
    "FavorFixedValueStockMsg",
    "FavorGoodsDetail",
    "PlatformCertificate",
    "PlatformCertificateList",
    "ProductCoupon",
    "ProductCouponAssociatedOrderInfo",
    "ProductCouponAssociatedPayScoreOrderInfo",
    "ProductCouponAvailablePeriod",
    "ProductCouponAvailablePeriodForCreate",
    "ProductCouponAvailableStoreInfo",
    "ProductCouponAvailableStoreInfoForCreate",
    "ProductCouponBudgetUpdateMode",
    "ProductCouponCodeCountInfo",
    "ProductCouponCodeDisplayMode",
    "ProductCouponCodeMode",
    "ProductCouponComboPackage",
    "ProductCouponComboPackageChoice",
    "ProductCouponComboPackageChoiceForCreate",
    "ProductCouponComboPackageForCreate",
    "ProductCouponCouponDisplayInfo",
    "ProductCouponCouponDisplayInfoForCreate",
    "ProductCouponDayPeriod",
    "ProductCouponDiscountCouponRuleForCreate",
    "ProductCouponDiscountCouponUsageRule",
    "ProductCouponDisplayInfo",
    "ProductCouponDisplayInfoForCreate",
    "ProductCouponEntranceFinder",
    "ProductCouponEntranceMiniProgram",
    "ProductCouponEntranceMiniProgramForCreate",
    "ProductCouponEntranceOfficialAccount",
    "ProductCouponEvent",
    "ProductCouponExchangeCouponRuleForCreate",
    "ProductCouponExchangeCouponUsageRule",
    "ProductCouponMemberTagInfo",
    "ProductCouponNormalCouponRuleForCreate",
    "ProductCouponNormalCouponUsageRule",
    "ProductCouponNotification",
    "ProductCouponNotificationResource",
    "ProductCouponNotificationResourceAlgorithm",
    "ProductCouponNotifyConfig",
    "ProductCouponNotifyConfigForCreate",
    "ProductCouponNotifyUrlConfig",
    "ProductCouponProgressiveBundleUsageInfo",
    "ProductCouponScope",
    "ProductCouponSentCountInfo",
    "ProductCouponSingleUsageInfo",
    "ProductCouponSingleUsageInfoForCreate",
    "ProductCouponSingleUsageRuleForCreate",
    "ProductCouponState",
    "ProductCouponStock",
    "ProductCouponStockBundle",
    "ProductCouponStockBundleInfo",
    "ProductCouponStockForCreate",
    "ProductCouponStockSendRule",
    "ProductCouponStockSendRuleForCreate",
    "ProductCouponStockState",
    "ProductCouponStockStoreScope",
    "ProductCouponStockUsageRule",
    "ProductCouponTimePeriod",
    "ProductCouponType",
    "ProductCouponUsageDetail",
    "ProductCouponUsageMethod",
    "ProductCouponUsageMode",
    "ProductCouponUsageRuleDisplayInfo",
    "ProductCouponUsageRuleDisplayInfoForCreate",
    "ProductCouponWeekday",
    "ProductCouponWeeklyAvailablePeriod",
    "ReturnUserProductCouponRequest",
    "SendUserProductCouponRequest",
    "SetNotifyConfigRequest",
    "UpdateStockBudgetRequest",
    "UseBusifavorCouponRequest",
    "UseBusifavorCouponResponse",
    "UserProductCoupon",
    "UserProductCouponBundleInfo",
    "UserProductCouponListResponse",
    "UserProductCouponSendChannel",
    "UserProductCouponState",
    "UserProductCouponTag",
    "UserProductCouponTagInfo",
    "UseUserProductCouponRequest",
)
