"""The formalities of the biên bản in the inspection form: number, place, end, team, signers, copies, conclusion."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QTimeEdit, QWidget,
)

from desktop.domain.inspection_plans import TeamRole
from desktop.domain.inspection_formalities import CONCLUSION_LABELS, MAX_COPIES
from desktop.domain.inspections import LOCAL_ZONE, MAX_SHORT, InspectionDraft
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import label
from desktop.services.inspections.inspection_plans import TeamRecord

FIELDS = ("record_number", "place", "ended_at", "team_id", "team_leader", "recorder", "representative_role",
          "witness", "copies", "conclusion", "refusal_note")


class Formalities(Retranslates, QGroupBox):
    """Edits the formal fields of an InspectionDraft; the team's roster fills the leader and the recorder."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._teams: dict[str, TeamRecord] = {}
        self.record_number = QLineEdit()
        self.record_number.setMaxLength(64)
        self.place = QLineEdit()
        self.team = QComboBox()
        self.team.addItem("", None)
        self.team_leader, self.recorder, self.representative_role, self.witness, self.refusal_note = (
            QLineEdit() for _ in range(5))
        for edit in (self.place, self.team_leader, self.recorder, self.representative_role, self.witness,
                     self.refusal_note):
            edit.setMaxLength(MAX_SHORT)
        self.has_end = QCheckBox()
        self.end_time = QTimeEdit()
        self.end_time.setDisplayFormat("HH:mm")
        self.copies = QSpinBox()
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setValue(2)
        self.conclusion = QComboBox()
        self.conclusion.addItem("", None)
        for code, text in CONCLUSION_LABELS.items():
            self.conclusion.addItem(label(text), code.value)
        self.labels = {name: QLabel() for name in FIELDS}
        form = QFormLayout(self)
        end = QHBoxLayout()
        end.addWidget(self.has_end)
        end.addWidget(self.end_time)
        end.addStretch()
        for name, widget in (("record_number", self.record_number), ("place", self.place), ("team_id", self.team),
                             ("team_leader", self.team_leader), ("recorder", self.recorder),
                             ("representative_role", self.representative_role), ("witness", self.witness),
                             ("copies", self.copies), ("conclusion", self.conclusion),
                             ("refusal_note", self.refusal_note)):
            form.addRow(self.labels[name], widget)
        form.insertRow(2, self.labels["ended_at"], end)
        for edit in (self.record_number, self.place, self.team_leader, self.recorder, self.representative_role,
                     self.witness, self.refusal_note):
            edit.textChanged.connect(self.changed)
        self.has_end.toggled.connect(self._end_toggled)
        self.end_time.timeChanged.connect(self.changed)
        self.copies.valueChanged.connect(self.changed)
        self.conclusion.currentIndexChanged.connect(self.changed)
        self.team.currentIndexChanged.connect(self._team_changed)
        self._end_toggled(False)
        self.retranslate()

    def set_teams(self, teams: list[TeamRecord]) -> None:
        """The rosters in force on the inspection day; a chosen team stays chosen if it still is."""
        chosen = self.team.currentData()
        self.team.blockSignals(True)
        while self.team.count() > 1:
            self.team.removeItem(1)
        self._teams = {t.id: t for t in teams}
        for team in teams:
            self.team.addItem(f"{team.draft.name} ({team.draft.decision_number})", team.id)
        self.team.setCurrentIndex(max(0, self.team.findData(chosen)))
        self.team.blockSignals(False)

    def _team_changed(self) -> None:
        team = self._teams.get(self.team.currentData() or "")
        if team is not None:
            roles = {m.team_role: m.full_name for m in reversed(team.draft.members)}
            if not self.team_leader.text().strip():
                self.team_leader.setText(roles.get(TeamRole.LEADER.value, ""))
            if not self.recorder.text().strip():
                self.recorder.setText(roles.get(TeamRole.SECRETARY.value, ""))
        self.changed.emit()

    def members_text(self) -> str:
        """'Name (agency), …' of the chosen team, to fill an empty members line."""
        team = self._teams.get(self.team.currentData() or "")
        if team is None:
            return ""
        return ", ".join(f"{m.full_name} ({m.agency})" if m.agency else m.full_name for m in team.draft.members)

    def _end_toggled(self, on: bool) -> None:
        self.end_time.setEnabled(on)
        self.changed.emit()

    def values(self, started_at: datetime) -> dict[str, Any]:  # InspectionDraft's keyword arguments
        ended = None
        if self.has_end.isChecked():
            t = self.end_time.time()
            local = started_at.astimezone(LOCAL_ZONE)
            ended = datetime(local.year, local.month, local.day, t.hour(), t.minute(), tzinfo=LOCAL_ZONE)
        return dict(record_number=self.record_number.text(), place=self.place.text(), ended_at=ended,
                    team_id=self.team.currentData(), team_leader=self.team_leader.text(),
                    recorder=self.recorder.text(), representative_role=self.representative_role.text(),
                    witness=self.witness.text(), copies=self.copies.value(), conclusion=self.conclusion.currentData(),
                    refusal_note=self.refusal_note.text())

    def set_values(self, draft: InspectionDraft) -> None:
        self.record_number.setText(draft.record_number)
        self.place.setText(draft.place)
        if draft.ended_at is not None:
            end = draft.ended_at.astimezone(LOCAL_ZONE)
            self.end_time.setTime(QTime(end.hour, end.minute))
        self.has_end.setChecked(draft.ended_at is not None)
        self.team.setCurrentIndex(max(0, self.team.findData(draft.team_id)))
        for name in ("team_leader", "recorder", "representative_role", "witness", "refusal_note"):
            getattr(self, name).setText(getattr(draft, name))
        self.copies.setValue(draft.copies)
        self.conclusion.setCurrentIndex(max(0, self.conclusion.findData(draft.conclusion)))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Biên bản: số, thành phần, kết luận"))
        texts = {"record_number": self.tr("Số biên bản:"), "place": self.tr("Địa điểm lập biên bản:"),
                 "ended_at": self.tr("Kết thúc lúc:"), "team_id": self.tr("Đội kiểm tra:"),
                 "team_leader": self.tr("Trưởng đoàn:"), "recorder": self.tr("Người ghi biên bản:"),
                 "representative_role": self.tr("Chức vụ người đại diện:"), "witness": self.tr("Người chứng kiến:"),
                 "copies": self.tr("Số bản:"), "conclusion": self.tr("Kết luận:"),
                 "refusal_note": self.tr("Người không ký, lý do:")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.has_end.setText(self.tr("đã ghi giờ kết thúc"))
        self.place.setPlaceholderText(self.tr("Để trống: địa chỉ của cơ sở"))
        self.record_number.setPlaceholderText(self.tr("Ví dụ: 12/BB-ĐKT (biên bản có số được in theo thể thức "
                                                      "biên bản hành chính)"))
        self.team.setItemText(0, self.tr("— không chọn đội —"))
        self.conclusion.setItemText(0, self.tr("— chọn kết luận —"))
        for index, text in enumerate(CONCLUSION_LABELS.values(), start=1):
            self.conclusion.setItemText(index, label(text))
        self.witness.setPlaceholderText(self.tr("Họ tên, địa chỉ (ví dụ trưởng thôn)"))
        self.refusal_note.setPlaceholderText(self.tr("Chỉ ghi khi có người từ chối ký biên bản"))


