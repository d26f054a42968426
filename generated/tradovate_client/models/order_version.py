from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_version_order_type import OrderVersionOrderType
from ..models.order_version_time_in_force import OrderVersionTimeInForce
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderVersion")


@_attrs_define
class OrderVersion:
    """
    Attributes:
        order_id (int):
        order_qty (int):
        order_type (OrderVersionOrderType): Limit, LimitIfTouched, MIT, Market, QTS, Stop, StopLimit, TrailingStop,
            TrailingStopLimit
        id (int | Unset):
        price (float | Unset):
        stop_price (float | Unset):
        limit_if_touched_price (float | Unset):
        max_show (int | Unset):
        peg_difference (float | Unset):
        time_in_force (OrderVersionTimeInForce | Unset): Day, FOK, GTC, GTD, IOC
        expire_time (datetime.datetime | Unset):
        text (str | Unset):
    """

    order_id: int
    order_qty: int
    order_type: OrderVersionOrderType
    id: int | Unset = UNSET
    price: float | Unset = UNSET
    stop_price: float | Unset = UNSET
    limit_if_touched_price: float | Unset = UNSET
    max_show: int | Unset = UNSET
    peg_difference: float | Unset = UNSET
    time_in_force: OrderVersionTimeInForce | Unset = UNSET
    expire_time: datetime.datetime | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        order_qty = self.order_qty

        order_type = self.order_type.value

        id = self.id

        price = self.price

        stop_price = self.stop_price

        limit_if_touched_price = self.limit_if_touched_price

        max_show = self.max_show

        peg_difference = self.peg_difference

        time_in_force: str | Unset = UNSET
        if not isinstance(self.time_in_force, Unset):
            time_in_force = self.time_in_force.value

        expire_time: str | Unset = UNSET
        if not isinstance(self.expire_time, Unset):
            expire_time = self.expire_time.isoformat()

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "orderQty": order_qty,
                "orderType": order_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if price is not UNSET:
            field_dict["price"] = price
        if stop_price is not UNSET:
            field_dict["stopPrice"] = stop_price
        if limit_if_touched_price is not UNSET:
            field_dict["limitIfTouchedPrice"] = limit_if_touched_price
        if max_show is not UNSET:
            field_dict["maxShow"] = max_show
        if peg_difference is not UNSET:
            field_dict["pegDifference"] = peg_difference
        if time_in_force is not UNSET:
            field_dict["timeInForce"] = time_in_force
        if expire_time is not UNSET:
            field_dict["expireTime"] = expire_time
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_id = d.pop("orderId")

        order_qty = d.pop("orderQty")

        order_type = OrderVersionOrderType(d.pop("orderType"))

        id = d.pop("id", UNSET)

        price = d.pop("price", UNSET)

        stop_price = d.pop("stopPrice", UNSET)

        limit_if_touched_price = d.pop("limitIfTouchedPrice", UNSET)

        max_show = d.pop("maxShow", UNSET)

        peg_difference = d.pop("pegDifference", UNSET)

        _time_in_force = d.pop("timeInForce", UNSET)
        time_in_force: OrderVersionTimeInForce | Unset
        if isinstance(_time_in_force, Unset):
            time_in_force = UNSET
        else:
            time_in_force = OrderVersionTimeInForce(_time_in_force)

        _expire_time = d.pop("expireTime", UNSET)
        expire_time: datetime.datetime | Unset
        if isinstance(_expire_time, Unset):
            expire_time = UNSET
        else:
            expire_time = datetime.datetime.fromisoformat(_expire_time)

        text = d.pop("text", UNSET)

        order_version = cls(
            order_id=order_id,
            order_qty=order_qty,
            order_type=order_type,
            id=id,
            price=price,
            stop_price=stop_price,
            limit_if_touched_price=limit_if_touched_price,
            max_show=max_show,
            peg_difference=peg_difference,
            time_in_force=time_in_force,
            expire_time=expire_time,
            text=text,
        )

        order_version.additional_properties = d
        return order_version

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
