from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddTradovateSubscription")


@_attrs_define
class AddTradovateSubscription:
    """
    Attributes:
        tradovate_subscription_plan_id (int):
        credit_card_id (int | Unset):
        account_id (int | Unset):
        user_id (int | Unset):
    """

    tradovate_subscription_plan_id: int
    credit_card_id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tradovate_subscription_plan_id = self.tradovate_subscription_plan_id

        credit_card_id = self.credit_card_id

        account_id = self.account_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tradovateSubscriptionPlanId": tradovate_subscription_plan_id,
            }
        )
        if credit_card_id is not UNSET:
            field_dict["creditCardId"] = credit_card_id
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tradovate_subscription_plan_id = d.pop("tradovateSubscriptionPlanId")

        credit_card_id = d.pop("creditCardId", UNSET)

        account_id = d.pop("accountId", UNSET)

        user_id = d.pop("userId", UNSET)

        add_tradovate_subscription = cls(
            tradovate_subscription_plan_id=tradovate_subscription_plan_id,
            credit_card_id=credit_card_id,
            account_id=account_id,
            user_id=user_id,
        )

        add_tradovate_subscription.additional_properties = d
        return add_tradovate_subscription

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
