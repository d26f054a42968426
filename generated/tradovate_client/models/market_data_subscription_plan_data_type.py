from enum import StrEnum


class MarketDataSubscriptionPlanDataType(StrEnum):
    DOM = "DOM"
    TOP = "Top"

    def __str__(self) -> str:
        return str(self.value)
