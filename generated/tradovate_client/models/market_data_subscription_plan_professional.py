from enum import StrEnum


class MarketDataSubscriptionPlanProfessional(StrEnum):
    EITHER = "Either"
    NONPROFESSIONAL = "NonProfessional"
    PROFESSIONAL = "Professional"

    def __str__(self) -> str:
        return str(self.value)
