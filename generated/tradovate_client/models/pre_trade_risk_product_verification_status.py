from enum import StrEnum


class PreTradeRiskProductVerificationStatus(StrEnum):
    INACTIVE = "Inactive"
    LOCKED = "Locked"
    READYFORCONTRACTS = "ReadyForContracts"
    READYTOTRADE = "ReadyToTrade"
    VERIFIED = "Verified"

    def __str__(self) -> str:
        return str(self.value)
