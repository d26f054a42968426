from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dry_run_response_reject_reason import DryRunResponseRejectReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.estimated_fill_fee import EstimatedFillFee
    from ..models.risk_evaluation_details import RiskEvaluationDetails


T = TypeVar("T", bound="DryRunResponse")


@_attrs_define
class DryRunResponse:
    """
    Attributes:
        error_text (str | Unset): Non-empty if the request failed
        reject_reason (DryRunResponseRejectReason | Unset): AccountClosed, AdvancedTrailingStopUnsupported,
            AnotherCommandPending, BackMonthProhibited, ExecutionProviderNotConfigured, ExecutionProviderUnavailable,
            InvalidContract, InvalidPrice, KeyInformationDocumentRequired, LiquidationOnly, LiquidationOnlyBeforeExpiration,
            MaxOrderQtyIsNotSpecified, MaxOrderQtyLimitReached, MaxPosLimitMisconfigured, MaxPosLimitReached,
            MaxTotalPosLimitReached, MultipleAccountPlanRequired, NoQuote, NotEnoughLiquidity, OtherExecutionRelated,
            ParentRejected, RiskCheckTimeout, SSFRiskDisclosureAcknowledgmentRequired, SessionClosed, Success, TooLate,
            TradingLocked, TrailingStopNonOrderQtyModify, Unauthorized, UnknownReason, Unsupported
        comment (str | Unset):
        details (RiskEvaluationDetails | Unset):
        fees (EstimatedFillFee | Unset):
    """

    error_text: str | Unset = UNSET
    reject_reason: DryRunResponseRejectReason | Unset = UNSET
    comment: str | Unset = UNSET
    details: RiskEvaluationDetails | Unset = UNSET
    fees: EstimatedFillFee | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_text = self.error_text

        reject_reason: str | Unset = UNSET
        if not isinstance(self.reject_reason, Unset):
            reject_reason = self.reject_reason.value

        comment = self.comment

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        fees: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fees, Unset):
            fees = self.fees.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_text is not UNSET:
            field_dict["errorText"] = error_text
        if reject_reason is not UNSET:
            field_dict["rejectReason"] = reject_reason
        if comment is not UNSET:
            field_dict["comment"] = comment
        if details is not UNSET:
            field_dict["details"] = details
        if fees is not UNSET:
            field_dict["fees"] = fees

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.estimated_fill_fee import EstimatedFillFee
        from ..models.risk_evaluation_details import RiskEvaluationDetails

        d = dict(src_dict)
        error_text = d.pop("errorText", UNSET)

        _reject_reason = d.pop("rejectReason", UNSET)
        reject_reason: DryRunResponseRejectReason | Unset
        if isinstance(_reject_reason, Unset):
            reject_reason = UNSET
        else:
            reject_reason = DryRunResponseRejectReason(_reject_reason)

        comment = d.pop("comment", UNSET)

        _details = d.pop("details", UNSET)
        details: RiskEvaluationDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = RiskEvaluationDetails.from_dict(_details)

        _fees = d.pop("fees", UNSET)
        fees: EstimatedFillFee | Unset
        if isinstance(_fees, Unset):
            fees = UNSET
        else:
            fees = EstimatedFillFee.from_dict(_fees)

        dry_run_response = cls(
            error_text=error_text,
            reject_reason=reject_reason,
            comment=comment,
            details=details,
            fees=fees,
        )

        dry_run_response.additional_properties = d
        return dry_run_response

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
