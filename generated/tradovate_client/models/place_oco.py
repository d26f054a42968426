from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.place_oco_action import PlaceOcoAction
from ..models.place_oco_order_type import PlaceOcoOrderType
from ..models.place_oco_time_in_force import PlaceOcoTimeInForce
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.restrained_order_version import RestrainedOrderVersion


T = TypeVar("T", bound="PlaceOCO")


@_attrs_define
class PlaceOCO:
    """
    Attributes:
        action (PlaceOcoAction): Buy, Sell
        symbol (str):
        order_qty (int):
        order_type (PlaceOcoOrderType): Limit, LimitIfTouched, MIT, Market, QTS, Stop, StopLimit, TrailingStop,
            TrailingStopLimit
        other (RestrainedOrderVersion):
        account_spec (str | Unset):
        account_id (int | Unset):
        cl_ord_id (str | Unset):
        price (float | Unset):
        stop_price (float | Unset):
        limit_if_touched_price (float | Unset):
        max_show (int | Unset):
        peg_difference (float | Unset):
        time_in_force (PlaceOcoTimeInForce | Unset): Day, FOK, GTC, GTD, IOC
        expire_time (datetime.datetime | Unset):
        text (str | Unset):
        activation_time (datetime.datetime | Unset):
        custom_tag_50 (str | Unset):
        is_automated (bool | Unset):
    """

    action: PlaceOcoAction
    symbol: str
    order_qty: int
    order_type: PlaceOcoOrderType
    other: RestrainedOrderVersion
    account_spec: str | Unset = UNSET
    account_id: int | Unset = UNSET
    cl_ord_id: str | Unset = UNSET
    price: float | Unset = UNSET
    stop_price: float | Unset = UNSET
    limit_if_touched_price: float | Unset = UNSET
    max_show: int | Unset = UNSET
    peg_difference: float | Unset = UNSET
    time_in_force: PlaceOcoTimeInForce | Unset = UNSET
    expire_time: datetime.datetime | Unset = UNSET
    text: str | Unset = UNSET
    activation_time: datetime.datetime | Unset = UNSET
    custom_tag_50: str | Unset = UNSET
    is_automated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        symbol = self.symbol

        order_qty = self.order_qty

        order_type = self.order_type.value

        other = self.other.to_dict()

        account_spec = self.account_spec

        account_id = self.account_id

        cl_ord_id = self.cl_ord_id

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

        activation_time: str | Unset = UNSET
        if not isinstance(self.activation_time, Unset):
            activation_time = self.activation_time.isoformat()

        custom_tag_50 = self.custom_tag_50

        is_automated = self.is_automated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "symbol": symbol,
                "orderQty": order_qty,
                "orderType": order_type,
                "other": other,
            }
        )
        if account_spec is not UNSET:
            field_dict["accountSpec"] = account_spec
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if cl_ord_id is not UNSET:
            field_dict["clOrdId"] = cl_ord_id
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
        if activation_time is not UNSET:
            field_dict["activationTime"] = activation_time
        if custom_tag_50 is not UNSET:
            field_dict["customTag50"] = custom_tag_50
        if is_automated is not UNSET:
            field_dict["isAutomated"] = is_automated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.restrained_order_version import RestrainedOrderVersion

        d = dict(src_dict)
        action = PlaceOcoAction(d.pop("action"))

        symbol = d.pop("symbol")

        order_qty = d.pop("orderQty")

        order_type = PlaceOcoOrderType(d.pop("orderType"))

        other = RestrainedOrderVersion.from_dict(d.pop("other"))

        account_spec = d.pop("accountSpec", UNSET)

        account_id = d.pop("accountId", UNSET)

        cl_ord_id = d.pop("clOrdId", UNSET)

        price = d.pop("price", UNSET)

        stop_price = d.pop("stopPrice", UNSET)

        limit_if_touched_price = d.pop("limitIfTouchedPrice", UNSET)

        max_show = d.pop("maxShow", UNSET)

        peg_difference = d.pop("pegDifference", UNSET)

        _time_in_force = d.pop("timeInForce", UNSET)
        time_in_force: PlaceOcoTimeInForce | Unset
        if isinstance(_time_in_force, Unset):
            time_in_force = UNSET
        else:
            time_in_force = PlaceOcoTimeInForce(_time_in_force)

        _expire_time = d.pop("expireTime", UNSET)
        expire_time: datetime.datetime | Unset
        if isinstance(_expire_time, Unset):
            expire_time = UNSET
        else:
            expire_time = datetime.datetime.fromisoformat(_expire_time)

        text = d.pop("text", UNSET)

        _activation_time = d.pop("activationTime", UNSET)
        activation_time: datetime.datetime | Unset
        if isinstance(_activation_time, Unset):
            activation_time = UNSET
        else:
            activation_time = datetime.datetime.fromisoformat(_activation_time)

        custom_tag_50 = d.pop("customTag50", UNSET)

        is_automated = d.pop("isAutomated", UNSET)

        place_oco = cls(
            action=action,
            symbol=symbol,
            order_qty=order_qty,
            order_type=order_type,
            other=other,
            account_spec=account_spec,
            account_id=account_id,
            cl_ord_id=cl_ord_id,
            price=price,
            stop_price=stop_price,
            limit_if_touched_price=limit_if_touched_price,
            max_show=max_show,
            peg_difference=peg_difference,
            time_in_force=time_in_force,
            expire_time=expire_time,
            text=text,
            activation_time=activation_time,
            custom_tag_50=custom_tag_50,
            is_automated=is_automated,
        )

        place_oco.additional_properties = d
        return place_oco

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
