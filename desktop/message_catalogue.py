"""The model's messages in Danish, by id (``models.messages.ENGLISH`` holds the English).

A test checks that both catalogues name the same ids and the same parameters.
"""

from __future__ import annotations

DANISH: dict[str, str] = {
    "text.languages": "har tekster på {found}; en tekst holdes på dansk (da) og engelsk (en).",
    "language.code": "“{value}” er ikke en sprogkode som da eller en.",
    "text.empty": "må ikke være tom.",
    "text.unstorable": "indeholder et NUL-tegn eller en enlig surrogat, som ikke kan gemmes.",
    "text.too_long": "er {length} tegn lang; der er plads til højst {limit}.",
    "text.control": "indeholder et styretegn (U+{code}) på plads {position}; fjern det.",
    "text.one_line": "skal stå på én linje (uden tabulatorer og linjeskift).",
    "text.right_to_left": (
        "indeholder skrift, der læses fra højre mod venstre ({script}, på plads {position}), "
        "og som notater endnu ikke kan gengive; skriv navnet med latinske bogstaver."
    ),
    "text.flag": "indeholder et flag (på plads {position}), som notater ikke kan gengive.",
    "text.emoji": (
        "indeholder en sammensat emoji (på plads {position}), som notater ikke kan gengive."
    ),
    "key.invalid": "“{value}” er ikke en gyldig nøgle (små bogstaver, cifre og bindestreger).",
    "choice.unknown": "“{value}” er ikke en af: {allowed}.",
    "number.required": "skal være et tal.",
    "number.invalid": "“{value}” er ikke et tal.",
    "number.infinite": "skal være et endeligt tal.",
    "figure.too_large": "“{value}” er for stort til et tal her (højst {digits} cifre før kommaet).",
    "figure.decimals": "“{value}” har mere end fire decimaler.",
    "amount.required": "der skal stå et beløb.",
    "amount.negative": "kan ikke være negativt; registrér en nedskrivning som sin egen linje.",
    "amount.too_large": "er for stort til at være et beløb.",
    "amount.decimals": "“{value}” har mere end to decimaler; beløb føres i øre eller cent.",
    "currency.unknown": "“{value}” er ikke en ISO 4217-valutakode som DKK eller EUR.",
    "percentage.range": "{value} % er ikke en procentsats mellem 0 og 100.",
    "date.invalid": "“{value}” er ikke en dato; skriv den som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.",
    "date.invalid_estimated": (
        "“{value}” er ikke en dato; skriv den som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD "
        "(~ÅÅÅÅ, når den er anslået)."
    ),
    "date.required": "der skal stå en dato.",
    "date.year": "Året {year} er ikke et gyldigt år.",
    "date.day_without_month": "En dato med en dag skal også have en måned.",
    "date.month": "Måneden {month} findes ikke.",
    "date.day": "{month} har ingen dag {day}.",
    "period.reversed": "perioden slutter ({end}), før den begynder ({start}).",
    "record.gone": "{What} “{key}” findes ikke længere.",
    "record.exists": "“{key}” findes allerede.",
    "record.key_gone": "“{key}” findes ikke længere.",
    "record.still_used": "“{key}” bruges stadig af {uses} post(er); ret dem først.",
    "field.not_editable": "“{name}” kan ikke rettes her.",
    "field.not_editable_at_all": "“{name}” kan ikke rettes.",
    "name.unknown": "“{value}” findes ikke som {what}.",
    "theme.not_engagements": "“{code}” er ikke et af engagementets temaer.",
    "event.must_belong": "Den nye begivenhed skal høre til engagementet.",
    "event.not_on_engagement": "Begivenheden hører ikke længere til engagementet.",
    "event.already_linked": "“{title}” er allerede en af engagementets begivenheder.",
    "partner.already": "{organisation} er allerede partner med rollen {role}.",
    "partner.not_on_engagement": "Partneren hører ikke længere til engagementet.",
    "file.undefined": "“{key}” findes hverken i filen eller i databasen.",
    "file.not_a_list": "skal være en liste.",
    "file.not_records": "skal være en liste af poster.",
    "country.code": "“{code}” er ikke en ISO 3166-1-landekode på to bogstaver.",
    "sector.code": "“{value}” er ikke en DAC-sektorkode (3 eller 5 cifre).",
    "theme.primary_not_engagements": "hovedtemaet “{code}” er ikke et af engagementets temaer.",
    "shares.not_a_map": "skal knytte koder til procentsatser.",
    "shares.not_linked": "“{code}” er ikke blandt engagementets {places}.",
    "shares.over_100": "landenes og regionernes andele giver tilsammen {total} %, over 100 %.",
    "parent.cycle": "et engagement kan ikke være sit eget overordnede engagement.",
    "partner.shape": "hver partner skal være et objekt med organisation og rolle.",
    "key.used_elsewhere": "nøglen bruges allerede under engagementet “{engagement}”.",
    "conflict.field": (
        "En anden har ændret {what}, efter du åbnede posten: {name} er nu “{theirs}”; "
        "din værdi var “{mine}”."
    ),
    "conflict.amount": (
        "En anden har ændret beløbet, efter du åbnede det: det er nu {theirs}; "
        "din værdi var {mine}."
    ),
    "conflict.list": (
        "En anden har ændret “{key}”, efter du åbnede listen: {name} er nu “{theirs}”; "
        "din værdi var “{mine}”."
    ),
    "conflict.added": (
        "En anden har ændret {what}, efter posten blev tilføjet; at fortryde tilføjelsen "
        "ville slette den ændring, så intet blev slettet."
    ),
    "conflict.same_moment": ("En anden gemte posten i samme øjeblik; genindlæs den, og prøv igen."),
    "conflict.import": (
        "Vidensbasen er ændret efter importen; at fortryde den ville overskrive de ændringer, "
        "så intet blev fortrudt."
    ),
    "save.failed": "Ikke gemt: {cause}. Intet blev ændret.",
    "save.uncertain": "Måske ikke gemt: {cause}. Genindlæs for at se, hvad der er gemt.",
    "database.unusable": "Vidensbasen kan ikke bruges lige nu: {cause}.",
    "cause.locked": "vidensbasen er i brug af et andet program og forblev låst",
    "cause.read_only": "vidensbasen kan kun læses her",
    "cause.disk_full": "disken er fuld",
    "cause.disk_io": "der kunne ikke skrives på disken (den er måske fuld)",
    "cause.cannot_open": "vidensbasens fil kan ikke åbnes",
    "cause.connection_lost": "forbindelsen til serveren blev afbrudt",
    "cause.unreachable": "serveren kan ikke nås",
    "cause.refused": "databasen afviste det ({detail})",
    "file.not_sqlite": "“{file}” er ikke en Briefing Builder-database (det er ikke en SQLite-fil).",
    "file.damaged": "“{file}” er beskadiget: integritetstjekket meldte {report}.",
    "file.foreign": "“{file}” er ikke lavet af Briefing Builder; den er ikke ændret.",
    "file.locked": (
        "“{file}” er i brug af et andet program, som holder den låst; luk det program, og "
        "prøv igen. Filen er ikke ændret."
    ),
    "file.no_permission": "“{file}” kan ikke læses (ingen adgang). Filen er ikke ændret.",
    "file.read_only_place": (
        "“{file}” ligger et sted, der kun kan læses ({folder}); en vidensbase skal ligge i "
        "en mappe, der kan skrives i. Kopiér den til et sted, der kan skrives i, og åbn kopien."
    ),
    "file.cannot_open": "“{file}” kan ikke åbnes ({detail}). Filen er ikke ændret.",
    "file.damaged_detail": "“{file}” er beskadiget og kan ikke åbnes ({detail}).",
    "database.foreign": "Databasen er ikke lavet af Briefing Builder; den er ikke ændret.",
    "database.too_new": (
        "Databasen er skrevet af en nyere version af Briefing Builder (skema {schemas}). "
        "Opdatér programmet for at åbne den; filen er ikke ændret."
    ),
    "database.missing": "Der er ingen vidensbase i {path}.",
    "database.empty_file": (
        "{path} indeholder ingen vidensbase (den er tom); intet er læst eller oprettet."
    ),
    "database.empty_server": "{url} indeholder ingen vidensbase; intet er læst eller oprettet.",
    "database.locked": "Databasen er i brug af et andet program og forblev låst; prøv igen.",
    "database.cannot_open": "Databasen kan ikke åbnes: {cause}.",
    "lookup.none": "“{term}” findes ikke som {what}.",
    "lookup.none_near": "“{term}” findes ikke som {what}. Mente du: {near}?",
    "backup.no_database": "Der er ingen database på {path} at tage kopi af.",
    "backup.no_file": "Der er ingen fil {path}.",
    "backup.a_folder": "{path} er en mappe, ikke en kopi af en vidensbase.",
    "backup.empty": "“{file}” indeholder ingen vidensbase.",
    "iati.not_xml": (
        "{name} er ikke velformet XML og blev ikke importeret: den bryder på linje {line}, "
        "kolonne {column} ({detail})."
    ),
    "iati.unreadable": "{name} kan ikke læses: {cause}.",
    "iati.no_xml": "{name} indeholder ingen XML.",
    "iati.not_activities": (
        "{name} er ikke en IATI-aktivitetsfil (dens rod er <{root}>, ikke <{expected}>)."
    ),
    "iati.doctype": (
        "{name} erklærer en DOCTYPE. IATI-filer har ingen, og en DOCTYPE kan få en parser til "
        "at læse andre filer eller opbruge hukommelsen, så filen blev afvist, og intet blev "
        "importeret."
    ),
    "iati.version": "{name} er IATI version {version}; dette program læser version {supported}.",
    "iati.problem": "{severity} ({where}): {problem}",
    "iati.problem.activity": "{severity} ({where}) [{identifier}]: {problem}",
    "iati.severity.critical": "kritisk",
    "iati.severity.error": "fejl",
    "iati.severity.warning": "advarsel",
    "iati.where.line": "linje {line}",
    "iati.where.file": "filen",
    "iati.version_unsupported": (
        "IATI-versionen “{version}” er ikke en af {supported}; filen er læst som 2.03."
    ),
    "iati.version_missing": (
        "IATI-versionen mangler og er ikke en af {supported}; filen er læst som 2.03."
    ),
    "iati.no_file_date": (
        "filen angiver ingen dato for seneste opdatering eller dannelse; oplysningerne er "
        "dateret pr. importen ({date})."
    ),
    "iati.no_identifier": "aktiviteten har ingen iati-identifier; sprunget over.",
    "iati.identifier_twice": (
        "denne identifikator er allerede importeret tidligere i samme import; denne kopi er "
        "sprunget over."
    ),
    "iati.identifier_too_long": "iati-identifier er længere end {limit} tegn; sprunget over.",
    "iati.no_title": "aktiviteten har ingen titel; sprunget over.",
    "iati.title_too_long": (
        "titlen er {length} tegn lang (der er plads til højst {limit}); sprunget over."
    ),
    "iati.not_imported": "ikke importeret: {cause}",
    "iati.refused.record_field": "{what}, {name}: {refusal}",
    "iati.refused.record": "{what}: {refusal}",
    "iati.refused.field": "{name}: {refusal}",
    "iati.copy": (
        "engagementet “{key}” indeholder allerede denne aktivitet; importeret som kopien "
        "“{copy}” uden IATI-identifikatoren, som skal være entydig."
    ),
    "iati.status_unknown": "activity-status “{code}” er ukendt; registreret som aktiv.",
    "iati.no_status": "ingen activity-status; registreret som aktiv.",
    "iati.date_invalid": "{element}: “{value}” er ikke en dato; udeladt.",
    "iati.ends_before_start": (
        "aktiviteten slutter ({end}), før den begynder ({start}); slutdatoen er udeladt."
    ),
    "iati.country_unknown": "recipient-country “{code}” er ikke en ISO 3166-1-kode; udeladt.",
    "iati.region_unknown": (
        "recipient-region {code} (vocabulary {vocabulary}) svarer ikke til nogen region i "
        "vidensbasen; udeladt."
    ),
    "iati.share_range": (
        "{element} {code}: procentsatsen “{value}” ligger ikke mellem 0 og 100; udeladt."
    ),
    "iati.sector_code": "sector “{code}” er ikke en {digits}-cifret DAC-kode; udeladt.",
    "iati.sector_no_theme": (
        "DAC-sektor {code} har intet tema i sektortabellen; intet tema tilføjet."
    ),
    "iati.theme_missing": (
        "temaet “{theme}” (DAC-sektor {code}) findes ikke i vidensbasen; udeladt."
    ),
    "iati.parent_none": (
        "related-activity type 1 nævner ingen anden aktivitet; ingen overordnet aktivitet angivet."
    ),
    "iati.parent_second": (
        "der er nævnt en anden overordnet aktivitet ({ref}); den første ({first}) er beholdt."
    ),
    "iati.parent_circle": (
        "de overordnede aktiviteter danner en cirkel; ingen overordnet aktivitet angivet."
    ),
    "iati.parent_missing": (
        "den overordnede aktivitet “{identifier}” findes hverken i denne import eller i "
        "vidensbasen; importeret uden overordnet aktivitet."
    ),
    "iati.org_role": "participating-org har rollen “{code}”, ikke 1–4; udeladt.",
    "iati.org_nameless": "participating-org har hverken ref eller navn; udeladt.",
    "iati.org_name_cut": "organisationens navn er afkortet til {limit} tegn.",
    "iati.org_ref_long": "organisationens ref er længere end {limit} tegn; ikke gemt.",
    "iati.money_ends_before_start": (
        "{element} slutter ({end}), før den begynder ({start}); slutdatoen er udeladt."
    ),
    "iati.money_no_value": "{element} har ingen værdi; udeladt.",
    "iati.currency_unknown": (
        "{element} på {value} har valutaen “{currency}”, som ikke er en ISO 4217-kode; udeladt."
    ),
    "iati.currency_missing": (
        "{element} på {value} har ingen valuta (hverken på værdien eller som aktivitetens "
        "default-currency); udeladt."
    ),
    "iati.value_not_number": "{element}: værdien “{value}” er ikke et tal.",
    "iati.amount_negative": "{element} på {amount} {currency}: beløbet er negativt; udeladt.",
    "iati.amount_too_large": (
        "{element} på {amount} {currency}: tallet er for stort til at være et beløb."
    ),
    "iati.amount_cents": "{element} på {amount} {currency} føres med to decimaler som {cents}.",
    "iati.indicator_no_title": (
        "indikatoren har ingen titel (og det har dens resultat heller ikke); udeladt."
    ),
    "iati.period_several": (
        "perioden har flere mål eller opnåede værdier (opdelt på dimension); den første af "
        "hver er beholdt."
    ),
    "iati.result_period_reversed": (
        "resultatperioden slutter ({end}), før den begynder; slutdatoen er udeladt."
    ),
    "iati.figure_refused": "{element} {value}: {refusal} Beholdt som tekst.",
    "iati.figure_percent": (
        "{element} {value} er ikke en procentsats mellem 0 og 100; beholdt som tekst."
    ),
    "iati.report.file": "{file} (IATI {version})",
    "iati.report.activities": "aktiviteter: {imported} importeret, {skipped} sprunget over",
    "iati.report.activities_kept": (
        "aktiviteter: {imported} importeret, {skipped} sprunget over, {kept} fandtes i "
        "forvejen og er ikke rørt"
    ),
    "iati.report.money": (
        "budgetter: {budgets}, planlagte udbetalinger: {planned}, transaktioner: "
        "{transactions}, resultater: {results}"
    ),
    "iati.report.transactions_ignored": (
        "{ignored} transaktioner af andre typer end tilsagn og udbetaling er ikke importeret"
    ),
    "iati.report.problems": "problemer: kritiske {critical}, fejl {errors}, advarsler {warnings}",
    "iati.report.more": "… og {more} til",
    "iati.report.dry_run": "Forhåndsvisning: intet er skrevet.",
    "iati.report.unchanged": "Intet er ændret i vidensbasen.",
    "iati.report.added": "Tilføjet: {count} {kind}.",
    "iati.report.would_add": "Vil blive tilføjet: {count} {kind}.",
    "iati.report.changed": "Ændret: {count} {kind}.",
    "iati.report.would_change": "Vil blive ændret: {count} {kind}.",
    "iati.report.added_titles": "Tilføjet:",
    "iati.report.would_add_titles": "Vil blive tilføjet:",
    "iati.report.changed_titles": "Ændret:",
    "iati.report.would_change_titles": "Vil blive ændret:",
    "iati.kind.engagements": "engagementer",
    "iati.kind.engagements.one": "engagement",
    "iati.kind.funding": "bevillingslinjer",
    "iati.kind.funding.one": "bevillingslinje",
    "iati.kind.results": "resultater",
    "iati.kind.results.one": "resultat",
    "iati.kind.organisations": "organisationer",
    "iati.kind.organisations.one": "organisation",
    "iati.kind.sources": "kilder",
    "iati.kind.sources.one": "kilde",
    "iati.kind.countries": "lande",
    "iati.kind.countries.one": "land",
    "iati.kind.regions": "regioner",
    "iati.kind.regions.one": "region",
    "iati.kind.themes": "temaer",
    "iati.kind.themes.one": "tema",
    "iati.kind.instruments": "instrumenter",
    "iati.kind.instruments.one": "instrument",
    "iati.kind.events": "begivenheder",
    "iati.kind.events.one": "begivenhed",
    "iati.kind.key_facts": "nøgletal",
    "iati.kind.key_facts.one": "nøgletal",
    "iati.kind.sector_themes": "sektortemaer",
    "iati.kind.sector_themes.one": "sektortema",
    "knowledge.not_json": "{name} er ikke gyldig JSON (linje {line}, kolonne {column}: {detail}).",
    "knowledge.name_twice": "{name} nævner “{field}” to gange i samme post; intet blev læst.",
    "knowledge.too_deep": "{name} er indlejret for dybt til at være en vidensfil.",
    "knowledge.number_too_long": "{name} indeholder et tal, der er for langt til at være en værdi.",
    "knowledge.not_ours": "{name} er ikke en Briefing Builder-vidensfil.",
    "knowledge.too_new": (
        "{name} har formatet “{found}”; dette program læser “{format}” og ældre."
    ),
    "knowledge.no_format": "{name} er ikke en Briefing Builder-vidensfil (intet “format”).",
    "knowledge.not_records": "“{list}” skal være en liste af poster.",
    "knowledge.key_twice": (
        "“{key}” forekommer to gange i “{list}”; hver post skal have sin egen nøgle."
    ),
    "knowledge.too_big": (
        "{name} fylder {size} MB; en vidensfil må højst fylde {limit} MB. Intet blev læst."
    ),
    "knowledge.not_a_file": "{path} er ikke en fil.",
    "knowledge.unreadable": "{path} kan ikke læses: {cause}.",
    "knowledge.not_utf8": "{name} er ikke UTF-8-tekst.",
    "knowledge.unknown_lists": "ukendte lister i filen: {lists}.",
    "brief.language": "“{value}” er ikke et notatsprog; brug da eller en.",
    "brief.period_reversed": "Perioden slutter, før den begynder.",
    "brief.stale_negative": "Grænsen for forældede oplysninger kan ikke være negativ.",
    "brief.section_twice": "Et afsnit er valgt to gange.",
    "brief.unprintable_character": (
        "Notatet indeholder “{character}” (U+{code}), som dets skrifttyper ikke kan gengive: "
        "“{context}”. Ret teksten, og lav notatet igen."
    ),
    "brief.text_too_long": (
        "En tekst i notatet er for lang til en side (den blev gemt, før der var "
        "længdegrænser); forkort den i redigeringen, og lav notatet igen."
    ),
}

# Words the messages name: record kinds, fields, partner roles (English as the model says).
DANISH_WORDS: dict[str, str] = {
    **{
        f"{english} in {language}": f"{danish} på {dansk}"
        for english, danish in (
            ("title", "titel"),
            ("summary", "resumé"),
            ("note", "note"),
            ("indicator", "indikator"),
            ("unit", "enhed"),
            ("baseline as written", "udgangspunkt som skrevet"),
            ("target as written", "mål som skrevet"),
            ("actual as written", "opnået som skrevet"),
            ("text", "tekst"),
            ("value as written", "værdi som skrevet"),
            ("description", "beskrivelse"),
            ("name", "navn"),
            ("acronym", "forkortelse"),
        )
        for language, dansk in (("Danish", "dansk"), ("English", "engelsk"))
    },
    "language": "sprog",
    "translated title": "oversat titel",
    "Engagement": "Engagement",
    "Funding line": "Bevillingslinje",
    "Result": "Resultat",
    "Partner": "Partner",
    "Event": "Begivenhed",
    "Brief": "Notat",
    "engagement": "engagementet",
    "event": "begivenheden",
    "funding line": "bevillingslinjen",
    "result": "resultatet",
    "source": "kilde",
    "organisation": "organisation",
    "country": "land",
    "region": "region",
    "theme": "tema",
    "instrument": "instrument",
    "title": "titel",
    "summary": "resumé",
    "status": "status",
    "start": "start",
    "end": "slut",
    "lead unit": "ansvarlig enhed",
    "lead_unit": "ansvarlig enhed",
    "primary theme": "hovedtema",
    "primary_theme": "hovedtema",
    "internal note": "intern note",
    "internal_note": "intern note",
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
    "parent": "overordnet engagement",
    "search": "søgning",
    "partner": "partner",
    "implementing": "gennemførende",
    "funding": "finansierende",
    "extending": "bevilgende",
    "accountable": "ansvarlig",
    "countries": "lande",
    "regions": "regioner",
    "lead": "ledende",
    "beneficiary": "modtager",
}


def danish_word(word: str) -> str:
    """A record kind, field or role in Danish ("event “x”" keeps its key)."""
    kind, quote, key = word.partition(" “")
    return DANISH_WORDS.get(kind, kind) + (f" “{key}" if quote else "")
