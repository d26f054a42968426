from enum import StrEnum


class EntitlementLegalEntityType(StrEnum):
    NTCORE = "NTCore"
    SIMPLUSBETA = "SimPlusBeta"

    def __str__(self) -> str:
        return str(self.value)
