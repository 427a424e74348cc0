"""Stage ``clean``: page chrome and metadata out of the body, then the normalised view.

The stages are registered here and their modules loaded when a stage first runs (or when
``strip_chrome`` / ``normalise`` is asked of this package), so that importing one module of
the package (``duban.clean.lines``, ``duban.clean.normalise``) does not load the others."""

from duban.registry import stages


def _strip_chrome(doc):
    from duban.clean.chrome import strip_chrome

    return strip_chrome(doc)


def _normalise(doc):
    from duban.clean.normalise import normalise

    return normalise(doc)


stages.register("chrome")(_strip_chrome)
stages.register("normalise")(_normalise)


def __getattr__(name: str):
    if name == "strip_chrome":
        from duban.clean.chrome import strip_chrome

        return strip_chrome
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["strip_chrome"]
