from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketDataSubscription")


@_attrs_define
class MarketDataSubscription:
    """
    Attributes:
        user_id (int):
        timestamp (datetime.datetime):
        plan_price (float):
        market_data_subscription_plan_id (int):
        year (int):
        month (int):
        expired (bool):
        id (int | Unset):
        cash_balance_log_id (int | Unset):
        account_id (int | Unset):
        renewal_credit_card_id (int | Unset):
        renewal_account_id (int | Unset):
    """

    user_id: int
    timestamp: datetime.datetime
    plan_price: float
    market_data_subscription_plan_id: int
    year: int
    month: int
    expired: bool
    id: int | Unset = UNSET
    cash_balance_log_id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    renewal_credit_card_id: int | Unset = UNSET
    renewal_account_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        timestamp = self.timestamp.isoformat()

        plan_price = self.plan_price

        market_data_subscription_plan_id = self.market_data_subscription_plan_id

        year = self.year

        month = self.month

        expired = self.expired

        id = self.id

        cash_balance_log_id = self.cash_balance_log_id

        account_id = self.account_id

        renewal_credit_card_id = self.renewal_credit_card_id

        renewal_account_id = self.renewal_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "timestamp": timestamp,
                "planPrice": plan_price,
                "marketDataSubscriptionPlanId": market_data_subscription_plan_id,
                "year": year,
                "month": month,
                "expired": expired,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if cash_balance_log_id is not UNSET:
            field_dict["cashBalanceLogId"] = cash_balance_log_id
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if renewal_credit_card_id is not UNSET:
            field_dict["renewalCreditCardId"] = renewal_credit_card_id
        if renewal_account_id is not UNSET:
            field_dict["renewalAccountId"] = renewal_account_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("userId")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        plan_price = d.pop("planPrice")

        market_data_subscription_plan_id = d.pop("marketDataSubscriptionPlanId")

        year = d.pop("year")

        month = d.pop("month")

        expired = d.pop("expired")

        id = d.pop("id", UNSET)

        cash_balance_log_id = d.pop("cashBalanceLogId", UNSET)

        account_id = d.pop("accountId", UNSET)

        renewal_credit_card_id = d.pop("renewalCreditCardId", UNSET)

        renewal_account_id = d.pop("renewalAccountId", UNSET)

        market_data_subscription = cls(
            user_id=user_id,
            timestamp=timestamp,
            plan_price=plan_price,
            market_data_subscription_plan_id=market_data_subscription_plan_id,
            year=year,
            month=month,
            expired=expired,
            id=id,
            cash_balance_log_id=cash_balance_log_id,
            account_id=account_id,
            renewal_credit_card_id=renewal_credit_card_id,
            renewal_account_id=renewal_account_id,
        )

        market_data_subscription.additional_properties = d
        return market_data_subscription

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
