"""Where a report comes from: China's administrative map and the evidence that places a unit on it.

A library for the structure stage (no stage of its own): `division_map` loads the vendored map,
`locate` scores the units of one name by a document's evidence, `short_name` gives the name a
report writes without its unit word (丽水市 → 丽水); `FORMER_TOWNSHIP` and `TOWN` are the unit words of a
乡 before and after it became a town.
"""

from duban.place.divisions import PLACE_NAME_MAX, DivisionMap, Unit, division_map, short_name
from duban.place.locate import FORMER_TOWNSHIP, TOWN, Place, describe_unit, display_code, locate

__all__ = ["PLACE_NAME_MAX", "DivisionMap", "Unit", "division_map", "short_name", "Place", "locate", "display_code", "describe_unit",
           "FORMER_TOWNSHIP", "TOWN"]
