"""duban's web UI and HTTP API (`duban serve`): ``create_app(db_path)`` → a FastAPI app."""

from duban.web.app import create_app

__all__ = ["create_app"]
