from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.adjust_cash_cash_change_type import AdjustCashCashChangeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdjustCash")


@_attrs_define
class AdjustCash:
    """
    Attributes:
        account_id (int):
        cash_change (float):
        cash_change_type (AdjustCashCashChangeType): AccountClosureFee, AddUserFee, AutomaticReconciliation,
            BrokerageFee, CancelledPairedTrade, CashSettlement, ChallengePayout, ClearingFee, Commission, Courtesy,
            CurrencyConversion, CurrencyConversionFee, Debit, DepositFee, DeskFee, DormantFee, EntitlementSubscription,
            Escheatment, ExchangeFee, FundTransaction, FundTransactionFee, FundingRate, GoodwillCredit, IPFee,
            InactivityFee, LiquidationFee, LiquidationFee2, ManualAdjustment, MarketDataSubscription, NewSession, NfaFee,
            NsfCheckFee, OptionsTrade, OrderRoutingFee, PROMO, RithmicFee, SeatLeasePayment, StopPaymentFee, SwapTrade,
            ThirdPartyFee, TradePaired, TradovateSubscription
        currency_id (int):
        comment (str | Unset):
        sender_id (int | Unset):
    """

    account_id: int
    cash_change: float
    cash_change_type: AdjustCashCashChangeType
    currency_id: int
    comment: str | Unset = UNSET
    sender_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        cash_change = self.cash_change

        cash_change_type = self.cash_change_type.value

        currency_id = self.currency_id

        comment = self.comment

        sender_id = self.sender_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "cashChange": cash_change,
                "cashChangeType": cash_change_type,
                "currencyId": currency_id,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if sender_id is not UNSET:
            field_dict["senderId"] = sender_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        cash_change = d.pop("cashChange")

        cash_change_type = AdjustCashCashChangeType(d.pop("cashChangeType"))

        currency_id = d.pop("currencyId")

        comment = d.pop("comment", UNSET)

        sender_id = d.pop("senderId", UNSET)

        adjust_cash = cls(
            account_id=account_id,
            cash_change=cash_change,
            cash_change_type=cash_change_type,
            currency_id=currency_id,
            comment=comment,
            sender_id=sender_id,
        )

        adjust_cash.additional_properties = d
        return adjust_cash

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
