from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.set_admin_auto_liq_action_admin_action import (
    SetAdminAutoLiqActionAdminAction,
)
from ..models.set_admin_auto_liq_action_admin_action_reason_code import (
    SetAdminAutoLiqActionAdminActionReasonCode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SetAdminAutoLiqAction")


@_attrs_define
class SetAdminAutoLiqAction:
    """
    Attributes:
        account_id (int):
        admin_action (SetAdminAutoLiqActionAdminAction): AgreedOnLiqOnlyModeByAutoLiq, AgreedOnLiquidationByAutoLiq,
            DisableAutoLiq, LiquidateImmediately, LiquidateOnlyModeImmediately, LockTradingImmediately, Normal,
            PlaceAutoLiqOnHold
        admin_action_reason_code (SetAdminAutoLiqActionAdminActionReasonCode): CloseAMLDecision,
            CloseComplianceDecision, CloseCustomerRequest, CloseDeceased, CloseEscheatment, CloseFraud,
            CloseInactiveUnfundedAccount, FullBalanceWithdrawal, Other, RestrictedAMLRequest, RestrictedAccountsRequest,
            RestrictedComplianceRequest, RestrictedRiskRestriction, RestrictedTreasuryRequest, RestrictedW8Expired
        admin_action_reason (str | Unset):
    """

    account_id: int
    admin_action: SetAdminAutoLiqActionAdminAction
    admin_action_reason_code: SetAdminAutoLiqActionAdminActionReasonCode
    admin_action_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        admin_action = self.admin_action.value

        admin_action_reason_code = self.admin_action_reason_code.value

        admin_action_reason = self.admin_action_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "adminAction": admin_action,
                "adminActionReasonCode": admin_action_reason_code,
            }
        )
        if admin_action_reason is not UNSET:
            field_dict["adminActionReason"] = admin_action_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        admin_action = SetAdminAutoLiqActionAdminAction(d.pop("adminAction"))

        admin_action_reason_code = SetAdminAutoLiqActionAdminActionReasonCode(
            d.pop("adminActionReasonCode")
        )

        admin_action_reason = d.pop("adminActionReason", UNSET)

        set_admin_auto_liq_action = cls(
            account_id=account_id,
            admin_action=admin_action,
            admin_action_reason_code=admin_action_reason_code,
            admin_action_reason=admin_action_reason,
        )

        set_admin_auto_liq_action.additional_properties = d
        return set_admin_auto_liq_action

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
