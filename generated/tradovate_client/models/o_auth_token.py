from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthToken")


@_attrs_define
class OAuthToken:
    """
    Attributes:
        grant_type (str):
        code (str | Unset):
        redirect_uri (str | Unset):
        client_id (str | Unset):
        client_secret (str | Unset):
        http_auth (str | Unset):
        refresh_token (str | Unset):
        code_verifier (str | Unset):
        resource (str | Unset):
        assertion (str | Unset):
    """

    grant_type: str
    code: str | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    http_auth: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    code_verifier: str | Unset = UNSET
    resource: str | Unset = UNSET
    assertion: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type

        code = self.code

        redirect_uri = self.redirect_uri

        client_id = self.client_id

        client_secret = self.client_secret

        http_auth = self.http_auth

        refresh_token = self.refresh_token

        code_verifier = self.code_verifier

        resource = self.resource

        assertion = self.assertion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if http_auth is not UNSET:
            field_dict["httpAuth"] = http_auth
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if code_verifier is not UNSET:
            field_dict["code_verifier"] = code_verifier
        if resource is not UNSET:
            field_dict["resource"] = resource
        if assertion is not UNSET:
            field_dict["assertion"] = assertion

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        grant_type = d.pop("grant_type")

        code = d.pop("code", UNSET)

        redirect_uri = d.pop("redirect_uri", UNSET)

        client_id = d.pop("client_id", UNSET)

        client_secret = d.pop("client_secret", UNSET)

        http_auth = d.pop("httpAuth", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        code_verifier = d.pop("code_verifier", UNSET)

        resource = d.pop("resource", UNSET)

        assertion = d.pop("assertion", UNSET)

        o_auth_token = cls(
            grant_type=grant_type,
            code=code,
            redirect_uri=redirect_uri,
            client_id=client_id,
            client_secret=client_secret,
            http_auth=http_auth,
            refresh_token=refresh_token,
            code_verifier=code_verifier,
            resource=resource,
            assertion=assertion,
        )

        o_auth_token.additional_properties = d
        return o_auth_token

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
