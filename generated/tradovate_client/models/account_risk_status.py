from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_risk_status_admin_action import AccountRiskStatusAdminAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountRiskStatus")


@_attrs_define
class AccountRiskStatus:
    """
    Attributes:
        id (int | Unset):
        admin_action (AccountRiskStatusAdminAction | Unset): AgreedOnLiqOnlyModeByAutoLiq, AgreedOnLiquidationByAutoLiq,
            DisableAutoLiq, LiquidateImmediately, LiquidateOnlyModeImmediately, LockTradingImmediately, Normal,
            PlaceAutoLiqOnHold
        admin_timestamp (datetime.datetime | Unset):
        liquidate_only (datetime.datetime | Unset):
        user_triggered_liq_only (bool | Unset):
        max_net_liq (float | Unset): $ Max Net Liq
        min_net_liq (float | Unset): $ Min Net Liq
    """

    id: int | Unset = UNSET
    admin_action: AccountRiskStatusAdminAction | Unset = UNSET
    admin_timestamp: datetime.datetime | Unset = UNSET
    liquidate_only: datetime.datetime | Unset = UNSET
    user_triggered_liq_only: bool | Unset = UNSET
    max_net_liq: float | Unset = UNSET
    min_net_liq: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        admin_action: str | Unset = UNSET
        if not isinstance(self.admin_action, Unset):
            admin_action = self.admin_action.value

        admin_timestamp: str | Unset = UNSET
        if not isinstance(self.admin_timestamp, Unset):
            admin_timestamp = self.admin_timestamp.isoformat()

        liquidate_only: str | Unset = UNSET
        if not isinstance(self.liquidate_only, Unset):
            liquidate_only = self.liquidate_only.isoformat()

        user_triggered_liq_only = self.user_triggered_liq_only

        max_net_liq = self.max_net_liq

        min_net_liq = self.min_net_liq

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if admin_action is not UNSET:
            field_dict["adminAction"] = admin_action
        if admin_timestamp is not UNSET:
            field_dict["adminTimestamp"] = admin_timestamp
        if liquidate_only is not UNSET:
            field_dict["liquidateOnly"] = liquidate_only
        if user_triggered_liq_only is not UNSET:
            field_dict["userTriggeredLiqOnly"] = user_triggered_liq_only
        if max_net_liq is not UNSET:
            field_dict["maxNetLiq"] = max_net_liq
        if min_net_liq is not UNSET:
            field_dict["minNetLiq"] = min_net_liq

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _admin_action = d.pop("adminAction", UNSET)
        admin_action: AccountRiskStatusAdminAction | Unset
        if isinstance(_admin_action, Unset):
            admin_action = UNSET
        else:
            admin_action = AccountRiskStatusAdminAction(_admin_action)

        _admin_timestamp = d.pop("adminTimestamp", UNSET)
        admin_timestamp: datetime.datetime | Unset
        if isinstance(_admin_timestamp, Unset):
            admin_timestamp = UNSET
        else:
            admin_timestamp = datetime.datetime.fromisoformat(_admin_timestamp)

        _liquidate_only = d.pop("liquidateOnly", UNSET)
        liquidate_only: datetime.datetime | Unset
        if isinstance(_liquidate_only, Unset):
            liquidate_only = UNSET
        else:
            liquidate_only = datetime.datetime.fromisoformat(_liquidate_only)

        user_triggered_liq_only = d.pop("userTriggeredLiqOnly", UNSET)

        max_net_liq = d.pop("maxNetLiq", UNSET)

        min_net_liq = d.pop("minNetLiq", UNSET)

        account_risk_status = cls(
            id=id,
            admin_action=admin_action,
            admin_timestamp=admin_timestamp,
            liquidate_only=liquidate_only,
            user_triggered_liq_only=user_triggered_liq_only,
            max_net_liq=max_net_liq,
            min_net_liq=min_net_liq,
        )

        account_risk_status.additional_properties = d
        return account_risk_status

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
