from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_info import ContactInfo


T = TypeVar("T", bound="UpdateContactInfoResponse")


@_attrs_define
class UpdateContactInfoResponse:
    """
    Attributes:
        error_text (str | Unset): Non-empty if the request failed
        contact_info (ContactInfo | Unset):
    """

    error_text: str | Unset = UNSET
    contact_info: ContactInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_text = self.error_text

        contact_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_info, Unset):
            contact_info = self.contact_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_text is not UNSET:
            field_dict["errorText"] = error_text
        if contact_info is not UNSET:
            field_dict["contactInfo"] = contact_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_info import ContactInfo

        d = dict(src_dict)
        error_text = d.pop("errorText", UNSET)

        _contact_info = d.pop("contactInfo", UNSET)
        contact_info: ContactInfo | Unset
        if isinstance(_contact_info, Unset):
            contact_info = UNSET
        else:
            contact_info = ContactInfo.from_dict(_contact_info)

        update_contact_info_response = cls(
            error_text=error_text,
            contact_info=contact_info,
        )

        update_contact_info_response.additional_properties = d
        return update_contact_info_response

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
