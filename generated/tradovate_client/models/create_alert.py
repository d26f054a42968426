from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAlert")


@_attrs_define
class CreateAlert:
    """
    Attributes:
        expression (str):
        valid_until (datetime.datetime | Unset):
        trigger_limits (int | Unset):
        message (str | Unset):
    """

    expression: str
    valid_until: datetime.datetime | Unset = UNSET
    trigger_limits: int | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expression = self.expression

        valid_until: str | Unset = UNSET
        if not isinstance(self.valid_until, Unset):
            valid_until = self.valid_until.isoformat()

        trigger_limits = self.trigger_limits

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expression": expression,
            }
        )
        if valid_until is not UNSET:
            field_dict["validUntil"] = valid_until
        if trigger_limits is not UNSET:
            field_dict["triggerLimits"] = trigger_limits
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        expression = d.pop("expression")

        _valid_until = d.pop("validUntil", UNSET)
        valid_until: datetime.datetime | Unset
        if isinstance(_valid_until, Unset):
            valid_until = UNSET
        else:
            valid_until = datetime.datetime.fromisoformat(_valid_until)

        trigger_limits = d.pop("triggerLimits", UNSET)

        message = d.pop("message", UNSET)

        create_alert = cls(
            expression=expression,
            valid_until=valid_until,
            trigger_limits=trigger_limits,
            message=message,
        )

        create_alert.additional_properties = d
        return create_alert

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
