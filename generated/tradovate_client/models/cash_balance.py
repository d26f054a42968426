from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trade_date import TradeDate


T = TypeVar("T", bound="CashBalance")


@_attrs_define
class CashBalance:
    """
    Attributes:
        account_id (int):
        timestamp (datetime.datetime):
        trade_date (TradeDate):
        currency_id (int):
        amount (float):
        id (int | Unset):
        realized_pn_l (float | Unset):
        week_realized_pn_l (float | Unset):
        amount_sod (float | Unset):
    """

    account_id: int
    timestamp: datetime.datetime
    trade_date: TradeDate
    currency_id: int
    amount: float
    id: int | Unset = UNSET
    realized_pn_l: float | Unset = UNSET
    week_realized_pn_l: float | Unset = UNSET
    amount_sod: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        timestamp = self.timestamp.isoformat()

        trade_date = self.trade_date.to_dict()

        currency_id = self.currency_id

        amount = self.amount

        id = self.id

        realized_pn_l = self.realized_pn_l

        week_realized_pn_l = self.week_realized_pn_l

        amount_sod = self.amount_sod

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "timestamp": timestamp,
                "tradeDate": trade_date,
                "currencyId": currency_id,
                "amount": amount,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if realized_pn_l is not UNSET:
            field_dict["realizedPnL"] = realized_pn_l
        if week_realized_pn_l is not UNSET:
            field_dict["weekRealizedPnL"] = week_realized_pn_l
        if amount_sod is not UNSET:
            field_dict["amountSOD"] = amount_sod

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

        id = d.pop("id", UNSET)

        realized_pn_l = d.pop("realizedPnL", UNSET)

        week_realized_pn_l = d.pop("weekRealizedPnL", UNSET)

        amount_sod = d.pop("amountSOD", UNSET)

        cash_balance = cls(
            account_id=account_id,
            timestamp=timestamp,
            trade_date=trade_date,
            currency_id=currency_id,
            amount=amount,
            id=id,
            realized_pn_l=realized_pn_l,
            week_realized_pn_l=week_realized_pn_l,
            amount_sod=amount_sod,
        )

        cash_balance.additional_properties = d
        return cash_balance

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
