from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_strategy_action import OrderStrategyAction
from ..models.order_strategy_status import OrderStrategyStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderStrategy")


@_attrs_define
class OrderStrategy:
    """
    Attributes:
        account_id (int):
        timestamp (datetime.datetime):
        contract_id (int):
        order_strategy_type_id (int):
        action (OrderStrategyAction): Buy, Sell
        status (OrderStrategyStatus): ActiveStrategy, ExecutionFailed, ExecutionFinished, ExecutionInterrupted,
            InactiveStrategy, NotEnoughLiquidity, StoppedByUser
        id (int | Unset):
        initiator_id (int | Unset):
        params (str | Unset):
        uuid (str | Unset):
        failure_message (str | Unset):
        sender_id (int | Unset):
        custom_tag_50 (str | Unset):
        user_session_id (int | Unset):
    """

    account_id: int
    timestamp: datetime.datetime
    contract_id: int
    order_strategy_type_id: int
    action: OrderStrategyAction
    status: OrderStrategyStatus
    id: int | Unset = UNSET
    initiator_id: int | Unset = UNSET
    params: str | Unset = UNSET
    uuid: str | Unset = UNSET
    failure_message: str | Unset = UNSET
    sender_id: int | Unset = UNSET
    custom_tag_50: str | Unset = UNSET
    user_session_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        timestamp = self.timestamp.isoformat()

        contract_id = self.contract_id

        order_strategy_type_id = self.order_strategy_type_id

        action = self.action.value

        status = self.status.value

        id = self.id

        initiator_id = self.initiator_id

        params = self.params

        uuid = self.uuid

        failure_message = self.failure_message

        sender_id = self.sender_id

        custom_tag_50 = self.custom_tag_50

        user_session_id = self.user_session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "timestamp": timestamp,
                "contractId": contract_id,
                "orderStrategyTypeId": order_strategy_type_id,
                "action": action,
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if initiator_id is not UNSET:
            field_dict["initiatorId"] = initiator_id
        if params is not UNSET:
            field_dict["params"] = params
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if failure_message is not UNSET:
            field_dict["failureMessage"] = failure_message
        if sender_id is not UNSET:
            field_dict["senderId"] = sender_id
        if custom_tag_50 is not UNSET:
            field_dict["customTag50"] = custom_tag_50
        if user_session_id is not UNSET:
            field_dict["userSessionId"] = user_session_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        contract_id = d.pop("contractId")

        order_strategy_type_id = d.pop("orderStrategyTypeId")

        action = OrderStrategyAction(d.pop("action"))

        status = OrderStrategyStatus(d.pop("status"))

        id = d.pop("id", UNSET)

        initiator_id = d.pop("initiatorId", UNSET)

        params = d.pop("params", UNSET)

        uuid = d.pop("uuid", UNSET)

        failure_message = d.pop("failureMessage", UNSET)

        sender_id = d.pop("senderId", UNSET)

        custom_tag_50 = d.pop("customTag50", UNSET)

        user_session_id = d.pop("userSessionId", UNSET)

        order_strategy = cls(
            account_id=account_id,
            timestamp=timestamp,
            contract_id=contract_id,
            order_strategy_type_id=order_strategy_type_id,
            action=action,
            status=status,
            id=id,
            initiator_id=initiator_id,
            params=params,
            uuid=uuid,
            failure_message=failure_message,
            sender_id=sender_id,
            custom_tag_50=custom_tag_50,
            user_session_id=user_session_id,
        )

        order_strategy.additional_properties = d
        return order_strategy

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
