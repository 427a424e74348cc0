"""Every route and every parameter of the web app, fed hostile values: the answer is a 2xx,
400, 404, 422 or 503 with a Chinese message, never a 500.

The API's routes and parameters are read from ``/api/v1/openapi.json`` (a new route is
fuzzed without touching this file); the HTML pages, left out of the schema, are listed
below with theirs.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from urllib.parse import quote

import pytest

warnings.filterwarnings("ignore", message=".*httpx.*", category=DeprecationWarning)

from test_web_api import make_db  # noqa: E402

# Values a client may send by mistake or on purpose.
HOSTILE = [
    "99999999999999999999", "-99999999999999999999", "9223372036854775807", "9223372036854775808", "-1", "0",
    "1e309", "NaN", "1.5", "", " ", "'", "\"", "' OR 1=1 --", "%", "_", "%%", "\\", "\x00", "a\x00b", "\x1b[31m",
    "../../../etc/passwd", "<script>alert(1)</script>", "乡", "😀" * 3, "x" * 5000, "true", "null", "[]",
]
# The HTML pages (not in the OpenAPI schema) and their parameters.
PAGES = {
    "/documents": ["level", "county", "year", "type", "q", "sort", "limit", "offset"],
    "/documents/{ref}": ["ref", "hl"],
    "/facts": ["org", "unit", "kind", "domain", "part", "year", "doc", "sort", "limit", "offset"],
    "/search": ["q", "limit", "offset"],
    "/compare": ["doc", "q", "pick"],
    "/track": ["limit", "offset"],
    "/track/{org}": ["org", "plan"],
}
ALLOWED = {200, 400, 404, 422, 503}
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_db(tmp_path_factory.mktemp("fuzz"))


@pytest.fixture(scope="module")
def valid(db) -> dict[str, str]:
    """A valid value for each parameter that a route needs, so that only one is hostile."""
    doc = db.documents()[0]
    fact = db.facts()[0]
    return {"ref": str(doc["id"]), "fact_id": str(fact["id"]), "q": "乡村振兴", "org": doc["org_name"] or "某乡",
            "doc": str(doc["id"])}


def routes(client) -> list[tuple[str, list[str]]]:
    schema = client.get("/api/v1/openapi.json").json()
    found = []
    for path, methods in schema["paths"].items():
        if "get" in methods:
            found.append((path, [p["name"] for p in methods["get"].get("parameters", [])]))
    return found + list(PAGES.items())


def url_for(path: str, params: list[str], hostile: str, target: str, valid: dict[str, str]) -> str:
    query = []
    for name in params:
        value = hostile if name == target else valid.get(name)
        if "{" + name + "}" in path:
            path = path.replace("{" + name + "}", quote(value or "x", safe=""))
        elif value is not None:
            query.append(f"{name}={quote(value, safe='')}")
    return path + ("?" + "&".join(query) if query else "")


def test_the_schema_names_every_api_route(client):
    paths = {p for p, _ in routes(client)}
    assert {"/api/v1/documents", "/api/v1/documents/{ref}", "/api/v1/facts", "/api/v1/facts/{fact_id}",
            "/api/v1/facts.csv", "/api/v1/facts.xlsx", "/api/v1/search", "/api/v1/compare"} <= paths


def test_no_parameter_of_any_route_gives_a_server_error(client, valid):
    failures = []
    tried = 0
    for path, params in routes(client):
        for target in params:
            for hostile in HOSTILE:
                url = url_for(path, params, hostile, target, valid)
                r = client.get(url)
                tried += 1
                if r.status_code not in ALLOWED:
                    failures.append((url[:120], r.status_code, r.text[:200]))
                elif r.status_code >= 400:
                    message = r.json()["error"]["message"] if url.startswith("/api/") else r.text
                    if not CJK.search(message):
                        failures.append((url[:120], r.status_code, "no Chinese in " + message[:200]))
    assert tried > 500
    assert not failures, failures[:10]


@pytest.mark.parametrize("url, status", [
    ("/api/v1/documents/99999999999999999999", 404),
    ("/api/v1/facts/99999999999999999999", 400),
    ("/api/v1/facts?doc=99999999999999999999", 404),
    ("/api/v1/facts?offset=99999999999999999999", 400),
    ("/api/v1/search?q=乡村振兴&limit=0", 400),
    ("/search?q=乡村振兴&limit=0", 400),
    ("/api/v1/facts.csv?doc=%27", 404),
    ("/api/v1/facts.xlsx?doc=%00", 400),
    ("/api/v1/compare?doc=1&doc=99999999999999999999", 404),
    ("/api/v1/track/x?plan=99999999999999999999", 400),
])
def test_the_probes_that_once_were_500(client, url, status):
    r = client.get(url)
    assert r.status_code == status, r.text[:300]
    message = r.json()["error"]["message"] if url.startswith("/api/") else r.text
    assert CJK.search(message)


def test_org_filter_matches_percent_and_underscore_literally(client, db):
    everything = client.get("/api/v1/facts?limit=0").json()["total"]
    assert everything > 0
    for wildcard in ("%", "_", "%%", "_%"):
        assert client.get(f"/api/v1/facts?org={quote(wildcard)}&limit=0").json()["total"] == 0, wildcard
        assert db.facts(org=wildcard) == []
    name = db.documents()[0]["org_name"]
    assert client.get(f"/api/v1/facts?org={quote(name[1:3])}&limit=0").json()["total"] > 0
