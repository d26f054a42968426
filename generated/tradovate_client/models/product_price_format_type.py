from enum import StrEnum


class ProductPriceFormatType(StrEnum):
    DECIMAL = "Decimal"
    FRACTIONAL = "Fractional"

    def __str__(self) -> str:
        return str(self.value)
