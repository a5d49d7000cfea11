"""The selection as tables (CSV, XLSX) for people who work on in a spreadsheet."""
