"""Bytes → text for the plain-text formats (.txt, .html).

The order: a byte-order mark; BOM-less UTF-16 recognised by its NUL-byte pattern; a refusal
of binary content; strict UTF-8; the encoding the container declares (an HTML page's
charset); then charset-normalizer on a bounded sample, with GBK/GB2312 read as their
superset GB18030. The text is decoded strictly and otherwise left as it is (a leading BOM
goes, newlines are not translated), because every span later points into it.
"""

from __future__ import annotations

import codecs

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
_CONTROL_BYTES = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x1B)) + bytes(range(0x1C, 0x20))
BINARY_CONTROL_SHARE = 0.05  # above this share of control bytes in the sample → binary (E004)
UTF16_NUL_DOMINANCE = 4  # NULs at one byte parity outnumber the other this many times → UTF-16
# A page's declared charset is set aside when the detector's encoding reads this much larger a
# share of its non-ASCII characters as common Chinese (`common_share`).
PLAUSIBLE_MARGIN = 0.3


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
    if _count_control_bytes(sample) > BINARY_CONTROL_SHARE * len(sample):
        raise DubanError(E.E004, file=file)

    text = _try(raw, "utf-8", tried)  # strict UTF-8 almost never accepts other encodings' CJK bytes
    if text is not None:
        return text, "utf-8"
    if declared:
        declared = _check_declared(sample, _canonical(declared))
    for encoding in _candidates(sample, declared):
        text = _try(raw, encoding, tried)
        if text is not None:
            return text, encoding
    raise DubanError(E.E005, file=file, tried=", ".join(tried) or "none")


def _count_control_bytes(sample: bytes) -> int:
    # (what is left once they are taken out, one pass in C, rather than a match object each)
    return len(sample) - len(sample.translate(None, _CONTROL_BYTES))


def _check_declared(sample: bytes, declared: str) -> str | None:
    """The declared encoding, unless the detector's reads the bytes as clearly more common
    Chinese: a GBK page that says ``iso-8859-1`` (which decodes any byte, into mojibake) or
    ``big5`` (which decodes GBK's bytes into rare characters). None: the declared one fails."""
    sample = _cut(sample)
    try:
        declared_score = common_share(sample.decode(declared))
    except (UnicodeDecodeError, LookupError):
        return None
    import charset_normalizer

    for match in charset_normalizer.from_bytes(sample):
        other = _canonical(match.encoding)
        if other == declared:
            continue
        try:
            score = common_share(sample.decode(other))
        except (UnicodeDecodeError, LookupError):
            continue
        if score >= declared_score + PLAUSIBLE_MARGIN:
            return other
    return declared


def common_share(text: str, limit: int = 20_000) -> float:
    """Share of the first ``limit`` non-ASCII characters of ``text`` that are common in
    Chinese writing: GB2312's symbols and first level of characters, or Big5's."""
    seen = common = 0
    for ch in text:
        if ch < "\x80":
            continue
        seen += 1
        common += _is_common(ch)
        if seen >= limit:
            break
    return common / seen if seen else 0.0


def _is_common(ch: str) -> bool:
    for codec, last_lead in (("gb2312", 0xD7), ("big5", 0xC6)):
        try:
            encoded = ch.encode(codec)
        except UnicodeEncodeError:
            continue
        if len(encoded) == 2 and 0xA1 <= encoded[0] <= last_lead:
            return True
    return False


def _cut(sample: bytes) -> bytes:
    """A sample cut at a line end, so that it does not stop inside a multi-byte character."""
    if len(sample) == DETECT_SAMPLE_BYTES and b"\n" in sample:
        return sample[: sample.rindex(b"\n") + 1]
    return sample


def _utf16_by_nuls(sample: bytes) -> str | None:
    # ASCII characters in UTF-16 have a zero high byte: at odd offsets in LE, even in BE.
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > UTF16_NUL_DOMINANCE * (even + 1):
        return "utf-16-le"
    if even > UTF16_NUL_DOMINANCE * (odd + 1):
        return "utf-16-be"
    return None


def _candidates(sample: bytes, declared: str | None):
    if declared:
        yield _canonical(declared)
    import charset_normalizer  # the detector is only needed for non-UTF-8 files

    for match in charset_normalizer.from_bytes(_cut(sample)):
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
