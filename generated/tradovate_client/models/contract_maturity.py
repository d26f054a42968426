from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractMaturity")


@_attrs_define
class ContractMaturity:
    """
    Attributes:
        product_id (int):
        expiration_month (int):
        expiration_date (datetime.datetime):
        is_front (bool):
        id (int | Unset):
        first_intent_date (datetime.datetime | Unset):
        underlying_id (int | Unset): Underlying
        kalshi_event_id (int | Unset):
    """

    product_id: int
    expiration_month: int
    expiration_date: datetime.datetime
    is_front: bool
    id: int | Unset = UNSET
    first_intent_date: datetime.datetime | Unset = UNSET
    underlying_id: int | Unset = UNSET
    kalshi_event_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        expiration_month = self.expiration_month

        expiration_date = self.expiration_date.isoformat()

        is_front = self.is_front

        id = self.id

        first_intent_date: str | Unset = UNSET
        if not isinstance(self.first_intent_date, Unset):
            first_intent_date = self.first_intent_date.isoformat()

        underlying_id = self.underlying_id

        kalshi_event_id = self.kalshi_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productId": product_id,
                "expirationMonth": expiration_month,
                "expirationDate": expiration_date,
                "isFront": is_front,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if first_intent_date is not UNSET:
            field_dict["firstIntentDate"] = first_intent_date
        if underlying_id is not UNSET:
            field_dict["underlyingId"] = underlying_id
        if kalshi_event_id is not UNSET:
            field_dict["kalshiEventId"] = kalshi_event_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_id = d.pop("productId")

        expiration_month = d.pop("expirationMonth")

        expiration_date = datetime.datetime.fromisoformat(d.pop("expirationDate"))

        is_front = d.pop("isFront")

        id = d.pop("id", UNSET)

        _first_intent_date = d.pop("firstIntentDate", UNSET)
        first_intent_date: datetime.datetime | Unset
        if isinstance(_first_intent_date, Unset):
            first_intent_date = UNSET
        else:
            first_intent_date = datetime.datetime.fromisoformat(_first_intent_date)

        underlying_id = d.pop("underlyingId", UNSET)

        kalshi_event_id = d.pop("kalshiEventId", UNSET)

        contract_maturity = cls(
            product_id=product_id,
            expiration_month=expiration_month,
            expiration_date=expiration_date,
            is_front=is_front,
            id=id,
            first_intent_date=first_intent_date,
            underlying_id=underlying_id,
            kalshi_event_id=kalshi_event_id,
        )

        contract_maturity.additional_properties = d
        return contract_maturity

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
