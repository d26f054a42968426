"""Hand-documented mutations of the vendored Tradovate spec: "version 2" for the watch tests and
the specdiff benchmark (no older public Tradovate spec is available offline; see the README).

Each mutation edits a parsed spec in place and says what a reviewer would call it and whether a
client breaks (``breaking``, judged by the project's rules with tolerant Tradovate enums).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Spec = dict[str, Any]


@dataclass(frozen=True)
class Mutation:
    name: str
    breaking: bool
    apply: Callable[[Spec], None]
    operation: str = ""  # "METHOD /path" a peer tool would name, for agreement counts


def _schemas(spec: Spec) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def remove_operation(path: str) -> Callable[[Spec], None]:
    return lambda spec: spec["paths"].pop(path)


def add_operation(spec: Spec) -> None:
    spec["paths"]["/order/suspendorder"] = {
        "post": {
            "operationId": "suspend-order",
            "summary": "Suspend Order",
            "tags": ["Orders"],
            "requestBody": {
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CancelOrder"}}},
            },
            "responses": {
                "200": {
                    "description": "CommandResult",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CommandResult"}}},
                }
            },
        }
    }


def add_required_request_field(schema: str, field: str) -> Callable[[Spec], None]:
    def apply(spec: Spec) -> None:
        target = _schemas(spec)[schema]
        target["properties"][field] = {"type": "string"}
        target.setdefault("required", []).append(field)

    return apply


def remove_field(schema: str, field: str) -> Callable[[Spec], None]:
    def apply(spec: Spec) -> None:
        target = _schemas(spec)[schema]
        del target["properties"][field]
        if field in target.get("required", []):
            target["required"].remove(field)

    return apply


def add_enum_value(schema: str, value: str) -> Callable[[Spec], None]:
    return lambda spec: _schemas(spec)[schema]["enum"].append(value)


def remove_enum_value(schema: str, value: str) -> Callable[[Spec], None]:
    return lambda spec: _schemas(spec)[schema]["enum"].remove(value)


def add_optional_field(schema: str, field: str) -> Callable[[Spec], None]:
    return lambda spec: _schemas(spec)[schema]["properties"].__setitem__(field, {"type": "string"})


def change_type(schema: str, field: str, new_type: str) -> Callable[[Spec], None]:
    return lambda spec: _schemas(spec)[schema]["properties"].__setitem__(field, {"type": new_type})


def make_required(schema: str, field: str) -> Callable[[Spec], None]:
    return lambda spec: _schemas(spec)[schema].setdefault("required", []).append(field)


def move_response(path: str, method: str, old: str, new: str) -> Callable[[Spec], None]:
    def apply(spec: Spec) -> None:
        responses = spec["paths"][path][method]["responses"]
        responses[new] = responses.pop(old)

    return apply


PLACE = "POST /order/placeorder"

# The four breaking kinds the issue names, plus a new operation.
V2_CHANGES = [
    Mutation("operation removed", True, remove_operation("/userPlugin/list"), "GET /userPlugin/list"),
    Mutation(
        "required request field added",
        True,
        add_required_request_field("PlaceOrder", "venue"),
        "POST /order/placeorder",
    ),
    Mutation("response field removed", True, remove_field("PlaceOrderResult", "orderId"), PLACE),
    Mutation("response enum value added", False, add_enum_value("OrderOrdStatus", "Paused")),
    Mutation("operation added", False, add_operation, "POST /order/suspendorder"),
]

# Twenty for the benchmark: 13 breaking, 7 compatible by the project's rules.
TWENTY = [
    *V2_CHANGES,
    Mutation("operation removed", True, remove_operation("/organization/suggest"), "GET /organization/suggest"),
    Mutation("operation removed", True, remove_operation("/contactInfo/ldeps"), "GET /contactInfo/ldeps"),
    Mutation("request field removed", True, remove_field("PlaceOrder", "price"), PLACE),
    Mutation("request field made required", True, make_required("PlaceOrder", "accountId"), PLACE),
    Mutation(
        "request field type changed", True, change_type("PlaceOrder", "orderQty", "string"), "POST /order/placeorder"
    ),
    Mutation("response field type changed", True, change_type("Order", "accountId", "string")),
    Mutation("response field removed", True, remove_field("Order", "timestamp")),
    Mutation(
        "request enum value removed", True, remove_enum_value("PlaceOrderOrderType", "QTS"), "POST /order/placeorder"
    ),
    Mutation("response status 200 → 201", True, move_response("/order/list", "get", "200", "201"), "GET /order/list"),
    Mutation(
        "required request field added",
        True,
        add_required_request_field("CancelOrder", "reason"),
        "POST /order/cancelorder",
    ),
    Mutation("response enum value added", False, add_enum_value("PlaceOrderResultFailureReason", "VenueClosed")),
    Mutation("optional response field added", False, add_optional_field("Order", "venue")),
    Mutation("optional request field added", False, add_optional_field("PlaceOrder", "note")),
    Mutation("optional response field added", False, add_optional_field("Account", "region")),
    Mutation("response enum value added", False, add_enum_value("OrderAction", "SellShort")),
]


def mutated(spec: Spec, mutations: list[Mutation]) -> Spec:
    import copy

    result = copy.deepcopy(spec)
    for mutation in mutations:
        mutation.apply(result)
    return result


def camel_case_operation_ids(spec: Spec) -> None:
    """Tradovate's 2021 style (``acceptTradingPermission``) for the 2026 kebab case it publishes
    now (``accept-trading-permission``): the restyle between the two real versions of its spec."""
    for item in spec["paths"].values():
        for operation in item.values():
            head, *rest = operation["operationId"].split("-")
            operation["operationId"] = head + "".join(word[:1].upper() + word[1:] for word in rest)
