from enum import StrEnum


class AlertStatus(StrEnum):
    ACTIVE = "Active"
    EXPIRED = "Expired"
    FAILED = "Failed"
    INACTIVE = "Inactive"
    TRIGGEREDOUT = "TriggeredOut"

    def __str__(self) -> str:
        return str(self.value)
