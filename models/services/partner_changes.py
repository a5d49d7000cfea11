"""Partners of an engagement: an organisation taking part in a role, added and removed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import entities as e
from models.bilingual import original_text
from models.errors import NotFoundError, ValidationError
from models.messages import say
from models.services import validation as v
from models.services.changes import Change, engagement_by_key, touch
from models.vocabulary import OrganisationRole


@dataclass(frozen=True)
class AddPartner:
    """An organisation taking part in an engagement in a role."""

    engagement_key: str
    organisation_key: str
    role: str

    def apply(self, session: Session) -> Change:
        engagement = engagement_by_key(session, self.engagement_key)
        organisation = session.scalar(
            select(e.Organisation).where(e.Organisation.key == self.organisation_key)
        )
        if organisation is None:
            raise NotFoundError(
                say("name.unknown", what="organisation", value=self.organisation_key)
            )
        role = v.require_choice(self.role, OrganisationRole, record="Partner", field="role").value
        if any(
            p.organisation is organisation and p.role == role for p in engagement.participations
        ):
            raise ValidationError(
                say(
                    "partner.already",
                    organisation=original_text(organisation, "acronym")
                    or original_text(organisation, "name"),
                    role=role,
                )
            )
        engagement.participations.append(
            e.EngagementOrganisation(organisation=organisation, role=role)
        )
        touch(engagement)
        return RemovePartner(self.engagement_key, self.organisation_key, role)


@dataclass(frozen=True)
class RemovePartner:
    engagement_key: str
    organisation_key: str
    role: str

    def apply(self, session: Session) -> Change:
        engagement = engagement_by_key(session, self.engagement_key)
        for participation in engagement.participations:
            if (
                participation.organisation.key == self.organisation_key
                and participation.role == self.role
            ):
                engagement.participations.remove(participation)
                touch(engagement)
                return AddPartner(self.engagement_key, self.organisation_key, self.role)
        raise NotFoundError(say("partner.not_on_engagement"))
