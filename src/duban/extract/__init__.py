"""Stage ``extract``: quantity facts (and, later, commitments) from the normalised view."""

from duban.extract.quantities import extract_quantities
from duban.registry import stages

stages.register("quantities")(extract_quantities)
import duban.extract.commitments  # noqa: E402,F401  (registers the "commitments" stage)

__all__ = ["extract_quantities"]
