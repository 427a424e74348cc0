"""Stage ``extract``: quantity facts and commitments from the normalised view.

The commitments module (and what it imports: the administrative map among others) is loaded
when its stage first runs (`Registry.register_lazy`), so that a process that only extracts
quantities does not pay for it."""

from duban.extract.quantities import extract_quantities
from duban.registry import stages

stages.register("quantities")(extract_quantities)
stages.register_lazy("commitments", "duban.extract.commitments:extract_commitments")

__all__ = ["extract_quantities"]
