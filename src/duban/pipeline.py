"""The pipeline: read → clean → structure → extract → link → store.

Reading turns a file into a `Document`; each later stage is a named ``Document ->
Document`` callable in `duban.registry.stages`, run in an explicit order. Storing is
the `duban.store.Database`'s job, outside the per-document pipeline.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from duban.document import Document
from duban.errors import DubanError, E
from duban.memory import give_back
from duban.registry import stages

# The order of the built-in stages. `Pipeline.add_stage` inserts others around them.
DEFAULT_STAGES: tuple[str, ...] = ("chrome", "normalise", "structure", "quantities", "commitments")


def _load_builtin_stages() -> None:
    # Importing the stage modules registers them.
    import duban.clean  # noqa: F401
    import duban.extract  # noqa: F401
    import duban.structure  # noqa: F401


class Pipeline:
    def __init__(self, names: Sequence[str] = DEFAULT_STAGES):
        _load_builtin_stages()
        self.names: list[str] = []
        for name in names:
            self.add_stage(name)

    def _check(self, name: str) -> None:
        if name not in stages:
            raise DubanError(E.E012, name=name, available=", ".join(stages.names()))

    def add_stage(self, name: str, *, before: str | None = None, after: str | None = None) -> None:
        self._check(name)
        if before is not None:
            self._check(before)
            self.names.insert(self.names.index(before), name)
        elif after is not None:
            self._check(after)
            self.names.insert(self.names.index(after) + 1, name)
        else:
            self.names.append(name)

    def __call__(self, doc: Document) -> Document:
        for name in self.names:
            doc = stages.get(name)(doc)
            give_back(len(doc.original))  # what the stage freed, before the next one (a very long report)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        for doc in docs:
            yield self(doc)


def process(doc: Document, names: Sequence[str] = DEFAULT_STAGES) -> Document:
    """Run the stages ``names`` over ``doc`` (clean → structure → extract by default)."""
    return Pipeline(names)(doc)
