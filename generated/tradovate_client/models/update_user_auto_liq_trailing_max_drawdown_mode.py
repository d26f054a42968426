from enum import StrEnum


class UpdateUserAutoLiqTrailingMaxDrawdownMode(StrEnum):
    EOD = "EOD"
    REALTIME = "RealTime"

    def __str__(self) -> str:
        return str(self.value)
