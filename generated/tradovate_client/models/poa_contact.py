from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trade_date import TradeDate


T = TypeVar("T", bound="POAContact")


@_attrs_define
class POAContact:
    """
    Attributes:
        timestamp (datetime.datetime):
        user_id (int):
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
        organization_id (int):
        id (int | Unset):
        street_address_2 (str | Unset):
        tax_identifier (str | Unset):
        national_id (str | Unset):
    """

    timestamp: datetime.datetime
    user_id: int
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
    organization_id: int
    id: int | Unset = UNSET
    street_address_2: str | Unset = UNSET
    tax_identifier: str | Unset = UNSET
    national_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat()

        user_id = self.user_id

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

        organization_id = self.organization_id

        id = self.id

        street_address_2 = self.street_address_2

        tax_identifier = self.tax_identifier

        national_id = self.national_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "userId": user_id,
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
                "organizationId": organization_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if street_address_2 is not UNSET:
            field_dict["streetAddress2"] = street_address_2
        if tax_identifier is not UNSET:
            field_dict["taxIdentifier"] = tax_identifier
        if national_id is not UNSET:
            field_dict["nationalId"] = national_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trade_date import TradeDate

        d = dict(src_dict)
        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        user_id = d.pop("userId")

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

        organization_id = d.pop("organizationId")

        id = d.pop("id", UNSET)

        street_address_2 = d.pop("streetAddress2", UNSET)

        tax_identifier = d.pop("taxIdentifier", UNSET)

        national_id = d.pop("nationalId", UNSET)

        poa_contact = cls(
            timestamp=timestamp,
            user_id=user_id,
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
            organization_id=organization_id,
            id=id,
            street_address_2=street_address_2,
            tax_identifier=tax_identifier,
            national_id=national_id,
        )

        poa_contact.additional_properties = d
        return poa_contact

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
