from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_token_response_hibp_hint import AccessTokenResponseHibpHint
from ..models.access_token_response_user_status import AccessTokenResponseUserStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessTokenResponse")


@_attrs_define
class AccessTokenResponse:
    """
    Attributes:
        error_text (str | Unset): Non-empty if the request failed
        hibp_hint (AccessTokenResponseHibpHint | Unset): EmailAndPasswordCompromised, PasswordCompromised
        access_token (str | Unset):
        expiration_time (datetime.datetime | Unset):
        password_expiration_time (datetime.datetime | Unset):
        user_status (AccessTokenResponseUserStatus | Unset): Active, Closed, Initiated, TemporaryLocked,
            UnconfirmedEmail
        user_id (int | Unset):
        name (str | Unset):
        has_live (bool | Unset):
        has_sim_plus (bool | Unset):
        show_ki_ds (bool | Unset):
        md_access_token (str | Unset): Access token for the market-data socket.
        p_ticket (str | Unset): Penalty ticket; resend the identical request with it after `p-time` seconds.
        p_time (int | Unset): Seconds to wait before resending with `p-ticket`.
        p_captcha (bool | Unset): True when only a captcha (a person) can continue; a server-side client must stop.
    """

    error_text: str | Unset = UNSET
    hibp_hint: AccessTokenResponseHibpHint | Unset = UNSET
    access_token: str | Unset = UNSET
    expiration_time: datetime.datetime | Unset = UNSET
    password_expiration_time: datetime.datetime | Unset = UNSET
    user_status: AccessTokenResponseUserStatus | Unset = UNSET
    user_id: int | Unset = UNSET
    name: str | Unset = UNSET
    has_live: bool | Unset = UNSET
    has_sim_plus: bool | Unset = UNSET
    show_ki_ds: bool | Unset = UNSET
    md_access_token: str | Unset = UNSET
    p_ticket: str | Unset = UNSET
    p_time: int | Unset = UNSET
    p_captcha: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_text = self.error_text

        hibp_hint: str | Unset = UNSET
        if not isinstance(self.hibp_hint, Unset):
            hibp_hint = self.hibp_hint.value

        access_token = self.access_token

        expiration_time: str | Unset = UNSET
        if not isinstance(self.expiration_time, Unset):
            expiration_time = self.expiration_time.isoformat()

        password_expiration_time: str | Unset = UNSET
        if not isinstance(self.password_expiration_time, Unset):
            password_expiration_time = self.password_expiration_time.isoformat()

        user_status: str | Unset = UNSET
        if not isinstance(self.user_status, Unset):
            user_status = self.user_status.value

        user_id = self.user_id

        name = self.name

        has_live = self.has_live

        has_sim_plus = self.has_sim_plus

        show_ki_ds = self.show_ki_ds

        md_access_token = self.md_access_token

        p_ticket = self.p_ticket

        p_time = self.p_time

        p_captcha = self.p_captcha

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_text is not UNSET:
            field_dict["errorText"] = error_text
        if hibp_hint is not UNSET:
            field_dict["hibpHint"] = hibp_hint
        if access_token is not UNSET:
            field_dict["accessToken"] = access_token
        if expiration_time is not UNSET:
            field_dict["expirationTime"] = expiration_time
        if password_expiration_time is not UNSET:
            field_dict["passwordExpirationTime"] = password_expiration_time
        if user_status is not UNSET:
            field_dict["userStatus"] = user_status
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if name is not UNSET:
            field_dict["name"] = name
        if has_live is not UNSET:
            field_dict["hasLive"] = has_live
        if has_sim_plus is not UNSET:
            field_dict["hasSimPlus"] = has_sim_plus
        if show_ki_ds is not UNSET:
            field_dict["showKIDs"] = show_ki_ds
        if md_access_token is not UNSET:
            field_dict["mdAccessToken"] = md_access_token
        if p_ticket is not UNSET:
            field_dict["p-ticket"] = p_ticket
        if p_time is not UNSET:
            field_dict["p-time"] = p_time
        if p_captcha is not UNSET:
            field_dict["p-captcha"] = p_captcha

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error_text = d.pop("errorText", UNSET)

        _hibp_hint = d.pop("hibpHint", UNSET)
        hibp_hint: AccessTokenResponseHibpHint | Unset
        if isinstance(_hibp_hint, Unset):
            hibp_hint = UNSET
        else:
            hibp_hint = AccessTokenResponseHibpHint(_hibp_hint)

        access_token = d.pop("accessToken", UNSET)

        _expiration_time = d.pop("expirationTime", UNSET)
        expiration_time: datetime.datetime | Unset
        if isinstance(_expiration_time, Unset):
            expiration_time = UNSET
        else:
            expiration_time = datetime.datetime.fromisoformat(_expiration_time)

        _password_expiration_time = d.pop("passwordExpirationTime", UNSET)
        password_expiration_time: datetime.datetime | Unset
        if isinstance(_password_expiration_time, Unset):
            password_expiration_time = UNSET
        else:
            password_expiration_time = datetime.datetime.fromisoformat(
                _password_expiration_time
            )

        _user_status = d.pop("userStatus", UNSET)
        user_status: AccessTokenResponseUserStatus | Unset
        if isinstance(_user_status, Unset):
            user_status = UNSET
        else:
            user_status = AccessTokenResponseUserStatus(_user_status)

        user_id = d.pop("userId", UNSET)

        name = d.pop("name", UNSET)

        has_live = d.pop("hasLive", UNSET)

        has_sim_plus = d.pop("hasSimPlus", UNSET)

        show_ki_ds = d.pop("showKIDs", UNSET)

        md_access_token = d.pop("mdAccessToken", UNSET)

        p_ticket = d.pop("p-ticket", UNSET)

        p_time = d.pop("p-time", UNSET)

        p_captcha = d.pop("p-captcha", UNSET)

        access_token_response = cls(
            error_text=error_text,
            hibp_hint=hibp_hint,
            access_token=access_token,
            expiration_time=expiration_time,
            password_expiration_time=password_expiration_time,
            user_status=user_status,
            user_id=user_id,
            name=name,
            has_live=has_live,
            has_sim_plus=has_sim_plus,
            show_ki_ds=show_ki_ds,
            md_access_token=md_access_token,
            p_ticket=p_ticket,
            p_time=p_time,
            p_captcha=p_captcha,
        )

        access_token_response.additional_properties = d
        return access_token_response

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
