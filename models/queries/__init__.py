"""Read-only questions to the knowledge base, answered as frozen rows."""
