from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecondMarketDataSubscription")


@_attrs_define
class SecondMarketDataSubscription:
    """
    Attributes:
        user_id (int):
        timestamp (datetime.datetime):
        year (int):
        month (int):
        id (int | Unset):
        cancelled_renewal (bool | Unset):
        cancellation_timestamp (datetime.datetime | Unset):
    """

    user_id: int
    timestamp: datetime.datetime
    year: int
    month: int
    id: int | Unset = UNSET
    cancelled_renewal: bool | Unset = UNSET
    cancellation_timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        timestamp = self.timestamp.isoformat()

        year = self.year

        month = self.month

        id = self.id

        cancelled_renewal = self.cancelled_renewal

        cancellation_timestamp: str | Unset = UNSET
        if not isinstance(self.cancellation_timestamp, Unset):
            cancellation_timestamp = self.cancellation_timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "timestamp": timestamp,
                "year": year,
                "month": month,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if cancelled_renewal is not UNSET:
            field_dict["cancelledRenewal"] = cancelled_renewal
        if cancellation_timestamp is not UNSET:
            field_dict["cancellationTimestamp"] = cancellation_timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("userId")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        year = d.pop("year")

        month = d.pop("month")

        id = d.pop("id", UNSET)

        cancelled_renewal = d.pop("cancelledRenewal", UNSET)

        _cancellation_timestamp = d.pop("cancellationTimestamp", UNSET)
        cancellation_timestamp: datetime.datetime | Unset
        if isinstance(_cancellation_timestamp, Unset):
            cancellation_timestamp = UNSET
        else:
            cancellation_timestamp = datetime.datetime.fromisoformat(
                _cancellation_timestamp
            )

        second_market_data_subscription = cls(
            user_id=user_id,
            timestamp=timestamp,
            year=year,
            month=month,
            id=id,
            cancelled_renewal=cancelled_renewal,
            cancellation_timestamp=cancellation_timestamp,
        )

        second_market_data_subscription.additional_properties = d
        return second_market_data_subscription

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
