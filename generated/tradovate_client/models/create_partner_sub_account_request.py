from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_partner_sub_account_request_margin_type import (
    CreatePartnerSubAccountRequestMarginType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trade_date import TradeDate


T = TypeVar("T", bound="CreatePartnerSubAccountRequest")


@_attrs_define
class CreatePartnerSubAccountRequest:
    """
    Attributes:
        cta_user_id (int):
        risk_category_id (int):
        margin_type (CreatePartnerSubAccountRequestMarginType): Hedger, Speculator
        transfer_amount (float):
        authorized_individual (bool):
        first_name (str):
        last_name (str):
        country (str):
        state (str):
        street_address_1 (str):
        city (str):
        zip_code (str):
        phone (str):
        citizenship (str):
        birth_date (TradeDate):
        auto_liq_profile_id (int | Unset):
        trader_reason (str | Unset):
        street_address_2 (str | Unset):
        tax_identifier (str | Unset):
        national_id (str | Unset):
        p_oa_form_doc_id (int | Unset):
        government_doc_id (int | Unset):
        address_doc_id (int | Unset):
    """

    cta_user_id: int
    risk_category_id: int
    margin_type: CreatePartnerSubAccountRequestMarginType
    transfer_amount: float
    authorized_individual: bool
    first_name: str
    last_name: str
    country: str
    state: str
    street_address_1: str
    city: str
    zip_code: str
    phone: str
    citizenship: str
    birth_date: TradeDate
    auto_liq_profile_id: int | Unset = UNSET
    trader_reason: str | Unset = UNSET
    street_address_2: str | Unset = UNSET
    tax_identifier: str | Unset = UNSET
    national_id: str | Unset = UNSET
    p_oa_form_doc_id: int | Unset = UNSET
    government_doc_id: int | Unset = UNSET
    address_doc_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cta_user_id = self.cta_user_id

        risk_category_id = self.risk_category_id

        margin_type = self.margin_type.value

        transfer_amount = self.transfer_amount

        authorized_individual = self.authorized_individual

        first_name = self.first_name

        last_name = self.last_name

        country = self.country

        state = self.state

        street_address_1 = self.street_address_1

        city = self.city

        zip_code = self.zip_code

        phone = self.phone

        citizenship = self.citizenship

        birth_date = self.birth_date.to_dict()

        auto_liq_profile_id = self.auto_liq_profile_id

        trader_reason = self.trader_reason

        street_address_2 = self.street_address_2

        tax_identifier = self.tax_identifier

        national_id = self.national_id

        p_oa_form_doc_id = self.p_oa_form_doc_id

        government_doc_id = self.government_doc_id

        address_doc_id = self.address_doc_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ctaUserId": cta_user_id,
                "riskCategoryId": risk_category_id,
                "marginType": margin_type,
                "transferAmount": transfer_amount,
                "authorizedIndividual": authorized_individual,
                "firstName": first_name,
                "lastName": last_name,
                "country": country,
                "state": state,
                "streetAddress1": street_address_1,
                "city": city,
                "zipCode": zip_code,
                "phone": phone,
                "citizenship": citizenship,
                "birthDate": birth_date,
            }
        )
        if auto_liq_profile_id is not UNSET:
            field_dict["autoLiqProfileId"] = auto_liq_profile_id
        if trader_reason is not UNSET:
            field_dict["traderReason"] = trader_reason
        if street_address_2 is not UNSET:
            field_dict["streetAddress2"] = street_address_2
        if tax_identifier is not UNSET:
            field_dict["taxIdentifier"] = tax_identifier
        if national_id is not UNSET:
            field_dict["nationalId"] = national_id
        if p_oa_form_doc_id is not UNSET:
            field_dict["pOAFormDocId"] = p_oa_form_doc_id
        if government_doc_id is not UNSET:
            field_dict["governmentDocId"] = government_doc_id
        if address_doc_id is not UNSET:
            field_dict["addressDocId"] = address_doc_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trade_date import TradeDate

        d = dict(src_dict)
        cta_user_id = d.pop("ctaUserId")

        risk_category_id = d.pop("riskCategoryId")

        margin_type = CreatePartnerSubAccountRequestMarginType(d.pop("marginType"))

        transfer_amount = d.pop("transferAmount")

        authorized_individual = d.pop("authorizedIndividual")

        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        country = d.pop("country")

        state = d.pop("state")

        street_address_1 = d.pop("streetAddress1")

        city = d.pop("city")

        zip_code = d.pop("zipCode")

        phone = d.pop("phone")

        citizenship = d.pop("citizenship")

        birth_date = TradeDate.from_dict(d.pop("birthDate"))

        auto_liq_profile_id = d.pop("autoLiqProfileId", UNSET)

        trader_reason = d.pop("traderReason", UNSET)

        street_address_2 = d.pop("streetAddress2", UNSET)

        tax_identifier = d.pop("taxIdentifier", UNSET)

        national_id = d.pop("nationalId", UNSET)

        p_oa_form_doc_id = d.pop("pOAFormDocId", UNSET)

        government_doc_id = d.pop("governmentDocId", UNSET)

        address_doc_id = d.pop("addressDocId", UNSET)

        create_partner_sub_account_request = cls(
            cta_user_id=cta_user_id,
            risk_category_id=risk_category_id,
            margin_type=margin_type,
            transfer_amount=transfer_amount,
            authorized_individual=authorized_individual,
            first_name=first_name,
            last_name=last_name,
            country=country,
            state=state,
            street_address_1=street_address_1,
            city=city,
            zip_code=zip_code,
            phone=phone,
            citizenship=citizenship,
            birth_date=birth_date,
            auto_liq_profile_id=auto_liq_profile_id,
            trader_reason=trader_reason,
            street_address_2=street_address_2,
            tax_identifier=tax_identifier,
            national_id=national_id,
            p_oa_form_doc_id=p_oa_form_doc_id,
            government_doc_id=government_doc_id,
            address_doc_id=address_doc_id,
        )

        create_partner_sub_account_request.additional_properties = d
        return create_partner_sub_account_request

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
