"""Undo commands for the shortlist's one-click actions (add a theme to the sprint plan, a prompt to the library)."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoCommand
from sqlalchemy.engine import Engine

from microcomm_desktop.services import insights as si
from microcomm_desktop.ui.events import ChangeArea, EventBus


class AddThemeToSprintCommand(QUndoCommand):
    """Insert the "plan posts on <theme>" task; undo deletes it. ``error``/``added`` say what happened."""

    def __init__(
        self, engine: Engine, workspace_id: int, theme: str, today: date, evidence: str, bus: EventBus | None
    ) -> None:
        super().__init__(f"add “{theme}” to the sprint plan")
        self.engine, self.workspace_id, self.theme, self.today, self.evidence = (
            engine,
            workspace_id,
            theme,
            today,
            evidence,
        )
        self.bus = bus
        self.added: si.AddedTask | None = None
        self.error: str | None = None

    def redo(self) -> None:
        try:
            self.added = si.add_theme_to_sprint(self.engine, self.workspace_id, self.theme, self.today, self.evidence)
        except si.InsightsError as exc:
            self.error = str(exc)
            self.setObsolete(True)
            return
        if self.bus is not None:
            self.bus.changed(ChangeArea.SPRINT, self.workspace_id)

    def undo(self) -> None:
        if self.added is not None:
            si.remove_sprint_task(self.engine, self.added.task_id)
            if self.bus is not None:
                self.bus.changed(ChangeArea.SPRINT, self.workspace_id)


class AddPromptCommand(QUndoCommand):
    """Insert a prompt into the library; undo deletes it."""

    def __init__(
        self, engine: Engine, workspace_id: int, text: str, rung: str, ritual_id: int | None, bus: EventBus | None
    ) -> None:
        super().__init__("add a prompt to the library")
        self.engine, self.workspace_id, self.text_, self.rung, self.ritual_id = (
            engine,
            workspace_id,
            text,
            rung,
            ritual_id,
        )
        self.bus = bus
        self.prompt_id: int | None = None
        self.error: str | None = None

    def redo(self) -> None:
        try:
            self.prompt_id = si.add_prompt_to_library(
                self.engine, self.workspace_id, self.text_, self.rung, self.ritual_id
            )
        except si.InsightsError as exc:
            self.error = str(exc)
            self.setObsolete(True)
            return
        if self.bus is not None:
            self.bus.changed(ChangeArea.PROMPTS, self.workspace_id)

    def undo(self) -> None:
        if self.prompt_id is not None:
            si.remove_prompt(self.engine, self.prompt_id)
            if self.bus is not None:
                self.bus.changed(ChangeArea.PROMPTS, self.workspace_id)
