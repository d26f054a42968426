from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluationUser")


@_attrs_define
class EvaluationUser:
    """
    Attributes:
        name (str):
        email (str):
        password (str):
        first_name (str):
        last_name (str):
        tradovate_subscription_plan_id (int | Unset):
        entitlement_ids (list[int] | Unset):
    """

    name: str
    email: str
    password: str
    first_name: str
    last_name: str
    tradovate_subscription_plan_id: int | Unset = UNSET
    entitlement_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        password = self.password

        first_name = self.first_name

        last_name = self.last_name

        tradovate_subscription_plan_id = self.tradovate_subscription_plan_id

        entitlement_ids: list[int] | Unset = UNSET
        if not isinstance(self.entitlement_ids, Unset):
            entitlement_ids = self.entitlement_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "email": email,
                "password": password,
                "firstName": first_name,
                "lastName": last_name,
            }
        )
        if tradovate_subscription_plan_id is not UNSET:
            field_dict["tradovateSubscriptionPlanId"] = tradovate_subscription_plan_id
        if entitlement_ids is not UNSET:
            field_dict["entitlementIds"] = entitlement_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        email = d.pop("email")

        password = d.pop("password")

        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        tradovate_subscription_plan_id = d.pop("tradovateSubscriptionPlanId", UNSET)

        entitlement_ids = cast(list[int], d.pop("entitlementIds", UNSET))

        evaluation_user = cls(
            name=name,
            email=email,
            password=password,
            first_name=first_name,
            last_name=last_name,
            tradovate_subscription_plan_id=tradovate_subscription_plan_id,
            entitlement_ids=entitlement_ids,
        )

        evaluation_user.additional_properties = d
        return evaluation_user

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
