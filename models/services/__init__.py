"""Operations on the knowledge base; each takes the caller's session and validates first."""
