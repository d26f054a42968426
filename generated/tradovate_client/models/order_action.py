from enum import StrEnum


class OrderAction(StrEnum):
    BUY = "Buy"
    SELL = "Sell"

    def __str__(self) -> str:
        return str(self.value)
