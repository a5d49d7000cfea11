"""Messages with an identity: every refusal the model raises is an id with parameters.

``models`` knows no interface language; it says *which* message and with what, and the
English text here is what the command line prints. The desktop renders the same id from
its Danish catalogue (``desktop/message_catalogue.py``), so no sentence is ever matched
by a pattern, and a test checks that every id has both texts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

ENGLISH: dict[str, str] = {
    # typed text
    "text.empty": "must not be empty.",
    "text.unstorable": "holds a NUL or an unpaired surrogate, which cannot be stored.",
    "text.too_long": "is {length} characters long; at most {limit} fit.",
    "text.control": "holds a control character (U+{code}) at position {position}; remove it.",
    "text.one_line": "must be one line (no tabs or line breaks).",
    "text.right_to_left": (
        "holds {script} script (at position {position}), which briefs cannot print right to "
        "left yet; write the name in Latin letters."
    ),
    "text.flag": "holds a flag (at position {position}), which briefs cannot print.",
    "text.emoji": "holds a joined emoji (at position {position}), which briefs cannot print.",
    "text.languages": "holds texts in {found}; a text is kept in Danish (da) and English (en).",
    "language.code": "“{value}” is not a language code such as da or en.",
    "key.invalid": "“{value}” is not a valid key (lowercase letters, digits and hyphens).",
    "choice.unknown": "“{value}” is not one of: {allowed}.",
    # numbers, amounts, dates
    "number.required": "must be a number.",
    "number.invalid": "“{value}” is not a number.",
    "number.infinite": "must be a finite number.",
    "figure.too_large": (
        "“{value}” is too large for a figure (at most {digits} digits before the decimal point)."
    ),
    "figure.decimals": "“{value}” has more than four decimals.",
    "amount.required": "an amount is required.",
    "amount.negative": "cannot be negative; record a reduction as its own line.",
    "amount.too_large": "is too large to be an amount.",
    "amount.decimals": "“{value}” has more than two decimals; amounts are kept to the øre or cent.",
    "currency.unknown": "“{value}” is not an ISO 4217 currency code such as DKK or EUR.",
    "percentage.range": "{value} % is not a percentage between 0 and 100.",
    "date.invalid": "“{value}” is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD.",
    "date.invalid_estimated": (
        "“{value}” is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD (~YYYY when estimated)."
    ),
    "date.required": "a date is required.",
    "date.year": "The year {year} is not a valid year.",
    "date.day_without_month": "A date with a day must also have a month.",
    "date.month": "The month {month} does not exist.",
    "date.day": "{month} has no day {day}.",
    "period.reversed": "the period ends ({end}) before it starts ({start}).",
    # records
    "record.gone": "The {what} “{key}” no longer exists.",
    "record.exists": "“{key}” exists already.",
    "record.key_gone": "“{key}” no longer exists.",
    "record.still_used": "“{key}” is still used by {uses} record(s); change those first.",
    "field.not_editable": "“{name}” cannot be edited here.",
    "field.not_editable_at_all": "“{name}” cannot be edited.",
    "name.unknown": "There is no {what} “{value}”.",
    "theme.not_engagements": "“{code}” is not one of the engagement's themes.",
    "event.must_belong": "The new event must belong to the engagement.",
    "event.not_on_engagement": "That event is no longer on the engagement.",
    "event.already_linked": "“{title}” is already one of this engagement’s events.",
    "partner.already": "{organisation} is already a {role} partner.",
    "partner.not_on_engagement": "That partner is no longer on the engagement.",
    "file.undefined": "“{key}” is not defined in this file or the database.",
    "file.not_a_list": "must be a list.",
    "file.not_records": "must be a list of records.",
    "country.code": "“{code}” is not an ISO 3166-1 alpha-2 country code.",
    "sector.code": "“{value}” is not a DAC sector code (3 or 5 digits).",
    "theme.primary_not_engagements": (
        "the primary theme “{code}” is not one of the engagement's themes."
    ),
    "shares.not_a_map": "must map codes to percentages.",
    "shares.not_linked": "“{code}” is not among the engagement's {places}.",
    "shares.over_100": "the country and region shares add up to {total} %, more than 100 %.",
    "parent.cycle": "an engagement cannot be its own ancestor.",
    "partner.shape": "each partner must be an object with organisation and role.",
    "key.used_elsewhere": "the key is already used under engagement “{engagement}”.",
    # someone else saved first
    "conflict.field": (
        "Someone else changed this {what} after you opened it: {name} is now “{theirs}”; "
        "yours was “{mine}”."
    ),
    "conflict.amount": (
        "Someone else changed this amount after you opened it: it is now {theirs}; yours was "
        "{mine}."
    ),
    "conflict.list": (
        "Someone else changed “{key}” after you opened the list: {name} is now “{theirs}”; "
        "yours was “{mine}”."
    ),
    "conflict.added": (
        "Someone else changed this {what} after it was added; undoing the addition would "
        "delete their change, so nothing was deleted."
    ),
    "conflict.same_moment": (
        "Someone else saved this record at the same moment; reload it and try again."
    ),
    "conflict.import": (
        "The knowledge base was changed after the import; undoing it would overwrite those "
        "changes, so nothing was undone."
    ),
    # the database
    "save.failed": "Not saved: {cause}. Nothing was changed.",
    "save.uncertain": "Perhaps not saved: {cause}. Reload to see what is stored.",
    "database.unusable": "The knowledge base cannot be used now: {cause}.",
    "cause.locked": "the knowledge base is in use by another program and stayed locked",
    "cause.read_only": "the knowledge base is read-only here",
    "cause.disk_full": "the disk is full",
    "cause.disk_io": "the disk could not be written (it may be full)",
    "cause.cannot_open": "the knowledge base file cannot be opened",
    "cause.connection_lost": "the connection to the server was lost",
    "cause.unreachable": "the server cannot be reached",
    "cause.refused": "the database refused it ({detail})",
    "file.not_sqlite": "“{file}” is not a Briefing Builder database (it is not a SQLite file).",
    "file.damaged": "“{file}” is damaged: the integrity check reported {report}.",
    "file.foreign": "“{file}” was not made by Briefing Builder; it has been left unchanged.",
    "file.locked": (
        "“{file}” is in use by another program, which holds it locked; close that program "
        "and try again. The file was not changed."
    ),
    "file.no_permission": "“{file}” cannot be read (no permission). The file was not changed.",
    "file.read_only_place": (
        "“{file}” is in a read-only place ({folder}); a knowledge base needs a folder it can "
        "write in. Copy it somewhere writable and open the copy."
    ),
    "file.cannot_open": "“{file}” cannot be opened ({detail}). The file was not changed.",
    "file.damaged_detail": "“{file}” is damaged and cannot be opened ({detail}).",
    "database.foreign": (
        "This database was not made by Briefing Builder; it has been left unchanged."
    ),
    "database.too_new": (
        "This database was written by a newer version of Briefing Builder (schema {schemas}). "
        "Update the program to open it; the file has been left unchanged."
    ),
    "database.missing": "There is no knowledge base at {path}.",
    "database.empty_file": (
        "{path} holds no knowledge base (it is empty); nothing was read or created."
    ),
    "database.empty_server": "{url} holds no knowledge base; nothing was read or created.",
    "database.locked": "The database is in use by another program and stayed locked; try again.",
    "database.cannot_open": "The database cannot be opened: {cause}.",
    # finding by name, copies
    "lookup.none": "There is no {what} “{term}”.",
    "lookup.none_near": "There is no {what} “{term}”. Did you mean: {near}?",
    "backup.no_database": "There is no database at {path} to back up.",
    "backup.no_file": "There is no file {path}.",
    "backup.a_folder": "{path} is a folder, not a copy of a knowledge base.",
    "backup.empty": "“{file}” holds no knowledge base.",
    # IATI files
    "iati.not_xml": (
        "{name} is not well-formed XML and was not imported: it breaks at line {line}, "
        "column {column} ({detail})."
    ),
    "iati.unreadable": "{name} cannot be read: {cause}.",
    "iati.no_xml": "{name} holds no XML.",
    "iati.not_activities": (
        "{name} is not an IATI activity file (its root is <{root}>, not <{expected}>)."
    ),
    "iati.doctype": (
        "{name} declares a DOCTYPE. IATI files have none, and a DOCTYPE can make a parser "
        "read other files or exhaust memory, so the file was refused and nothing was imported."
    ),
    "iati.version": "{name} is IATI version {version}; this program reads versions {supported}.",
    # IATI import problems (``element`` is an IATI element's name, kept as the file has it)
    "iati.problem": "{severity} ({where}): {problem}",
    "iati.problem.activity": "{severity} ({where}) [{identifier}]: {problem}",
    "iati.severity.critical": "critical",
    "iati.severity.error": "error",
    "iati.severity.warning": "warning",
    "iati.where.line": "line {line}",
    "iati.where.file": "file",
    "iati.version_unsupported": "IATI version “{version}” is not one of {supported}; read as 2.03.",
    "iati.version_missing": "IATI version “missing” is not one of {supported}; read as 2.03.",
    "iati.no_file_date": (
        "the file gives no last-updated or generated date; facts are dated as of the import "
        "({date})."
    ),
    "iati.no_identifier": "the activity has no iati-identifier; skipped.",
    "iati.identifier_twice": (
        "this identifier was already imported earlier in this import; this copy was skipped."
    ),
    "iati.identifier_too_long": "the iati-identifier is longer than {limit} characters; skipped.",
    "iati.no_title": "the activity has no title; skipped.",
    "iati.title_too_long": (
        "the title is {length:,} characters long (at most {limit} fit); skipped."
    ),
    "iati.not_imported": "not imported: {cause}",
    "iati.refused.record_field": "{what}, {name}: {refusal}",
    "iati.refused.record": "{what}: {refusal}",
    "iati.refused.field": "{name}: {refusal}",
    "iati.copy": (
        "engagement “{key}” already holds this activity; imported as a copy “{copy}” without "
        "the IATI identifier, which must stay unique."
    ),
    "iati.status_unknown": "activity-status “{code}” is unknown; recorded as active.",
    "iati.no_status": "no activity-status; recorded as active.",
    "iati.date_invalid": "{element}: “{value}” is not a date; left out.",
    "iati.ends_before_start": (
        "the activity ends ({end}) before it starts ({start}); end left out."
    ),
    "iati.country_unknown": "recipient-country “{code}” is no ISO 3166-1 code; left out.",
    "iati.region_unknown": (
        "recipient-region {code} (vocabulary {vocabulary}) matches no region of the knowledge "
        "base; left out."
    ),
    "iati.share_range": (
        "{element} {code}: percentage “{value}” is not between 0 and 100; left out."
    ),
    "iati.sector_code": "sector “{code}” is not a {digits}-digit DAC code; left out.",
    "iati.sector_no_theme": "DAC sector {code} has no theme in the sector table; no theme added.",
    "iati.theme_missing": (
        "theme “{theme}” (DAC sector {code}) is not in the knowledge base; left out."
    ),
    "iati.parent_none": "related-activity type 1 names no other activity; no parent set.",
    "iati.parent_second": "a second parent ({ref}) is named; the first ({first}) was kept.",
    "iati.parent_circle": "the parent activities form a circle; no parent set.",
    "iati.parent_missing": (
        "parent activity “{identifier}” is neither in this import nor in the knowledge base; "
        "imported without a parent."
    ),
    "iati.org_role": "participating-org has role “{code}”, not 1–4; left out.",
    "iati.org_nameless": "participating-org has neither ref nor name; left out.",
    "iati.org_name_cut": "organisation name cut to {limit} characters.",
    "iati.org_ref_long": "organisation ref longer than {limit}; not kept.",
    "iati.money_ends_before_start": (
        "{element} ends ({end}) before it starts ({start}); end left out."
    ),
    "iati.money_no_value": "{element} has no value; left out.",
    "iati.currency_unknown": (
        "{element} of {value} has the currency “{currency}”, which is no ISO 4217 code; left out."
    ),
    "iati.currency_missing": (
        "{element} of {value} has no currency (neither on the value nor as the activity's "
        "default-currency); left out."
    ),
    "iati.value_not_number": "{element} value “{value}” is no number.",
    "iati.amount_negative": "{element} of {amount} {currency} is negative; left out.",
    "iati.amount_too_large": "{element} of {amount} {currency} is too large to be an amount.",
    "iati.amount_cents": "{element} of {amount} {currency} is kept to the cent as {cents}.",
    "iati.indicator_no_title": "indicator has no title (nor has its result); left out.",
    "iati.period_several": (
        "period has several targets or actuals (by dimension); the first of each was kept."
    ),
    "iati.result_period_reversed": ("result period ends ({end}) before it starts; end left out."),
    "iati.figure_refused": "{element} {value}: {refusal} Kept as text.",
    "iati.figure_percent": ("{element} {value} is no percentage between 0 and 100; kept as text."),
    # the IATI import report
    "iati.report.file": "{file} (IATI {version})",
    "iati.report.activities": "activities: {imported} imported, {skipped} skipped",
    "iati.report.activities_kept": (
        "activities: {imported} imported, {skipped} skipped, {kept} already present and left alone"
    ),
    "iati.report.money": (
        "budgets: {budgets}, planned disbursements: {planned}, transactions: {transactions}, "
        "results: {results}"
    ),
    "iati.report.transactions_ignored": (
        "{ignored} transactions of other types than commitment and disbursement were not imported"
    ),
    "iati.report.problems": ("problems: critical {critical}, errors {errors}, warnings {warnings}"),
    "iati.report.more": "… and {more} more",
    "iati.report.dry_run": "Dry run: nothing was written.",
    "iati.report.unchanged": "Nothing changed in the knowledge base.",
    "iati.report.added": "Added {count} {kind}.",
    "iati.report.would_add": "Would add {count} {kind}.",
    "iati.report.changed": "Changed {count} {kind}.",
    "iati.report.would_change": "Would change {count} {kind}.",
    "iati.report.added_titles": "Added:",
    "iati.report.would_add_titles": "Would add:",
    "iati.report.changed_titles": "Changed:",
    "iati.report.would_change_titles": "Would change:",
    # record kinds in "Added 3 engagements" (the command line has always printed the plural)
    **{
        f"iati.kind.{kind}{number}": kind.replace("_", " ")
        for kind in (
            "engagements",
            "funding",
            "results",
            "organisations",
            "sources",
            "countries",
            "regions",
            "themes",
            "instruments",
            "events",
            "key_facts",
            "sector_themes",
        )
        for number in ("", ".one")
    },
    # knowledge files
    "knowledge.not_json": "{name} is not valid JSON (line {line}, column {column}: {detail}).",
    "knowledge.name_twice": "{name} names “{field}” twice in one record; nothing was read.",
    "knowledge.too_deep": "{name} is nested too deeply to be a knowledge file.",
    "knowledge.number_too_long": "{name} holds a number too long to be a value.",
    "knowledge.not_ours": "{name} is not a Briefing Builder knowledge file.",
    "knowledge.too_new": "{name} has format “{found}”; this program reads “{format}” and older.",
    "knowledge.no_format": "{name} is not a Briefing Builder knowledge file (no “format”).",
    "knowledge.not_records": "“{list}” must be a list of records.",
    "knowledge.key_twice": "“{key}” appears twice in “{list}”; each record needs its own key.",
    "knowledge.too_big": (
        "{name} is {size} MB; a knowledge file may be at most {limit} MB. Nothing was read."
    ),
    "knowledge.not_a_file": "{path} is not a file.",
    "knowledge.unreadable": "{path} cannot be read: {cause}.",
    "knowledge.not_utf8": "{name} is not UTF-8 text.",
    "knowledge.unknown_lists": "unknown lists in the file: {lists}.",
    # briefs
    "brief.language": "“{value}” is not a brief language; use da or en.",
    "brief.period_reversed": "The period ends before it starts.",
    "brief.stale_negative": "The staleness threshold cannot be negative.",
    "brief.section_twice": "A section is listed twice.",
    "brief.unprintable_character": (
        "The brief holds “{character}” (U+{code}), which its fonts cannot print: “{context}”. "
        "Change that text and make the brief again."
    ),
    "brief.text_too_long": (
        "A text in this brief is too long to fit on a page (it was saved before the length "
        "limits); shorten it in the editor and make the brief again."
    ),
}


@dataclass(frozen=True)
class Message:
    """One message: its id and its parameters (texts, numbers or other messages)."""

    id: str
    params: tuple[tuple[str, Any], ...] = ()

    def render(self, catalogue: Mapping[str, str], word: Callable[[str], str] | None = None) -> str:
        """The text from ``catalogue``; nested messages are rendered from it too, and
        ``word`` (if given) translates the parameters named ``what``, ``name``, ``role`` and
        ``places`` (a record kind, a field name, a partner's role, "countries"). Whole numbers
        stay numbers, so that a text may group their digits ("{length:,}")."""
        values: dict[str, Any] = {}
        for key, value in self.params:
            if isinstance(value, Message):
                values[key] = value.render(catalogue, word)
            elif word is not None and key in ("what", "name", "role", "places"):
                values[key] = word(str(value))
            elif isinstance(value, int) and not isinstance(value, bool):
                values[key] = value
            else:
                values[key] = str(value)
        if "what" in values:  # "{What}" begins a sentence with the record kind
            values["What"] = values["what"][:1].upper() + values["what"][1:]
        return catalogue[self.id].format(**values)

    def __str__(self) -> str:
        return self.render(ENGLISH)


def say(message_id: str, **params: Any) -> Message:
    """The message ``message_id`` with ``params``; an unknown id is a programming error."""
    if message_id not in ENGLISH:
        raise KeyError(message_id)
    return Message(message_id, tuple(params.items()))
