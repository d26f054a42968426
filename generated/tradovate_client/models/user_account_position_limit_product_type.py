from enum import StrEnum


class UserAccountPositionLimitProductType(StrEnum):
    COMMONSTOCK = "CommonStock"
    CONTINUOUS = "Continuous"
    CRYPTOCURRENCY = "Cryptocurrency"
    FUTURES = "Futures"
    MARKETINTERNALS = "MarketInternals"
    OPTIONS = "Options"
    SPREAD = "Spread"
    SWAP = "Swap"

    def __str__(self) -> str:
        return str(self.value)
