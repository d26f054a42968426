from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pre_trade_risk_product_type import PreTradeRiskProductType
from ..models.pre_trade_risk_product_verification_status import (
    PreTradeRiskProductVerificationStatus,
)
from ..models.pre_trade_risk_total_by import PreTradeRiskTotalBy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pre_trade_risk_parameter import PreTradeRiskParameter


T = TypeVar("T", bound="PreTradeRisk")


@_attrs_define
class PreTradeRisk:
    """
    Attributes:
        active (bool):
        total_by (PreTradeRiskTotalBy): Contract, ContractGroup, DiscountGroup, Exchange, FungibleProduct, Overall,
            Product, ProductType
        parameters (list[PreTradeRiskParameter]):
        contract_id (int | Unset):
        product_id (int | Unset):
        exchange_id (int | Unset):
        product_type (PreTradeRiskProductType | Unset): CommonStock, Continuous, Cryptocurrency, Futures,
            MarketInternals, Options, Spread, Swap
        risk_discount_contract_group_id (int | Unset):
        product_verification_status (PreTradeRiskProductVerificationStatus | Unset): Inactive, Locked,
            ReadyForContracts, ReadyToTrade, Verified
        contract_group_id (int | Unset):
        fungible_product_id (int | Unset):
        risk_time_period_id (int | Unset):
        short_limit (int | Unset):
        long_limit (int | Unset):
        exposed_limit (int | Unset):
        fungible_exposed_limit (int | Unset):
        description (str | Unset):
    """

    active: bool
    total_by: PreTradeRiskTotalBy
    parameters: list[PreTradeRiskParameter]
    contract_id: int | Unset = UNSET
    product_id: int | Unset = UNSET
    exchange_id: int | Unset = UNSET
    product_type: PreTradeRiskProductType | Unset = UNSET
    risk_discount_contract_group_id: int | Unset = UNSET
    product_verification_status: PreTradeRiskProductVerificationStatus | Unset = UNSET
    contract_group_id: int | Unset = UNSET
    fungible_product_id: int | Unset = UNSET
    risk_time_period_id: int | Unset = UNSET
    short_limit: int | Unset = UNSET
    long_limit: int | Unset = UNSET
    exposed_limit: int | Unset = UNSET
    fungible_exposed_limit: int | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        total_by = self.total_by.value

        parameters = []
        for parameters_item_data in self.parameters:
            parameters_item = parameters_item_data.to_dict()
            parameters.append(parameters_item)

        contract_id = self.contract_id

        product_id = self.product_id

        exchange_id = self.exchange_id

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type.value

        risk_discount_contract_group_id = self.risk_discount_contract_group_id

        product_verification_status: str | Unset = UNSET
        if not isinstance(self.product_verification_status, Unset):
            product_verification_status = self.product_verification_status.value

        contract_group_id = self.contract_group_id

        fungible_product_id = self.fungible_product_id

        risk_time_period_id = self.risk_time_period_id

        short_limit = self.short_limit

        long_limit = self.long_limit

        exposed_limit = self.exposed_limit

        fungible_exposed_limit = self.fungible_exposed_limit

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "totalBy": total_by,
                "parameters": parameters,
            }
        )
        if contract_id is not UNSET:
            field_dict["contractId"] = contract_id
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if exchange_id is not UNSET:
            field_dict["exchangeId"] = exchange_id
        if product_type is not UNSET:
            field_dict["productType"] = product_type
        if risk_discount_contract_group_id is not UNSET:
            field_dict["riskDiscountContractGroupId"] = risk_discount_contract_group_id
        if product_verification_status is not UNSET:
            field_dict["productVerificationStatus"] = product_verification_status
        if contract_group_id is not UNSET:
            field_dict["contractGroupId"] = contract_group_id
        if fungible_product_id is not UNSET:
            field_dict["fungibleProductId"] = fungible_product_id
        if risk_time_period_id is not UNSET:
            field_dict["riskTimePeriodId"] = risk_time_period_id
        if short_limit is not UNSET:
            field_dict["shortLimit"] = short_limit
        if long_limit is not UNSET:
            field_dict["longLimit"] = long_limit
        if exposed_limit is not UNSET:
            field_dict["exposedLimit"] = exposed_limit
        if fungible_exposed_limit is not UNSET:
            field_dict["fungibleExposedLimit"] = fungible_exposed_limit
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pre_trade_risk_parameter import PreTradeRiskParameter

        d = dict(src_dict)
        active = d.pop("active")

        total_by = PreTradeRiskTotalBy(d.pop("totalBy"))

        parameters = []
        _parameters = d.pop("parameters")
        for parameters_item_data in _parameters:
            parameters_item = PreTradeRiskParameter.from_dict(parameters_item_data)

            parameters.append(parameters_item)

        contract_id = d.pop("contractId", UNSET)

        product_id = d.pop("productId", UNSET)

        exchange_id = d.pop("exchangeId", UNSET)

        _product_type = d.pop("productType", UNSET)
        product_type: PreTradeRiskProductType | Unset
        if isinstance(_product_type, Unset):
            product_type = UNSET
        else:
            product_type = PreTradeRiskProductType(_product_type)

        risk_discount_contract_group_id = d.pop("riskDiscountContractGroupId", UNSET)

        _product_verification_status = d.pop("productVerificationStatus", UNSET)
        product_verification_status: PreTradeRiskProductVerificationStatus | Unset
        if isinstance(_product_verification_status, Unset):
            product_verification_status = UNSET
        else:
            product_verification_status = PreTradeRiskProductVerificationStatus(
                _product_verification_status
            )

        contract_group_id = d.pop("contractGroupId", UNSET)

        fungible_product_id = d.pop("fungibleProductId", UNSET)

        risk_time_period_id = d.pop("riskTimePeriodId", UNSET)

        short_limit = d.pop("shortLimit", UNSET)

        long_limit = d.pop("longLimit", UNSET)

        exposed_limit = d.pop("exposedLimit", UNSET)

        fungible_exposed_limit = d.pop("fungibleExposedLimit", UNSET)

        description = d.pop("description", UNSET)

        pre_trade_risk = cls(
            active=active,
            total_by=total_by,
            parameters=parameters,
            contract_id=contract_id,
            product_id=product_id,
            exchange_id=exchange_id,
            product_type=product_type,
            risk_discount_contract_group_id=risk_discount_contract_group_id,
            product_verification_status=product_verification_status,
            contract_group_id=contract_group_id,
            fungible_product_id=fungible_product_id,
            risk_time_period_id=risk_time_period_id,
            short_limit=short_limit,
            long_limit=long_limit,
            exposed_limit=exposed_limit,
            fungible_exposed_limit=fungible_exposed_limit,
            description=description,
        )

        pre_trade_risk.additional_properties = d
        return pre_trade_risk

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
