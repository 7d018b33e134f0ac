from enum import StrEnum


class ProductCouponNotificationResourceAlgorithm(StrEnum):
    AEAD_AES_256_GCM = "AEAD_AES_256_GCM"

    @classmethod
    def _missing_(cls, value: object) -> "ProductCouponNotificationResourceAlgorithm | None":
        # WeChat Pay adds enum values without notice. An unknown value becomes a pseudo-member
        # that keeps the wire value, so a response never fails to parse and round-trips intact.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value this client's spec does not list (sent by a newer API)."""
        return self._name_ != "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: str) -> "ProductCouponNotificationResourceAlgorithm":
        """The member for a wire value; an unknown value becomes an UNKNOWN pseudo-member."""
        # A dictionary look-up first: the Enum call costs ten times as much, per coupon field.
        return _MEMBERS.get(value) or cls(value)


_MEMBERS: dict[str, ProductCouponNotificationResourceAlgorithm] = {
    member.value: member for member in ProductCouponNotificationResourceAlgorithm
}
