"""Briefing Builder's knowledge model: entities, database access and services, free of any UI."""
