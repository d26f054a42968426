from enum import StrEnum
from typing import Any


class AdjustCashCashChangeType(StrEnum):
    ACCOUNTCLOSUREFEE = "AccountClosureFee"
    ADDUSERFEE = "AddUserFee"
    AUTOMATICRECONCILIATION = "AutomaticReconciliation"
    BROKERAGEFEE = "BrokerageFee"
    CANCELLEDPAIREDTRADE = "CancelledPairedTrade"
    CASHSETTLEMENT = "CashSettlement"
    CHALLENGEPAYOUT = "ChallengePayout"
    CLEARINGFEE = "ClearingFee"
    COMMISSION = "Commission"
    COURTESY = "Courtesy"
    CURRENCYCONVERSION = "CurrencyConversion"
    CURRENCYCONVERSIONFEE = "CurrencyConversionFee"
    DEBIT = "Debit"
    DEPOSITFEE = "DepositFee"
    DESKFEE = "DeskFee"
    DORMANTFEE = "DormantFee"
    ENTITLEMENTSUBSCRIPTION = "EntitlementSubscription"
    ESCHEATMENT = "Escheatment"
    EXCHANGEFEE = "ExchangeFee"
    FUNDINGRATE = "FundingRate"
    FUNDTRANSACTION = "FundTransaction"
    FUNDTRANSACTIONFEE = "FundTransactionFee"
    GOODWILLCREDIT = "GoodwillCredit"
    INACTIVITYFEE = "InactivityFee"
    IPFEE = "IPFee"
    LIQUIDATIONFEE = "LiquidationFee"
    LIQUIDATIONFEE2 = "LiquidationFee2"
    MANUALADJUSTMENT = "ManualAdjustment"
    MARKETDATASUBSCRIPTION = "MarketDataSubscription"
    NEWSESSION = "NewSession"
    NFAFEE = "NfaFee"
    NSFCHECKFEE = "NsfCheckFee"
    OPTIONSTRADE = "OptionsTrade"
    ORDERROUTINGFEE = "OrderRoutingFee"
    PROMO = "PROMO"
    RITHMICFEE = "RithmicFee"
    SEATLEASEPAYMENT = "SeatLeasePayment"
    STOPPAYMENTFEE = "StopPaymentFee"
    SWAPTRADE = "SwapTrade"
    THIRDPARTYFEE = "ThirdPartyFee"
    TRADEPAIRED = "TradePaired"
    TRADOVATESUBSCRIPTION = "TradovateSubscription"

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
