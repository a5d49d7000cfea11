"""Brief -> PDF with ReportLab; knows nothing of the database."""
