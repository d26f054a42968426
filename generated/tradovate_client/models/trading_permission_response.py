from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trading_permission import TradingPermission


T = TypeVar("T", bound="TradingPermissionResponse")


@_attrs_define
class TradingPermissionResponse:
    """
    Attributes:
        error_text (str | Unset): Non-empty if the request failed
        trading_permission (TradingPermission | Unset):
    """

    error_text: str | Unset = UNSET
    trading_permission: TradingPermission | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_text = self.error_text

        trading_permission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trading_permission, Unset):
            trading_permission = self.trading_permission.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_text is not UNSET:
            field_dict["errorText"] = error_text
        if trading_permission is not UNSET:
            field_dict["tradingPermission"] = trading_permission

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trading_permission import TradingPermission

        d = dict(src_dict)
        error_text = d.pop("errorText", UNSET)

        _trading_permission = d.pop("tradingPermission", UNSET)
        trading_permission: TradingPermission | Unset
        if isinstance(_trading_permission, Unset):
            trading_permission = UNSET
        else:
            trading_permission = TradingPermission.from_dict(_trading_permission)

        trading_permission_response = cls(
            error_text=error_text,
            trading_permission=trading_permission,
        )

        trading_permission_response.additional_properties = d
        return trading_permission_response

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
