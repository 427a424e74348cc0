"""The store's modules use each other's small public surface, and no two import each other.

`duban.store.database` calls the queries of `duban.store.search` and `duban.store.compare`;
they read the store through `duban.store.rows` (the row makers and the `Store` surface), never
through `duban.store.database`."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

STORE = Path(__file__).resolve().parents[1] / "src" / "duban" / "store"


def imports(path: Path) -> set[str]:
    """Every duban module ``path`` imports, at the top or inside a function or a type-checking block."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("duban"):
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}  # from duban.store import grams
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("duban")}
    return found


MODULES = {f"duban.store.{p.stem}": imports(p) for p in STORE.glob("*.py") if p.stem != "__init__"}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_two_store_modules_import_each_other(module):
    mutual = [other for other in MODULES[module] if other in MODULES and module in MODULES[other]]
    assert mutual == [], f"{module} and {mutual} import each other"


@pytest.mark.parametrize("module,must_not", [
    ("duban.store.search", "duban.store.database"),
    ("duban.store.compare", "duban.store.database"),
    ("duban.store.rows", "duban.store.database"),
])
def test_the_query_modules_read_the_store_through_its_public_rows(module, must_not):
    assert must_not not in MODULES[module]
