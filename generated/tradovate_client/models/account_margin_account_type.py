from enum import StrEnum


class AccountMarginAccountType(StrEnum):
    HEDGER = "Hedger"
    SPECULATOR = "Speculator"

    def __str__(self) -> str:
        return str(self.value)
