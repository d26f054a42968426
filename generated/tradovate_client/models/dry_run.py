from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dry_run_order import DryRunOrder
    from ..models.extra_pre_trade_risk import ExtraPreTradeRisk


T = TypeVar("T", bound="DryRun")


@_attrs_define
class DryRun:
    """
    Attributes:
        account_id (int):
        orders (list[DryRunOrder]):
        extra_pre_trade_risk (ExtraPreTradeRisk | Unset):
    """

    account_id: int
    orders: list[DryRunOrder]
    extra_pre_trade_risk: ExtraPreTradeRisk | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        extra_pre_trade_risk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_pre_trade_risk, Unset):
            extra_pre_trade_risk = self.extra_pre_trade_risk.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "orders": orders,
            }
        )
        if extra_pre_trade_risk is not UNSET:
            field_dict["extraPreTradeRisk"] = extra_pre_trade_risk

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dry_run_order import DryRunOrder
        from ..models.extra_pre_trade_risk import ExtraPreTradeRisk

        d = dict(src_dict)
        account_id = d.pop("accountId")

        orders = []
        _orders = d.pop("orders")
        for orders_item_data in _orders:
            orders_item = DryRunOrder.from_dict(orders_item_data)

            orders.append(orders_item)

        _extra_pre_trade_risk = d.pop("extraPreTradeRisk", UNSET)
        extra_pre_trade_risk: ExtraPreTradeRisk | Unset
        if isinstance(_extra_pre_trade_risk, Unset):
            extra_pre_trade_risk = UNSET
        else:
            extra_pre_trade_risk = ExtraPreTradeRisk.from_dict(_extra_pre_trade_risk)

        dry_run = cls(
            account_id=account_id,
            orders=orders,
            extra_pre_trade_risk=extra_pre_trade_risk,
        )

        dry_run.additional_properties = d
        return dry_run

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
