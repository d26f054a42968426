from enum import StrEnum


class UserAccountAutoLiqTrailingMaxDrawdownMode(StrEnum):
    EOD = "EOD"
    REALTIME = "RealTime"

    def __str__(self) -> str:
        return str(self.value)
