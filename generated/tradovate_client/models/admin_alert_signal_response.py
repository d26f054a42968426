from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.admin_alert_signal import AdminAlertSignal


T = TypeVar("T", bound="AdminAlertSignalResponse")


@_attrs_define
class AdminAlertSignalResponse:
    """
    Attributes:
        error_text (str | Unset): Non-empty if the request failed
        admin_alert_signal (AdminAlertSignal | Unset):
    """

    error_text: str | Unset = UNSET
    admin_alert_signal: AdminAlertSignal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_text = self.error_text

        admin_alert_signal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.admin_alert_signal, Unset):
            admin_alert_signal = self.admin_alert_signal.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_text is not UNSET:
            field_dict["errorText"] = error_text
        if admin_alert_signal is not UNSET:
            field_dict["adminAlertSignal"] = admin_alert_signal

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.admin_alert_signal import AdminAlertSignal

        d = dict(src_dict)
        error_text = d.pop("errorText", UNSET)

        _admin_alert_signal = d.pop("adminAlertSignal", UNSET)
        admin_alert_signal: AdminAlertSignal | Unset
        if isinstance(_admin_alert_signal, Unset):
            admin_alert_signal = UNSET
        else:
            admin_alert_signal = AdminAlertSignal.from_dict(_admin_alert_signal)

        admin_alert_signal_response = cls(
            error_text=error_text,
            admin_alert_signal=admin_alert_signal,
        )

        admin_alert_signal_response.additional_properties = d
        return admin_alert_signal_response

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
