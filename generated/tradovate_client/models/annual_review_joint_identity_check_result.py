from enum import StrEnum


class AnnualReviewJointIdentityCheckResult(StrEnum):
    FAIL = "Fail"
    PASS = "Pass"
    REVIEWNEEDED = "ReviewNeeded"

    def __str__(self) -> str:
        return str(self.value)
