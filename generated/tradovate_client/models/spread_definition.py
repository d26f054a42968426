from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.spread_definition_spread_type import SpreadDefinitionSpreadType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpreadDefinition")


@_attrs_define
class SpreadDefinition:
    """
    Attributes:
        timestamp (datetime.datetime):
        spread_type (SpreadDefinitionSpreadType): Bundle, BundleSpread, Butterfly, CalendarSpread, Condor, Crack,
            DoubleButterfly, General, IntercommoditySpread, LaggedIntercommoditySpread, Pack, PackButterfly, PackSpread,
            ReducedTickCalendarSpread, ReverseIntercommoditySpread, ReverseSpread, Strip, TreasuryIntercommoditySpread
        uds (bool):
        id (int | Unset):
    """

    timestamp: datetime.datetime
    spread_type: SpreadDefinitionSpreadType
    uds: bool
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat()

        spread_type = self.spread_type.value

        uds = self.uds

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "spreadType": spread_type,
                "uds": uds,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        spread_type = SpreadDefinitionSpreadType(d.pop("spreadType"))

        uds = d.pop("uds")

        id = d.pop("id", UNSET)

        spread_definition = cls(
            timestamp=timestamp,
            spread_type=spread_type,
            uds=uds,
            id=id,
        )

        spread_definition.additional_properties = d
        return spread_definition

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
