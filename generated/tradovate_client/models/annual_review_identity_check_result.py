from enum import StrEnum


class AnnualReviewIdentityCheckResult(StrEnum):
    FAIL = "Fail"
    PASS = "Pass"
    REVIEWNEEDED = "ReviewNeeded"

    def __str__(self) -> str:
        return str(self.value)
