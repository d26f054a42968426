from enum import StrEnum


class PlaceOrderOrderType(StrEnum):
    LIMIT = "Limit"
    LIMITIFTOUCHED = "LimitIfTouched"
    MARKET = "Market"
    MIT = "MIT"
    QTS = "QTS"
    STOP = "Stop"
    STOPLIMIT = "StopLimit"
    TRAILINGSTOP = "TrailingStop"
    TRAILINGSTOPLIMIT = "TrailingStopLimit"

    def __str__(self) -> str:
        return str(self.value)
