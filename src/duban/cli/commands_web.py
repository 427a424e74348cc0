"""`duban serve` (the web UI and HTTP API) and `duban search` (its full-text search on the command line)."""

from __future__ import annotations

import os
import re
from typing import Annotated

import typer
from rich import box
from rich.table import Table
from rich.text import Text

from duban.cli.app import DbOpt, JsonOpt, app, console, resolve_db
from duban.cli.commands_docs import _echo_json, _error, _one_line_errors


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="Address to listen on; 0.0.0.0 opens it to the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    allow_upload: Annotated[bool, typer.Option(
        "--allow-upload", help="Accept POST /api/v1/documents with `Authorization: Bearer $DUBAN_TOKEN`.")] = False,
) -> None:
    """Start the web UI and JSON API (http://127.0.0.1:8000 by default).

    The database is opened read-only unless --allow-upload is given; uploads then need
    the token in the DUBAN_TOKEN environment variable.
    """
    token = os.environ.get("DUBAN_TOKEN", "").strip() or None
    if allow_upload and not token:
        _error("error: --allow-upload needs a token: set DUBAN_TOKEN to a long random string")
        raise typer.Exit(2)
    with _one_line_errors():
        import uvicorn

        from duban.web import create_app

        path = resolve_db(db)
        web_app = create_app(path, allow_upload=allow_upload, token=token)
    problem = _cannot_listen(host, port)
    if problem:
        _error(f"error: cannot listen on {host}:{port}: {problem}")
        raise typer.Exit(1)
    shown = f"[{host}]" if ":" in host else host
    console.print(f"督办 duban: http://{shown}:{port}/  (database {path}, "
                  f"{'uploads enabled' if allow_upload else 'read-only'}; Ctrl+C to stop)", highlight=False)
    uvicorn.run(web_app, host=host, port=port, log_level="info", server_header=False)


def _cannot_listen(host: str, port: int) -> str:
    """Why the server could not listen on ``host:port`` (the port taken, an unknown host), or ""."""
    import errno
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (OSError, UnicodeError) as exc:
        return f"unknown host ({exc})"
    family, kind, proto, _, address = infos[0]
    try:
        with socket.socket(family, kind, proto) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
            sock.bind(address)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            return "the port is in use (another server? choose one with --port)"
        return exc.strerror or str(exc)
    return ""


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find (any length, through the index), or FTS5 syntax.")],
    db: DbOpt = None,
    limit: Annotated[int, typer.Option(help="Documents to show (1–100).", min=1, max=100)] = 20,
    offset: Annotated[int, typer.Option(help="Documents to skip.", min=0)] = 0,
    as_json: JsonOpt = False,
) -> None:
    """Full-text search of the report bodies, as the web UI's search page does it."""
    from duban.store import Database
    from duban.store.search import QuerySyntaxError
    from duban.web import fmt

    with _one_line_errors():
        database = Database.open_for_reading(resolve_db(db))
        try:
            result = database.search(query, limit=limit, offset=offset)
        except QuerySyntaxError as exc:
            _error(f"error: {exc}")
            raise typer.Exit(2) from None
        if as_json:
            _echo_json(result)
            return
        shown = f"{offset + 1}–{offset + len(result['rows'])} of " if result["rows"] else ""
        total = result["total"] if result.get("total_exact", True) else f"more than {result['total'] - 1}"
        table = Table(box=box.SIMPLE_HEAD, title=f"{shown}{total} documents match {query!r}"
                      + (" (scan)" if result["mode"] == "scan" else ""))
        for name, justify in (("id", "right"), ("organisation", "left"), ("periods", "left"), ("hits", "right"),
                              ("snippet", "left")):
            table.add_column(name, justify=justify, overflow="fold")
        for row in result["rows"]:
            snippet = Text()
            if row["snippets"]:
                s = row["snippets"][0]
                snippet.append("…" if s["more_before"] else "")
                for seg in s["segments"]:
                    snippet.append(re.sub(r"\s+", " ", seg["text"]), style="bold reverse" if seg["hit"] else "")
                snippet.append("…" if s["more_after"] else "")
            table.add_row(str(row["id"]), Text(row["org_name"] or row["title"] or ""), fmt.periods(row),
                          str(row["hits"]), snippet)
        console.print(table)
