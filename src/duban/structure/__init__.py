"""Stage ``structure``: who, which period, which type, the parts and the section tree."""

from duban.registry import stages
from duban.structure.outline import structure

stages.register("structure")(structure)

__all__ = ["structure"]
