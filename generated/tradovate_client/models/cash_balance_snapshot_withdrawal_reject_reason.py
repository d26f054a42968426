from enum import StrEnum


class CashBalanceSnapshotWithdrawalRejectReason(StrEnum):
    NODATA = "NoData"
    PENDINGCONTACTINFOCHANGE = "PendingContactInfoChange"

    def __str__(self) -> str:
        return str(self.value)
