from .._enums import TolerantStrEnum


class ProductCouponBudgetUpdateMode(TolerantStrEnum):
    MAX_COUNT = "MAX_COUNT"
    MAX_COUNT_PER_DAY = "MAX_COUNT_PER_DAY"

    @classmethod
    def parse(cls, value: str) -> "ProductCouponBudgetUpdateMode":
        """The member for a wire value; an unknown value becomes an UNKNOWN pseudo-member."""
        # A dictionary look-up first: the Enum call costs ten times as much, per coupon field.
        return _MEMBERS.get(value) or cls(value)


_MEMBERS: dict[str, ProductCouponBudgetUpdateMode] = {
    member.value: member for member in ProductCouponBudgetUpdateMode
}
