from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CancelEverythingResponse")


@_attrs_define
class CancelEverythingResponse:
    """
    Attributes:
        tradovate_subscription_ids (list[int]):
        user_plugin_ids (list[int]):
        market_data_subscription_ids (list[int]):
        trading_permission_ids (list[int]):
    """

    tradovate_subscription_ids: list[int]
    user_plugin_ids: list[int]
    market_data_subscription_ids: list[int]
    trading_permission_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tradovate_subscription_ids = self.tradovate_subscription_ids

        user_plugin_ids = self.user_plugin_ids

        market_data_subscription_ids = self.market_data_subscription_ids

        trading_permission_ids = self.trading_permission_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tradovateSubscriptionIds": tradovate_subscription_ids,
                "userPluginIds": user_plugin_ids,
                "marketDataSubscriptionIds": market_data_subscription_ids,
                "tradingPermissionIds": trading_permission_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tradovate_subscription_ids = cast(list[int], d.pop("tradovateSubscriptionIds"))

        user_plugin_ids = cast(list[int], d.pop("userPluginIds"))

        market_data_subscription_ids = cast(
            list[int], d.pop("marketDataSubscriptionIds")
        )

        trading_permission_ids = cast(list[int], d.pop("tradingPermissionIds"))

        cancel_everything_response = cls(
            tradovate_subscription_ids=tradovate_subscription_ids,
            user_plugin_ids=user_plugin_ids,
            market_data_subscription_ids=market_data_subscription_ids,
            trading_permission_ids=trading_permission_ids,
        )

        cancel_everything_response.additional_properties = d
        return cancel_everything_response

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
