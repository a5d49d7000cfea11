"""The knowledge-base file format: dump to it, load from it (see docs/knowledge-format.md)."""
