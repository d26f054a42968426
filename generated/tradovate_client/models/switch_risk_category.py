from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SwitchRiskCategory")


@_attrs_define
class SwitchRiskCategory:
    """
    Attributes:
        account_ids (list[int]):
        risk_category_id (int):
    """

    account_ids: list[int]
    risk_category_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_ids = self.account_ids

        risk_category_id = self.risk_category_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountIds": account_ids,
                "riskCategoryId": risk_category_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_ids = cast(list[int], d.pop("accountIds"))

        risk_category_id = d.pop("riskCategoryId")

        switch_risk_category = cls(
            account_ids=account_ids,
            risk_category_id=risk_category_id,
        )

        switch_risk_category.additional_properties = d
        return switch_risk_category

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
