from enum import StrEnum


class AccountAccountType(StrEnum):
    CUSTOMER = "Customer"
    EMPLOYEE = "Employee"
    GIVEUP = "Giveup"
    HOUSE = "House"
    OMNIBUS = "Omnibus"
    WASH = "Wash"

    def __str__(self) -> str:
        return str(self.value)
