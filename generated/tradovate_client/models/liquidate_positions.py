from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiquidatePositions")


@_attrs_define
class LiquidatePositions:
    """
    Attributes:
        positions (list[int]):
        admin (bool):
        custom_tag_50 (str | Unset):
        is_automated (bool | Unset):
    """

    positions: list[int]
    admin: bool
    custom_tag_50: str | Unset = UNSET
    is_automated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        positions = self.positions

        admin = self.admin

        custom_tag_50 = self.custom_tag_50

        is_automated = self.is_automated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "positions": positions,
                "admin": admin,
            }
        )
        if custom_tag_50 is not UNSET:
            field_dict["customTag50"] = custom_tag_50
        if is_automated is not UNSET:
            field_dict["isAutomated"] = is_automated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        positions = cast(list[int], d.pop("positions"))

        admin = d.pop("admin")

        custom_tag_50 = d.pop("customTag50", UNSET)

        is_automated = d.pop("isAutomated", UNSET)

        liquidate_positions = cls(
            positions=positions,
            admin=admin,
            custom_tag_50=custom_tag_50,
            is_automated=is_automated,
        )

        liquidate_positions.additional_properties = d
        return liquidate_positions

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
