from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.product_fee_params import ProductFeeParams


T = TypeVar("T", bound="ProductFeeParamsResponse")


@_attrs_define
class ProductFeeParamsResponse:
    """
    Attributes:
        params (list[ProductFeeParams]):
    """

    params: list[ProductFeeParams]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        params = []
        for params_item_data in self.params:
            params_item = params_item_data.to_dict()
            params.append(params_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.product_fee_params import ProductFeeParams

        d = dict(src_dict)
        params = []
        _params = d.pop("params")
        for params_item_data in _params:
            params_item = ProductFeeParams.from_dict(params_item_data)

            params.append(params_item)

        product_fee_params_response = cls(
            params=params,
        )

        product_fee_params_response.additional_properties = d
        return product_fee_params_response

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
