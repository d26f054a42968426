"""The full Tradovate client generated from upstream + overlay: what the repairs promise.

Pure checks of generated code (signatures, request building) and one request through an
`httpx.MockTransport`; the sandbox tests cover the auth endpoints end to end.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import httpx
import pytest
import tradovate_client.api as api_package
from tradovate_client import AuthenticatedClient, Client
from tradovate_client.api.accounting import account_items, account_list
from tradovate_client.api.authentication import access_token_request, o_auth_token
from tradovate_client.api.contract_library import contract_l_dependents
from tradovate_client.api.orders import place_order


def endpoint_modules() -> list[ModuleType]:
    found = []
    for tag in pkgutil.iter_modules(api_package.__path__):
        package = importlib.import_module(f"{api_package.__name__}.{tag.name}")
        found += [
            importlib.import_module(f"{package.__name__}.{m.name}") for m in pkgutil.iter_modules(package.__path__)
        ]
    return found


def test_every_published_operation_is_generated_and_none_takes_an_authorization_argument() -> None:
    modules = endpoint_modules()
    folder = Path(__file__).parents[2] / "openapi" / "tradovate"
    spec = json.loads((folder / "openapi.json").read_text())
    published = sum(len(item) for item in spec["paths"].values())
    upstream = json.loads((folder / "upstream.json").read_text())

    # Follows the vendored spec (an upstream update may add or remove operations): the overlay
    # drops none of the vendor's, and every one is generated.
    assert published == sum(len(item) for item in upstream["paths"].values())
    assert len(modules) == published
    takes_authorization = [
        m.__name__ for m in modules if "authorization" in inspect.signature(m._get_kwargs).parameters
    ]
    assert takes_authorization == []


def test_authenticated_operations_demand_an_authenticated_client_and_logins_do_not() -> None:
    assert inspect.signature(account_list.sync_detailed).parameters["client"].annotation is AuthenticatedClient
    for login in (access_token_request, o_auth_token):
        annotation = inspect.signature(login.sync_detailed).parameters["client"].annotation
        assert annotation == AuthenticatedClient | Client


def test_request_bodies_are_required() -> None:
    body = inspect.signature(place_order._get_kwargs).parameters["body"]

    assert body.default is inspect.Parameter.empty
    assert "Unset" not in str(body.annotation)


def test_id_lists_are_sent_comma_separated_as_the_vendor_documents() -> None:
    assert account_items._get_kwargs(ids=[1, 22, 333])["params"] == {"ids": "1,22,333"}
    assert contract_l_dependents._get_kwargs(masterids=[7])["params"] == {"masterids": "7"}

    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    transport = httpx.MockTransport(answer)
    client = AuthenticatedClient("https://demo.tradovateapi.com/v1", token="t0k3n", httpx_args={"transport": transport})
    assert account_items.sync(client=client, ids=[1, 2]) == []
    assert seen[0].url.params.get_list("ids") == ["1,2"]
    assert seen[0].headers["authorization"] == "Bearer t0k3n"


def test_asking_for_one_model_imports_its_module_and_not_all_278() -> None:
    code = (
        "import sys\n"
        "from tradovate_client.models import AccessTokenRequest\n"
        "loaded = [m for m in sys.modules if m.startswith('tradovate_client.models.')]\n"
        "apis = [m for m in sys.modules if m.startswith('tradovate_client.api.')]\n"
        "print(len(loaded), len(apis), AccessTokenRequest.__module__)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)

    loaded, apis, module = result.stdout.split()
    assert module == "tradovate_client.models.access_token_request"
    assert int(loaded) < 5, "a model and the few it refers to, not the whole package"
    assert int(apis) == 0


def test_every_listed_model_resolves_lazily() -> None:
    import tradovate_client.models as models

    assert len(models.__all__) == 279  # 278 from the spec, ErrorText from the overlay
    assert all(isinstance(getattr(models, name), type) for name in models.__all__)
    with pytest.raises(AttributeError, match="has no attribute 'NoSuchModel'"):
        models.NoSuchModel  # noqa: B018


# -- tolerant models (issue 14, point 1): what a vendor may add does not break a call -------


def an_order(**changes: object) -> dict[str, object]:
    wire: dict[str, object] = {
        "id": 7,
        "accountId": 1,
        "contractId": 2,
        "timestamp": "2026-12-02T06:00:00Z",
        "action": "Buy",
        "ordStatus": "Working",
        "admin": False,
    }
    wire.update(changes)
    return wire


def test_an_enum_value_the_spec_does_not_list_is_kept_and_distinguishable() -> None:
    from tradovate_client.models import Order, OrderOrdStatus

    order = Order.from_dict(an_order(ordStatus="PendingReplaceV2"))

    status = order.ord_status
    assert isinstance(status, OrderOrdStatus)
    assert status.value == "PendingReplaceV2"
    assert status == "PendingReplaceV2"
    assert str(status) == "PendingReplaceV2"
    assert status.is_known is False
    assert all(status != member for member in OrderOrdStatus)
    assert status not in list(OrderOrdStatus), "the listed members stay the spec's"
    assert order.to_dict()["ordStatus"] == "PendingReplaceV2", "sent back as received"


def test_a_listed_enum_value_is_the_member_itself() -> None:
    from tradovate_client.models import Order, OrderOrdStatus

    order = Order.from_dict(an_order())

    assert order.ord_status is OrderOrdStatus.WORKING
    assert order.ord_status.is_known is True


def test_an_enum_value_that_is_not_a_string_is_still_refused() -> None:
    from tradovate_client.models import OrderAction

    with pytest.raises(ValueError, match="is not a valid OrderAction"):
        OrderAction(5)  # type: ignore[arg-type]


def test_a_field_the_spec_does_not_list_is_kept() -> None:
    from tradovate_client.models import Order

    order = Order.from_dict(an_order(routeHint="fast", nested={"a": [1]}))

    assert order.additional_properties == {"routeHint": "fast", "nested": {"a": [1]}}
    assert order.to_dict()["routeHint"] == "fast"
