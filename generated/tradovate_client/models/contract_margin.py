from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractMargin")


@_attrs_define
class ContractMargin:
    """
    Attributes:
        initial_margin (float):
        maintenance_margin (float):
        timestamp (datetime.datetime):
        id (int | Unset):
    """

    initial_margin: float
    maintenance_margin: float
    timestamp: datetime.datetime
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        initial_margin = self.initial_margin

        maintenance_margin = self.maintenance_margin

        timestamp = self.timestamp.isoformat()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "initialMargin": initial_margin,
                "maintenanceMargin": maintenance_margin,
                "timestamp": timestamp,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        initial_margin = d.pop("initialMargin")

        maintenance_margin = d.pop("maintenanceMargin")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        id = d.pop("id", UNSET)

        contract_margin = cls(
            initial_margin=initial_margin,
            maintenance_margin=maintenance_margin,
            timestamp=timestamp,
            id=id,
        )

        contract_margin.additional_properties = d
        return contract_margin

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
