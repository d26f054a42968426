"""A stand-in for a vendor's GitBook docs site on 127.0.0.1, in the vendors' page format.

Seed pages 000 (Tradevest) and 003 (Alternative Payments) are real examples of one page: a
heading, a section per operation with the spec as one compact ```json block repeating the
servers, security and components it needs, then the site's agent instructions. ``acme_site``
builds a dozen such pages for a made-up brokerage — one to four operations each, shared
schemas repeated on many pages, a models page, a non-API page, a page whose block is broken, a
block that is JSON but not valid OpenAPI, a page the index lists but the site answers 404 for,
and one schema defined differently on two pages — plus ``/llms.txt``. ``DocsSite`` serves them
with an ETag each, answers If-None-Match with 304 and records what was asked.
"""

from __future__ import annotations

import copy
import hashlib
import http.server
import json
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any

Spec = dict[str, Any]
API = "https://api.acme.test/v1"
AUTH = "https://auth.acme.test"
STRING: Spec = {"type": "string"}
AGENT_FOOTER = (
    "\n\n---\n\n# Agent Instructions: Querying This Documentation\n\nIf you need additional information that is not "
    "directly available in this page, you can query the documentation dynamically by asking a question.\n\n"
    "```\nGET {page}.md?ask=<question>\n```\n"
)

SCHEMAS: dict[str, Spec] = {
    "Error": {"type": "object", "properties": {"code": STRING, "message": STRING}, "required": ["code"]},
    "Address": {"type": "object", "properties": {"street": STRING, "city": STRING, "country": STRING}},
    "User": {
        "type": "object",
        "properties": {
            "id": STRING,
            "email": STRING,
            "name": STRING,
            "address": {"$ref": "#/components/schemas/Address"},
        },
        "required": ["id", "email"],
    },
    "Customer": {
        "type": "object",
        "properties": {"id": STRING, "kind": {"type": "string", "enum": ["legal", "natural"]}, "email": STRING},
        "required": ["id", "kind"],
    },
    "Label": {"type": "object", "properties": {"id": STRING, "text": STRING}, "required": ["id"]},
    "Document": {"type": "object", "properties": {"id": STRING, "title": STRING, "size": {"type": "integer"}}},
    "Onboarding": {
        "type": "object",
        "properties": {"id": STRING, "state": {"type": "string", "enum": ["open", "done"]}},
    },
    "Product": {"type": "object", "properties": {"id": STRING, "name": STRING}},
    "Transfer": {"type": "object", "properties": {"id": STRING, "amount": {"type": "number"}, "currency": STRING}},
    "Order": {"type": "object", "properties": {"id": STRING, "side": {"type": "string", "enum": ["buy", "sell"]}}},
    "Token": {"type": "object", "properties": {"access_token": STRING, "expires_in": {"type": "integer"}}},
}


# serve_forever polls for shutdown() twice a second by default: each stop would wait up to 0.5 s.
POLL = {"poll_interval": 0.02}


@dataclass(frozen=True)
class Op:
    method: str
    path: str
    operation_id: str
    summary: str
    returns: str  # a schema name; "[X]" for a list of X
    body: str | None = None


PAGES: dict[str, tuple[str, str, list[Op]]] = {
    # page path → (page title, tag, its operations)
    "authorization": (
        "Authorization",
        "Authorization",
        [Op("post", "/oauth2/token", "get-token", "Get Token", "Token")],
    ),
    "user-management/users": (
        "Users",
        "Users",
        [
            Op("get", "/users", "list-users", "List users", "[User]"),
            Op("post", "/users", "create-user", "Create a user", "User", body="User"),
            Op("get", "/users/{userId}", "get-user", "Get a user", "User"),
            Op("delete", "/users/{userId}", "delete-user", "Delete a user", "Error"),
        ],
    ),
    "customers/general": (
        "Customers",
        "Customers",
        [
            Op("get", "/customers", "list-customers", "List customers", "[Customer]"),
            Op("get", "/customers/{customerId}", "get-customer", "Get a customer", "Customer"),
        ],
    ),
    "customers/legal-entities": (
        "Legal Entities",
        "Customers",
        [
            Op(
                "post",
                "/customers/legal-entities",
                "create-legal-entity",
                "Create a legal entity",
                "Customer",
                "Customer",
            ),
        ],
    ),
    "customers/natural-persons": (
        "Natural Persons",
        "Customers",
        [
            Op(
                "post", "/customers/natural-persons", "create-natural-person", "Create a person", "Customer", "Customer"
            ),
            Op(
                "get",
                "/customers/natural-persons/{personId}/address",
                "get-person-address",
                "Get an address",
                "Address",
            ),
        ],
    ),
    "customers/customer-labels": (
        "Customer Labels",
        "Customers",
        [
            Op("get", "/customers/{customerId}/labels", "list-labels", "List labels", "[Label]"),
            Op("put", "/customers/{customerId}/labels", "set-labels", "Set labels", "[Label]", body="Label"),
        ],
    ),
    "documents/documents": (
        "Documents",
        "Documents",
        [
            Op("get", "/documents", "list-documents", "List documents", "[Document]"),
            Op("get", "/documents/{documentId}", "get-document", "Get a document", "Document"),
            Op("post", "/documents", "upload-document", "Upload a document", "Document", body="Document"),
        ],
    ),
    "onboardings/onboarding": (
        "Onboarding",
        "Onboardings",
        [
            Op("post", "/onboardings", "start-onboarding", "Start an onboarding", "Onboarding"),
            Op("get", "/onboardings/{onboardingId}", "get-onboarding", "Get an onboarding", "Onboarding"),
        ],
    ),
    "products/general": (
        "Products",
        "Products",
        [Op("get", "/products", "list-products", "List products", "[Product]")],
    ),
    "transfers/general": (
        "Transfers",
        "Transfers",
        [
            Op("get", "/transfers", "list-transfers", "List transfers", "[Transfer]"),
            Op("post", "/transfers", "create-transfer", "Create a transfer", "Transfer", body="Transfer"),
            Op("get", "/transfers/{transferId}", "get-transfer", "Get a transfer", "Transfer"),
        ],
    ),
    "transaction-history": (
        "Transaction History",
        "Transaction History",
        [
            Op("get", "/transactions", "list-transactions", "List transactions", "[Transfer]"),
        ],
    ),
    "asset-management/trading": (
        "Trading",
        "Trading",
        [
            Op("post", "/orders", "place-order", "Place an order", "Order", body="Order"),
            Op("get", "/orders", "list-orders", "List orders", "[Order]"),
        ],
    ),
}
MODELS_PAGE = "user-management/schemas"  # one block per schema, no operations
PROSE_PAGE = "webhooks"  # a guide: no block at all
MISSING_PAGE = "asset-management/strategy"  # listed by the index, 404 on the site
BROKEN = "asset-management/trading"  # its second block is cut off: not JSON
INVALID = "transaction-history"  # a second block that is JSON but not valid OpenAPI


def _refs(schema: object) -> set[str]:
    text = json.dumps(schema)
    return {part.split('"')[0] for part in text.split('"$ref": "#/components/schemas/')[1:]}


def _closure(names: set[str], schemas: dict[str, Spec]) -> dict[str, Spec]:
    found: dict[str, Spec] = {}
    todo = sorted(names)
    while todo:
        name = todo.pop()
        if name not in found:
            found[name] = schemas[name]
            todo += sorted(_refs(schemas[name]) - set(found))
    return dict(sorted(found.items()))


def operation_block(op: Op, tag: str, schemas: dict[str, Spec], title: str) -> Spec:
    listed = op.returns.startswith("[")
    name = op.returns.strip("[]")
    ref: Spec = {"$ref": f"#/components/schemas/{name}"}
    operation: Spec = {
        "summary": op.summary,
        "operationId": op.operation_id,
        "tags": [tag],
        "responses": {
            "200": {
                "description": "OK",
                "content": {"application/json": {"schema": {"type": "array", "items": ref} if listed else ref}},
            },
            "400": {
                "description": "Bad Request",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            },
        },
    }
    parameters = [
        {"name": p.strip("{}"), "in": "path", "required": True, "schema": STRING}
        for p in op.path.split("/")
        if p.startswith("{")
    ]
    if parameters:
        operation["parameters"] = parameters
    if op.body:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{op.body}"}}},
        }
    used = {name, "Error", *([op.body] if op.body else [])}
    auth = op.operation_id == "get-token"
    block: Spec = {
        "openapi": "3.0.1",
        "info": {"title": title, "version": "1.0"},
        "tags": [{"name": tag, "description": f"{tag} endpoints"}],
        "servers": [{"url": AUTH if auth else API, "description": "Test"}],
        "paths": {op.path: {op.method: operation}},
        "components": {"schemas": _closure(used, schemas)},
    }
    if not auth:
        block["security"] = [{"Bearer": []}]
        block["components"]["securitySchemes"] = {"Bearer": {"type": "http", "scheme": "bearer"}}
    return block


def _section(heading: str, block: object, *, raw: str | None = None) -> str:
    text = raw if raw is not None else json.dumps(block, separators=(",", ":"))
    return f"## {heading}\n\n> {heading} with the Acme API&#x20;\n\n```json\n{text}\n```\n"


@dataclass
class AcmeSite:
    """The pages as the test wants them: edit ``schemas``/``pages``/``extra`` and call ``files()``."""

    base: str
    schemas: dict[str, Spec] = field(default_factory=lambda: copy.deepcopy(SCHEMAS))
    pages: dict[str, tuple[str, str, list[Op]]] = field(default_factory=lambda: copy.deepcopy(PAGES))
    conflict: bool = True  # legal-entities' Customer has an email format the general page lacks
    extra_pages: dict[str, str] = field(default_factory=dict)  # path → markdown, listed in llms.txt too

    def page_markdown(self, path: str) -> str:
        title, tag, ops = self.pages[path]
        schemas = copy.deepcopy(self.schemas)
        if self.conflict and path == "customers/legal-entities":
            schemas["Customer"]["properties"]["email"] = {"type": "string", "format": "email"}
        sections = [_section(op.summary, operation_block(op, tag, schemas, title)) for op in ops]
        if path == BROKEN:
            sections.append(_section("Cancel an order", None, raw='{"openapi":"3.0.1","paths":{"/orders/{id}":'))
        if path == INVALID:
            bad = operation_block(
                Op("get", "/transactions/{id}", "get-transaction", "Get one", "Transfer"), tag, schemas, title
            )
            del bad["paths"]["/transactions/{id}"]["get"]["responses"]["200"]["description"]  # required in 3.0
            sections.append(_section("Get a transaction", bad))
        return f"# {title}\n\n" + "\n".join(sections) + AGENT_FOOTER.format(page=f"{self.base}/api-reference/{path}")

    def models_markdown(self) -> str:
        sections = []
        for name in ("User", "Address", "Error"):
            block = {"openapi": "3.0.1", "info": {"title": "Schemas", "version": "1.0"},
                     "components": {"schemas": _closure({name}, self.schemas)}}  # fmt: skip
            sections.append(f"## The {name} object\n\n```json\n{json.dumps(block, separators=(',', ':'))}\n```\n")
        return "# Schemas\n\n" + "\n".join(sections)

    def llms(self) -> str:
        listed = [*self.pages, MODELS_PAGE, PROSE_PAGE, MISSING_PAGE, *self.extra_pages]
        links = "\n".join(
            f"- [{p.rsplit('/', 1)[-1].replace('-', ' ').title()}]({self.base}/api-reference/{p}.md)" for p in listed
        )
        return (
            "# Acme Brokerage\n\n> Acme's partner API.\n\n## Documentation\n\n"
            f"- [Overview]({self.base}/documentation/overview.md)\n\n## API Reference\n\n{links}\n"
        )

    def files(self) -> dict[str, bytes]:
        found = {f"/api-reference/{p}.md": self.page_markdown(p).encode() for p in self.pages}
        found[f"/api-reference/{MODELS_PAGE}.md"] = self.models_markdown().encode()
        found[f"/api-reference/{PROSE_PAGE}.md"] = b"# Webhooks\n\nAcme calls your endpoint on every order event.\n"
        found |= {f"/api-reference/{p}.md": text.encode() for p, text in self.extra_pages.items()}
        found["/llms.txt"] = self.llms().encode()
        found["/documentation/overview.md"] = b"# Overview\n\nNot part of the API reference.\n"
        return found

    def operations(self) -> int:
        return sum(len(ops) for _, _, ops in self.pages.values()) + sum(
            t.count("```json") for t in self.extra_pages.values()
        )


class QuietServer(http.server.ThreadingHTTPServer):
    """A client that hangs up mid-answer (its deadline: what a test is about) is not an error to print.
    A harvest opens a connection per page at once: socketserver's backlog of 5 would drop the rest,
    each retried by the kernel a second later."""

    request_queue_size = 128

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class DocsSite:
    """Serves ``files`` (path → bytes) with an ETag each; If-None-Match → 304. ``hits`` records
    (path, If-None-Match, status); ``delay`` (path → seconds per 100 bytes) trickles a page."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.hits: list[tuple[str, str | None, int]] = []
        self.trickle: set[str] = set()
        self.latency = 0.0  # seconds before every answer (a far-away server)
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                time.sleep(site.latency)
                body = site.files.get(self.path)
                asked = self.headers.get("If-None-Match")
                if body is None:
                    site.hits.append((self.path, asked, 404))
                    self.send_response(404)
                    self.send_header("Content-Length", "9")
                    self.end_headers()
                    self.wfile.write(b"not found")
                    return
                etag = f'"{hashlib.sha256(body).hexdigest()[:16]}"'
                status = 304 if asked == etag else 200
                site.hits.append((self.path, asked, status))
                self.send_response(status)
                self.send_header("ETag", etag)
                if status == 304:
                    self.end_headers()
                    return
                self.send_header("Content-Type", "text/markdown; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                for start in range(0, len(body), 100 if self.path in site.trickle else len(body) or 1):
                    if self.path in site.trickle:
                        time.sleep(0.5)
                    self.wfile.write(body[start : start + 100 if self.path in site.trickle else None])

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = QuietServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs=POLL, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
