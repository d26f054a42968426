from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_order_strategy_action import StartOrderStrategyAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartOrderStrategy")


@_attrs_define
class StartOrderStrategy:
    """
    Attributes:
        symbol (str):
        order_strategy_type_id (int):
        action (StartOrderStrategyAction): Buy, Sell
        account_id (int | Unset):
        account_spec (str | Unset):
        params (str | Unset):
        uuid (str | Unset):
        custom_tag_50 (str | Unset):
        is_automated (bool | Unset):
    """

    symbol: str
    order_strategy_type_id: int
    action: StartOrderStrategyAction
    account_id: int | Unset = UNSET
    account_spec: str | Unset = UNSET
    params: str | Unset = UNSET
    uuid: str | Unset = UNSET
    custom_tag_50: str | Unset = UNSET
    is_automated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        order_strategy_type_id = self.order_strategy_type_id

        action = self.action.value

        account_id = self.account_id

        account_spec = self.account_spec

        params = self.params

        uuid = self.uuid

        custom_tag_50 = self.custom_tag_50

        is_automated = self.is_automated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "orderStrategyTypeId": order_strategy_type_id,
                "action": action,
            }
        )
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if account_spec is not UNSET:
            field_dict["accountSpec"] = account_spec
        if params is not UNSET:
            field_dict["params"] = params
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if custom_tag_50 is not UNSET:
            field_dict["customTag50"] = custom_tag_50
        if is_automated is not UNSET:
            field_dict["isAutomated"] = is_automated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        order_strategy_type_id = d.pop("orderStrategyTypeId")

        action = StartOrderStrategyAction(d.pop("action"))

        account_id = d.pop("accountId", UNSET)

        account_spec = d.pop("accountSpec", UNSET)

        params = d.pop("params", UNSET)

        uuid = d.pop("uuid", UNSET)

        custom_tag_50 = d.pop("customTag50", UNSET)

        is_automated = d.pop("isAutomated", UNSET)

        start_order_strategy = cls(
            symbol=symbol,
            order_strategy_type_id=order_strategy_type_id,
            action=action,
            account_id=account_id,
            account_spec=account_spec,
            params=params,
            uuid=uuid,
            custom_tag_50=custom_tag_50,
            is_automated=is_automated,
        )

        start_order_strategy.additional_properties = d
        return start_order_strategy

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
