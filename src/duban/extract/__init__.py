"""Stage ``extract``: quantity facts and commitments from the normalised view.

The stages are registered here; the commitments module (and what it imports: the
administrative map among others) is loaded when its stage first runs, so that a process that
only extracts quantities does not pay for it."""

from duban.extract.quantities import extract_quantities
from duban.registry import stages

stages.register("quantities")(extract_quantities)


def extract_commitments(doc):
    """Stage ``commitments`` (`duban.extract.commitments.extract_commitments`), loaded on first use."""
    from duban.extract.commitments import extract_commitments as stage

    return stage(doc)


stages.register("commitments")(extract_commitments)

__all__ = ["extract_quantities", "extract_commitments"]
