from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateContactInfo")


@_attrs_define
class UpdateContactInfo:
    """
    Attributes:
        user_id (int):
        first_name (str):
        last_name (str):
        street_address_1 (str):
        city (str):
        country (str):
        phone (str):
        street_address_2 (str | Unset):
        state (str | Unset):
        post_code (str | Unset):
        mailing_is_different (bool | Unset):
        mailing_street_address_1 (str | Unset):
        mailing_street_address_2 (str | Unset):
        mailing_city (str | Unset):
        mailing_state (str | Unset):
        mailing_post_code (str | Unset):
        mailing_country (str | Unset):
        approved_id (int | Unset):
        joint_first_name (str | Unset):
        joint_last_name (str | Unset):
    """

    user_id: int
    first_name: str
    last_name: str
    street_address_1: str
    city: str
    country: str
    phone: str
    street_address_2: str | Unset = UNSET
    state: str | Unset = UNSET
    post_code: str | Unset = UNSET
    mailing_is_different: bool | Unset = UNSET
    mailing_street_address_1: str | Unset = UNSET
    mailing_street_address_2: str | Unset = UNSET
    mailing_city: str | Unset = UNSET
    mailing_state: str | Unset = UNSET
    mailing_post_code: str | Unset = UNSET
    mailing_country: str | Unset = UNSET
    approved_id: int | Unset = UNSET
    joint_first_name: str | Unset = UNSET
    joint_last_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        first_name = self.first_name

        last_name = self.last_name

        street_address_1 = self.street_address_1

        city = self.city

        country = self.country

        phone = self.phone

        street_address_2 = self.street_address_2

        state = self.state

        post_code = self.post_code

        mailing_is_different = self.mailing_is_different

        mailing_street_address_1 = self.mailing_street_address_1

        mailing_street_address_2 = self.mailing_street_address_2

        mailing_city = self.mailing_city

        mailing_state = self.mailing_state

        mailing_post_code = self.mailing_post_code

        mailing_country = self.mailing_country

        approved_id = self.approved_id

        joint_first_name = self.joint_first_name

        joint_last_name = self.joint_last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "firstName": first_name,
                "lastName": last_name,
                "streetAddress1": street_address_1,
                "city": city,
                "country": country,
                "phone": phone,
            }
        )
        if street_address_2 is not UNSET:
            field_dict["streetAddress2"] = street_address_2
        if state is not UNSET:
            field_dict["state"] = state
        if post_code is not UNSET:
            field_dict["postCode"] = post_code
        if mailing_is_different is not UNSET:
            field_dict["mailingIsDifferent"] = mailing_is_different
        if mailing_street_address_1 is not UNSET:
            field_dict["mailingStreetAddress1"] = mailing_street_address_1
        if mailing_street_address_2 is not UNSET:
            field_dict["mailingStreetAddress2"] = mailing_street_address_2
        if mailing_city is not UNSET:
            field_dict["mailingCity"] = mailing_city
        if mailing_state is not UNSET:
            field_dict["mailingState"] = mailing_state
        if mailing_post_code is not UNSET:
            field_dict["mailingPostCode"] = mailing_post_code
        if mailing_country is not UNSET:
            field_dict["mailingCountry"] = mailing_country
        if approved_id is not UNSET:
            field_dict["approvedId"] = approved_id
        if joint_first_name is not UNSET:
            field_dict["jointFirstName"] = joint_first_name
        if joint_last_name is not UNSET:
            field_dict["jointLastName"] = joint_last_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("userId")

        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        street_address_1 = d.pop("streetAddress1")

        city = d.pop("city")

        country = d.pop("country")

        phone = d.pop("phone")

        street_address_2 = d.pop("streetAddress2", UNSET)

        state = d.pop("state", UNSET)

        post_code = d.pop("postCode", UNSET)

        mailing_is_different = d.pop("mailingIsDifferent", UNSET)

        mailing_street_address_1 = d.pop("mailingStreetAddress1", UNSET)

        mailing_street_address_2 = d.pop("mailingStreetAddress2", UNSET)

        mailing_city = d.pop("mailingCity", UNSET)

        mailing_state = d.pop("mailingState", UNSET)

        mailing_post_code = d.pop("mailingPostCode", UNSET)

        mailing_country = d.pop("mailingCountry", UNSET)

        approved_id = d.pop("approvedId", UNSET)

        joint_first_name = d.pop("jointFirstName", UNSET)

        joint_last_name = d.pop("jointLastName", UNSET)

        update_contact_info = cls(
            user_id=user_id,
            first_name=first_name,
            last_name=last_name,
            street_address_1=street_address_1,
            city=city,
            country=country,
            phone=phone,
            street_address_2=street_address_2,
            state=state,
            post_code=post_code,
            mailing_is_different=mailing_is_different,
            mailing_street_address_1=mailing_street_address_1,
            mailing_street_address_2=mailing_street_address_2,
            mailing_city=mailing_city,
            mailing_state=mailing_state,
            mailing_post_code=mailing_post_code,
            mailing_country=mailing_country,
            approved_id=approved_id,
            joint_first_name=joint_first_name,
            joint_last_name=joint_last_name,
        )

        update_contact_info.additional_properties = d
        return update_contact_info

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
