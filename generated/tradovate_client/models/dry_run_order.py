from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dry_run_order_action import DryRunOrderAction
from ..models.dry_run_order_order_type import DryRunOrderOrderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DryRunOrder")


@_attrs_define
class DryRunOrder:
    """
    Attributes:
        contract_id (int):
        action (DryRunOrderAction): Buy, Sell
        order_qty (int):
        order_type (DryRunOrderOrderType): Limit, LimitIfTouched, MIT, Market, QTS, Stop, StopLimit, TrailingStop,
            TrailingStopLimit
        price (float | Unset):
        stop_price (float | Unset):
    """

    contract_id: int
    action: DryRunOrderAction
    order_qty: int
    order_type: DryRunOrderOrderType
    price: float | Unset = UNSET
    stop_price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract_id = self.contract_id

        action = self.action.value

        order_qty = self.order_qty

        order_type = self.order_type.value

        price = self.price

        stop_price = self.stop_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contractId": contract_id,
                "action": action,
                "orderQty": order_qty,
                "orderType": order_type,
            }
        )
        if price is not UNSET:
            field_dict["price"] = price
        if stop_price is not UNSET:
            field_dict["stopPrice"] = stop_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contract_id = d.pop("contractId")

        action = DryRunOrderAction(d.pop("action"))

        order_qty = d.pop("orderQty")

        order_type = DryRunOrderOrderType(d.pop("orderType"))

        price = d.pop("price", UNSET)

        stop_price = d.pop("stopPrice", UNSET)

        dry_run_order = cls(
            contract_id=contract_id,
            action=action,
            order_qty=order_qty,
            order_type=order_type,
            price=price,
            stop_price=stop_price,
        )

        dry_run_order.additional_properties = d
        return dry_run_order

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
