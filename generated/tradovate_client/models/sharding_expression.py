from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ShardingExpression")


@_attrs_define
class ShardingExpression:
    """
    Attributes:
        expression_type (str):
        divisor (int):
        remainder (int):
    """

    expression_type: str
    divisor: int
    remainder: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expression_type = self.expression_type

        divisor = self.divisor

        remainder = self.remainder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expressionType": expression_type,
                "divisor": divisor,
                "remainder": remainder,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        expression_type = d.pop("expressionType")

        divisor = d.pop("divisor")

        remainder = d.pop("remainder")

        sharding_expression = cls(
            expression_type=expression_type,
            divisor=divisor,
            remainder=remainder,
        )

        sharding_expression.additional_properties = d
        return sharding_expression

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
