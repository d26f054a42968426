from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RiskEvaluationDetails")


@_attrs_define
class RiskEvaluationDetails:
    """
    Attributes:
        before_initial_margin_req (float):
        before_initial_full_margin_req (float):
        before_open_collateral_req (float):
        before_net_pos (int):
        is_exit_order (bool):
        initial_margin_req (float):
        initial_full_margin_req (float):
        open_collateral_req (float):
        total_cash (float):
        futures_open_pn_l (float):
        options_open_pn_l (float):
        risk_credit (float):
        net_liq_value (float):
        future_comm_and_fees (float):
        total_cash_required (float):
        excess (float):
        hypo_long_pos (int):
        hypo_short_pos (int):
    """

    before_initial_margin_req: float
    before_initial_full_margin_req: float
    before_open_collateral_req: float
    before_net_pos: int
    is_exit_order: bool
    initial_margin_req: float
    initial_full_margin_req: float
    open_collateral_req: float
    total_cash: float
    futures_open_pn_l: float
    options_open_pn_l: float
    risk_credit: float
    net_liq_value: float
    future_comm_and_fees: float
    total_cash_required: float
    excess: float
    hypo_long_pos: int
    hypo_short_pos: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        before_initial_margin_req = self.before_initial_margin_req

        before_initial_full_margin_req = self.before_initial_full_margin_req

        before_open_collateral_req = self.before_open_collateral_req

        before_net_pos = self.before_net_pos

        is_exit_order = self.is_exit_order

        initial_margin_req = self.initial_margin_req

        initial_full_margin_req = self.initial_full_margin_req

        open_collateral_req = self.open_collateral_req

        total_cash = self.total_cash

        futures_open_pn_l = self.futures_open_pn_l

        options_open_pn_l = self.options_open_pn_l

        risk_credit = self.risk_credit

        net_liq_value = self.net_liq_value

        future_comm_and_fees = self.future_comm_and_fees

        total_cash_required = self.total_cash_required

        excess = self.excess

        hypo_long_pos = self.hypo_long_pos

        hypo_short_pos = self.hypo_short_pos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "beforeInitialMarginReq": before_initial_margin_req,
                "beforeInitialFullMarginReq": before_initial_full_margin_req,
                "beforeOpenCollateralReq": before_open_collateral_req,
                "beforeNetPos": before_net_pos,
                "isExitOrder": is_exit_order,
                "initialMarginReq": initial_margin_req,
                "initialFullMarginReq": initial_full_margin_req,
                "openCollateralReq": open_collateral_req,
                "totalCash": total_cash,
                "futuresOpenPnL": futures_open_pn_l,
                "optionsOpenPnL": options_open_pn_l,
                "riskCredit": risk_credit,
                "netLiqValue": net_liq_value,
                "futureCommAndFees": future_comm_and_fees,
                "totalCashRequired": total_cash_required,
                "excess": excess,
                "hypoLongPos": hypo_long_pos,
                "hypoShortPos": hypo_short_pos,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        before_initial_margin_req = d.pop("beforeInitialMarginReq")

        before_initial_full_margin_req = d.pop("beforeInitialFullMarginReq")

        before_open_collateral_req = d.pop("beforeOpenCollateralReq")

        before_net_pos = d.pop("beforeNetPos")

        is_exit_order = d.pop("isExitOrder")

        initial_margin_req = d.pop("initialMarginReq")

        initial_full_margin_req = d.pop("initialFullMarginReq")

        open_collateral_req = d.pop("openCollateralReq")

        total_cash = d.pop("totalCash")

        futures_open_pn_l = d.pop("futuresOpenPnL")

        options_open_pn_l = d.pop("optionsOpenPnL")

        risk_credit = d.pop("riskCredit")

        net_liq_value = d.pop("netLiqValue")

        future_comm_and_fees = d.pop("futureCommAndFees")

        total_cash_required = d.pop("totalCashRequired")

        excess = d.pop("excess")

        hypo_long_pos = d.pop("hypoLongPos")

        hypo_short_pos = d.pop("hypoShortPos")

        risk_evaluation_details = cls(
            before_initial_margin_req=before_initial_margin_req,
            before_initial_full_margin_req=before_initial_full_margin_req,
            before_open_collateral_req=before_open_collateral_req,
            before_net_pos=before_net_pos,
            is_exit_order=is_exit_order,
            initial_margin_req=initial_margin_req,
            initial_full_margin_req=initial_full_margin_req,
            open_collateral_req=open_collateral_req,
            total_cash=total_cash,
            futures_open_pn_l=futures_open_pn_l,
            options_open_pn_l=options_open_pn_l,
            risk_credit=risk_credit,
            net_liq_value=net_liq_value,
            future_comm_and_fees=future_comm_and_fees,
            total_cash_required=total_cash_required,
            excess=excess,
            hypo_long_pos=hypo_long_pos,
            hypo_short_pos=hypo_short_pos,
        )

        risk_evaluation_details.additional_properties = d
        return risk_evaluation_details

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
