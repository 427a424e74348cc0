"""The SQLite store: ``Database(path)`` opens (creating and migrating) a duban database."""

from duban.store.database import Database, IngestReport, IngestResult, Table
from duban.store.migrations import current_version

__all__ = ["Database", "IngestReport", "IngestResult", "Table", "current_version"]
