from .._enums import TolerantStrEnum


class ProductCouponStockStoreScope(TolerantStrEnum):
    ALL = "ALL"
    NONE = "NONE"
    SPECIFIC = "SPECIFIC"

    @classmethod
    def parse(cls, value: str) -> "ProductCouponStockStoreScope":
        """The member for a wire value; an unknown value becomes an UNKNOWN pseudo-member."""
        # A dictionary look-up first: the Enum call costs ten times as much, per coupon field.
        return _MEMBERS.get(value) or cls(value)


_MEMBERS: dict[str, ProductCouponStockStoreScope] = {
    member.value: member for member in ProductCouponStockStoreScope
}
