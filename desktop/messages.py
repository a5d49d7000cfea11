"""The model's messages in the interface language, by their identity.

``models`` raises errors that carry a message id and its parameters (``error.said``);
Danish is rendered from ``message_catalogue.DANISH`` by that id, with the record and field
the message is about named in Danish too. Text without an identity (a helper process's
report, a library's message) is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from models.errors import ValidationError
from models.messages import ENGLISH, Message

from desktop.message_catalogue import DANISH, danish_word


def interface_language() -> str:
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"


def in_language(error: BaseException | Message | str, language: str | None = None) -> str:
    """``error`` in the interface language (Danish or English)."""
    language = language or interface_language()
    if isinstance(error, str):
        return error
    said = error if isinstance(error, Message) else getattr(error, "said", None)
    if not isinstance(said, Message):
        return str(error)
    if language != "da":
        text = said.render(ENGLISH)
        return _prefixed(error, text, lambda word: word)
    text = said.render(DANISH, danish_word)
    return _prefixed(error, text, danish_word)


def message_text(error: BaseException, language: str | None = None) -> str:
    """Only the message, without the record and field it is about (shown beside a field)."""
    said = getattr(error, "said", None)
    if not isinstance(said, Message):
        return str(getattr(error, "message", error))
    if (language or interface_language()) != "da":
        return said.render(ENGLISH)
    return said.render(DANISH, danish_word)


def _prefixed(error: object, text: str, word: object) -> str:
    if not isinstance(error, ValidationError) or not callable(word):
        return text
    record, field = error.record, error.field
    names = [str(word(part)) for part in (record, field) if part]
    return f"{', '.join(names)}: {text}" if names else text
