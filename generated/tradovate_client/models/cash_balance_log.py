from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cash_balance_log_cash_change_type import CashBalanceLogCashChangeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trade_date import TradeDate


T = TypeVar("T", bound="CashBalanceLog")


@_attrs_define
class CashBalanceLog:
    """
    Attributes:
        account_id (int):
        timestamp (datetime.datetime):
        trade_date (TradeDate):
        currency_id (int):
        amount (float):
        cash_change_type (CashBalanceLogCashChangeType): AccountClosureFee, AddUserFee, AutomaticReconciliation,
            BrokerageFee, CancelledPairedTrade, CashSettlement, ChallengePayout, ClearingFee, Commission, Courtesy,
            CurrencyConversion, CurrencyConversionFee, Debit, DepositFee, DeskFee, DormantFee, EntitlementSubscription,
            Escheatment, ExchangeFee, FundTransaction, FundTransactionFee, FundingRate, GoodwillCredit, IPFee,
            InactivityFee, LiquidationFee, LiquidationFee2, ManualAdjustment, MarketDataSubscription, NewSession, NfaFee,
            NsfCheckFee, OptionsTrade, OrderRoutingFee, PROMO, RithmicFee, SeatLeasePayment, StopPaymentFee, SwapTrade,
            ThirdPartyFee, TradePaired, TradovateSubscription
        delta (float):
        id (int | Unset):
        realized_pn_l (float | Unset):
        week_realized_pn_l (float | Unset):
        fill_pair_id (int | Unset):
        fill_id (int | Unset):
        fund_transaction_id (int | Unset):
        comment (str | Unset):
        sender_id (int | Unset):
    """

    account_id: int
    timestamp: datetime.datetime
    trade_date: TradeDate
    currency_id: int
    amount: float
    cash_change_type: CashBalanceLogCashChangeType
    delta: float
    id: int | Unset = UNSET
    realized_pn_l: float | Unset = UNSET
    week_realized_pn_l: float | Unset = UNSET
    fill_pair_id: int | Unset = UNSET
    fill_id: int | Unset = UNSET
    fund_transaction_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    sender_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        timestamp = self.timestamp.isoformat()

        trade_date = self.trade_date.to_dict()

        currency_id = self.currency_id

        amount = self.amount

        cash_change_type = self.cash_change_type.value

        delta = self.delta

        id = self.id

        realized_pn_l = self.realized_pn_l

        week_realized_pn_l = self.week_realized_pn_l

        fill_pair_id = self.fill_pair_id

        fill_id = self.fill_id

        fund_transaction_id = self.fund_transaction_id

        comment = self.comment

        sender_id = self.sender_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "timestamp": timestamp,
                "tradeDate": trade_date,
                "currencyId": currency_id,
                "amount": amount,
                "cashChangeType": cash_change_type,
                "delta": delta,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if realized_pn_l is not UNSET:
            field_dict["realizedPnL"] = realized_pn_l
        if week_realized_pn_l is not UNSET:
            field_dict["weekRealizedPnL"] = week_realized_pn_l
        if fill_pair_id is not UNSET:
            field_dict["fillPairId"] = fill_pair_id
        if fill_id is not UNSET:
            field_dict["fillId"] = fill_id
        if fund_transaction_id is not UNSET:
            field_dict["fundTransactionId"] = fund_transaction_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if sender_id is not UNSET:
            field_dict["senderId"] = sender_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trade_date import TradeDate

        d = dict(src_dict)
        account_id = d.pop("accountId")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        trade_date = TradeDate.from_dict(d.pop("tradeDate"))

        currency_id = d.pop("currencyId")

        amount = d.pop("amount")

        cash_change_type = CashBalanceLogCashChangeType(d.pop("cashChangeType"))

        delta = d.pop("delta")

        id = d.pop("id", UNSET)

        realized_pn_l = d.pop("realizedPnL", UNSET)

        week_realized_pn_l = d.pop("weekRealizedPnL", UNSET)

        fill_pair_id = d.pop("fillPairId", UNSET)

        fill_id = d.pop("fillId", UNSET)

        fund_transaction_id = d.pop("fundTransactionId", UNSET)

        comment = d.pop("comment", UNSET)

        sender_id = d.pop("senderId", UNSET)

        cash_balance_log = cls(
            account_id=account_id,
            timestamp=timestamp,
            trade_date=trade_date,
            currency_id=currency_id,
            amount=amount,
            cash_change_type=cash_change_type,
            delta=delta,
            id=id,
            realized_pn_l=realized_pn_l,
            week_realized_pn_l=week_realized_pn_l,
            fill_pair_id=fill_pair_id,
            fill_id=fill_id,
            fund_transaction_id=fund_transaction_id,
            comment=comment,
            sender_id=sender_id,
        )

        cash_balance_log.additional_properties = d
        return cash_balance_log

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
