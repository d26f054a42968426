from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_trade_risk import PostTradeRisk
    from ..models.pre_trade_risk import PreTradeRisk


T = TypeVar("T", bound="OpenDemoAccount")


@_attrs_define
class OpenDemoAccount:
    """
    Attributes:
        template_account_id (int | Unset):
        name (str | Unset):
        initial_balance (float | Unset):
        default_auto_liq (PostTradeRisk | Unset):
        pre_trade_risk (list[PreTradeRisk] | Unset):
    """

    template_account_id: int | Unset = UNSET
    name: str | Unset = UNSET
    initial_balance: float | Unset = UNSET
    default_auto_liq: PostTradeRisk | Unset = UNSET
    pre_trade_risk: list[PreTradeRisk] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_account_id = self.template_account_id

        name = self.name

        initial_balance = self.initial_balance

        default_auto_liq: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_auto_liq, Unset):
            default_auto_liq = self.default_auto_liq.to_dict()

        pre_trade_risk: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pre_trade_risk, Unset):
            pre_trade_risk = []
            for pre_trade_risk_item_data in self.pre_trade_risk:
                pre_trade_risk_item = pre_trade_risk_item_data.to_dict()
                pre_trade_risk.append(pre_trade_risk_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template_account_id is not UNSET:
            field_dict["templateAccountId"] = template_account_id
        if name is not UNSET:
            field_dict["name"] = name
        if initial_balance is not UNSET:
            field_dict["initialBalance"] = initial_balance
        if default_auto_liq is not UNSET:
            field_dict["defaultAutoLiq"] = default_auto_liq
        if pre_trade_risk is not UNSET:
            field_dict["preTradeRisk"] = pre_trade_risk

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.post_trade_risk import PostTradeRisk
        from ..models.pre_trade_risk import PreTradeRisk

        d = dict(src_dict)
        template_account_id = d.pop("templateAccountId", UNSET)

        name = d.pop("name", UNSET)

        initial_balance = d.pop("initialBalance", UNSET)

        _default_auto_liq = d.pop("defaultAutoLiq", UNSET)
        default_auto_liq: PostTradeRisk | Unset
        if isinstance(_default_auto_liq, Unset):
            default_auto_liq = UNSET
        else:
            default_auto_liq = PostTradeRisk.from_dict(_default_auto_liq)

        _pre_trade_risk = d.pop("preTradeRisk", UNSET)
        pre_trade_risk: list[PreTradeRisk] | Unset = UNSET
        if _pre_trade_risk is not UNSET:
            pre_trade_risk = []
            for pre_trade_risk_item_data in _pre_trade_risk:
                pre_trade_risk_item = PreTradeRisk.from_dict(pre_trade_risk_item_data)

                pre_trade_risk.append(pre_trade_risk_item)

        open_demo_account = cls(
            template_account_id=template_account_id,
            name=name,
            initial_balance=initial_balance,
            default_auto_liq=default_auto_liq,
            pre_trade_risk=pre_trade_risk,
        )

        open_demo_account.additional_properties = d
        return open_demo_account

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
