"""Named registries for the parts of duban that can be extended: readers, stages, exporters.

Built-ins register themselves with a decorator; third-party packages add theirs through
the ``duban.<registry>`` entry-point groups. Lookups of unknown names fail with the list
of what is available.
"""

from __future__ import annotations

from typing import Callable, Generic, TypeVar

T = TypeVar("T")


class Registry(Generic[T]):
    def __init__(self, name: str):
        self.name = name
        self._items: dict[str, T] = {}
        self._lazy: dict[str, str] = {}  # name → "module:attribute", imported on first use
        self._loaded_entry_points = False

    def register(self, name: str) -> Callable[[T], T]:
        def decorator(item: T) -> T:
            self._items[name] = item
            self._lazy.pop(name, None)
            return item

        return decorator

    def register_lazy(self, name: str, target: str) -> None:
        """Register ``target`` ("module:attribute"), imported when ``name`` is first asked for, so
        that a process which never runs it does not load its module (and what that imports)."""
        self._lazy[name] = target

    def _resolve(self, name: str) -> None:
        target = self._lazy.pop(name, None)
        if target is not None:
            from importlib import import_module

            module, _, attribute = target.partition(":")
            self._items[name] = getattr(import_module(module), attribute)

    def _load_entry_points(self) -> None:
        if self._loaded_entry_points:
            return
        self._loaded_entry_points = True
        from importlib.metadata import entry_points  # (imported when first asked: it costs a process's start)

        for ep in entry_points(group=f"duban.{self.name}"):
            if ep.name not in self._items and ep.name not in self._lazy:
                self._items[ep.name] = ep.load()

    def get(self, name: str) -> T:
        self._load_entry_points()
        self._resolve(name)
        try:
            return self._items[name]
        except KeyError:
            raise KeyError(f"no {self.name} named {name!r}; available: {', '.join(self.names())}") from None

    def names(self) -> list[str]:
        self._load_entry_points()
        return sorted({*self._items, *self._lazy})

    def items(self) -> list[tuple[str, T]]:
        self._load_entry_points()
        for name in list(self._lazy):
            self._resolve(name)
        return sorted(self._items.items())

    def __contains__(self, name: str) -> bool:
        self._load_entry_points()
        return name in self._items or name in self._lazy


readers: Registry = Registry("readers")  # suffix → callable(path, raw: bytes) -> Document
stages: Registry = Registry("stages")  # name → callable(Document) -> Document
exporters: Registry = Registry("exporters")  # format → callable(rows, out)
