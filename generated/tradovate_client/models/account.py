from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_account_type import AccountAccountType
from ..models.account_legal_status import AccountLegalStatus
from ..models.account_margin_account_type import AccountMarginAccountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """
    Attributes:
        name (str):
        user_id (int):
        account_type (AccountAccountType): Customer, Employee, Giveup, House, Omnibus, Wash
        clearing_house_id (int):
        risk_category_id (int):
        auto_liq_profile_id (int):
        margin_account_type (AccountMarginAccountType): Hedger, Speculator
        legal_status (AccountLegalStatus): Corporation, GP, IRA, Individual, Joint, LLC, LLP, LP, PTR, Trust
        timestamp (datetime.datetime):
        id (int | Unset):
        restricted (bool | Unset):
        closed (bool | Unset):
        evaluation_size (float | Unset):
        readonly (bool | Unset):
        cc_email (str | Unset):
        futures_disabled (bool | Unset):
        swap_enabled (bool | Unset):
        ssf_risk_disclosure_acknowledgment (datetime.datetime | Unset):
        spot_margin_enabled (bool | Unset):
    """

    name: str
    user_id: int
    account_type: AccountAccountType
    clearing_house_id: int
    risk_category_id: int
    auto_liq_profile_id: int
    margin_account_type: AccountMarginAccountType
    legal_status: AccountLegalStatus
    timestamp: datetime.datetime
    id: int | Unset = UNSET
    restricted: bool | Unset = UNSET
    closed: bool | Unset = UNSET
    evaluation_size: float | Unset = UNSET
    readonly: bool | Unset = UNSET
    cc_email: str | Unset = UNSET
    futures_disabled: bool | Unset = UNSET
    swap_enabled: bool | Unset = UNSET
    ssf_risk_disclosure_acknowledgment: datetime.datetime | Unset = UNSET
    spot_margin_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        user_id = self.user_id

        account_type = self.account_type.value

        clearing_house_id = self.clearing_house_id

        risk_category_id = self.risk_category_id

        auto_liq_profile_id = self.auto_liq_profile_id

        margin_account_type = self.margin_account_type.value

        legal_status = self.legal_status.value

        timestamp = self.timestamp.isoformat()

        id = self.id

        restricted = self.restricted

        closed = self.closed

        evaluation_size = self.evaluation_size

        readonly = self.readonly

        cc_email = self.cc_email

        futures_disabled = self.futures_disabled

        swap_enabled = self.swap_enabled

        ssf_risk_disclosure_acknowledgment: str | Unset = UNSET
        if not isinstance(self.ssf_risk_disclosure_acknowledgment, Unset):
            ssf_risk_disclosure_acknowledgment = (
                self.ssf_risk_disclosure_acknowledgment.isoformat()
            )

        spot_margin_enabled = self.spot_margin_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "userId": user_id,
                "accountType": account_type,
                "clearingHouseId": clearing_house_id,
                "riskCategoryId": risk_category_id,
                "autoLiqProfileId": auto_liq_profile_id,
                "marginAccountType": margin_account_type,
                "legalStatus": legal_status,
                "timestamp": timestamp,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if closed is not UNSET:
            field_dict["closed"] = closed
        if evaluation_size is not UNSET:
            field_dict["evaluationSize"] = evaluation_size
        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        if cc_email is not UNSET:
            field_dict["ccEmail"] = cc_email
        if futures_disabled is not UNSET:
            field_dict["futuresDisabled"] = futures_disabled
        if swap_enabled is not UNSET:
            field_dict["swapEnabled"] = swap_enabled
        if ssf_risk_disclosure_acknowledgment is not UNSET:
            field_dict["ssfRiskDisclosureAcknowledgment"] = (
                ssf_risk_disclosure_acknowledgment
            )
        if spot_margin_enabled is not UNSET:
            field_dict["spotMarginEnabled"] = spot_margin_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        user_id = d.pop("userId")

        account_type = AccountAccountType(d.pop("accountType"))

        clearing_house_id = d.pop("clearingHouseId")

        risk_category_id = d.pop("riskCategoryId")

        auto_liq_profile_id = d.pop("autoLiqProfileId")

        margin_account_type = AccountMarginAccountType(d.pop("marginAccountType"))

        legal_status = AccountLegalStatus(d.pop("legalStatus"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        id = d.pop("id", UNSET)

        restricted = d.pop("restricted", UNSET)

        closed = d.pop("closed", UNSET)

        evaluation_size = d.pop("evaluationSize", UNSET)

        readonly = d.pop("readonly", UNSET)

        cc_email = d.pop("ccEmail", UNSET)

        futures_disabled = d.pop("futuresDisabled", UNSET)

        swap_enabled = d.pop("swapEnabled", UNSET)

        _ssf_risk_disclosure_acknowledgment = d.pop(
            "ssfRiskDisclosureAcknowledgment", UNSET
        )
        ssf_risk_disclosure_acknowledgment: datetime.datetime | Unset
        if isinstance(_ssf_risk_disclosure_acknowledgment, Unset):
            ssf_risk_disclosure_acknowledgment = UNSET
        else:
            ssf_risk_disclosure_acknowledgment = datetime.datetime.fromisoformat(
                _ssf_risk_disclosure_acknowledgment
            )

        spot_margin_enabled = d.pop("spotMarginEnabled", UNSET)

        account = cls(
            name=name,
            user_id=user_id,
            account_type=account_type,
            clearing_house_id=clearing_house_id,
            risk_category_id=risk_category_id,
            auto_liq_profile_id=auto_liq_profile_id,
            margin_account_type=margin_account_type,
            legal_status=legal_status,
            timestamp=timestamp,
            id=id,
            restricted=restricted,
            closed=closed,
            evaluation_size=evaluation_size,
            readonly=readonly,
            cc_email=cc_email,
            futures_disabled=futures_disabled,
            swap_enabled=swap_enabled,
            ssf_risk_disclosure_acknowledgment=ssf_risk_disclosure_acknowledgment,
            spot_margin_enabled=spot_margin_enabled,
        )

        account.additional_properties = d
        return account

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
