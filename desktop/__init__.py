"""The Briefing Builder desktop application (PySide6); Qt loads only when a window is made."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.app import create_main_window


def __getattr__(name: str) -> Any:
    if name == "create_main_window":
        from desktop.app import create_main_window

        return create_main_window
    raise AttributeError(name)


__all__ = ["create_main_window"]
