from enum import StrEnum


class CreatePartnerSubAccountRequestResponseStatus(StrEnum):
    APPROVED = "Approved"
    DENIED = "Denied"
    INAMLREVIEW = "InAMLReview"
    INREVIEW = "InReview"
    PENDING = "Pending"
    PREAPPROVED = "Preapproved"

    def __str__(self) -> str:
        return str(self.value)
