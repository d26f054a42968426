from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelEverything")


@_attrs_define
class CancelEverything:
    """
    Attributes:
        user_ids (list[int]):
        tradovate_subscriptions (bool | Unset):
        user_plugins (bool | Unset):
        market_data_subscriptions (bool | Unset):
        trading_permissions (bool | Unset):
    """

    user_ids: list[int]
    tradovate_subscriptions: bool | Unset = UNSET
    user_plugins: bool | Unset = UNSET
    market_data_subscriptions: bool | Unset = UNSET
    trading_permissions: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_ids = self.user_ids

        tradovate_subscriptions = self.tradovate_subscriptions

        user_plugins = self.user_plugins

        market_data_subscriptions = self.market_data_subscriptions

        trading_permissions = self.trading_permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userIds": user_ids,
            }
        )
        if tradovate_subscriptions is not UNSET:
            field_dict["tradovateSubscriptions"] = tradovate_subscriptions
        if user_plugins is not UNSET:
            field_dict["userPlugins"] = user_plugins
        if market_data_subscriptions is not UNSET:
            field_dict["marketDataSubscriptions"] = market_data_subscriptions
        if trading_permissions is not UNSET:
            field_dict["tradingPermissions"] = trading_permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_ids = cast(list[int], d.pop("userIds"))

        tradovate_subscriptions = d.pop("tradovateSubscriptions", UNSET)

        user_plugins = d.pop("userPlugins", UNSET)

        market_data_subscriptions = d.pop("marketDataSubscriptions", UNSET)

        trading_permissions = d.pop("tradingPermissions", UNSET)

        cancel_everything = cls(
            user_ids=user_ids,
            tradovate_subscriptions=tradovate_subscriptions,
            user_plugins=user_plugins,
            market_data_subscriptions=market_data_subscriptions,
            trading_permissions=trading_permissions,
        )

        cancel_everything.additional_properties = d
        return cancel_everything

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
