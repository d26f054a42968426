from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trade_time import TradeTime


T = TypeVar("T", bound="ProductSession")


@_attrs_define
class ProductSession:
    """
    Attributes:
        open_time (TradeTime):
        start_time (TradeTime):
        stop_time (TradeTime):
        close_time (TradeTime):
        id (int | Unset):
        sunday_open_time (TradeTime | Unset):
        all_day (bool | Unset):
    """

    open_time: TradeTime
    start_time: TradeTime
    stop_time: TradeTime
    close_time: TradeTime
    id: int | Unset = UNSET
    sunday_open_time: TradeTime | Unset = UNSET
    all_day: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_time = self.open_time.to_dict()

        start_time = self.start_time.to_dict()

        stop_time = self.stop_time.to_dict()

        close_time = self.close_time.to_dict()

        id = self.id

        sunday_open_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sunday_open_time, Unset):
            sunday_open_time = self.sunday_open_time.to_dict()

        all_day = self.all_day

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "openTime": open_time,
                "startTime": start_time,
                "stopTime": stop_time,
                "closeTime": close_time,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if sunday_open_time is not UNSET:
            field_dict["sundayOpenTime"] = sunday_open_time
        if all_day is not UNSET:
            field_dict["allDay"] = all_day

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trade_time import TradeTime

        d = dict(src_dict)
        open_time = TradeTime.from_dict(d.pop("openTime"))

        start_time = TradeTime.from_dict(d.pop("startTime"))

        stop_time = TradeTime.from_dict(d.pop("stopTime"))

        close_time = TradeTime.from_dict(d.pop("closeTime"))

        id = d.pop("id", UNSET)

        _sunday_open_time = d.pop("sundayOpenTime", UNSET)
        sunday_open_time: TradeTime | Unset
        if isinstance(_sunday_open_time, Unset):
            sunday_open_time = UNSET
        else:
            sunday_open_time = TradeTime.from_dict(_sunday_open_time)

        all_day = d.pop("allDay", UNSET)

        product_session = cls(
            open_time=open_time,
            start_time=start_time,
            stop_time=stop_time,
            close_time=close_time,
            id=id,
            sunday_open_time=sunday_open_time,
            all_day=all_day,
        )

        product_session.additional_properties = d
        return product_session

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
