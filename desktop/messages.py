"""The model's error messages in the interface language.

``models`` phrases its refusals in English (it knows no UI); the Danish interface shows them
in Danish through this table of sentence patterns, so a desk officer reads "må ikke være
tom" next to the field. Unknown sentences are shown as they are.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

# (English pattern, Danish wording); groups are reused by position.
_DANISH: list[tuple[str, str]] = [
    (r"must not be empty\.", "må ikke være tom."),
    (
        r"is ([\d,]+) characters long; at most ([\d,]+) fit\.",
        r"er \1 tegn lang; der er plads til højst \2.",
    ),
    (
        r"holds a control character \(U\+(\w+)\) at position (\d+); remove it\.",
        r"indeholder et styretegn (U+\1) på plads \2; fjern det.",
    ),
    (
        r"must be one line \(no tabs or line breaks\)\.",
        "skal stå på én linje (uden tabulatorer og linjeskift).",
    ),
    (
        r"holds (\w+) script \(at position (\d+)\), which briefs cannot print right to left "
        r"yet; write the name in Latin letters\.",
        r"indeholder skrift, der læses fra højre mod venstre (\1, på plads \2), og som notater "
        r"endnu ikke kan gengive; skriv navnet med latinske bogstaver.",
    ),
    (r"“(.*)” has more than four decimals\.", r"“\1” har mere end fire decimaler."),
    (
        r"“(.*)” is too large for a figure \(at most (\d+) digits before the decimal point\)\.",
        r"“\1” er for stort til et tal her (højst \2 cifre før kommaet).",
    ),
    (
        r"holds a flag \(at position (\d+)\), which briefs cannot print\.",
        r"indeholder et flag (på plads \1), som notater ikke kan gengive.",
    ),
    (
        r"holds a joined emoji \(at position (\d+)\), which briefs cannot print\.",
        r"indeholder en sammensat emoji (på plads \1), som notater ikke kan gengive.",
    ),
    (
        r"holds a NUL or an unpaired surrogate, which cannot be stored\.",
        "indeholder et NUL-tegn eller en enlig surrogat, som ikke kan gemmes.",
    ),
    (
        r"The brief holds “(.*)” \((U\+\w+)\), which its fonts cannot print: “(.*)”\. "
        r"Change that text and make the brief again\.",
        r"Notatet indeholder “\1” (\2), som dets skrifttyper ikke kan gengive: “\3”. "
        r"Ret teksten, og lav notatet igen.",
    ),
    (
        r"A text in this brief is too long to fit on a page \(it was saved before the length "
        r"limits\); shorten it in the editor and make the brief again\.",
        "En tekst i notatet er for lang til en side (den blev gemt, før der var "
        "længdegrænser); forkort den i redigeringen, og lav notatet igen.",
    ),
    (
        r"“(.*)” has more than two decimals; amounts are kept to the øre or cent\.",
        r"“\1” har mere end to decimaler; beløb føres i øre eller cent.",
    ),
    (r"Not saved: (.*)\. Nothing was changed\.", r"Ikke gemt: \1. Intet blev ændret."),
    (
        r"Perhaps not saved: (.*)\. Reload to see what is stored\.",
        r"Måske ikke gemt: \1. Genindlæs for at se, hvad der er gemt.",
    ),
    (
        r"The knowledge base cannot be used now: (.*)\.",
        r"Vidensbasen kan ikke bruges lige nu: \1.",
    ),
    (r"“(.*)” is not one of: (.*)\.", r"“\1” er ikke en af: \2."),
    (r"must be a number\.", "skal være et tal."),
    (r"“(.*)” is not a number\.", r"“\1” er ikke et tal."),
    (r"must be a finite number\.", "skal være et endeligt tal."),
    (r"an amount is required\.", "der skal stå et beløb."),
    (
        r"cannot be negative; record a reduction as its own line\.",
        "kan ikke være negativt; registrér en nedskrivning som sin egen linje.",
    ),
    (r"is too large to be an amount\.", "er for stort til at være et beløb."),
    (
        r"“(.*)” is not an ISO 4217 currency code such as DKK or EUR\.",
        r"“\1” er ikke en ISO 4217-valutakode som DKK eller EUR.",
    ),
    (
        r"(.*) % is not a percentage between 0 and 100\.",
        r"\1 % er ikke en procentsats mellem 0 og 100.",
    ),
    (
        r"“(.*)” is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD\.",
        r"“\1” er ikke en dato; skriv den som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.",
    ),
    (r"a date is required\.", "der skal stå en dato."),
    (
        r"the period ends \((.*)\) before it starts \((.*)\)\.",
        r"perioden slutter (\1), før den begynder (\2).",
    ),
    (r"The year (.*) is not a valid year\.", r"Året \1 er ikke et gyldigt år."),
    (r"The month (.*) does not exist\.", r"Måneden \1 findes ikke."),
    (r"(.*) has no day (.*)\.", r"\1 har ingen dag \2."),
    (
        r"“(.*)” is not an ISO 3166-1 alpha-2 country code\.",
        r"“\1” er ikke en ISO 3166-1-landekode på to bogstaver.",
    ),
    (
        r"“(.*)” is not defined in this file or the database\.",
        r"“\1” findes hverken i filen eller i databasen.",
    ),
    (
        r"“(.*)” is still used by (\d+) record\(s\); change those first\.",
        r"“\1” bruges stadig af \2 post(er); ret dem først.",
    ),
    (r"“(.*)” exists already\.", r"“\1” findes allerede."),
    (r"(.*) is already a (.*) partner\.", r"\1 er allerede partner med rollen \2."),
    (
        r"Someone else changed this engagement after you opened it: (.*) is now “(.*)”; "
        r"yours was “(.*)”\.",
        r"En anden har ændret engagementet, efter du åbnede det: \1 er nu “\2”; "
        r"dit var “\3”.",
    ),
    (
        r"Someone else changed “(.*)” after you opened the list: (.*) is now “(.*)”; "
        r"yours was “(.*)”\.",
        r"En anden har ændret “\1”, efter du åbnede listen: \2 er nu “\3”; dit var “\4”.",
    ),
    (r"There is no country “(.*)”\.", r"Der er intet land, der hedder “\1”."),
    (r"There is no region “(.*)”\.", r"Der er ingen region, der hedder “\1”."),
    (r"There is no theme “(.*)”\.", r"Der er intet tema, der hedder “\1”."),
    (r"There is no instrument “(.*)”\.", r"Der er intet instrument, der hedder “\1”."),
    (
        r"“(.*)” is already one of this engagement’s events\.",
        r"“\1” er allerede en af engagementets begivenheder.",
    ),
    (
        r"That event is no longer on the engagement\.",
        "Begivenheden hører ikke længere til engagementet.",
    ),
    (r"The event “(.*)” no longer exists\.", r"Begivenheden “\1” findes ikke længere."),
    (
        r"Someone else changed this amount after you opened it: it is now (.*); yours was (.*)\.",
        r"En anden har ændret beløbet, efter du åbnede det: det er nu \1; dit var \2.",
    ),
]
# Why the database failed (models.db_errors), as it appears inside the sentences above.
_CAUSES = {
    "the knowledge base is in use by another program and stayed locked": (
        "vidensbasen er i brug af et andet program og forblev låst"
    ),
    "the knowledge base is read-only here": "vidensbasen kan kun læses her",
    "the disk is full": "disken er fuld",
    "the disk could not be written (it may be full)": (
        "der kunne ikke skrives på disken (den er måske fuld)"
    ),
    "the knowledge base file cannot be opened": "vidensbasens fil kan ikke åbnes",
    "the connection to the server was lost": "forbindelsen til serveren blev afbrudt",
    "the server cannot be reached": "serveren kan ikke nås",
    "the database refused it": "databasen afviste det",
}
_RECORDS = {
    "Engagement": "Engagement",
    "Funding line": "Bevillingslinje",
    "Result": "Resultat",
    "Partner": "Partner",
    "Event": "Begivenhed",
    "event": "begivenhed",
}
_FIELDS = {
    "title": "titel",
    "summary": "resumé",
    "status": "status",
    "start": "start",
    "end": "slut",
    "lead unit": "ansvarlig enhed",
    "amount": "beløb",
    "currency": "valuta",
    "kind": "art",
    "note": "note",
    "role": "rolle",
    "as of": "opgjort pr.",
    "as_of": "opgjort pr.",
    "date": "dato",
    "description": "beskrivelse",
    "reference": "reference",
    "indicator": "indikator",
    "unit": "enhed",
    "baseline": "udgangspunkt",
    "target": "mål",
    "actual": "opnået",
}
# "Engagement, title: …" from the services; "event “key”, date: …" from the file loader.
_PREFIX = re.compile(
    r"^(Engagement|Funding line|Result|Partner|Event|event “[^”]*”)(?:, ([a-z_ ]+))?: (.*)$",
    re.DOTALL,
)


def in_language(message: str, language: str | None = None) -> str:
    """``message`` in the interface language (Danish or English)."""
    language = language or ("da" if QLocale().language() == QLocale.Language.Danish else "en")
    if language != "da":
        return message
    record = field = None
    match = _PREFIX.match(message)
    if match:
        record, field, message = match.group(1), match.group(2), match.group(3)
    for english, danish_cause in _CAUSES.items():
        message = message.replace(english, danish_cause)
    for pattern, danish in _DANISH:
        if re.fullmatch(pattern, message, flags=re.DOTALL):
            message = re.sub(pattern, danish, message, count=1, flags=re.DOTALL)
            break
    if record is None:
        return message
    kind, _, key = record.partition(" “")
    prefix = _RECORDS.get(kind, kind) + (f" “{key}" if key else "")
    if field:
        prefix += f", {_FIELDS.get(field, field)}"
    return f"{prefix}: {message}"
