from .._enums import TolerantStrEnum


class ProductCouponNotificationResourceAlgorithm(TolerantStrEnum):
    AEAD_AES_256_GCM = "AEAD_AES_256_GCM"

    @classmethod
    def parse(cls, value: str) -> "ProductCouponNotificationResourceAlgorithm":
        """The member for a wire value; an unknown value becomes an UNKNOWN pseudo-member."""
        # A dictionary look-up first: the Enum call costs ten times as much, per coupon field.
        return _MEMBERS.get(value) or cls(value)


_MEMBERS: dict[str, ProductCouponNotificationResourceAlgorithm] = {
    member.value: member for member in ProductCouponNotificationResourceAlgorithm
}
