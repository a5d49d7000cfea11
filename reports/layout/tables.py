"""Tables of the brief: letterhead, engagements by theme, results, key facts, timeline."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from reports.content.brief import (
    EngagementLine,
    FactLine,
    Letterhead,
    NoteRef,
    ResultLine,
    ThemeGroup,
    TimelineEntry,
)
from reports.layout.fonts import BODY, safe_markup
from reports.layout.paragraphs import BriefParagraph
from reports.layout.styles import ACCENT, BAND, RULE, SECONDARY, BriefStyles, brief_styles
from reports.text import BriefText


def note_mark(note: NoteRef) -> str:
    """The superscript reference; the sources annex says which data may be outdated."""
    return f"<super>{note.number}</super>"


def _in(lang: str, styles: BriefStyles) -> BriefStyles:
    """The styles that hyphenate a text by its own language, not the brief's."""
    return brief_styles(lang) if lang and lang != styles.language else styles


def _p(text: str, style: object, note: NoteRef | None = None) -> Flowable:
    return BriefParagraph(safe_markup(text) + (note_mark(note) if note else ""), style)


def _grid(header_rows: int = 1) -> list[tuple[object, ...]]:
    return [
        ("FONT", (0, 0), (-1, -1), BODY, 9),  # empty cells would otherwise set Helvetica
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]


def letterhead_table(head: Letterhead, text: BriefText, styles: BriefStyles, width: float) -> Table:
    pairs = [
        (text("Unit"), f"{head.ministry}{', ' if head.unit else ''}{head.unit}"),
        (text("Case no."), head.case_number),
        (text("Date"), head.date_text),
        (text("Author"), head.author),
        (text("To"), head.addressee),
        (text("Purpose"), head.purpose),
    ]
    if head.classification:
        pairs.append((text("Classification"), head.classification))
    pairs = [(label, value) for label, value in pairs if value.strip()]
    rows = [[_p(label, styles.label), _p(value, styles.small)] for label, value in pairs]
    table = Table(rows, colWidths=[0.18 * width, 0.82 * width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), BODY, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
                ("TOPPADDING", (0, 0), (-1, 0), 5),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
            ]
        )
    )
    return table


def engagement_table(
    groups: Sequence[ThemeGroup],
    totals: Sequence[tuple[str, str]],
    text: BriefText,
    styles: BriefStyles,
    width: float,
) -> Table:
    """Engagements grouped by theme with subtotals (when of one kind); a total row per kind
    of money, never one sum of different kinds; the header repeats on every page."""
    header = [
        _p(text(label), styles.header_cell)
        for label in ("Engagement", "Instruments", "Partners", "Period")
    ]
    header.append(_p(text("DKK m"), styles.header_cell_right))
    rows: list[list[Flowable | str]] = [header]
    commands = _grid()
    for group in groups:
        commands.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), BAND))
        commands.append(("SPAN", (0, len(rows)), (-2, len(rows))))
        subtotal = _p(group.subtotal, styles.cell_right)
        if group.lines:  # a theme heading never stays behind at the foot of a page
            commands.append(("NOSPLIT", (0, len(rows)), (-1, len(rows) + 1)))
        rows.append([_p(group.theme, styles.cell_bold), "", "", "", subtotal])
        rows.extend(_engagement_row(line, styles) for line in group.lines)
    first_total = len(rows)
    for label, amount in totals:
        commands.append(("SPAN", (0, len(rows)), (-2, len(rows))))
        rows.append([_p(label, styles.cell_bold), "", "", "", _p(amount, styles.cell_bold_right)])
    if totals:
        commands.append(("LINEABOVE", (0, first_total), (-1, first_total), 1, ACCENT))
    widths = [0.31, 0.20, 0.23, 0.12, 0.14]
    table = Table(rows, colWidths=[w * width for w in widths], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _engagement_row(line: EngagementLine, styles: BriefStyles) -> list[Flowable | str]:
    period_and_status = (
        safe_markup(line.period)
        + ("<br/>" if line.period else "")
        + f'<font color="{SECONDARY}">{safe_markup(line.status)}</font>'
    )
    title = ("– " * line.level) + safe_markup(line.title) + note_mark(line.note)
    if line.shared:
        title += f'<br/><font color="{SECONDARY}">{safe_markup(line.shared)}</font>'
    amounts = [
        f'{safe_markup(amount)}<br/><font color="{SECONDARY}">{safe_markup(kind)}</font>'
        for amount, kind in zip(line.amount.split("\n"), line.kind.split("\n"), strict=False)
        if amount
    ]
    own = _in(line.lang, styles)
    return [
        BriefParagraph(title, own.component if line.level else own.cell),
        _p(line.instruments, styles.cell),
        _p(line.partners, styles.cell),
        BriefParagraph(period_and_status, styles.cell),
        BriefParagraph("<br/>".join(amounts), styles.cell_right),
    ]


def results_table(
    results: Sequence[ResultLine], text: BriefText, styles: BriefStyles, width: float
) -> Table:
    """Indicators with their figures; the baseline column only when some result has one."""
    with_baseline = any(result.baseline for result in results)
    labels = ["Indicator", "Baseline", "Target", "Actual", "Period"]
    if not with_baseline:
        labels.remove("Baseline")
    header = [_p(text(labels[0]), styles.header_cell)]
    header += [_p(text(label), styles.header_cell_right) for label in labels[1:-1]]
    header.append(_p(text(labels[-1]), styles.header_cell))
    rows: list[list[Flowable | str]] = [header]
    commands = _grid()
    for result in results:
        # each piece marked on its own: an untranslated title or note keeps its "[da]"
        detail = safe_markup(result.engagement) + (
            f" — {safe_markup(result.comment)}" if result.comment else ""
        )
        indicator = BriefParagraph(
            safe_markup(result.indicator)
            + note_mark(result.note)
            + f'<br/><font color="{SECONDARY}">{detail}</font>',
            _in(result.lang, styles).cell,
        )
        figures = [result.baseline] if with_baseline else []
        figures += [result.target, result.actual]
        if result.as_text:  # a result in words reads as text across the figure columns
            said = " ".join(safe_markup(f) for f in figures if f)  # each keeps its mark
            cells: list[Flowable | str] = [BriefParagraph(said, _in(result.lang, styles).cell)] + [
                ""
            ] * (len(figures) - 1)
            commands.append(("SPAN", (1, len(rows)), (len(figures), len(rows))))
        else:
            cells = [_p(figure, styles.cell_right) for figure in figures]
        rows.append([indicator, *cells, _p(result.period, styles.cell)])
    widths = [0.45, 0.14, 0.12, 0.13, 0.16] if with_baseline else [0.57, 0.13, 0.14, 0.16]
    table = Table(rows, colWidths=[w * width for w in widths], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def facts_table(
    facts: Sequence[FactLine], text: BriefText, styles: BriefStyles, width: float
) -> Table:
    """Key facts; the figure column only when some fact has a number."""
    with_figures = any(fact.value for fact in facts)
    header = [_p(text("Key fact"), styles.header_cell)]
    if with_figures:
        header.append(_p(text("Figure"), styles.header_cell_right))
    header.append(_p(text("Period"), styles.header_cell))
    rows: list[list[Flowable | str]] = [header]
    for fact in facts:
        row = [_p(fact.text, _in(fact.lang, styles).cell, fact.note)]
        if with_figures:
            row.append(_p(fact.value, styles.cell_right))
        row.append(_p(fact.period, styles.cell))
        rows.append(row)
    widths = [0.68, 0.16, 0.16] if with_figures else [0.84, 0.16]
    table = Table(rows, colWidths=[w * width for w in widths], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(_grid()))
    return table


def timeline_table(entries: Sequence[TimelineEntry], styles: BriefStyles, width: float) -> Table:
    rows: list[list[Flowable | str]] = []
    for entry in entries:
        body = safe_markup(entry.title)
        if entry.reference and entry.reference not in entry.title:
            body += f" ({safe_markup(entry.reference)})"
        body += note_mark(entry.note)
        if entry.detail:
            body += f'<br/><font color="{SECONDARY}">{safe_markup(entry.detail)}</font>'
        rows.append(
            [_p(entry.when, styles.label), BriefParagraph(body, _in(entry.lang, styles).cell)]
        )
    table = Table(rows, colWidths=[0.2 * width, 0.8 * width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), BODY, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBEFORE", (1, 0), (1, -1), 1.2, ACCENT),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("LEFTPADDING", (1, 0), (1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("TEXTCOLOR", (0, 0), (-1, -1), colors.black),
            ]
        )
    )
    return table
