from enum import StrEnum


class TradingPermissionStatus(StrEnum):
    ACCEPTED = "Accepted"
    APPROVED = "Approved"
    DECLINED = "Declined"
    REQUESTED = "Requested"
    REVOKED = "Revoked"

    def __str__(self) -> str:
        return str(self.value)
