"""The read stage: files → Documents, and every bad input → a catalogued DubanError.

Format-specific behaviour is specified in test_read_html.py, test_read_docx.py and
test_read_pdf.py; this file covers plain text, the dispatch and the batch reader.
"""

from __future__ import annotations

import codecs
import hashlib
import random
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from duban.document import Document
from duban.errors import DubanError, E
from duban.read import ReadResult, iter_read, read_file
from duban.registry import readers

SEEDS = sorted((Path(__file__).parents[1] / "samples" / "seeds").glob("*.txt"))
TRADITIONAL_SEED = next(p for p in SEEDS if p.name.startswith("004"))


def seed_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def encodable(text: str, encoding: str) -> str:
    """``text`` less the characters ``encoding`` cannot encode (Big5 has no 关, GBK no \\xa0)."""
    return "".join(ch for ch in text if ch.encode(encoding, errors="ignore"))


def read_error(path) -> DubanError:
    with pytest.raises(DubanError) as caught:
        read_file(path)
    return caught.value


# -- plain text: encodings ------------------------------------------------------------

# (label, codec the text is written in, BOM written before it, codec the text must be cut to)
ENCODINGS = [
    ("utf-8", "utf-8", b"", None),
    ("utf-8 with BOM", "utf-8", codecs.BOM_UTF8, None),
    ("gb18030", "gb18030", b"", None),
    ("gbk", "gbk", b"", "gbk"),
    ("big5", "big5", b"", "big5"),
    ("utf-16-le with BOM", "utf-16-le", codecs.BOM_UTF16_LE, None),
    ("utf-16-be with BOM", "utf-16-be", codecs.BOM_UTF16_BE, None),
    ("utf-16-le without BOM", "utf-16-le", b"", None),
    ("utf-16-be without BOM", "utf-16-be", b"", None),
]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
@pytest.mark.parametrize("label,codec,bom,cut_to", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_a_report_saved_in_any_common_encoding_reads_back_to_the_same_text(tmp_path, seed, label, codec, bom, cut_to):
    text = seed_text(seed)
    if cut_to:
        text = encodable(text, cut_to)
    raw = bom + text.encode(codec)
    path = tmp_path / "report.txt"
    path.write_bytes(raw)

    doc = read_file(path)

    assert doc.original == text  # the BOM is not part of the text
    assert doc.format == "txt"
    assert doc.source == str(path)
    assert doc.content_hash == hashlib.sha256(raw).hexdigest()
    assert raw.decode(doc.encoding).lstrip("\ufeff") == doc.original  # the encoding is named truly


def test_the_traditional_script_seed_reads_from_big5(tmp_path):
    text = encodable(seed_text(TRADITIONAL_SEED), "big5")
    assert len(text) > 0.99 * len(seed_text(TRADITIONAL_SEED))  # only a few characters lack a Big5 code
    (tmp_path / "big5.txt").write_bytes(text.encode("big5"))
    doc = read_file(tmp_path / "big5.txt")
    assert doc.original == text
    assert doc.encoding.startswith("big5") or doc.encoding == "cp950"


@pytest.mark.parametrize("detected", ["gbk", "gb2312"])
def test_gbk_and_gb2312_files_are_decoded_as_their_superset_gb18030(tmp_path, detected):
    text = encodable(seed_text(SEEDS[1]), "gb2312")
    (tmp_path / "gb.txt").write_bytes(text.encode(detected))
    assert read_file(tmp_path / "gb.txt").encoding == "gb18030"


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_ends_are_kept_exactly_as_in_the_file(tmp_path, newline):
    text = newline.join(["一、2024年工作情况", "全年实现地区生产总值12.5亿元。", ""])
    (tmp_path / "nl.txt").write_bytes(text.encode("gb18030"))
    assert read_file(tmp_path / "nl.txt").original == text


def test_reading_is_plain_text_only_no_other_document_fields_are_filled(tmp_path):
    (tmp_path / "a.txt").write_text("工作总结\n全年完成目标任务。", encoding="utf-8")
    doc = read_file(tmp_path / "a.txt")
    assert (doc.chrome, doc.norm, doc.norm_map, doc.sections, doc.metadata) == ([], "", None, [], [])


# -- bad input: every case gives its catalogued error ---------------------------------

rng = random.Random(20240521)
HIGH_BYTES = bytes(rng.randrange(0x80, 0x100) for _ in range(4000))  # no encoding makes text of it
NUL_JUNK = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(4000))
CONTROL_JUNK = bytes(rng.randrange(1, 9) for _ in range(2000)) + "中文".encode()

BAD_TEXT_FILES = [
    ("empty file", b"", E.E003),
    ("only whitespace", b" \r\n\t\n  ", E.E003),
    ("only a BOM", codecs.BOM_UTF8, E.E003),
    ("only a BOM and whitespace", codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"), E.E003),
    ("binary with NUL bytes", NUL_JUNK, E.E004),
    ("binary of control bytes", CONTROL_JUNK, E.E004),
    ("bytes no encoding decodes to text", HIGH_BYTES, E.E005),
    ("a UTF-8 BOM before bytes that are not UTF-8", codecs.BOM_UTF8 + "中文".encode("gbk"), E.E005),
]


@pytest.mark.parametrize("label,raw,code", BAD_TEXT_FILES, ids=[c[0] for c in BAD_TEXT_FILES])
def test_a_bad_text_file_gives_its_catalogued_error(tmp_path, label, raw, code):
    path = tmp_path / "bad.txt"
    path.write_bytes(raw)
    error = read_error(path)
    assert error.code is code
    assert str(error) == f"{path}: {error.reason}"


def test_a_missing_file_gives_E001(tmp_path):
    error = read_error(tmp_path / "missing.txt")
    assert error.code is E.E001
    assert str(error) == f"{tmp_path / 'missing.txt'}: file does not exist"


def test_a_directory_named_like_a_text_file_is_not_readable_E002(tmp_path):
    (tmp_path / "x.txt").mkdir()
    error = read_error(tmp_path / "x.txt")
    assert error.code is E.E002
    assert str(error).startswith(f"{tmp_path / 'x.txt'}: file is not readable: ")


def test_a_file_without_read_permission_gives_E002(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("工作总结", encoding="utf-8")

    def denied(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", lambda self, *a, **k: denied(self))  # tests run as root, where chmod 000 does not stop reading
    error = read_error(path)
    assert (error.code, str(error)) == (E.E002, f"{path}: file is not readable: Permission denied")


def test_a_file_over_the_size_limit_gives_E009(tmp_path, monkeypatch):
    monkeypatch.setenv("DUBAN_MAX_FILE_MB", "0.01")
    path = tmp_path / "big.txt"
    path.write_text("工作总结" * 2000, encoding="utf-8")  # 24 000 bytes > 10 485 bytes
    error = read_error(path)
    assert (error.code, str(error)) == (E.E009, f"{path}: file is larger than the size limit of 0.01 MB (0.0 MB; DUBAN_MAX_FILE_MB)")


def test_the_size_limit_is_a_documented_setting_with_a_default():
    from duban import settings

    assert settings.MAX_FILE_MB == 64 and settings.max_file_mb() == 64
    assert "DUBAN_MAX_FILE_MB" in settings.__doc__ + Path(settings.__file__).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["report.xlsx", "README", "report.rtf"])
def test_an_unsupported_file_type_gives_E010_listing_the_supported_ones(tmp_path, name):
    (tmp_path / name).write_bytes(b"whatever")
    error = read_error(tmp_path / name)
    assert error.code is E.E010
    assert error.reason.endswith("supported: .doc, .docx, .htm, .html, .pdf, .txt, .wps")


# -- big files ----------------------------------------------------------------------------


@pytest.mark.slow
def test_a_50_MB_gb18030_file_reads_in_bounded_memory(tmp_path):
    chunk = seed_text(SEEDS[0]).encode("gb18030")
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            out.write(chunk)
    size = path.stat().st_size
    assert size >= 50 * 1024 * 1024

    tracemalloc.start()
    try:
        doc = read_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert doc.encoding == "gb18030"
    assert doc.original.startswith(seed_text(SEEDS[0])[:200])
    assert len(doc.original) == size // len(chunk) * len(seed_text(SEEDS[0]))
    assert peak < 400 * 1024 * 1024


# -- dispatch through the registry -------------------------------------------------------


def test_every_format_has_a_reader_registered_by_suffix():
    assert {".txt", ".html", ".htm", ".docx", ".pdf"} <= set(readers.names())


def test_read_file_dispatches_on_the_suffix_through_the_registry(tmp_path):
    seen = []

    @readers.register(".fake")
    def read_fake(path: str, raw: bytes) -> Document:
        seen.append((path, raw))
        return Document(source=path, original=raw.decode(), format="fake")

    try:
        (tmp_path / "a.FAKE").write_bytes(b"hello")
        doc = read_file(tmp_path / "a.FAKE")
    finally:
        del readers._items[".fake"]
    assert seen == [(str(tmp_path / "a.FAKE"), b"hello")]
    assert doc.content_hash == hashlib.sha256(b"hello").hexdigest()  # filled for every reader


def test_reading_text_imports_neither_python_docx_nor_pypdf(tmp_path):
    (tmp_path / "a.txt").write_text("工作总结", encoding="utf-8")
    code = (
        "import sys; from duban.read import read_file; read_file(sys.argv[1]); "
        "loaded = [m for m in ('docx', 'pypdf') if m in sys.modules]; "
        "assert not loaded, loaded"
    )
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "a.txt")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# -- iter_read: many paths, never stopping on a bad one ---------------------------------


def test_iter_read_walks_directories_in_sorted_order_and_reports_each_file(tmp_path):
    root = tmp_path / "reports"
    (root / "b_county").mkdir(parents=True)
    (root / "a.txt").write_text("甲乡工作总结", encoding="utf-8")
    (root / "b_county" / "c.htm").write_text("<p>丙镇工作计划</p>", encoding="utf-8")
    (root / "b_county" / "empty.txt").write_bytes(b"")
    (root / "notes.xlsx").write_bytes(b"PK")
    (root / "z.TXT").write_text("乙乡政府工作报告", encoding="utf-8")

    results = list(iter_read([root, tmp_path / "gone.txt"]))

    def row(r: ReadResult):
        return (
            Path(r.path).relative_to(tmp_path).as_posix(),
            r.doc.original if r.doc else None,
            r.error.code if r.error else None,
            r.skipped,
        )

    assert [row(r) for r in results] == [
        ("reports/a.txt", "甲乡工作总结", None, False),
        ("reports/b_county/c.htm", "丙镇工作计划", None, False),
        ("reports/b_county/empty.txt", None, E.E003, False),
        ("reports/notes.xlsx", None, E.E010, True),
        ("reports/z.TXT", "乙乡政府工作报告", None, False),
        ("gone.txt", None, E.E001, False),
    ]


def test_iter_read_skips_a_named_file_of_unsupported_type_and_says_why(tmp_path):
    (tmp_path / "report.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    (result,) = iter_read([str(tmp_path / "report.xls")])
    assert result.skipped and result.doc is None
    assert result.path == str(tmp_path / "report.xls")
    assert result.error.code is E.E010


def test_iter_read_reads_the_seed_reports(tmp_path):
    results = list(iter_read([SEEDS[0].parent]))
    assert [Path(r.path).name for r in results] == [p.name for p in SEEDS]
    assert all(r.doc and r.doc.original == seed_text(p) for r, p in zip(results, SEEDS, strict=True))
