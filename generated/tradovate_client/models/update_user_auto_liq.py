from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_user_auto_liq_trailing_max_drawdown_mode import (
    UpdateUserAutoLiqTrailingMaxDrawdownMode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUserAutoLiq")


@_attrs_define
class UpdateUserAutoLiq:
    """
    Attributes:
        account_id (int):
        as_owner (bool | Unset):
        changes_locked (bool | Unset): Changes Locked
        margin_percentage_alert (float | Unset): Margin % for an Alert
        daily_loss_percentage_alert (float | Unset): Daily Loss % for an Alert
        daily_loss_alert (float | Unset): $ Daily Loss for an Alert
        margin_percentage_liq_only (float | Unset): Margin % for an Liq Only
        daily_loss_percentage_liq_only (float | Unset): Daily Loss % for an Liq Only
        daily_loss_liq_only (float | Unset): $ Daily Loss for an Liq Only
        margin_percentage_auto_liq (float | Unset): Margin % for an Auto-Liq
        daily_loss_percentage_auto_liq (float | Unset): Daily Loss % for an AutoLiq
        daily_loss_auto_liq (float | Unset): $ Daily Loss for an Auto-Liq
        weekly_loss_auto_liq (float | Unset): $ Weekly Loss for an Auto-Liq
        flatten_timestamp (datetime.datetime | Unset): Flatten &amp; Cancel
        trailing_max_drawdown (float | Unset): $ Trailing Max Drawdown
        trailing_max_drawdown_limit (float | Unset): $ Trailing Max Drawdown Limit
        trailing_max_drawdown_mode (UpdateUserAutoLiqTrailingMaxDrawdownMode | Unset): EOD, RealTime
        daily_profit_auto_liq (float | Unset): $ Daily Profit for an Auto-Liq
        weekly_profit_auto_liq (float | Unset): $ Weekly Profit for an Auto-Liq
        do_not_unlock (bool | Unset): Do not automatically unlock account if triggered
    """

    account_id: int
    as_owner: bool | Unset = UNSET
    changes_locked: bool | Unset = UNSET
    margin_percentage_alert: float | Unset = UNSET
    daily_loss_percentage_alert: float | Unset = UNSET
    daily_loss_alert: float | Unset = UNSET
    margin_percentage_liq_only: float | Unset = UNSET
    daily_loss_percentage_liq_only: float | Unset = UNSET
    daily_loss_liq_only: float | Unset = UNSET
    margin_percentage_auto_liq: float | Unset = UNSET
    daily_loss_percentage_auto_liq: float | Unset = UNSET
    daily_loss_auto_liq: float | Unset = UNSET
    weekly_loss_auto_liq: float | Unset = UNSET
    flatten_timestamp: datetime.datetime | Unset = UNSET
    trailing_max_drawdown: float | Unset = UNSET
    trailing_max_drawdown_limit: float | Unset = UNSET
    trailing_max_drawdown_mode: UpdateUserAutoLiqTrailingMaxDrawdownMode | Unset = UNSET
    daily_profit_auto_liq: float | Unset = UNSET
    weekly_profit_auto_liq: float | Unset = UNSET
    do_not_unlock: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        as_owner = self.as_owner

        changes_locked = self.changes_locked

        margin_percentage_alert = self.margin_percentage_alert

        daily_loss_percentage_alert = self.daily_loss_percentage_alert

        daily_loss_alert = self.daily_loss_alert

        margin_percentage_liq_only = self.margin_percentage_liq_only

        daily_loss_percentage_liq_only = self.daily_loss_percentage_liq_only

        daily_loss_liq_only = self.daily_loss_liq_only

        margin_percentage_auto_liq = self.margin_percentage_auto_liq

        daily_loss_percentage_auto_liq = self.daily_loss_percentage_auto_liq

        daily_loss_auto_liq = self.daily_loss_auto_liq

        weekly_loss_auto_liq = self.weekly_loss_auto_liq

        flatten_timestamp: str | Unset = UNSET
        if not isinstance(self.flatten_timestamp, Unset):
            flatten_timestamp = self.flatten_timestamp.isoformat()

        trailing_max_drawdown = self.trailing_max_drawdown

        trailing_max_drawdown_limit = self.trailing_max_drawdown_limit

        trailing_max_drawdown_mode: str | Unset = UNSET
        if not isinstance(self.trailing_max_drawdown_mode, Unset):
            trailing_max_drawdown_mode = self.trailing_max_drawdown_mode.value

        daily_profit_auto_liq = self.daily_profit_auto_liq

        weekly_profit_auto_liq = self.weekly_profit_auto_liq

        do_not_unlock = self.do_not_unlock

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
            }
        )
        if as_owner is not UNSET:
            field_dict["asOwner"] = as_owner
        if changes_locked is not UNSET:
            field_dict["changesLocked"] = changes_locked
        if margin_percentage_alert is not UNSET:
            field_dict["marginPercentageAlert"] = margin_percentage_alert
        if daily_loss_percentage_alert is not UNSET:
            field_dict["dailyLossPercentageAlert"] = daily_loss_percentage_alert
        if daily_loss_alert is not UNSET:
            field_dict["dailyLossAlert"] = daily_loss_alert
        if margin_percentage_liq_only is not UNSET:
            field_dict["marginPercentageLiqOnly"] = margin_percentage_liq_only
        if daily_loss_percentage_liq_only is not UNSET:
            field_dict["dailyLossPercentageLiqOnly"] = daily_loss_percentage_liq_only
        if daily_loss_liq_only is not UNSET:
            field_dict["dailyLossLiqOnly"] = daily_loss_liq_only
        if margin_percentage_auto_liq is not UNSET:
            field_dict["marginPercentageAutoLiq"] = margin_percentage_auto_liq
        if daily_loss_percentage_auto_liq is not UNSET:
            field_dict["dailyLossPercentageAutoLiq"] = daily_loss_percentage_auto_liq
        if daily_loss_auto_liq is not UNSET:
            field_dict["dailyLossAutoLiq"] = daily_loss_auto_liq
        if weekly_loss_auto_liq is not UNSET:
            field_dict["weeklyLossAutoLiq"] = weekly_loss_auto_liq
        if flatten_timestamp is not UNSET:
            field_dict["flattenTimestamp"] = flatten_timestamp
        if trailing_max_drawdown is not UNSET:
            field_dict["trailingMaxDrawdown"] = trailing_max_drawdown
        if trailing_max_drawdown_limit is not UNSET:
            field_dict["trailingMaxDrawdownLimit"] = trailing_max_drawdown_limit
        if trailing_max_drawdown_mode is not UNSET:
            field_dict["trailingMaxDrawdownMode"] = trailing_max_drawdown_mode
        if daily_profit_auto_liq is not UNSET:
            field_dict["dailyProfitAutoLiq"] = daily_profit_auto_liq
        if weekly_profit_auto_liq is not UNSET:
            field_dict["weeklyProfitAutoLiq"] = weekly_profit_auto_liq
        if do_not_unlock is not UNSET:
            field_dict["doNotUnlock"] = do_not_unlock

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        as_owner = d.pop("asOwner", UNSET)

        changes_locked = d.pop("changesLocked", UNSET)

        margin_percentage_alert = d.pop("marginPercentageAlert", UNSET)

        daily_loss_percentage_alert = d.pop("dailyLossPercentageAlert", UNSET)

        daily_loss_alert = d.pop("dailyLossAlert", UNSET)

        margin_percentage_liq_only = d.pop("marginPercentageLiqOnly", UNSET)

        daily_loss_percentage_liq_only = d.pop("dailyLossPercentageLiqOnly", UNSET)

        daily_loss_liq_only = d.pop("dailyLossLiqOnly", UNSET)

        margin_percentage_auto_liq = d.pop("marginPercentageAutoLiq", UNSET)

        daily_loss_percentage_auto_liq = d.pop("dailyLossPercentageAutoLiq", UNSET)

        daily_loss_auto_liq = d.pop("dailyLossAutoLiq", UNSET)

        weekly_loss_auto_liq = d.pop("weeklyLossAutoLiq", UNSET)

        _flatten_timestamp = d.pop("flattenTimestamp", UNSET)
        flatten_timestamp: datetime.datetime | Unset
        if isinstance(_flatten_timestamp, Unset):
            flatten_timestamp = UNSET
        else:
            flatten_timestamp = datetime.datetime.fromisoformat(_flatten_timestamp)

        trailing_max_drawdown = d.pop("trailingMaxDrawdown", UNSET)

        trailing_max_drawdown_limit = d.pop("trailingMaxDrawdownLimit", UNSET)

        _trailing_max_drawdown_mode = d.pop("trailingMaxDrawdownMode", UNSET)
        trailing_max_drawdown_mode: UpdateUserAutoLiqTrailingMaxDrawdownMode | Unset
        if isinstance(_trailing_max_drawdown_mode, Unset):
            trailing_max_drawdown_mode = UNSET
        else:
            trailing_max_drawdown_mode = UpdateUserAutoLiqTrailingMaxDrawdownMode(
                _trailing_max_drawdown_mode
            )

        daily_profit_auto_liq = d.pop("dailyProfitAutoLiq", UNSET)

        weekly_profit_auto_liq = d.pop("weeklyProfitAutoLiq", UNSET)

        do_not_unlock = d.pop("doNotUnlock", UNSET)

        update_user_auto_liq = cls(
            account_id=account_id,
            as_owner=as_owner,
            changes_locked=changes_locked,
            margin_percentage_alert=margin_percentage_alert,
            daily_loss_percentage_alert=daily_loss_percentage_alert,
            daily_loss_alert=daily_loss_alert,
            margin_percentage_liq_only=margin_percentage_liq_only,
            daily_loss_percentage_liq_only=daily_loss_percentage_liq_only,
            daily_loss_liq_only=daily_loss_liq_only,
            margin_percentage_auto_liq=margin_percentage_auto_liq,
            daily_loss_percentage_auto_liq=daily_loss_percentage_auto_liq,
            daily_loss_auto_liq=daily_loss_auto_liq,
            weekly_loss_auto_liq=weekly_loss_auto_liq,
            flatten_timestamp=flatten_timestamp,
            trailing_max_drawdown=trailing_max_drawdown,
            trailing_max_drawdown_limit=trailing_max_drawdown_limit,
            trailing_max_drawdown_mode=trailing_max_drawdown_mode,
            daily_profit_auto_liq=daily_profit_auto_liq,
            weekly_profit_auto_liq=weekly_profit_auto_liq,
            do_not_unlock=do_not_unlock,
        )

        update_user_auto_liq.additional_properties = d
        return update_user_auto_liq

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
