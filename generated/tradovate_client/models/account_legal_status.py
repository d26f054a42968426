from enum import StrEnum


class AccountLegalStatus(StrEnum):
    CORPORATION = "Corporation"
    GP = "GP"
    INDIVIDUAL = "Individual"
    IRA = "IRA"
    JOINT = "Joint"
    LLC = "LLC"
    LLP = "LLP"
    LP = "LP"
    PTR = "PTR"
    TRUST = "Trust"

    def __str__(self) -> str:
        return str(self.value)
