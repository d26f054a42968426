from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminAlertSignal")


@_attrs_define
class AdminAlertSignal:
    """
    Attributes:
        timestamp (datetime.datetime):
        admin_alert_id (int):
        text (str):
        email_sent (bool):
        subject_id (int):
        id (int | Unset):
        related_to_account_id (int | Unset):
        related_to_user_id (int | Unset):
        owned_by_admin_id (int | Unset): Owned By...
        completed (datetime.datetime | Unset):
        claimed_at (datetime.datetime | Unset):
    """

    timestamp: datetime.datetime
    admin_alert_id: int
    text: str
    email_sent: bool
    subject_id: int
    id: int | Unset = UNSET
    related_to_account_id: int | Unset = UNSET
    related_to_user_id: int | Unset = UNSET
    owned_by_admin_id: int | Unset = UNSET
    completed: datetime.datetime | Unset = UNSET
    claimed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat()

        admin_alert_id = self.admin_alert_id

        text = self.text

        email_sent = self.email_sent

        subject_id = self.subject_id

        id = self.id

        related_to_account_id = self.related_to_account_id

        related_to_user_id = self.related_to_user_id

        owned_by_admin_id = self.owned_by_admin_id

        completed: str | Unset = UNSET
        if not isinstance(self.completed, Unset):
            completed = self.completed.isoformat()

        claimed_at: str | Unset = UNSET
        if not isinstance(self.claimed_at, Unset):
            claimed_at = self.claimed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "adminAlertId": admin_alert_id,
                "text": text,
                "emailSent": email_sent,
                "subjectId": subject_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if related_to_account_id is not UNSET:
            field_dict["relatedToAccountId"] = related_to_account_id
        if related_to_user_id is not UNSET:
            field_dict["relatedToUserId"] = related_to_user_id
        if owned_by_admin_id is not UNSET:
            field_dict["ownedByAdminId"] = owned_by_admin_id
        if completed is not UNSET:
            field_dict["completed"] = completed
        if claimed_at is not UNSET:
            field_dict["claimedAt"] = claimed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        admin_alert_id = d.pop("adminAlertId")

        text = d.pop("text")

        email_sent = d.pop("emailSent")

        subject_id = d.pop("subjectId")

        id = d.pop("id", UNSET)

        related_to_account_id = d.pop("relatedToAccountId", UNSET)

        related_to_user_id = d.pop("relatedToUserId", UNSET)

        owned_by_admin_id = d.pop("ownedByAdminId", UNSET)

        _completed = d.pop("completed", UNSET)
        completed: datetime.datetime | Unset
        if isinstance(_completed, Unset):
            completed = UNSET
        else:
            completed = datetime.datetime.fromisoformat(_completed)

        _claimed_at = d.pop("claimedAt", UNSET)
        claimed_at: datetime.datetime | Unset
        if isinstance(_claimed_at, Unset):
            claimed_at = UNSET
        else:
            claimed_at = datetime.datetime.fromisoformat(_claimed_at)

        admin_alert_signal = cls(
            timestamp=timestamp,
            admin_alert_id=admin_alert_id,
            text=text,
            email_sent=email_sent,
            subject_id=subject_id,
            id=id,
            related_to_account_id=related_to_account_id,
            related_to_user_id=related_to_user_id,
            owned_by_admin_id=owned_by_admin_id,
            completed=completed,
            claimed_at=claimed_at,
        )

        admin_alert_signal.additional_properties = d
        return admin_alert_signal

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
