from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trade_date import TradeDate


T = TypeVar("T", bound="UserPlugin")


@_attrs_define
class UserPlugin:
    """
    Attributes:
        user_id (int):
        timestamp (datetime.datetime):
        plan_price (float):
        plugin_name (str):
        approval (bool):
        start_date (TradeDate):
        paid_amount (float):
        id (int | Unset):
        cash_balance_log_id (int | Unset):
        account_id (int | Unset):
        entitlement_id (int | Unset):
        expiration_date (TradeDate | Unset):
        autorenewal (bool | Unset):
        plan_categories (str | Unset):
        rebate (float | Unset):
    """

    user_id: int
    timestamp: datetime.datetime
    plan_price: float
    plugin_name: str
    approval: bool
    start_date: TradeDate
    paid_amount: float
    id: int | Unset = UNSET
    cash_balance_log_id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    entitlement_id: int | Unset = UNSET
    expiration_date: TradeDate | Unset = UNSET
    autorenewal: bool | Unset = UNSET
    plan_categories: str | Unset = UNSET
    rebate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        timestamp = self.timestamp.isoformat()

        plan_price = self.plan_price

        plugin_name = self.plugin_name

        approval = self.approval

        start_date = self.start_date.to_dict()

        paid_amount = self.paid_amount

        id = self.id

        cash_balance_log_id = self.cash_balance_log_id

        account_id = self.account_id

        entitlement_id = self.entitlement_id

        expiration_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.to_dict()

        autorenewal = self.autorenewal

        plan_categories = self.plan_categories

        rebate = self.rebate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "timestamp": timestamp,
                "planPrice": plan_price,
                "pluginName": plugin_name,
                "approval": approval,
                "startDate": start_date,
                "paidAmount": paid_amount,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if cash_balance_log_id is not UNSET:
            field_dict["cashBalanceLogId"] = cash_balance_log_id
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if entitlement_id is not UNSET:
            field_dict["entitlementId"] = entitlement_id
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if autorenewal is not UNSET:
            field_dict["autorenewal"] = autorenewal
        if plan_categories is not UNSET:
            field_dict["planCategories"] = plan_categories
        if rebate is not UNSET:
            field_dict["rebate"] = rebate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trade_date import TradeDate

        d = dict(src_dict)
        user_id = d.pop("userId")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        plan_price = d.pop("planPrice")

        plugin_name = d.pop("pluginName")

        approval = d.pop("approval")

        start_date = TradeDate.from_dict(d.pop("startDate"))

        paid_amount = d.pop("paidAmount")

        id = d.pop("id", UNSET)

        cash_balance_log_id = d.pop("cashBalanceLogId", UNSET)

        account_id = d.pop("accountId", UNSET)

        entitlement_id = d.pop("entitlementId", UNSET)

        _expiration_date = d.pop("expirationDate", UNSET)
        expiration_date: TradeDate | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = TradeDate.from_dict(_expiration_date)

        autorenewal = d.pop("autorenewal", UNSET)

        plan_categories = d.pop("planCategories", UNSET)

        rebate = d.pop("rebate", UNSET)

        user_plugin = cls(
            user_id=user_id,
            timestamp=timestamp,
            plan_price=plan_price,
            plugin_name=plugin_name,
            approval=approval,
            start_date=start_date,
            paid_amount=paid_amount,
            id=id,
            cash_balance_log_id=cash_balance_log_id,
            account_id=account_id,
            entitlement_id=entitlement_id,
            expiration_date=expiration_date,
            autorenewal=autorenewal,
            plan_categories=plan_categories,
            rebate=rebate,
        )

        user_plugin.additional_properties = d
        return user_plugin

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
