from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_promo_code_source import UserPromoCodeSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPromoCode")


@_attrs_define
class UserPromoCode:
    """
    Attributes:
        user_id (int):
        promo_code_id (int):
        source (UserPromoCodeSource): Admin, Input, URL
        id (int | Unset):
        account_id (int | Unset):
        comments (str | Unset):
    """

    user_id: int
    promo_code_id: int
    source: UserPromoCodeSource
    id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    comments: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        promo_code_id = self.promo_code_id

        source = self.source.value

        id = self.id

        account_id = self.account_id

        comments = self.comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "promoCodeId": promo_code_id,
                "source": source,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("userId")

        promo_code_id = d.pop("promoCodeId")

        source = UserPromoCodeSource(d.pop("source"))

        id = d.pop("id", UNSET)

        account_id = d.pop("accountId", UNSET)

        comments = d.pop("comments", UNSET)

        user_promo_code = cls(
            user_id=user_id,
            promo_code_id=promo_code_id,
            source=source,
            id=id,
            account_id=account_id,
            comments=comments,
        )

        user_promo_code.additional_properties = d
        return user_promo_code

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
