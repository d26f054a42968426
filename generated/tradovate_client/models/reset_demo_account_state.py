from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.trade_date import TradeDate


T = TypeVar("T", bound="ResetDemoAccountState")


@_attrs_define
class ResetDemoAccountState:
    """
    Attributes:
        account_ids (list[int]):
        reset_trade_date (TradeDate):
    """

    account_ids: list[int]
    reset_trade_date: TradeDate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_ids = self.account_ids

        reset_trade_date = self.reset_trade_date.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountIds": account_ids,
                "resetTradeDate": reset_trade_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trade_date import TradeDate

        d = dict(src_dict)
        account_ids = cast(list[int], d.pop("accountIds"))

        reset_trade_date = TradeDate.from_dict(d.pop("resetTradeDate"))

        reset_demo_account_state = cls(
            account_ids=account_ids,
            reset_trade_date=reset_trade_date,
        )

        reset_demo_account_state.additional_properties = d
        return reset_demo_account_state

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
