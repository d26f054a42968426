from enum import StrEnum


class SubmitCustomerApplicationDocumentProcess(StrEnum):
    AML_FPV = "AML_FPV"
    BANKRUPTCY = "Bankruptcy"
    COMPLIANCE = "Compliance"
    IDENTITY = "Identity"
    NFA = "NFA"
    SUBACCOUNTREQUEST = "SubAccountRequest"
    WATCHLIST = "Watchlist"

    def __str__(self) -> str:
        return str(self.value)
