from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_template import WorkspaceTemplate


T = TypeVar("T", bound="OrgWorkspaceTemplateResponse")


@_attrs_define
class OrgWorkspaceTemplateResponse:
    """
    Attributes:
        error_text (str | Unset): Non-empty if the request failed
        workspace_template (WorkspaceTemplate | Unset):
    """

    error_text: str | Unset = UNSET
    workspace_template: WorkspaceTemplate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_text = self.error_text

        workspace_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workspace_template, Unset):
            workspace_template = self.workspace_template.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_text is not UNSET:
            field_dict["errorText"] = error_text
        if workspace_template is not UNSET:
            field_dict["workspaceTemplate"] = workspace_template

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workspace_template import WorkspaceTemplate

        d = dict(src_dict)
        error_text = d.pop("errorText", UNSET)

        _workspace_template = d.pop("workspaceTemplate", UNSET)
        workspace_template: WorkspaceTemplate | Unset
        if isinstance(_workspace_template, Unset):
            workspace_template = UNSET
        else:
            workspace_template = WorkspaceTemplate.from_dict(_workspace_template)

        org_workspace_template_response = cls(
            error_text=error_text,
            workspace_template=workspace_template,
        )

        org_workspace_template_response.additional_properties = d
        return org_workspace_template_response

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
