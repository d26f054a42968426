from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiquidatePosition")


@_attrs_define
class LiquidatePosition:
    """
    Attributes:
        account_id (int):
        contract_id (int):
        admin (bool):
        custom_tag_50 (str | Unset):
        is_automated (bool | Unset):
    """

    account_id: int
    contract_id: int
    admin: bool
    custom_tag_50: str | Unset = UNSET
    is_automated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        contract_id = self.contract_id

        admin = self.admin

        custom_tag_50 = self.custom_tag_50

        is_automated = self.is_automated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "contractId": contract_id,
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
        account_id = d.pop("accountId")

        contract_id = d.pop("contractId")

        admin = d.pop("admin")

        custom_tag_50 = d.pop("customTag50", UNSET)

        is_automated = d.pop("isAutomated", UNSET)

        liquidate_position = cls(
            account_id=account_id,
            contract_id=contract_id,
            admin=admin,
            custom_tag_50=custom_tag_50,
            is_automated=is_automated,
        )

        liquidate_position.additional_properties = d
        return liquidate_position

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
