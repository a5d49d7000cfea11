"""Turning a brief request into a PDF briefing note with ReportLab; knows nothing of Qt."""
