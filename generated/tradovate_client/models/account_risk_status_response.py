from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_risk_status import AccountRiskStatus


T = TypeVar("T", bound="AccountRiskStatusResponse")


@_attrs_define
class AccountRiskStatusResponse:
    """
    Attributes:
        error_text (str | Unset): Non-empty if the request failed
        account_risk_status (AccountRiskStatus | Unset):
    """

    error_text: str | Unset = UNSET
    account_risk_status: AccountRiskStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_text = self.error_text

        account_risk_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_risk_status, Unset):
            account_risk_status = self.account_risk_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_text is not UNSET:
            field_dict["errorText"] = error_text
        if account_risk_status is not UNSET:
            field_dict["accountRiskStatus"] = account_risk_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_risk_status import AccountRiskStatus

        d = dict(src_dict)
        error_text = d.pop("errorText", UNSET)

        _account_risk_status = d.pop("accountRiskStatus", UNSET)
        account_risk_status: AccountRiskStatus | Unset
        if isinstance(_account_risk_status, Unset):
            account_risk_status = UNSET
        else:
            account_risk_status = AccountRiskStatus.from_dict(_account_risk_status)

        account_risk_status_response = cls(
            error_text=error_text,
            account_risk_status=account_risk_status,
        )

        account_risk_status_response.additional_properties = d
        return account_risk_status_response

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
