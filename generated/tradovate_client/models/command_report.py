from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.command_report_command_status import CommandReportCommandStatus
from ..models.command_report_ord_status import CommandReportOrdStatus
from ..models.command_report_reject_reason import CommandReportRejectReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommandReport")


@_attrs_define
class CommandReport:
    """
    Attributes:
        command_id (int):
        timestamp (datetime.datetime):
        command_status (CommandReportCommandStatus): AtExecution, ExecutionRejected, ExecutionStopped,
            ExecutionSuspended, OnHold, Pending, PendingExecution, Replaced, RiskPassed, RiskRejected
        id (int | Unset):
        reject_reason (CommandReportRejectReason | Unset): AccountClosed, AdvancedTrailingStopUnsupported,
            AnotherCommandPending, BackMonthProhibited, ExecutionProviderNotConfigured, ExecutionProviderUnavailable,
            InvalidContract, InvalidPrice, KeyInformationDocumentRequired, LiquidationOnly, LiquidationOnlyBeforeExpiration,
            MaxOrderQtyIsNotSpecified, MaxOrderQtyLimitReached, MaxPosLimitMisconfigured, MaxPosLimitReached,
            MaxTotalPosLimitReached, MultipleAccountPlanRequired, NoQuote, NotEnoughLiquidity, OtherExecutionRelated,
            ParentRejected, RiskCheckTimeout, SSFRiskDisclosureAcknowledgmentRequired, SessionClosed, Success, TooLate,
            TradingLocked, TrailingStopNonOrderQtyModify, Unauthorized, UnknownReason, Unsupported
        text (str | Unset):
        ord_status (CommandReportOrdStatus | Unset): Canceled, Completed, Expired, Filled, PendingCancel, PendingNew,
            PendingReplace, Rejected, Suspended, Unknown, Working
    """

    command_id: int
    timestamp: datetime.datetime
    command_status: CommandReportCommandStatus
    id: int | Unset = UNSET
    reject_reason: CommandReportRejectReason | Unset = UNSET
    text: str | Unset = UNSET
    ord_status: CommandReportOrdStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_id = self.command_id

        timestamp = self.timestamp.isoformat()

        command_status = self.command_status.value

        id = self.id

        reject_reason: str | Unset = UNSET
        if not isinstance(self.reject_reason, Unset):
            reject_reason = self.reject_reason.value

        text = self.text

        ord_status: str | Unset = UNSET
        if not isinstance(self.ord_status, Unset):
            ord_status = self.ord_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commandId": command_id,
                "timestamp": timestamp,
                "commandStatus": command_status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if reject_reason is not UNSET:
            field_dict["rejectReason"] = reject_reason
        if text is not UNSET:
            field_dict["text"] = text
        if ord_status is not UNSET:
            field_dict["ordStatus"] = ord_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        command_id = d.pop("commandId")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        command_status = CommandReportCommandStatus(d.pop("commandStatus"))

        id = d.pop("id", UNSET)

        _reject_reason = d.pop("rejectReason", UNSET)
        reject_reason: CommandReportRejectReason | Unset
        if isinstance(_reject_reason, Unset):
            reject_reason = UNSET
        else:
            reject_reason = CommandReportRejectReason(_reject_reason)

        text = d.pop("text", UNSET)

        _ord_status = d.pop("ordStatus", UNSET)
        ord_status: CommandReportOrdStatus | Unset
        if isinstance(_ord_status, Unset):
            ord_status = UNSET
        else:
            ord_status = CommandReportOrdStatus(_ord_status)

        command_report = cls(
            command_id=command_id,
            timestamp=timestamp,
            command_status=command_status,
            id=id,
            reject_reason=reject_reason,
            text=text,
            ord_status=ord_status,
        )

        command_report.additional_properties = d
        return command_report

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
