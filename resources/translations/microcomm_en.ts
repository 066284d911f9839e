<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
    <context>
        <name>BulkTagCommand</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="62" />
            <source>tag %n post(s)</source>
            <translation>
                <numerusform>tag %n post</numerusform>
                <numerusform>tag %n posts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkTagDialog</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="97" />
            <source>Add or remove themes on the &lt;b&gt;%n&lt;/b&gt; selected post(s). Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Add or remove themes on the &lt;b&gt;%n&lt;/b&gt; selected post. Undo with Ctrl+Z.</numerusform>
                <numerusform>Add or remove themes on the &lt;b&gt;%n&lt;/b&gt; selected posts. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarFiles</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="54" />
            <source>%n calendar entries written to {path}</source>
            <translation>
                <numerusform>%n calendar entry written to {path}</numerusform>
                <numerusform>%n calendar entries written to {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
    </context>
    <context>
        <name>CalibrateDialog</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="151" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="204" />
            <source>In use: bands calibrated on {date} from the last %n day(s).</source>
            <translation>
                <numerusform>In use: bands calibrated on {date} from the last %n day.</numerusform>
                <numerusform>In use: bands calibrated on {date} from the last %n days.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChatImportDialog</name>
    </context>
    <context>
        <name>ChatImportWorker</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="99" />
            <source>Checking %Ln message(s)…</source>
            <translation>
                <numerusform>Checking %Ln message…</numerusform>
                <numerusform>Checking %Ln messages…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="101" />
            <source>Importing %Ln message(s)…</source>
            <translation>
                <numerusform>Importing %Ln message…</numerusform>
                <numerusform>Importing %Ln messages…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DealFormDialog</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="443" />
            <source>Results come from %Ln linked post(s): {impressions} impressions, {views} views ({conversions}). Typed impressions/views are ignored while posts are linked.</source>
            <translation>
                <numerusform>Results come from %Ln linked post: {impressions} impressions, {views} views ({conversions}). Typed impressions/views are ignored while posts are linked.</numerusform>
                <numerusform>Results come from %Ln linked posts: {impressions} impressions, {views} views ({conversions}). Typed impressions/views are ignored while posts are linked.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DealPostsDialog</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="51" />
            <source>{date}  {title}  [{format}]  %Ln impression(s)</source>
            <translation>
                <numerusform>{date}  {title}  [{format}]  %Ln impression</numerusform>
                <numerusform>{date}  {title}  [{format}]  %Ln impressions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DecisionCommand</name>
    </context>
    <context>
        <name>DecisionDialog</name>
    </context>
    <context>
        <name>DiscardGuard</name>
    </context>
    <context>
        <name>DisclosureChecksDialog</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="175" />
            <source>{carried} of %Ln checked post(s) carried the line</source>
            <translation>
                <numerusform>{carried} of %Ln checked post carried the line</numerusform>
                <numerusform>{carried} of %Ln checked posts carried the line</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="181" />
            <source>{carried}; %Ln not checked.</source>
            <translation>
                <numerusform>{carried}; %Ln not checked.</numerusform>
                <numerusform>{carried}; %Ln not checked.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditConflictDialog</name>
    </context>
    <context>
        <name>EngagerMenu</name>
    </context>
    <context>
        <name>ErrorReporter</name>
    </context>
    <context>
        <name>EvidenceDialog</name>
    </context>
    <context>
        <name>ExportRun</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="130" />
            <source>Exporting {what} to {file}: {done} of %Ln row(s)…</source>
            <translation>
                <numerusform>Exporting {what} to {file}: {done} of %Ln row…</numerusform>
                <numerusform>Exporting {what} to {file}: {done} of %Ln rows…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="142" />
            <source>Wrote %Ln post(s) to {path}.</source>
            <translation>
                <numerusform>Wrote %Ln post to {path}.</numerusform>
                <numerusform>Wrote %Ln posts to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="143" />
            <source>Wrote %Ln interaction(s) to {path}.</source>
            <translation>
                <numerusform>Wrote %Ln interaction to {path}.</numerusform>
                <numerusform>Wrote %Ln interactions to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="144" />
            <source>Wrote %Ln engager(s) to {path}.</source>
            <translation>
                <numerusform>Wrote %Ln engager to {path}.</numerusform>
                <numerusform>Wrote %Ln engagers to {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilterableTable</name>
    </context>
    <context>
        <name>FormatsSection</name>
    </context>
    <context>
        <name>HeatmapWidget</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/widgets/heatmap.py" line="97" />
            <source>%Ln post(s)</source>
            <translation>
                <numerusform>%Ln post</numerusform>
                <numerusform>%Ln posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/widgets/heatmap.py" line="113" />
            <source>{day} {hours} h (local time): %Ln post(s)</source>
            <translation>
                <numerusform>{day} {hours} h (local time): %Ln post</numerusform>
                <numerusform>{day} {hours} h (local time): %Ln posts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
    </context>
    <context>
        <name>ImageDropZone</name>
    </context>
    <context>
        <name>ImageViewer</name>
    </context>
    <context>
        <name>MergeDialog</name>
    </context>
    <context>
        <name>NewSprintDialog</name>
    </context>
    <context>
        <name>NewWorkspaceDialog</name>
    </context>
    <context>
        <name>OnboardingSection</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="56" />
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n word</numerusform>
                <numerusform>%n words</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanNextDialog</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="358" />
            <source>&lt;b&gt;Carry these unfinished tasks&lt;/b&gt; into week 1 (%n open; untick what to drop):</source>
            <translation>
                <numerusform>&lt;b&gt;Carry these unfinished tasks&lt;/b&gt; into week 1 (%n open; untick what to drop):</numerusform>
                <numerusform>&lt;b&gt;Carry these unfinished tasks&lt;/b&gt; into week 1 (%n open; untick what to drop):</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PostFormDialog</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="250" />
            <source>%n new theme(s) created on save: {themes}</source>
            <translation>
                <numerusform>%n new theme created on save: {themes}</numerusform>
                <numerusform>%n new themes created on save: {themes}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="258" />
            <source>Fix %n field(s) to save.</source>
            <translation>
                <numerusform>Fix %n field to save.</numerusform>
                <numerusform>Fix %n fields to save.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProfileSection</name>
    </context>
    <context>
        <name>PromiseBuilder</name>
    </context>
    <context>
        <name>PromiseTab</name>
    </context>
    <context>
        <name>PromptsSection</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="38" />
            <source>Each ritual wants at least %n prompt(s) before you invite anyone</source>
            <translation>
                <numerusform>Each ritual wants at least %n prompt before you invite anyone</numerusform>
                <numerusform>Each ritual wants at least %n prompts before you invite anyone</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="134" />
            <source>%n broad prompt(s)</source>
            <translation>
                <numerusform>%n broad prompt</numerusform>
                <numerusform>%n broad prompts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProposalModel</name>
    </context>
    <context>
        <name>ReadinessPanel</name>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="72" />
            <source>%Ln post(s)</source>
            <translation>
                <numerusform>%Ln post</numerusform>
                <numerusform>%Ln posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="73" />
            <source>%Ln interaction(s)</source>
            <translation>
                <numerusform>%Ln interaction</numerusform>
                <numerusform>%Ln interactions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RitualCalendarModel</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="125" />
            <source>(%n post(s))</source>
            <translation>
                <numerusform>(%n post)</numerusform>
                <numerusform>(%n posts)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RitualDialog</name>
    </context>
    <context>
        <name>RitualTableModel</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="42" />
            <source>%n past occurrence(s) not marked yet</source>
            <translation>
                <numerusform>%n past occurrence not marked yet</numerusform>
                <numerusform>%n past occurrences not marked yet</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RitualsTab</name>
    </context>
    <context>
        <name>SlaPage</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="131" />
            <source>&lt;b&gt;{rate}&lt;/b&gt; of the first {first} comments got a reply within {minutes} min over the last {weeks} weeks ({replied} of {considered}; %n post(s), {computed} computed from timestamps).</source>
            <translation>
                <numerusform>&lt;b&gt;{rate}&lt;/b&gt; of the first {first} comments got a reply within {minutes} min over the last {weeks} weeks ({replied} of {considered}; %n post, {computed} computed from timestamps).</numerusform>
                <numerusform>&lt;b&gt;{rate}&lt;/b&gt; of the first {first} comments got a reply within {minutes} min over the last {weeks} weeks ({replied} of {considered}; %n posts, {computed} computed from timestamps).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="144" />
            <source>%n post(s) missed the SLA</source>
            <translation>
                <numerusform>%n post missed the SLA</numerusform>
                <numerusform>%n posts missed the SLA</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SprintActions</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="95" />
            <source>Planned “{name}” from {day} with %n carried</source>
            <translation>
                <numerusform>Planned “{name}” from {day} with %n carried</numerusform>
                <numerusform>Planned “{name}” from {day} with %n carried</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="123" />
            <source>Delete “{name}” with its %n task(s) and check-in notes? This cannot be undone.</source>
            <translation>
                <numerusform>Delete “{name}” with its %n task and check-in notes? This cannot be undone.</numerusform>
                <numerusform>Delete “{name}” with its %n tasks and check-in notes? This cannot be undone.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SprintCheckinModel</name>
    </context>
    <context>
        <name>SprintCommands</name>
    </context>
    <context>
        <name>SprintDialog</name>
    </context>
    <context>
        <name>SprintMetricsChart</name>
    </context>
    <context>
        <name>SprintTab</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="361" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SprintTaskListModel</name>
    </context>
    <context>
        <name>Startup</name>
    </context>
    <context>
        <name>TaskDialog</name>
    </context>
    <context>
        <name>TeamServerDialog</name>
    </context>
    <context>
        <name>ThemePicker</name>
    </context>
    <context>
        <name>ThumbnailLoader</name>
    </context>
    <context>
        <name>WeekColumn</name>
    </context>
    <context>
        <name>WeekDialog</name>
    </context>
    <context>
        <name>WeeklyChart</name>
    </context>
    <context>
        <name>WelcomePage</name>
    </context>
    <context>
        <name>WorkspaceSettingsDialog</name>
    </context>
    <context>
        <name>domain.rituals</name>
    </context>
    <context>
        <name>domain.sprints</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/sprints.py" line="131" />
            <source>Only %n week(s) of data: the rule needs three weeks of returning engagers and replies per 1,000 reach.</source>
            <translation>
                <numerusform>Only %n week of data: the rule needs three weeks of returning engagers and replies per 1,000 reach.</numerusform>
                <numerusform>Only %n weeks of data: the rule needs three weeks of returning engagers and replies per 1,000 reach.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>services.ics</name>
    </context>
    <context>
        <name>services.rituals</name>
    </context>
    <context>
        <name>services.sprints</name>
    </context>
</TS>