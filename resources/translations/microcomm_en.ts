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
        <name>CalculatorPage</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="294" />
            <source>No fee works: paid media alone ({media}) already exceeds the target over %Ln impression(s).</source>
            <translation>
                <numerusform>No fee works: paid media alone ({media}) already exceeds the target over %Ln impression.</numerusform>
                <numerusform>No fee works: paid media alone ({media}) already exceeds the target over %Ln impressions.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="300" />
            <source>No fee works: paid media alone ({media}) already exceeds the target over %Ln conversion(s).</source>
            <translation>
                <numerusform>No fee works: paid media alone ({media}) already exceeds the target over %Ln conversion.</numerusform>
                <numerusform>No fee works: paid media alone ({media}) already exceeds the target over %Ln conversions.</numerusform>
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
        <name>CohortModel</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/cohort_table_model.py" line="29" />
            <source>{n} of the %n people who first engaged in the week of {week} engaged again in week +{k}</source>
            <translation>
                <numerusform>{n} of the %n people who first engaged in the week of {week} engaged again in week +{k}</numerusform>
                <numerusform>{n} of the %n people who first engaged in the week of {week} engaged again in week +{k}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CreatorCommands</name>
    </context>
    <context>
        <name>CreatorDealsModel</name>
    </context>
    <context>
        <name>CreatorDealsPanel</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/creators/creator_deals.py" line="69" />
            <source>Over all %n deal(s): blended CPM {cpm} (cost of deals reporting impressions ÷ their impressions), blended CPA {cpa} (deals reporting conversions).</source>
            <translation>
                <numerusform>Over %n deal: blended CPM {cpm} (cost of deals reporting impressions ÷ their impressions), blended CPA {cpa} (deals reporting conversions).</numerusform>
                <numerusform>Over all %n deals: blended CPM {cpm} (cost of deals reporting impressions ÷ their impressions), blended CPA {cpa} (deals reporting conversions).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CreatorListModel</name>
    </context>
    <context>
        <name>CreatorsTab</name>
    </context>
    <context>
        <name>DashboardTab</name>
    </context>
    <context>
        <name>DataActions</name>
    </context>
    <context>
        <name>DealCommands</name>
    </context>
    <context>
        <name>DealFormDialog</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="465" />
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
        <name>DealTableModel</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="69" />
            <source>Impressions and views summed from %n linked post(s) (conversions from the posts)</source>
            <translation>
                <numerusform>Impressions and views summed from %n linked post (conversions from the posts)</numerusform>
                <numerusform>Impressions and views summed from %n linked posts (conversions from the posts)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="76" />
            <source>Impressions and views summed from %n linked post(s)</source>
            <translation>
                <numerusform>Impressions and views summed from %n linked post</numerusform>
                <numerusform>Impressions and views summed from %n linked posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="86" />
            <source>%n linked post(s)</source>
            <translation>
                <numerusform>%n linked post</numerusform>
                <numerusform>%n linked posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="106" />
            <source>0 of %n checked</source>
            <translation>
                <numerusform>0 of %n checked</numerusform>
                <numerusform>0 of %n checked</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DealsListPage</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="194" />
            <source>Results from %n linked post(s) in the post log: {impressions} impressions, {views} views, {conversions} conversions.</source>
            <translation>
                <numerusform>Results from %n linked post in the post log: {impressions} impressions, {views} views, {conversions} conversions.</numerusform>
                <numerusform>Results from %n linked posts in the post log: {impressions} impressions, {views} views, {conversions} conversions.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="245" />
            <source>Disclosure spot-checks: &lt;b&gt;none&lt;/b&gt; of %n sponsored post(s) checked yet — press &lt;i&gt;Disclosure checks…&lt;/i&gt;.</source>
            <translation>
                <numerusform>Disclosure spot-checks: &lt;b&gt;none&lt;/b&gt; of %n sponsored post checked yet — press &lt;i&gt;Disclosure checks…&lt;/i&gt;.</numerusform>
                <numerusform>Disclosure spot-checks: &lt;b&gt;none&lt;/b&gt; of %n sponsored posts checked yet — press &lt;i&gt;Disclosure checks…&lt;/i&gt;.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="252" />
            <source>Disclosure spot-checks: &lt;b style='color:{color}'&gt;{carried} of %n&lt;/b&gt; checked sponsored post(s) carried the disclosure line ({share}); {not_checked} not checked.</source>
            <translation>
                <numerusform>Disclosure spot-checks: &lt;b style='color:{color}'&gt;{carried} of %n&lt;/b&gt; checked sponsored post carried the disclosure line ({share}); {not_checked} not checked.</numerusform>
                <numerusform>Disclosure spot-checks: &lt;b style='color:{color}'&gt;{carried} of %n&lt;/b&gt; checked sponsored posts carried the disclosure line ({share}); {not_checked} not checked.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DealsTab</name>
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
        <name>EngagerTableModel</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="68" />
            <source>Active on %n different day(s) in the last 30 days.</source>
            <translation>
                <numerusform>Active on %n day in the last 30 days.</numerusform>
                <numerusform>Active on %n different days in the last 30 days.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EngagersPage</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="69" />
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln person</numerusform>
                <numerusform>%Ln people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="71" />
            <source>%Ln engaged in the last 30 days</source>
            <translation>
                <numerusform>%Ln engaged in the last 30 days</numerusform>
                <numerusform>%Ln engaged in the last 30 days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="73" />
            <source>%Ln returning ({share}).</source>
            <translation>
                <numerusform>%Ln returning ({share}).</numerusform>
                <numerusform>%Ln returning ({share}).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
    </context>
    <context>
        <name>EvidenceDialog</name>
    </context>
    <context>
        <name>EvidenceModel</name>
    </context>
    <context>
        <name>EvidencePanel</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="199" />
            <source>Checking %n screenshot(s)…</source>
            <translation>
                <numerusform>Checking %n screenshot…</numerusform>
                <numerusform>Checking %n screenshots…</numerusform>
            </translation>
        </message>
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
        <name>ImportDialog</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="103" />
            <source>%Ln data row(s)</source>
            <translation>
                <numerusform>%Ln data row</numerusform>
                <numerusform>%Ln data rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="104" />
            <source>%n column(s)</source>
            <translation>
                <numerusform>%n column</numerusform>
                <numerusform>%n columns</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="192" />
            <source>Preview of the first %n rows as they will be stored</source>
            <translation>
                <numerusform>Preview of the first %n row as it will be stored</numerusform>
                <numerusform>Preview of the first %n rows as they will be stored</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="296" />
            <source>%n rows previewed: {bad} with errors (highlighted; hover for the reason).</source>
            <translation>
                <numerusform>%n row previewed: {bad} with errors (highlighted; hover for the reason).</numerusform>
                <numerusform>%n rows previewed: {bad} with errors (highlighted; hover for the reason).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="303" />
            <source>%n skipped: {reasons}.</source>
            <translation>
                <numerusform>%n skipped: {reasons}.</numerusform>
                <numerusform>%n skipped: {reasons}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
    </context>
    <context>
        <name>InsightTableModel</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="195" />
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
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="424" />
            <source>&lt;b&gt;%n&lt;/b&gt; community post(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; community post</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; community posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="426" />
            <source>&lt;b&gt;%n&lt;/b&gt; reach post(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; reach post</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; reach posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="428" />
            <source>&lt;b&gt;%n&lt;/b&gt;  post(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt;  post</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt;  posts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
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
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="61" />
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
        <name>PostDetail</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="89" />
            <source>&lt;b&gt;%n&lt;/b&gt; people</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; person</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="90" />
            <source>&lt;b&gt;%n&lt;/b&gt; interaction(s) from {people} ({kinds}).</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; interaction from {people} ({kinds}).</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; interactions from {people} ({kinds}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="93" />
            <source>&lt;b&gt;%n&lt;/b&gt; thread(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; thread</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; threads</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="94" />
            <source>&lt;b&gt;%n&lt;/b&gt; deep thread(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; deep thread</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; deep threads</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PostEdits</name>
    </context>
    <context>
        <name>PostFilters</name>
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
        <name>PostImports</name>
    </context>
    <context>
        <name>PostTableModel</name>
    </context>
    <context>
        <name>PostsTab</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_rows.py" line="85" />
            <source>{shown} of %Ln post(s)</source>
            <translation>
                <numerusform>{shown} of %Ln post</numerusform>
                <numerusform>{shown} of %Ln posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_rows.py" line="88" />
            <source>%Ln post(s)</source>
            <translation>
                <numerusform>%Ln post</numerusform>
                <numerusform>%Ln posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="537" />
            <source>Tag %n post(s)…</source>
            <translation>
                <numerusform>Tag %n post…</numerusform>
                <numerusform>Tag %n posts…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="540" />
            <source>Delete %n post(s)…</source>
            <translation>
                <numerusform>Delete %n post…</numerusform>
                <numerusform>Delete %n posts…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_actions.py" line="54" />
            <source>Delete %n post(s)? Their interactions stay (unlinked). Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Delete %n post? Their interactions stay (unlinked). Undo with Ctrl+Z.</numerusform>
                <numerusform>Delete %n posts? Their interactions stay (unlinked). Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_actions.py" line="71" />
            <source>Delete %n post(s)</source>
            <translation>
                <numerusform>Delete %n post</numerusform>
                <numerusform>Delete %n posts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProfileForm</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="278" />
            <source>Measured in '{workspace}' over {start}–{end} (%n post(s)): replies/1k {replies}, ER {er}, returning {returning}. Measured figures replace typed ones where known.</source>
            <translation>
                <numerusform>Measured in '{workspace}' over {start}–{end} (%n post): replies/1k {replies}, ER {er}, returning {returning}. Measured figures replace typed ones where known.</numerusform>
                <numerusform>Measured in '{workspace}' over {start}–{end} (%n posts): replies/1k {replies}, ER {er}, returning {returning}. Measured figures replace typed ones where known.</numerusform>
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
        <name>PromptTableModel</name>
    </context>
    <context>
        <name>PromptsSection</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="45" />
            <source>Each ritual wants at least %n prompt(s) before you invite anyone</source>
            <translation>
                <numerusform>Each ritual wants at least %n prompt before you invite anyone</numerusform>
                <numerusform>Each ritual wants at least %n prompts before you invite anyone</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="141" />
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
        <name>QuickEntry</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="175" />
            <source>Log %n interaction(s)</source>
            <translation>
                <numerusform>Log %n interaction</numerusform>
                <numerusform>Log %n interactions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="181" />
            <source>Logged %n {target}.</source>
            <translation>
                <numerusform>Logged %n {target}.</numerusform>
                <numerusform>Logged %n {target}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuoteLinesModel</name>
    </context>
    <context>
        <name>QuotePage</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="436" />
            <source>What the brand can expect: CPM &lt;b&gt;{cpm}&lt;/b&gt;, cost per engagement &lt;b&gt;{cpe}&lt;/b&gt;.&lt;br&gt;&lt;small&gt;Based on your &lt;b&gt;%n post(s)&lt;/b&gt; of the last 90 days: average reach {reach}, average impressions {impressions}, ER {er} (engagements / {definition}). Expected = quote total / (average × number of deliverables).&lt;/small&gt;</source>
            <translation>
                <numerusform>What the brand can expect: CPM &lt;b&gt;{cpm}&lt;/b&gt;, cost per engagement &lt;b&gt;{cpe}&lt;/b&gt;.&lt;br&gt;&lt;small&gt;Based on your &lt;b&gt;%n post&lt;/b&gt; of the last 90 days: average reach {reach}, average impressions {impressions}, ER {er} (engagements / {definition}). Expected = quote total / (average × number of deliverables).&lt;/small&gt;</numerusform>
                <numerusform>What the brand can expect: CPM &lt;b&gt;{cpm}&lt;/b&gt;, cost per engagement &lt;b&gt;{cpe}&lt;/b&gt;.&lt;br&gt;&lt;small&gt;Based on your &lt;b&gt;%n posts&lt;/b&gt; of the last 90 days: average reach {reach}, average impressions {impressions}, ER {er} (engagements / {definition}). Expected = quote total / (average × number of deliverables).&lt;/small&gt;</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RateCardModel</name>
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
        <name>RitualCalendarModel</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="128" />
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
        <name>RubricBox</name>
    </context>
    <context>
        <name>ScorecardModel</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="56" />
            <source>DM back-and-forth from logged DMs: %n DM conversation(s) members started this week, {average} messages each on average (a member's DM plus the answers to it). Compare with the DM reply rate you type in the week notes.</source>
            <translation>
                <numerusform>DM back-and-forth from logged DMs: %n DM conversation members started this week, {average} messages each on average (a member's DM plus the answers to it). Compare with the DM reply rate you type in the week notes.</numerusform>
                <numerusform>DM back-and-forth from logged DMs: %n DM conversations members started this week, {average} messages each on average (a member's DM plus the answers to it). Compare with the DM reply rate you type in the week notes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="68" />
            <source>Share of the %n DM conversation(s) members started this week that got an answer in the log (from you: your own handles are set in Workspace settings).</source>
            <translation>
                <numerusform>Share of the %n DM conversation members started this week that got an answer in the log (from you: your own handles are set in Workspace settings).</numerusform>
                <numerusform>Share of the %n DM conversations members started this week that got an answer in the log (from you: your own handles are set in Workspace settings).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="213" />
            <source>* %n post(s) had no reach: {standin} stood in for reach (Workspace settings).</source>
            <translation>
                <numerusform>* %n post had no reach: {standin} stood in for reach (Workspace settings).</numerusform>
                <numerusform>* %n posts had no reach: {standin} stood in for reach (Workspace settings).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SlaPage</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="188" />
            <source>&lt;b&gt;{rate}&lt;/b&gt; of the first {first} comments got a reply within {minutes} min over the last {weeks} weeks ({replied} of {considered}; %n post(s), {computed} computed from timestamps).</source>
            <translation>
                <numerusform>&lt;b&gt;{rate}&lt;/b&gt; of the first {first} comments got a reply within {minutes} min over the last {weeks} weeks ({replied} of {considered}; %n post, {computed} computed from timestamps).</numerusform>
                <numerusform>&lt;b&gt;{rate}&lt;/b&gt; of the first {first} comments got a reply within {minutes} min over the last {weeks} weeks ({replied} of {considered}; %n posts, {computed} computed from timestamps).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="201" />
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
        <name>WindowMenus</name>
    </context>
    <context>
        <name>WorkspaceSettingsDialog</name>
    </context>
    <context>
        <name>_AddRateDialog</name>
    </context>
    <context>
        <name>app</name>
    </context>
    <context>
        <name>argparse</name>
    </context>
    <context>
        <name>cli</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/posts.py" line="301" />
            <source>Wrote %n post(s) to {path}.</source>
            <translation>
                <numerusform>Wrote %n post to {path}.</numerusform>
                <numerusform>Wrote %n posts to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/posts.py" line="303" />
            <source>Wrote %n engager(s) to {path}.</source>
            <translation>
                <numerusform>Wrote %n engager to {path}.</numerusform>
                <numerusform>Wrote %n engagers to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/posts.py" line="305" />
            <source>Wrote %n interaction(s) to {path}.</source>
            <translation>
                <numerusform>Wrote %n interaction to {path}.</numerusform>
                <numerusform>Wrote %n interactions to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/report.py" line="118" />
            <source>Wrote {output} (%n page(s)).
</source>
            <translation>
                <numerusform>Wrote {output} (%n page).
</numerusform>
                <numerusform>Wrote {output} (%n pages).
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/rituals.py" line="106" />
            <source>%n calendar entries written to {file}</source>
            <translation>
                <numerusform>%n calendar entry written to {file}</numerusform>
                <numerusform>%n calendar entries written to {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/workspace.py" line="253" />
            <source>Set %n band(s) on {applied_on}; undo with --undo.</source>
            <translation>
                <numerusform>Set %n band on {applied_on}; undo with --undo.</numerusform>
                <numerusform>Set %n bands on {applied_on}; undo with --undo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/workspace.py" line="296" />
            <source>Applied on {applied_on}: %n band(s). Undo with --undo.</source>
            <translation>
                <numerusform>Applied on {applied_on}: %n band. Undo with --undo.</numerusform>
                <numerusform>Applied on {applied_on}: %n bands. Undo with --undo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/workspace.py" line="357" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>domain.creators</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/creators.py" line="226" />
            <source>%n more screenshot(s) of a question the audience answered with specifics</source>
            <translation>
                <numerusform>%n more screenshot of a question the audience answered with specifics</numerusform>
                <numerusform>%n more screenshots of a question the audience answered with specifics</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/creators.py" line="231" />
            <source>{missing} (%n proof entry(ies) without a screenshot yet)</source>
            <translation>
                <numerusform>{missing} (%n proof entry without a screenshot yet)</numerusform>
                <numerusform>{missing} (%n proof entries without a screenshot yet)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/creators.py" line="257" />
            <source>a fresh 'struggles this week' answer (the last one is %n day(s) old)</source>
            <translation>
                <numerusform>a fresh 'struggles this week' answer (the last one is %n day old)</numerusform>
                <numerusform>a fresh 'struggles this week' answer (the last one is %n days old)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>domain.deals</name>
    </context>
    <context>
        <name>domain.imports.chat</name>
    </context>
    <context>
        <name>domain.imports.month_names</name>
    </context>
    <context>
        <name>domain.imports.parsing</name>
    </context>
    <context>
        <name>domain.imports.presets</name>
    </context>
    <context>
        <name>domain.imports.quick</name>
    </context>
    <context>
        <name>domain.imports.rows</name>
    </context>
    <context>
        <name>domain.imports.sniff</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="316" />
            <source>The file is UTF-8 with %n unreadable byte(s) (lines {lines}), replaced with �. Check the text on those lines.</source>
            <translation>
                <numerusform>The file is UTF-8 with %n unreadable byte (line {lines}), replaced with �. Check the text on those lines.</numerusform>
                <numerusform>The file is UTF-8 with %n unreadable bytes (lines {lines}), replaced with �. Check the text on those lines.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="503" />
            <source>Skipped %n line(s) above the header row (a title or date range).</source>
            <translation>
                <numerusform>Skipped %n line above the header row (a title or date range).</numerusform>
                <numerusform>Skipped %n lines above the header row (a title or date range).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="634" />
            <source>%n of them look like rows of their own</source>
            <translation>
                <numerusform>%n of them looks like a row of its own</numerusform>
                <numerusform>%n of them look like rows of their own</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="648" />
            <source>%n line break(s)</source>
            <translation>
                <numerusform>%n line break</numerusform>
                <numerusform>%n line breaks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="650" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="715" />
            <source>Skipped %n repeated header row(s) (lines {lines}): the file looks like several exports joined together.</source>
            <translation>
                <numerusform>Skipped %n repeated header row (line {lines}): the file looks like several exports joined together.</numerusform>
                <numerusform>Skipped %n repeated header rows (lines {lines}): the file looks like several exports joined together.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>domain.limits</name>
    </context>
    <context>
        <name>domain.metrics</name>
    </context>
    <context>
        <name>domain.post_fields</name>
    </context>
    <context>
        <name>domain.promise</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/promise.py" line="331" />
            <source>%n primary homes: in month one pick one home, or attention (and replies) split between them.</source>
            <translation>
                <numerusform>%n primary home: in month one pick one home, or attention (and replies) split between them.</numerusform>
                <numerusform>%n primary homes: in month one pick one home, or attention (and replies) split between them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>domain.prompts</name>
    </context>
    <context>
        <name>domain.readiness</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/readiness.py" line="75" />
            <source>%n primary homes: keep one in month one.</source>
            <translation>
                <numerusform>%n primary home: keep one in month one.</numerusform>
                <numerusform>%n primary homes: keep one in month one.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/readiness.py" line="113" />
            <source>%n ritual(s) scheduled: two weekly rituals is the start (e.g. Tuesday teardown, Friday wins).</source>
            <translation>
                <numerusform>%n ritual scheduled: two weekly rituals is the start (e.g. Tuesday teardown, Friday wins).</numerusform>
                <numerusform>%n rituals scheduled: two weekly rituals is the start (e.g. Tuesday teardown, Friday wins).</numerusform>
            </translation>
        </message>
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
        <name>domain.validation</name>
    </context>
    <context>
        <name>money_fields</name>
    </context>
    <context>
        <name>note_numbers</name>
    </context>
    <context>
        <name>operations</name>
    </context>
    <context>
        <name>paths</name>
    </context>
    <context>
        <name>report_charts</name>
    </context>
    <context>
        <name>services.backups</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/backups.py" line="126" />
            <source>%n workspace(s)</source>
            <translation>
                <numerusform>%n workspace</numerusform>
                <numerusform>%n workspaces</numerusform>
            </translation>
        </message>
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
        <name>services.calibration</name>
    </context>
    <context>
        <name>services.chat_import</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="227" />
            <location filename="../../microcomm_desktop/services/chat_import.py" line="245" />
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n message</numerusform>
                <numerusform>%n messages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="228" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="229" />
            <source>%n thread(s)</source>
            <translation>
                <numerusform>%n thread</numerusform>
                <numerusform>%n threads</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="230" />
            <source>%n deep</source>
            <translation>
                <numerusform>%n deep</numerusform>
                <numerusform>%n deep</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="231" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="246" />
            <source>%n new person(s)</source>
            <translation>
                <numerusform>%n new person</numerusform>
                <numerusform>%n new people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="251" />
            <source>%n direct message(s) (counted as DMs).</source>
            <translation>
                <numerusform>%n direct message (counted as DMs).</numerusform>
                <numerusform>%n direct messages (counted as DMs).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="254" />
            <source>%n message(s) by your own handles: kept for response times, not engagers.</source>
            <translation>
                <numerusform>%n message by your own handles: kept for response times, not engagers.</numerusform>
                <numerusform>%n messages by your own handles: kept for response times, not engagers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="263" />
            <source>%n reaction(s) counted on their messages (reactions are not people).</source>
            <translation>
                <numerusform>%n reaction counted on its message (reactions are not people).</numerusform>
                <numerusform>%n reactions counted on their messages (reactions are not people).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="289" />
            <source>… and %n more unreadable entries.</source>
            <translation>
                <numerusform>… and %n more unreadable entry.</numerusform>
                <numerusform>… and %n more unreadable entries.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="606" />
            <source>%n reply/replies answer(s) a message that is not in this file or the workspace; each starts its own thread.</source>
            <translation>
                <numerusform>%n reply answers a message that is not in this file or the workspace; it starts its own thread.</numerusform>
                <numerusform>%n replies answer a message that is not in this file or the workspace; each starts its own thread.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>services.conflicts</name>
    </context>
    <context>
        <name>services.context</name>
    </context>
    <context>
        <name>services.creators</name>
    </context>
    <context>
        <name>services.deals</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/deals.py" line="273" />
            <source>none of %n sponsored post(s) spot-checked yet</source>
            <translation>
                <numerusform>none of %n sponsored post spot-checked yet</numerusform>
                <numerusform>none of %n sponsored posts spot-checked yet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/deals.py" line="275" />
            <source>{carried} of %n checked sponsored post(s) carried the disclosure line ({share}); {not_checked} not checked</source>
            <translation>
                <numerusform>{carried} of %n checked sponsored post carried the disclosure line ({share}); {not_checked} not checked</numerusform>
                <numerusform>{carried} of %n checked sponsored posts carried the disclosure line ({share}); {not_checked} not checked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/deals.py" line="673" />
            <source>%n linked post(s) are not in this workspace's log.</source>
            <translation>
                <numerusform>%n linked post is not in this workspace's log.</numerusform>
                <numerusform>%n linked posts are not in this workspace's log.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/deals.py" line="959" />
            <source>%n linked post(s)</source>
            <translation>
                <numerusform>%n linked post</numerusform>
                <numerusform>%n linked posts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>services.decisions</name>
    </context>
    <context>
        <name>services.drafts</name>
    </context>
    <context>
        <name>services.engagers</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/engagers.py" line="104" />
            <source>Merged {removed} into {kept}: %Ln interaction(s) moved (undo: {command}).</source>
            <translation>
                <numerusform>Merged {removed} into {kept}: %Ln interactions moved (undo: {command}).</numerusform>
                <numerusform>Merged {removed} into {kept}: %Ln interactions moved (undo: {command}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/engagers.py" line="289" />
            <source>Forgot {person}: the person and %Ln interaction(s) were erased from this workspace.</source>
            <translation>
                <numerusform>Forgot {person}: the person and %Ln interactions were erased from this workspace.</numerusform>
                <numerusform>Forgot {person}: the person and %Ln interactions were erased from this workspace.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/engagers.py" line="299" />
            <source>{holding} of %n existing backup(s) still hold them (delete these files to erase them everywhere):</source>
            <translation>
                <numerusform>{holding} of %n existing backups still hold them (delete these files to erase them everywhere):</numerusform>
                <numerusform>{holding} of %n existing backups still hold them (delete these files to erase them everywhere):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/engagers.py" line="303" />
            <source>None of the %n existing backup(s) holds them.</source>
            <translation>
                <numerusform>None of the %n existing backups holds them.</numerusform>
                <numerusform>None of the %n existing backups holds them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>services.figures_text</name>
    </context>
    <context>
        <name>services.ics</name>
    </context>
    <context>
        <name>services.images</name>
    </context>
    <context>
        <name>services.importing</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="437" />
            <source>%n row(s) in {years} {how}</source>
            <translation>
                <numerusform>%n row in {years} {how}</numerusform>
                <numerusform>%n rows in {years} {how}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="530" />
            <source>Would insert {inserted}, would update {updated}, skipped {skipped}, rejected {rejected} of %n row(s).</source>
            <translation>
                <numerusform>Would insert {inserted}, would update {updated}, skipped {skipped}, rejected {rejected} of %n row.</numerusform>
                <numerusform>Would insert {inserted}, would update {updated}, skipped {skipped}, rejected {rejected} of %n rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="538" />
            <source>Inserted {inserted}, updated {updated}, skipped {skipped}, rejected {rejected} of %n row(s).</source>
            <translation>
                <numerusform>Inserted {inserted}, updated {updated}, skipped {skipped}, rejected {rejected} of %n row.</numerusform>
                <numerusform>Inserted {inserted}, updated {updated}, skipped {skipped}, rejected {rejected} of %n rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="570" />
            <source>Themes: set on %n post(s).</source>
            <translation>
                <numerusform>Themes: set on %n post.</numerusform>
                <numerusform>Themes: set on %n posts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="572" />
            <source>Themes: would set on %n post(s).</source>
            <translation>
                <numerusform>Themes: would set on %n post.</numerusform>
                <numerusform>Themes: would set on %n posts.</numerusform>
            </translation>
        </message>
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
        <name>services.instance_lock</name>
    </context>
    <context>
        <name>services.interactions</name>
    </context>
    <context>
        <name>services.posts</name>
    </context>
    <context>
        <name>services.problems</name>
    </context>
    <context>
        <name>services.promise</name>
    </context>
    <context>
        <name>services.quotes</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/quotes.py" line="605" />
            <source>Expected CPM {cpm}, expected cost per engagement {cpe} — based on %n post(s) from {since} to {until} (average reach {reach}, average impressions {impressions}, ER {er} by {definition}).</source>
            <translation>
                <numerusform>Expected CPM {cpm}, expected cost per engagement {cpe} — based on %n post from {since} to {until} (average reach {reach}, average impressions {impressions}, ER {er} by {definition}).</numerusform>
                <numerusform>Expected CPM {cpm}, expected cost per engagement {cpe} — based on %n posts from {since} to {until} (average reach {reach}, average impressions {impressions}, ER {er} by {definition}).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>services.reach</name>
    </context>
    <context>
        <name>services.reports</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="292" />
            <source>Response SLA: {missed} of %n first comment(s) missed the {minutes}-minute reply window ({share} answered in time)</source>
            <translation>
                <numerusform>Response SLA: {missed} of %n first comment missed the {minutes}-minute reply window ({share} answered in time)</numerusform>
                <numerusform>Response SLA: {missed} of %n first comments missed the {minutes}-minute reply window ({share} answered in time)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="299" />
            <source>Reply within {minutes} minutes to the first %n comment(s) on key posts; block the time after posting.</source>
            <translation>
                <numerusform>Reply within {minutes} minutes to the first %n comment on key posts; block the time after posting.</numerusform>
                <numerusform>Reply within {minutes} minutes to the first %n comments on key posts; block the time after posting.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="514" />
            <source>(%n weeks)</source>
            <translation>
                <numerusform>(%n week)</numerusform>
                <numerusform>(%n weeks)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="569" />
            <source>{replied} of %n in {minutes} min ({share})</source>
            <translation>
                <numerusform>{replied} of %n in {minutes} min ({share})</numerusform>
                <numerusform>{replied} of %n in {minutes} min ({share})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="586" />
            <source>%n DM threads · {messages} msgs each · {answered} answered</source>
            <translation>
                <numerusform>%n DM thread · {messages} msgs each · {answered} answered</numerusform>
                <numerusform>%n DM threads · {messages} msgs each · {answered} answered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="616" />
            <source>Scorecard: the {days} days by week (%n row(s), first and last may be partial)</source>
            <translation>
                <numerusform>Scorecard: the {days} days by week (%n row, first and last may be partial)</numerusform>
                <numerusform>Scorecard: the {days} days by week (%n rows, first and last may be partial)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="624" />
            <source>Scorecard: this week and the %n before it (trend)</source>
            <translation>
                <numerusform>Scorecard: this week and the %n before it (trend)</numerusform>
                <numerusform>Scorecard: this week and the %n before it (trend)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="682" />
            <source>Business outcomes and member notes are entered per week: these come from the week notes of the %n week(s) starting {weeks} that overlap the period.</source>
            <translation>
                <numerusform>Business outcomes and member notes are entered per week: these come from the week notes of the %n week starting {weeks} that overlap the period.</numerusform>
                <numerusform>Business outcomes and member notes are entered per week: these come from the week notes of the %n weeks starting {weeks} that overlap the period.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>services.rituals</name>
    </context>
    <context>
        <name>services.safe_files</name>
    </context>
    <context>
        <name>services.sla</name>
    </context>
    <context>
        <name>services.sprints</name>
    </context>
    <context>
        <name>services.team_server</name>
    </context>
    <context>
        <name>services.themes</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/themes.py" line="215" />
            <source>%n of the selected posts are not in this workspace (ids {ids}).</source>
            <translation>
                <numerusform>%n of the selected posts are not in this workspace (ids {ids}).</numerusform>
                <numerusform>%n of the selected posts are not in this workspace (ids {ids}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/themes.py" line="253" />
            <source>{changes} on %n post(s)</source>
            <translation>
                <numerusform>{changes} on %n post</numerusform>
                <numerusform>{changes} on %n posts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>services.value_audit</name>
    </context>
    <context>
        <name>services.workspace_file</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="438" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="439" />
            <source>%n table(s)</source>
            <translation>
                <numerusform>%n table</numerusform>
                <numerusform>%n tables</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="440" />
            <source>%n attachment(s)</source>
            <translation>
                <numerusform>%n attachment</numerusform>
                <numerusform>%n attachments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>services.workspaces</name>
    </context>
    <context>
        <name>store.db</name>
    </context>
    <context>
        <name>store.files</name>
    </context>
    <context>
        <name>store.migrate</name>
    </context>
</TS>