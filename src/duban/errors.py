"""One catalogue of the errors duban reports, each with a code and a message template.

A reader or stage raises `DubanError(E.xxx, file=..., **details)`; the CLI prints
``file: reason`` on one line and goes on with the next file. Codes never change meaning.
"""

from __future__ import annotations

from enum import Enum


class E(str, Enum):
    E001 = "file does not exist"
    E002 = "file is not readable: {reason}"
    E003 = "file is empty"
    E004 = "not text: binary content in a text file"
    E005 = "cannot decode the bytes as text (tried {tried})"
    E006 = "not a valid .docx file: {reason}"
    E007 = "no text layer: scanned PDF?"
    E008 = "not a valid PDF file: {reason}"
    E009 = "file is larger than the size limit of {limit} MB ({size} MB; DUBAN_MAX_FILE_MB)"
    E010 = "unsupported file type {suffix!r}; supported: {supported}"
    E011 = "no text in the document after reading"
    E012 = "unknown pipeline stage {name!r}; available: {available}"
    E013 = "not a valid HTML file: {reason}"
    E014 = "database error: {reason}"
    E015 = "no document matches {ref!r}"
    E016 = "cannot read this old Word/WPS file: {reason}"
    E017 = "not a regular file ({kind}): only regular files are read"
    E018 = "unpacks to more than the size limit of {limit} MB ({what}; DUBAN_MAX_FILE_MB)"


class DubanError(Exception):
    """An expected failure with a catalogued reason (bad input, missing file …)."""

    def __init__(self, code: E, file: str = "", **details: object):
        self.code = code
        self.file = file
        self.details = details
        self.reason = code.value.format(**details) if details else code.value
        super().__init__(f"{file}: {self.reason}" if file else self.reason)

    @property
    def code_name(self) -> str:
        return self.code.name
