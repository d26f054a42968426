from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tradovate_subscription_response_error_code import (
    TradovateSubscriptionResponseErrorCode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tradovate_subscription import TradovateSubscription


T = TypeVar("T", bound="TradovateSubscriptionResponse")


@_attrs_define
class TradovateSubscriptionResponse:
    """
    Attributes:
        error_text (str | Unset): Non-empty if the request failed
        error_code (TradovateSubscriptionResponseErrorCode | Unset): ConflictWithExisting, DowngradeNotAllowed,
            IncompatibleCMEMarketDataSubscriptionPlans, IncorrectPaymentMethod, InsufficientFunds, PaymentProviderError,
            PlanDiscontinued, SingleTrialOnly, Success, UnknownError
        tradovate_subscription (TradovateSubscription | Unset):
    """

    error_text: str | Unset = UNSET
    error_code: TradovateSubscriptionResponseErrorCode | Unset = UNSET
    tradovate_subscription: TradovateSubscription | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_text = self.error_text

        error_code: str | Unset = UNSET
        if not isinstance(self.error_code, Unset):
            error_code = self.error_code.value

        tradovate_subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tradovate_subscription, Unset):
            tradovate_subscription = self.tradovate_subscription.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_text is not UNSET:
            field_dict["errorText"] = error_text
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if tradovate_subscription is not UNSET:
            field_dict["tradovateSubscription"] = tradovate_subscription

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tradovate_subscription import TradovateSubscription

        d = dict(src_dict)
        error_text = d.pop("errorText", UNSET)

        _error_code = d.pop("errorCode", UNSET)
        error_code: TradovateSubscriptionResponseErrorCode | Unset
        if isinstance(_error_code, Unset):
            error_code = UNSET
        else:
            error_code = TradovateSubscriptionResponseErrorCode(_error_code)

        _tradovate_subscription = d.pop("tradovateSubscription", UNSET)
        tradovate_subscription: TradovateSubscription | Unset
        if isinstance(_tradovate_subscription, Unset):
            tradovate_subscription = UNSET
        else:
            tradovate_subscription = TradovateSubscription.from_dict(
                _tradovate_subscription
            )

        tradovate_subscription_response = cls(
            error_text=error_text,
            error_code=error_code,
            tradovate_subscription=tradovate_subscription,
        )

        tradovate_subscription_response.additional_properties = d
        return tradovate_subscription_response

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
