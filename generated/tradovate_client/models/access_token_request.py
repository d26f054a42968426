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
        app_id (str | Unset):
        app_version (str | Unset):
        cid (int | str | Unset): API client id: a number in some vendor examples, a string in others
        sec (str | Unset):
        device_id (str | Unset):
        p_ticket (str | Unset): Penalty ticket from a previous answer, sent back with the otherwise identical body
    """

    name: str
    password: str
    app_id: str | Unset = UNSET
    app_version: str | Unset = UNSET
    cid: int | str | Unset = UNSET
    sec: str | Unset = UNSET
    device_id: str | Unset = UNSET
    p_ticket: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        password = self.password

        app_id = self.app_id

        app_version = self.app_version

        cid: int | str | Unset
        if isinstance(self.cid, Unset):
            cid = UNSET
        else:
            cid = self.cid

        sec = self.sec

        device_id = self.device_id

        p_ticket = self.p_ticket

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "password": password,
            }
        )
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if app_version is not UNSET:
            field_dict["appVersion"] = app_version
        if cid is not UNSET:
            field_dict["cid"] = cid
        if sec is not UNSET:
            field_dict["sec"] = sec
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id
        if p_ticket is not UNSET:
            field_dict["p-ticket"] = p_ticket

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        password = d.pop("password")

        app_id = d.pop("appId", UNSET)

        app_version = d.pop("appVersion", UNSET)

        def _parse_cid(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        cid = _parse_cid(d.pop("cid", UNSET))

        sec = d.pop("sec", UNSET)

        device_id = d.pop("deviceId", UNSET)

        p_ticket = d.pop("p-ticket", UNSET)

        access_token_request = cls(
            name=name,
            password=password,
            app_id=app_id,
            app_version=app_version,
            cid=cid,
            sec=sec,
            device_id=device_id,
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
