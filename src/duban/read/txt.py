"""Plain-text reports: detect the encoding, decode, and keep the text exactly as decoded."""

from __future__ import annotations

from duban.document import Document
from duban.read.encoding import decode
from duban.registry import readers


@readers.register(".txt")
def read_txt(path: str, raw: bytes) -> Document:
    text, encoding = decode(raw, path)
    return Document(source=path, original=text, format="txt", encoding=encoding)
