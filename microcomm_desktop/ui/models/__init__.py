"""Qt table models, one module per table (QAbstractTableModel + COL_* constants + set_rows)."""
