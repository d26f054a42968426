from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteUserAccountRiskParameter")


@_attrs_define
class DeleteUserAccountRiskParameter:
    """
    Attributes:
        user_account_risk_parameter_id (int):
    """

    user_account_risk_parameter_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_account_risk_parameter_id = self.user_account_risk_parameter_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userAccountRiskParameterId": user_account_risk_parameter_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_account_risk_parameter_id = d.pop("userAccountRiskParameterId")

        delete_user_account_risk_parameter = cls(
            user_account_risk_parameter_id=user_account_risk_parameter_id,
        )

        delete_user_account_risk_parameter.additional_properties = d
        return delete_user_account_risk_parameter

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
