"""Stage ``clean``: page chrome and metadata out of the body, then the normalised view."""

from duban.clean.chrome import strip_chrome
from duban.clean.normalise import normalise
from duban.registry import stages

stages.register("chrome")(strip_chrome)
stages.register("normalise")(normalise)

__all__ = ["strip_chrome", "normalise"]
