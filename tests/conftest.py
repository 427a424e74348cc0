"""Fixtures shared by the web tests. A module that defines ``db_path`` (the store it serves)
gets, on that store, ``client`` (the app under FastAPI's test client) and ``db`` (read-only)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from duban.store import Database
from duban.web import create_app


@pytest.fixture(scope="module")
def client(db_path: Path) -> TestClient:
    return TestClient(create_app(db_path), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def db(db_path: Path) -> Database:
    return Database.open_read_only(db_path)
