from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_trade_risk import PostTradeRisk
    from ..models.pre_trade_risk import PreTradeRisk


T = TypeVar("T", bound="EvaluationAccount")


@_attrs_define
class EvaluationAccount:
    """
    Attributes:
        user_id (int):
        template_account_id (int):
        name (str):
        initial_balance (float):
        pre_trade_risk (list[PreTradeRisk] | Unset):
        post_trade_risk (PostTradeRisk | Unset):
    """

    user_id: int
    template_account_id: int
    name: str
    initial_balance: float
    pre_trade_risk: list[PreTradeRisk] | Unset = UNSET
    post_trade_risk: PostTradeRisk | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        template_account_id = self.template_account_id

        name = self.name

        initial_balance = self.initial_balance

        pre_trade_risk: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pre_trade_risk, Unset):
            pre_trade_risk = []
            for pre_trade_risk_item_data in self.pre_trade_risk:
                pre_trade_risk_item = pre_trade_risk_item_data.to_dict()
                pre_trade_risk.append(pre_trade_risk_item)

        post_trade_risk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.post_trade_risk, Unset):
            post_trade_risk = self.post_trade_risk.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "templateAccountId": template_account_id,
                "name": name,
                "initialBalance": initial_balance,
            }
        )
        if pre_trade_risk is not UNSET:
            field_dict["preTradeRisk"] = pre_trade_risk
        if post_trade_risk is not UNSET:
            field_dict["postTradeRisk"] = post_trade_risk

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.post_trade_risk import PostTradeRisk
        from ..models.pre_trade_risk import PreTradeRisk

        d = dict(src_dict)
        user_id = d.pop("userId")

        template_account_id = d.pop("templateAccountId")

        name = d.pop("name")

        initial_balance = d.pop("initialBalance")

        _pre_trade_risk = d.pop("preTradeRisk", UNSET)
        pre_trade_risk: list[PreTradeRisk] | Unset = UNSET
        if _pre_trade_risk is not UNSET:
            pre_trade_risk = []
            for pre_trade_risk_item_data in _pre_trade_risk:
                pre_trade_risk_item = PreTradeRisk.from_dict(pre_trade_risk_item_data)

                pre_trade_risk.append(pre_trade_risk_item)

        _post_trade_risk = d.pop("postTradeRisk", UNSET)
        post_trade_risk: PostTradeRisk | Unset
        if isinstance(_post_trade_risk, Unset):
            post_trade_risk = UNSET
        else:
            post_trade_risk = PostTradeRisk.from_dict(_post_trade_risk)

        evaluation_account = cls(
            user_id=user_id,
            template_account_id=template_account_id,
            name=name,
            initial_balance=initial_balance,
            pre_trade_risk=pre_trade_risk,
            post_trade_risk=post_trade_risk,
        )

        evaluation_account.additional_properties = d
        return evaluation_account

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
