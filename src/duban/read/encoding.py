"""Bytes → text for the plain-text formats (.txt, .html).

The order: a byte-order mark; BOM-less UTF-16 recognised by its NUL-byte pattern; a refusal
of binary content; strict UTF-8; the encoding the container declares (an HTML page's
charset); then charset-normalizer on a bounded sample, with GBK/GB2312 read as their
superset GB18030. The text is decoded strictly and otherwise left as it is (a leading BOM
goes, newlines are not translated), because every span later points into it.
"""

from __future__ import annotations

import codecs
import re

from duban.errors import DubanError, E
from duban.settings import DETECT_SAMPLE_BYTES

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Detected encodings replaced by a superset that decodes everything they do and more.
_SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030", "hz": "gb18030"}

# Control bytes that never occur in text in an ASCII-compatible encoding (tab, newlines,
# form feed and escape do). Multi-byte CJK encodings use only bytes >= 0x30 after the first.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
BINARY_CONTROL_SHARE = 0.05  # above this share of control bytes in the sample → binary (E004)
UTF16_NUL_DOMINANCE = 4  # NULs at one byte parity outnumber the other this many times → UTF-16


def decode(raw: bytes, file: str, declared: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)``; ``declared`` is an encoding the container names (HTML).

    Raises E003 for a file with no text, E004 for binary content, E005 for undecodable bytes.
    """
    text, encoding = _decode(raw, file, declared)
    if text.startswith("\ufeff"):  # utf-8-sig strips its BOM; a BOM decoded from UTF-16 stays
        text = text[1:]
    if not text or text.isspace():  # not strip(): that would copy a 50 MB text
        raise DubanError(E.E003, file=file)
    return text, encoding


def _decode(raw: bytes, file: str, declared: str | None) -> tuple[str, str]:
    tried: list[str] = []
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _strict(raw, encoding, file, tried), encoding

    sample = raw[:DETECT_SAMPLE_BYTES]
    if b"\x00" in sample:
        encoding = _utf16_by_nuls(sample)
        if encoding is None:
            raise DubanError(E.E004, file=file)
        return _strict(raw, encoding, file, tried), encoding
    if len(_CONTROL_BYTES.findall(sample)) > BINARY_CONTROL_SHARE * len(sample):
        raise DubanError(E.E004, file=file)

    for encoding in _candidates(sample, declared):
        text = _try(raw, encoding, tried)
        if text is not None:
            return text, encoding
    raise DubanError(E.E005, file=file, tried=", ".join(tried) or "none")


def _utf16_by_nuls(sample: bytes) -> str | None:
    # ASCII characters in UTF-16 have a zero high byte: at odd offsets in LE, even in BE.
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > UTF16_NUL_DOMINANCE * (even + 1):
        return "utf-16-le"
    if even > UTF16_NUL_DOMINANCE * (odd + 1):
        return "utf-16-be"
    return None


def _candidates(sample: bytes, declared: str | None):
    yield "utf-8"  # strict UTF-8 almost never accepts other encodings' CJK bytes, so it goes first
    if declared:
        yield _canonical(declared)
    import charset_normalizer  # the detector is only needed for non-UTF-8 files

    # Cut the sample at a line end so it does not stop inside a multi-byte character.
    if len(sample) == DETECT_SAMPLE_BYTES and b"\n" in sample:
        sample = sample[: sample.rindex(b"\n") + 1]
    for match in charset_normalizer.from_bytes(sample):
        yield _canonical(match.encoding)


def _canonical(name: str) -> str:
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return name
    return _SUPERSET.get(name, name)


def _try(raw: bytes, encoding: str, tried: list[str]) -> str | None:
    if encoding in tried:
        return None
    tried.append(encoding)
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _strict(raw: bytes, encoding: str, file: str, tried: list[str]) -> str:
    text = _try(raw, encoding, tried)
    if text is None:
        raise DubanError(E.E005, file=file, tried=encoding)
    return text
