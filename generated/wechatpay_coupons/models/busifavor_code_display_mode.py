from .._enums import TolerantStrEnum


class BusifavorCodeDisplayMode(TolerantStrEnum):
    BARCODE = "BARCODE"
    NOT_SHOW = "NOT_SHOW"
    QRCODE = "QRCODE"

    @classmethod
    def parse(cls, value: str) -> "BusifavorCodeDisplayMode":
        """The member for a wire value; an unknown value becomes an UNKNOWN pseudo-member."""
        # A dictionary look-up first: the Enum call costs ten times as much, per coupon field.
        return _MEMBERS.get(value) or cls(value)


_MEMBERS: dict[str, BusifavorCodeDisplayMode] = {
    member.value: member for member in BusifavorCodeDisplayMode
}
