"""Loading engagements with their partners, funding lines and results.

An engagement in the file is authoritative for its children: funding lines and results not
listed under it are removed, so a reloaded file leaves exactly what it says.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from models import entities as e
from models.bilingual import original_text
from models.errors import ValidationError
from models.interchange.assign import assign
from models.interchange.texts import texts_from_file
from models.messages import say
from models.services import field_rules as rules
from models.services import validation as v
from models.vocabulary import OrganisationRole

if TYPE_CHECKING:
    from models.interchange.lookups import Lookups


class EngagementLoader:
    """Applies a document's engagements with their funding lines, results, partners and
    shares; finds what they refer to through the load's ``Lookups``."""

    def __init__(self, lookups: Lookups, document: dict[str, Any]) -> None:
        self.lookups = lookups
        self.session = lookups.session
        self.report = lookups.report
        records = [r for r in document.get("engagements", []) if isinstance(r, dict)]
        self.batch_keys = {r.get("key") for r in records}
        self.other_lists = bool(document.get("events") or document.get("key_facts"))
        named = {r.get("key") for r in records} | {r.get("parent") for r in records}
        for event in document.get("events", []):
            if isinstance(event, dict) and isinstance(event.get("engagements"), list):
                named |= set(event["engagements"])
        lookups.engagements = lookups.read_named(e.Engagement, "key", named)
        self.engagements = lookups.engagements
        children = {
            item.get("key")
            for r in records
            for name in ("funding", "results")
            for item in (r.get(name) or [])
            if isinstance(item, dict)
        }
        self.funding = lookups.read_named(e.FundingLine, "key", children)
        self.results = lookups.read_named(e.Result, "key", children)

    def load(self, records: list[dict[str, Any]]) -> None:
        from models.interchange.bulk import BULK_MINIMUM, all_new, bulk_insert

        if (
            len(records) >= BULK_MINIMUM
            and not self.other_lists
            and all(isinstance(raw, dict) for raw in records)
            and all_new(self, records)
        ):
            bulk_insert(self, records)
            return
        pending: list[tuple[e.Engagement, str, dict[str, Any], bool, bool]] = []
        for raw in records:
            obj, label, new = self.lookups.keyed(e.Engagement, self.engagements, raw, "engagement")
            dirty = self._apply_fields(obj, raw, label)
            pending.append((obj, label, raw, new, dirty))
        self.session.flush()
        for obj, label, raw, new, dirty in pending:
            dirty |= self._apply_parent(obj, raw, label)
            dirty |= self._apply_shares(obj, raw, label)
            dirty |= self._apply_participations(obj, raw, label)
            dirty |= self._apply_funding(obj, raw, label)
            dirty |= self._apply_results(obj, raw, label)
            self.report.count(
                "engagements", new=new, dirty=dirty, title=original_text(obj, "title")
            )

    def _apply_fields(self, obj: e.Engagement, raw: dict[str, Any], label: str) -> bool:
        return assign(obj, **self.engagement_values(raw, label))

    def engagement_values(self, raw: dict[str, Any], label: str) -> dict[str, Any]:
        """The engagement's own fields and reference lists, validated."""
        found = self.lookups
        fields = ("status", "iati_identifier", "lead_unit")
        return dict(
            **rules.from_file(rules.ENGAGEMENT, raw, fields, label),
            **texts_from_file(
                rules.ENGAGEMENT, raw, "engagements", label, language=found.language_of(raw)
            ),
            countries=found.countries_named(raw.get("countries"), record=label),
            regions=found.several(found.regions, raw.get("regions"), record=label, field="regions"),
            themes=found.several(found.themes, raw.get("themes"), record=label, field="themes"),
            instruments=found.several(
                found.instruments, raw.get("instruments"), record=label, field="instruments"
            ),
            **({"primary_theme": self.primary_theme(raw, label)} if "primary_theme" in raw else {}),
            **found.fact_fields(raw, label),
        )

    def primary_theme(self, raw: dict[str, Any], label: str) -> e.Theme | None:
        """The theme the engagement is grouped under; one of its own themes."""
        code = raw.get("primary_theme")
        if code is None:
            return None
        if code not in (raw.get("themes") or []):
            raise ValidationError(
                say("theme.primary_not_engagements", code=code),
                record=label,
                field="primary_theme",
            )
        theme: e.Theme = self.lookups.one(
            self.lookups.themes, code, record=label, field="primary_theme"
        )
        return theme

    def share_values(self, raw: dict[str, Any], label: str) -> dict[str, dict[str, Any]]:
        """Percentages per listed country and region ("country_shares", "region_shares")."""
        out: dict[str, dict[str, Any]] = {}
        for name, field in (("countries", "country_shares"), ("regions", "region_shares")):
            shares = raw.get(field) or {}
            if not isinstance(shares, dict):
                raise ValidationError(say("shares.not_a_map"), record=label, field=field)
            listed = {
                c.upper() if name == "countries" else c
                for c in (raw.get(name) or [])
                if isinstance(c, str)
            }
            clean: dict[str, Any] = {}
            for code, value in shares.items():
                key = code.upper() if name == "countries" and isinstance(code, str) else code
                if key not in listed:
                    raise ValidationError(
                        say("shares.not_linked", code=code, places=name),
                        record=label,
                        field=field,
                    )
                number = v.to_decimal(value, record=label, field=field)
                v.check_percentage(number, "%", record=label, field=field)
                clean[key] = number
            out[name] = clean
        total = sum(
            (number for shares in out.values() for number in shares.values() if number),
            Decimal(0),
        )
        if total > 100:  # more than the whole would be credited
            raise ValidationError(
                say("shares.over_100", total=total),
                record=label,
                field="country_shares",
            )
        return out

    def _apply_shares(self, obj: e.Engagement, raw: dict[str, Any], label: str) -> bool:
        wanted = self.share_values(raw, label)
        changed = False
        targets = (
            (
                "countries",
                e.engagement_countries,
                "country_id",
                {c.iso2: c.id for c in obj.countries},
            ),
            ("regions", e.engagement_regions, "region_id", {r.key: r.id for r in obj.regions}),
        )
        for name, table, column, ids in targets:
            current = dict(
                self.session.execute(
                    select(table.c[column], table.c.percentage).where(
                        table.c.engagement_id == obj.id
                    )
                ).all()
            )
            for code, target in ids.items():
                want, have = wanted[name].get(code), current.get(target)
                if (want is None) != (have is None) or (
                    want is not None and Decimal(str(have)) != want
                ):
                    self.session.execute(
                        update(table)
                        .where(table.c.engagement_id == obj.id, table.c[column] == target)
                        .values(percentage=want)
                    )
                    changed = True
        return changed

    def _apply_parent(self, obj: e.Engagement, raw: dict[str, Any], label: str) -> bool:
        key = raw.get("parent")
        parent = None
        if key is not None:
            parent = self.lookups.one(self.engagements, key, record=label, field="parent")
            ancestor: e.Engagement | None = parent
            while ancestor is not None:
                if ancestor is obj:
                    raise ValidationError(say("parent.cycle"), record=label, field="parent")
                ancestor = ancestor.parent
        return assign(obj, parent=parent)

    def _apply_participations(self, obj: e.Engagement, raw: dict[str, Any], label: str) -> bool:
        wanted = self.partner_pairs(raw, label)
        current = {(p.organisation, p.role): p for p in obj.participations}
        if set(current) == set(wanted):
            return False
        obj.participations = [
            current.get(pair) or e.EngagementOrganisation(organisation=pair[0], role=pair[1])
            for pair in wanted
        ]
        return True

    def partner_pairs(self, raw: dict[str, Any], label: str) -> list[tuple[e.Organisation, str]]:
        """(organisation, role) pairs, validated and without repeats."""
        wanted: list[tuple[e.Organisation, str]] = []
        for item in raw.get("organisations") or []:
            if not isinstance(item, dict):
                raise ValidationError(
                    say("partner.shape"),
                    record=label,
                    field="organisations",
                )
            organisation = self.lookups.one(
                self.lookups.organisations,
                item.get("organisation"),
                record=label,
                field="organisations",
            )
            role = v.require_choice(
                item.get("role", "partner"),
                OrganisationRole,
                record=label,
                field="organisations.role",
            ).value
            if (organisation, role) not in wanted:
                wanted.append((organisation, role))
        return wanted

    def children(self, raw: dict[str, Any], name: str, label: str) -> list[dict[str, Any]]:
        items = raw.get(name) or []
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            raise ValidationError(say("file.not_records"), record=label, field=name)
        return items

    def _child(
        self,
        model: type[Any],
        table: dict[str, Any],
        item: dict[str, Any],
        kind: str,
        owner: e.Engagement,
    ) -> tuple[Any, str, bool]:
        obj, child_label, new = self.lookups.keyed(model, table, item, kind)
        if not new and obj.engagement is not owner:
            raise ValidationError(
                say("key.used_elsewhere", engagement=obj.engagement.key),
                record=child_label,
                field="key",
            )
        return obj, child_label, new

    def _apply_funding(self, obj: e.Engagement, raw: dict[str, Any], label: str) -> bool:
        changed = False
        keep: list[e.FundingLine] = []
        for item in self.children(raw, "funding", label):
            line, child, new = self._child(e.FundingLine, self.funding, item, "funding line", obj)
            dirty = assign(line, engagement=obj, **self.funding_values(item, child))
            self.report.count("funding", new=new, dirty=dirty)
            changed |= new or dirty
            keep.append(line)
        return self._drop_missing(obj.funding_lines, keep, self.funding) or changed

    def _apply_results(self, obj: e.Engagement, raw: dict[str, Any], label: str) -> bool:
        changed = False
        keep: list[e.Result] = []
        for item in self.children(raw, "results", label):
            result, child, new = self._child(e.Result, self.results, item, "result", obj)
            dirty = assign(result, engagement=obj, **self.result_values(item, child))
            self.report.count("results", new=new, dirty=dirty)
            changed |= new or dirty
            keep.append(result)
        return self._drop_missing(obj.results, keep, self.results) or changed

    def funding_values(self, item: dict[str, Any], child: str) -> dict[str, Any]:
        """A funding line's fields, validated."""
        fields = ("amount", "currency", "kind", "finance_act_line")
        language = self.lookups.language_of(item)
        return dict(
            **rules.from_file(rules.FUNDING_LINE, item, fields, child),
            **texts_from_file(rules.FUNDING_LINE, item, "funding_lines", child, language=language),
            **rules.present_in_file(rules.FUNDING_LINE, item, ("qualifier",), child),
            **self.lookups.fact_fields(item, child),
        )

    def result_values(self, item: dict[str, Any], child: str) -> dict[str, Any]:
        """A result's fields, validated; percentages must lie between 0 and 100."""
        language = self.lookups.language_of(item)
        values = texts_from_file(rules.RESULT, item, "results", child, language=language)
        for name in rules.FIGURES:
            values.update(rules.from_file(rules.RESULT, item, (name,), child))
            for unit in (values.get("unit_da"), values.get("unit_en")):
                v.check_percentage(values[name], unit, record=child, field=name)
            values.update(rules.present_in_file(rules.RESULT, item, (f"{name}_qualifier",), child))
        return dict(**values, **self.lookups.fact_fields(item, child))

    def _drop_missing(self, current: list[Any], keep: list[Any], table: dict[str, Any]) -> bool:
        dropped = [row for row in current if row not in keep]
        for row in dropped:
            table.pop(row.key, None)
            self.session.delete(row)
        return bool(dropped)
