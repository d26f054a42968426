from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.partner_sub_account_request_status_response_status import (
    PartnerSubAccountRequestStatusResponseStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerSubAccountRequestStatusResponse")


@_attrs_define
class PartnerSubAccountRequestStatusResponse:
    """
    Attributes:
        error_text (str | Unset): Non-empty if the request failed
        request_id (int | Unset):
        status (PartnerSubAccountRequestStatusResponseStatus | Unset): Approved, Denied, InAMLReview, InReview, Pending,
            Preapproved
        message (str | Unset):
        account_id (int | Unset):
    """

    error_text: str | Unset = UNSET
    request_id: int | Unset = UNSET
    status: PartnerSubAccountRequestStatusResponseStatus | Unset = UNSET
    message: str | Unset = UNSET
    account_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_text = self.error_text

        request_id = self.request_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        message = self.message

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_text is not UNSET:
            field_dict["errorText"] = error_text
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if account_id is not UNSET:
            field_dict["accountId"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error_text = d.pop("errorText", UNSET)

        request_id = d.pop("requestId", UNSET)

        _status = d.pop("status", UNSET)
        status: PartnerSubAccountRequestStatusResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PartnerSubAccountRequestStatusResponseStatus(_status)

        message = d.pop("message", UNSET)

        account_id = d.pop("accountId", UNSET)

        partner_sub_account_request_status_response = cls(
            error_text=error_text,
            request_id=request_id,
            status=status,
            message=message,
            account_id=account_id,
        )

        partner_sub_account_request_status_response.additional_properties = d
        return partner_sub_account_request_status_response

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
