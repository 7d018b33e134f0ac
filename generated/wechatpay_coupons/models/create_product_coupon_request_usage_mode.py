from .._enums import TolerantStrEnum


class CreateProductCouponRequestUsageMode(TolerantStrEnum):
    SINGLE = "SINGLE"

    @classmethod
    def parse(cls, value: str) -> "CreateProductCouponRequestUsageMode":
        """The member for a wire value; an unknown value becomes an UNKNOWN pseudo-member."""
        # A dictionary look-up first: the Enum call costs ten times as much, per coupon field.
        return _MEMBERS.get(value) or cls(value)


_MEMBERS: dict[str, CreateProductCouponRequestUsageMode] = {
    member.value: member for member in CreateProductCouponRequestUsageMode
}
