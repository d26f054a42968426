from enum import StrEnum


class PlaceOrderAction(StrEnum):
    BUY = "Buy"
    SELL = "Sell"

    def __str__(self) -> str:
        return str(self.value)
