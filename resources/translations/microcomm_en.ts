<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
    <context>
        <name>BestTimesPanel</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/best_times.py" line="35" />
            <source>Replies per 1k reach by weekday and 3-hour block of local time ({timezone}), pooled over %n post(s); each cell shows the rate and its post count. Hatched cells have fewer than {min_posts} posts. Move rituals to where the community answers.</source>
            <translation>
                <numerusform>Replies per 1k reach by weekday and 3-hour block of local time ({timezone}), pooled over %n post; each cell shows the rate and its post count. Hatched cells have fewer than {min_posts} posts. Move rituals to where the community answers.</numerusform>
                <numerusform>Replies per 1k reach by weekday and 3-hour block of local time ({timezone}), pooled over %n posts; each cell shows the rate and its post count. Hatched cells have fewer than {min_posts} posts. Move rituals to where the community answers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/best_times.py" line="45" />
            <source>&lt;b&gt;{weekday} {hours} h&lt;/b&gt; {rate}/1k (%n post(s))</source>
            <translation>
                <numerusform>&lt;b&gt;{weekday} {hours} h&lt;/b&gt; {rate}/1k (%n post)</numerusform>
                <numerusform>&lt;b&gt;{weekday} {hours} h&lt;/b&gt; {rate}/1k (%n posts)</numerusform>
            </translation>
        </message>
    </context>
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
        <name>DashboardTab</name>
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
        <name>DecisionLog</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="122" />
            <source>{group}: median replies/1k {median}, saves/1k {saves} over %n post(s) → </source>
            <translation>
                <numerusform>{group}: median replies/1k {median}, saves/1k {saves} over %n post → </numerusform>
                <numerusform>{group}: median replies/1k {median}, saves/1k {saves} over %n posts → </numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DecisionTableModel</name>
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
        <name>EngagerListModel</name>
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
        <name>InsightTableModel</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="192" />
            <source>Only %n post(s): too few to judge — shown, but not ranked as evidence.</source>
            <translation>
                <numerusform>Only %n post: too few to judge — shown, but not ranked as evidence.</numerusform>
                <numerusform>Only %n posts: too few to judge — shown, but not ranked as evidence.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InsightsTab</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="423" />
            <source>&lt;b&gt;%n&lt;/b&gt; community post(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; community post</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; community posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="425" />
            <source>&lt;b&gt;%n&lt;/b&gt; reach post(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; reach post</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; reach posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="427" />
            <source>&lt;b&gt;%n&lt;/b&gt;  post(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt;  post</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt;  posts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
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
        <name>PromptDialog</name>
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
        <name>ReportActions</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="49" />
            <source>Calibrate %n benchmark band(s) from the last {days} days</source>
            <translation>
                <numerusform>Calibrate %n benchmark band from the last {days} days</numerusform>
                <numerusform>Calibrate %n benchmark bands from the last {days} days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="95" />
            <source>Wrote {pdf} (%n pages) and {html}</source>
            <translation>
                <numerusform>Wrote {pdf} (%n page) and {html}</numerusform>
                <numerusform>Wrote {pdf} (%n pages) and {html}</numerusform>
            </translation>
        </message>
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
        <name>ScorecardModel</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="55" />
            <source>DM back-and-forth from logged DMs: %n DM conversation(s) members started this week, {average} messages each on average (a member's DM plus the answers to it). Compare with the DM reply rate you type in the week notes.</source>
            <translation>
                <numerusform>DM back-and-forth from logged DMs: %n DM conversation members started this week, {average} messages each on average (a member's DM plus the answers to it). Compare with the DM reply rate you type in the week notes.</numerusform>
                <numerusform>DM back-and-forth from logged DMs: %n DM conversations members started this week, {average} messages each on average (a member's DM plus the answers to it). Compare with the DM reply rate you type in the week notes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="67" />
            <source>Share of the %n DM conversation(s) members started this week that got an answer in the log (from you: your own handles are set in Workspace settings).</source>
            <translation>
                <numerusform>Share of the %n DM conversation members started this week that got an answer in the log (from you: your own handles are set in Workspace settings).</numerusform>
                <numerusform>Share of the %n DM conversations members started this week that got an answer in the log (from you: your own handles are set in Workspace settings).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="212" />
            <source>* %n post(s) had no reach: {standin} stood in for reach (Workspace settings).</source>
            <translation>
                <numerusform>* %n post had no reach: {standin} stood in for reach (Workspace settings).</numerusform>
                <numerusform>* %n posts had no reach: {standin} stood in for reach (Workspace settings).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SprintMetricsChart</name>
    </context>
    <context>
        <name>Startup</name>
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
        <name>WeeklyChart</name>
    </context>
    <context>
        <name>WelcomePage</name>
    </context>
    <context>
        <name>WorkspaceSettingsDialog</name>
    </context>
    <context>
        <name>domain.metrics</name>
    </context>
    <context>
        <name>report_charts</name>
    </context>
    <context>
        <name>services.brief</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/brief.py" line="82" />
            <source>Reply within {minutes} minutes to the first %n comment(s) on key posts.</source>
            <translation>
                <numerusform>Reply within {minutes} minutes to the first %n comment on key posts.</numerusform>
                <numerusform>Reply within {minutes} minutes to the first %n comments on key posts.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>services.figures_text</name>
    </context>
    <context>
        <name>services.insights</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/insights.py" line="394" />
            <source>%n post(s) have no reach: {standins} stand in for reach in their ratios.</source>
            <translation>
                <numerusform>%n post has no reach: {standins} stand in for reach in its ratios.</numerusform>
                <numerusform>%n posts have no reach: {standins} stand in for reach in their ratios.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/insights.py" line="482" />
            <source>%n community post(s) · median replies/1k {median} (overall {overall_median}) · saves/1k {saves} (overall {overall_saves}) · {returning} returning engagers reached</source>
            <translation>
                <numerusform>%n community post · median replies/1k {median} (overall {overall_median}) · saves/1k {saves} (overall {overall_saves}) · {returning} returning engagers reached</numerusform>
                <numerusform>%n community posts · median replies/1k {median} (overall {overall_median}) · saves/1k {saves} (overall {overall_saves}) · {returning} returning engagers reached</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>services.reports</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="287" />
            <source>Response SLA: {missed} of %n first comment(s) missed the {minutes}-minute reply window ({share} answered in time)</source>
            <translation>
                <numerusform>Response SLA: {missed} of %n first comment missed the {minutes}-minute reply window ({share} answered in time)</numerusform>
                <numerusform>Response SLA: {missed} of %n first comments missed the {minutes}-minute reply window ({share} answered in time)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="294" />
            <source>Reply within {minutes} minutes to the first %n comment(s) on key posts; block the time after posting.</source>
            <translation>
                <numerusform>Reply within {minutes} minutes to the first %n comment on key posts; block the time after posting.</numerusform>
                <numerusform>Reply within {minutes} minutes to the first %n comments on key posts; block the time after posting.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="509" />
            <source>(%n weeks)</source>
            <translation>
                <numerusform>(%n week)</numerusform>
                <numerusform>(%n weeks)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="564" />
            <source>{replied} of %n in {minutes} min ({share})</source>
            <translation>
                <numerusform>{replied} of %n in {minutes} min ({share})</numerusform>
                <numerusform>{replied} of %n in {minutes} min ({share})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="581" />
            <source>%n DM threads · {messages} msgs each · {answered} answered</source>
            <translation>
                <numerusform>%n DM thread · {messages} msgs each · {answered} answered</numerusform>
                <numerusform>%n DM threads · {messages} msgs each · {answered} answered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="611" />
            <source>Scorecard: the {days} days by week (%n row(s), first and last may be partial)</source>
            <translation>
                <numerusform>Scorecard: the {days} days by week (%n row, first and last may be partial)</numerusform>
                <numerusform>Scorecard: the {days} days by week (%n rows, first and last may be partial)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="619" />
            <source>Scorecard: this week and the %n before it (trend)</source>
            <translation>
                <numerusform>Scorecard: this week and the %n before it (trend)</numerusform>
                <numerusform>Scorecard: this week and the %n before it (trend)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="677" />
            <source>Business outcomes and member notes are entered per week: these come from the week notes of the %n week(s) starting {weeks} that overlap the period.</source>
            <translation>
                <numerusform>Business outcomes and member notes are entered per week: these come from the week notes of the %n week starting {weeks} that overlap the period.</numerusform>
                <numerusform>Business outcomes and member notes are entered per week: these come from the week notes of the %n weeks starting {weeks} that overlap the period.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>services.sla</name>
    </context>
</TS>