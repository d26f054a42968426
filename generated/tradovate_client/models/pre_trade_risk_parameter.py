from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pre_trade_risk_parameter_product_type import (
    PreTradeRiskParameterProductType,
)
from ..models.pre_trade_risk_parameter_product_verification_status import (
    PreTradeRiskParameterProductVerificationStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PreTradeRiskParameter")


@_attrs_define
class PreTradeRiskParameter:
    """
    Attributes:
        contract_id (int | Unset):
        product_id (int | Unset):
        exchange_id (int | Unset):
        product_type (PreTradeRiskParameterProductType | Unset): CommonStock, Continuous, Cryptocurrency, Futures,
            MarketInternals, Options, Spread, Swap
        risk_discount_contract_group_id (int | Unset):
        product_verification_status (PreTradeRiskParameterProductVerificationStatus | Unset): Inactive, Locked,
            ReadyForContracts, ReadyToTrade, Verified
        contract_group_id (int | Unset):
        fungible_product_id (int | Unset):
        max_opening_order_qty (int | Unset):
        max_closing_order_qty (int | Unset):
        fungible_max_opening_order_qty (int | Unset):
        fungible_max_closing_order_qty (int | Unset):
        max_back_month (int | Unset):
        pre_expiration_days (int | Unset):
        margin_percentage (float | Unset):
        margin_dollar_value (float | Unset):
        hard_limit (bool | Unset):
    """

    contract_id: int | Unset = UNSET
    product_id: int | Unset = UNSET
    exchange_id: int | Unset = UNSET
    product_type: PreTradeRiskParameterProductType | Unset = UNSET
    risk_discount_contract_group_id: int | Unset = UNSET
    product_verification_status: (
        PreTradeRiskParameterProductVerificationStatus | Unset
    ) = UNSET
    contract_group_id: int | Unset = UNSET
    fungible_product_id: int | Unset = UNSET
    max_opening_order_qty: int | Unset = UNSET
    max_closing_order_qty: int | Unset = UNSET
    fungible_max_opening_order_qty: int | Unset = UNSET
    fungible_max_closing_order_qty: int | Unset = UNSET
    max_back_month: int | Unset = UNSET
    pre_expiration_days: int | Unset = UNSET
    margin_percentage: float | Unset = UNSET
    margin_dollar_value: float | Unset = UNSET
    hard_limit: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        max_opening_order_qty = self.max_opening_order_qty

        max_closing_order_qty = self.max_closing_order_qty

        fungible_max_opening_order_qty = self.fungible_max_opening_order_qty

        fungible_max_closing_order_qty = self.fungible_max_closing_order_qty

        max_back_month = self.max_back_month

        pre_expiration_days = self.pre_expiration_days

        margin_percentage = self.margin_percentage

        margin_dollar_value = self.margin_dollar_value

        hard_limit = self.hard_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if max_opening_order_qty is not UNSET:
            field_dict["maxOpeningOrderQty"] = max_opening_order_qty
        if max_closing_order_qty is not UNSET:
            field_dict["maxClosingOrderQty"] = max_closing_order_qty
        if fungible_max_opening_order_qty is not UNSET:
            field_dict["fungibleMaxOpeningOrderQty"] = fungible_max_opening_order_qty
        if fungible_max_closing_order_qty is not UNSET:
            field_dict["fungibleMaxClosingOrderQty"] = fungible_max_closing_order_qty
        if max_back_month is not UNSET:
            field_dict["maxBackMonth"] = max_back_month
        if pre_expiration_days is not UNSET:
            field_dict["preExpirationDays"] = pre_expiration_days
        if margin_percentage is not UNSET:
            field_dict["marginPercentage"] = margin_percentage
        if margin_dollar_value is not UNSET:
            field_dict["marginDollarValue"] = margin_dollar_value
        if hard_limit is not UNSET:
            field_dict["hardLimit"] = hard_limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contract_id = d.pop("contractId", UNSET)

        product_id = d.pop("productId", UNSET)

        exchange_id = d.pop("exchangeId", UNSET)

        _product_type = d.pop("productType", UNSET)
        product_type: PreTradeRiskParameterProductType | Unset
        if isinstance(_product_type, Unset):
            product_type = UNSET
        else:
            product_type = PreTradeRiskParameterProductType(_product_type)

        risk_discount_contract_group_id = d.pop("riskDiscountContractGroupId", UNSET)

        _product_verification_status = d.pop("productVerificationStatus", UNSET)
        product_verification_status: (
            PreTradeRiskParameterProductVerificationStatus | Unset
        )
        if isinstance(_product_verification_status, Unset):
            product_verification_status = UNSET
        else:
            product_verification_status = (
                PreTradeRiskParameterProductVerificationStatus(
                    _product_verification_status
                )
            )

        contract_group_id = d.pop("contractGroupId", UNSET)

        fungible_product_id = d.pop("fungibleProductId", UNSET)

        max_opening_order_qty = d.pop("maxOpeningOrderQty", UNSET)

        max_closing_order_qty = d.pop("maxClosingOrderQty", UNSET)

        fungible_max_opening_order_qty = d.pop("fungibleMaxOpeningOrderQty", UNSET)

        fungible_max_closing_order_qty = d.pop("fungibleMaxClosingOrderQty", UNSET)

        max_back_month = d.pop("maxBackMonth", UNSET)

        pre_expiration_days = d.pop("preExpirationDays", UNSET)

        margin_percentage = d.pop("marginPercentage", UNSET)

        margin_dollar_value = d.pop("marginDollarValue", UNSET)

        hard_limit = d.pop("hardLimit", UNSET)

        pre_trade_risk_parameter = cls(
            contract_id=contract_id,
            product_id=product_id,
            exchange_id=exchange_id,
            product_type=product_type,
            risk_discount_contract_group_id=risk_discount_contract_group_id,
            product_verification_status=product_verification_status,
            contract_group_id=contract_group_id,
            fungible_product_id=fungible_product_id,
            max_opening_order_qty=max_opening_order_qty,
            max_closing_order_qty=max_closing_order_qty,
            fungible_max_opening_order_qty=fungible_max_opening_order_qty,
            fungible_max_closing_order_qty=fungible_max_closing_order_qty,
            max_back_month=max_back_month,
            pre_expiration_days=pre_expiration_days,
            margin_percentage=margin_percentage,
            margin_dollar_value=margin_dollar_value,
            hard_limit=hard_limit,
        )

        pre_trade_risk_parameter.additional_properties = d
        return pre_trade_risk_parameter

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
