from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RollContract")


@_attrs_define
class RollContract:
    """
    Attributes:
        name (str):
        forward (bool):
        if_expired (bool | Unset):
    """

    name: str
    forward: bool
    if_expired: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        forward = self.forward

        if_expired = self.if_expired

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "forward": forward,
            }
        )
        if if_expired is not UNSET:
            field_dict["ifExpired"] = if_expired

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        forward = d.pop("forward")

        if_expired = d.pop("ifExpired", UNSET)

        roll_contract = cls(
            name=name,
            forward=forward,
            if_expired=if_expired,
        )

        roll_contract.additional_properties = d
        return roll_contract

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
