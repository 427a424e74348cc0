"""Stage ``clean``: page chrome and metadata out of the body, then the normalised view.

The stages' modules are loaded when a stage first runs (`Registry.register_lazy`), so that
importing one module of the package (``duban.clean.lines``) does not load the others."""

from duban.registry import stages

stages.register_lazy("chrome", "duban.clean.chrome:strip_chrome")
stages.register_lazy("normalise", "duban.clean.normalise:normalise")


def __getattr__(name: str):
    if name == "strip_chrome":  # the stage's function, as this package always offered it
        from duban.clean.chrome import strip_chrome

        return strip_chrome
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["strip_chrome"]
