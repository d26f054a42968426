from enum import StrEnum


class EntitlementPurchaseType(StrEnum):
    ANY = "Any"
    CREDITCARD = "CreditCard"
    LIVEACCOUNT = "LiveAccount"

    def __str__(self) -> str:
        return str(self.value)
