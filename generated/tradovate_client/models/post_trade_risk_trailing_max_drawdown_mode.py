from enum import StrEnum


class PostTradeRiskTrailingMaxDrawdownMode(StrEnum):
    EOD = "EOD"
    REALTIME = "RealTime"

    def __str__(self) -> str:
        return str(self.value)
