from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_evaluation_user_response import CreateEvaluationUserResponse


T = TypeVar("T", bound="CreateEvaluationUsersResponse")


@_attrs_define
class CreateEvaluationUsersResponse:
    """
    Attributes:
        results (list[CreateEvaluationUserResponse]):
        error_text (str | Unset): Non-empty if the request failed
    """

    results: list[CreateEvaluationUserResponse]
    error_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        error_text = self.error_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if error_text is not UNSET:
            field_dict["errorText"] = error_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_evaluation_user_response import (
            CreateEvaluationUserResponse,
        )

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = CreateEvaluationUserResponse.from_dict(results_item_data)

            results.append(results_item)

        error_text = d.pop("errorText", UNSET)

        create_evaluation_users_response = cls(
            results=results,
            error_text=error_text,
        )

        create_evaluation_users_response.additional_properties = d
        return create_evaluation_users_response

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
