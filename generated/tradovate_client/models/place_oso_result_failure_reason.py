from enum import StrEnum
from typing import Any


class PlaceOsoResultFailureReason(StrEnum):
    ACCOUNTCLOSED = "AccountClosed"
    ADVANCEDTRAILINGSTOPUNSUPPORTED = "AdvancedTrailingStopUnsupported"
    ANOTHERCOMMANDPENDING = "AnotherCommandPending"
    BACKMONTHPROHIBITED = "BackMonthProhibited"
    EXECUTIONPROVIDERNOTCONFIGURED = "ExecutionProviderNotConfigured"
    EXECUTIONPROVIDERUNAVAILABLE = "ExecutionProviderUnavailable"
    INVALIDCONTRACT = "InvalidContract"
    INVALIDPRICE = "InvalidPrice"
    KEYINFORMATIONDOCUMENTREQUIRED = "KeyInformationDocumentRequired"
    LIQUIDATIONONLY = "LiquidationOnly"
    LIQUIDATIONONLYBEFOREEXPIRATION = "LiquidationOnlyBeforeExpiration"
    MAXORDERQTYISNOTSPECIFIED = "MaxOrderQtyIsNotSpecified"
    MAXORDERQTYLIMITREACHED = "MaxOrderQtyLimitReached"
    MAXPOSLIMITMISCONFIGURED = "MaxPosLimitMisconfigured"
    MAXPOSLIMITREACHED = "MaxPosLimitReached"
    MAXTOTALPOSLIMITREACHED = "MaxTotalPosLimitReached"
    MULTIPLEACCOUNTPLANREQUIRED = "MultipleAccountPlanRequired"
    NOQUOTE = "NoQuote"
    NOTENOUGHLIQUIDITY = "NotEnoughLiquidity"
    OTHEREXECUTIONRELATED = "OtherExecutionRelated"
    PARENTREJECTED = "ParentRejected"
    RISKCHECKTIMEOUT = "RiskCheckTimeout"
    SESSIONCLOSED = "SessionClosed"
    SSFRISKDISCLOSUREACKNOWLEDGMENTREQUIRED = "SSFRiskDisclosureAcknowledgmentRequired"
    SUCCESS = "Success"
    TOOLATE = "TooLate"
    TRADINGLOCKED = "TradingLocked"
    TRAILINGSTOPNONORDERQTYMODIFY = "TrailingStopNonOrderQtyModify"
    UNAUTHORIZED = "Unauthorized"
    UNKNOWNREASON = "UnknownReason"
    UNSUPPORTED = "Unsupported"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        # Not an identifier, so never a member's name (Tradovate has real UNKNOWN members).
        unknown._name_ = f"<unlisted {value!r}>"
        unknown._value_ = value
        return unknown

    @property
    def is_known(self) -> bool:
        """False for a value the vendor's spec did not list when this client was generated."""
        return type(self).__members__.get(self._name_) is self
