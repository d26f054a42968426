from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_status_message_status import UserStatusMessageStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserStatusMessage")


@_attrs_define
class UserStatusMessage:
    """
    Attributes:
        error_text (str | Unset): Non-empty if the request failed
        status (UserStatusMessageStatus | Unset): Active, Closed, Initiated, TemporaryLocked, UnconfirmedEmail
    """

    error_text: str | Unset = UNSET
    status: UserStatusMessageStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_text = self.error_text

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_text is not UNSET:
            field_dict["errorText"] = error_text
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error_text = d.pop("errorText", UNSET)

        _status = d.pop("status", UNSET)
        status: UserStatusMessageStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UserStatusMessageStatus(_status)

        user_status_message = cls(
            error_text=error_text,
            status=status,
        )

        user_status_message.additional_properties = d
        return user_status_message

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
