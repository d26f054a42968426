from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarginSnapshot")


@_attrs_define
class MarginSnapshot:
    """
    Attributes:
        timestamp (datetime.datetime):
        risk_time_period_id (int):
        initial_margin (float):
        maintenance_margin (float):
        total_used_margin (float):
        full_initial_margin (float):
        position_margin (float):
        total_used_full_margin (float):
        id (int | Unset):
        auto_liq_level (float | Unset):
        liq_only_level (float | Unset):
        open_collateral_req (float | Unset):
    """

    timestamp: datetime.datetime
    risk_time_period_id: int
    initial_margin: float
    maintenance_margin: float
    total_used_margin: float
    full_initial_margin: float
    position_margin: float
    total_used_full_margin: float
    id: int | Unset = UNSET
    auto_liq_level: float | Unset = UNSET
    liq_only_level: float | Unset = UNSET
    open_collateral_req: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat()

        risk_time_period_id = self.risk_time_period_id

        initial_margin = self.initial_margin

        maintenance_margin = self.maintenance_margin

        total_used_margin = self.total_used_margin

        full_initial_margin = self.full_initial_margin

        position_margin = self.position_margin

        total_used_full_margin = self.total_used_full_margin

        id = self.id

        auto_liq_level = self.auto_liq_level

        liq_only_level = self.liq_only_level

        open_collateral_req = self.open_collateral_req

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "riskTimePeriodId": risk_time_period_id,
                "initialMargin": initial_margin,
                "maintenanceMargin": maintenance_margin,
                "totalUsedMargin": total_used_margin,
                "fullInitialMargin": full_initial_margin,
                "positionMargin": position_margin,
                "totalUsedFullMargin": total_used_full_margin,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if auto_liq_level is not UNSET:
            field_dict["autoLiqLevel"] = auto_liq_level
        if liq_only_level is not UNSET:
            field_dict["liqOnlyLevel"] = liq_only_level
        if open_collateral_req is not UNSET:
            field_dict["openCollateralReq"] = open_collateral_req

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        risk_time_period_id = d.pop("riskTimePeriodId")

        initial_margin = d.pop("initialMargin")

        maintenance_margin = d.pop("maintenanceMargin")

        total_used_margin = d.pop("totalUsedMargin")

        full_initial_margin = d.pop("fullInitialMargin")

        position_margin = d.pop("positionMargin")

        total_used_full_margin = d.pop("totalUsedFullMargin")

        id = d.pop("id", UNSET)

        auto_liq_level = d.pop("autoLiqLevel", UNSET)

        liq_only_level = d.pop("liqOnlyLevel", UNSET)

        open_collateral_req = d.pop("openCollateralReq", UNSET)

        margin_snapshot = cls(
            timestamp=timestamp,
            risk_time_period_id=risk_time_period_id,
            initial_margin=initial_margin,
            maintenance_margin=maintenance_margin,
            total_used_margin=total_used_margin,
            full_initial_margin=full_initial_margin,
            position_margin=position_margin,
            total_used_full_margin=total_used_full_margin,
            id=id,
            auto_liq_level=auto_liq_level,
            liq_only_level=liq_only_level,
            open_collateral_req=open_collateral_req,
        )

        margin_snapshot.additional_properties = d
        return margin_snapshot

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
