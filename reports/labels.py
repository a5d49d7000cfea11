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
    "No engagements in the selection.": "Ingen engagementer i udvalget.",
    "DKK million; engagements with several instruments are split evenly between them.": (
        "Mio. kr.; engagementer med flere instrumenter er fordelt ligeligt mellem dem."
    ),
    "DKK million by the year the money is for; lines over several years are spread evenly.": (
        "Mio. kr. efter det år, midlerne gælder; linjer over flere år er fordelt ligeligt."
    ),
    # sources annex
    "Published {date}.": "Udgivet {date}.",
    "Translated from Danish.": "Oversat fra dansk.",
    "Translated from English.": "Oversat fra engelsk.",
    "Data as of {date}.": "Data pr. {date}.",
    "Last updated by {user}.": "Senest opdateret af {user}.",
    "Possibly outdated": "Muligvis forældet",
    "† possibly outdated: the data is older than {months} months.": (
        "† muligvis forældet: data er ældre end {months} måneder."
    ),
    # money by kind, shares and what a brief leaves out (never a sum of different kinds)
    "committed": "givet tilsagn",
    "disbursed": "udbetalt",
    "budgeted": "budgetteret",
    "Total committed": "I alt, givet tilsagn",
    "Total disbursed": "I alt, udbetalt",
    "Total budgeted": "I alt, budgetteret",
    "Shared with {places}: {amount}, not counted here.": (
        "Fælles med {places}: {amount}, tælles ikke med her."
    ),
    "DKK million, {kind}.": "Mio. kr., {kind}.",
    "Not shown: {items}.": "Ikke vist: {items}.",
    "{amount} for engagements with several or no instruments": (
        "{amount} til engagementer med flere eller ingen instrumenter"
    ),
    "{amount} over several years": "{amount} over flere år",
    "{amount} without a period": "{amount} uden periode",
    "Not in the DKK totals (other currencies, no rate recorded): {amounts}.": (
        "Indgår ikke i totalerne i kr. (anden valuta, ingen kurs registreret): {amounts}."
    ),
    "{amount} without a stated period is left out of this period.": (
        "{amount} uden angivet periode er udeladt af denne periode."
    ),
    "{count} results without a stated period are left out.": (
        "{count} resultater uden angivet periode er udeladt."
    ),
    "Data as of {date}": "Data pr. {date}",
    "Not tied to a place": "Ikke knyttet til et sted",
    "See {section}.": "Se {section}.",
    "See {section}: {fact}": "Se {section}: {fact}",
    "ended {date}": "sluttede {date}",
    "Search: “{words}”": "Søgning: “{words}”",
    "{count} engagements": "{count} engagementer",
    "{count} key facts": "{count} nøgletal",
    "{count} events": "{count} begivenheder",
    "Left out because their period is not stated: {items}.": (
        "Udeladt, fordi perioden ikke er angivet: {items}."
    ),
    "Recorded in {period}: {amounts}.": "Registreret for {period}: {amounts}.",
    "Recorded: {amounts}.": "Registreret: {amounts}.",
    (
        "Besides, {amounts} granted for several places together, without a recorded "
        "split, is not in these figures."
    ): (
        "Desuden er {amounts}, bevilget til flere steder samlet og uden registreret "
        "fordeling, ikke medregnet."
    ),
    "{count} engagements with {parts} components in all, of which {active} active.": (
        "{count} engagementer med i alt {parts} delindsatser, heraf {active} aktive."
    ),
    "{count} engagements with {parts} components in all.": (
        "{count} engagementer med i alt {parts} delindsatser."
    ),
    "{count} engagements.": "{count} engagementer.",
    "{count} engagement.": "{count} engagement.",
    "{count} engagement with {parts} components.": "{count} engagement med {parts} delindsatser.",
    "Draft: nothing in the knowledge base matches this selection.": (
        "Udkast: der er intet i vidensbasen, der svarer til dette udvalg."
    ),
    "all places": "alle steder",
    "search “{words}”": "søgning “{words}”",
    "Nothing in the knowledge base matches {selection}.": (
        "Intet i vidensbasen svarer til {selection}."
    ),
    "without the period": "uden perioden",
    "with all themes": "med alle temaer",
    "without the search text": "uden søgeteksten",
    "with all instruments and statuses": "med alle instrumenter og statusser",
    "reported by anyone": "uanset hvem der har indberettet",
    "Reported by": "Indberettet af",
    "our own records": "egne registreringer",
    "{label}: {count} engagements": "{label}: {count} engagementer",
    "{count} engagements there have no stated period": (
        "{count} engagementer dér har ingen angivet periode"
    ),
    "Near: {items}.": "Tæt på: {items}.",
    "{count} engagement, of which {active} active.": "{count} engagement, heraf {active} aktivt.",
    "{count} engagement with {parts} components, of which {active} active.": (
        "{count} engagement med {parts} delindsatser, heraf {active} aktivt."
    ),
    "DRAFT – NO DATA": "UDKAST – INGEN DATA",
    "around": "ca.",
    # qualifiers beside a figure
    "about": "ca.",
    "more than": "mere end",
    "up to": "op til",
    "at least": "mindst",
    "less than": "under",
    "Qualifier": "Kvalifikation",
    (
        "The newest data in this brief is as of {date}, older than {months} months: "
        "check it before use."
    ): (
        "De nyeste data i dette notat er pr. {date}, ældre end {months} måneder: "
        "kontrollér dem før brug."
    ),
    "Several regions together": "Flere regioner samlet",
    "spent": "afholdt",
    "Total spent": "I alt, afholdt",
    "{status}, as of {date}": "{status}, pr. {date}",
    (
        "Left out as not known to run in the period (open-ended, data older than "
        "it): {count} engagements."
    ): (
        "Udeladt, da de ikke vides at løbe i perioden (uden slutdato, data ældre end "
        "perioden): {count} engagementer."
    ),
}
