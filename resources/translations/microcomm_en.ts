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
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="178" />
            <source>Results from %n linked post(s) in the post log: {impressions} impressions, {views} views, {conversions} conversions.</source>
            <translation>
                <numerusform>Results from %n linked post in the post log: {impressions} impressions, {views} views, {conversions} conversions.</numerusform>
                <numerusform>Results from %n linked posts in the post log: {impressions} impressions, {views} views, {conversions} conversions.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="229" />
            <source>Disclosure spot-checks: &lt;b&gt;none&lt;/b&gt; of %n sponsored post(s) checked yet — press &lt;i&gt;Disclosure checks…&lt;/i&gt;.</source>
            <translation>
                <numerusform>Disclosure spot-checks: &lt;b&gt;none&lt;/b&gt; of %n sponsored post checked yet — press &lt;i&gt;Disclosure checks…&lt;/i&gt;.</numerusform>
                <numerusform>Disclosure spot-checks: &lt;b&gt;none&lt;/b&gt; of %n sponsored posts checked yet — press &lt;i&gt;Disclosure checks…&lt;/i&gt;.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="236" />
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
        <name>_AddRateDialog</name>
    </context>
    <context>
        <name>money_fields</name>
    </context>
    <context>
        <name>services.deals</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/deals.py" line="263" />
            <source>none of %n sponsored post(s) spot-checked yet</source>
            <translation>
                <numerusform>none of %n sponsored post spot-checked yet</numerusform>
                <numerusform>none of %n sponsored posts spot-checked yet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/deals.py" line="265" />
            <source>{carried} of %n checked sponsored post(s) carried the disclosure line ({share}); {not_checked} not checked</source>
            <translation>
                <numerusform>{carried} of %n checked sponsored post carried the disclosure line ({share}); {not_checked} not checked</numerusform>
                <numerusform>{carried} of %n checked sponsored posts carried the disclosure line ({share}); {not_checked} not checked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/deals.py" line="663" />
            <source>%n linked post(s) are not in this workspace's log.</source>
            <translation>
                <numerusform>%n linked post is not in this workspace's log.</numerusform>
                <numerusform>%n linked posts are not in this workspace's log.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/deals.py" line="949" />
            <source>%n linked post(s)</source>
            <translation>
                <numerusform>%n linked post</numerusform>
                <numerusform>%n linked posts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>services.quotes</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/quotes.py" line="600" />
            <source>Expected CPM {cpm}, expected cost per engagement {cpe} — based on %n post(s) from {since} to {until} (average reach {reach}, average impressions {impressions}, ER {er} by {definition}).</source>
            <translation>
                <numerusform>Expected CPM {cpm}, expected cost per engagement {cpe} — based on %n post from {since} to {until} (average reach {reach}, average impressions {impressions}, ER {er} by {definition}).</numerusform>
                <numerusform>Expected CPM {cpm}, expected cost per engagement {cpe} — based on %n posts from {since} to {until} (average reach {reach}, average impressions {impressions}, ER {er} by {definition}).</numerusform>
            </translation>
        </message>
    </context>
</TS>