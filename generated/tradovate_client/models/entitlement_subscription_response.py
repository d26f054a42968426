from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entitlement_subscription_response_error_code import (
    EntitlementSubscriptionResponseErrorCode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_plugin import UserPlugin


T = TypeVar("T", bound="EntitlementSubscriptionResponse")


@_attrs_define
class EntitlementSubscriptionResponse:
    """
    Attributes:
        error_text (str | Unset): Non-empty if the request failed
        error_code (EntitlementSubscriptionResponseErrorCode | Unset): ConflictWithExisting, DowngradeNotAllowed,
            IncompatibleCMEMarketDataSubscriptionPlans, IncorrectPaymentMethod, InsufficientFunds, PaymentProviderError,
            PlanDiscontinued, SingleTrialOnly, Success, UnknownError
        entitlement_subscription (UserPlugin | Unset):
    """

    error_text: str | Unset = UNSET
    error_code: EntitlementSubscriptionResponseErrorCode | Unset = UNSET
    entitlement_subscription: UserPlugin | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_text = self.error_text

        error_code: str | Unset = UNSET
        if not isinstance(self.error_code, Unset):
            error_code = self.error_code.value

        entitlement_subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entitlement_subscription, Unset):
            entitlement_subscription = self.entitlement_subscription.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_text is not UNSET:
            field_dict["errorText"] = error_text
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if entitlement_subscription is not UNSET:
            field_dict["entitlementSubscription"] = entitlement_subscription

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_plugin import UserPlugin

        d = dict(src_dict)
        error_text = d.pop("errorText", UNSET)

        _error_code = d.pop("errorCode", UNSET)
        error_code: EntitlementSubscriptionResponseErrorCode | Unset
        if isinstance(_error_code, Unset):
            error_code = UNSET
        else:
            error_code = EntitlementSubscriptionResponseErrorCode(_error_code)

        _entitlement_subscription = d.pop("entitlementSubscription", UNSET)
        entitlement_subscription: UserPlugin | Unset
        if isinstance(_entitlement_subscription, Unset):
            entitlement_subscription = UNSET
        else:
            entitlement_subscription = UserPlugin.from_dict(_entitlement_subscription)

        entitlement_subscription_response = cls(
            error_text=error_text,
            error_code=error_code,
            entitlement_subscription=entitlement_subscription,
        )

        entitlement_subscription_response.additional_properties = d
        return entitlement_subscription_response

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
