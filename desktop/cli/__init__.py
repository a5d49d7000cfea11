"""The ``briefing`` command line: every capability of models and reports without a window."""
