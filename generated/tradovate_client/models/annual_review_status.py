from enum import StrEnum


class AnnualReviewStatus(StrEnum):
    CLOSED = "Closed"
    OPEN = "Open"
    PROCESSED = "Processed"

    def __str__(self) -> str:
        return str(self.value)
