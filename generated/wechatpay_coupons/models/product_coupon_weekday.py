from .._enums import TolerantStrEnum


class ProductCouponWeekday(TolerantStrEnum):
    FRIDAY = "FRIDAY"
    MONDAY = "MONDAY"
    SATURDAY = "SATURDAY"
    SUNDAY = "SUNDAY"
    THURSDAY = "THURSDAY"
    TUESDAY = "TUESDAY"
    WEDNESDAY = "WEDNESDAY"

    @classmethod
    def parse(cls, value: str) -> "ProductCouponWeekday":
        """The member for a wire value; an unknown value becomes an UNKNOWN pseudo-member."""
        # A dictionary look-up first: the Enum call costs ten times as much, per coupon field.
        return _MEMBERS.get(value) or cls(value)


_MEMBERS: dict[str, ProductCouponWeekday] = {
    member.value: member for member in ProductCouponWeekday
}
