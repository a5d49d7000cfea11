"""Qt item models over Qt-free rows from models.queries."""
