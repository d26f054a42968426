from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSessionStats")


@_attrs_define
class UserSessionStats:
    """
    Attributes:
        last_session_time (datetime.datetime):
        failed_passwords (int):
        id (int | Unset):
    """

    last_session_time: datetime.datetime
    failed_passwords: int
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_session_time = self.last_session_time.isoformat()

        failed_passwords = self.failed_passwords

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lastSessionTime": last_session_time,
                "failedPasswords": failed_passwords,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        last_session_time = datetime.datetime.fromisoformat(d.pop("lastSessionTime"))

        failed_passwords = d.pop("failedPasswords")

        id = d.pop("id", UNSET)

        user_session_stats = cls(
            last_session_time=last_session_time,
            failed_passwords=failed_passwords,
            id=id,
        )

        user_session_stats.additional_properties = d
        return user_session_stats

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
