"""From a request and the knowledge base to a plain ``Brief``; nothing here draws."""
