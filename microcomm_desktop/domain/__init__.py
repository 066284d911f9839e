"""Pure domain rules (DOMAIN.md), free of Qt and the database so they are testable and reusable anywhere."""
