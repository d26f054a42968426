from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_user_auto_liq_item_response import (
        UpdateUserAutoLiqItemResponse,
    )


T = TypeVar("T", bound="UpdateUserAutoLiqsResponse")


@_attrs_define
class UpdateUserAutoLiqsResponse:
    """
    Attributes:
        user_auto_liqs (list[UpdateUserAutoLiqItemResponse]):
        error_text (str | Unset): Non-empty if the request failed
    """

    user_auto_liqs: list[UpdateUserAutoLiqItemResponse]
    error_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_auto_liqs = []
        for user_auto_liqs_item_data in self.user_auto_liqs:
            user_auto_liqs_item = user_auto_liqs_item_data.to_dict()
            user_auto_liqs.append(user_auto_liqs_item)

        error_text = self.error_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userAutoLiqs": user_auto_liqs,
            }
        )
        if error_text is not UNSET:
            field_dict["errorText"] = error_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_user_auto_liq_item_response import (
            UpdateUserAutoLiqItemResponse,
        )

        d = dict(src_dict)
        user_auto_liqs = []
        _user_auto_liqs = d.pop("userAutoLiqs")
        for user_auto_liqs_item_data in _user_auto_liqs:
            user_auto_liqs_item = UpdateUserAutoLiqItemResponse.from_dict(
                user_auto_liqs_item_data
            )

            user_auto_liqs.append(user_auto_liqs_item)

        error_text = d.pop("errorText", UNSET)

        update_user_auto_liqs_response = cls(
            user_auto_liqs=user_auto_liqs,
            error_text=error_text,
        )

        update_user_auto_liqs_response.additional_properties = d
        return update_user_auto_liqs_response

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
