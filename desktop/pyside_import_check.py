"""A faster stand-in for the check PySide6 runs on every module imported after it.

PySide6 wraps ``__import__`` to support ``from __feature__ import snake_case``: after each
new import it asks ``inspect.getsource(module)`` whether the source mentions "PySide6"
(PYSIDE-2029; napari measured the same "startup tax", napari#8584). That tokenizes and
caches the whole source of every module SQLAlchemy and the app import after Qt, about
0.06 s of this app's start. The stand-in gives the same answer from the file's bytes and
leaves anything that is not a plain ``.py`` file to PySide's own check. Briefing Builder
uses no ``__feature__`` switches, so even a wrong answer could change nothing here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

MARK = "_briefing_builder_fast_check"


def use_fast_check() -> bool:
    """Install the stand-in; False when this PySide6 has no such check (nothing to do)."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, MARK, False):
        return True
    setattr(feature, "_mod_uses_pyside", fast_check(original))  # noqa: B010
    return True


def fast_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except (OSError, ValueError):  # as PySide's own check: not readable, so ask it
                pass
        return original(module)

    setattr(uses_pyside, MARK, True)
    return uses_pyside
