from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cash_balance_snapshot_withdrawal_reject_reason import (
    CashBalanceSnapshotWithdrawalRejectReason,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CashBalanceSnapshot")


@_attrs_define
class CashBalanceSnapshot:
    """
    Attributes:
        error_text (str | Unset): Non-empty if the request failed
        total_cash_value (float | Unset):
        total_pn_l (float | Unset):
        initial_margin (float | Unset):
        maintenance_margin (float | Unset):
        net_liq (float | Unset):
        open_pn_l (float | Unset):
        realized_pn_l (float | Unset):
        week_realized_pn_l (float | Unset):
        withdrawal_reject_reason (CashBalanceSnapshotWithdrawalRejectReason | Unset): NoData, PendingContactInfoChange
        currency_cash_avail_withdrawal_usd (float | Unset):
        net_liq_sod (float | Unset):
        total_cash_value_sod (float | Unset):
        cash_usd (float | Unset):
        cash_sodusd (float | Unset):
        full_initial_margin (float | Unset):
        full_initial_margin_sod (float | Unset):
        auto_liq_level (float | Unset):
    """

    error_text: str | Unset = UNSET
    total_cash_value: float | Unset = UNSET
    total_pn_l: float | Unset = UNSET
    initial_margin: float | Unset = UNSET
    maintenance_margin: float | Unset = UNSET
    net_liq: float | Unset = UNSET
    open_pn_l: float | Unset = UNSET
    realized_pn_l: float | Unset = UNSET
    week_realized_pn_l: float | Unset = UNSET
    withdrawal_reject_reason: CashBalanceSnapshotWithdrawalRejectReason | Unset = UNSET
    currency_cash_avail_withdrawal_usd: float | Unset = UNSET
    net_liq_sod: float | Unset = UNSET
    total_cash_value_sod: float | Unset = UNSET
    cash_usd: float | Unset = UNSET
    cash_sodusd: float | Unset = UNSET
    full_initial_margin: float | Unset = UNSET
    full_initial_margin_sod: float | Unset = UNSET
    auto_liq_level: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_text = self.error_text

        total_cash_value = self.total_cash_value

        total_pn_l = self.total_pn_l

        initial_margin = self.initial_margin

        maintenance_margin = self.maintenance_margin

        net_liq = self.net_liq

        open_pn_l = self.open_pn_l

        realized_pn_l = self.realized_pn_l

        week_realized_pn_l = self.week_realized_pn_l

        withdrawal_reject_reason: str | Unset = UNSET
        if not isinstance(self.withdrawal_reject_reason, Unset):
            withdrawal_reject_reason = self.withdrawal_reject_reason.value

        currency_cash_avail_withdrawal_usd = self.currency_cash_avail_withdrawal_usd

        net_liq_sod = self.net_liq_sod

        total_cash_value_sod = self.total_cash_value_sod

        cash_usd = self.cash_usd

        cash_sodusd = self.cash_sodusd

        full_initial_margin = self.full_initial_margin

        full_initial_margin_sod = self.full_initial_margin_sod

        auto_liq_level = self.auto_liq_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_text is not UNSET:
            field_dict["errorText"] = error_text
        if total_cash_value is not UNSET:
            field_dict["totalCashValue"] = total_cash_value
        if total_pn_l is not UNSET:
            field_dict["totalPnL"] = total_pn_l
        if initial_margin is not UNSET:
            field_dict["initialMargin"] = initial_margin
        if maintenance_margin is not UNSET:
            field_dict["maintenanceMargin"] = maintenance_margin
        if net_liq is not UNSET:
            field_dict["netLiq"] = net_liq
        if open_pn_l is not UNSET:
            field_dict["openPnL"] = open_pn_l
        if realized_pn_l is not UNSET:
            field_dict["realizedPnL"] = realized_pn_l
        if week_realized_pn_l is not UNSET:
            field_dict["weekRealizedPnL"] = week_realized_pn_l
        if withdrawal_reject_reason is not UNSET:
            field_dict["withdrawalRejectReason"] = withdrawal_reject_reason
        if currency_cash_avail_withdrawal_usd is not UNSET:
            field_dict["currencyCashAvailWithdrawalUSD"] = (
                currency_cash_avail_withdrawal_usd
            )
        if net_liq_sod is not UNSET:
            field_dict["netLiqSOD"] = net_liq_sod
        if total_cash_value_sod is not UNSET:
            field_dict["totalCashValueSOD"] = total_cash_value_sod
        if cash_usd is not UNSET:
            field_dict["cashUSD"] = cash_usd
        if cash_sodusd is not UNSET:
            field_dict["cashSODUSD"] = cash_sodusd
        if full_initial_margin is not UNSET:
            field_dict["fullInitialMargin"] = full_initial_margin
        if full_initial_margin_sod is not UNSET:
            field_dict["fullInitialMarginSOD"] = full_initial_margin_sod
        if auto_liq_level is not UNSET:
            field_dict["autoLiqLevel"] = auto_liq_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error_text = d.pop("errorText", UNSET)

        total_cash_value = d.pop("totalCashValue", UNSET)

        total_pn_l = d.pop("totalPnL", UNSET)

        initial_margin = d.pop("initialMargin", UNSET)

        maintenance_margin = d.pop("maintenanceMargin", UNSET)

        net_liq = d.pop("netLiq", UNSET)

        open_pn_l = d.pop("openPnL", UNSET)

        realized_pn_l = d.pop("realizedPnL", UNSET)

        week_realized_pn_l = d.pop("weekRealizedPnL", UNSET)

        _withdrawal_reject_reason = d.pop("withdrawalRejectReason", UNSET)
        withdrawal_reject_reason: CashBalanceSnapshotWithdrawalRejectReason | Unset
        if isinstance(_withdrawal_reject_reason, Unset):
            withdrawal_reject_reason = UNSET
        else:
            withdrawal_reject_reason = CashBalanceSnapshotWithdrawalRejectReason(
                _withdrawal_reject_reason
            )

        currency_cash_avail_withdrawal_usd = d.pop(
            "currencyCashAvailWithdrawalUSD", UNSET
        )

        net_liq_sod = d.pop("netLiqSOD", UNSET)

        total_cash_value_sod = d.pop("totalCashValueSOD", UNSET)

        cash_usd = d.pop("cashUSD", UNSET)

        cash_sodusd = d.pop("cashSODUSD", UNSET)

        full_initial_margin = d.pop("fullInitialMargin", UNSET)

        full_initial_margin_sod = d.pop("fullInitialMarginSOD", UNSET)

        auto_liq_level = d.pop("autoLiqLevel", UNSET)

        cash_balance_snapshot = cls(
            error_text=error_text,
            total_cash_value=total_cash_value,
            total_pn_l=total_pn_l,
            initial_margin=initial_margin,
            maintenance_margin=maintenance_margin,
            net_liq=net_liq,
            open_pn_l=open_pn_l,
            realized_pn_l=realized_pn_l,
            week_realized_pn_l=week_realized_pn_l,
            withdrawal_reject_reason=withdrawal_reject_reason,
            currency_cash_avail_withdrawal_usd=currency_cash_avail_withdrawal_usd,
            net_liq_sod=net_liq_sod,
            total_cash_value_sod=total_cash_value_sod,
            cash_usd=cash_usd,
            cash_sodusd=cash_sodusd,
            full_initial_margin=full_initial_margin,
            full_initial_margin_sod=full_initial_margin_sod,
            auto_liq_level=auto_liq_level,
        )

        cash_balance_snapshot.additional_properties = d
        return cash_balance_snapshot

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
