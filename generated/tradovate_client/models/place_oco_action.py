from enum import StrEnum


class PlaceOcoAction(StrEnum):
    BUY = "Buy"
    SELL = "Sell"

    def __str__(self) -> str:
        return str(self.value)
