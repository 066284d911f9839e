"""Pure domain rules (docs/domain.md), free of Qt and the database so they are testable and reusable anywhere."""
