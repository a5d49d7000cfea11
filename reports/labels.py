"""Danish wording of every label a brief prints; the English text is the key."""

from __future__ import annotations

DANISH: dict[str, str] = {
    # letterhead and page furniture
    "Briefing note": "Notat",
    "Page {page} of {pages}": "Side {page} af {pages}",
    "Case no.": "J.nr.",
    "Date": "Dato",
    "Author": "Forfatter",
    "To": "Til",
    "Unit": "Enhed",
    "Purpose": "Formål",
    "Classification": "Klassifikation",
    "For information": "Til orientering",
    "For decision": "Til beslutning",
    "Contents": "Indhold",
    "Period": "Periode",
    "Themes": "Temaer",
    "All themes": "Alle temaer",
    "from": "fra",
    "until": "til",
    # sections
    "Summary": "Resumé",
    "Background and timeline": "Baggrund og tidslinje",
    "Engagements": "Engagementer",
    "Results": "Resultater",
    "Key facts": "Nøgletal",
    "Key fact": "Nøgletal",
    "Funding by instrument": "Midler fordelt på instrumenter",
    "Funding by year": "Midler fordelt på år",
    "Sources": "Kilder",
    "Regional engagements": "Regionale engagementer",
    # tables
    "Engagement": "Engagement",
    "Instruments": "Instrumenter",
    "Partners": "Partnere",
    "Status": "Status",
    "DKK m": "Mio. kr.",
    "DKK": "Kr.",
    "Countries": "Lande",
    "Regions": "Regioner",
    "Start": "Start",
    "End": "Slut",
    "Source": "Kilde",
    "As of": "Pr.",
    "Funding": "Bevillinger",
    "Amount": "Beløb",
    "Currency": "Valuta",
    "Kind": "Art",
    "Finance Act line": "Finanslovskonto",
    "Note": "Note",
    "As written": "Som skrevet",
    "commitment": "tilsagn",
    "budget": "budget",
    "disbursement": "udbetaling",
    "expenditure": "forbrug",
    "Subtotal": "Subtotal",
    "Total": "I alt",
    "Indicator": "Indikator",
    "Baseline": "Udgangspunkt",
    "Target": "Mål",
    "Actual": "Opnået",
    "Other": "Øvrige",
    "Without theme": "Uden tema",
    # statuses and roles
    "planned": "planlagt",
    "active": "aktiv",
    "paused": "sat på pause",
    "completed": "afsluttet",
    "withdrawn": "trukket tilbage",
    "cancelled": "aflyst",
    "funding": "finansierende",
    "accountable": "ansvarlig",
    "extending": "udmøntende",
    "implementing": "gennemførende",
    "lead": "ledende",
    "partner": "partner",
    "beneficiary": "modtager",
    # summary sentences
    "{count} engagements, of which {active} active.": (
        "{count} engagementer, heraf {active} aktive."
    ),
    "{amount} committed in {period}.": "{amount} afsat i {period}.",
    "{amount} committed in all.": "{amount} afsat i alt.",
    "By instrument: {parts}.": "Fordelt på instrumenter: {parts}.",
    "(engagements with several instruments split evenly)": (
        "(engagementer med flere instrumenter er fordelt ligeligt)"
    ),
    "Ministry of Foreign Affairs of Denmark": "Udenrigsministeriet",
    "Figure": "Tal",
    "Shared with {places}": "Fælles med {places}",
    "Main partners: {names}.": "Centrale partnere: {names}.",
    "Latest significant event: {event} ({date}).": (
        "Seneste væsentlige begivenhed: {event} ({date})."
    ),
    "Nothing in the knowledge base matches this selection.": (
        "Der er intet i vidensbasen, der svarer til dette udvalg."
    ),
    "No engagements in the selection.": "Ingen engagementer i udvalget.",
    "DKK million; engagements with several instruments are split evenly between them.": (
        "Mio. kr.; engagementer med flere instrumenter er fordelt ligeligt mellem dem."
    ),
    "DKK million by the year the money is for; lines over several years are spread evenly.": (
        "Mio. kr. efter det år, midlerne gælder; linjer over flere år er fordelt ligeligt."
    ),
    # sources annex
    "Published {date}.": "Udgivet {date}.",
    "Data as of {date}.": "Data pr. {date}.",
    "Last updated by {user}.": "Senest opdateret af {user}.",
    "Possibly outdated": "Muligvis forældet",
    "† possibly outdated: the data is older than {months} months.": (
        "† muligvis forældet: data er ældre end {months} måneder."
    ),
}
