from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.permissioned_account_auto_liq import PermissionedAccountAutoLiq
    from ..models.user_account_auto_liq import UserAccountAutoLiq


T = TypeVar("T", bound="UpdateUserAutoLiqItemResponse")


@_attrs_define
class UpdateUserAutoLiqItemResponse:
    """
    Attributes:
        user_account_auto_liq (UserAccountAutoLiq | Unset):
        permissioned_account_auto_liq (PermissionedAccountAutoLiq | Unset):
    """

    user_account_auto_liq: UserAccountAutoLiq | Unset = UNSET
    permissioned_account_auto_liq: PermissionedAccountAutoLiq | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_account_auto_liq: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_account_auto_liq, Unset):
            user_account_auto_liq = self.user_account_auto_liq.to_dict()

        permissioned_account_auto_liq: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissioned_account_auto_liq, Unset):
            permissioned_account_auto_liq = self.permissioned_account_auto_liq.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_account_auto_liq is not UNSET:
            field_dict["userAccountAutoLiq"] = user_account_auto_liq
        if permissioned_account_auto_liq is not UNSET:
            field_dict["permissionedAccountAutoLiq"] = permissioned_account_auto_liq

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.permissioned_account_auto_liq import PermissionedAccountAutoLiq
        from ..models.user_account_auto_liq import UserAccountAutoLiq

        d = dict(src_dict)
        _user_account_auto_liq = d.pop("userAccountAutoLiq", UNSET)
        user_account_auto_liq: UserAccountAutoLiq | Unset
        if isinstance(_user_account_auto_liq, Unset):
            user_account_auto_liq = UNSET
        else:
            user_account_auto_liq = UserAccountAutoLiq.from_dict(_user_account_auto_liq)

        _permissioned_account_auto_liq = d.pop("permissionedAccountAutoLiq", UNSET)
        permissioned_account_auto_liq: PermissionedAccountAutoLiq | Unset
        if isinstance(_permissioned_account_auto_liq, Unset):
            permissioned_account_auto_liq = UNSET
        else:
            permissioned_account_auto_liq = PermissionedAccountAutoLiq.from_dict(
                _permissioned_account_auto_liq
            )

        update_user_auto_liq_item_response = cls(
            user_account_auto_liq=user_account_auto_liq,
            permissioned_account_auto_liq=permissioned_account_auto_liq,
        )

        update_user_auto_liq_item_response.additional_properties = d
        return update_user_auto_liq_item_response

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
