from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sharding_expression import ShardingExpression


T = TypeVar("T", bound="SyncRequest")


@_attrs_define
class SyncRequest:
    """
    Attributes:
        users (list[int] | Unset):
        accounts (list[int] | Unset):
        split_responses (bool | Unset):
        cutoff_timestamp (datetime.datetime | Unset):
        entity_types (list[str] | Unset):
        sharding_expression (ShardingExpression | Unset):
        full_org_snapshot (bool | Unset):
    """

    users: list[int] | Unset = UNSET
    accounts: list[int] | Unset = UNSET
    split_responses: bool | Unset = UNSET
    cutoff_timestamp: datetime.datetime | Unset = UNSET
    entity_types: list[str] | Unset = UNSET
    sharding_expression: ShardingExpression | Unset = UNSET
    full_org_snapshot: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users: list[int] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        accounts: list[int] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = self.accounts

        split_responses = self.split_responses

        cutoff_timestamp: str | Unset = UNSET
        if not isinstance(self.cutoff_timestamp, Unset):
            cutoff_timestamp = self.cutoff_timestamp.isoformat()

        entity_types: list[str] | Unset = UNSET
        if not isinstance(self.entity_types, Unset):
            entity_types = self.entity_types

        sharding_expression: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sharding_expression, Unset):
            sharding_expression = self.sharding_expression.to_dict()

        full_org_snapshot = self.full_org_snapshot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if split_responses is not UNSET:
            field_dict["splitResponses"] = split_responses
        if cutoff_timestamp is not UNSET:
            field_dict["cutoffTimestamp"] = cutoff_timestamp
        if entity_types is not UNSET:
            field_dict["entityTypes"] = entity_types
        if sharding_expression is not UNSET:
            field_dict["shardingExpression"] = sharding_expression
        if full_org_snapshot is not UNSET:
            field_dict["fullOrgSnapshot"] = full_org_snapshot

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sharding_expression import ShardingExpression

        d = dict(src_dict)
        users = cast(list[int], d.pop("users", UNSET))

        accounts = cast(list[int], d.pop("accounts", UNSET))

        split_responses = d.pop("splitResponses", UNSET)

        _cutoff_timestamp = d.pop("cutoffTimestamp", UNSET)
        cutoff_timestamp: datetime.datetime | Unset
        if isinstance(_cutoff_timestamp, Unset):
            cutoff_timestamp = UNSET
        else:
            cutoff_timestamp = datetime.datetime.fromisoformat(_cutoff_timestamp)

        entity_types = cast(list[str], d.pop("entityTypes", UNSET))

        _sharding_expression = d.pop("shardingExpression", UNSET)
        sharding_expression: ShardingExpression | Unset
        if isinstance(_sharding_expression, Unset):
            sharding_expression = UNSET
        else:
            sharding_expression = ShardingExpression.from_dict(_sharding_expression)

        full_org_snapshot = d.pop("fullOrgSnapshot", UNSET)

        sync_request = cls(
            users=users,
            accounts=accounts,
            split_responses=split_responses,
            cutoff_timestamp=cutoff_timestamp,
            entity_types=entity_types,
            sharding_expression=sharding_expression,
            full_org_snapshot=full_org_snapshot,
        )

        sync_request.additional_properties = d
        return sync_request

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
