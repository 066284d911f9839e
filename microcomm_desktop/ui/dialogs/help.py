"""In-app help: the definitions every figure uses, so users can check what a number means."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from microcomm_desktop.domain.metrics import BAND_LABELS, BENCHMARKS, HEALTH_TOPS, band_text
from microcomm_desktop.services.figures_text import band_action

# One message per block, so a translator sees a paragraph at a time; tags and {placeholders} stay as they are.
_HELP_BLOCKS: list[str] = [
    str(QT_TRANSLATE_NOOP("HelpDialog", "<h2>How MicroComm measures a community</h2>")),
    str(
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "<p><b>Reach</b> = unique accounts that saw the content; <b>impressions</b> = total views including "
            "repeats; <b>engagements</b> = likes + comments + shares + saves, or the platform's own total when "
            "only that is known.</p>",
        )
    ),
    "<ul>",
    str(
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "<li><b>Engagement rate (ER)</b> = engagements / reach (default) or / impressions — one definition "
            "per workspace, chosen in File › Workspace settings, and named next to every ER figure.</li>",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "<li><b>Saves per 1,000 reach</b> = saves / reach × 1000. <b>Replies per 1,000 reach</b> = replies / "
            "reach × 1000.</li>",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "<li><b>Returning engagers (30 days)</b>: people who engaged on at least two different calendar days "
            "within the trailing 30-day window; <b>returning share</b> = returning / engaged people.</li>",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "<li><b>Conversation depth</b>: a thread is a top-level comment plus its replies; a <i>deep "
            "thread</i> has at least 3 messages from at least 2 people.</li>",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "<li><b>Community Health Score</b> = RE% × 0.4 + replies/1k normalised × 0.3 + saves/1k normalised × "
            "0.3, where a normalised value = min(value / band top × 100, 100) with band tops {replies_top} "
            "(replies) and {saves_top} (saves) by default (calibrating a workspace's bands does not move "
            "them).</li>",
        )
    ),
    str(QT_TRANSLATE_NOOP("HelpDialog", "<li>A zero denominator shows <b>n/a</b>.</li>")),
    str(
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "<li><b>Your own accounts</b> (Workspace settings › Your own handles) never count as engagers "
            "anywhere; their replies still time the response SLA and count in conversation depth.</li>",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "<li><b>DM back-and-forth</b>: a DM thread is a member's first DM plus the answers to it; per week, "
            "mean messages per DM thread and the share of those threads that got an answer (from the logged DMs, "
            "beside the typed DM reply rate).</li>",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "<li><b>Reach stand-in</b>: when a post has no reach (YouTube exports), the workspace may divide by "
            "views or impressions instead (Workspace settings); every such figure is marked <b>*</b> and names "
            "the stand-in.</li>",
        )
    ),
    "</ul>",
    str(QT_TRANSLATE_NOOP("HelpDialog", "<h3>Benchmarks (directional)</h3>")),
    str(
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "<p>A post's ER is judged on the poll and Q and A band when its format names a poll, quiz or Q and A "
            '(e.g. "Poll", "Sunday Q and A"), else on the feed band. Every band can be calibrated from your own '
            "last 30/60/90 days (Dashboard › Calibrate bands…, or <code>microcomm workspace calibrate</code>): "
            "that workspace then uses its own bands; the defaults below stay one click away (undo).</p>",
        )
    ),
    '<table border="1" cellpadding="4" cellspacing="0">',
    str(QT_TRANSLATE_NOOP("HelpDialog", "<tr><th>signal</th><th>default band</th><th>action if below</th></tr>")),
    "{bands}",
    "</table>",
    str(QT_TRANSLATE_NOOP("HelpDialog", "<h3>Deals</h3>")),
    str(
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "<p><b>CPM</b> = spend / impressions × 1000 · <b>CPV</b> = spend / views · <b>CPA</b> = spend / "
            "conversions. <b>Blended</b> figures use total cost = creator fees + paid media. <b>Disclosure "
            "spot-checks</b>: of the sponsored posts (posts linked to a deal) you checked, the share that carried "
            "the disclosure line (Deals › Saved deals › Disclosure checks…).</p>",
        )
    ),
    str(QT_TRANSLATE_NOOP("HelpDialog", "<h3>Response SLA and reports</h3>")),
    str(
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "<p><b>Response SLA</b> = of the first N comments on a post (not yours), how many got your reply "
            "within M minutes; N and M are set in Rituals › Response SLA. Computed from timestamps when your "
            "replies are logged, else typed per post; the Dashboard, Rituals, reports and the command line all "
            "show this one figure. The <b>30-day report</b> covers exactly the 30 days ending on the chosen day, "
            "cut into weeks at your week start.</p>",
        )
    ),
    str(QT_TRANSLATE_NOOP("HelpDialog", "<h3>The 30-day sprint</h3>")),
    str(
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "<p>If returning engagers and replies per 1,000 reach both improved in each of the last two "
            "week-over-week steps, <b>continue</b> the same rituals; otherwise <b>narrow</b> the topic and reduce "
            "formats; with fewer than three weeks of data: <b>not enough data</b>.</p>",
        )
    ),
    str(QT_TRANSLATE_NOOP("HelpDialog", "<h3>Keyboard</h3>")),
    str(
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "<p>Ctrl+1…8 switch tabs · Ctrl+K switch workspace · Ctrl+F filter a table · Ctrl+E export the table "
            "to CSV · Ctrl+Z / Ctrl+Shift+Z undo / redo · Ctrl+I import posts · Ctrl+Shift+B back up now · F5 "
            "reload from the data file (changes made by a command-line import while the window is open also "
            "appear on their own within a few seconds).</p>",
        )
    ),
]


def _band_rows() -> str:
    """The benchmark table rows, from the one declaration in domain.metrics (never retyped here)."""
    rows = []
    for key, band in BENCHMARKS.items():
        action = band_action(band.action)  # stored and compared in English, shown in the reader's language
        rows.append(f"<tr><td>{BAND_LABELS.get(key, key)}</td><td>{band_text(key)}</td><td>{action}</td></tr>")
    return "\n".join(rows)


def help_html() -> str:
    """The help page in the active language (the benchmark rows come from the domain's own declaration)."""
    html = "\n".join(QCoreApplication.translate("HelpDialog", block) for block in _HELP_BLOCKS)
    return (
        html.replace("{bands}", _band_rows())
        .replace("{replies_top}", f"{HEALTH_TOPS['replies_per_1k']:g}")
        .replace("{saves_top}", f"{HEALTH_TOPS['saves_per_1k']:g}")
    )


HELP_HTML = help_html()  # English, as written here


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Definitions and help"))
        self.resize(760, 640)
        lay = QVBoxLayout(self)
        view = QTextBrowser()
        view.setHtml(help_html())
        lay.addWidget(view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
