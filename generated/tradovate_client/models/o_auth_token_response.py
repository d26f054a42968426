from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthTokenResponse")


@_attrs_define
class OAuthTokenResponse:
    """
    Attributes:
        access_token (str | Unset):
        refresh_token (str | Unset):
        token_type (str | Unset):
        expires_in (int | Unset):
        refresh_token_expires_in (int | Unset):
        error (str | Unset):
        error_description (str | Unset):
        id_token (str | Unset):
        error_text (str | Unset): Non-empty if the request failed
    """

    access_token: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    token_type: str | Unset = UNSET
    expires_in: int | Unset = UNSET
    refresh_token_expires_in: int | Unset = UNSET
    error: str | Unset = UNSET
    error_description: str | Unset = UNSET
    id_token: str | Unset = UNSET
    error_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        refresh_token = self.refresh_token

        token_type = self.token_type

        expires_in = self.expires_in

        refresh_token_expires_in = self.refresh_token_expires_in

        error = self.error

        error_description = self.error_description

        id_token = self.id_token

        error_text = self.error_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if refresh_token_expires_in is not UNSET:
            field_dict["refresh_token_expires_in"] = refresh_token_expires_in
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["error_description"] = error_description
        if id_token is not UNSET:
            field_dict["id_token"] = id_token
        if error_text is not UNSET:
            field_dict["errorText"] = error_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        access_token = d.pop("access_token", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        token_type = d.pop("token_type", UNSET)

        expires_in = d.pop("expires_in", UNSET)

        refresh_token_expires_in = d.pop("refresh_token_expires_in", UNSET)

        error = d.pop("error", UNSET)

        error_description = d.pop("error_description", UNSET)

        id_token = d.pop("id_token", UNSET)

        error_text = d.pop("errorText", UNSET)

        o_auth_token_response = cls(
            access_token=access_token,
            refresh_token=refresh_token,
            token_type=token_type,
            expires_in=expires_in,
            refresh_token_expires_in=refresh_token_expires_in,
            error=error,
            error_description=error_description,
            id_token=id_token,
            error_text=error_text,
        )

        o_auth_token_response.additional_properties = d
        return o_auth_token_response

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
