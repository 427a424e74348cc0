"""Old Word (.doc, Word 97–2003) and WPS (.wps) files: the text through a converter on the machine.

No maintained Python library reads the Word binary format, so the text comes from a
converter program, the first of these that is installed and reads the file:

1. ``catdoc`` (Debian package ``catdoc``, 85 KB): milliseconds a file, every paragraph a
   line, a table row a line of tab-separated cells (joined here by `` | `` as in .docx);
2. LibreOffice (Debian ``libreoffice-writer-nogui``, 140 MB): ``soffice --headless
   --convert-to txt``, a few seconds a file, reads the older Word 6/95 files and RTF as well;
   a table cell becomes a line of its own.

antiword was tried too: as fast as catdoc, but it pads table cells to a fixed width and
wraps long cells over lines. WPS Office saves ``.wps`` files in the same binary layout as
Word 97, so they are read the same way. What the file holds is checked first, not trusted
to its suffix: a .docx or an HTML page saved under a .doc name is read as what it is. Where
no converter is installed, or none reads the file, the file fails with E016 saying why.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from duban.document import Document, MetaField
from duban.errors import DubanError, E
from duban.registry import readers

if TYPE_CHECKING:
    import subprocess

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a Compound File: Word 97–2003, WPS
ZIP_MAGIC = b"PK\x03\x04"
RTF_MAGIC = b"{\\rtf"
CONVERT_TIMEOUT_S = 120  # a converter still running after this long is stopped, and the file fails
INSTALL_HINT = "install Debian's catdoc (apt-get install catdoc) or libreoffice-writer-nogui"


@readers.register(".wps")
@readers.register(".doc")
def read_doc(path: str, raw: bytes) -> Document:
    fmt = Path(path).suffix.lower().lstrip(".") or "doc"
    if raw.startswith(ZIP_MAGIC):  # a .docx under an old name
        return readers.get(".docx")(path, raw)
    head = raw[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<html", b"<!doctype html", b"<?xml")) or b"<html" in head:  # Word's "web page" .doc
        return readers.get(".html")(path, raw)
    if not raw.startswith(OLE_MAGIC) and not raw.startswith(RTF_MAGIC):
        raise DubanError(E.E016, file=path, reason="not a Word or WPS document (no Compound File or RTF header)")
    import shutil  # (imported here, as subprocess and tempfile below: reading other formats never needs them)

    converters = [c for c in CONVERTERS if shutil.which(c.program) and (c.reads_rtf or not raw.startswith(RTF_MAGIC))]
    if not converters:
        raise DubanError(E.E016, file=path, reason=f"no converter for old Word files is installed ({INSTALL_HINT})")
    failures = []
    for converter in converters:
        try:
            text = converter(raw, fmt)
        except ConversionError as exc:
            failures.append(f"{converter.program}: {exc}")
            continue
        if text.strip():
            metadata = [MetaField("converter", converter.program)]
            return Document(source=path, original=text, format=fmt, metadata=metadata)
        failures.append(f"{converter.program}: no text")
    if all(f.endswith("no text") for f in failures):
        raise DubanError(E.E011, file=path)
    raise DubanError(E.E016, file=path, reason="; ".join(failures))


class ConversionError(Exception):
    """A converter failed on a file: the reason, one line."""


class Converter:
    program = ""
    reads_rtf = False

    def __call__(self, raw: bytes, fmt: str) -> str:
        """The text of the file ``raw`` (whose suffix is ``fmt``); `ConversionError` if it fails."""
        import tempfile

        with tempfile.TemporaryDirectory(prefix="duban-doc-") as tmp:
            source = Path(tmp) / f"input.{fmt}"
            source.write_bytes(raw)
            return self.convert(source, Path(tmp))

    def convert(self, source: Path, tmp: Path) -> str:
        raise NotImplementedError

    def run(self, args: list[str], **kwargs) -> subprocess.CompletedProcess:
        import subprocess

        try:
            done = subprocess.run(args, capture_output=True, timeout=CONVERT_TIMEOUT_S, stdin=subprocess.DEVNULL,
                                  check=False, **kwargs)
        except subprocess.TimeoutExpired:
            raise ConversionError(f"still running after {CONVERT_TIMEOUT_S} s") from None
        except OSError as exc:
            raise ConversionError(exc.strerror or type(exc).__name__) from None
        if done.returncode != 0:
            said = done.stderr.decode("utf-8", "replace").strip().splitlines()
            # its own words, less advice about its own switches ("… Try using -b switch")
            raise ConversionError(said[-1].split(". ")[0] if said else f"exit status {done.returncode}")
        return done


class Catdoc(Converter):
    program = "catdoc"

    def convert(self, source: Path, tmp: Path) -> str:
        out = self.run([self.program, "-d", "utf-8", "-w", str(source)]).stdout.decode("utf-8", "replace")
        return "\n".join(_cells(line) for line in out.replace("\r\n", "\n").replace("\x0c", "\n").split("\n"))


class LibreOffice(Converter):
    program = "soffice"
    reads_rtf = True
    # Import filters by what the file holds, named so that a file none of them reads fails
    # instead of being taken for plain text (LibreOffice's last resort).
    FILTERS = {OLE_MAGIC: ("MS Word 97", "MS Word 95", "MS WinWord 6.0"), RTF_MAGIC: ("Rich Text Format",)}

    def convert(self, source: Path, tmp: Path) -> str:
        filters = next(f for magic, f in self.FILTERS.items() if source.read_bytes()[: len(magic)] == magic)
        said = ""
        for i, name in enumerate(filters):
            out_dir = tmp / f"out{i}"
            # A profile of its own: two conversions at once would otherwise wait on one lock.
            done = self.run([self.program, f"-env:UserInstallation={(tmp / 'profile').as_uri()}", "--headless",
                             "--norestore", f"--infilter={name}", "--convert-to", "txt:Text (encoded):UTF8",
                             "--outdir", str(out_dir), str(source)], env={**os.environ, "HOME": str(tmp)})
            out = out_dir / f"{source.stem}.txt"
            if out.is_file():
                return out.read_text(encoding="utf-8-sig", errors="replace").replace("\r\n", "\n")
            errors = [l for l in done.stderr.decode("utf-8", "replace").splitlines() if l.startswith("Error")]
            said = errors[-1] if errors else said
        raise ConversionError(said or "LibreOffice wrote no text")


CONVERTERS: tuple[Converter, ...] = (Catdoc(), LibreOffice())


def _cells(line: str) -> str:
    """A table row from catdoc (cells separated by tabs) as cells joined by `` | ``."""
    if "\t" not in line.strip():
        return line
    return " | ".join(cell.strip() for cell in line.split("\t") if cell.strip())
