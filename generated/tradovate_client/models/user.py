from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_status import UserStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """
    Attributes:
        name (str):
        timestamp (datetime.datetime):
        email (str):
        status (UserStatus): Active, Closed, Initiated, TemporaryLocked, UnconfirmedEmail
        professional (bool):
        id (int | Unset):
        organization_id (int | Unset):
        introducing_partner_id (int | Unset):
    """

    name: str
    timestamp: datetime.datetime
    email: str
    status: UserStatus
    professional: bool
    id: int | Unset = UNSET
    organization_id: int | Unset = UNSET
    introducing_partner_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        timestamp = self.timestamp.isoformat()

        email = self.email

        status = self.status.value

        professional = self.professional

        id = self.id

        organization_id = self.organization_id

        introducing_partner_id = self.introducing_partner_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "timestamp": timestamp,
                "email": email,
                "status": status,
                "professional": professional,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if introducing_partner_id is not UNSET:
            field_dict["introducingPartnerId"] = introducing_partner_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        email = d.pop("email")

        status = UserStatus(d.pop("status"))

        professional = d.pop("professional")

        id = d.pop("id", UNSET)

        organization_id = d.pop("organizationId", UNSET)

        introducing_partner_id = d.pop("introducingPartnerId", UNSET)

        user = cls(
            name=name,
            timestamp=timestamp,
            email=email,
            status=status,
            professional=professional,
            id=id,
            organization_id=organization_id,
            introducing_partner_id=introducing_partner_id,
        )

        user.additional_properties = d
        return user

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
