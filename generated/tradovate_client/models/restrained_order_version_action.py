from enum import StrEnum


class RestrainedOrderVersionAction(StrEnum):
    BUY = "Buy"
    SELL = "Sell"

    def __str__(self) -> str:
        return str(self.value)
