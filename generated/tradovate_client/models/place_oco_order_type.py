from enum import StrEnum
from typing import Any


class PlaceOcoOrderType(StrEnum):
    LIMIT = "Limit"
    LIMITIFTOUCHED = "LimitIfTouched"
    MARKET = "Market"
    MIT = "MIT"
    QTS = "QTS"
    STOP = "Stop"
    STOPLIMIT = "StopLimit"
    TRAILINGSTOP = "TrailingStop"
    TRAILINGSTOPLIMIT = "TrailingStopLimit"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        # Not an identifier, so never a member's name (Tradovate has real UNKNOWN members).
        unknown._name_ = f"<unlisted {value!r}>"
        unknown._value_ = value
        return unknown

    @property
    def is_known(self) -> bool:
        """False for a value the vendor's spec did not list when this client was generated."""
        return type(self).__members__.get(self._name_) is self
