from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_partner_sub_account_request_response_status import (
    CreatePartnerSubAccountRequestResponseStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePartnerSubAccountRequestResponse")


@_attrs_define
class CreatePartnerSubAccountRequestResponse:
    """
    Attributes:
        error_text (str | Unset): Non-empty if the request failed
        request_id (int | Unset):
        status (CreatePartnerSubAccountRequestResponseStatus | Unset): Approved, Denied, InAMLReview, InReview, Pending,
            Preapproved
    """

    error_text: str | Unset = UNSET
    request_id: int | Unset = UNSET
    status: CreatePartnerSubAccountRequestResponseStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_text = self.error_text

        request_id = self.request_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_text is not UNSET:
            field_dict["errorText"] = error_text
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error_text = d.pop("errorText", UNSET)

        request_id = d.pop("requestId", UNSET)

        _status = d.pop("status", UNSET)
        status: CreatePartnerSubAccountRequestResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CreatePartnerSubAccountRequestResponseStatus(_status)

        create_partner_sub_account_request_response = cls(
            error_text=error_text,
            request_id=request_id,
            status=status,
        )

        create_partner_sub_account_request_response.additional_properties = d
        return create_partner_sub_account_request_response

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
