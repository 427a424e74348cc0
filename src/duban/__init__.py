"""duban (督办): Chinese local-government work reports → grounded, queryable facts.

The small public API, mirrored by the ``duban`` command line::

    import duban
    doc = duban.read("report.docx")        # read → clean → structure → extract
    doc.facts[0].text, doc.facts[0].start  # every fact points at the original text
    db = duban.open_db("duban.db")         # the SQLite store
    db.ingest(["reports/"])
"""

from __future__ import annotations

from pathlib import Path

from duban.document import Document, Fact, MetaField, OffsetMap, Part, Section, Span
from duban.errors import DubanError, E

# The stage package `duban.read` shares its name with the function `duban.read` below.
# Importing a submodule sets it as an attribute of its parent package, so the package is
# imported here first and the function defined after it takes the name for good.
import duban.read as _read_stage  # noqa: E402,F401  isort: skip

__version__ = "0.1.0"

__all__ = [
    "Document", "Fact", "MetaField", "OffsetMap", "Part", "Section", "Span",
    "DubanError", "E", "read", "open_db", "process", "__version__",
]


def read(path: str | Path, *, process: bool = True) -> Document:
    """Read one report file into a `Document`, run through the whole pipeline by default.

    Raises `DubanError` with a catalogued reason for a file that cannot be read.
    """
    from duban.pipeline import process as run_pipeline
    from duban.read import read_file

    doc = read_file(path)
    return run_pipeline(doc) if process else doc


def process(doc: Document) -> Document:
    """Run clean → structure → extract over a `Document` that was read without it."""
    from duban.pipeline import process as run_pipeline

    return run_pipeline(doc)


def open_db(path: str | Path = "duban.db"):
    """Open (creating and migrating if needed) the SQLite store at ``path``."""
    from duban.store import Database

    return Database(path)
