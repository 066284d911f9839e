"""Column types the store needs beyond SQLModel's defaults."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import types
from sqlalchemy.engine import Dialect


class DecimalText(types.TypeDecorator[Decimal]):
    """Exact money: a Decimal stored as its canonical text.

    SQLite keeps ``NUMERIC`` as a binary float, which would turn $0.10 into 0.1000000000000000055; storing the
    decimal string is exact on every backend and still sorts correctly when compared in Python.
    """

    impl = types.String(40)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        try:
            d = value if isinstance(value, Decimal) else Decimal(str(value))
        except InvalidOperation as exc:
            raise ValueError(f"not a decimal amount: {value!r}") from exc
        return format(d, "f")

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(str(value))

    def __repr__(self) -> str:
        return "DecimalText()"
