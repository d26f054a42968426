from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sign_up_response_error_code import SignUpResponseErrorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="SignUpResponse")


@_attrs_define
class SignUpResponse:
    """
    Attributes:
        error_code (SignUpResponseErrorCode): DataError, EmailAlreadyRegistered, EmailAndPasswordCompromised,
            EmailPolicyFailed, FailedRecaptcha, PasswordCompromised, Success, UnknownError, UserAlreadyExists, WeakPassword,
            WrongChallenge, WrongChallengeOrigin
        email_verified (bool):
        error_text (str | Unset): Non-empty if the request failed
        user_id (int | Unset):
    """

    error_code: SignUpResponseErrorCode
    email_verified: bool
    error_text: str | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code.value

        email_verified = self.email_verified

        error_text = self.error_text

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errorCode": error_code,
                "emailVerified": email_verified,
            }
        )
        if error_text is not UNSET:
            field_dict["errorText"] = error_text
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error_code = SignUpResponseErrorCode(d.pop("errorCode"))

        email_verified = d.pop("emailVerified")

        error_text = d.pop("errorText", UNSET)

        user_id = d.pop("userId", UNSET)

        sign_up_response = cls(
            error_code=error_code,
            email_verified=email_verified,
            error_text=error_text,
            user_id=user_id,
        )

        sign_up_response.additional_properties = d
        return sign_up_response

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
