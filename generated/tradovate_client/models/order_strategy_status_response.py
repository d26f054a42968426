from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_strategy_status_response_failure_reason import (
    OrderStrategyStatusResponseFailureReason,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_strategy import OrderStrategy


T = TypeVar("T", bound="OrderStrategyStatusResponse")


@_attrs_define
class OrderStrategyStatusResponse:
    """
    Attributes:
        error_text (str | Unset): Non-empty if the request failed
        failure_reason (OrderStrategyStatusResponseFailureReason | Unset): AccountClosed,
            AdvancedTrailingStopUnsupported, AnotherCommandPending, BackMonthProhibited, ExecutionProviderNotConfigured,
            ExecutionProviderUnavailable, InvalidContract, InvalidPrice, KeyInformationDocumentRequired, LiquidationOnly,
            LiquidationOnlyBeforeExpiration, MaxOrderQtyIsNotSpecified, MaxOrderQtyLimitReached, MaxPosLimitMisconfigured,
            MaxPosLimitReached, MaxTotalPosLimitReached, MultipleAccountPlanRequired, NoQuote, NotEnoughLiquidity,
            OtherExecutionRelated, ParentRejected, RiskCheckTimeout, SSFRiskDisclosureAcknowledgmentRequired, SessionClosed,
            Success, TooLate, TradingLocked, TrailingStopNonOrderQtyModify, Unauthorized, UnknownReason, Unsupported
        order_strategy (OrderStrategy | Unset):
    """

    error_text: str | Unset = UNSET
    failure_reason: OrderStrategyStatusResponseFailureReason | Unset = UNSET
    order_strategy: OrderStrategy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_text = self.error_text

        failure_reason: str | Unset = UNSET
        if not isinstance(self.failure_reason, Unset):
            failure_reason = self.failure_reason.value

        order_strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_strategy, Unset):
            order_strategy = self.order_strategy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_text is not UNSET:
            field_dict["errorText"] = error_text
        if failure_reason is not UNSET:
            field_dict["failureReason"] = failure_reason
        if order_strategy is not UNSET:
            field_dict["orderStrategy"] = order_strategy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_strategy import OrderStrategy

        d = dict(src_dict)
        error_text = d.pop("errorText", UNSET)

        _failure_reason = d.pop("failureReason", UNSET)
        failure_reason: OrderStrategyStatusResponseFailureReason | Unset
        if isinstance(_failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = OrderStrategyStatusResponseFailureReason(_failure_reason)

        _order_strategy = d.pop("orderStrategy", UNSET)
        order_strategy: OrderStrategy | Unset
        if isinstance(_order_strategy, Unset):
            order_strategy = UNSET
        else:
            order_strategy = OrderStrategy.from_dict(_order_strategy)

        order_strategy_status_response = cls(
            error_text=error_text,
            failure_reason=failure_reason,
            order_strategy=order_strategy,
        )

        order_strategy_status_response.additional_properties = d
        return order_strategy_status_response

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
