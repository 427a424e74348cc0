"""Bad input the command line is given: special files, endless files, archive bombs, broken
PDFs, file names with terminal escapes. Each ends in one message naming the file and the
reason, never a hang, a traceback or a stranger's line on stderr."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from duban.cli.app import printable
from duban.cli.main import app
from duban.errors import DubanError, E
from duban.read import iter_read, read_file, read_limited

REPORT = "全年完成地区生产总值12.5亿元，同比增长6.1%。\n"
DUBAN = [sys.executable, "-c", "from duban.cli.main import app; app()"]


def run_duban(*args, timeout: float = 60) -> subprocess.CompletedProcess:
    """duban in a process of its own, as a user runs it: real stdout, stderr and exit status."""
    return subprocess.run([*DUBAN, *map(str, args)], capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL, env={**os.environ, "COLUMNS": "200"})


# -- special files -----------------------------------------------------------------------------
@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    (tmp_path / "reports").mkdir()
    path = tmp_path / "reports" / "pipe.txt"
    os.mkfifo(path)  # nobody writes to it: reading it would block forever
    return path


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_a_fifo_named_on_the_command_line_is_named_and_skipped_without_hanging(tmp_path, fifo, command):
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    extra = ["--db", tmp_path / "d.db"] if command == "ingest" else []
    done = run_duban(command, fifo, good, *extra, timeout=60)
    assert done.returncode == 1
    assert f"{fifo}: not a regular file (a FIFO): only regular files are read" in done.stderr
    assert "Traceback" not in done.stderr
    if command == "extract":
        assert "12.5" in done.stdout  # the other file is read all the same


def test_a_fifo_in_a_folder_is_counted_as_skipped_and_listed_with_verbose(tmp_path, fifo):
    folder = fifo.parent
    (folder / "good.txt").write_text(REPORT, encoding="utf-8")
    (folder / "table.xlsx").write_bytes(b"PK")
    done = run_duban("ingest", folder, "--db", tmp_path / "d.db")
    assert done.returncode == 0, done.stderr
    assert "2 files in the folders given were skipped" in done.stdout
    verbose = run_duban("ingest", folder, "--db", tmp_path / "d2.db", "--verbose")
    assert f"skipped {fifo}: not a regular file (a FIFO)" in verbose.stdout
    assert f"skipped {folder / 'table.xlsx'}: unsupported file type '.xlsx'" in verbose.stdout
    extract = run_duban("extract", folder, "--verbose")
    assert f"skipped {fifo}: not a regular file (a FIFO)" in extract.stderr and "12.5" in extract.stdout


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_a_device_is_never_read(device):
    if not os.path.exists(device):
        pytest.skip(f"{device} is missing here")
    with pytest.raises(DubanError) as caught:
        read_file(device)
    assert caught.value.code is E.E017 and "a character device" in caught.value.reason
    (result,) = iter_read([device])
    assert result.skipped and result.error.code is E.E017


def test_dev_zero_given_to_ingest_is_named_and_skipped(tmp_path):
    done = run_duban("ingest", "/dev/zero", "--db", tmp_path / "d.db", timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip() == "/dev/zero: not a regular file (a character device): only regular files are read"


def test_at_most_the_limit_plus_one_byte_is_read_from_anything_and_the_limit_is_named():
    with open("/dev/zero", "rb") as endless, pytest.raises(DubanError) as caught:
        read_limited(endless, "/dev/zero", 1)
    assert caught.value.code is E.E009
    assert str(caught.value) == ("/dev/zero: file is larger than the size limit of 1 MB (more than 1 MB; "
                                 "DUBAN_MAX_FILE_MB)")
    assert read_limited(io.BytesIO(b"x" * 1024 * 1024), "exact", 1) == b"x" * 1024 * 1024


@pytest.mark.parametrize(("length", "size"), [(0, 0), (10, 10), (1024 * 1024, 10), (1024 * 1024, 1024 * 1024 - 1),
                                              (1024 * 1024 + 1, 10), (1024 * 1024 + 1, 1024 * 1024), (5, 10)])
def test_a_file_read_as_far_as_its_size_reads_on_as_far_as_the_limit_if_it_has_grown(length, size):
    data = bytes(range(256)) * (length // 256) + b"x" * (length % 256)
    if length > 1024 * 1024:
        with pytest.raises(DubanError) as caught:
            read_limited(io.BytesIO(data), "grown", 1, size=size)
        assert caught.value.code is E.E009
    else:
        assert read_limited(io.BytesIO(data), "grown", 1, size=size) == data


# -- archives --------------------------------------------------------------------------------
def bomb_docx(path: Path, unpacked_mb: int) -> None:
    """A .docx whose document.xml unzips to ``unpacked_mb`` MB (a few hundred KB on disk)."""
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                pad = b"<!--" + b" " * (unpacked_mb * 1024 * 1024) + b"-->"
                data = data.replace(b"<w:body>", b"<w:body>" + pad, 1)
            out.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)


def test_a_docx_that_unzips_past_the_limit_fails_with_a_clear_error(tmp_path):
    path = tmp_path / "bomb.docx"
    bomb_docx(path, 200)
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(DubanError) as caught:
        read_file(path)
    assert caught.value.code is E.E018
    assert str(caught.value).startswith(f"{path}: unpacks to more than the size limit of 64 MB (200.")


def test_a_docx_under_the_limit_still_reads(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("新建高标准农田3500亩。")
    document.save(tmp_path / "ok.docx")
    assert read_file(tmp_path / "ok.docx").original == "新建高标准农田3500亩。"


# -- a broken PDF ----------------------------------------------------------------------------
@pytest.mark.parametrize("label,raw", [
    ("truncated, no EOF marker", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
    ("garbage after the header", b"%PDF-1.7\n" + bytes(range(256)) * 20),
    ("bad xref", b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\nxref\n0 9\nzzz\ntrailer<</Root 1 0 R>>\n"
                 b"startxref\n99999\n%%EOF\n"),
])
def test_a_corrupt_pdf_gives_only_dubans_message_on_stderr(tmp_path, label, raw):
    path = tmp_path / "broken.pdf"
    path.write_bytes(raw)
    done = run_duban("extract", path)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{path}: ")


# -- names that would talk to the terminal ---------------------------------------------------
NASTY = ["rep\x1b]0;owned\x07ort.txt", "evil\x1b[2J\x1b[31mred.txt", "two\nlines.txt", "bidi\u202etxt.exe.txt"]


@pytest.mark.parametrize("name", NASTY, ids=["osc-title", "clear-screen", "newline", "bidi-override"])
def test_a_file_name_with_control_characters_is_printed_escaped_in_an_error(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"")  # empty: an error naming the file
    done = run_duban("ingest", path, "--db", tmp_path / "d.db")
    assert done.returncode == 1
    assert "\x1b" not in done.stderr and "\u202e" not in done.stderr
    (line,) = done.stderr.splitlines()
    assert line == f"{printable(path)}: file is empty"


@pytest.mark.parametrize("name", NASTY, ids=["osc-title", "clear-screen", "newline", "bidi-override"])
def test_a_file_name_with_control_characters_is_printed_escaped_everywhere(tmp_path, name):
    path = tmp_path / name
    path.write_text(REPORT, encoding="utf-8")
    db = tmp_path / "d.db"
    outputs = [run_duban("ingest", path, "--db", db), run_duban("show", "1", "--db", db),
               run_duban("extract", path, "--format", "table"), run_duban("docs", "--db", db)]
    for done in outputs:
        assert done.returncode == 0, done.stderr
        assert "\x1b" not in done.stdout + done.stderr and "\u202e" not in done.stdout + done.stderr
    assert printable(path.name) in outputs[1].stdout  # show names the source, escaped


def test_a_skipped_name_is_escaped_in_the_verbose_listing(tmp_path):
    (tmp_path / "a\x1b[31m.xlsx").write_bytes(b"PK")
    done = run_duban("ingest", tmp_path, "--db", tmp_path / "d.db", "--verbose")
    assert "\x1b" not in done.stdout and "a\\x1b[31m.xlsx" in done.stdout


@pytest.mark.parametrize("text,shown", [
    ("plain 报告.txt", "plain 报告.txt"),
    ("a\x1bb", "a\\x1bb"),
    ("a\nb\rc", "a\\nb\\rc"),
    ("tab\tstays", "tab\tstays"),
    ("\x7f\x9b", "\\x7f\\x9b"),
    ("\u202e\u2066", "\\u202e\\u2066"),
])
def test_printable_escapes_control_characters_only(text, shown):
    assert printable(text) == shown
