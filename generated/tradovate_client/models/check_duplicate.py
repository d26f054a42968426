from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckDuplicate")


@_attrs_define
class CheckDuplicate:
    """
    Attributes:
        user_id (int | Unset):
        tax_identifier (str | Unset):
        national_id (str | Unset):
        country_code (str | Unset):
        organization_id (int | Unset):
    """

    user_id: int | Unset = UNSET
    tax_identifier: str | Unset = UNSET
    national_id: str | Unset = UNSET
    country_code: str | Unset = UNSET
    organization_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        tax_identifier = self.tax_identifier

        national_id = self.national_id

        country_code = self.country_code

        organization_id = self.organization_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if tax_identifier is not UNSET:
            field_dict["taxIdentifier"] = tax_identifier
        if national_id is not UNSET:
            field_dict["nationalId"] = national_id
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("userId", UNSET)

        tax_identifier = d.pop("taxIdentifier", UNSET)

        national_id = d.pop("nationalId", UNSET)

        country_code = d.pop("countryCode", UNSET)

        organization_id = d.pop("organizationId", UNSET)

        check_duplicate = cls(
            user_id=user_id,
            tax_identifier=tax_identifier,
            national_id=national_id,
            country_code=country_code,
            organization_id=organization_id,
        )

        check_duplicate.additional_properties = d
        return check_duplicate

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
