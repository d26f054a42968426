from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.roll_contract_base import RollContractBase


T = TypeVar("T", bound="RollContracts")


@_attrs_define
class RollContracts:
    """
    Attributes:
        roll_contracts (list[RollContractBase]):
    """

    roll_contracts: list[RollContractBase]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        roll_contracts = []
        for roll_contracts_item_data in self.roll_contracts:
            roll_contracts_item = roll_contracts_item_data.to_dict()
            roll_contracts.append(roll_contracts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rollContracts": roll_contracts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.roll_contract_base import RollContractBase

        d = dict(src_dict)
        roll_contracts = []
        _roll_contracts = d.pop("rollContracts")
        for roll_contracts_item_data in _roll_contracts:
            roll_contracts_item = RollContractBase.from_dict(roll_contracts_item_data)

            roll_contracts.append(roll_contracts_item)

        roll_contracts_body = cls(
            roll_contracts=roll_contracts,
        )

        roll_contracts_body.additional_properties = d
        return roll_contracts_body

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
