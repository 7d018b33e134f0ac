from .._enums import TolerantStrEnum


class CertificateAlgorithmType(TolerantStrEnum):
    ALL = "ALL"
    RSA = "RSA"
    SM2 = "SM2"

    @classmethod
    def parse(cls, value: str) -> "CertificateAlgorithmType":
        """The member for a wire value; an unknown value becomes an UNKNOWN pseudo-member."""
        # A dictionary look-up first: the Enum call costs ten times as much, per coupon field.
        return _MEMBERS.get(value) or cls(value)


_MEMBERS: dict[str, CertificateAlgorithmType] = {
    member.value: member for member in CertificateAlgorithmType
}
