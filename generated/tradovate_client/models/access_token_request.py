from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessTokenRequest")


@_attrs_define
class AccessTokenRequest:
    """
    Attributes:
        name (str):
        password (str):
        hibp_check (bool | Unset):
        app_id (str | Unset):
        app_version (str | Unset):
        device_id (str | Unset):
        sec (str | Unset):
        cid (int | str | Unset): The API client id; a number in the vendor's examples, a string in others.
        p_ticket (str | Unset): Penalty ticket from a previous answer, sent back with the otherwise identical body.
    """

    name: str
    password: str
    hibp_check: bool | Unset = UNSET
    app_id: str | Unset = UNSET
    app_version: str | Unset = UNSET
    device_id: str | Unset = UNSET
    sec: str | Unset = UNSET
    cid: int | str | Unset = UNSET
    p_ticket: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        password = self.password

        hibp_check = self.hibp_check

        app_id = self.app_id

        app_version = self.app_version

        device_id = self.device_id

        sec = self.sec

        cid: int | str | Unset
        if isinstance(self.cid, Unset):
            cid = UNSET
        else:
            cid = self.cid

        p_ticket = self.p_ticket

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "password": password,
            }
        )
        if hibp_check is not UNSET:
            field_dict["hibpCheck"] = hibp_check
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if app_version is not UNSET:
            field_dict["appVersion"] = app_version
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id
        if sec is not UNSET:
            field_dict["sec"] = sec
        if cid is not UNSET:
            field_dict["cid"] = cid
        if p_ticket is not UNSET:
            field_dict["p-ticket"] = p_ticket

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        password = d.pop("password")

        hibp_check = d.pop("hibpCheck", UNSET)

        app_id = d.pop("appId", UNSET)

        app_version = d.pop("appVersion", UNSET)

        device_id = d.pop("deviceId", UNSET)

        sec = d.pop("sec", UNSET)

        def _parse_cid(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        cid = _parse_cid(d.pop("cid", UNSET))

        p_ticket = d.pop("p-ticket", UNSET)

        access_token_request = cls(
            name=name,
            password=password,
            hibp_check=hibp_check,
            app_id=app_id,
            app_version=app_version,
            device_id=device_id,
            sec=sec,
            cid=cid,
            p_ticket=p_ticket,
        )

        access_token_request.additional_properties = d
        return access_token_request

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
