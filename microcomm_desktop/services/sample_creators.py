"""Sample-community rows for the creators area (called by services.sample inside its transaction)."""

from __future__ import annotations

import random
from datetime import date

from sqlmodel import Session

from microcomm_desktop.store.models import Workspace


def extend_sample(session: Session, ws: Workspace, today: date, rng: random.Random) -> None:
    """Nothing beyond the core sample yet."""
