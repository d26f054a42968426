from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetPartnerSubAccountRequestStatus")


@_attrs_define
class GetPartnerSubAccountRequestStatus:
    """
    Attributes:
        sub_account_request_id (int):
    """

    sub_account_request_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_account_request_id = self.sub_account_request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subAccountRequestId": sub_account_request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sub_account_request_id = d.pop("subAccountRequestId")

        get_partner_sub_account_request_status = cls(
            sub_account_request_id=sub_account_request_id,
        )

        get_partner_sub_account_request_status.additional_properties = d
        return get_partner_sub_account_request_status

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
