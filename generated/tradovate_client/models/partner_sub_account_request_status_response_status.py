from enum import StrEnum


class PartnerSubAccountRequestStatusResponseStatus(StrEnum):
    APPROVED = "Approved"
    DENIED = "Denied"
    INAMLREVIEW = "InAMLReview"
    INREVIEW = "InReview"
    PENDING = "Pending"
    PREAPPROVED = "Preapproved"

    def __str__(self) -> str:
        return str(self.value)
