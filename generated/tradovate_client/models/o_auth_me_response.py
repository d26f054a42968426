from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthMeResponse")


@_attrs_define
class OAuthMeResponse:
    """
    Attributes:
        error_text (str | Unset): Non-empty if the request failed
        user_id (int | Unset):
        name (str | Unset):
        full_name (str | Unset):
        email (str | Unset):
        email_verified (bool | Unset):
        is_trial (bool | Unset):
        organization_name (str | Unset):
        current_account_plan (str | Unset):
        current_md_subs (list[str] | Unset):
        current_balance (float | Unset):
        active_plugins (list[str] | Unset):
    """

    error_text: str | Unset = UNSET
    user_id: int | Unset = UNSET
    name: str | Unset = UNSET
    full_name: str | Unset = UNSET
    email: str | Unset = UNSET
    email_verified: bool | Unset = UNSET
    is_trial: bool | Unset = UNSET
    organization_name: str | Unset = UNSET
    current_account_plan: str | Unset = UNSET
    current_md_subs: list[str] | Unset = UNSET
    current_balance: float | Unset = UNSET
    active_plugins: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_text = self.error_text

        user_id = self.user_id

        name = self.name

        full_name = self.full_name

        email = self.email

        email_verified = self.email_verified

        is_trial = self.is_trial

        organization_name = self.organization_name

        current_account_plan = self.current_account_plan

        current_md_subs: list[str] | Unset = UNSET
        if not isinstance(self.current_md_subs, Unset):
            current_md_subs = self.current_md_subs

        current_balance = self.current_balance

        active_plugins: list[str] | Unset = UNSET
        if not isinstance(self.active_plugins, Unset):
            active_plugins = self.active_plugins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_text is not UNSET:
            field_dict["errorText"] = error_text
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if name is not UNSET:
            field_dict["name"] = name
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if email is not UNSET:
            field_dict["email"] = email
        if email_verified is not UNSET:
            field_dict["emailVerified"] = email_verified
        if is_trial is not UNSET:
            field_dict["isTrial"] = is_trial
        if organization_name is not UNSET:
            field_dict["organizationName"] = organization_name
        if current_account_plan is not UNSET:
            field_dict["currentAccountPlan"] = current_account_plan
        if current_md_subs is not UNSET:
            field_dict["currentMDSubs"] = current_md_subs
        if current_balance is not UNSET:
            field_dict["currentBalance"] = current_balance
        if active_plugins is not UNSET:
            field_dict["activePlugins"] = active_plugins

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error_text = d.pop("errorText", UNSET)

        user_id = d.pop("userId", UNSET)

        name = d.pop("name", UNSET)

        full_name = d.pop("fullName", UNSET)

        email = d.pop("email", UNSET)

        email_verified = d.pop("emailVerified", UNSET)

        is_trial = d.pop("isTrial", UNSET)

        organization_name = d.pop("organizationName", UNSET)

        current_account_plan = d.pop("currentAccountPlan", UNSET)

        current_md_subs = cast(list[str], d.pop("currentMDSubs", UNSET))

        current_balance = d.pop("currentBalance", UNSET)

        active_plugins = cast(list[str], d.pop("activePlugins", UNSET))

        o_auth_me_response = cls(
            error_text=error_text,
            user_id=user_id,
            name=name,
            full_name=full_name,
            email=email,
            email_verified=email_verified,
            is_trial=is_trial,
            organization_name=organization_name,
            current_account_plan=current_account_plan,
            current_md_subs=current_md_subs,
            current_balance=current_balance,
            active_plugins=active_plugins,
        )

        o_auth_me_response.additional_properties = d
        return o_auth_me_response

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
