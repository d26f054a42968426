from enum import StrEnum


class TradovateSubscriptionPlanDurationUnits(StrEnum):
    LIFETIME = "Lifetime"
    MONTH = "Month"
    QUARTER = "Quarter"
    WEEK = "Week"
    YEAR = "Year"

    def __str__(self) -> str:
        return str(self.value)
