from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extra_pre_trade_risk_contracts import ExtraPreTradeRiskContracts
    from ..models.extra_pre_trade_risk_products import ExtraPreTradeRiskProducts


T = TypeVar("T", bound="ExtraPreTradeRisk")


@_attrs_define
class ExtraPreTradeRisk:
    """
    Attributes:
        products (ExtraPreTradeRiskProducts):
        contracts (ExtraPreTradeRiskContracts):
        max_exposed_total (int | Unset):
        max_traded_volume_total (int | Unset):
    """

    products: ExtraPreTradeRiskProducts
    contracts: ExtraPreTradeRiskContracts
    max_exposed_total: int | Unset = UNSET
    max_traded_volume_total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        products = self.products.to_dict()

        contracts = self.contracts.to_dict()

        max_exposed_total = self.max_exposed_total

        max_traded_volume_total = self.max_traded_volume_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "products": products,
                "contracts": contracts,
            }
        )
        if max_exposed_total is not UNSET:
            field_dict["maxExposedTotal"] = max_exposed_total
        if max_traded_volume_total is not UNSET:
            field_dict["maxTradedVolumeTotal"] = max_traded_volume_total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.extra_pre_trade_risk_contracts import ExtraPreTradeRiskContracts
        from ..models.extra_pre_trade_risk_products import ExtraPreTradeRiskProducts

        d = dict(src_dict)
        products = ExtraPreTradeRiskProducts.from_dict(d.pop("products"))

        contracts = ExtraPreTradeRiskContracts.from_dict(d.pop("contracts"))

        max_exposed_total = d.pop("maxExposedTotal", UNSET)

        max_traded_volume_total = d.pop("maxTradedVolumeTotal", UNSET)

        extra_pre_trade_risk = cls(
            products=products,
            contracts=contracts,
            max_exposed_total=max_exposed_total,
            max_traded_volume_total=max_traded_volume_total,
        )

        extra_pre_trade_risk.additional_properties = d
        return extra_pre_trade_risk

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
