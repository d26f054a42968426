from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.roll_contracts_response_contracts import (
        RollContractsResponseContracts,
    )


T = TypeVar("T", bound="RollContractsResponse")


@_attrs_define
class RollContractsResponse:
    """
    Attributes:
        contracts (RollContractsResponseContracts):
        error_text (str | Unset): Non-empty if the request failed
    """

    contracts: RollContractsResponseContracts
    error_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contracts = self.contracts.to_dict()

        error_text = self.error_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contracts": contracts,
            }
        )
        if error_text is not UNSET:
            field_dict["errorText"] = error_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.roll_contracts_response_contracts import (
            RollContractsResponseContracts,
        )

        d = dict(src_dict)
        contracts = RollContractsResponseContracts.from_dict(d.pop("contracts"))

        error_text = d.pop("errorText", UNSET)

        roll_contracts_response = cls(
            contracts=contracts,
            error_text=error_text,
        )

        roll_contracts_response.additional_properties = d
        return roll_contracts_response

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
