from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.trading_permission import TradingPermission


T = TypeVar("T", bound="TradingPermissionsResponse")


@_attrs_define
class TradingPermissionsResponse:
    """
    Attributes:
        trading_permissions (list[TradingPermission]):
    """

    trading_permissions: list[TradingPermission]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trading_permissions = []
        for trading_permissions_item_data in self.trading_permissions:
            trading_permissions_item = trading_permissions_item_data.to_dict()
            trading_permissions.append(trading_permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tradingPermissions": trading_permissions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trading_permission import TradingPermission

        d = dict(src_dict)
        trading_permissions = []
        _trading_permissions = d.pop("tradingPermissions")
        for trading_permissions_item_data in _trading_permissions:
            trading_permissions_item = TradingPermission.from_dict(
                trading_permissions_item_data
            )

            trading_permissions.append(trading_permissions_item)

        trading_permissions_response = cls(
            trading_permissions=trading_permissions,
        )

        trading_permissions_response.additional_properties = d
        return trading_permissions_response

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
