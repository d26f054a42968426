from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.place_oso_result_failure_reason import PlaceOsoResultFailureReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlaceOsoResult")


@_attrs_define
class PlaceOsoResult:
    """
    Attributes:
        failure_reason (PlaceOsoResultFailureReason | Unset): AccountClosed, AdvancedTrailingStopUnsupported,
            AnotherCommandPending, BackMonthProhibited, ExecutionProviderNotConfigured, ExecutionProviderUnavailable,
            InvalidContract, InvalidPrice, KeyInformationDocumentRequired, LiquidationOnly, LiquidationOnlyBeforeExpiration,
            MaxOrderQtyIsNotSpecified, MaxOrderQtyLimitReached, MaxPosLimitMisconfigured, MaxPosLimitReached,
            MaxTotalPosLimitReached, MultipleAccountPlanRequired, NoQuote, NotEnoughLiquidity, OtherExecutionRelated,
            ParentRejected, RiskCheckTimeout, SSFRiskDisclosureAcknowledgmentRequired, SessionClosed, Success, TooLate,
            TradingLocked, TrailingStopNonOrderQtyModify, Unauthorized, UnknownReason, Unsupported
        failure_text (str | Unset):
        order_id (int | Unset):
        oso_1_id (int | Unset):
        oso_2_id (int | Unset):
    """

    failure_reason: PlaceOsoResultFailureReason | Unset = UNSET
    failure_text: str | Unset = UNSET
    order_id: int | Unset = UNSET
    oso_1_id: int | Unset = UNSET
    oso_2_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failure_reason: str | Unset = UNSET
        if not isinstance(self.failure_reason, Unset):
            failure_reason = self.failure_reason.value

        failure_text = self.failure_text

        order_id = self.order_id

        oso_1_id = self.oso_1_id

        oso_2_id = self.oso_2_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if failure_reason is not UNSET:
            field_dict["failureReason"] = failure_reason
        if failure_text is not UNSET:
            field_dict["failureText"] = failure_text
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if oso_1_id is not UNSET:
            field_dict["oso1Id"] = oso_1_id
        if oso_2_id is not UNSET:
            field_dict["oso2Id"] = oso_2_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _failure_reason = d.pop("failureReason", UNSET)
        failure_reason: PlaceOsoResultFailureReason | Unset
        if isinstance(_failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = PlaceOsoResultFailureReason(_failure_reason)

        failure_text = d.pop("failureText", UNSET)

        order_id = d.pop("orderId", UNSET)

        oso_1_id = d.pop("oso1Id", UNSET)

        oso_2_id = d.pop("oso2Id", UNSET)

        place_oso_result = cls(
            failure_reason=failure_reason,
            failure_text=failure_text,
            order_id=order_id,
            oso_1_id=oso_1_id,
            oso_2_id=oso_2_id,
        )

        place_oso_result.additional_properties = d
        return place_oso_result

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
