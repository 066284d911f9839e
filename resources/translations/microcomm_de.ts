<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
    <context>
        <name>BestTimesPanel</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/best_times.py" line="35" />
            <source>Replies per 1k reach by weekday and 3-hour block of local time ({timezone}), pooled over %n post(s); each cell shows the rate and its post count. Hatched cells have fewer than {min_posts} posts. Move rituals to where the community answers.</source>
            <translation>
                <numerusform>Antworten pro 1.000 Reichweite nach Wochentag und 3-Stunden-Block Ortszeit ({timezone}), zusammengefasst über %n Beitrag; jede Zelle zeigt die Rate und ihre Beitragszahl. Schraffierte Zellen haben weniger als {min_posts} Beiträge. Leg Rituale dorthin, wo die Community antwortet.</numerusform>
                <numerusform>Antworten pro 1.000 Reichweite nach Wochentag und 3-Stunden-Block Ortszeit ({timezone}), zusammengefasst über %n Beiträge; jede Zelle zeigt die Rate und ihre Beitragszahl. Schraffierte Zellen haben weniger als {min_posts} Beiträge. Leg Rituale dorthin, wo die Community antwortet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/best_times.py" line="45" />
            <source>&lt;b&gt;{weekday} {hours} h&lt;/b&gt; {rate}/1k (%n post(s))</source>
            <translation>
                <numerusform>&lt;b&gt;{weekday} {hours} Uhr&lt;/b&gt; {rate}/1.000 (%n Beitrag)</numerusform>
                <numerusform>&lt;b&gt;{weekday} {hours} Uhr&lt;/b&gt; {rate}/1.000 (%n Beiträge)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/best_times.py" line="50" />
            <source>Best times: {slots}</source>
            <translation>Beste Zeiten: {slots}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/best_times.py" line="52" />
            <source>No time slot has enough posts to judge yet.</source>
            <translation>Noch kein Zeitfenster hat genug Beiträge für eine Bewertung.</translation>
        </message>
    </context>
    <context>
        <name>BulkTagCommand</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="62" />
            <source>tag %n post(s)</source>
            <translation>
                <numerusform>%n Beitrag verschlagworten</numerusform>
                <numerusform>%n Beiträge verschlagworten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkTagDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="94" />
            <source>Tag posts</source>
            <translation>Beiträge verschlagworten</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="97" />
            <source>Add or remove themes on the &lt;b&gt;%n&lt;/b&gt; selected post(s). Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Themen beim &lt;b&gt;%n&lt;/b&gt; ausgewählten Beitrag hinzufügen oder entfernen. Rückgängig mit Strg+Z.</numerusform>
                <numerusform>Themen bei den &lt;b&gt;%n&lt;/b&gt; ausgewählten Beiträgen hinzufügen oder entfernen. Rückgängig mit Strg+Z.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="101" />
            <source>Tick the themes to take off the selected posts</source>
            <translation>Die Themen ankreuzen, die von den ausgewählten Beiträgen entfernt werden sollen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="104" />
            <source>{theme}  ({count} of {total})</source>
            <translation>{theme}  ({count} von {total})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="110" />
            <source>The selected posts carry no themes yet.</source>
            <translation>Die ausgewählten Beiträge haben noch keine Themen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="117" />
            <source>Apply</source>
            <translation>Anwenden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="121" />
            <source>Add themes:</source>
            <translation>Themen hinzufügen:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="122" />
            <source>Remove themes:</source>
            <translation>Themen entfernen:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="142" />
            <source>Select at least one post first.</source>
            <translation>Bitte zuerst mindestens einen Beitrag auswählen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="145" />
            <source>Add a theme or tick one to remove.</source>
            <translation>Ein Thema hinzufügen oder eines zum Entfernen ankreuzen.</translation>
        </message>
    </context>
    <context>
        <name>CalculatorPage</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="30" />
            <source>&lt;b&gt;CPM&lt;/b&gt; = cost / impressions × 1,000 · &lt;b&gt;CPV&lt;/b&gt; = cost / views · &lt;b&gt;CPA&lt;/b&gt; = cost / conversions. &lt;b&gt;Blended&lt;/b&gt; uses total cost = creator fees + paid media, never one of them alone. An empty or zero denominator shows &lt;i&gt;n/a&lt;/i&gt;. Amounts are rounded half-up to cents only for display.</source>
            <translation>&lt;b&gt;CPM&lt;/b&gt; = Kosten / Impressionen × 1.000 · &lt;b&gt;CPV&lt;/b&gt; = Kosten / Aufrufe · &lt;b&gt;CPA&lt;/b&gt; = Kosten / Conversions. &lt;b&gt;Gesamt&lt;/b&gt; rechnet mit den Gesamtkosten = Creator-Honorare + bezahlte Medien, nie mit nur einem davon. Ein leerer Nenner oder null ergibt &lt;i&gt;k. A.&lt;/i&gt; Beträge werden nur für die Anzeige kaufmännisch auf Cent gerundet.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="49" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="53" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="57" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="61" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="67" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="70" />
            <source>e.g. {n}</source>
            <translation>z. B. {n}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="49" />
            <source>Creator fees for all deliverables</source>
            <translation>Creator-Honorare für alle Leistungen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="54" />
            <source>Paid media spend (boosting, partnership ads)</source>
            <translation>Ausgaben für bezahlte Medien (Boosting, Partnerschaftsanzeigen)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="57" />
            <source>Total impressions, repeats included</source>
            <translation>Impressionen gesamt, Wiederholungen eingeschlossen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="59" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="64" />
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="59" />
            <source>Video views (for CPV)</source>
            <translation>Videoaufrufe (für CPV)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="61" />
            <source>Purchases or other conversions (for CPA)</source>
            <translation>Käufe oder andere Conversions (für CPA)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="64" />
            <source>Revenue attributed to the campaign (for ROAS)</source>
            <translation>Der Kampagne zugeordneter Umsatz (für ROAS)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="67" />
            <source>The blended CPM the brand will accept</source>
            <translation>Der Gesamt-CPM, den die Marke akzeptiert</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="70" />
            <source>The blended CPA the brand will accept</source>
            <translation>Der Gesamt-CPA, den die Marke akzeptiert</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="73" />
            <source>Campaign</source>
            <translation>Kampagne</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="76" />
            <source>Creator &amp;fees</source>
            <translation>Creator-&amp;Honorare</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="77" />
            <source>Paid &amp;media</source>
            <translation>Bezahlte &amp;Medien</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="78" />
            <source>&amp;Impressions</source>
            <translation>&amp;Impressionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="79" />
            <source>&amp;Views</source>
            <translation>&amp;Aufrufe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="80" />
            <source>&amp;Conversions</source>
            <translation>&amp;Conversions</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="81" />
            <source>&amp;Revenue</source>
            <translation>&amp;Umsatz</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="84" />
            <source>Reverse mode: what fee can the brand pay?</source>
            <translation>Umkehrmodus: Welches Honorar kann die Marke zahlen?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="87" />
            <source>Target blended CP&amp;M</source>
            <translation>&amp;Ziel-Gesamt-CPM</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="91" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="96" />
            <source>Max fee</source>
            <translation>Höchstes Honorar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="92" />
            <source>Target blended CP&amp;A</source>
            <translation>Ziel-Gesamt-C&amp;PA</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="101" />
            <source>Fill in the worked example</source>
            <translation>Rechenbeispiel eintragen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="104" />
            <source>Fees {fees} + media {media}, {impressions} impressions, {conversions} conversions</source>
            <translation>Honorare {fees} + Medien {media}, {impressions} Impressionen, {conversions} Conversions</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="112" />
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="125" />
            <source>Blended (fees + media)</source>
            <translation>Gesamt (Honorare + Medien)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="139" />
            <source>Return on ad spend = revenue / (fees + media)</source>
            <translation>Return on Ad Spend = Umsatz / (Honorare + Medien)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="144" />
            <source>For comparison (one cost alone — not how to judge the deal):</source>
            <translation>Zum Vergleich (nur eine Kostenart – nicht der Maßstab für den Deal):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="149" />
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="153" />
            <source>Fees only</source>
            <translation>Nur Honorare</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="153" />
            <source>Media only</source>
            <translation>Nur Medien</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="156" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="269" />
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="241" />
            <source>Fix the fields marked in red.</source>
            <translation>Korrigiere die rot markierten Felder.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="261" />
            <source>Total cost {total} = fees {fees} + media {media}</source>
            <translation>Gesamtkosten {total} = Honorare {fees} + Medien {media}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="266" />
            <source>ROAS: enter revenue to see it</source>
            <translation>ROAS: Trage den Umsatz ein, um ihn zu sehen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="268" />
            <source>ROAS {roas} (revenue / blended cost)</source>
            <translation>ROAS {roas} (Umsatz / Gesamtkosten)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="284" />
            <source>Enter a target to see the highest fee that keeps it.</source>
            <translation>Trage ein Ziel ein, um das höchste Honorar zu sehen, das es einhält.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="288" />
            <source>n/a — enter the expected impressions first.</source>
            <translation>k. A. – trage zuerst die erwarteten Impressionen ein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="289" />
            <source>n/a — enter the expected conversions first.</source>
            <translation>k. A. – trage zuerst die erwarteten Conversions ein.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="294" />
            <source>No fee works: paid media alone ({media}) already exceeds the target over %Ln impression(s).</source>
            <translation>
                <numerusform>Kein Honorar passt: Schon die bezahlten Medien ({media}) überschreiten das Ziel bei %Ln Impression.</numerusform>
                <numerusform>Kein Honorar passt: Schon die bezahlten Medien ({media}) überschreiten das Ziel bei %Ln Impressionen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="300" />
            <source>No fee works: paid media alone ({media}) already exceeds the target over %Ln conversion(s).</source>
            <translation>
                <numerusform>Kein Honorar passt: Schon die bezahlten Medien ({media}) überschreiten das Ziel bei %Ln Conversion.</numerusform>
                <numerusform>Kein Honorar passt: Schon die bezahlten Medien ({media}) überschreiten das Ziel bei %Ln Conversions.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="305" />
            <source>Up to &lt;b&gt;{fee}&lt;/b&gt; (with {media} media)</source>
            <translation>Bis zu &lt;b&gt;{fee}&lt;/b&gt; (bei {media} Medien)</translation>
        </message>
    </context>
    <context>
        <name>CalendarFiles</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="39" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="60" />
            <source>Export calendar</source>
            <translation>Kalender exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="41" />
            <source>Calendar (*.ics)</source>
            <translation>Kalender (*.ics)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="51" />
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="54" />
            <source>%n calendar entries written to {path}</source>
            <translation>
                <numerusform>%n Kalendereintrag in {path} geschrieben</numerusform>
                <numerusform>%n Kalendereinträge in {path} geschrieben</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="68" />
            <source>Import a calendar file</source>
            <translation>Kalenderdatei importieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="70" />
            <source>Calendar (*.ics);;All files (*)</source>
            <translation>Kalender (*.ics);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="86" />
            <source>Import failed</source>
            <translation>Import fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="93" />
            <source>Import calendar {name}</source>
            <translation>Kalender {name} importieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="103" />
            <source>Import calendar — {name}</source>
            <translation>Kalenderimport — {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="120" />
            <source>Nothing else to report.</source>
            <translation>Sonst gibt es nichts zu berichten.</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/calendar_view.py" line="45" />
            <source>Previous (PageUp)</source>
            <translation>Zurück (Bild auf)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/calendar_view.py" line="47" />
            <source>Next (PageDown)</source>
            <translation>Weiter (Bild ab)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/calendar_view.py" line="48" />
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/calendar_view.py" line="49" />
            <source>Home</source>
            <translation>Pos1</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/calendar_view.py" line="50" />
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/calendar_view.py" line="51" />
            <source>Week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/calendar_view.py" line="97" />
            <source>Week {number}: {start} – {end}</source>
            <translation>KW {number}: {start} – {end}</translation>
        </message>
    </context>
    <context>
        <name>CalibrateDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="144" />
            <source>Calibrate benchmark bands from your own data</source>
            <translation>Richtwertbereiche an den eigenen Daten kalibrieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="148" />
            <source>Learn from my last</source>
            <translation>Lernen aus meinen letzten</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="151" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="156" />
            <source>Start from the niche defaults</source>
            <translation>Mit den Standardwerten der Nische beginnen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="158" />
            <source>Fill every band with its niche default (ticked); apply to go back to them</source>
            <translation>Jeden Bereich mit dem Standardwert der Nische füllen (angekreuzt); anwenden, um zu ihnen zurückzukehren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="164" />
            <source>Proposed band = the middle half (25th to 75th percentile) of your own values: per post for ER, saves and replies per 1,000 reach; per week for the returning share. Tick the bands to use; they apply to this workspace only, and Edit › Undo puts the earlier bands back. Double-click a proposed band to type your own (e.g. 6–15).</source>
            <translation>Vorgeschlagener Bereich = die mittlere Hälfte (25. bis 75. Perzentil) deiner eigenen Werte: pro Beitrag für ER, Speicherungen und Antworten pro 1.000 Reichweite; pro Woche für den Anteil wiederkehrender Interagierender. Kreuze die Bereiche an, die gelten sollen; sie gelten nur für diesen Arbeitsbereich, und Bearbeiten › Rückgängig stellt die früheren Bereiche wieder her. Doppelklicke auf einen vorgeschlagenen Bereich, um einen eigenen einzugeben (z. B. 6–15).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="189" />
            <source>Apply ticked bands</source>
            <translation>Angekreuzte Bereiche anwenden</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="204" />
            <source>In use: bands calibrated on {date} from the last %n day(s).</source>
            <translation>
                <numerusform>In Gebrauch: am {date} kalibrierte Bereiche aus dem letzten %n Tag.</numerusform>
                <numerusform>In Gebrauch: am {date} kalibrierte Bereiche aus den letzten %n Tagen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="208" />
            <source>In use: the niche defaults (no calibration applied).</source>
            <translation>In Gebrauch: die Standardwerte der Nische (keine Kalibrierung angewendet).</translation>
        </message>
    </context>
    <context>
        <name>ChatImportDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="50" />
            <source>Detect from the file</source>
            <translation>Aus der Datei erkennen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="51" />
            <source>Discord (DiscordChatExporter JSON or CSV)</source>
            <translation>Discord (DiscordChatExporter JSON oder CSV)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="52" />
            <source>Telegram (Telegram Desktop result.json)</source>
            <translation>Telegram (result.json von Telegram Desktop)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="53" />
            <source>WhatsApp (Export chat .txt or .zip)</source>
            <translation>WhatsApp („Chat exportieren“ .txt oder .zip)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="54" />
            <source>Slack (workspace export folder or .zip)</source>
            <translation>Slack (Export-Ordner des Workspace oder .zip)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="57" />
            <source>Decide from the whole file</source>
            <translation>Anhand der ganzen Datei entscheiden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="58" />
            <source>Day/month (31/12/20)</source>
            <translation>Tag/Monat (31/12/20)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="59" />
            <source>Month/day (12/31/20)</source>
            <translation>Monat/Tag (12/31/20)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="134" />
            <source>Import chat export</source>
            <translation>Chat-Export importieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="139" />
            <source>Who spoke, when and to whom, from the export your community's home gives you: each message becomes an interaction by its author; replies keep their thread; direct messages count as DMs. System messages and bots are skipped; your own handles are kept for response times but are never engagers. Importing an overlapping export again adds only the new messages.</source>
            <translation>Wer wann mit wem gesprochen hat, aus dem Export, den das Zuhause deiner Community liefert: Jede Nachricht wird zu einer Interaktion ihres Autors; Antworten behalten ihren Thread; Direktnachrichten zählen als DMs. Systemnachrichten und Bots werden übersprungen; deine eigenen Handles bleiben für Antwortzeiten erhalten, sind aber nie Interagierende. Ein überlappender Export fügt beim erneuten Import nur die neuen Nachrichten hinzu.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="151" />
            <source>a .json, .csv, .txt or .zip file, or a Slack export folder</source>
            <translation>eine .json-, .csv-, .txt- oder .zip-Datei oder ein Slack-Export-Ordner</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="154" />
            <source>File…</source>
            <translation>Datei…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="157" />
            <source>Folder…</source>
            <translation>Ordner…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="158" />
            <source>A Slack export unpacked into a folder</source>
            <translation>Ein in einen Ordner entpackter Slack-Export</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="161" />
            <source>Export:</source>
            <translation>Export:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="166" />
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="172" />
            <source>WhatsApp dates like 03/04/26: the app decides once for the whole file (a number above 12, or the order under which the dates run forwards); choose here to override.</source>
            <translation>WhatsApp-Daten wie 03/04/26: Die App entscheidet einmal für die ganze Datei (eine Zahl über 12 oder die Reihenfolge, in der die Daten vorwärts laufen); hier lässt sich das überschreiben.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="176" />
            <source>WhatsApp dates:</source>
            <translation>WhatsApp-Daten:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="177" />
            <source>Keep the message text (off: only who, when and to whom is stored)</source>
            <translation>Nachrichtentext behalten (aus: nur wer, wann und an wen wird gespeichert)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="192" />
            <source>Cancel import</source>
            <translation>Import abbrechen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="198" />
            <source>Choose the export, then Check to see what it holds, or Import.</source>
            <translation>Wähle den Export, dann „Prüfen“, um zu sehen, was er enthält, oder „Importieren“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="207" />
            <source>Check (dry run)</source>
            <translation>Prüfen (Probelauf)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="210" />
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="214" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="225" />
            <source>Chat export</source>
            <translation>Chat-Export</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="225" />
            <source>Chat exports (*.json *.csv *.txt *.zip);;All files (*)</source>
            <translation>Chat-Exporte (*.json *.csv *.txt *.zip);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="231" />
            <source>Slack export folder</source>
            <translation>Slack-Export-Ordner</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="249" />
            <source>{path} does not exist.</source>
            <translation>{path} existiert nicht.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="251" />
            <source>Choose the export file or folder.</source>
            <translation>Wähle die Export-Datei oder den Ordner.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="281" />
            <source>Cancelling… rolling back.</source>
            <translation>Wird abgebrochen… wird zurückgerollt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="300" />
            <source>Nothing was imported.</source>
            <translation>Es wurde nichts importiert.</translation>
        </message>
    </context>
    <context>
        <name>ChatImportWorker</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="91" />
            <source>Reading {file}…</source>
            <translation>{file} wird gelesen…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="99" />
            <source>Checking %Ln message(s)…</source>
            <translation>
                <numerusform>%Ln Nachricht wird geprüft…</numerusform>
                <numerusform>%Ln Nachrichten werden geprüft…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="101" />
            <source>Importing %Ln message(s)…</source>
            <translation>
                <numerusform>%Ln Nachricht wird importiert…</numerusform>
                <numerusform>%Ln Nachrichten werden importiert…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="103" />
            <source>(one transaction: Cancel leaves your data exactly as before)</source>
            <translation>(eine Transaktion: Abbrechen lässt deine Daten genau wie zuvor)</translation>
        </message>
    </context>
    <context>
        <name>CohortModel</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/cohort_table_model.py" line="29" />
            <source>{n} of the %n people who first engaged in the week of {week} engaged again in week +{k}</source>
            <translation>
                <numerusform>{n} von %n Person, die in der Woche vom {week} zum ersten Mal interagiert hat, hat in Woche +{k} wieder interagiert</numerusform>
                <numerusform>{n} von %n Personen, die in der Woche vom {week} zum ersten Mal interagiert haben, haben in Woche +{k} wieder interagiert</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/cohort_table_model.py" line="52" />
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/cohort_table_model.py" line="59" />
            <source>This week has not happened yet.</source>
            <translation>Diese Woche liegt noch in der Zukunft.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/cohort_table_model.py" line="70" />
            <source>First engaged (week of)</source>
            <translation>Erste Interaktion (Woche vom)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/cohort_table_model.py" line="75" />
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/cohort_table_model.py" line="90" />
            <source>Week +{k}</source>
            <translation>Woche +{k}</translation>
        </message>
    </context>
    <context>
        <name>CreatorCommands</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="22" />
            <source>kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="23" />
            <source>evidence date</source>
            <translation>Datum des Nachweises</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="24" />
            <source>link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="25" />
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="26" />
            <source>question proof</source>
            <translation>Fragenachweis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="58" />
            <source>Add creator {name}</source>
            <translation>Creator {name} hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="74" />
            <source>Delete creator {name}</source>
            <translation>Creator {name} löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="89" />
            <source>Edit creator {name}</source>
            <translation>Creator {name} bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="104" />
            <source>Add evidence ({name})</source>
            <translation>Nachweis hinzufügen ({name})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="106" />
            <source>Add evidence</source>
            <translation>Nachweis hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="121" />
            <source>Delete evidence</source>
            <translation>Nachweis löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="136" />
            <source>Edit evidence {fields}</source>
            <translation>Nachweis bearbeiten: {fields}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="152" />
            <source>Link deal</source>
            <translation>Deal verknüpfen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="154" />
            <source>Unlink deal</source>
            <translation>Deal-Verknüpfung lösen</translation>
        </message>
    </context>
    <context>
        <name>CreatorDealsModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="282" />
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="283" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="284" />
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="285" />
            <source>Fees</source>
            <translation>Honorare</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="286" />
            <source>Paid media</source>
            <translation>Bezahlte Medien</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="287" />
            <source>Total cost</source>
            <translation>Gesamtkosten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="288" />
            <source>Impressions</source>
            <translation>Impressionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="289" />
            <source>Conversions</source>
            <translation>Conversions</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="290" />
            <source>Blended CPM</source>
            <translation>CPM gesamt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="291" />
            <source>Blended CPA</source>
            <translation>CPA gesamt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="327" />
            <source>Blended = (creator fee + paid media) / results. 'All deals' uses only deals reporting that result.</source>
            <translation>Gesamt = (Creator-Honorar + bezahlte Medien) / Ergebnisse. „Alle Deals“ zählt nur Deals, die dieses Ergebnis melden.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="349" />
            <source>All deals ({count})</source>
            <translation>Alle Deals ({count})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="358" />
            <source>Deal {id}</source>
            <translation>Deal {id}</translation>
        </message>
    </context>
    <context>
        <name>CreatorDealsPanel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/creator_deals.py" line="30" />
            <source>Deals — blended = creator fees + paid media</source>
            <translation>Deals – gesamt = Creator-Honorare + bezahlte Medien</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/creator_deals.py" line="41" />
            <source>Deals of this workspace not linked to this creator</source>
            <translation>Deals dieses Arbeitsbereichs, die nicht mit dieser Creator-Person verknüpft sind</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/creator_deals.py" line="42" />
            <source>Link deal</source>
            <translation>Deal verknüpfen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/creator_deals.py" line="44" />
            <source>Unlink selected</source>
            <translation>Auswahl lösen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/creator_deals.py" line="66" />
            <source>No deals linked yet — link one below or pick this creator in a deal on the Deals tab.</source>
            <translation>Noch keine Deals verknüpft – verknüpfe unten einen oder wähle diese Creator-Person in einem Deal im Tab „Deals“.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/creators/creator_deals.py" line="69" />
            <source>Over all %n deal(s): blended CPM {cpm} (cost of deals reporting impressions ÷ their impressions), blended CPA {cpa} (deals reporting conversions).</source>
            <translation>
                <numerusform>Über %n Deal: CPM gesamt {cpm} (Kosten der Deals mit gemeldeten Impressionen ÷ deren Impressionen), CPA gesamt {cpa} (Deals mit gemeldeten Conversions).</numerusform>
                <numerusform>Über alle %n Deals: CPM gesamt {cpm} (Kosten der Deals mit gemeldeten Impressionen ÷ deren Impressionen), CPA gesamt {cpa} (Deals mit gemeldeten Conversions).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/creator_deals.py" line="81" />
            <source>{deal} (linked to another creator)</source>
            <translation>{deal} (mit einer anderen Creator-Person verknüpft)</translation>
        </message>
    </context>
    <context>
        <name>CreatorListModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="62" />
            <source>0–100: question screenshots 40, fresh 'struggles this week' answer 20, measured figures 40</source>
            <translation>0–100: Frage-Screenshots 40, aktuelle Antwort zu „Schwierigkeiten dieser Woche“ 20, gemessene Kennzahlen 40</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="83" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="85" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="89" />
            <source>Niche</source>
            <translation>Nische</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="91" />
            <source>Audience</source>
            <translation>Publikum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="97" />
            <source>Handles</source>
            <translation>Handles</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="100" />
            <source>Proof shots</source>
            <translation>Frage-Screenshots</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="106" />
            <source>Evidence</source>
            <translation>Nachweise</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="112" />
            <source>Deals</source>
            <translation>Deals</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="118" />
            <source>Rubric</source>
            <translation>Bewertungsmatrix</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="124" />
            <source>Score</source>
            <translation>Punkte</translation>
        </message>
    </context>
    <context>
        <name>CreatorsTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="93" />
            <source>Filter creators by name, niche, handle, status…</source>
            <translation>Creator nach Name, Nische, Handle, Status filtern…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="96" />
            <source>New creator</source>
            <translation>Neue Creator-Person</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="97" />
            <source>Add a creator to the roster (Ctrl+Shift+N)</source>
            <translation>Eine Creator-Person zur Liste hinzufügen (Strg+Umschalt+N)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="99" />
            <source>Delete creator</source>
            <translation>Creator-Person löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="100" />
            <source>Delete the selected creator with their evidence (undo with Ctrl+Z)</source>
            <translation>Die ausgewählte Creator-Person mit ihren Nachweisen löschen (rückgängig mit Strg+Z)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="102" />
            <source>Export one-pager…</source>
            <translation>Steckbrief exportieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="103" />
            <source>PDF or Markdown with the rubric, evidence thumbnails and deal history</source>
            <translation>PDF oder Markdown mit Bewertungsmatrix, Nachweis-Vorschaubildern und Deal-Verlauf</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="109" />
            <source>No creators yet. Click &lt;b&gt;New creator&lt;/b&gt; to start a roster; then add evidence by dropping screenshots of posts where the creator asked a question and the audience answered.</source>
            <translation>Noch keine Creator. Klicke auf &lt;b&gt;Neue Creator-Person&lt;/b&gt;, um eine Liste anzufangen; füge dann Nachweise hinzu, indem du Screenshots von Beiträgen ablegst, in denen eine Frage gestellt wurde und das Publikum geantwortet hat.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="283" />
            <source>Creators</source>
            <translation>Creator</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="283" />
            <source>Fix the highlighted fields (or Revert) before switching creators.</source>
            <translation>Korrigiere die markierten Felder (oder setze sie zurück), bevor du zu einer anderen Creator-Person wechselst.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="399" />
            <source>Saved {name}.</source>
            <translation>{name} gespeichert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="422" />
            <source>Creators: could not keep the open profile: {error}</source>
            <translation>Creator: Das offene Profil konnte nicht aufbewahrt werden: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="445" />
            <source>Creators: could not keep a crash-time draft: {error}</source>
            <translation>Creator: Der Entwurf für den Absturzfall konnte nicht aufbewahrt werden: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="465" />
            <source>An unsaved draft from {when} (“{name}”) belonged to a creator that was deleted since, so it could not be restored.</source>
            <translation>Ein ungespeicherter Entwurf vom {when} („{name}“) gehörte zu einer Creator-Person, die inzwischen gelöscht wurde; er konnte daher nicht wiederhergestellt werden.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="487" />
            <source>Restored an unsaved draft from {when}. Fix the marked fields and Save (Ctrl+S), or Revert.</source>
            <translation>Ungespeicherten Entwurf vom {when} wiederhergestellt. Korrigiere die markierten Felder und speichere (Strg+S) oder setze zurück.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="523" />
            <source>Deleted {name} (Ctrl+Z brings them back).</source>
            <translation>{name} gelöscht (Strg+Z holt die Person zurück).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="535" />
            <source>Export creator one-pager</source>
            <translation>Creator-Steckbrief exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="550" />
            <source>Export one-pager</source>
            <translation>Steckbrief exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="551" />
            <source>Could not write {path}:
{error}</source>
            <translation>{path} konnte nicht geschrieben werden:
{error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="556" />
            <source>One-pager written to {path}</source>
            <translation>Steckbrief gespeichert unter {path}</translation>
        </message>
    </context>
    <context>
        <name>DashboardTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="73" />
            <source>Last 4 weeks</source>
            <translation>Letzte 4 Wochen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="74" />
            <source>Last 13 weeks</source>
            <translation>Letzte 13 Wochen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="75" />
            <source>Last 52 weeks</source>
            <translation>Letzte 52 Wochen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="76" />
            <source>All weeks</source>
            <translation>Alle Wochen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="77" />
            <source>Custom…</source>
            <translation>Eigener Zeitraum…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="80" />
            <source>All posts (each judged by its job)</source>
            <translation>Alle Beiträge (jeder nach seiner Aufgabe bewertet)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="81" />
            <source>Community posts</source>
            <translation>Community-Beiträge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="82" />
            <source>Reach posts</source>
            <translation>Reichweiten-Beiträge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="88" />
            <source>Returning engagers</source>
            <translation>Wiederkehrende Interagierende</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="89" />
            <source>Returning engagers (30 days)</source>
            <translation>Wiederkehrende Interagierende (30 Tage)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="90" />
            <source>share of engagers (%)</source>
            <translation>Anteil der Interagierenden (%)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="94" />
            <source>Replies / 1k</source>
            <translation>Antworten / 1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="95" />
            <source>Replies per 1,000 reach</source>
            <translation>Antworten pro 1.000 Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="96" />
            <source>replies per 1k</source>
            <translation>Antworten pro 1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="100" />
            <source>Saves / 1k</source>
            <translation>Speicherungen / 1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="101" />
            <source>Saves per 1,000 reach</source>
            <translation>Speicherungen pro 1.000 Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="102" />
            <source>saves per 1k</source>
            <translation>Speicherungen pro 1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="106" />
            <source>Health score</source>
            <translation>Gesundheitswert</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="107" />
            <source>Community Health Score</source>
            <translation>Gesundheitswert der Community</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="108" />
            <source>score (0–100)</source>
            <translation>Wert (0–100)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="31" />
            <source>Live attendance</source>
            <translation>Live-Teilnahme</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="32" />
            <source>DM reply rate (%)</source>
            <translation>DM-Antwortquote (%)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="33" />
            <source>Conversions</source>
            <translation>Conversions</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="34" />
            <source>Revenue</source>
            <translation>Umsatz</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="35" />
            <source>Spend (fees + paid media)</source>
            <translation>Ausgaben (Honorare + bezahlte Medien)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="36" />
            <source>Email sign-ups</source>
            <translation>E-Mail-Anmeldungen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="37" />
            <source>Demo requests</source>
            <translation>Demo-Anfragen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="38" />
            <source>Repeat purchases</source>
            <translation>Wiederholungskäufe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="39" />
            <source>Top questions</source>
            <translation>Häufigste Fragen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="40" />
            <source>Objections</source>
            <translation>Einwände</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="41" />
            <source>Words members use</source>
            <translation>Wörter der Mitglieder</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="166" />
            <source>All posts: community posts are judged on replies, saves and returning engagers; reach posts on reach and shares (DOMAIN §4). Pick one label to see only those posts.</source>
            <translation>Alle Beiträge: Community-Beiträge werden nach Antworten, Speicherungen und wiederkehrenden Interagierenden bewertet, Reichweiten-Beiträge nach Reichweite und Shares (DOMAIN §4). Wähle ein Label, um nur diese Beiträge zu sehen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="190" />
            <source>Recomputing the scorecard…</source>
            <translation>Scorecard wird neu berechnet…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="191" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="194" />
            <source>Export weekly report…</source>
            <translation>Wochenbericht exportieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="195" />
            <source>One-page PDF and an HTML file for the week holding today (Ctrl+Shift+R)</source>
            <translation>Einseitiges PDF und eine HTML-Datei für die Woche mit dem heutigen Tag (Strg+Umschalt+R)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="197" />
            <source>Export 30-day report…</source>
            <translation>30-Tage-Bericht exportieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="199" />
            <source>Calibrate bands…</source>
            <translation>Bereiche kalibrieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="202" />
            <source>Propose benchmark bands from your own last 30/60/90 days (the middle half of your values), shown beside the niche defaults; applied to this workspace, undoable</source>
            <translation>Richtwertbereiche aus deinen eigenen letzten 30/60/90 Tagen vorschlagen (die mittlere Hälfte deiner Werte), neben den Standardwerten der Nische; gilt für diesen Arbeitsbereich, rückgängig zu machen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="211" />
            <source>Posts:</source>
            <translation>Beiträge:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="214" />
            <source>Range:</source>
            <translation>Zeitraum:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="227" />
            <source>Filter weeks…</source>
            <translation>Wochen filtern…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="241" />
            <source>No posts or interactions in this range yet. Log posts (Posts tab) or import them, and this scorecard fills in week by week.</source>
            <translation>In diesem Zeitraum gibt es noch keine Beiträge oder Interaktionen. Erfasse Beiträge (Tab „Beiträge“) oder importiere sie, dann füllt sich diese Scorecard Woche für Woche.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="262" />
            <source>What to do now</source>
            <translation>Was jetzt zu tun ist</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="300" />
            <source>People grouped by the week they first engaged; each cell is the share of that group engaging again in week +1…+4. Greener = newcomers come back.</source>
            <translation>Personen, gruppiert nach der Woche ihrer ersten Interaktion; jede Zelle ist der Anteil dieser Gruppe, der in Woche +1…+4 wieder interagiert. Grüner = Neue kommen wieder.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="306" />
            <source>Newcomer cohorts</source>
            <translation>Neulings-Kohorten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="308" />
            <source>Distinct days with an interaction in the last 30 days</source>
            <translation>Verschiedene Tage mit einer Interaktion in den letzten 30 Tagen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="309" />
            <source>Distinct days engaged in the 30 days before they went quiet</source>
            <translation>Verschiedene Tage mit Interaktion in den 30 Tagen, bevor es still wurde</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="313" />
            <source>&lt;b&gt;Top engagers&lt;/b&gt; — power-member candidates (most returning days, last 30)</source>
            <translation>&lt;b&gt;Aktivste Interagierende&lt;/b&gt; – Kandidaten für Power-Mitglieder (meiste Tage mit Wiederkehr, letzte 30)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="314" />
            <source>&lt;b&gt;Fading regulars&lt;/b&gt; — returning before, silent for 14+ days: nudge them</source>
            <translation>&lt;b&gt;Nachlassende Stammgäste&lt;/b&gt; – früher wiederkehrend, seit 14+ Tagen still: stups sie an</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="321" />
            <source>Top engagers</source>
            <translation>Aktivste Interagierende</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="322" />
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="684" />
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="193" />
            <source>Week notes</source>
            <translation>Wochennotizen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="395" />
            <source>One per line; quoted words members use</source>
            <translation>Eins pro Zeile; Wörter der Mitglieder in Anführungszeichen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="398" />
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="404" />
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="401" />
            <source>blank = not known</source>
            <translation>leer = unbekannt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="411" />
            <source>CPA = spend / conversions (blended: creator fees + paid media)</source>
            <translation>CPA = Ausgaben / Conversions (gemischt: Creator-Honorare + bezahlte Medien)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="413" />
            <source>Save week notes</source>
            <translation>Wochennotizen speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="414" />
            <source>Ctrl+S — undo with Ctrl+Z</source>
            <translation>Strg+S – rückgängig mit Strg+Z</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="431" />
            <source>Week notes: could not save an open edit: {reason}</source>
            <translation>Wochennotizen: Eine offene Bearbeitung konnte nicht gespeichert werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="457" />
            <source>“From” is after “to”: pick an earlier start.</source>
            <translation>„Von“ liegt nach „bis“: wähle einen früheren Beginn.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="460" />
            <source>Pick a range of at most 20 years.</source>
            <translation>Wähle einen Zeitraum von höchstens 20 Jahren.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="519" />
            <source>Could not compute the scorecard: {reason}</source>
            <translation>Die Scorecard konnte nicht berechnet werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="580" />
            <source>ER = engagements / {denominator} (workspace setting). Returning engagers = people who engaged on 2+ different days in the 30 days ending each week. Cell colours: red below the benchmark band, green in it, blue above it. ▲▼ = change from the week before. Hover a cell for its formula and inputs.</source>
            <translation>ER = Interaktionen / {denominator} (Einstellung des Arbeitsbereichs). Wiederkehrende Interagierende = Personen, die in den 30 Tagen bis zum Ende jeder Woche an 2+ verschiedenen Tagen interagiert haben. Zellfarben: rot unter dem Richtwertbereich, grün darin, blau darüber. ▲▼ = Veränderung zur Vorwoche. Zeige auf eine Zelle für Formel und Eingangswerte.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="598" />
            <source>returning engagers</source>
            <translation>wiederkehrende Interagierende</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="612" />
            <source>No data yet.</source>
            <translation>Noch keine Daten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="685" />
            <source>The notes of the week you left were not saved: {reason}</source>
            <translation>Die Notizen der verlassenen Woche wurden nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="709" />
            <source>Week notes for the week of {week} not stored yet: {reason}</source>
            <translation>Wochennotizen für die Woche vom {week} noch nicht abgelegt: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="716" />
            <source>The week of {week} is no longer in the scorecard: its typed notes are kept as a draft and come back when that week is shown.</source>
            <translation>Die Woche vom {week} ist nicht mehr in der Scorecard: Ihre getippten Notizen bleiben als Entwurf erhalten und kommen zurück, wenn diese Woche angezeigt wird.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="727" />
            <source>Select a week in the scorecard to enter its outcomes and notes.</source>
            <translation>Wähle eine Woche in der Scorecard, um ihre Ergebnisse und Notizen einzutragen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="743" />
            <source>Week notes: restored an unsaved draft from {when}</source>
            <translation>Wochennotizen: ungespeicherten Entwurf vom {when} wiederhergestellt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="771" />
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="201" />
            <source>Saved notes for the week of {week}</source>
            <translation>Notizen für die Woche vom {week} gespeichert</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="779" />
            <source>Notes for the week of {week} are not valid yet: kept as a draft (select that week to finish them).</source>
            <translation>Die Notizen für die Woche vom {week} sind noch nicht gültig: als Entwurf aufbewahrt (wähle diese Woche, um sie fertigzustellen).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="132" />
            <source>&lt;b&gt;Week of {week}&lt;/b&gt; — business outcomes and what members said (used by the reports)</source>
            <translation>&lt;b&gt;Woche vom {week}&lt;/b&gt; – Geschäftsergebnisse und was Mitglieder gesagt haben (für die Berichte)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="142" />
            <source>CPA this week: {cpa}</source>
            <translation>CPA diese Woche: {cpa}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="143" />
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="162" />
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="178" />
            <source>Save notes for the week of {week}</source>
            <translation>Notizen für die Woche vom {week} speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="194" />
            <source>Not saved: {reason}</source>
            <translation>Nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="804" />
            <source>Exported {path}</source>
            <translation>{path} exportiert</translation>
        </message>
    </context>
    <context>
        <name>DataActions</name>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="45" />
            <source>Open or create a workspace first; then its data can be exported.</source>
            <translation>Öffne oder erstelle zuerst einen Arbeitsbereich; dann lassen sich seine Daten exportieren.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="82" />
            <source>the system language</source>
            <translation>die Systemsprache</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="86" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="87" />
            <source>MicroComm will speak {language} from the next start.

Rebuild the window in {language} now? What you are typing is saved first; the undo history of the open tabs starts afresh.</source>
            <translation>Ab dem nächsten Start zeigt MicroComm die Sprache {language}.

Das Fenster jetzt auf {language} neu aufbauen? Was du gerade tippst, wird vorher gespeichert; der Rückgängig-Verlauf der offenen Tabs beginnt neu.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="98" />
            <source>The language changes to {language} at the next start.</source>
            <translation>Die Sprache wechselt beim nächsten Start zu {language}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="119" />
            <source>Back up now</source>
            <translation>Jetzt sichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="120" />
            <source>The backup failed: {reason}</source>
            <translation>Die Sicherung ist fehlgeschlagen: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="126" />
            <source>Backed up to {path}</source>
            <translation>Gesichert nach {path}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="144" />
            <source>Export workspace to file</source>
            <translation>Arbeitsbereich in Datei exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="146" />
            <location filename="../../microcomm_desktop/ui/window_data.py" line="166" />
            <source>MicroComm workspace (*.mcw)</source>
            <translation>MicroComm-Arbeitsbereich (*.mcw)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="153" />
            <source>Export workspace</source>
            <translation>Arbeitsbereich exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="156" />
            <source>Exported {what}</source>
            <translation>Exportiert: {what}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="164" />
            <location filename="../../microcomm_desktop/ui/window_data.py" line="173" />
            <location filename="../../microcomm_desktop/ui/window_data.py" line="177" />
            <location filename="../../microcomm_desktop/ui/window_data.py" line="186" />
            <source>Import workspace file</source>
            <translation>Arbeitsbereichsdatei importieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="178" />
            <source>Name of the new workspace:</source>
            <translation>Name des neuen Arbeitsbereichs:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="190" />
            <source>Imported {what}</source>
            <translation>Importiert: {what}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="202" />
            <location filename="../../microcomm_desktop/ui/window_data.py" line="214" />
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="203" />
            <source>Replace the current data with {name}?

The current data is backed up first.</source>
            <translation>Die aktuellen Daten durch {name} ersetzen?

Die aktuellen Daten werden vorher gesichert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="215" />
            <source>Not restored: {reason}</source>
            <translation>Nicht wiederhergestellt: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="226" />
            <source>Restored. The previous data was saved as {name}.</source>
            <translation>Wiederhergestellt. Die bisherigen Daten wurden als {name} gesichert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="236" />
            <source>Where is my data?</source>
            <translation>Wo sind meine Daten?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="237" />
            <source>Database: {db}
Backups: {backups}
Window state: {settings}
Error log: {log}

Everything stays on this computer; MicroComm makes no network connections.</source>
            <translation>Datenbank: {db}
Sicherungen: {backups}
Fensterzustand: {settings}
Fehlerprotokoll: {log}

Alles bleibt auf diesem Computer; MicroComm baut keine Netzwerkverbindungen auf.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="247" />
            <source>About {app}</source>
            <translation>Über {app}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="248" />
            <source>&lt;b&gt;{app} Desktop {version}&lt;/b&gt;&lt;p&gt;Run a micro community as a measured system.&lt;/p&gt;&lt;p&gt;Data file: {path}&lt;/p&gt;</source>
            <translation>&lt;b&gt;{app} Desktop {version}&lt;/b&gt;&lt;p&gt;Führe eine Mikro-Community als gemessenes System.&lt;/p&gt;&lt;p&gt;Datendatei: {path}&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>DealCommands</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="56" />
            <source>deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="58" />
            <source>Edit deal {label}</source>
            <translation>Deal {label} bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="60" />
            <source>New deal {label}</source>
            <translation>Neuer Deal {label}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="81" />
            <source>Delete deal {label}</source>
            <translation>Deal {label} löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="97" />
            <source>Change rate name</source>
            <translation>Namen des Preises ändern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="98" />
            <source>Change rate amount</source>
            <translation>Betrag des Preises ändern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="99" />
            <source>Change rate unit</source>
            <translation>Einheit des Preises ändern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="102" />
            <source>Change rate {field}</source>
            <translation>Preisfeld {field} ändern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="122" />
            <source>Add rate {name}</source>
            <translation>Preis {name} hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="140" />
            <source>Delete rate</source>
            <translation>Preis löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="177" />
            <source>Disclosure check for {label}</source>
            <translation>Werbehinweis-Prüfung für {label}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="179" />
            <source>Disclosure checks for {label}</source>
            <translation>Werbehinweis-Prüfungen für {label}</translation>
        </message>
    </context>
    <context>
        <name>DealFormDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="63" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="64" />
            <source>Qty</source>
            <translation>Menge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="65" />
            <source>Timing</source>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="66" />
            <source>Call to action</source>
            <translation>Call to Action</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="67" />
            <source>Unit price</source>
            <translation>Stückpreis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="68" />
            <source>Linked posts</source>
            <translation>Verknüpfte Beiträge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="114" />
            <source>Edit deal</source>
            <translation>Deal bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="114" />
            <source>New deal</source>
            <translation>Neuer Deal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="122" />
            <source>e.g. TrailFlex Socks</source>
            <translation>z. B. TrailFlex Socks</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="125" />
            <source>e.g. 4-week series</source>
            <translation>z. B. 4-Wochen-Serie</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="127" />
            <source>(no linked creator)</source>
            <translation>(keine verknüpfte Creator-Person)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="132" />
            <source>Link the deal to a creator in the Creators roster (optional)</source>
            <translation>Den Deal mit einer Creator-Person aus der Creator-Liste verknüpfen (optional)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="134" />
            <source>Creator or account name shown on quotes</source>
            <translation>Name der Creator-Person oder des Kontos auf Angeboten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="144" />
            <source>Creator fees for all deliverables</source>
            <translation>Creator-Honorare für alle Leistungen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="146" />
            <source>Paid media spend on top of the fee</source>
            <translation>Ausgaben für bezahlte Medien zusätzlich zum Honorar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="148" />
            <source>&amp;Brand</source>
            <translation>&amp;Marke</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="149" />
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="150" />
            <source>Creator (roster)</source>
            <translation>Creator (Liste)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="151" />
            <source>Creator &amp;name</source>
            <translation>Creator-&amp;Name</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="152" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="153" />
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="154" />
            <source>End date</source>
            <translation>Enddatum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="155" />
            <source>Quote valid until</source>
            <translation>Angebot gültig bis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="156" />
            <source>Creator &amp;fees</source>
            <translation>Creator-&amp;Honorare</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="157" />
            <source>Paid &amp;media</source>
            <translation>Bezahlte Me&amp;dien</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="160" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="161" />
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="175" />
            <source>&amp;Add deliverable</source>
            <translation>Leistung &amp;hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="177" />
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="179" />
            <source>&amp;Link posts…</source>
            <translation>Beiträge &amp;verknüpfen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="180" />
            <source>Pick the logged posts that carried the selected deliverable</source>
            <translation>Die erfassten Beiträge wählen, die die ausgewählte Leistung erbracht haben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="191" />
            <source>Priced quote lines kept with this deal: {lines}</source>
            <translation>Mit diesem Deal gespeicherte bepreiste Angebotspositionen: {lines}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="194" />
            <source>Deliverables</source>
            <translation>Leistungen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="209" />
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="209" />
            <source>Agreed test budget for whitelisted ads</source>
            <translation>Vereinbartes Testbudget für Whitelisting-Anzeigen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="213" />
            <source>Test budget</source>
            <translation>Testbudget</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="215" />
            <source>e.g. #ad Paid partnership with …</source>
            <translation>z. B. #Anzeige Bezahlte Partnerschaft mit …</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="216" />
            <source>Endorsements with a material connection must be disclosed clearly</source>
            <translation>Empfehlungen mit wirtschaftlicher Verbindung müssen deutlich gekennzeichnet werden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="217" />
            <source>Disclosure</source>
            <translation>Werbekennzeichnung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="218" />
            <source>Disclosure line</source>
            <translation>Werbehinweis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="219" />
            <source>Terms</source>
            <translation>Bedingungen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="224" />
            <source>Total impressions once live</source>
            <translation>Impressionen gesamt nach Veröffentlichung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="225" />
            <source>Video views</source>
            <translation>Videoaufrufe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="226" />
            <source>Purchases / conversions</source>
            <translation>Käufe / Conversions</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="227" />
            <source>Revenue attributed to the deal</source>
            <translation>Dem Deal zugeordneter Umsatz</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="240" />
            <source>Impressions</source>
            <translation>Impressionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="241" />
            <source>Views</source>
            <translation>Aufrufe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="242" />
            <source>Conversions</source>
            <translation>Conversions</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="243" />
            <source>Revenue</source>
            <translation>Umsatz</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="249" />
            <source>Results</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="310" />
            <source>Select the row and press Link posts…</source>
            <translation>Zeile auswählen und „Beiträge verknüpfen…“ drücken</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="329" />
            <source>Select a deliverable first, then link its posts.</source>
            <translation>Zuerst eine Leistung auswählen, dann ihre Beiträge verknüpfen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="354" />
            <source>Deliverable {row}: quantity must be a whole number (got “{text}”).</source>
            <translation>Leistung {row}: Die Menge muss eine ganze Zahl sein (eingegeben: „{text}“).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="360" />
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="365" />
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="367" />
            <source>Deliverable {row}: {problem}</source>
            <translation>Leistung {row}: {problem}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="362" />
            <source>Deliverable {row}: name the format (e.g. short video).</source>
            <translation>Leistung {row}: Nenne das Format (z. B. Kurzvideo).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="364" />
            <source>The quantity</source>
            <translation>Die Menge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="366" />
            <source>The amount (quantity × price)</source>
            <translation>Der Betrag (Menge × Preis)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="424" />
            <source>Some fields need fixing (marked in red).</source>
            <translation>Einige Felder müssen korrigiert werden (rot markiert).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="456" />
            <source>from linked posts</source>
            <translation>aus verknüpften Beiträgen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="459" />
            <source>conversions too</source>
            <translation>Conversions ebenfalls</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="461" />
            <source>conversions are the typed number</source>
            <translation>Conversions sind die eingetippte Zahl</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="465" />
            <source>Results come from %Ln linked post(s): {impressions} impressions, {views} views ({conversions}). Typed impressions/views are ignored while posts are linked.</source>
            <translation>
                <numerusform>Die Ergebnisse stammen aus %Ln verknüpften Beitrag: {impressions} Impressionen, {views} Aufrufe ({conversions}). Eingetippte Impressionen/Aufrufe werden ignoriert, solange Beiträge verknüpft sind.</numerusform>
                <numerusform>Die Ergebnisse stammen aus %Ln verknüpften Beiträgen: {impressions} Impressionen, {views} Aufrufe ({conversions}). Eingetippte Impressionen/Aufrufe werden ignoriert, solange Beiträge verknüpft sind.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="477" />
            <source>Type the results once the deal is live — or link posts on the Deliverables tab.</source>
            <translation>Trage die Ergebnisse ein, sobald der Deal live ist – oder verknüpfe Beiträge im Tab „Leistungen“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="480" />
            <source>Fix the fee and media amounts to see the figures.</source>
            <translation>Korrigiere Honorar und Medienbetrag, um die Kennzahlen zu sehen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="491" />
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="494" />
            <source>&lt;b&gt;Blended&lt;/b&gt; (cost {cost}): CPM &lt;b&gt;{cpm}&lt;/b&gt; · CPV &lt;b&gt;{cpv}&lt;/b&gt; · CPA &lt;b&gt;{cpa}&lt;/b&gt; · ROAS &lt;b&gt;{roas}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Gesamt&lt;/b&gt; (Kosten {cost}): CPM &lt;b&gt;{cpm}&lt;/b&gt; · CPV &lt;b&gt;{cpv}&lt;/b&gt; · CPA &lt;b&gt;{cpa}&lt;/b&gt; · ROAS &lt;b&gt;{roas}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="511" />
            <source>Not saved: {error}</source>
            <translation>Nicht gespeichert: {error}</translation>
        </message>
    </context>
    <context>
        <name>DealPostsDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="33" />
            <source>Link posts to this deliverable</source>
            <translation>Beiträge mit dieser Leistung verknüpfen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="38" />
            <source>Tick the posts that delivered it. Their impressions and views (and conversions, when logged) replace the numbers typed into the deal.</source>
            <translation>Kreuze die Beiträge an, die sie erbracht haben. Ihre Impressionen und Aufrufe (und Conversions, falls erfasst) ersetzen die im Deal eingetippten Zahlen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="45" />
            <source>Filter by date, title or format…</source>
            <translation>Nach Datum, Titel oder Format filtern…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="51" />
            <source>{date}  {title}  [{format}]  %Ln impression(s)</source>
            <translation>
                <numerusform>{date}  {title}  [{format}]  %Ln Impression</numerusform>
                <numerusform>{date}  {title}  [{format}]  %Ln Impressionen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="52" />
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="60" />
            <source>No posts logged yet — add them in the Posts tab, then link them here.</source>
            <translation>Noch keine Beiträge erfasst – füge sie im Tab „Beiträge“ hinzu und verknüpfe sie dann hier.</translation>
        </message>
    </context>
    <context>
        <name>DealTableModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="44" />
            <source>Blended cost = creator fees + paid media</source>
            <translation>Gesamtkosten = Creator-Honorare + bezahlte Medien</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="45" />
            <source>Blended CPM = (fees + media) / impressions × 1,000</source>
            <translation>Gesamt-CPM = (Honorare + Medien) / Impressionen × 1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="46" />
            <source>Blended CPA = (fees + media) / conversions</source>
            <translation>Gesamt-CPA = (Honorare + Medien) / Conversions</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="47" />
            <source>Revenue / (fees + media)</source>
            <translation>Umsatz / (Honorare + Medien)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="48" />
            <source>Linked posts from the post log, or numbers typed into the deal</source>
            <translation>Verknüpfte Beiträge aus dem Beitragsprotokoll oder in den Deal eingetippte Zahlen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="49" />
            <source>Of the spot-checked sponsored posts, how many carried the disclosure line (Disclosure checks…)</source>
            <translation>Wie viele der stichprobenartig geprüften gesponserten Beiträge den Werbehinweis trugen (Werbehinweis-Prüfung…)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="69" />
            <source>Impressions and views summed from %n linked post(s) (conversions from the posts)</source>
            <translation>
                <numerusform>Impressionen und Aufrufe summiert aus %n verknüpften Beitrag (Conversions aus den Beiträgen)</numerusform>
                <numerusform>Impressionen und Aufrufe summiert aus %n verknüpften Beiträgen (Conversions aus den Beiträgen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="76" />
            <source>Impressions and views summed from %n linked post(s)</source>
            <translation>
                <numerusform>Impressionen und Aufrufe summiert aus %n verknüpften Beitrag</numerusform>
                <numerusform>Impressionen und Aufrufe summiert aus %n verknüpften Beiträgen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="86" />
            <source>%n linked post(s)</source>
            <translation>
                <numerusform>%n verknüpfter Beitrag</numerusform>
                <numerusform>%n verknüpfte Beiträge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="87" />
            <source>typed in</source>
            <translation>eingetippt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="106" />
            <source>0 of %n checked</source>
            <translation>
                <numerusform>0 von %n geprüft</numerusform>
                <numerusform>0 von %n geprüft</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="130" />
            <source>Brand / deal</source>
            <translation>Marke / Deal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="133" />
            <source>Creator</source>
            <translation>Creator</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="136" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="141" />
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="146" />
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="150" />
            <source>Cost (fees + media)</source>
            <translation>Kosten (Honorare + Medien)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="152" />
            <source>Impressions</source>
            <translation>Impressionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="158" />
            <source>Conversions</source>
            <translation>Conversions</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="163" />
            <source>Blended CPM</source>
            <translation>Gesamt-CPM</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="164" />
            <source>Blended CPA</source>
            <translation>Gesamt-CPA</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="174" />
            <source>Results from</source>
            <translation>Ergebnisse aus</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="181" />
            <source>Disclosure</source>
            <translation>Werbehinweis</translation>
        </message>
    </context>
    <context>
        <name>DealsListPage</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="54" />
            <source>Filter deals by brand, creator or status… (Ctrl+F)</source>
            <translation>Deals nach Marke, Creator oder Status filtern… (Strg+F)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="56" />
            <source>All statuses</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="61" />
            <source>&amp;New deal</source>
            <translation>&amp;Neuer Deal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="62" />
            <source>New deal (Ctrl+Shift+N)</source>
            <translation>Neuer Deal (Strg+Umschalt+N)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="63" />
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="64" />
            <source>Edit the selected deal (Enter or double-click)</source>
            <translation>Ausgewählten Deal bearbeiten (Eingabetaste oder Doppelklick)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="65" />
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="66" />
            <source>Delete the selected deal (Del) — Ctrl+Z brings it back</source>
            <translation>Ausgewählten Deal löschen (Entf) – Strg+Z holt ihn zurück</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="67" />
            <source>Export &amp;quote…</source>
            <translation>Als &amp;Angebot exportieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="68" />
            <source>Save the selected deal as a quote: Markdown (.md) or PDF (.pdf)</source>
            <translation>Ausgewählten Deal als Angebot speichern: Markdown (.md) oder PDF (.pdf)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="69" />
            <source>Disclosure c&amp;hecks…</source>
            <translation>Werbehinweis-&amp;Prüfung…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="71" />
            <source>Spot-check the posts linked to the selected deal: was the disclosure line there? (Ctrl+Z undoes)</source>
            <translation>Die mit dem ausgewählten Deal verknüpften Beiträge stichprobenartig prüfen: War der Werbehinweis da? (Strg+Z macht es rückgängig)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="73" />
            <source>Deal &amp;report…</source>
            <translation>Deal-Berich&amp;t…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="75" />
            <source>Save the selected deal's results and disclosure spot-checks as PDF or Markdown</source>
            <translation>Ergebnisse und Werbehinweis-Stichproben des ausgewählten Deals als PDF oder Markdown speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="100" />
            <source>&lt;h3&gt;No deals yet&lt;/h3&gt;&lt;p&gt;Track each partnership from draft to done: press &lt;b&gt;New deal&lt;/b&gt; (Ctrl+Shift+N), or build a quote from your rate card in &lt;b&gt;Quote builder&lt;/b&gt; and save it as a deal.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Noch keine Deals&lt;/h3&gt;&lt;p&gt;Verfolge jede Partnerschaft vom Entwurf bis zum Abschluss: Drücke &lt;b&gt;Neuer Deal&lt;/b&gt; (Strg+Umschalt+N) oder erstelle unter &lt;b&gt;Angebot erstellen&lt;/b&gt; ein Angebot aus deiner Preisliste und speichere es als Deal.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="187" />
            <source>Select a deal to see its figures.</source>
            <translation>Wähle einen Deal aus, um seine Kennzahlen zu sehen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="191" />
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="194" />
            <source>Results from %n linked post(s) in the post log: {impressions} impressions, {views} views, {conversions} conversions.</source>
            <translation>
                <numerusform>Ergebnisse aus %n verknüpften Beitrag im Beitragsprotokoll: {impressions} Impressionen, {views} Aufrufe, {conversions} Conversions.</numerusform>
                <numerusform>Ergebnisse aus %n verknüpften Beiträgen im Beitragsprotokoll: {impressions} Impressionen, {views} Aufrufe, {conversions} Conversions.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="201" />
            <source>Results as typed into the deal: {impressions} impressions, {views} views, {conversions} conversions.</source>
            <translation>Ergebnisse wie in den Deal eingetippt: {impressions} Impressionen, {views} Aufrufe, {conversions} Conversions.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="211" />
            <source>&lt;p&gt;&lt;span style='font-size:15pt'&gt;Blended CPM &lt;b&gt;{cpm}&lt;/b&gt; · CPA &lt;b&gt;{cpa}&lt;/b&gt; · CPV &lt;b&gt;{cpv}&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Total cost {total} = fees {fees} + media {media} · ROAS {roas}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;span style='font-size:15pt'&gt;Gesamt-CPM &lt;b&gt;{cpm}&lt;/b&gt; · CPA &lt;b&gt;{cpa}&lt;/b&gt; · CPV &lt;b&gt;{cpv}&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Gesamtkosten {total} = Honorare {fees} + Medien {media} · ROAS {roas}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="223" />
            <source>&lt;p&gt;&lt;small&gt;Fees only: CPM {fees_cpm}, CPA {fees_cpa} · Media only: CPM {media_cpm}, CPA {media_cpa}&lt;/small&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;small&gt;Nur Honorare: CPM {fees_cpm}, CPA {fees_cpa} · Nur Medien: CPM {media_cpm}, CPA {media_cpa}&lt;/small&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="234" />
            <source>&lt;p&gt;&lt;small&gt;Blended = (creator fees + paid media) / impressions × 1,000 (CPM), / views (CPV), / conversions (CPA). n/a = nothing to divide by yet.&lt;/small&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;small&gt;Gesamt = (Creator-Honorare + bezahlte Medien) / Impressionen × 1.000 (CPM), / Aufrufe (CPV), / Conversions (CPA). k. A. = noch nichts, durch das geteilt werden kann.&lt;/small&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="242" />
            <source>Disclosure spot-checks: link the sponsored posts to the deliverables to check them.</source>
            <translation>Werbehinweis-Stichproben: Verknüpfe die gesponserten Beiträge mit den Leistungen, um sie zu prüfen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="245" />
            <source>Disclosure spot-checks: &lt;b&gt;none&lt;/b&gt; of %n sponsored post(s) checked yet — press &lt;i&gt;Disclosure checks…&lt;/i&gt;.</source>
            <translation>
                <numerusform>Werbehinweis-Stichproben: &lt;b&gt;keiner&lt;/b&gt; von %n gesponserten Beitrag bisher geprüft – drücke &lt;i&gt;Werbehinweis-Prüfung…&lt;/i&gt;.</numerusform>
                <numerusform>Werbehinweis-Stichproben: &lt;b&gt;keiner&lt;/b&gt; von %n gesponserten Beiträgen bisher geprüft – drücke &lt;i&gt;Werbehinweis-Prüfung…&lt;/i&gt;.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="252" />
            <source>Disclosure spot-checks: &lt;b style='color:{color}'&gt;{carried} of %n&lt;/b&gt; checked sponsored post(s) carried the disclosure line ({share}); {not_checked} not checked.</source>
            <translation>
                <numerusform>Werbehinweis-Stichproben: &lt;b style='color:{color}'&gt;{carried} von %n&lt;/b&gt; geprüften gesponserten Beitrag trugen den Werbehinweis ({share}); {not_checked} nicht geprüft.</numerusform>
                <numerusform>Werbehinweis-Stichproben: &lt;b style='color:{color}'&gt;{carried} von %n&lt;/b&gt; geprüften gesponserten Beiträgen trugen den Werbehinweis ({share}); {not_checked} nicht geprüft.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="290" />
            <source>Disclosure checks not saved</source>
            <translation>Werbehinweis-Prüfung nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="317" />
            <source>Deal not saved</source>
            <translation>Deal nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="346" />
            <source>Kept the other member's version of the deal.</source>
            <translation>Die Version des anderen Mitglieds wurde behalten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="374" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="385" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="390" />
            <source>Export quote</source>
            <translation>Angebot exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="391" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="421" />
            <source>Could not write {path}:
{reason}</source>
            <translation>{path} konnte nicht geschrieben werden:
{reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="394" />
            <source>Quote written to {path}</source>
            <translation>Angebot gespeichert unter {path}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="405" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="415" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="420" />
            <source>Export deal report</source>
            <translation>Deal-Bericht exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="424" />
            <source>Deal report written to {path}</source>
            <translation>Deal-Bericht gespeichert unter {path}</translation>
        </message>
    </context>
    <context>
        <name>DealsTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/page.py" line="46" />
            <source>&amp;Calculator</source>
            <translation>&amp;Rechner</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/page.py" line="47" />
            <source>Saved &amp;deals</source>
            <translation>Gespeicherte &amp;Deals</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/page.py" line="48" />
            <source>&amp;Quote builder</source>
            <translation>A&amp;ngebot erstellen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/page.py" line="148" />
            <source>Export quote lines</source>
            <translation>Angebotspositionen exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/page.py" line="156" />
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/page.py" line="160" />
            <source>Exported deals to {path}</source>
            <translation>Deals exportiert nach {path}</translation>
        </message>
    </context>
    <context>
        <name>DecisionCommand</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="143" />
            <source>log decision</source>
            <translation>Entscheidung festhalten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="170" />
            <source>edit decision</source>
            <translation>Entscheidung bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="187" />
            <source>delete decision</source>
            <translation>Entscheidung löschen</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="50" />
            <source>Edit decision</source>
            <translation>Entscheidung bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="50" />
            <source>Log a decision</source>
            <translation>Entscheidung festhalten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="55" />
            <source>The week the decision rests on (snapped to the workspace's week start)</source>
            <translation>Die Woche, auf der die Entscheidung beruht (auf den Wochenbeginn des Arbeitsbereichs gerundet)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="65" />
            <source>measured on… e.g. format: carousel</source>
            <translation>gemessen an… z. B. Format: Karussell</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="67" />
            <source>e.g. Dropped the carousel format: saves/1k fell 3 weeks in a row.</source>
            <translation>z. B. Karussell-Format gestrichen: Speicherungen/1k sind 3 Wochen in Folge gefallen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="78" />
            <source>Week of:</source>
            <translation>Woche vom:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="79" />
            <source>Rests on:</source>
            <translation>Beruht auf:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="80" />
            <source>Measured on:</source>
            <translation>Gemessen an:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="81" />
            <source>Decision:</source>
            <translation>Entscheidung:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="83" />
            <source>One content decision per week, tied to the number it rests on.</source>
            <translation>Eine Content-Entscheidung pro Woche, verknüpft mit der Zahl, auf der sie beruht.</translation>
        </message>
    </context>
    <context>
        <name>DecisionLog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="64" />
            <source>Log a decision…</source>
            <translation>Entscheidung festhalten…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="65" />
            <source>Ctrl+D — prefilled from the selected row of the ranking</source>
            <translation>Strg+D – vorausgefüllt aus der gewählten Zeile der Rangliste</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="67" />
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="69" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="92" />
            <source>No decision logged for this week (week of {week}) — tie one content decision to the data every week.</source>
            <translation>Für diese Woche (Woche vom {week}) ist keine Entscheidung festgehalten – knüpfe jede Woche eine Inhaltsentscheidung an die Daten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="98" />
            <source>{logged} of the last 4 weeks have a decision logged.</source>
            <translation>{logged} der letzten 4 Wochen haben eine festgehaltene Entscheidung.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="122" />
            <source>{group}: median replies/1k {median}, saves/1k {saves} over %n post(s) → </source>
            <translation>
                <numerusform>{group}: Median Antworten/1.000 {median}, Speicherungen/1.000 {saves} über %n Beitrag → </numerusform>
                <numerusform>{group}: Median Antworten/1.000 {median}, Speicherungen/1.000 {saves} über %n Beiträge → </numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="143" />
            <source>Log a decision</source>
            <translation>Entscheidung festhalten</translation>
        </message>
    </context>
    <context>
        <name>DecisionTableModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="215" />
            <source>Week of</source>
            <translation>Woche vom</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="216" />
            <source>Rests on</source>
            <translation>Beruht auf</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="217" />
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="223" />
            <source>Replies per 1k reach</source>
            <translation>Antworten pro 1.000 Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="224" />
            <source>Saves per 1k reach</source>
            <translation>Speicherungen pro 1.000 Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="225" />
            <source>Engagement rate</source>
            <translation>Interaktionsrate</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="226" />
            <source>Returning engagers reached</source>
            <translation>Erreichte wiederkehrende Interagierende</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="227" />
            <source>Returning share</source>
            <translation>Anteil Wiederkehrender</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="228" />
            <source>Post count</source>
            <translation>Anzahl Beiträge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="229" />
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
    </context>
    <context>
        <name>DiscardGuard</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/discard_guard.py" line="48" />
            <source>Discard what you typed in this form?</source>
            <translation>Die Eingaben in diesem Formular verwerfen?</translation>
        </message>
    </context>
    <context>
        <name>DisclosureChecksDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="89" />
            <source>Not checked</source>
            <translation>Nicht geprüft</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="90" />
            <source>Yes, line present</source>
            <translation>Ja, Hinweis vorhanden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="91" />
            <source>No, missing</source>
            <translation>Nein, fehlt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="102" />
            <source>Disclosure spot-checks</source>
            <translation>Stichproben zum Werbehinweis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="111" />
            <source>Open each sponsored post and confirm the disclosure line is there, clearly and conspicuously: {line}.</source>
            <translation>Öffne jeden gesponserten Beitrag und bestätige, dass der Werbehinweis deutlich und gut sichtbar vorhanden ist: {line}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="116" />
            <source>Open each sponsored post and confirm the disclosure line is there, clearly and conspicuously (this deal has no disclosure line written down yet).</source>
            <translation>Öffne jeden gesponserten Beitrag und bestätige, dass der Werbehinweis deutlich und gut sichtbar vorhanden ist (für diesen Deal ist noch kein Werbehinweis notiert).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="121" />
            <source>A yes or no is dated today; “Not checked” clears a check.</source>
            <translation>Ein Ja oder Nein erhält das heutige Datum; „Nicht geprüft“ löscht eine Prüfung.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="128" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="128" />
            <source>Post</source>
            <translation>Beitrag</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="128" />
            <source>Disclosure line present?</source>
            <translation>Werbehinweis vorhanden?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="128" />
            <source>Checked on</source>
            <translation>Geprüft am</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="135" />
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="148" />
            <source>No posts are linked to this deal yet: link them in Edit… › deliverables first.</source>
            <translation>Mit diesem Deal sind noch keine Beiträge verknüpft: verknüpfe sie zuerst unter Bearbeiten… › Leistungen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="175" />
            <source>{carried} of %Ln checked post(s) carried the line</source>
            <translation>
                <numerusform>Hinweis vorhanden bei {carried} von %Ln geprüften Beitrag</numerusform>
                <numerusform>Hinweis vorhanden bei {carried} von %Ln geprüften Beiträgen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="181" />
            <source>{carried}; %Ln not checked.</source>
            <translation>
                <numerusform>{carried}; %Ln nicht geprüft.</numerusform>
                <numerusform>{carried}; %Ln nicht geprüft.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditConflictDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="41" />
            <source>Changed by another member</source>
            <translation>Von einem anderen Mitglied geändert</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="44" />
            <source>Another member</source>
            <translation>Ein anderes Mitglied</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="47" />
            <source>{who} saved this {what} after you opened it. Nothing was saved yet. Pick which version to keep; the differing fields are highlighted.</source>
            <translation>{who} hat diesen Eintrag ({what}) gespeichert, nachdem du ihn geöffnet hast. Noch wurde nichts gespeichert. Wähle, welche Fassung bleiben soll; die abweichenden Felder sind hervorgehoben.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="54" />
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="54" />
            <source>Your version</source>
            <translation>Deine Fassung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="54" />
            <source>Saved by {who}</source>
            <translation>Gespeichert von {who}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="80" />
            <source>Keep mine</source>
            <translation>Meine behalten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="81" />
            <source>Take {who}'s</source>
            <translation>Fassung übernehmen ({who})</translation>
        </message>
    </context>
    <context>
        <name>EngagerListModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_engagers_table_model.py" line="18" />
            <source> — marked as power member</source>
            <translation> – als Power-Mitglied markiert</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_engagers_table_model.py" line="27" />
            <source>Handle</source>
            <translation>Handle</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_engagers_table_model.py" line="33" />
            <source>Active days</source>
            <translation>Aktive Tage</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_engagers_table_model.py" line="39" />
            <source>Interactions</source>
            <translation>Interaktionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_engagers_table_model.py" line="44" />
            <source>Last seen</source>
            <translation>Zuletzt gesehen</translation>
        </message>
    </context>
    <context>
        <name>EngagerMenu</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="395" />
            <source>Merge another handle into @{handle}…</source>
            <translation>Anderes Handle in @{handle} zusammenführen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="401" />
            <source>Forget @{handle}…</source>
            <translation>@{handle} vergessen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="431" />
            <source>Merge people</source>
            <translation>Personen zusammenführen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="432" />
            <source>Pick one of the listed handles to merge.</source>
            <translation>Wähle eines der aufgeführten Handles zum Zusammenführen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="449" />
            <source>Merge @{other} into @{keep}</source>
            <translation>@{other} in @{keep} zusammenführen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="467" />
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="482" />
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="487" />
            <source>Forget a person</source>
            <translation>Eine Person vergessen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="468" />
            <source>Erase @{handle} ({platform}) and every interaction they wrote from this workspace? This cannot be undone. The database file is rewritten so future backups do not hold them; the app then tells you which existing backups still do.</source>
            <translation>@{handle} ({platform}) und jede Interaktion dieser Person aus diesem Arbeitsbereich löschen? Das lässt sich nicht rückgängig machen. Die Datenbankdatei wird neu geschrieben, damit künftige Sicherungen die Person nicht enthalten; danach zeigt die App, welche vorhandenen Sicherungen sie noch enthalten.</translation>
        </message>
    </context>
    <context>
        <name>EngagerTableModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="18" />
            <source>Handle</source>
            <translation>Handle</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="19" />
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="20" />
            <source>First seen</source>
            <translation>Zuerst gesehen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="21" />
            <source>Last seen</source>
            <translation>Zuletzt gesehen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="22" />
            <source>Interactions (30 d)</source>
            <translation>Interaktionen (30 T.)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="23" />
            <source>Returning</source>
            <translation>Wiederkehrend</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="24" />
            <source>Power member</source>
            <translation>Power-Mitglied</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="25" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="28" />
            <source>Returning = engaged on at least two different calendar days in the last 30 days.</source>
            <translation>Wiederkehrend = an mindestens zwei verschiedenen Kalendertagen in den letzten 30 Tagen interagiert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="66" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="66" />
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="68" />
            <source>Active on %n different day(s) in the last 30 days.</source>
            <translation>
                <numerusform>An %n Tag in den letzten 30 Tagen aktiv.</numerusform>
                <numerusform>An %n verschiedenen Tagen in den letzten 30 Tagen aktiv.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EngagersPage</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="32" />
            <source>Filter people (@handle, platform, notes…)  Ctrl+F</source>
            <translation>Personen filtern (@Handle, Plattform, Notizen…)  Strg+F</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="69" />
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln Person</numerusform>
                <numerusform>%Ln Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="71" />
            <source>%Ln engaged in the last 30 days</source>
            <translation>
                <numerusform>%Ln hat in den letzten 30 Tagen interagiert</numerusform>
                <numerusform>%Ln haben in den letzten 30 Tagen interagiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="73" />
            <source>%Ln returning ({share}).</source>
            <translation>
                <numerusform>%Ln wiederkehrende Interagierende ({share}).</numerusform>
                <numerusform>%Ln wiederkehrende Interagierende ({share}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="76" />
            <source>Returning = engaged on at least two different days in the 30 days ending today. Tick 'Power member' for the people you recruit to keep conversations going.</source>
            <translation>Wiederkehrend = an mindestens zwei verschiedenen Tagen in den 30 Tagen bis heute interagiert. Kreuze „Power-Mitglied“ bei den Personen an, die du gewinnst, um Gespräche am Laufen zu halten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="91" />
            <source>Mark power member</source>
            <translation>Als Power-Mitglied markieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="93" />
            <source>Edit power member</source>
            <translation>Power-Mitglied bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="95" />
            <source>Edit notes</source>
            <translation>Notizen bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="97" />
            <source>Edit {column}</source>
            <translation>{column} bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <location filename="../../microcomm_desktop/ui/errors.py" line="107" />
            <source>The details were written to {path}; please include that file if you report this.</source>
            <translation>Die Details stehen in {path}; bitte füge diese Datei bei, wenn du den Fehler meldest.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/errors.py" line="111" />
            <source>The details were printed to the terminal.</source>
            <translation>Die Details wurden im Terminal ausgegeben.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/errors.py" line="114" />
            <source>Something went wrong: {error}</source>
            <translation>Etwas ist schiefgelaufen: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/errors.py" line="118" />
            <source>Your data is safe: every change is saved completely or not at all, so this one may not have been saved.</source>
            <translation>Deine Daten sind sicher: Jede Änderung wird ganz oder gar nicht gespeichert, daher wurde diese möglicherweise nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/errors.py" line="138" />
            <source>Something went wrong again: {error} (details in the log).</source>
            <translation>Erneut ist etwas schiefgelaufen: {error} (Details im Protokoll).</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="35" />
            <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp);;All files (*)</source>
            <translation>Bilder (*.png *.jpg *.jpeg *.webp *.gif *.bmp);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="77" />
            <source>Add evidence</source>
            <translation>Nachweis hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="92" />
            <source>What happened: the question asked, how many answered, with what specifics</source>
            <translation>Was passiert ist: die gestellte Frage, wie viele geantwortet haben, mit welchen Einzelheiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="95" />
            <source>The creator asked a question and the audience answered with specifics</source>
            <translation>Im Content wurde eine Frage gestellt und das Publikum hat konkret geantwortet</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="97" />
            <source>Counts toward the rubric's three question screenshots when a screenshot is attached</source>
            <translation>Zählt zu den drei Frage-Screenshots der Bewertungsmatrix, wenn ein Screenshot angehängt ist</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="101" />
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="103" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="113" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="114" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="116" />
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="118" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="127" />
            <source>Screenshot</source>
            <translation>Screenshot</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="141" />
            <source>Choose a screenshot</source>
            <translation>Screenshot auswählen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="149" />
            <source>Drop a screenshot here
(PNG, JPEG, WebP, GIF, BMP)</source>
            <translation>Screenshot hier ablegen
(PNG, JPEG, WebP, GIF, BMP)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="163" />
            <source>Checking {file}…</source>
            <translation>{file} wird geprüft…</translation>
        </message>
    </context>
    <context>
        <name>EvidenceModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="152" />
            <source>Tick when the creator asked a question and the audience answered with specifics (rubric)</source>
            <translation>Ankreuzen, wenn eine Frage gestellt wurde und das Publikum konkret geantwortet hat (Bewertungsmatrix)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="168" />
            <source>Screenshot</source>
            <translation>Screenshot</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="174" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="179" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="184" />
            <source>Q answered</source>
            <translation>Frage beantwortet</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="186" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="189" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="191" />
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="194" />
            <source>Double-click to edit; the link opens from the context menu</source>
            <translation>Doppelklick zum Bearbeiten; der Link öffnet sich über das Kontextmenü</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="207" />
            <source>no screenshot</source>
            <translation>kein Screenshot</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="209" />
            <source>unreadable</source>
            <translation>nicht lesbar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="210" />
            <source>loading…</source>
            <translation>wird geladen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="215" />
            <source>{name} — double-click to open full size</source>
            <translation>{name} – Doppelklick öffnet die volle Größe</translation>
        </message>
    </context>
    <context>
        <name>EvidencePanel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="78" />
            <source>Evidence of community behaviour — drop screenshots onto the table</source>
            <translation>Nachweise für Community-Verhalten – Screenshots auf der Tabelle ablegen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="108" />
            <source>Add evidence…</source>
            <translation>Nachweis hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="110" />
            <source>A comment thread, story replies, live attendance or series result (Ctrl+Shift+A)</source>
            <translation>Ein Kommentarverlauf, Story-Antworten, Live-Teilnahme oder ein Serienergebnis (Strg+Umschalt+A)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="113" />
            <source>Add screenshots…</source>
            <translation>Screenshots hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="114" />
            <source>Pick one or more screenshot files — or drop them onto the table</source>
            <translation>Eine oder mehrere Screenshot-Dateien wählen – oder auf der Tabelle ablegen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="116" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="118" />
            <source>Open full size</source>
            <translation>In voller Größe öffnen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="120" />
            <source>Dropped screenshots show a question answered with specifics</source>
            <translation>Abgelegte Screenshots zeigen eine konkret beantwortete Frage</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="123" />
            <source>Untick for other evidence; each entry's tick can be changed in the table</source>
            <translation>Für andere Nachweise das Häkchen entfernen; das Häkchen jedes Eintrags lässt sich in der Tabelle ändern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="148" />
            <source>The stored path is invalid.</source>
            <translation>Der gespeicherte Pfad ist ungültig.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="176" />
            <source>Add screenshots</source>
            <translation>Screenshots hinzufügen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="199" />
            <source>Checking %n screenshot(s)…</source>
            <translation>
                <numerusform>%n Screenshot wird geprüft…</numerusform>
                <numerusform>%n Screenshots werden geprüft…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="224" />
            <source>Added {name} — the original file can now be deleted.</source>
            <translation>{name} hinzugefügt – die Originaldatei kann jetzt gelöscht werden.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="243" />
            <source>Add evidence</source>
            <translation>Nachweis hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="243" />
            <source>Not added: {error}</source>
            <translation>Nicht hinzugefügt: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="270" />
            <source>{value} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-20.</source>
            <translation>{value} ist kein Datum; schreibe es als JJJJ-MM-TT, z. B. 2026-11-20.</translation>
        </message>
    </context>
    <context>
        <name>ExportRun</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="27" />
            <source>posts</source>
            <translation>Beiträge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="28" />
            <source>interactions</source>
            <translation>Interaktionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="29" />
            <source>engagers</source>
            <translation>Interagierende</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="58" />
            <source>The export stopped: {error}</source>
            <translation>Der Export wurde abgebrochen: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="94" />
            <source>Exporting {what} to {file}…</source>
            <translation>{what} werden nach {file} exportiert…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="95" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="100" />
            <source>Export to CSV</source>
            <translation>Als CSV exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="118" />
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="130" />
            <source>Exporting {what} to {file}: {done} of %Ln row(s)…</source>
            <translation>
                <numerusform>{what} werden nach {file} exportiert: {done} von %Ln Zeile…</numerusform>
                <numerusform>{what} werden nach {file} exportiert: {done} von %Ln Zeilen…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="142" />
            <source>Wrote %Ln post(s) to {path}.</source>
            <translation>
                <numerusform>%Ln Beitrag nach {path} geschrieben.</numerusform>
                <numerusform>%Ln Beiträge nach {path} geschrieben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="143" />
            <source>Wrote %Ln interaction(s) to {path}.</source>
            <translation>
                <numerusform>%Ln Interaktion nach {path} geschrieben.</numerusform>
                <numerusform>%Ln Interaktionen nach {path} geschrieben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="144" />
            <source>Wrote %Ln engager(s) to {path}.</source>
            <translation>
                <numerusform>%Ln interagierende Person nach {path} geschrieben.</numerusform>
                <numerusform>%Ln interagierende Personen nach {path} geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="154" />
            <source>Export cancelled; {file} was not written (an earlier file is unchanged).</source>
            <translation>Export abgebrochen; {file} wurde nicht geschrieben (eine frühere Datei bleibt unverändert).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="163" />
            <source>Export all {what} to CSV</source>
            <translation>Alle {what} als CSV exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="165" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>FilterableTable</name>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="130" />
            <source>Filter…</source>
            <extracomment>Tables with more rows than this export behind a progress window with Cancel (a 200,000-post log takes seconds).</extracomment>
            <translation>Filtern…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="166" />
            <source>Writing {path}…</source>
            <translation>{path} wird geschrieben…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="166" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="167" />
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="188" />
            <source>Export to CSV</source>
            <translation>Als CSV exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="188" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="202" />
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="203" />
            <source>Could not write {path}:</source>
            <translation>{path} konnte nicht geschrieben werden:</translation>
        </message>
    </context>
    <context>
        <name>FormatsSection</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="45" />
            <source>weekly</source>
            <translation>wöchentlich</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="45" />
            <source>twice a week</source>
            <translation>zweimal pro Woche</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="45" />
            <source>every two weeks</source>
            <translation>alle zwei Wochen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="45" />
            <source>monthly</source>
            <translation>monatlich</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="47" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="48" />
            <source>Description:</source>
            <translation>Beschreibung:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="49" />
            <source>Cadence:</source>
            <translation>Rhythmus:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="56" />
            <source>Add format</source>
            <translation>Format hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="57" />
            <source>Update</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="58" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="66" />
            <source>Templates:</source>
            <translation>Vorlagen:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="70" />
            <source>+ {name}</source>
            <translation>+ {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="85" />
            <source>no cadence</source>
            <translation>kein Rhythmus</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="96" />
            <source>&lt;span style='{style}'&gt;{n} of 3 recurring formats — incomplete.&lt;/span&gt; Add formats that deliver the promise, or one click on a template below.</source>
            <translation>&lt;span style='{style}'&gt;{n} von 3 wiederkehrenden Formaten — unvollständig.&lt;/span&gt; Füge Formate hinzu, die das Versprechen einlösen, oder nimm mit einem Klick eine Vorlage unten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="101" />
            <source>{n} recurring formats ✓ — three is the recommended set.</source>
            <translation>{n} wiederkehrende Formate ✓ — drei sind die empfohlene Anzahl.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="120" />
            <source>Add format {name}</source>
            <translation>Format {name} hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="134" />
            <source>Select a format to update.</source>
            <translation>Wähle das Format aus, das du aktualisieren willst.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="144" />
            <source>Edit format</source>
            <translation>Format bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="159" />
            <source>Remove format</source>
            <translation>Format entfernen</translation>
        </message>
    </context>
    <context>
        <name>HeatmapWidget</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/widgets/heatmap.py" line="97" />
            <source>%Ln post(s)</source>
            <translation>
                <numerusform>%Ln Beitrag</numerusform>
                <numerusform>%Ln Beiträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/widgets/heatmap.py" line="113" />
            <source>{day} {hours} h (local time): %Ln post(s)</source>
            <translation>
                <numerusform>{day} {hours} Uhr (Ortszeit): %Ln Beitrag</numerusform>
                <numerusform>{day} {hours} Uhr (Ortszeit): %Ln Beiträge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/heatmap.py" line="116" />
            <source>no posts at this time yet.</source>
            <translation>zu dieser Zeit noch keine Beiträge.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/heatmap.py" line="118" />
            <source>too few posts to judge.</source>
            <translation>zu wenige Beiträge für eine Bewertung.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/heatmap.py" line="122" />
            <source>{rate} replies per 1k reach (pooled).</source>
            <translation>{rate} Antworten pro 1.000 Reichweite (zusammengefasst).</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="13" />
            <source>&lt;h2&gt;How MicroComm measures a community&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Wie MicroComm eine Community misst&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="15" />
            <source>&lt;p&gt;&lt;b&gt;Reach&lt;/b&gt; = unique accounts that saw the content; &lt;b&gt;impressions&lt;/b&gt; = total views including repeats; &lt;b&gt;engagements&lt;/b&gt; = likes + comments + shares + saves, or the platform's own total when only that is known.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Reichweite&lt;/b&gt; = eindeutige Konten, die den Inhalt gesehen haben; &lt;b&gt;Impressionen&lt;/b&gt; = alle Aufrufe inklusive Wiederholungen; &lt;b&gt;Engagements&lt;/b&gt; = Likes + Kommentare + Shares + Speicherungen, oder die Gesamtzahl der Plattform, wenn nur diese bekannt ist.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="24" />
            <source>&lt;li&gt;&lt;b&gt;Engagement rate (ER)&lt;/b&gt; = engagements / reach (default) or / impressions — one definition per workspace, chosen in File › Workspace settings, and named next to every ER figure.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Engagement-Rate (ER)&lt;/b&gt; = Engagements / Reichweite (Standard) oder / Impressionen — eine Definition pro Arbeitsbereich, gewählt unter Datei › Einstellungen des Arbeitsbereichs, und neben jeder ER-Zahl genannt.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="31" />
            <source>&lt;li&gt;&lt;b&gt;Saves per 1,000 reach&lt;/b&gt; = saves / reach × 1000. &lt;b&gt;Replies per 1,000 reach&lt;/b&gt; = replies / reach × 1000.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Speicherungen pro 1.000 Reichweite&lt;/b&gt; = Speicherungen / Reichweite × 1000. &lt;b&gt;Antworten pro 1.000 Reichweite&lt;/b&gt; = Antworten / Reichweite × 1000.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="38" />
            <source>&lt;li&gt;&lt;b&gt;Returning engagers (30 days)&lt;/b&gt;: people who engaged on at least two different calendar days within the trailing 30-day window; &lt;b&gt;returning share&lt;/b&gt; = returning / engaged people.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Wiederkehrende Interagierende (30 Tage)&lt;/b&gt;: Personen, die an mindestens zwei verschiedenen Kalendertagen im zurückliegenden 30-Tage-Fenster interagiert haben; &lt;b&gt;Anteil Wiederkehrender&lt;/b&gt; = wiederkehrende / interagierende Personen.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="45" />
            <source>&lt;li&gt;&lt;b&gt;Conversation depth&lt;/b&gt;: a thread is a top-level comment plus its replies; a &lt;i&gt;deep thread&lt;/i&gt; has at least 3 messages from at least 2 people.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Gesprächstiefe&lt;/b&gt;: Ein Thread ist ein Kommentar der obersten Ebene plus seine Antworten; ein &lt;i&gt;tiefer Thread&lt;/i&gt; hat mindestens 3 Nachrichten von mindestens 2 Personen.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="52" />
            <source>&lt;li&gt;&lt;b&gt;Community Health Score&lt;/b&gt; = RE% × 0.4 + replies/1k normalised × 0.3 + saves/1k normalised × 0.3, where a normalised value = min(value / band top × 100, 100) with band tops {replies_top} (replies) and {saves_top} (saves) by default (calibrating a workspace's bands does not move them).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Community-Health-Score&lt;/b&gt; = RE% × 0,4 + Antworten/1k normalisiert × 0,3 + Speicherungen/1k normalisiert × 0,3; ein normalisierter Wert = min(Wert / Bereichsobergrenze × 100, 100) mit den Obergrenzen {replies_top} (Antworten) und {saves_top} (Speicherungen) als Standard (das Kalibrieren der Bereiche eines Arbeitsbereichs verschiebt sie nicht).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="60" />
            <source>&lt;li&gt;A zero denominator shows &lt;b&gt;n/a&lt;/b&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Ein Nenner von null zeigt &lt;b&gt;k. A.&lt;/b&gt;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="62" />
            <source>&lt;li&gt;&lt;b&gt;Your own accounts&lt;/b&gt; (Workspace settings › Your own handles) never count as engagers anywhere; their replies still time the response SLA and count in conversation depth.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Deine eigenen Konten&lt;/b&gt; (Einstellungen des Arbeitsbereichs › Deine eigenen Handles) zählen nirgends als Interagierende; ihre Antworten zählen trotzdem für das Antwort-SLA und für die Gesprächstiefe.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="69" />
            <source>&lt;li&gt;&lt;b&gt;DM back-and-forth&lt;/b&gt;: a DM thread is a member's first DM plus the answers to it; per week, mean messages per DM thread and the share of those threads that got an answer (from the logged DMs, beside the typed DM reply rate).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;DM-Austausch&lt;/b&gt;: Ein DM-Thread ist die erste DM eines Mitglieds plus die Antworten darauf; pro Woche die mittlere Zahl der Nachrichten pro DM-Thread und der Anteil dieser Threads, die eine Antwort erhielten (aus den erfassten DMs, neben der eingetippten DM-Antwortquote).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="77" />
            <source>&lt;li&gt;&lt;b&gt;Reach stand-in&lt;/b&gt;: when a post has no reach (YouTube exports), the workspace may divide by views or impressions instead (Workspace settings); every such figure is marked &lt;b&gt;*&lt;/b&gt; and names the stand-in.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Ersatz für Reichweite&lt;/b&gt;: Hat ein Beitrag keine Reichweite (YouTube-Exporte), kann der Arbeitsbereich stattdessen durch Aufrufe oder Impressionen teilen (Einstellungen des Arbeitsbereichs); jede solche Zahl ist mit &lt;b&gt;*&lt;/b&gt; markiert und nennt den Ersatzwert.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="85" />
            <source>&lt;h3&gt;Benchmarks (directional)&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Richtwerte (zur Orientierung)&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="87" />
            <source>&lt;p&gt;A post's ER is judged on the poll and Q and A band when its format names a poll, quiz or Q and A (e.g. "Poll", "Sunday Q and A"), else on the feed band. Every band can be calibrated from your own last 30/60/90 days (Dashboard › Calibrate bands…, or &lt;code&gt;microcomm workspace calibrate&lt;/code&gt;): that workspace then uses its own bands; the defaults below stay one click away (undo).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Die ER eines Beitrags wird am Bereich für Umfragen und Q&amp;amp;A gemessen, wenn sein Format eine Umfrage, ein Quiz oder ein Q&amp;amp;A nennt (z. B. „Poll“, „Sunday Q and A“), sonst am Feed-Bereich. Jeder Bereich lässt sich an deinen eigenen letzten 30/60/90 Tagen kalibrieren (Dashboard › Bereiche kalibrieren… oder &lt;code&gt;microcomm workspace calibrate&lt;/code&gt;): Dieser Arbeitsbereich nutzt dann seine eigenen Bereiche; die Standardwerte unten bleiben einen Klick entfernt (Rückgängig).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="96" />
            <source>&lt;tr&gt;&lt;th&gt;signal&lt;/th&gt;&lt;th&gt;default band&lt;/th&gt;&lt;th&gt;action if below&lt;/th&gt;&lt;/tr&gt;</source>
            <translation>&lt;tr&gt;&lt;th&gt;Signal&lt;/th&gt;&lt;th&gt;Standardbereich&lt;/th&gt;&lt;th&gt;Maßnahme, wenn darunter&lt;/th&gt;&lt;/tr&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="99" />
            <source>&lt;h3&gt;Deals&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Deals&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="101" />
            <source>&lt;p&gt;&lt;b&gt;CPM&lt;/b&gt; = spend / impressions × 1000 · &lt;b&gt;CPV&lt;/b&gt; = spend / views · &lt;b&gt;CPA&lt;/b&gt; = spend / conversions. &lt;b&gt;Blended&lt;/b&gt; figures use total cost = creator fees + paid media. &lt;b&gt;Disclosure spot-checks&lt;/b&gt;: of the sponsored posts (posts linked to a deal) you checked, the share that carried the disclosure line (Deals › Saved deals › Disclosure checks…).&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;CPM&lt;/b&gt; = Ausgaben / Impressionen × 1000 · &lt;b&gt;CPV&lt;/b&gt; = Ausgaben / Aufrufe · &lt;b&gt;CPA&lt;/b&gt; = Ausgaben / Conversions. &lt;b&gt;Gesamt&lt;/b&gt;-Werte nutzen die Gesamtkosten = Creator-Honorare + bezahlte Medien. &lt;b&gt;Stichproben zum Werbehinweis&lt;/b&gt;: von den geprüften gesponserten Beiträgen (mit einem Deal verknüpfte Beiträge) der Anteil, der den Werbehinweis trug (Deals › Gespeicherte Deals › Werbehinweis-Prüfungen…).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="109" />
            <source>&lt;h3&gt;Response SLA and reports&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Antwort-SLA und Berichte&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="111" />
            <source>&lt;p&gt;&lt;b&gt;Response SLA&lt;/b&gt; = of the first N comments on a post (not yours), how many got your reply within M minutes; N and M are set in Rituals › Response SLA. Computed from timestamps when your replies are logged, else typed per post; the Dashboard, Rituals, reports and the command line all show this one figure. The &lt;b&gt;30-day report&lt;/b&gt; covers exactly the 30 days ending on the chosen day, cut into weeks at your week start.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Antwort-SLA&lt;/b&gt; = von den ersten N Kommentaren unter einem Beitrag (nicht deinen), wie viele innerhalb von M Minuten deine Antwort bekamen; N und M werden unter Rituale › Antwort-SLA festgelegt. Berechnet aus Zeitstempeln, wenn deine Antworten erfasst sind, sonst pro Beitrag eingetippt; Dashboard, Rituale, Berichte und die Kommandozeile zeigen alle diese eine Zahl. Der &lt;b&gt;30-Tage-Bericht&lt;/b&gt; umfasst genau die 30 Tage bis zum gewählten Tag, in Wochen ab deinem Wochenbeginn geteilt.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="120" />
            <source>&lt;h3&gt;The 30-day sprint&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Der 30-Tage-Sprint&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="122" />
            <source>&lt;p&gt;If returning engagers and replies per 1,000 reach both improved in each of the last two week-over-week steps, &lt;b&gt;continue&lt;/b&gt; the same rituals; otherwise &lt;b&gt;narrow&lt;/b&gt; the topic and reduce formats; with fewer than three weeks of data: &lt;b&gt;not enough data&lt;/b&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Wenn sich wiederkehrende Interagierende und Antworten pro 1.000 Reichweite in beiden der letzten zwei Schritte von Woche zu Woche verbessert haben: die gleichen Rituale &lt;b&gt;fortsetzen&lt;/b&gt;; sonst das Thema &lt;b&gt;eingrenzen&lt;/b&gt; und Formate reduzieren; mit weniger als drei Wochen Daten: &lt;b&gt;nicht genug Daten&lt;/b&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="129" />
            <source>&lt;h3&gt;Keyboard&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Tastatur&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="131" />
            <source>&lt;p&gt;Ctrl+1…8 switch tabs · Ctrl+K switch workspace · Ctrl+F filter a table · Ctrl+E export the table to CSV · Ctrl+Z / Ctrl+Shift+Z undo / redo · Ctrl+I import posts · Ctrl+Shift+B back up now · F5 reload from the data file (changes made by a command-line import while the window is open also appear on their own within a few seconds).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Strg+1…8 Tabs wechseln · Strg+K Arbeitsbereich wechseln · Strg+F Tabelle filtern · Strg+E Tabelle als CSV exportieren · Strg+Z / Strg+Umschalt+Z Rückgängig / Wiederholen · Strg+I Beiträge importieren · Strg+Umschalt+B jetzt sichern · F5 aus der Datendatei neu laden (Änderungen durch einen Import über die Kommandozeile bei geöffnetem Fenster erscheinen auch von selbst innerhalb weniger Sekunden).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="167" />
            <source>Definitions and help</source>
            <translation>Definitionen und Hilfe</translation>
        </message>
    </context>
    <context>
        <name>ImageDropZone</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="58" />
            <source>Drop a screenshot here
(PNG, JPEG, WebP, GIF, BMP)</source>
            <translation>Screenshot hier ablegen
(PNG, JPEG, WebP, GIF, BMP)</translation>
        </message>
    </context>
    <context>
        <name>ImageViewer</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="212" />
            <source>Loading {title}…</source>
            <translation>{title} wird geladen…</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="73" />
            <source>Import interactions — {file}</source>
            <translation>Interaktionen importieren — {file}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="75" />
            <source>Import engagers — {file}</source>
            <translation>Interagierende importieren — {file}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="77" />
            <source>Import posts — {file}</source>
            <translation>Beiträge importieren — {file}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="101" />
            <source>{file}: {rows}, {columns} ({encoding})</source>
            <translation>{file}: {rows}, {columns} ({encoding})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="103" />
            <source>%Ln data row(s)</source>
            <translation>
                <numerusform>%Ln Datenzeile</numerusform>
                <numerusform>%Ln Datenzeilen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="104" />
            <source>%n column(s)</source>
            <translation>
                <numerusform>%n Spalte</numerusform>
                <numerusform>%n Spalten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="113" />
            <source>Preset:</source>
            <translation>Vorlage:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="116" />
            <source>(your own mapping)</source>
            <translation>(eigene Zuordnung)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="121" />
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="340" />
            <source>{preset} (saved)</source>
            <translation>{preset} (gespeichert)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="131" />
            <source>Label for rows whose file has no label column</source>
            <translation>Ausrichtung für Zeilen, wenn die Datei keine Ausrichtungsspalte hat</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="133" />
            <source>(from preset)</source>
            <translation>(aus der Vorlage)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="138" />
            <source>(from the file)</source>
            <translation>(aus der Datei)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="139" />
            <source>month/day (US)</source>
            <translation>Monat/Tag (USA)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="140" />
            <source>day/month</source>
            <translation>Tag/Monat</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="143" />
            <source>from the file</source>
            <translation>aus der Datei</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="146" />
            <source>The file's dates have no year: pick one, or let the file decide (TikTok video ids, a run of consecutive days, else the most recent past date)</source>
            <translation>Die Daten der Datei haben kein Jahr: Wähle eines oder lass die Datei entscheiden (TikTok-Video-IDs, eine Folge aufeinanderfolgender Tage, sonst das jüngste vergangene Datum)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="150" />
            <source>Year:</source>
            <translation>Jahr:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="152" />
            <source>Default label:</source>
            <translation>Standard-Ausrichtung:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="154" />
            <source>Platform:</source>
            <translation>Plattform:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="157" />
            <source>Dates:</source>
            <translation>Daten:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="168" />
            <source>Column mapping (app field ← CSV column)</source>
            <translation>Spaltenzuordnung (App-Feld ← CSV-Spalte)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="174" />
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="176" />
            <source>column {number}</source>
            <translation>Spalte {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="187" />
            <source>Save mapping as preset…</source>
            <translation>Zuordnung als Vorlage speichern…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="192" />
            <source>Preview of the first %n rows as they will be stored</source>
            <translation>
                <numerusform>Vorschau der ersten %n Zeile, so wie sie gespeichert wird</numerusform>
                <numerusform>Vorschau der ersten %n Zeilen, so wie sie gespeichert werden</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="208" />
            <source>Import the good rows even if some are rejected</source>
            <translation>Die guten Zeilen importieren, auch wenn einige abgelehnt werden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="211" />
            <source>Off: any rejected row stops the import and nothing is written</source>
            <translation>Aus: Jede abgelehnte Zeile stoppt den Import, und nichts wird geschrieben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="214" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="216" />
            <source>Dry run</source>
            <translation>Probelauf</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="219" />
            <source>Check the whole file against your data and show what would change; writes nothing</source>
            <translation>Die ganze Datei mit deinen Daten abgleichen und zeigen, was sich ändern würde; schreibt nichts</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="223" />
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="238" />
            <source>detected: {preset}</source>
            <translation>erkannt: {preset}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="240" />
            <source>Not recognised: map the columns yourself (at least the * fields).</source>
            <translation>Nicht erkannt: Ordne die Spalten selbst zu (mindestens die *-Felder).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="296" />
            <source>%n rows previewed: {bad} with errors (highlighted; hover for the reason).</source>
            <translation>
                <numerusform>%n Zeile in der Vorschau: {bad} mit Fehlern (markiert; für den Grund darüberfahren).</numerusform>
                <numerusform>%n Zeilen in der Vorschau: {bad} mit Fehlern (markiert; für den Grund darüberfahren).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="303" />
            <source>%n skipped: {reasons}.</source>
            <translation>
                <numerusform>%n übersprungen: {reasons}.</numerusform>
                <numerusform>%n übersprungen: {reasons}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="312" />
            <source>Map a column to: {fields}.</source>
            <translation>Ordne eine Spalte zu: {fields}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="314" />
            <source>Choose the date order (Dates) — the file's dates read both ways.</source>
            <translation>Wähle die Datumsreihenfolge (Daten) — die Daten der Datei lassen sich in beide Richtungen lesen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="327" />
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="337" />
            <source>Save preset</source>
            <translation>Vorlage speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="327" />
            <source>Name for this mapping (e.g. 'My Instagram export'):</source>
            <translation>Name für diese Zuordnung (z. B. „Mein Instagram-Export“):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="350" />
            <source>Importing… (one transaction: Cancel leaves your data exactly as before)</source>
            <translation>Wird importiert… (eine Transaktion: Abbrechen lässt deine Daten genau wie vorher)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="357" />
            <source>Cancel import</source>
            <translation>Import abbrechen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="393" />
            <source>Cancelling… rolling back.</source>
            <translation>Wird abgebrochen… wird zurückgerollt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="402" />
            <source>The import failed and nothing was written: {error}</source>
            <translation>Der Import ist fehlgeschlagen, es wurde nichts geschrieben: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="404" />
            <source>Import failed — nothing was written.</source>
            <translation>Import fehlgeschlagen — es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="411" />
            <source>No problems.</source>
            <translation>Keine Probleme.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="426" />
            <source>Rejected rows (line number and reason) and warnings:</source>
            <translation>Abgelehnte Zeilen (Zeilennummer und Grund) und Warnungen:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="431" />
            <source>Export report to CSV…</source>
            <translation>Bericht als CSV exportieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="435" />
            <source>Back to the mapping</source>
            <translation>Zurück zur Zuordnung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="437" />
            <source>After a dry run: change choices, or import for real</source>
            <translation>Nach einem Probelauf: Auswahl ändern oder wirklich importieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="441" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="452" />
            <source>Export import report</source>
            <translation>Importbericht exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="454" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="463" />
            <source>Export report</source>
            <translation>Bericht exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="464" />
            <source>Could not write {path}: {error}</source>
            <translation>{path} konnte nicht geschrieben werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/import_preview_table_model.py" line="18" />
            <source>skip: {reason}</source>
            <translation>übersprungen: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/import_preview_table_model.py" line="20" />
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/import_preview_table_model.py" line="22" />
            <source>warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/import_preview_table_model.py" line="23" />
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/import_preview_table_model.py" line="35" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/import_preview_table_model.py" line="37" />
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/import_preview_table_model.py" line="68" />
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/import_preview_table_model.py" line="70" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>InsightTableModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="28" />
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="29" />
            <source>Posts</source>
            <translation>Beiträge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="30" />
            <source>Median replies/1k</source>
            <translation>Median Antworten/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="31" />
            <source>Mean replies/1k</source>
            <translation>Mittel Antworten/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="32" />
            <source>Saves/1k</source>
            <translation>Speicherungen/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="33" />
            <source>ER %</source>
            <translation>ER %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="34" />
            <source>Returning reached</source>
            <translation>Erreichte Wiederkehrende</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="35" />
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="38" />
            <source>The theme, format, ritual or prompt-ladder rung</source>
            <translation>Das Thema, Format, Ritual oder die Stufe der Impuls-Leiter</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="39" />
            <source>Posts of the period and label in this group (a post with two themes counts in both)</source>
            <translation>Beiträge des Zeitraums und Labels in dieser Gruppe (ein Beitrag mit zwei Themen zählt in beiden)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="42" />
            <source>Median of each post's replies / reach × 1000 — one viral post cannot carry it</source>
            <translation>Median der Antworten / Reichweite × 1000 jedes Beitrags – ein viraler Beitrag kann ihn nicht allein tragen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="45" />
            <source>Mean of each post's replies / reach × 1000</source>
            <translation>Mittelwert der Antworten / Reichweite × 1000 jedes Beitrags</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="46" />
            <source>Group saves / group reach × 1000 (pooled); benchmark 10–40</source>
            <translation>Speicherungen der Gruppe / Reichweite der Gruppe × 1000 (zusammengefasst); Richtwert 10–40</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="47" />
            <source>Group engagements / group reach (or impressions, per workspace setting) in percent; benchmark 3–8 %</source>
            <translation>Interaktionen der Gruppe / Reichweite der Gruppe (oder Impressionen, je nach Einstellung des Arbeitsbereichs) in Prozent; Richtwert 3–8 %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="51" />
            <source>Distinct people who engaged with these posts in the period and are returning engagers (2+ distinct days in the 30 days ending on the period's last day)</source>
            <translation>Verschiedene Personen, die im Zeitraum mit diesen Beiträgen interagiert haben und wiederkehrende Interagierende sind (2+ verschiedene Tage in den 30 Tagen bis zum letzten Tag des Zeitraums)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="56" />
            <source>'too few posts to judge' below the minimum post count (setting, default 3)</source>
            <translation>„zu wenige Beiträge für eine Bewertung“ unter der Mindestzahl an Beiträgen (Einstellung, Standard 3)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="62" />
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="63" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="64" />
            <source>Ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="65" />
            <source>Rung</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="94" />
            <source>too few posts to judge</source>
            <translation>zu wenige Beiträge für eine Bewertung</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="195" />
            <source>Only %n post(s): too few to judge — shown, but not ranked as evidence.</source>
            <translation>
                <numerusform>Nur %n Beitrag: zu wenige für eine Bewertung – angezeigt, aber nicht als Beleg gewertet.</numerusform>
                <numerusform>Nur %n Beiträge: zu wenige für eine Bewertung – angezeigt, aber nicht als Beleg gewertet.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="201" />
            <source>Benchmark {low}–{high}: below</source>
            <translation>Richtwert {low}–{high}: darunter</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="203" />
            <source>Benchmark {low}–{high}: in</source>
            <translation>Richtwert {low}–{high}: darin</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="205" />
            <source>Benchmark {low}–{high}: above</source>
            <translation>Richtwert {low}–{high}: darüber</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="207" />
            <source> (polls and Q and A have their own, higher ER band)</source>
            <translation> (Umfragen und Fragerunden haben einen eigenen, höheren ER-Richtwertbereich)</translation>
        </message>
    </context>
    <context>
        <name>InsightsTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="61" />
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="62" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="63" />
            <source>Ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="64" />
            <source>Prompt rung</source>
            <translation>Impuls-Stufe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="67" />
            <source>Community posts</source>
            <translation>Community-Beiträge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="68" />
            <source>Reach posts</source>
            <translation>Reichweiten-Beiträge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="69" />
            <source>All posts</source>
            <translation>Alle Beiträge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="72" />
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="73" />
            <source>Last 90 days</source>
            <translation>Letzte 90 Tage</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="74" />
            <source>Last 180 days</source>
            <translation>Letzte 180 Tage</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="75" />
            <source>Last 365 days</source>
            <translation>Letzte 365 Tage</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="76" />
            <source>Custom</source>
            <translation>Eigener Zeitraum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="89" />
            <source>Median / mean replies per 1k: over each post's own replies ÷ reach × 1000. Saves/1k and ER: pooled over the group. Returning reached: distinct people who engaged with these posts in the period and engaged on 2+ days in the 30 days ending on the period's last day. Groups with fewer than {n} posts are marked “too few posts to judge” and listed last. Colours: below / in / above the benchmark band.</source>
            <translation>Median / Mittel der Antworten pro 1.000: über die eigenen Antworten ÷ Reichweite × 1000 jedes Beitrags. Speicherungen/1.000 und ER: über die Gruppe zusammengefasst. Erreichte Wiederkehrende: verschiedene Personen, die im Zeitraum mit diesen Beiträgen interagiert haben und in den 30 Tagen bis zum letzten Tag des Zeitraums an 2+ Tagen interagiert haben. Gruppen mit weniger als {n} Beiträgen sind als „zu wenige Beiträge für eine Bewertung“ markiert und stehen am Ende. Farben: unter / in / über dem Richtwertbereich.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="150" />
            <source>Group the period's posts by theme, format, ritual or the prompt-ladder rung</source>
            <translation>Die Beiträge des Zeitraums nach Thema, Format, Ritual oder Stufe der Impuls-Leiter gruppieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="163" />
            <source>Judge community posts on replies and saves; reach posts on shares and discovery</source>
            <translation>Community-Beiträge nach Antworten und Speicherungen bewerten, Reichweiten-Beiträge nach Shares und Entdeckung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="169" />
            <source>Minimum posts for a group or time slot to be judged (saved for this workspace; default 3)</source>
            <translation>Mindestzahl an Beiträgen, damit eine Gruppe oder ein Zeitfenster bewertet wird (für diesen Arbeitsbereich gespeichert; Standard 3)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="179" />
            <source>Group by</source>
            <translation>Gruppieren nach</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="180" />
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="181" />
            <source>from</source>
            <translation>von</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="182" />
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="183" />
            <source>Posts</source>
            <translation>Beiträge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="184" />
            <source>Min. posts</source>
            <translation>Min. Beiträge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="209" />
            <source>Log a decision</source>
            <translation>Entscheidung festhalten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="217" />
            <source>Filter groups… (Ctrl+F)</source>
            <translation>Gruppen filtern… (Strg+F)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="231" />
            <source>per 1,000 reach</source>
            <translation>pro 1.000 Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="246" />
            <source>Shortlist</source>
            <translation>Auswahlliste</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="249" />
            <source>Best times</source>
            <translation>Beste Zeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="250" />
            <source>Decision log</source>
            <translation>Entscheidungsprotokoll</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="260" />
            <source>No posts in this period yet. Log or import posts on the Posts tab, tag them with themes and formats, and their ranking appears here.</source>
            <translation>In diesem Zeitraum gibt es noch keine Beiträge. Erfasse oder importiere Beiträge im Tab „Beiträge“, versieh sie mit Themen und Formaten, dann erscheint hier ihre Rangliste.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="280" />
            <source>Themes of &lt;b&gt;community posts&lt;/b&gt; proven by replies &lt;i&gt;and&lt;/i&gt; saves per 1k reach (score = mean of both, each scaled to its benchmark top). Only themes with enough posts count as evidence.</source>
            <translation>Themen von &lt;b&gt;Community-Beiträgen&lt;/b&gt;, belegt durch Antworten &lt;i&gt;und&lt;/i&gt; Speicherungen pro 1.000 Reichweite (Wert = Mittel aus beiden, jeweils auf die Obergrenze ihres Richtwerts skaliert). Nur Themen mit genug Beiträgen zählen als Beleg.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="390" />
            <source>The period ends before it starts.</source>
            <translation>Der Zeitraum endet, bevor er beginnt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="404" />
            <source>Computing…</source>
            <translation>Wird berechnet…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="409" />
            <source>Could not compute insights: {reason}</source>
            <translation>Die Auswertungen konnten nicht berechnet werden: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="424" />
            <source>&lt;b&gt;%n&lt;/b&gt; community post(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; Community-Beitrag</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; Community-Beiträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="426" />
            <source>&lt;b&gt;%n&lt;/b&gt; reach post(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; Reichweiten-Beitrag</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; Reichweiten-Beiträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="428" />
            <source>&lt;b&gt;%n&lt;/b&gt;  post(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; Beitrag</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; Beiträge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="432" />
            <source>{posts} from {since} to {until}: median replies/1k &lt;b&gt;{median}&lt;/b&gt;, saves/1k &lt;b&gt;{saves}&lt;/b&gt;, ER &lt;b&gt;{er}&lt;/b&gt; (by {denominator}); &lt;b&gt;{returning}&lt;/b&gt; returning engagers in the 30 days to {day}.</source>
            <translation>{posts} vom {since} bis {until}: Median Antworten/1.000 &lt;b&gt;{median}&lt;/b&gt;, Speicherungen/1.000 &lt;b&gt;{saves}&lt;/b&gt;, ER &lt;b&gt;{er}&lt;/b&gt; (nach {denominator}); &lt;b&gt;{returning}&lt;/b&gt; wiederkehrende Interagierende (30 Tage bis {day})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/chart.py" line="55" />
            <source>Nothing to chart: no group has enough posts yet</source>
            <translation>Nichts darzustellen: noch keine Gruppe hat genug Beiträge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/chart.py" line="68" />
            <source>Replies/1k</source>
            <translation>Antworten/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/chart.py" line="76" />
            <source>Saves/1k</source>
            <translation>Speicherungen/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/chart.py" line="37" />
            <source>Judged themes: median replies/1k and saves/1k</source>
            <translation>Bewertete Themen: Median Antworten/1.000 und Speicherungen/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/chart.py" line="38" />
            <source>Judged formats: median replies/1k and saves/1k</source>
            <translation>Bewertete Formate: Median Antworten/1.000 und Speicherungen/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/chart.py" line="39" />
            <source>Judged rituals: median replies/1k and saves/1k</source>
            <translation>Bewertete Rituale: Median Antworten/1.000 und Speicherungen/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/chart.py" line="40" />
            <source>Judged rungs: median replies/1k and saves/1k</source>
            <translation>Bewertete Stufen: Median Antworten/1.000 und Speicherungen/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="499" />
            <source>No theme has enough community posts with reach in this period yet. Tag posts with themes (Posts tab) or widen the period.</source>
            <translation>Noch kein Thema hat in diesem Zeitraum genug Community-Beiträge mit Reichweite. Versieh Beiträge mit Themen (Tab „Beiträge“) oder erweitere den Zeitraum.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="514" />
            <source>&lt;b&gt;{rank}. {theme}&lt;/b&gt; — score {score}/100</source>
            <translation>&lt;b&gt;{rank}. {theme}&lt;/b&gt; – Wert {score}/100</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="522" />
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="552" />
            <source>Add to next sprint</source>
            <translation>Zum nächsten Sprint hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="524" />
            <source>Adds a task to week 1 of the upcoming sprint, or the current sprint's next week</source>
            <translation>Fügt eine Aufgabe zu Woche 1 des kommenden Sprints hinzu oder zur nächsten Woche des laufenden Sprints</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="527" />
            <source>Add a prompt…</source>
            <translation>Impuls hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="528" />
            <source>Adds a prompt about this theme to the prompt library</source>
            <translation>Fügt der Impulsbibliothek einen Impuls zu diesem Thema hinzu</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="546" />
            <source>add “{theme}” to the sprint plan</source>
            <translation>„{theme}“ zum Sprint-Plan hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="555" />
            <source>Added “{theme}” to {sprint}, week {week} (Ctrl+Z undoes)</source>
            <translation>„{theme}“ zu {sprint}, Woche {week} hinzugefügt (Strg+Z macht es rückgängig)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="574" />
            <source>add a prompt to the library</source>
            <translation>Impuls zur Impulsbibliothek hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="580" />
            <source>Add a prompt</source>
            <translation>Impuls hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="582" />
            <source>Prompt added to the library (Ctrl+Z undoes)</source>
            <translation>Impuls zur Impulsbibliothek hinzugefügt (Strg+Z macht es rückgängig)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="56" />
            <source>Promise</source>
            <translation>Versprechen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="57" />
            <source>Rituals</source>
            <translation>Rituale</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="58" />
            <source>Posts</source>
            <translation>Beiträge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="59" />
            <source>Deals</source>
            <translation>Deals</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="60" />
            <source>Creators</source>
            <translation>Creator</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="61" />
            <source>Sprint</source>
            <translation>Sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="62" />
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="63" />
            <source>Insights</source>
            <translation>Insights</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="200" />
            <location filename="../../microcomm_desktop/ui/startup.py" line="186" />
            <source>Workspace</source>
            <translation>Arbeitsbereich</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="203" />
            <location filename="../../microcomm_desktop/ui/startup.py" line="188" />
            <source> Workspace: </source>
            <translation> Arbeitsbereich: </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="207" />
            <source>Switch between communities or clients (Ctrl+K)</source>
            <translation>Zwischen Communitys oder Kunden wechseln (Strg+K)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="212" />
            <source>Remove sample community…</source>
            <translation>Beispiel-Community entfernen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="215" />
            <source>Delete the sample community (backup first; undo until the app closes)</source>
            <translation>Die Beispiel-Community löschen (vorher eine Sicherung; rückgängig machbar, bis die App schließt)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="298" />
            <source>{tab}: could not save an open edit: {reason}</source>
            <translation>{tab}: eine offene Bearbeitung konnte nicht gespeichert werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="403" />
            <location filename="../../microcomm_desktop/ui/main_window.py" line="428" />
            <source>Workspace: {name}</source>
            <translation>Arbeitsbereich: {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="404" />
            <location filename="../../microcomm_desktop/ui/main_window.py" line="430" />
            <source>{name} — {app}</source>
            <translation>{name} — {app}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="407" />
            <source>Reloaded from the data file.</source>
            <translation>Aus der Datendatei neu geladen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="409" />
            <source>The data was changed outside this window (for example a command-line import); reloaded.</source>
            <translation>Die Daten wurden außerhalb dieses Fensters geändert (zum Beispiel durch einen Import über die Kommandozeile); neu geladen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="427" />
            <source>no workspace</source>
            <translation>kein Arbeitsbereich</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="470" />
            <location filename="../../microcomm_desktop/ui/main_window.py" line="476" />
            <source>Rename workspace</source>
            <translation>Arbeitsbereich umbenennen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="470" />
            <source>New name:</source>
            <translation>Neuer Name:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="483" />
            <source>Not renamed: {reason}</source>
            <translation>Nicht umbenannt: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="498" />
            <location filename="../../microcomm_desktop/ui/main_window.py" line="515" />
            <source>Delete workspace</source>
            <translation>Arbeitsbereich löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="500" />
            <source>Delete {name} with all its posts, interactions, rituals, deals and sprints?

A backup of the whole data file is written first, and File › Undo delete brings it back until you close MicroComm.</source>
            <translation>{name} mit allen Beiträgen, Interaktionen, Ritualen, Deals und Sprints löschen?

Vorher wird die ganze Datendatei gesichert, und Datei › Löschen rückgängig machen holt ihn zurück, bis du MicroComm schließt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="515" />
            <source>Not deleted: {reason}</source>
            <translation>Nicht gelöscht: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="523" />
            <source>Deleted {name}. Undo: File › Undo delete (until MicroComm closes); backup: {backup}</source>
            <translation>{name} gelöscht. Rückgängig: Datei › Löschen rückgängig machen (bis MicroComm schließt); Sicherung: {backup}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="537" />
            <source>Undo delete</source>
            <translation>Löschen rückgängig machen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="537" />
            <source>Not restored: {reason}</source>
            <translation>Nicht wiederhergestellt: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="544" />
            <source>Restored {name}.</source>
            <translation>{name} wiederhergestellt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="553" />
            <source>U&amp;ndo delete of “{name}”</source>
            <translation>Löschen von „{name}“ &amp;rückgängig machen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="556" />
            <source>U&amp;ndo delete</source>
            <translation>Löschen &amp;rückgängig machen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="594" />
            <source>Workspace settings</source>
            <translation>Einstellungen des Arbeitsbereichs</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="594" />
            <source>Not saved: {reason}</source>
            <translation>Nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="606" />
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="638" />
            <source>Create or pick a workspace first.</source>
            <translation>Erstelle oder wähle zuerst einen Arbeitsbereich.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="647" />
            <source>{tab}: this action is not available yet.</source>
            <translation>{tab}: diese Aktion ist noch nicht verfügbar.</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="345" />
            <source>Merge people</source>
            <translation>Personen zusammenführen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="350" />
            <source>Keep &lt;b&gt;@{handle}&lt;/b&gt; ({platform}) and move every interaction of this handle onto them (the same person under two names or platforms). Undo with Ctrl+Z.</source>
            <translation>&lt;b&gt;@{handle}&lt;/b&gt; ({platform}) behalten und jede Interaktion dieses Handles dorthin verschieben (dieselbe Person unter zwei Namen oder Plattformen). Rückgängig mit Strg+Z.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="365" />
            <source>Merge</source>
            <translation>Zusammenführen</translation>
        </message>
    </context>
    <context>
        <name>NewSprintDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="96" />
            <source>New sprint</source>
            <translation>Neuer Sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="100" />
            <source>e.g. Month 1: foundations</source>
            <translation>z. B. Monat 1: Grundlagen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="107" />
            <source>Free text, e.g. Alex, Sam</source>
            <translation>Freitext, z. B. Alex, Sam</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="109" />
            <source>The 4-week template</source>
            <translation>Die 4-Wochen-Vorlage</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="111" />
            <source>A copy of “{name}”</source>
            <translation>Eine Kopie von „{name}“</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="116" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="117" />
            <source>&amp;Starts:</source>
            <translation>&amp;Beginn:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="120" />
            <source>&amp;Owners:</source>
            <translation>&amp;Verantwortliche:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="121" />
            <source>Start &amp;from:</source>
            <translation>&amp;Ausgangspunkt:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="125" />
            <source>Week {number}</source>
            <translation>Woche {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="128" />
            <source>One task per line</source>
            <translation>Eine Aufgabe pro Zeile</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="131" />
            <source>Goal:</source>
            <translation>Ziel:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="132" />
            <source>Deliverable:</source>
            <translation>Ergebnis:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="133" />
            <source>Tasks:</source>
            <translation>Aufgaben:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="147" />
            <source>30 days, ends {day}</source>
            <translation>30 Tage, endet am {day}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="175" />
            <source>Week {number}: {problem}</source>
            <translation>Woche {number}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>NewWorkspaceDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="88" />
            <source>Start a community</source>
            <translation>Eine Community starten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="93" />
            <source>e.g. Mobility Run Club, or a client's name</source>
            <translation>z. B. Mobility Run Club oder der Name eines Kunden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="105" />
            <source>Days and weeks are counted in this zone (default: this computer's).</source>
            <translation>Tage und Wochen werden in dieser Zeitzone gezählt (Standard: die dieses Computers).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="111" />
            <source>Community or client &amp;name:</source>
            <translation>&amp;Name der Community oder des Kunden:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="112" />
            <source>&amp;Time zone:</source>
            <translation>&amp;Zeitzone:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="116" />
            <source>Create</source>
            <translation>Anlegen</translation>
        </message>
    </context>
    <context>
        <name>OnboardingSection</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="22" />
            <source>The pinned welcome post: the rules, what to post, and how to get help.</source>
            <translation>Der angeheftete Willkommensbeitrag: die Regeln, was man posten kann und wie man Hilfe bekommt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="32" />
            <source>Rules:</source>
            <translation>Regeln:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="33" />
            <source>What to post:</source>
            <translation>Was posten:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="34" />
            <source>How to get help:</source>
            <translation>Wie man Hilfe bekommt:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="38" />
            <source>Save welcome post</source>
            <translation>Willkommensbeitrag speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="40" />
            <source>Copy to clipboard</source>
            <translation>In die Zwischenablage kopieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="59" />
            <source> — a bit short</source>
            <translation> — etwas kurz</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="59" />
            <source> — long: members skim pinned posts</source>
            <translation> — lang: Mitglieder überfliegen angeheftete Beiträge</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="61" />
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n Wort</numerusform>
                <numerusform>%n Wörter</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="64" />
            <source>Edit welcome post</source>
            <translation>Willkommensbeitrag bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="73" />
            <source>Welcome post copied to the clipboard.</source>
            <translation>Willkommensbeitrag in die Zwischenablage kopiert.</translation>
        </message>
    </context>
    <context>
        <name>PlanNextDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="320" />
            <source>Plan next month</source>
            <translation>Nächsten Monat planen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="325" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="326" />
            <source>{day} (the day after “{name}” ends), 30 days</source>
            <translation>{day} (der Tag nach dem Ende von „{name}“), 30 Tage</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="327" />
            <source>Starts:</source>
            <translation>Beginn:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="328" />
            <source>&amp;Owners:</source>
            <translation>&amp;Verantwortliche:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="330" />
            <source>Verdict: &lt;b&gt;{verdict}&lt;/b&gt; — {explanation}</source>
            <translation>Urteil: &lt;b&gt;{verdict}&lt;/b&gt; — {explanation}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="336" />
            <source>Unfinished tasks to carry over</source>
            <translation>Offene Aufgaben zum Übernehmen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="338" />
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="351" />
            <source>Week {number}: {title}</source>
            <translation>Woche {number}: {title}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="348" />
            <source>Add the narrowing tasks: {tasks}</source>
            <translation>Die Eingrenzungsaufgaben hinzufügen: {tasks}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="358" />
            <source>&lt;b&gt;Carry these unfinished tasks&lt;/b&gt; into week 1 (%n open; untick what to drop):</source>
            <translation>
                <numerusform>&lt;b&gt;Diese offenen Aufgaben&lt;/b&gt; in Woche 1 übernehmen (%n offen; entferne das Häkchen bei dem, was wegfallen soll):</numerusform>
                <numerusform>&lt;b&gt;Diese offenen Aufgaben&lt;/b&gt; in Woche 1 übernehmen (%n offen; entferne das Häkchen bei dem, was wegfallen soll):</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="361" />
            <source>&lt;b&gt;No unfinished tasks&lt;/b&gt; to carry over.</source>
            <translation>&lt;b&gt;Keine offenen Aufgaben&lt;/b&gt; zum Übernehmen.</translation>
        </message>
    </context>
    <context>
        <name>PostDetail</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="24" />
            <source>Selected post</source>
            <translation>Ausgewählter Beitrag</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="32" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="62" />
            <source>Select a post to see its conversation and log interactions.</source>
            <translation>Wähle einen Beitrag, um sein Gespräch zu sehen und Interaktionen zu erfassen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="48" />
            <source>Latest interactions on this post (time, who, kind, answering whom)</source>
            <translation>Neueste Interaktionen auf diesen Beitrag (Zeit, wer, Art, Antwort an wen)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="57" />
            <source>Logs {post}</source>
            <translation>Erfasst {post}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="65" />
            <source>(no title)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="66" />
            <source>no format</source>
            <translation>kein Format</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="69" />
            <source>Themes: &lt;b&gt;{themes}&lt;/b&gt;</source>
            <translation>Themen: &lt;b&gt;{themes}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="71" />
            <source>Themes: &lt;i&gt;none yet&lt;/i&gt; — tag it (Ctrl+T) so Insights can rank what this post is about</source>
            <translation>Themen: &lt;i&gt;noch keine&lt;/i&gt; — verschlagworte ihn (Strg+T), damit Insights einordnen kann, worum es in diesem Beitrag geht</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="76" />
            <source>{date} · {platform} · {label} post · {format}</source>
            <translation>{date} · {platform} · {label}-Beitrag · {format}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="81" />
            <source>Your own content themes; edit them in the post form, the Themes cell or with Tag…</source>
            <translation>Deine eigenen Inhaltsthemen; bearbeite sie im Beitragsformular, in der Zelle „Themen“ oder mit „Verschlagworten…“</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="85" />
            <source>none logged</source>
            <translation>keine erfasst</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="89" />
            <source>&lt;b&gt;%n&lt;/b&gt; people</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; Person</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="90" />
            <source>&lt;b&gt;%n&lt;/b&gt; interaction(s) from {people} ({kinds}).</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; Interaktion von {people} ({kinds}).</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; Interaktionen von {people} ({kinds}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="93" />
            <source>&lt;b&gt;%n&lt;/b&gt; thread(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; Thread</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; Threads</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="94" />
            <source>&lt;b&gt;%n&lt;/b&gt; deep thread(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; tiefer Thread</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; tiefe Threads</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="95" />
            <source>Conversation depth: {threads}, &lt;b&gt;{mean}&lt;/b&gt; messages per thread, {deep}</source>
            <translation>Gesprächstiefe: {threads}, &lt;b&gt;{mean}&lt;/b&gt; Nachrichten pro Thread, {deep}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="99" />
            <source>A thread is a top-level comment (or DM) plus its replies; deep = at least 3 messages from at least 2 people</source>
            <translation>Ein Thread ist ein Kommentar der obersten Ebene (oder eine DM) plus seine Antworten; tief = mindestens 3 Nachrichten von mindestens 2 Personen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="102" />
            <source>(deep = 3+ messages from 2+ people: members talking to each other)</source>
            <translation>(tief = 3+ Nachrichten von 2+ Personen: Mitglieder sprechen miteinander)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="121" />
            <source>Logged by &lt;b&gt;{logged}&lt;/b&gt;, last changed by &lt;b&gt;{changed}&lt;/b&gt;.</source>
            <translation>Erfasst von &lt;b&gt;{logged}&lt;/b&gt;, zuletzt geändert von &lt;b&gt;{changed}&lt;/b&gt;.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="125" />
            <source>Logged by &lt;b&gt;{logged}&lt;/b&gt;.</source>
            <translation>Erfasst von &lt;b&gt;{logged}&lt;/b&gt;.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="127" />
            <source>Last changed by &lt;b&gt;{changed}&lt;/b&gt;.</source>
            <translation>Zuletzt geändert von &lt;b&gt;{changed}&lt;/b&gt;.</translation>
        </message>
    </context>
    <context>
        <name>PostEdits</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="49" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="77" />
            <source>Add post</source>
            <translation>Beitrag hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="87" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="89" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="162" />
            <source>Edit post</source>
            <translation>Beitrag bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="107" />
            <source>Kept the other member's version of the post.</source>
            <translation>Die Fassung des anderen Mitglieds wurde behalten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="134" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="143" />
            <source>Posts</source>
            <translation>Beiträge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="135" />
            <source>Not saved: another member changed this post; open it again.</source>
            <translation>Nicht gespeichert: Ein anderes Mitglied hat diesen Beitrag geändert; öffne ihn erneut.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="144" />
            <source>Not saved: {error}</source>
            <translation>Nicht gespeichert: {error}</translation>
        </message>
    </context>
    <context>
        <name>PostFilters</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="24" />
            <source>from YYYY-MM-DD</source>
            <translation>von JJJJ-MM-TT</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="26" />
            <source>to YYYY-MM-DD</source>
            <translation>bis JJJJ-MM-TT</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="32" />
            <source>All platforms</source>
            <translation>Alle Plattformen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="34" />
            <source>other</source>
            <translation>andere</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="36" />
            <source>All labels</source>
            <translation>Alle Ausrichtungen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="42" />
            <source>Show posts carrying one theme, any theme, or none yet (to tag them)</source>
            <translation>Beiträge mit einem bestimmten Thema, mit irgendeinem Thema oder noch ohne Thema zeigen (um sie zu verschlagworten)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="45" />
            <source>Dates:</source>
            <translation>Daten:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="60" />
            <source>Any ritual or none</source>
            <translation>Beliebiges Ritual oder keins</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="61" />
            <source>Carried a ritual</source>
            <translation>Mit Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="62" />
            <source>No ritual</source>
            <translation>Ohne Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="76" />
            <source>Any theme or none</source>
            <translation>Beliebiges Thema oder keins</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="77" />
            <source>Has a theme</source>
            <translation>Hat ein Thema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="78" />
            <source>No theme yet</source>
            <translation>Noch ohne Thema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="93" />
            <source>'{text}' is not a date like 2026-11-01</source>
            <translation>„{text}“ ist kein Datum wie 2026-11-01</translation>
        </message>
    </context>
    <context>
        <name>PostFormDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="57" />
            <source>Post</source>
            <translation>Beitrag</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="77" />
            <source>Date/time *</source>
            <translation>Datum/Uhrzeit *</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="77" />
            <source>2026-11-24 18:30 (your local time)</source>
            <translation>2026-11-24 18:30 (deine Ortszeit)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="83" />
            <source>community: judged on replies, saves, depth · reach: judged on shares, discovery</source>
            <translation>community: bewertet nach Antworten, Speicherungen, Tiefe · reach: bewertet nach Shares, Entdeckung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="85" />
            <source>Label *</source>
            <translation>Ausrichtung *</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="90" />
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="100" />
            <source>Pick one of your promise's recurring formats (listed first) or type your own; Insights ranks formats. A format naming a poll, quiz or Q and A is judged on the poll and Q and A ER band.</source>
            <translation>Wähle eines der wiederkehrenden Formate deines Versprechens (oben aufgeführt) oder gib ein eigenes ein; Insights stellt eine Rangfolge der Formate auf. Ein Format, das eine Umfrage, ein Quiz oder ein Q&amp;A nennt, wird am ER-Bereich für Umfragen und Q&amp;A gemessen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="104" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="108" />
            <source>Themes</source>
            <translation>Themen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="109" />
            <source>Title or caption</source>
            <translation>Titel oder Bildunterschrift</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="110" />
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="112" />
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="117" />
            <source>The ritual occurrence this post carried (optional)</source>
            <translation>Der Ritual-Termin, den dieser Beitrag getragen hat (optional)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="118" />
            <source>Ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="120" />
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="120" />
            <source>0 if unknown</source>
            <translation>0, falls unbekannt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="124" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="164" />
            <source>Discard what you typed in this post?</source>
            <translation>Die Eingaben in diesem Beitrag verwerfen?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="250" />
            <source>%n new theme(s) created on save: {themes}</source>
            <translation>
                <numerusform>%n neues Thema wird beim Speichern angelegt: {themes}</numerusform>
                <numerusform>%n neue Themen werden beim Speichern angelegt: {themes}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="258" />
            <source>Fix %n field(s) to save.</source>
            <translation>
                <numerusform>Korrigiere %n Feld, um zu speichern.</numerusform>
                <numerusform>Korrigiere %n Felder, um zu speichern.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PostImports</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/imports.py" line="25" />
            <source>Import interactions</source>
            <translation>Interaktionen importieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/imports.py" line="27" />
            <source>Import engagers</source>
            <translation>Interagierende importieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/imports.py" line="28" />
            <source>Import posts</source>
            <translation>Beiträge importieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/imports.py" line="64" />
            <source>CSV exports (*.csv *.txt *.tsv *.zip);;All files (*)</source>
            <translation>CSV-Exporte (*.csv *.txt *.tsv *.zip);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/imports.py" line="84" />
            <source>{problem}

Import the file anyway, keeping that field as it is?</source>
            <translation>{problem}

Die Datei trotzdem importieren und dieses Feld so lassen, wie es ist?</translation>
        </message>
    </context>
    <context>
        <name>PostTableModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="53" />
            <source>ER</source>
            <translation>ER</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="54" />
            <source>Saves/1k reach</source>
            <translation>Speicherungen/1k Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="55" />
            <source>Replies/1k reach</source>
            <translation>Antworten/1k Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="56" />
            <source>Ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="91" />
            <source>Saves per 1,000 reach: saves / reach × 1000. Judged on community posts.</source>
            <extracomment>Column widths in pixels (None: fitted to the header by the tab).</extracomment>
            <translation>Speicherungen pro 1.000 Reichweite: Speicherungen / Reichweite × 1000. Bewertet bei community-Beiträgen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="94" />
            <source>Replies per 1,000 reach: comments and replies / reach × 1000. Judged on community posts.</source>
            <translation>Antworten pro 1.000 Reichweite: Kommentare und Antworten / Reichweite × 1000. Bewertet bei community-Beiträgen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="153" />
            <source>n/a</source>
            <extracomment>Rows handed to the views at a time (``canFetchMore``/``fetchMore``): the two proxies and the view map every row they are given, ~3 µs a row in the GUI thread (0.6 s for 200,000 posts); scrolling down fetches the next.</extracomment>
            <translation>k. A.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="344" />
            <source>ER by impressions %</source>
            <translation>ER nach Impressionen %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="344" />
            <source>ER by reach %</source>
            <translation>ER nach Reichweite %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="347" />
            <source>Engagement rate = engagements / {definition} × 100 (the workspace's definition; change it in Workspace settings). Engagements = likes + comments + shares + saves, or the platform's own total when the import had one.</source>
            <translation>Engagement-Rate = Engagements / {definition} × 100 (die Definition des Arbeitsbereichs; änderbar in den Einstellungen des Arbeitsbereichs). Engagements = Likes + Kommentare + Shares + Speicherungen oder die eigene Summe der Plattform, wenn der Import eine hatte.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="350" />
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="432" />
            <source>impressions</source>
            <translation>Impressionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="350" />
            <source>reach</source>
            <translation>Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="396" />
            <source>Benchmark {low}–{high}%</source>
            <translation>Richtwert {low}–{high} %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="398" />
            <source>Benchmark {low}–{high} per 1k reach</source>
            <translation>Richtwert {low}–{high} pro 1k Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="400" />
            <source> (the poll and Q and A band: this post's format is a poll or Q and A)</source>
            <translation> (der Bereich für Umfragen und Fragerunden: Das Format dieses Beitrags ist eine Umfrage oder eine Fragerunde)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="406" />
            <source>{head}. n/a: no reach recorded for this post (choose views or impressions to stand in for reach on this platform in Workspace settings).</source>
            <translation>{head}. k. A.: Für diesen Beitrag ist keine Reichweite erfasst (wähle in den Einstellungen des Arbeitsbereichs Aufrufe oder Impressionen als Ersatz für die Reichweite auf dieser Plattform).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="409" />
            <source>{head}. n/a: no impressions recorded for this post.</source>
            <translation>{head}. k. A.: Für diesen Beitrag sind keine Impressionen erfasst.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="411" />
            <source>. * No reach on this post: {standin} stand in for reach (Workspace settings)</source>
            <translation>. * Keine Reichweite bei diesem Beitrag: {standin} ersetzen die Reichweite (Einstellungen des Arbeitsbereichs)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="416" />
            <source>{head}. Not judged: a {label} post is judged on its own job (shares and discovery).</source>
            <translation>{head}. Nicht bewertet: Ein {label}-Beitrag wird nach seiner eigenen Aufgabe bewertet (Shares und Entdeckung).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="419" />
            <source>Below the band ({head}). Action if low: {action}.</source>
            <translation>Unter dem Richtwertbereich ({head}). Maßnahme, wenn niedrig: {action}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="421" />
            <source>Above the band ({head}).</source>
            <translation>Über dem Richtwertbereich ({head}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="422" />
            <source>Inside the band ({head}).</source>
            <translation>Im Richtwertbereich ({head}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="432" />
            <source>views</source>
            <translation>Aufrufe</translation>
        </message>
    </context>
    <context>
        <name>PostsTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="109" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="533" />
            <source>Add post</source>
            <translation>Beitrag hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="109" />
            <source>Add a post by hand (Ctrl+Shift+N)</source>
            <translation>Einen Beitrag von Hand hinzufügen (Strg+Umschalt+N)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="112" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="535" />
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="112" />
            <source>Edit the selected post (Enter)</source>
            <translation>Den ausgewählten Beitrag bearbeiten (Eingabe)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="115" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="536" />
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="115" />
            <source>Copy the selected post (Ctrl+D)</source>
            <translation>Den ausgewählten Beitrag kopieren (Strg+D)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="118" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="118" />
            <source>Delete the selected posts (Del)</source>
            <translation>Die ausgewählten Beiträge löschen (Entf)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="122" />
            <source>Tag…</source>
            <translation>Verschlagworten…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="124" />
            <source>Add or remove themes on the selected posts (Ctrl+T); undo with Ctrl+Z</source>
            <translation>Themen bei den ausgewählten Beiträgen hinzufügen oder entfernen (Strg+T); rückgängig mit Strg+Z</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="129" />
            <source>Import…</source>
            <translation>Importieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="131" />
            <source>Import a platform export (Ctrl+I) — or drop a .csv here</source>
            <translation>Einen Plattform-Export importieren (Strg+I) — oder eine .csv hier ablegen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="135" />
            <source>Posts CSV…</source>
            <translation>Beiträge-CSV…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="136" />
            <source>Interactions CSV…</source>
            <translation>Interaktionen-CSV…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="137" />
            <source>Engagers CSV (from Export engagers)…</source>
            <translation>Interagierende-CSV (aus „Interagierende exportieren“)…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="138" />
            <source>Chat export (Discord, Telegram, WhatsApp, Slack)…</source>
            <translation>Chat-Export (Discord, Telegram, WhatsApp, Slack)…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="140" />
            <source>Export to CSV…</source>
            <translation>Als CSV exportieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="140" />
            <source>Export the rows shown (Ctrl+E)</source>
            <translation>Die angezeigten Zeilen exportieren (Strg+E)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="147" />
            <source>Reading the post log…</source>
            <translation>Das Beitragsprotokoll wird gelesen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="162" />
            <source>Filter posts (title, format, themes, notes…)  Ctrl+F</source>
            <translation>Beiträge filtern (Titel, Format, Themen, Notizen…)  Strg+F</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="205" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="444" />
            <source>Posts</source>
            <translation>Beiträge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="209" />
            <source>Engagers</source>
            <translation>Interagierende</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="291" />
            <source>ER = engagements / {definition} (workspace setting). Coloured against the benchmark band of the post's label: red below, green inside, blue above; hover a figure for the action if low. Reach posts are judged on ER only; polls and Q and A (by format) on their own, higher ER band.</source>
            <translation>ER = Engagements / {definition} (Einstellung des Arbeitsbereichs). Gefärbt nach dem Richtwertbereich der Ausrichtung des Beitrags: rot darunter, grün innerhalb, blau darüber; fahre über eine Zahl für die Maßnahme, wenn sie niedrig ist. reach-Beiträge werden nur nach ER bewertet; Umfragen und Fragerunden (nach Format) nach ihrem eigenen, höheren ER-Bereich.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="294" />
            <source>impressions</source>
            <translation>Impressionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="294" />
            <source>reach</source>
            <translation>Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="296" />
            <source> * = a stand-in (views/impressions) divides a post without reach.</source>
            <translation> * = ein Ersatz (Aufrufe/Impressionen) teilt einen Beitrag ohne Reichweite.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_rows.py" line="59" />
            <source>Could not read the posts: {reason}</source>
            <translation>Die Beiträge konnten nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_rows.py" line="79" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_rows.py" line="80" />
            <source>Loading posts…</source>
            <translation>Beiträge werden geladen…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_rows.py" line="85" />
            <source>{shown} of %Ln post(s)</source>
            <translation>
                <numerusform>{shown} von %Ln Beitrag</numerusform>
                <numerusform>{shown} von %Ln Beiträgen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_rows.py" line="88" />
            <source>%Ln post(s)</source>
            <translation>
                <numerusform>%Ln Beitrag</numerusform>
                <numerusform>%Ln Beiträge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_rows.py" line="91" />
            <source>No posts yet. Add one by hand, or import a platform export: File &gt; Import posts… (Ctrl+I) or drop a .csv file onto this tab.</source>
            <translation>Noch keine Beiträge. Füge einen von Hand hinzu oder importiere einen Plattform-Export: Datei &gt; Beiträge importieren… (Strg+I) oder lege eine .csv-Datei auf diesem Tab ab.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="420" />
            <source>(no title)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="422" />
            <source>to {date} “{title}”</source>
            <translation>zum Beitrag vom {date} „{title}“</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="444" />
            <source>Not saved: {error}</source>
            <translation>Nicht gespeichert: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="488" />
            <source>Edit {column}</source>
            <translation>{column} bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="494" />
            <source>Not saved.</source>
            <translation>Nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="501" />
            <source>Kept the other member's version of the post.</source>
            <translation>Die Fassung des anderen Mitglieds wurde behalten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="511" />
            <source>Select the posts to tag first (Shift/Ctrl+click for several).</source>
            <translation>Wähle zuerst die Beiträge zum Verschlagworten aus (Umschalt/Strg+Klick für mehrere).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="521" />
            <source>Not tagged: {error}</source>
            <translation>Nicht verschlagwortet: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="524" />
            <source>Tagged: {what}. Undo with Ctrl+Z.</source>
            <translation>Verschlagwortet: {what}. Rückgängig mit Strg+Z.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="537" />
            <source>Tag %n post(s)…</source>
            <translation>
                <numerusform>%n Beitrag verschlagworten…</numerusform>
                <numerusform>%n Beiträge verschlagworten…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="540" />
            <source>Delete %n post(s)…</source>
            <translation>
                <numerusform>%n Beitrag löschen…</numerusform>
                <numerusform>%n Beiträge löschen…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_actions.py" line="42" />
            <source>Duplicate post</source>
            <translation>Beitrag duplizieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_actions.py" line="53" />
            <source>Delete posts</source>
            <translation>Beiträge löschen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_actions.py" line="54" />
            <source>Delete %n post(s)? Their interactions stay (unlinked). Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n Beitrag löschen? Seine Interaktionen bleiben (ohne Verknüpfung). Rückgängig mit Strg+Z.</numerusform>
                <numerusform>%n Beiträge löschen? Ihre Interaktionen bleiben (ohne Verknüpfung). Rückgängig mit Strg+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_actions.py" line="71" />
            <source>Delete %n post(s)</source>
            <translation>
                <numerusform>%n Beitrag löschen</numerusform>
                <numerusform>%n Beiträge löschen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProfileForm</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="47" />
            <source>{low} to {high}</source>
            <translation>{low} bis {high}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="69" />
            <source>e.g. trail running</source>
            <translation>z. B. Trailrunning</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="71" />
            <source>people, e.g. 8200</source>
            <translation>Personen, z. B. 8200</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="73" />
            <source>one per line: instagram @name</source>
            <translation>eine pro Zeile: instagram @name</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="76" />
            <source>email, agent or DM</source>
            <translation>E-Mail, Agentur oder DM</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="80" />
            <source>their answer in their words</source>
            <translation>die Antwort in eigenen Worten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="82" />
            <source>Ask: “What does your audience struggle with this week?” — the rubric needs it dated</source>
            <translation>Frage: „Womit kämpft dein Publikum diese Woche?“ – die Bewertungsmatrix braucht die Antwort mit Datum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="84" />
            <source>asked on</source>
            <translation>gefragt am</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="95" />
            <source>Replies (comments + replies) per 1,000 reach; benchmark {band}</source>
            <translation>Antworten (Kommentare + Antworten) pro 1.000 Reichweite; Richtwertbereich {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="99" />
            <source>Engagement rate in percent; benchmark {band}</source>
            <translation>Engagement-Rate in Prozent; Richtwertbereich {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="102" />
            <source>Share of engagers who engaged on 2+ days in 30 days, percent; benchmark {band}</source>
            <translation>Anteil der Interagierenden, die an 2+ Tagen in 30 Tagen interagiert haben, in Prozent; Richtwertbereich {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="108" />
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="112" />
            <source>A workspace holding the creator's own export (posts and interactions imported there): its last 30 days replace the typed figures</source>
            <translation>Ein Arbeitsbereich mit dem eigenen Export der Creator-Person (dort importierte Beiträge und Interaktionen): seine letzten 30 Tage ersetzen die eingetippten Kennzahlen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="146" />
            <source>Closing the window saves a valid profile form; one that cannot be saved yet is kept as a draft and put back here.</source>
            <translation>Beim Schließen des Fensters wird ein gültiges Profil gespeichert; eines, das noch nicht gespeichert werden kann, wird als Entwurf aufbewahrt und hier wieder eingesetzt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="152" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="153" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="154" />
            <source>Niche / topic</source>
            <translation>Nische / Thema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="155" />
            <source>Audience size</source>
            <translation>Publikumsgröße</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="156" />
            <source>Handles</source>
            <translation>Handles</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="157" />
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="158" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="163" />
            <source>Struggles this week</source>
            <translation>Schwierigkeiten dieser Woche</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="165" />
            <source>Replies per 1k reach</source>
            <translation>Antworten pro 1.000 Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="166" />
            <source>ER %</source>
            <translation>ER %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="167" />
            <source>Returning share %</source>
            <translation>Anteil Wiederkehrender %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="168" />
            <source>Figures from workspace</source>
            <translation>Kennzahlen aus Arbeitsbereich</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="172" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="173" />
            <source>Save the profile (Ctrl+S)</source>
            <translation>Profil speichern (Strg+S)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="175" />
            <source>Revert</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="182" />
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="268" />
            <source>— typed figures only —</source>
            <translation>– nur eingetippte Kennzahlen –</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="278" />
            <source>Measured in '{workspace}' over {start}–{end} (%n post(s)): replies/1k {replies}, ER {er}, returning {returning}. Measured figures replace typed ones where known.</source>
            <translation>
                <numerusform>Gemessen in „{workspace}“ von {start} bis {end} (%n Beitrag): Antworten/1k {replies}, ER {er}, wiederkehrend {returning}. Gemessene Kennzahlen ersetzen eingetippte, wo sie bekannt sind.</numerusform>
                <numerusform>Gemessen in „{workspace}“ von {start} bis {end} (%n Beiträge): Antworten/1k {replies}, ER {er}, wiederkehrend {returning}. Gemessene Kennzahlen ersetzen eingetippte, wo sie bekannt sind.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="292" />
            <source>Typed figures come from the creator's own insights (“reported”).</source>
            <translation>Eingetippte Kennzahlen stammen aus den eigenen Statistiken der Creator-Person („gemeldet“).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="306" />
            <source>Replies per 1k</source>
            <translation>Antworten pro 1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="307" />
            <source>ER</source>
            <translation>ER</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="308" />
            <source>Returning share</source>
            <translation>Anteil Wiederkehrender</translation>
        </message>
    </context>
    <context>
        <name>ProfileSection</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="35" />
            <source>Topic (one line)</source>
            <translation>Thema (eine Zeile)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="39" />
            <source>budget travel in Japan</source>
            <translation>günstig reisen in Japan</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="41" />
            <source>Save topic</source>
            <translation>Thema speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="43" />
            <source>Change topic</source>
            <translation>Thema ändern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="52" />
            <source>Home — where the community lives</source>
            <translation>Zuhause — wo die Community lebt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="55" />
            <source>In month one, pick one primary home. A second one splits your attention and the replies.</source>
            <translation>Wähle im ersten Monat ein Haupt-Zuhause. Ein zweites teilt deine Aufmerksamkeit und die Antworten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="67" />
            <source>label, e.g. Instagram comments + DMs</source>
            <translation>Bezeichnung, z. B. Instagram-Kommentare + DMs</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="68" />
            <source>Primary</source>
            <translation>Haupt-Zuhause</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="70" />
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="150" />
            <source>Add home</source>
            <translation>Zuhause hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="72" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="83" />
            <source>Disclosure line</source>
            <translation>Werbehinweis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="87" />
            <source>Endorsements with a material connection must be disclosed clearly and conspicuously. This line goes into every brief.</source>
            <translation>Empfehlungen mit einer geschäftlichen Verbindung müssen klar und deutlich gekennzeichnet werden. Dieser Hinweis steht in jedem Briefing.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="95" />
            <source>#ad — I am paid by the brand for this post.</source>
            <translation>#Werbung — Die Marke bezahlt mich für diesen Beitrag.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="96" />
            <source>Save line</source>
            <translation>Hinweis speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="99" />
            <source>Change disclosure line</source>
            <translation>Werbehinweis ändern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="116" />
            <source>Tight topic ✓</source>
            <translation>Klar umrissenes Thema ✓</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="132" />
            <source>  (primary)</source>
            <translation>  (Haupt-Zuhause)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="133" />
            <source>  since {date}</source>
            <translation>  seit {date}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="157" />
            <source>Split attention</source>
            <translation>Geteilte Aufmerksamkeit</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="168" />
            <source>Remove home</source>
            <translation>Zuhause entfernen</translation>
        </message>
    </context>
    <context>
        <name>PromiseBuilder</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="38" />
            <source>A promise says in one sentence who the community is for, what they get and how. Make the outcome checkable (a number or a time frame) and name a real group.</source>
            <translation>Ein Versprechen sagt in einem Satz, für wen die Community ist, was die Mitglieder bekommen und wie. Mach das Ergebnis überprüfbar (eine Zahl oder ein Zeitraum) und nenne eine echte Gruppe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="46" />
            <source>runners</source>
            <translation>Läuferinnen und Läufer</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="48" />
            <source>a weekly 20-minute mobility routine</source>
            <translation>eine wöchentliche 20-Minuten-Mobility-Routine</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="50" />
            <source>short videos and a Sunday Q and A</source>
            <translation>kurze Videos und eine Fragerunde am Sonntag</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="52" />
            <source>&amp;Who:</source>
            <translation>&amp;Wer:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="54" />
            <source>Specific &amp;outcome:</source>
            <translation>Konkretes &amp;Ergebnis:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="56" />
            <source>&amp;Through (format):</source>
            <translation>&amp;Durch (Format):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="65" />
            <source>&amp;Save as new version</source>
            <translation>Als neue Version &amp;speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="66" />
            <source>Keeps the earlier wording in the history below (Ctrl+S)</source>
            <translation>Die frühere Formulierung bleibt unten im Verlauf (Strg+S)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="73" />
            <source>&lt;b&gt;Version history&lt;/b&gt; (newest first)</source>
            <translation>&lt;b&gt;Versionsverlauf&lt;/b&gt; (neueste zuerst)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="76" />
            <source>Earlier promises with the date they were saved; double-click to load one back</source>
            <translation>Frühere Versprechen mit ihrem Speicherdatum; Doppelklick lädt eines wieder</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="105" />
            <source>{date}  (current):  </source>
            <translation>{date}  (aktuell):  </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="113" />
            <source>No promise saved yet — fill the three slots and save.</source>
            <translation>Noch kein Versprechen gespeichert — fülle die drei Felder aus und speichere.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="121" />
            <source>Loaded an earlier version: save to make it current.</source>
            <translation>Frühere Version geladen: speichere, um sie zur aktuellen zu machen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="130" />
            <source>No change to save.</source>
            <translation>Keine Änderung zu speichern.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="137" />
            <source>Save promise</source>
            <translation>Versprechen speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="138" />
            <source>Saved. The earlier wording is in the history.</source>
            <translation>Gespeichert. Die frühere Formulierung steht im Verlauf.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="157" />
            <source>who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="157" />
            <source>outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="157" />
            <source>format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="158" />
            <source>Not saved yet: fill {slots} to save the promise as a new version.</source>
            <translation>Noch nicht gespeichert: fülle {slots} aus, um das Versprechen als neue Version zu speichern.</translation>
        </message>
    </context>
    <context>
        <name>PromiseTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="54" />
            <source>promise builder</source>
            <translation>Versprechen-Baukasten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="55" />
            <source>topic, disclosure and welcome post</source>
            <translation>Thema, Werbehinweis und Willkommensbeitrag</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="56" />
            <source>format form</source>
            <translation>Format-Formular</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="57" />
            <source>prompt form</source>
            <translation>Impuls-Formular</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="58" />
            <source>home form</source>
            <translation>Zuhause-Formular</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="112" />
            <source>When the window closes (or the workspace changes) open forms are saved; a form that cannot be saved yet is kept as a draft and put back here.</source>
            <translation>Wenn das Fenster schließt (oder der Arbeitsbereich wechselt), werden offene Formulare gespeichert; ein Formular, das noch nicht gespeichert werden kann, bleibt als Entwurf erhalten und kommt hierher zurück.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="129" />
            <source>Promise</source>
            <translation>Versprechen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="130" />
            <source>Topic, home &amp;&amp; disclosure</source>
            <translation>Thema, Zuhause &amp;&amp; Werbehinweis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="131" />
            <source>Formats</source>
            <translation>Formate</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="132" />
            <source>Onboarding</source>
            <translation>Onboarding</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="133" />
            <source>Prompt library</source>
            <translation>Impulsbibliothek</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="276" />
            <source>Save open edits (topic, disclosure, welcome post)</source>
            <translation>Offene Änderungen speichern (Thema, Werbehinweis, Willkommensbeitrag)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="313" />
            <source>Not saved: {reason}</source>
            <translation>Nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="324" />
            <source>Could not keep the unsaved draft: {reason}</source>
            <translation>Der ungespeicherte Entwurf konnte nicht aufbewahrt werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="361" />
            <source>Promise: could not keep a crash-time draft: {reason}</source>
            <translation>Versprechen: Der Entwurf für den Absturzfall konnte nicht aufbewahrt werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="391" />
            <source>Restored an unsaved draft from {when} ({parts}). {reasons}</source>
            <translation>Ungespeicherten Entwurf vom {when} wiederhergestellt ({parts}). {reasons}</translation>
        </message>
    </context>
    <context>
        <name>PromptDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="36" />
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="23" />
            <source>Identity</source>
            <translation>Identität</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="37" />
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="24" />
            <source>Constraints</source>
            <translation>Vorgaben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="38" />
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="25" />
            <source>Proof</source>
            <translation>Beleg</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="39" />
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="26" />
            <source>Commitment</source>
            <translation>Verbindlichkeit</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="35" />
            <source>Add a prompt to the library</source>
            <translation>Impuls zur Impulsbibliothek hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="38" />
            <source>Good prompts ask for a number, a screenshot, a choice or a constraint.</source>
            <translation>Gute Impulse fragen nach einer Zahl, einem Screenshot, einer Wahl oder einer Vorgabe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="43" />
            <source>(no ritual)</source>
            <translation>(kein Ritual)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="53" />
            <source>Prompt:</source>
            <translation>Impuls:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="54" />
            <source>Ladder rung:</source>
            <translation>Stufe der Leiter:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="55" />
            <source>Ritual:</source>
            <translation>Ritual:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="67" />
            <source>Write the prompt first.</source>
            <translation>Schreib zuerst den Impuls.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="70" />
            <source>Keep the prompt under 500 characters.</source>
            <translation>Halte den Impuls unter 500 Zeichen.</translation>
        </message>
    </context>
    <context>
        <name>PromptTableModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="58" />
            <source>Broad</source>
            <translation>Zu allgemein</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="59" />
            <source>OK: {check}</source>
            <translation>OK: {check}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="67" />
            <source>Used in the last 4 weeks: pick another prompt so members do not see a repeat.</source>
            <translation>In den letzten 4 Wochen verwendet: wähle einen anderen Impuls, damit die Mitglieder keine Wiederholung sehen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="78" />
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="80" />
            <source>{date} (recent)</source>
            <translation>{date} (kürzlich)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="95" />
            <source>Prompt</source>
            <translation>Impuls</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="98" />
            <source>Rung</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="103" />
            <source>Ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="108" />
            <source>Quality</source>
            <translation>Qualität</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="114" />
            <source>Last used</source>
            <translation>Zuletzt verwendet</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="119" />
            <source>Uses</source>
            <translation>Verwendungen</translation>
        </message>
    </context>
    <context>
        <name>PromptsSection</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="45" />
            <source>Each ritual wants at least %n prompt(s) before you invite anyone</source>
            <translation>
                <numerusform>Jedes Ritual braucht mindestens %n Impuls, bevor du jemanden einlädst</numerusform>
                <numerusform>Jedes Ritual braucht mindestens %n Impulse, bevor du jemanden einlädst</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="50" />
            <source>Filter prompts… (Ctrl+F)</source>
            <translation>Impulse filtern… (Strg+F)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="63" />
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="64" />
            <source>Alt+Up — the keyboard equivalent of dragging</source>
            <translation>Alt+Pfeil nach oben — die Tastatur-Entsprechung zum Ziehen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="66" />
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="67" />
            <source>Alt+Down</source>
            <translation>Alt+Pfeil nach unten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="75" />
            <source>Used on:</source>
            <translation>Verwendet am:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="82" />
            <source>Mark used</source>
            <translation>Als verwendet markieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="89" />
            <source>What was your last 10-minute workout?</source>
            <translation>Was war dein letztes 10-Minuten-Workout?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="95" />
            <source>Prompt:</source>
            <translation>Impuls:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="100" />
            <source>Rung:</source>
            <translation>Stufe:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="102" />
            <source>Ritual:</source>
            <translation>Ritual:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="108" />
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="194" />
            <source>Add prompt</source>
            <translation>Impuls hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="109" />
            <source>Update</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="110" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="127" />
            <source>(no ritual)</source>
            <translation>(kein Ritual)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="138" />
            <source>No rituals yet: add them on the Rituals tab, then give each five prompts.</source>
            <translation>Noch keine Rituale: lege sie im Tab „Rituale“ an und gib dann jedem fünf Impulse.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="141" />
            <source>%n broad prompt(s)</source>
            <translation>
                <numerusform>%n zu allgemeiner Impuls</numerusform>
                <numerusform>%n zu allgemeine Impulse</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="157" />
            <source>(no post)</source>
            <translation>(kein Beitrag)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="206" />
            <source>Select a prompt to update.</source>
            <translation>Wähle den Impuls aus, den du aktualisieren willst.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="216" />
            <source>Edit prompt</source>
            <translation>Impuls bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="231" />
            <source>Delete prompt</source>
            <translation>Impuls löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="241" />
            <source>Reorder prompts</source>
            <translation>Impulse umsortieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="270" />
            <source>Select the prompt you used.</source>
            <translation>Wähle den Impuls aus, den du verwendet hast.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="279" />
            <source>Used recently</source>
            <translation>Kürzlich verwendet</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="280" />
            <source>This prompt was used on {date}. Members notice repeats. Log it anyway?</source>
            <translation>Dieser Impuls wurde am {date} verwendet. Mitglieder bemerken Wiederholungen. Trotzdem eintragen?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="288" />
            <source>Mark prompt used</source>
            <translation>Impuls als verwendet markieren</translation>
        </message>
    </context>
    <context>
        <name>ProposalModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="31" />
            <source>Signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="32" />
            <source>Niche default</source>
            <translation>Standard der Nische</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="33" />
            <source>Current</source>
            <translation>Aktuell</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="34" />
            <source>Proposed (your data)</source>
            <translation>Vorschlag (deine Daten)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="35" />
            <source>Based on</source>
            <translation>Grundlage</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="44" />
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="84" />
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="66" />
            <source>Typed by you.</source>
            <translation>Von dir eingegeben.</translation>
        </message>
    </context>
    <context>
        <name>QuickEntry</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="91" />
            <source>Quick entry, one per line: @ana comment · @ben reply to @ana · @cy dm · @dee like 18:40</source>
            <translation>Schnelleingabe, eine pro Zeile (Arten auf Englisch): @ana comment · @ben reply to @ana · @cy dm · @dee like 18:40</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="100" />
            <source>Kinds: like, comment, reply, save, share, dm, live, story reply. The time defaults to the post's; add HH:MM to set it. Replies join the thread of the person they answer. Ctrl+Enter logs.</source>
            <translation>Arten: like, comment, reply, save, share, dm, live, story reply. Die Zeit ist standardmäßig die des Beitrags; füge HH:MM hinzu, um sie festzulegen. Antworten kommen in den Thread der Person, der sie antworten. Strg+Eingabe erfasst.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="107" />
            <source>Log interactions</source>
            <translation>Interaktionen erfassen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="108" />
            <source>Ctrl+Enter</source>
            <translation>Strg+Eingabe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="137" />
            <source>Select a post first.</source>
            <translation>Wähle zuerst einen Beitrag aus.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="143" />
            <source>Nothing logged.</source>
            <translation>Nichts erfasst.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="145" />
            <source>Line {n}: {why}</source>
            <translation>Zeile {n}: {why}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="149" />
            <source>Type one interaction per line, e.g. @ana comment</source>
            <translation>Gib eine Interaktion pro Zeile ein, z. B. @ana comment</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="168" />
            <source>Line {n}: read {word} as @{handle}.</source>
            <translation>Zeile {n}: {word} als @{handle} gelesen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="175" />
            <source>Log %n interaction(s)</source>
            <translation>
                <numerusform>%n Interaktion erfassen</numerusform>
                <numerusform>%n Interaktionen erfassen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="181" />
            <source>Logged %n {target}.</source>
            <translation>
                <numerusform>%n Interaktion {target} erfasst.</numerusform>
                <numerusform>%n Interaktionen {target} erfasst.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuoteLinesModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/quote_lines_table_model.py" line="27" />
            <source>deliverable</source>
            <translation>Leistung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/quote_lines_table_model.py" line="28" />
            <source>add-on</source>
            <translation>Zusatzleistung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/quote_lines_table_model.py" line="29" />
            <source>bundle discount</source>
            <translation>Paketrabatt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/quote_lines_table_model.py" line="45" />
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/quote_lines_table_model.py" line="55" />
            <source>Line</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/quote_lines_table_model.py" line="60" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/quote_lines_table_model.py" line="65" />
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
    </context>
    <context>
        <name>QuotePage</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="149" />
            <source>Your rate card — your own rates; double-click to edit (Ctrl+Z undoes)</source>
            <translation>Deine Preisliste – deine eigenen Preise; Doppelklick zum Bearbeiten (Strg+Z macht es rückgängig)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="170" />
            <source>Add rate…</source>
            <translation>Preis hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="171" />
            <source>Delete rate</source>
            <translation>Preis löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="172" />
            <source>Start from example rates</source>
            <translation>Mit Beispielpreisen beginnen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="173" />
            <source>Fill an empty rate card with typical rates, then edit them to your own</source>
            <translation>Eine leere Preisliste mit typischen Preisen füllen und sie dann an deine eigenen anpassen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="185" />
            <source>Use</source>
            <translation>Nutzen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="185" />
            <source>Item</source>
            <translation>Posten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="185" />
            <source>Rate</source>
            <translation>Preis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="185" />
            <source>Qty / units</source>
            <translation>Menge / Einheiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="198" />
            <source>Brand the quote is for</source>
            <translation>Marke, für die das Angebot ist</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="200" />
            <source>e.g. 4-week recovery series</source>
            <translation>z. B. 4-Wochen-Regenerationsserie</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="202" />
            <source>Your name or account, as on the quote</source>
            <translation>Dein Name oder Konto, wie auf dem Angebot</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="207" />
            <source>#ad Paid partnership with …</source>
            <translation>#Anzeige Bezahlte Partnerschaft mit …</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="208" />
            <source>Brand</source>
            <translation>Marke</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="209" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="210" />
            <source>Creator</source>
            <translation>Creator</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="211" />
            <source>Valid until</source>
            <translation>Gültig bis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="212" />
            <source>Disclosure line</source>
            <translation>Werbehinweis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="219" />
            <source>{group}: {label}</source>
            <translation>{group}: {label}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="226" />
            <source>Items</source>
            <translation>Posten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="232" />
            <source>Terms</source>
            <translation>Bedingungen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="236" />
            <source>This quote — set quantities, tick add-ons</source>
            <translation>Dieses Angebot – Mengen festlegen, Zusatzleistungen ankreuzen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="244" />
            <source>Quote preview</source>
            <translation>Angebotsvorschau</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="266" />
            <source>Export &amp;Markdown…</source>
            <translation>&amp;Markdown exportieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="267" />
            <source>Export &amp;PDF…</source>
            <translation>&amp;PDF exportieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="268" />
            <source>&amp;Save as deal</source>
            <translation>Als Deal &amp;speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="269" />
            <source>Store this quote as an 'offered' deal in the Deals list</source>
            <translation>Dieses Angebot als Deal mit dem Status „angeboten“ in der Deal-Liste speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="327" />
            <source> (add-on)</source>
            <translation> (Zusatzleistung)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="327" />
            <source> (series bundle)</source>
            <translation> (Serienpaket)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="340" />
            <source>How many deliverables</source>
            <translation>Wie viele Leistungen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="342" />
            <source>How many units ({unit})</source>
            <translation>Wie viele Einheiten ({unit})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="342" />
            <source>units</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="417" />
            <source>Your rate card is empty: add your rates, or start from the example rates.</source>
            <translation>Deine Preisliste ist leer: Füge deine Preise hinzu oder beginne mit den Beispielpreisen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="420" />
            <source>Set a quantity on at least one deliverable to price a quote.</source>
            <translation>Lege für mindestens eine Leistung eine Menge fest, um ein Angebot zu berechnen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="423" />
            <source>&lt;span style='font-size:15pt'&gt;Total &lt;b&gt;{total}&lt;/b&gt;&lt;/span&gt;</source>
            <translation>&lt;span style='font-size:15pt'&gt;Summe &lt;b&gt;{total}&lt;/b&gt;&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="430" />
            <source>Expected CPM and cost per engagement: n/a — no posts logged in the last 90 days.</source>
            <translation>Erwarteter CPM und Kosten pro Interaktion: k. A. – keine Beiträge in den letzten 90 Tagen erfasst.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="433" />
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="436" />
            <source>What the brand can expect: CPM &lt;b&gt;{cpm}&lt;/b&gt;, cost per engagement &lt;b&gt;{cpe}&lt;/b&gt;.&lt;br&gt;&lt;small&gt;Based on your &lt;b&gt;%n post(s)&lt;/b&gt; of the last 90 days: average reach {reach}, average impressions {impressions}, ER {er} (engagements / {definition}). Expected = quote total / (average × number of deliverables).&lt;/small&gt;</source>
            <translation>
                <numerusform>Was die Marke erwarten kann: CPM &lt;b&gt;{cpm}&lt;/b&gt;, Kosten pro Interaktion &lt;b&gt;{cpe}&lt;/b&gt;.&lt;br&gt;&lt;small&gt;Grundlage: dein &lt;b&gt;%n Beitrag&lt;/b&gt; der letzten 90 Tage: durchschnittliche Reichweite {reach}, durchschnittliche Impressionen {impressions}, ER {er} (Interaktionen / {definition}). Erwartet = Angebotssumme / (Durchschnitt × Anzahl der Leistungen).&lt;/small&gt;</numerusform>
                <numerusform>Was die Marke erwarten kann: CPM &lt;b&gt;{cpm}&lt;/b&gt;, Kosten pro Interaktion &lt;b&gt;{cpe}&lt;/b&gt;.&lt;br&gt;&lt;small&gt;Grundlage: deine &lt;b&gt;%n Beiträge&lt;/b&gt; der letzten 90 Tage: durchschnittliche Reichweite {reach}, durchschnittliche Impressionen {impressions}, ER {er} (Interaktionen / {definition}). Erwartet = Angebotssumme / (Durchschnitt × Anzahl der Leistungen).&lt;/small&gt;</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="454" />
            <source>reach</source>
            <translation>Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="454" />
            <source>impressions</source>
            <translation>Impressionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="488" />
            <source>Add example rates</source>
            <translation>Beispielpreise hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="502" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="513" />
            <source>Export quote</source>
            <translation>Angebot exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="514" />
            <source>Could not write {path}:
{reason}</source>
            <translation>{path} konnte nicht geschrieben werden:
{reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="517" />
            <source>Quote written to {path}</source>
            <translation>Angebot gespeichert unter {path}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="525" />
            <source>Name the brand (Terms tab) before saving the quote as a deal.</source>
            <translation>Nenne die Marke (Tab „Bedingungen“), bevor du das Angebot als Deal speicherst.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="559" />
            <source>Quote saved as an offered deal for {name}</source>
            <translation>Angebot als angebotener Deal für {name} gespeichert</translation>
        </message>
    </context>
    <context>
        <name>RateCardModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="29" />
            <source>base price</source>
            <translation>Grundpreis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="30" />
            <source>add-on</source>
            <translation>Zusatzleistung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="31" />
            <source>series bundle</source>
            <translation>Serienpaket</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="33" />
            <source>Your own rate — edit it (double-click or F2). Percent rates are % of the deliverables fee.</source>
            <translation>Dein eigener Preis – bearbeite ihn (Doppelklick oder F2). Prozentpreise sind % des Honorars für die Leistungen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="54" />
            <source>Kind</source>
            <extracomment>(item id, field, new value) -&gt; error message or "" when applied</extracomment>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="55" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="57" />
            <source>Pricing</source>
            <translation>Preisart</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="62" />
            <source>Your rate</source>
            <translation>Dein Preis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="69" />
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
    </context>
    <context>
        <name>ReadinessPanel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="35" />
            <source>Readiness</source>
            <translation>Startklar?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="38" />
            <source>What must exist before you invite anyone:</source>
            <translation>Was stehen muss, bevor du jemanden einlädst:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="47" />
            <source>Export community &amp;brief…</source>
            <translation>Community-&amp;Briefing exportieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="49" />
            <source>Markdown or PDF: promise, topic, home, formats, onboarding, rituals, prompts, SLA, disclosure</source>
            <translation>Markdown oder PDF: Versprechen, Thema, Zuhause, Formate, Onboarding, Rituale, Impulse, SLA, Werbehinweis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="60" />
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="66" />
            <source>&lt;b&gt;{done} of {total}&lt;/b&gt; ready.</source>
            <translation>&lt;b&gt;{done} von {total}&lt;/b&gt; erledigt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="67" />
            <source> Invite your first members.</source>
            <translation> Lade deine ersten Mitglieder ein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="74" />
            <source>Export community brief</source>
            <translation>Community-Briefing exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="86" />
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="87" />
            <source>Could not write {path}:
{reason}</source>
            <translation>{path} konnte nicht geschrieben werden:
{reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="90" />
            <source>Brief written to {path}</source>
            <translation>Briefing gespeichert unter {path}</translation>
        </message>
    </context>
    <context>
        <name>ReportActions</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="42" />
            <source>Calibrate bands</source>
            <translation>Bereiche kalibrieren</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="49" />
            <source>Calibrate %n benchmark band(s) from the last {days} days</source>
            <translation>
                <numerusform>%n Richtwertbereich aus den letzten {days} Tagen kalibrieren</numerusform>
                <numerusform>%n Richtwertbereiche aus den letzten {days} Tagen kalibrieren</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="73" />
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="86" />
            <source>Export report</source>
            <translation>Bericht exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="87" />
            <source>The report was not written: {reason}</source>
            <translation>Der Bericht wurde nicht geschrieben: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="93" />
            <source>Wrote {pdf} and {html}</source>
            <translation>{pdf} und {html} geschrieben</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="95" />
            <source>Wrote {pdf} (%n pages) and {html}</source>
            <translation>
                <numerusform>{pdf} (%n Seite) und {html} geschrieben</numerusform>
                <numerusform>{pdf} (%n Seiten) und {html} geschrieben</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="26" />
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="30" />
            <source>Pick a backup. Your current data is backed up before it is replaced.</source>
            <translation>Wähle eine Sicherung. Deine aktuellen Daten werden gesichert, bevor sie ersetzt werden.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="38" />
            <source>Choose another file…</source>
            <translation>Andere Datei wählen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="45" />
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="53" />
            <source>No backups yet in the backups folder. Choose a file instead.</source>
            <translation>Noch keine Sicherungen im Sicherungsordner. Wähle stattdessen eine Datei.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="57" />
            <source>Backup file</source>
            <translation>Sicherungsdatei</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="57" />
            <source>MicroComm backups (*.sqlite3);;All files (*)</source>
            <translation>MicroComm-Sicherungen (*.sqlite3);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="67" />
            <source>&lt;b&gt;{file}&lt;/b&gt; — taken {when}</source>
            <translation>&lt;b&gt;{file}&lt;/b&gt; — erstellt {when}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="70" />
            <source>{workspace}: {posts} and {interactions}</source>
            <translation>{workspace}: {posts} und {interactions}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="72" />
            <source>%Ln post(s)</source>
            <translation>
                <numerusform>%Ln Beitrag</numerusform>
                <numerusform>%Ln Beiträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="73" />
            <source>%Ln interaction(s)</source>
            <translation>
                <numerusform>%Ln Interaktion</numerusform>
                <numerusform>%Ln Interaktionen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RitualCalendarModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="29" />
            <source>run</source>
            <translation>stattgefunden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="30" />
            <source>skipped</source>
            <translation>ausgelassen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="31" />
            <source>planned</source>
            <translation>geplant</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="109" />
            <source>W{number}</source>
            <translation>KW{number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="119" />
            <source>(today)</source>
            <translation>(heute)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="128" />
            <source>(%n post(s))</source>
            <translation>
                <numerusform>(%n Beitrag)</numerusform>
                <numerusform>(%n Beiträge)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="141" />
            <source>one-off event</source>
            <translation>einmaliges Ereignis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="148" />
            <source>Click to edit; ✓ run, ✗ skipped, ? not marked yet</source>
            <translation>Zum Bearbeiten klicken; ✓ stattgefunden, ✗ ausgelassen, ? noch nicht markiert</translation>
        </message>
    </context>
    <context>
        <name>RitualDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="53" />
            <source>Edit ritual</source>
            <translation>Ritual bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="53" />
            <source>Add ritual</source>
            <translation>Ritual hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="55" />
            <source>Tuesday teardown</source>
            <translation>Dienstags-Feedbackrunde</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="57" />
            <source>(no format)</source>
            <translation>(kein Format)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="63" />
            <source>teardown series</source>
            <translation>Feedback-Reihe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="76" />
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="79" />
            <source>Instagram comments</source>
            <translation>Instagram-Kommentare</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="81" />
            <source>Recap post the next day: what we learned, what happens next</source>
            <translation>Rückblick-Beitrag am nächsten Tag: was wir gelernt haben, wie es weitergeht</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="85" />
            <source>ends on</source>
            <translation>endet am</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="94" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="95" />
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="96" />
            <source>Format (text):</source>
            <translation>Format (Text):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="97" />
            <source>Weekdays:</source>
            <translation>Wochentage:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="98" />
            <source>&amp;Time (local):</source>
            <translation>&amp;Uhrzeit (lokal):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="99" />
            <source>Duration:</source>
            <translation>Dauer:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="100" />
            <source>Home:</source>
            <translation>Zuhause:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="101" />
            <source>Recap habit:</source>
            <translation>Rückblick-Gewohnheit:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="106" />
            <source>Active from:</source>
            <translation>Aktiv ab:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="107" />
            <source>Notes:</source>
            <translation>Notizen:</translation>
        </message>
    </context>
    <context>
        <name>RitualTableModel</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="42" />
            <source>%n past occurrence(s) not marked yet</source>
            <translation>
                <numerusform>%n vergangener Termin noch nicht markiert</numerusform>
                <numerusform>%n vergangene Termine noch nicht markiert</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="53" />
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="63" />
            <source>{days} {time} ({minutes} min)</source>
            <translation>{days} {time} ({minutes} Min.)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="64" />
            <source>no weekday</source>
            <translation>kein Wochentag</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="69" />
            <source>until {day}</source>
            <translation>bis {day}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="74" />
            <source>Ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="75" />
            <source>Schedule</source>
            <translation>Zeitplan</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="76" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="77" />
            <source>Home</source>
            <translation>Zuhause</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="79" />
            <source>Prompts</source>
            <translation>Impulse</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="81" />
            <source>Prompts assigned in the Promise tab's library; five per ritual is the minimum</source>
            <translation>Impulse, die in der Impulsbibliothek des Versprechen-Tabs zugeordnet sind; fünf pro Ritual sind das Minimum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="86" />
            <source>Streak (weeks)</source>
            <translation>Serie (Wochen)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="88" />
            <source>Weeks in a row the ritual ran, up to this week</source>
            <translation>Wochen in Folge, in denen das Ritual stattfand, bis zu dieser Woche</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="92" />
            <source>Longest</source>
            <translation>Längste</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="93" />
            <source>Skipped</source>
            <translation>Ausgelassen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="94" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="127" />
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="134" />
            <source>Week of</source>
            <translation>Woche ab</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="135" />
            <source>Posts</source>
            <translation>Beiträge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="136" />
            <source>Replied in time</source>
            <translation>Rechtzeitig beantwortet</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="137" />
            <source>First comments</source>
            <translation>Erste Kommentare</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="138" />
            <source>Hit rate</source>
            <translation>Trefferquote</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="139" />
            <source>Posts with misses</source>
            <translation>Beiträge mit Verfehlungen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="157" />
            <source>computed: from logged comment and reply timestamps</source>
            <translation>berechnet: aus den Zeitstempeln erfasster Kommentare und Antworten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="158" />
            <source>typed: the figure recorded on the post</source>
            <translation>eingetragen: der beim Beitrag erfasste Wert</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="163" />
            <source>computed</source>
            <translation>berechnet</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="164" />
            <source>typed</source>
            <translation>eingetragen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="174" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="175" />
            <source>Post</source>
            <translation>Beitrag</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="176" />
            <source>Replied</source>
            <translation>Beantwortet</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="177" />
            <source>Of first</source>
            <translation>Von den ersten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="179" />
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
    </context>
    <context>
        <name>RitualsTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="73" />
            <source>run</source>
            <translation>stattgefunden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="74" />
            <source>skipped</source>
            <translation>ausgelassen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="75" />
            <source>planned</source>
            <translation>geplant</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="79" />
            <source>Mark run</source>
            <translation>Als stattgefunden markieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="80" />
            <source>Mark skipped</source>
            <translation>Als ausgelassen markieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="81" />
            <source>Clear occurrence mark</source>
            <translation>Markierung des Termins entfernen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="135" />
            <source>&amp;Add ritual…</source>
            <translation>Ritual &amp;hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="137" />
            <source>Ctrl+N</source>
            <translation>Strg+N</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="139" />
            <source>Add suggested (Tuesday teardown, Friday wins)</source>
            <translation>Vorschläge hinzufügen („Tuesday teardown“, „Friday wins“)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="141" />
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="143" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="145" />
            <source>Add one-off event…</source>
            <translation>Einmaliges Ereignis hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="147" />
            <source>Export calendar (.ics)…</source>
            <translation>Kalender exportieren (.ics)…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="151" />
            <source>Rituals as weekly events in your time zone, skipped dates excluded, one-off events and notes;
importing the file into another workspace gives back the same calendar.</source>
            <translation>Rituale als wöchentliche Termine in deiner Zeitzone, ausgelassene Daten ausgenommen, einmalige Ereignisse und Notizen;
importierst du die Datei in einen anderen Arbeitsbereich, erhältst du denselben Kalender zurück.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="155" />
            <source>Import .ics…</source>
            <translation>.ics importieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="159" />
            <source>Google, Outlook or Apple calendar files: weekly events become rituals, excluded or cancelled dates
become skipped occurrences, single events become one-off events. A report lists what each event
became or why it was not imported; Ctrl+Z undoes the whole import.</source>
            <translation>Kalenderdateien von Google, Outlook oder Apple: Wöchentliche Termine werden zu Ritualen, ausgenommene oder
abgesagte Daten zu ausgelassenen Terminen, einzelne Termine zu einmaligen Ereignissen. Ein Bericht zeigt, was
aus jedem Termin wurde oder warum er nicht importiert wurde; Strg+Z macht den ganzen Import rückgängig.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="171" />
            <source>Filter rituals…</source>
            <translation>Rituale filtern…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="179" />
            <source>No rituals yet. Two weekly rituals is the recommended start: add the suggested “Tuesday teardown” (members submit work for review) and “Friday wins” (members share results).</source>
            <translation>Noch keine Rituale. Zwei wöchentliche Rituale sind der empfohlene Anfang: Füge die vorgeschlagenen „Tuesday teardown“ (Mitglieder reichen Arbeiten zum Feedback ein) und „Friday wins“ (Mitglieder teilen ihre Erfolge) hinzu.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="213" />
            <source>Rituals &amp;&amp; streaks</source>
            <translation>Rituale &amp;&amp; Serien</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="221" />
            <source>Response SLA</source>
            <translation>Antwort-SLA</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="237" />
            <source>What was typed here but not saved when the app stopped (or could not be saved when it closed) is kept as a draft and put back; it is saved when you save it or close the window.</source>
            <translation>Was hier eingegeben, aber beim Beenden der App nicht gespeichert wurde (oder beim Schließen nicht gespeichert werden konnte), bleibt als Entwurf erhalten und wird wieder eingesetzt; gespeichert wird es, wenn du speicherst oder das Fenster schließt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="250" />
            <source>Occurrence</source>
            <translation>Termin</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="253" />
            <source>Pick a day on the calendar.</source>
            <translation>Wähle einen Tag im Kalender.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="261" />
            <source>Mark &amp;run</source>
            <translation>&amp;Stattgefunden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="262" />
            <source>Alt+R</source>
            <translation>Alt+S</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="264" />
            <source>Mark s&amp;kipped</source>
            <translation>A&amp;usgelassen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="265" />
            <source>Alt+K</source>
            <translation>Alt+U</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="267" />
            <source>Clear</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="268" />
            <source>Back to planned</source>
            <translation>Zurück auf geplant</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="279" />
            <source>The prompt used; it is logged in the prompt library so it is not repeated too soon</source>
            <translation>Der verwendete Impuls; er wird in der Impulsbibliothek vermerkt, damit er nicht zu früh wiederholt wird</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="281" />
            <source>Prompt:</source>
            <translation>Impuls:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="283" />
            <source>Recap: what was learned, what happens next</source>
            <translation>Rückblick: was gelernt wurde, wie es weitergeht</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="285" />
            <source>Recap:</source>
            <translation>Rückblick:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="288" />
            <source>Posts from the post log (±3 days) that carried this occurrence</source>
            <translation>Beiträge aus dem Beitragsprotokoll (±3 Tage), die diesen Termin getragen haben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="289" />
            <source>Posts:</source>
            <translation>Beiträge:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="291" />
            <source>Save occurrence</source>
            <translation>Termin speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="292" />
            <source>Ctrl+Return</source>
            <translation>Strg+Eingabe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="365" />
            <source>Add ritual</source>
            <translation>Ritual hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="387" />
            <source>Add suggested rituals</source>
            <translation>Vorgeschlagene Rituale hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="392" />
            <source>Add {name}</source>
            <translation>{name} hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="411" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="416" />
            <source>Edit ritual</source>
            <translation>Ritual bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="429" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="459" />
            <source>Delete ritual</source>
            <translation>Ritual löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="430" />
            <source>Delete “{name}” with its recorded occurrences? (Undo with Ctrl+Z.)</source>
            <translation>„{name}“ mit seinen erfassten Terminen löschen? (Rückgängig mit Strg+Z.)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="487" />
            <source>one-off event</source>
            <translation>einmaliges Ereignis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="500" />
            <source>Nothing scheduled on this day.</source>
            <translation>An diesem Tag ist nichts geplant.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="547" />
            <source>(none)</source>
            <translation>(keiner)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="550" />
            <source>(used recently)</source>
            <translation>(kürzlich verwendet)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="606" />
            <source>Pick a ritual occurrence first.</source>
            <translation>Wähle zuerst einen Termin eines Rituals.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="623" />
            <source>This occurrence is in the future: it can be marked once its day has come.</source>
            <translation>Dieser Termin liegt in der Zukunft: Er kann markiert werden, sobald sein Tag gekommen ist.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="635" />
            <source>Edit occurrence</source>
            <translation>Termin bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="658" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="715" />
            <source>Not saved.</source>
            <translation>Nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="660" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="720" />
            <source>Not saved: {reason}</source>
            <translation>Nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="664" />
            <source>The edits of “{title}” on {day} are kept.</source>
            <translation>Die Änderungen an „{title}“ am {day} bleiben erhalten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="676" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="680" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="696" />
            <source>One-off event</source>
            <translation>Einmaliges Ereignis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="676" />
            <source>Title of the event on {day}:</source>
            <translation>Titel des Ereignisses am {day}:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="680" />
            <source>Time (HH:MM, empty for all day):</source>
            <translation>Uhrzeit (HH:MM, leer für ganztägig):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="691" />
            <source>Add event</source>
            <translation>Ereignis hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="718" />
            <source>Rituals: an open edit was not saved ({reason})</source>
            <translation>Rituale: Eine offene Änderung wurde nicht gespeichert ({reason})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="726" />
            <source>Rituals: could not keep the unsaved draft ({reason})</source>
            <translation>Rituale: Der ungespeicherte Entwurf konnte nicht aufbewahrt werden ({reason})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="804" />
            <source>Rituals: an unsaved draft could not be read ({reason})</source>
            <translation>Rituale: Ein ungespeicherter Entwurf konnte nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="819" />
            <source>The edit of “{title}” on {day} was not put back: that occurrence no longer exists.</source>
            <translation>Die Änderung an „{title}“ am {day} wurde nicht wieder eingesetzt: Diesen Termin gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="822" />
            <source>Its recap: “{recap}”</source>
            <translation>Sein Rückblick: „{recap}“</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="827" />
            <source>response SLA</source>
            <translation>Antwort-SLA</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="832" />
            <source>Restored an unsaved draft from {when} ({parts}).</source>
            <translation>Ungespeicherten Entwurf vom {when} wiederhergestellt ({parts}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="836" />
            <source>Restored an unsaved draft from {when}.</source>
            <translation>Ungespeicherten Entwurf vom {when} wiederhergestellt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="877" />
            <source>{title} on {day}</source>
            <translation>{title} am {day}</translation>
        </message>
    </context>
    <context>
        <name>RubricBox</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/rubric.py" line="15" />
            <source>&lt;b&gt;What this means.&lt;/b&gt; Brands pay for conversation, not reach. A creator &lt;i&gt;passes&lt;/i&gt; with at least three screenshots of posts where they asked a question and the audience answered with specifics, and a dated answer (within 7 days) to “what does your audience struggle with this week?”. Measured figures — replies per 1k reach, ER, returning share — are optional but add to the score (0–100: screenshots 40, answer 20, figures 40, each figure full marks at the top of its benchmark band: 25 replies/1k, 8 % ER, 40 % returning).</source>
            <translation>&lt;b&gt;Was das bedeutet.&lt;/b&gt; Marken bezahlen für Gespräche, nicht für Reichweite. Eine Creator-Person &lt;i&gt;besteht&lt;/i&gt; mit mindestens drei Screenshots von Beiträgen, in denen sie eine Frage gestellt und das Publikum konkret geantwortet hat, und mit einer datierten Antwort (höchstens 7 Tage alt) auf „Womit kämpft dein Publikum diese Woche?“. Gemessene Kennzahlen – Antworten pro 1.000 Reichweite, ER, Anteil Wiederkehrender – sind freiwillig, erhöhen aber die Punktzahl (0–100: Screenshots 40, Antwort 20, Kennzahlen 40; jede Kennzahl bekommt die volle Punktzahl am oberen Ende ihres Richtwertbereichs: 25 Antworten/1k, 8 % ER, 40 % wiederkehrend).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/rubric.py" line="29" />
            <source>Proof-of-conversation rubric</source>
            <translation>Bewertungsmatrix: Nachweis echter Gespräche</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/rubric.py" line="35" />
            <source>&lt;b&gt;What this means:&lt;/b&gt; pass = 3+ screenshots of a question the audience answered with specifics and a ‘struggles this week’ answer from the last 7 days. Figures add to the score (hover for details).</source>
            <translation>&lt;b&gt;Was das bedeutet:&lt;/b&gt; bestanden = 3+ Screenshots einer Frage, die das Publikum konkret beantwortet hat, und eine Antwort zu „Schwierigkeiten dieser Woche“ aus den letzten 7 Tagen. Kennzahlen erhöhen die Punktzahl (Details beim Darüberfahren).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/rubric.py" line="48" />
            <source>Select a creator, or add one with &lt;b&gt;New creator&lt;/b&gt;.</source>
            <translation>Wähle eine Creator-Person aus oder füge eine mit &lt;b&gt;Neue Creator-Person&lt;/b&gt; hinzu.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/rubric.py" line="55" />
            <source>score &lt;b&gt;{score}&lt;/b&gt; / 100 &lt;span style='color:gray'&gt;(screenshots {proof} + answer {answer} + figures {figures})&lt;/span&gt;</source>
            <translation>Punkte &lt;b&gt;{score}&lt;/b&gt; / 100 &lt;span style='color:gray'&gt;(Screenshots {proof} + Antwort {answer} + Kennzahlen {figures})&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/rubric.py" line="65" />
            <source>&lt;b&gt;Missing:&lt;/b&gt; {items}</source>
            <translation>&lt;b&gt;Es fehlt:&lt;/b&gt; {items}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/rubric.py" line="69" />
            <source>Would add to the score: {items}</source>
            <translation>Würde die Punktzahl erhöhen: {items}</translation>
        </message>
    </context>
    <context>
        <name>ScorecardModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="47" />
            <source>ER = engagements / {denominator} × 100 = {engagements} / {base} × 100</source>
            <translation>ER = Interaktionen / {denominator} × 100 = {engagements} / {base} × 100</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="56" />
            <source>DM back-and-forth from logged DMs: %n DM conversation(s) members started this week, {average} messages each on average (a member's DM plus the answers to it). Compare with the DM reply rate you type in the week notes.</source>
            <translation>
                <numerusform>DM-Austausch aus erfassten DMs: %n DM-Gespräch, das Mitglieder diese Woche begonnen haben, im Schnitt {average} Nachrichten (die DM eines Mitglieds plus die Antworten darauf). Vergleiche mit der DM-Antwortquote, die du in die Wochennotizen einträgst.</numerusform>
                <numerusform>DM-Austausch aus erfassten DMs: %n DM-Gespräche, die Mitglieder diese Woche begonnen haben, im Schnitt je {average} Nachrichten (die DM eines Mitglieds plus die Antworten darauf). Vergleiche mit der DM-Antwortquote, die du in die Wochennotizen einträgst.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="68" />
            <source>Share of the %n DM conversation(s) members started this week that got an answer in the log (from you: your own handles are set in Workspace settings).</source>
            <translation>
                <numerusform>Anteil des %n DM-Gesprächs, das Mitglieder diese Woche begonnen haben und das im Log eine Antwort bekam (von dir: deine eigenen Handles stehen in den Einstellungen des Arbeitsbereichs).</numerusform>
                <numerusform>Anteil der %n DM-Gespräche, die Mitglieder diese Woche begonnen haben und die im Log eine Antwort bekamen (von dir: deine eigenen Handles stehen in den Einstellungen des Arbeitsbereichs).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="78" />
            <source>Health = RE% × 0.4 + min(replies/1k ÷ top × 100, 100) × 0.3 + min(saves/1k ÷ top × 100, 100) × 0.3 with RE {returning}%, replies {replies}, saves {saves}</source>
            <translation>Gesundheit = WI% × 0,4 + min(Antworten/1.000 ÷ Spitze × 100, 100) × 0,3 + min(Speicherungen/1.000 ÷ Spitze × 100, 100) × 0,3 mit WI {returning} %, Antworten {replies}, Speicherungen {saves}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="88" />
            <source>Week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="96" />
            <source>Posts (c/r)</source>
            <translation>Beiträge (C/R)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="100" />
            <source>{community} community posts (judged on replies, saves, returning engagers) and {reach} reach posts (judged on reach and shares).</source>
            <translation>{community} Community-Beiträge (bewertet nach Antworten, Speicherungen, wiederkehrenden Interagierenden) und {reach} Reichweiten-Beiträge (bewertet nach Reichweite und Shares).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="108" />
            <source>Reach</source>
            <translation>Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="112" />
            <source>Sum of post reach. Shares: {shares}.</source>
            <translation>Summe der Beitragsreichweite. Shares: {shares}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="116" />
            <source>ER</source>
            <translation>ER</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="119" />
            <source>Saves/1k</source>
            <translation>Speich./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="123" />
            <source>Saves per 1,000 reach = saves / reach × 1000 = {saves} / {reach} × 1000 (community posts' saves over their reach when showing all posts)</source>
            <translation>Speicherungen pro 1.000 Reichweite = Speicherungen / Reichweite × 1000 = {saves} / {reach} × 1000 (Speicherungen der Community-Beiträge über deren Reichweite, wenn alle Beiträge gezeigt werden)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="131" />
            <source>Replies/1k</source>
            <translation>Antw./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="135" />
            <source>Replies per 1,000 reach = replies / reach × 1000 = {replies} / {reach} × 1000 (community posts' comments over their reach when showing all posts)</source>
            <translation>Antworten pro 1.000 Reichweite = Antworten / Reichweite × 1000 = {replies} / {reach} × 1000 (Kommentare der Community-Beiträge über deren Reichweite, wenn alle Beiträge gezeigt werden)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="143" />
            <source>Returning</source>
            <translation>Wiederkehrend</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="147" />
            <source>People who engaged on 2+ different days in the 30 days ending {day}: {count}</source>
            <translation>Personen, die in den 30 Tagen bis {day} an 2+ verschiedenen Tagen interagiert haben: {count}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="153" />
            <source>Returning %</source>
            <translation>Wiederkehrend %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="157" />
            <source>Returning share = returning / engaged × 100 = {returning} / {engaged} × 100 (30 days ending {day})</source>
            <translation>Anteil Wiederkehrender = wiederkehrend / interagiert × 100 = {returning} / {engaged} × 100 (30 Tage bis {day})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="168" />
            <source>Engaged</source>
            <translation>Interagiert</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="172" />
            <source>Distinct people who engaged in the 30 days ending {day}</source>
            <translation>Verschiedene Personen, die in den 30 Tagen bis {day} interagiert haben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="178" />
            <source>Deep threads</source>
            <translation>Tiefe Threads</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="182" />
            <source>Threads started this week with at least 3 messages from at least 2 people</source>
            <translation>Diese Woche begonnene Threads mit mindestens 3 Nachrichten von mindestens 2 Personen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="188" />
            <source>DM msgs/thread</source>
            <translation>DM-Nachr./Thread</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="196" />
            <source>DMs answered %</source>
            <translation>DMs beantwortet %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="202" />
            <source>Health</source>
            <translation>Gesundheit</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="213" />
            <source>* %n post(s) had no reach: {standin} stood in for reach (Workspace settings).</source>
            <translation>
                <numerusform>* %n Beitrag hatte keine Reichweite: {standin} stand stellvertretend für die Reichweite (Einstellungen des Arbeitsbereichs).</numerusform>
                <numerusform>* %n Beiträge hatten keine Reichweite: {standin} stand stellvertretend für die Reichweite (Einstellungen des Arbeitsbereichs).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="275" />
            <source>Benchmark band {low}–{high}{unit}; below it: {action}</source>
            <translation>Richtwertbereich {low}–{high}{unit}; darunter: {action}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="281" />
            <source>* Some weeks use a stand-in for missing reach: {words}.</source>
            <translation>* Manche Wochen nutzen einen Ersatz für fehlende Reichweite: {words}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="352" />
            <source>Below the band {low}–{high}: {action}</source>
            <translation>Unter dem Bereich {low}–{high}: {action}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="356" />
            <source>In the band {low}–{high}</source>
            <translation>Im Bereich {low}–{high}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="358" />
            <source>Above the band {low}–{high}</source>
            <translation>Über dem Bereich {low}–{high}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="365" />
            <source>Change from the week before: {change}</source>
            <translation>Veränderung zur Vorwoche: {change}</translation>
        </message>
    </context>
    <context>
        <name>SlaPage</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="67" />
            <source>Reply within</source>
            <translation>Antworte innerhalb von</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="70" />
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="72" />
            <source>to the first</source>
            <translation>auf die ersten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="76" />
            <source>comments on key posts.</source>
            <translation>Kommentare unter wichtigen Beiträgen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="77" />
            <source>Save SLA</source>
            <translation>SLA speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="87" />
            <source>Replies by your own handles in the post log count as yours: the SLA is then computed from timestamps. Set them in File › Workspace settings (Ctrl+,).</source>
            <translation>Antworten deiner eigenen Handles im Beitragsprotokoll zählen als deine: Das SLA wird dann aus Zeitstempeln berechnet. Lege sie unter Datei › Einstellungen des Arbeitsbereichs (Strg+,) fest.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="99" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="144" />
            <source>Computing the response SLA…</source>
            <translation>Die Antwort-SLA wird berechnet…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="108" />
            <source>Filter weeks…</source>
            <translation>Wochen filtern…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="110" />
            <source>Filter missed posts…</source>
            <translation>Verfehlte Beiträge filtern…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="131" />
            <source>Your own handles: {handles} — change them in File › Workspace settings (Ctrl+,).</source>
            <translation>Deine eigenen Handles: {handles} — ändere sie unter Datei › Einstellungen des Arbeitsbereichs (Strg+,).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="132" />
            <source>none set</source>
            <translation>keine festgelegt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="163" />
            <source>Could not compute the response SLA: {reason}</source>
            <translation>Die Antwort-SLA konnte nicht berechnet werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="174" />
            <source>No SLA data yet: record on a post how many of its first comments got a reply in time, or log comments and your replies (set your handle) to have it computed.</source>
            <translation>Noch keine SLA-Daten: Trage bei einem Beitrag ein, wie viele seiner ersten Kommentare rechtzeitig eine Antwort bekamen, oder erfasse Kommentare und deine Antworten (lege dein Handle fest), damit es berechnet wird.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="183" />
            <source>This week: {rate}.</source>
            <translation>Diese Woche: {rate}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="188" />
            <source>&lt;b&gt;{rate}&lt;/b&gt; of the first {first} comments got a reply within {minutes} min over the last {weeks} weeks ({replied} of {considered}; %n post(s), {computed} computed from timestamps).</source>
            <translation>
                <numerusform>&lt;b&gt;{rate}&lt;/b&gt; der ersten {first} Kommentare bekamen in den letzten {weeks} Wochen innerhalb von {minutes} Min. eine Antwort ({replied} von {considered}; %n Beitrag, {computed} aus Zeitstempeln berechnet).</numerusform>
                <numerusform>&lt;b&gt;{rate}&lt;/b&gt; der ersten {first} Kommentare bekamen in den letzten {weeks} Wochen innerhalb von {minutes} Min. eine Antwort ({replied} von {considered}; %n Beiträge, {computed} aus Zeitstempeln berechnet).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="201" />
            <source>%n post(s) missed the SLA</source>
            <translation>
                <numerusform>%n Beitrag hat das SLA verfehlt</numerusform>
                <numerusform>%n Beiträge haben das SLA verfehlt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="203" />
            <source>slipping reply times are a common mistake: fast replies to the first comments keep a thread going.</source>
            <translation>nachlassende Antwortzeiten sind ein häufiger Fehler: Schnelle Antworten auf die ersten Kommentare halten ein Gespräch am Laufen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="216" />
            <source>Change response SLA</source>
            <translation>Antwort-SLA ändern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="220" />
            <source>Response SLA not saved: {reason}</source>
            <translation>Antwort-SLA nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="223" />
            <source>Response SLA</source>
            <translation>Antwort-SLA</translation>
        </message>
    </context>
    <context>
        <name>SprintActions</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="58" />
            <source>Created sprint “{name}”</source>
            <translation>Sprint „{name}“ erstellt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="95" />
            <source>Planned “{name}” from {day} with %n carried</source>
            <translation>
                <numerusform>„{name}“ ab {day} geplant, %n Aufgabe übernommen</numerusform>
                <numerusform>„{name}“ ab {day} geplant, %n Aufgaben übernommen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="123" />
            <source>Delete “{name}” with its %n task(s) and check-in notes? This cannot be undone.</source>
            <translation>
                <numerusform>„{name}“ mit seiner %n Aufgabe und den Check-in-Notizen löschen? Das lässt sich nicht rückgängig machen.</numerusform>
                <numerusform>„{name}“ mit seinen %n Aufgaben und den Check-in-Notizen löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="125" />
            <source>Delete sprint</source>
            <translation>Sprint löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="146" />
            <source>Export sprint report</source>
            <translation>Sprint-Bericht exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="148" />
            <source>Markdown (*.md);;PDF (*.pdf)</source>
            <translation>Markdown (*.md);;PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="166" />
            <source>Sprint report: {name}</source>
            <translation>Sprint-Bericht: {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="174" />
            <source>Could not write {path}: {reason}</source>
            <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="180" />
            <source>Sprint report written to {path}</source>
            <translation>Sprint-Bericht in {path} geschrieben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="191" />
            <source>Exported to {path}</source>
            <translation>Exportiert nach {path}</translation>
        </message>
    </context>
    <context>
        <name>SprintCheckinModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="220" />
            <source>Week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="221" />
            <source>Dates</source>
            <translation>Daten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="222" />
            <source>Returning</source>
            <translation>Wiederkehrend</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="223" />
            <source>Share</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="224" />
            <source>Engaged</source>
            <translation>Interagierend</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="225" />
            <source>Replies/1k</source>
            <translation>Antw./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="226" />
            <source>What worked</source>
            <translation>Was funktioniert hat</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="227" />
            <source>What to drop</source>
            <translation>Was wegfallen soll</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="230" />
            <source>Sprint week</source>
            <translation>Sprint-Woche</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="231" />
            <source>First and last day of the week</source>
            <translation>Erster und letzter Tag der Woche</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="233" />
            <source>Returning engagers: people who engaged on at least two different days in the 30 days ending on the week's last day</source>
            <translation>Wiederkehrende Interagierende: Personen, die in den 30 Tagen bis zum letzten Tag der Woche an mindestens zwei verschiedenen Tagen interagiert haben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="240" />
            <source>Returning share = returning engagers ÷ engaged people (30-day window). Benchmark 20–40 %. The verdict judges this share.</source>
            <translation>Anteil Wiederkehrender = wiederkehrende Interagierende ÷ interagierende Personen (30-Tage-Fenster). Richtwert 20–40 %. Das Urteil bewertet diesen Anteil.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="247" />
            <source>Engaged people: everyone who engaged at least once in the 30-day window</source>
            <translation>Interagierende Personen: alle, die im 30-Tage-Fenster mindestens einmal interagiert haben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="252" />
            <source>Replies per 1,000 reach: replies on community posts ÷ their reach × 1,000. Benchmark 5–25. The verdict judges this rate.</source>
            <translation>Antworten pro 1.000 Reichweite: Antworten auf Community-Beiträge ÷ deren Reichweite × 1.000. Richtwert 5–25. Das Urteil bewertet diese Quote.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="258" />
            <source>Your note: what to keep doing (double-click to edit)</source>
            <translation>Deine Notiz: was du beibehalten willst (Doppelklick zum Bearbeiten)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="259" />
            <source>Your note: what to stop doing (double-click to edit)</source>
            <translation>Deine Notiz: womit du aufhören willst (Doppelklick zum Bearbeiten)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="264" />
            <source>Figures appear once the week has ended; only complete weeks count toward the verdict.</source>
            <translation>Die Werte erscheinen, sobald die Woche vorbei ist; nur vollständige Wochen zählen für das Urteil.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="299" />
            <source>Week {number}</source>
            <translation>Woche {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="334" />
            <source>upcoming</source>
            <translation>bevorstehend</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="335" />
            <source>in progress</source>
            <translation>läuft</translation>
        </message>
    </context>
    <context>
        <name>SprintCommands</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/commands.py" line="55" />
            <source>Tick “{title}”</source>
            <translation>„{title}“ abhaken</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/commands.py" line="57" />
            <source>Untick “{title}”</source>
            <translation>Häkchen bei „{title}“ entfernen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/commands.py" line="79" />
            <source>Move “{title}” to week {number}</source>
            <translation>„{title}“ in Woche {number} verschieben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/commands.py" line="98" />
            <source>Edit task “{title}”</source>
            <translation>Aufgabe „{title}“ bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/commands.py" line="118" />
            <source>Add task “{title}”</source>
            <translation>Aufgabe „{title}“ hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/commands.py" line="141" />
            <source>Delete task “{title}”</source>
            <translation>Aufgabe „{title}“ löschen</translation>
        </message>
    </context>
    <context>
        <name>SprintDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="284" />
            <source>Sprint details</source>
            <translation>Sprint-Details</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="288" />
            <source>Free text, e.g. Alex, Sam</source>
            <translation>Freitext, z. B. Alex, Sam</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="292" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="293" />
            <source>Dates:</source>
            <translation>Zeitraum:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="294" />
            <source>&amp;Owners:</source>
            <translation>&amp;Verantwortliche:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="295" />
            <source>No&amp;tes:</source>
            <translation>No&amp;tizen:</translation>
        </message>
    </context>
    <context>
        <name>SprintMetricsChart</name>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_chart.py" line="27" />
            <source>W{number}</source>
            <comment>week number on the chart axis</comment>
            <translation>W{number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_chart.py" line="34" />
            <source>Blue: returning engagers as a share of engaged people (30-day window, %).
Orange: replies per 1,000 reach on community posts.
Only weeks that have ended are plotted.</source>
            <translation>Blau: wiederkehrende Interagierende als Anteil der interagierenden Personen (30-Tage-Fenster, %).
Orange: Antworten pro 1.000 Reichweite bei Community-Beiträgen.
Nur abgeschlossene Wochen werden gezeichnet.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_chart.py" line="41" />
            <source>Returning share %</source>
            <translation>Anteil Wiederkehrender %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_chart.py" line="43" />
            <source>Replies per 1,000 reach</source>
            <translation>Antworten pro 1.000 Reichweite</translation>
        </message>
    </context>
    <context>
        <name>SprintTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="74" />
            <source>Continue the same rituals another month</source>
            <translation>Dieselben Rituale einen weiteren Monat fortführen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="75" />
            <source>Narrow the topic and reduce formats</source>
            <translation>Thema eingrenzen und Formate reduzieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="76" />
            <source>Not enough data yet</source>
            <translation>Noch nicht genug Daten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="130" />
            <source>&lt;h2&gt;No sprint yet&lt;/h2&gt;&lt;p&gt;A sprint is 30 days in four weeks: set foundations, trigger participation, improve signal quality, make it repeatable. Each week has a goal, tasks and a deliverable.&lt;/p&gt;&lt;p&gt;At the end, the decision rule reads your returning engagers and replies per 1,000 reach: both rising two weeks in a row → continue; otherwise → narrow the topic and reduce formats.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Noch kein Sprint&lt;/h2&gt;&lt;p&gt;Ein Sprint sind 30 Tage in vier Wochen: Grundlagen legen, Beteiligung anstoßen, die Aussagekraft der Signale verbessern, es wiederholbar machen. Jede Woche hat ein Ziel, Aufgaben und ein Ergebnis.&lt;/p&gt;&lt;p&gt;Am Ende liest die Entscheidungsregel deine wiederkehrenden Interagierenden und Antworten pro 1.000 Reichweite: beide zwei Wochen in Folge gestiegen → fortführen; sonst → Thema eingrenzen und Formate reduzieren.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="138" />
            <source>Create the first sprint…</source>
            <translation>Ersten Sprint erstellen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="154" />
            <source>Sprint:</source>
            <translation>Sprint:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="160" />
            <source>Pick a sprint of this workspace</source>
            <translation>Wähle einen Sprint dieses Arbeitsbereichs</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="168" />
            <source>Tasks done across the four weeks</source>
            <translation>Erledigte Aufgaben über die vier Wochen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="176" />
            <source>&amp;New sprint…</source>
            <translation>&amp;Neuer Sprint…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="178" />
            <source>Create a 30-day sprint from the template or a copy of an earlier one (Ctrl+Shift+N)</source>
            <translation>Einen 30-Tage-Sprint aus der Vorlage oder als Kopie eines früheren erstellen (Strg+Umschalt+N)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="181" />
            <source>&amp;Plan next month…</source>
            <translation>Nächsten Monat &amp;planen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="183" />
            <source>Create the next sprint starting the day after this one, carrying unfinished tasks (Ctrl+Shift+M)</source>
            <translation>Den nächsten Sprint ab dem Tag nach diesem erstellen und offene Aufgaben übernehmen (Strg+Umschalt+M)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="186" />
            <source>E&amp;xport report…</source>
            <translation>Bericht e&amp;xportieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="187" />
            <source>Sprint report as Markdown or PDF (Ctrl+Shift+R)</source>
            <translation>Sprint-Bericht als Markdown oder PDF (Strg+Umschalt+R)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="191" />
            <source>More</source>
            <translation>Mehr</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="194" />
            <source>Sprint &amp;details…</source>
            <translation>Sprint-&amp;Details…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="195" />
            <source>Rename the sprint, change owners or notes</source>
            <translation>Sprint umbenennen, Verantwortliche oder Notizen ändern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="196" />
            <source>&amp;Delete sprint…</source>
            <translation>Sprint &amp;löschen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="217" />
            <source>Weekly check-in</source>
            <translation>Wöchentlicher Check-in</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="221" />
            <source>Filter weeks and notes…</source>
            <translation>Wochen und Notizen filtern…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="236" />
            <source>Figures are the Dashboard's, for community posts. Returning engagers: people who engaged on two or more days in the 30 days ending on the week's last day. Replies per 1,000 reach: community posts only. Figures appear when a week has ended. Double-click a note to edit it.</source>
            <translation>Die Werte stammen aus dem Dashboard, für Community-Beiträge. Wiederkehrende Interagierende: Personen, die in den 30 Tagen bis zum letzten Tag der Woche an zwei oder mehr Tagen interagiert haben. Antworten pro 1.000 Reichweite: nur Community-Beiträge. Die Werte erscheinen, wenn eine Woche vorbei ist. Doppelklicke auf eine Notiz, um sie zu bearbeiten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="247" />
            <source>Decision rule</source>
            <translation>Entscheidungsregel</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="266" />
            <source>Both returning share and replies per 1,000 reach rose in each of the last two week-over-week steps → continue. Otherwise → narrow. Fewer than three ended weeks → not enough data. Equal is not rising.</source>
            <translation>Anteil Wiederkehrender und Antworten pro 1.000 Reichweite sind in beiden letzten Wochenschritten gestiegen → fortführen. Sonst → eingrenzen. Weniger als drei abgeschlossene Wochen → nicht genug Daten. Gleich ist nicht gestiegen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="350" />
            <source>{done}/{total} done ({percent})</source>
            <translation>{done}/{total} erledigt ({percent})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="356" />
            <source>week {number} of 4</source>
            <translation>Woche {number} von 4</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="358" />
            <source>ended</source>
            <translation>beendet</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="360" />
            <source>starts {day}</source>
            <translation>beginnt am {day}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="361" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n überfällig</numerusform>
                <numerusform>%n überfällig</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="362" />
            <source>Owners: {owners}</source>
            <translation>Verantwortliche: {owners}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="378" />
            <source>Returning share is judged (not the count) so a month that merely reached more people does not pass for one where more of them came back. Only weeks that have ended count.</source>
            <translation>Bewertet wird der Anteil Wiederkehrender (nicht die Anzahl), damit ein Monat, der bloß mehr Menschen erreicht hat, nicht als einer gilt, in dem mehr von ihnen wiedergekommen sind. Nur abgeschlossene Wochen zählen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="420" />
            <source>Sprint</source>
            <translation>Sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="426" />
            <source>task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="455" />
            <source>Kept the other member's version of the task.</source>
            <translation>Die Fassung des anderen Mitglieds der Aufgabe wurde beibehalten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="505" />
            <source>Edit task “{title}”</source>
            <translation>Aufgabe „{title}“ bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="529" />
            <source>Edit week {number}</source>
            <translation>Woche {number} bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="536" />
            <source>Week {number}: what worked</source>
            <translation>Woche {number}: was funktioniert hat</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="538" />
            <source>Week {number}: what to drop</source>
            <translation>Woche {number}: was wegfallen soll</translation>
        </message>
    </context>
    <context>
        <name>SprintTaskListModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="58" />
            <source>overdue</source>
            <translation>überfällig</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="62" />
            <source>due {day}</source>
            <translation>fällig {day}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="66" />
            <source>carried over</source>
            <translation>übernommen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="124" />
            <source>Owner: {owner}</source>
            <translation>Verantwortlich: {owner}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="126" />
            <source>Due: {day}</source>
            <translation>Fällig: {day}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="126" />
            <source>No due date</source>
            <translation>Kein Fälligkeitsdatum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="129" />
            <source>&lt;b&gt;Overdue&lt;/b&gt;: open and past its due date</source>
            <translation>&lt;b&gt;Überfällig&lt;/b&gt;: offen und über dem Fälligkeitsdatum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="134" />
            <source>Space: done · Enter: edit · Ctrl+←/→: move week · Del: delete</source>
            <translation>Leertaste: erledigt · Eingabe: bearbeiten · Strg+←/→: Woche wechseln · Entf: löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="145" />
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="145" />
            <source>open</source>
            <translation>offen</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../microcomm_desktop/ui/startup.py" line="68" />
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/startup.py" line="196" />
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="192" />
            <source>Edit task</source>
            <translation>Aufgabe bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="192" />
            <source>Add task</source>
            <translation>Aufgabe hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="195" />
            <source>e.g. Draft 10 prompts</source>
            <translation>z. B. 10 Impulse entwerfen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="198" />
            <source>Week {number}</source>
            <translation>Woche {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="201" />
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="220" />
            <source>Post URL, ritual name, prompt set or file path</source>
            <translation>Beitrags-URL, Ritualname, Impulsset oder Dateipfad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="221" />
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="227" />
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="228" />
            <source>&amp;Week:</source>
            <translation>&amp;Woche:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="229" />
            <source>&amp;Owner:</source>
            <translation>&amp;Verantwortlich:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="230" />
            <source>Due date:</source>
            <translation>Fälligkeitsdatum:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="231" />
            <source>&amp;Notes:</source>
            <translation>&amp;Notizen:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="232" />
            <source>&amp;Produced:</source>
            <translation>&amp;Erzeugt:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="240" />
            <source>Document this task produced</source>
            <translation>Dokument, das diese Aufgabe erzeugt hat</translation>
        </message>
    </context>
    <context>
        <name>TeamServerDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="27" />
            <source>Connect to team server</source>
            <translation>Mit Team-Server verbinden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="34" />
            <source>A team shares one workspace on a PostgreSQL server: everyone logs, imports and plans at the same time. Ask whoever set up the server for these details. The password is kept in your system's keyring, never in MicroComm's settings file.</source>
            <translation>Ein Team teilt sich einen Arbeitsbereich auf einem PostgreSQL-Server: Alle erfassen, importieren und planen gleichzeitig. Frage die Person, die den Server eingerichtet hat, nach diesen Angaben. Das Passwort liegt im Schlüsselbund deines Systems, nie in der Einstellungsdatei von MicroComm.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="39" />
            <source>Open now: {current}</source>
            <translation>Jetzt geöffnet: {current}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="48" />
            <source>kept in the system keyring</source>
            <translation>im Schlüsselbund des Systems gespeichert</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="52" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="53" />
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="54" />
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="55" />
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="56" />
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="71" />
            <source>Test connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="72" />
            <source>Connect</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="74" />
            <source>Use the local data file</source>
            <translation>Lokale Datendatei verwenden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="98" />
            <source>Connecting…</source>
            <translation>Verbinde…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="106" />
            <source>Please correct the fields above.</source>
            <translation>Bitte korrigiere die Felder oben.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="113" />
            <source>Restart MicroComm to open it.</source>
            <translation>Starte MicroComm neu, um ihn zu öffnen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="119" />
            <source>MicroComm opens the local data file at the next start.</source>
            <translation>MicroComm öffnet beim nächsten Start die lokale Datendatei.</translation>
        </message>
    </context>
    <context>
        <name>ThemePicker</name>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/theme_editor.py" line="40" />
            <source>Add a theme… (Enter or comma)</source>
            <translation>Thema hinzufügen… (Eingabe oder Komma)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/theme_editor.py" line="43" />
            <source>Type to pick an existing theme or create a new one; Enter or a comma adds it. Backspace in the empty box removes the last theme.</source>
            <translation>Tippe, um ein vorhandenes Thema zu wählen oder ein neues anzulegen; Eingabe oder ein Komma fügt es hinzu. Rücktaste im leeren Feld entfernt das letzte Thema.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/theme_editor.py" line="122" />
            <source>Remove “{theme}”</source>
            <translation>„{theme}“ entfernen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/theme_editor.py" line="124" />
            <source>Remove “{theme}” (new theme)</source>
            <translation>„{theme}“ entfernen (neues Thema)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/theme_editor.py" line="127" />
            <source>Theme {theme}, click to remove</source>
            <translation>Thema {theme}, zum Entfernen klicken</translation>
        </message>
    </context>
    <context>
        <name>ThumbnailLoader</name>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/thumbnail_loader.py" line="40" />
            <source>{file} is missing from the data folder.</source>
            <translation>{file} fehlt im Datenordner.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/thumbnail_loader.py" line="47" />
            <source>{file} is not an image Qt can read ({error}).</source>
            <translation>{file} ist kein Bild, das Qt lesen kann ({error}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/thumbnail_loader.py" line="57" />
            <source>{file} is {width} × {height} pixels — too large to show.</source>
            <translation>{file} hat {width} × {height} Pixel – zu groß zum Anzeigen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/thumbnail_loader.py" line="67" />
            <source>{file} could not be decoded: {error}.</source>
            <translation>{file} konnte nicht dekodiert werden: {error}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/thumbnail_loader.py" line="85" />
            <source>{file} could not be read: {error}</source>
            <translation>{file} konnte nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/thumbnail_loader.py" line="125" />
            <source>unreadable</source>
            <translation>nicht lesbar</translation>
        </message>
    </context>
    <context>
        <name>WeekColumn</name>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="119" />
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="161" />
            <source>Week {number}</source>
            <translation>Woche {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="121" />
            <source>TODAY</source>
            <translation>HEUTE</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="123" />
            <source>Today falls in this week</source>
            <translation>Heute liegt in dieser Woche</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="125" />
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="126" />
            <source>Edit the goal and deliverable of week {number}</source>
            <translation>Ziel und Ergebnis von Woche {number} bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="134" />
            <source>The week's main goal</source>
            <translation>Das Hauptziel der Woche</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="137" />
            <source>What exists at the end of the week if it went well</source>
            <translation>Was am Ende der Woche existiert, wenn sie gut lief</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="148" />
            <source>Week {number} tasks</source>
            <translation>Aufgaben von Woche {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="152" />
            <source>+ Add task</source>
            <translation>+ Aufgabe hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="153" />
            <source>Add a task to week {number} (Insert in the list)</source>
            <translation>Eine Aufgabe zu Woche {number} hinzufügen (Einfg in der Liste)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="162" />
            <source>(none)</source>
            <translation>(keins)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="163" />
            <source>Goal:</source>
            <translation>Ziel:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="164" />
            <source>Deliverable:</source>
            <translation>Ergebnis:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="168" />
            <source>{done}/{total} done ({percent})</source>
            <translation>{done}/{total} erledigt ({percent})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="172" />
            <source>no tasks</source>
            <translation>keine Aufgaben</translation>
        </message>
    </context>
    <context>
        <name>WeekDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="263" />
            <source>Week {number}</source>
            <translation>Woche {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="267" />
            <source>&amp;Goal:</source>
            <translation>&amp;Ziel:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="268" />
            <source>&amp;Deliverable:</source>
            <translation>&amp;Ergebnis:</translation>
        </message>
    </context>
    <context>
        <name>WeeklyChart</name>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="117" />
            <source>Hover over the chart to read a week's value.</source>
            <translation>Fahre mit der Maus über das Diagramm, um den Wert einer Woche zu lesen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="119" />
            <source>Reset zoom</source>
            <translation>Zoom zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="120" />
            <source>Show every week again after zooming (mouse wheel) or panning (drag)</source>
            <translation>Nach Zoomen (Mausrad) oder Verschieben (Ziehen) wieder alle Wochen zeigen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="122" />
            <source>Save chart as PNG/SVG…</source>
            <translation>Diagramm als PNG/SVG speichern…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="172" />
            <source>Benchmark band {band}</source>
            <translation>Richtwertbereich {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="223" />
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="224" />
            <source>Week ending {date}: {value}</source>
            <translation>Woche bis {date}: {value}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="256" />
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="272" />
            <source>Save chart</source>
            <translation>Diagramm speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="258" />
            <source>PNG image (*.png);;SVG image (*.svg)</source>
            <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="269" />
            <source>the image could not be written</source>
            <translation>das Bild konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="272" />
            <source>Could not save {path}: {error}</source>
            <translation>{path} konnte nicht gespeichert werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="31" />
            <source>Welcome to MicroComm</source>
            <translation>Willkommen bei MicroComm</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="35" />
            <source>Run a micro community as a measured system: a clear promise, weekly rituals, a post log that computes returning engagers and conversation depth, deals and 30-day sprints.</source>
            <translation>Führe eine Mikro-Community als gemessenes System: ein klares Versprechen, wöchentliche Rituale, ein Beitragsprotokoll, das wiederkehrende Interagierende und Gesprächstiefe berechnet, Deals und 30-Tage-Sprints.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="40" />
            <source>Everything stays on this computer. The sample community can be removed again at any time (File › Delete workspace…).</source>
            <translation>Alles bleibt auf diesem Computer. Die Beispiel-Community lässt sich jederzeit wieder entfernen (Datei › Arbeitsbereich löschen…).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="46" />
            <source>Start a community…</source>
            <translation>Eine Community starten…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="49" />
            <source>Explore the sample community</source>
            <translation>Beispiel-Community erkunden</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="34" />
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="41" />
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="60" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="64" />
            <source>&amp;New workspace…</source>
            <translation>&amp;Neuer Arbeitsbereich…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="72" />
            <source>Workspace &amp;settings…</source>
            <translation>&amp;Einstellungen des Arbeitsbereichs…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="80" />
            <source>Re&amp;name workspace…</source>
            <translation>Arbeitsbereich &amp;umbenennen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="88" />
            <source>&amp;Delete workspace…</source>
            <translation>Arbeitsbereich &amp;löschen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="96" />
            <source>U&amp;ndo delete</source>
            <translation>Löschen &amp;rückgängig machen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="105" />
            <source>&amp;Import posts…</source>
            <translation>Beiträge &amp;importieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="113" />
            <source>Import &amp;interactions…</source>
            <translation>Interaktionen i&amp;mportieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="121" />
            <source>Import &amp;engagers…</source>
            <translation>Interagierende im&amp;portieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="129" />
            <source>Import &amp;chat export…</source>
            <translation>&amp;Chat-Export importieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="137" />
            <source>&amp;Export current table to CSV…</source>
            <translation>Aktuelle Tabelle als CSV e&amp;xportieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="142" />
            <source>Export &amp;all data to CSV</source>
            <translation>Alle Daten als CS&amp;V exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="144" />
            <source>All posts…</source>
            <translation>Alle Beiträge…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="145" />
            <source>All interactions…</source>
            <translation>Alle Interaktionen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="146" />
            <source>All engagers…</source>
            <translation>Alle Interagierenden…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="154" />
            <source>Connect to &amp;team server…</source>
            <translation>Mit &amp;Team-Server verbinden…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="162" />
            <source>E&amp;xport workspace to file…</source>
            <translation>&amp;Arbeitsbereich in Datei exportieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="170" />
            <source>Im&amp;port workspace file…</source>
            <translation>Arbeitsbereichs&amp;datei importieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="179" />
            <source>&amp;Open data folder</source>
            <translation>Daten&amp;ordner öffnen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="187" />
            <source>&amp;Back up now</source>
            <translation>&amp;Jetzt sichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="195" />
            <source>&amp;Restore from backup…</source>
            <translation>Aus &amp;Sicherung wiederherstellen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="204" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="210" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="211" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="213" />
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="221" />
            <source>&amp;Tag selected posts…</source>
            <translation>Ausgewählte Beiträge ver&amp;schlagworten…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="227" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="240" />
            <source>Switch &amp;workspace</source>
            <translation>&amp;Arbeitsbereich wechseln</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="247" />
            <source>&amp;Refresh</source>
            <translation>Ak&amp;tualisieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="256" />
            <source>&amp;Theme</source>
            <translation>&amp;Farbschema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="258" />
            <source>Follow system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="259" />
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="260" />
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="266" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="270" />
            <source>&amp;Definitions and help</source>
            <translation>&amp;Definitionen und Hilfe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="274" />
            <source>&amp;Where is my data?</source>
            <translation>&amp;Wo sind meine Daten?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="275" />
            <source>&amp;About {app}</source>
            <translation>Ü&amp;ber {app}</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceSettingsDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="26" />
            <source>nothing — ratios stay n/a</source>
            <translation>nichts – Quoten bleiben k. A.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="27" />
            <source>views</source>
            <translation>Aufrufe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="28" />
            <source>impressions</source>
            <translation>Impressionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="29" />
            <source>views, else impressions</source>
            <translation>Aufrufe, sonst Impressionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="30" />
            <source>impressions, else views</source>
            <translation>Impressionen, sonst Aufrufe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="44" />
            <source>Workspace settings — {name}</source>
            <translation>Einstellungen des Arbeitsbereichs – {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="52" />
            <source>Engagements / reach (default)</source>
            <translation>Engagements / Reichweite (Standard)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="53" />
            <source>Engagements / impressions</source>
            <translation>Engagements / Impressionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="63" />
            <source>@yourname, youtube:@YourChannel</source>
            <translation>@deinname, youtube:@DeinKanal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="66" />
            <source>Your own accounts, separated by commas; 'platform:@name' limits one to a platform. Their replies time the response SLA and deepen conversations, but they never count as an engager (returning engagers, cohorts, top engagers, insights, sprint check-in, reports). Case and '@' do not matter.</source>
            <translation>Deine eigenen Konten, durch Kommas getrennt; 'plattform:@name' beschränkt eines auf eine Plattform. Ihre Antworten zählen für das Antwort-SLA und vertiefen Gespräche, aber sie zählen nie als Interagierende (wiederkehrende Interagierende, Kohorten, Top-Interagierende, Insights, Sprint-Check-in, Berichte). Groß-/Kleinschreibung und '@' spielen keine Rolle.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="77" />
            <source>When a post has no reach (e.g. YouTube), divide ER, saves/1k, replies/1k by…</source>
            <translation>Wenn ein Beitrag keine Reichweite hat (z. B. YouTube), ER, Speicherungen/1k, Antworten/1k teilen durch…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="81" />
            <source>Figures computed this way are marked * and say which stand-in they use (dashboard, posts, insights, reports). With 'nothing' those ratios stay n/a for posts without reach.</source>
            <translation>So berechnete Werte sind mit * markiert und nennen den verwendeten Ersatzwert (Dashboard, Beiträge, Insights, Berichte). Mit „nichts“ bleiben diese Quoten für Beiträge ohne Reichweite k. A.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="100" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="101" />
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="102" />
            <source>Engagement rate</source>
            <translation>Engagement-Rate</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="103" />
            <source>Weeks start on</source>
            <translation>Wochen beginnen am</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="104" />
            <source>Currency code</source>
            <translation>Währungscode</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="105" />
            <source>Currency symbol</source>
            <translation>Währungssymbol</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="106" />
            <source>Your own handles</source>
            <translation>Deine eigenen Handles</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="117" />
            <source>A workspace needs a name.</source>
            <translation>Ein Arbeitsbereich braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="121" />
            <source>Unknown time zone “{zone}”; pick one from the list.</source>
            <translation>Unbekannte Zeitzone „{zone}“; wähle eine aus der Liste.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="133" />
            <source>The currency code has three letters, e.g. USD or EUR.</source>
            <translation>Der Währungscode hat drei Buchstaben, z. B. USD oder EUR.</translation>
        </message>
    </context>
    <context>
        <name>_AddRateDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="75" />
            <source>Add a rate</source>
            <translation>Preis hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="79" />
            <source>Base price per deliverable</source>
            <translation>Grundpreis pro Leistung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="80" />
            <source>Add-on</source>
            <translation>Zusatzleistung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="81" />
            <source>Series bundle</source>
            <translation>Serienpaket</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="85" />
            <source>e.g. Reel, Paid usage rights, 4-week series</source>
            <translation>z. B. Reel, bezahlte Nutzungsrechte, 4-Wochen-Serie</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="90" />
            <source>amount, or percent for % of fee</source>
            <translation>Betrag, oder Prozent bei „% des Honorars“</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="92" />
            <source>e.g. per video, per 30 days</source>
            <translation>z. B. pro Video, pro 30 Tage</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="96" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="97" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="98" />
            <source>Pricing</source>
            <translation>Preisart</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="99" />
            <source>Rate</source>
            <translation>Preis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="100" />
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="79" />
            <source>{problem}

Your data may be damaged; nothing will be saved to it. Use File › Restore from backup… to go back to a backup; the current file is kept.</source>
            <translation>{problem}

Deine Daten sind vielleicht beschädigt; es wird nichts darin gespeichert. Mit Datei › Aus Sicherung wiederherstellen… kehrst du zu einer Sicherung zurück; die aktuelle Datei bleibt erhalten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="94" />
            <source>{problem}

Your data may be damaged. Use File › Restore from backup… to go back to a backup; the current file is kept.</source>
            <translation>{problem}

Deine Daten sind vielleicht beschädigt. Mit Datei › Aus Sicherung wiederherstellen… kehrst du zu einer Sicherung zurück; die aktuelle Datei bleibt erhalten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="117" />
            <source>The daily backup could not be written: {reason}</source>
            <translation>Die tägliche Sicherung konnte nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="319" />
            <source>MicroComm cannot use its lock file {path}: {reason}.</source>
            <translation>MicroComm kann seine Sperrdatei {path} nicht verwenden: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="396" />
            <source>{problem}

MicroComm opens your local data instead.</source>
            <translation>{problem}

MicroComm öffnet stattdessen deine lokalen Daten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="409" />
            <source>MicroComm did not close normally last time.
Checking your data before opening it…</source>
            <translation>MicroComm wurde beim letzten Mal nicht normal beendet.
Deine Daten werden vor dem Öffnen geprüft…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="439" />
            <source>

The newest backup is {backup}. Close MicroComm, move the damaged file aside and copy the backup in its place (File › Restore from backup does this once the app opens).</source>
            <translation>

Die neueste Sicherung ist {backup}. Schließe MicroComm, lege die beschädigte Datei beiseite und kopiere die Sicherung an ihre Stelle (Datei › Aus Sicherung wiederherstellen erledigt das, sobald die App geöffnet ist).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="451" />
            <source>{problem}{hint}

The file was left untouched.</source>
            <translation>{problem}{hint}

Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="481" />
            <source>{problem}

The file was left untouched. Use a backup from {folder}.</source>
            <translation>{problem}

Die Datei wurde nicht verändert. Verwende eine Sicherung aus {folder}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="492" />
            <source> (demo — changes are thrown away)</source>
            <translation> (Demo — Änderungen werden verworfen)</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="59" />
            <source>usage: </source>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="60" />
            <source>positional arguments</source>
            <translation>Positionsargumente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="61" />
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="62" />
            <source>show this help message and exit</source>
            <translation>diese Hilfe anzeigen und beenden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="63" />
            <source>show program's version number and exit</source>
            <translation>die Versionsnummer anzeigen und beenden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="64" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: Fehler: %(message)s
</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="65" />
            <source>the following arguments are required: %s</source>
            <translation>diese Argumente fehlen: %s</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="66" />
            <source>unrecognized arguments: %s</source>
            <translation>unbekannte Argumente: %s</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="67" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ungültige Auswahl: %(value)r (wähle aus %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="68" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>Argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="69" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ungültiger Wert für %(type)s: %(value)r</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="70" />
            <source>expected one argument</source>
            <translation>ein Argument erwartet</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="71" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="72" />
            <source>not allowed with argument %s</source>
            <translation>nicht zusammen mit dem Argument %s erlaubt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="73" />
            <source>one of the arguments %s is required</source>
            <translation>eines der Argumente %s ist nötig</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../microcomm_desktop/__main__.py" line="54" />
            <source>microcomm: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it from a desktop session, or use the command line: microcomm --help</source>
            <translation>microcomm: kein Bildschirm, auf dem sich das Fenster öffnen ließe (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt). Starte es aus einer Desktop-Sitzung oder nutze die Kommandozeile: microcomm --help</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="25" />
            <source>folder holding the database (default: your user data folder; env MICROCOMM_DATA_DIR)</source>
            <translation>Ordner mit der Datenbank (Standard: dein Benutzerdatenordner; Umgebungsvariable MICROCOMM_DATA_DIR)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="31" />
            <source>a team database on a PostgreSQL server, e.g. postgresql://me@server/team (env MICROCOMM_DATABASE_URL); settings and attachments stay in the data folder</source>
            <translation>eine Team-Datenbank auf einem PostgreSQL-Server, z. B. postgresql://me@server/team (Umgebungsvariable MICROCOMM_DATABASE_URL); Einstellungen und Anhänge bleiben im Datenordner</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="96" />
            <source>MicroComm Desktop — run a micro community as a measured system. Without a command, opens the app.</source>
            <translation>MicroComm Desktop — führe eine Mikro-Community als gemessenes System. Ohne Befehl öffnet sich die App.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="105" />
            <source>open the app on the sample community in a throw-away data folder (your data is not touched)</source>
            <translation>die App mit der Beispiel-Community in einem Wegwerf-Datenordner öffnen (deine Daten bleiben unberührt)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="110" />
            <source>open the window offscreen, paint once, exit 0</source>
            <translation>das Fenster unsichtbar öffnen, einmal zeichnen, mit 0 beenden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="130" />
            <source>microcomm: '{command}' needs a subcommand; see microcomm {command} --help
</source>
            <translation>microcomm: '{command}' braucht einen Unterbefehl; siehe microcomm {command} --help
</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="141" />
            <source>microcomm: interrupted; nothing was written by the unfinished step.
</source>
            <translation>microcomm: abgebrochen; der unfertige Schritt hat nichts geschrieben.
</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="15" />
            <source>back up the data; 'backup list' shows the backups, 'backup restore N' restores one</source>
            <translation>die Daten sichern; 'backup list' zeigt die Sicherungen, 'backup restore N' stellt eine wieder her</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="18" />
            <source>microcomm backup [PATH]: write a consistent copy into the backups folder (the newest 20 manual backups are kept) and, with PATH (a file or folder), a copy there too.  microcomm backup list: the backups, newest first, numbered.  microcomm backup restore FILE|NUMBER --yes: check the backup (integrity, schema version), back up the current data, then replace it.</source>
            <translation>microcomm backup [PATH]: eine konsistente Kopie in den Sicherungsordner schreiben (die neuesten 20 manuellen Sicherungen bleiben erhalten) und mit PATH (Datei oder Ordner) auch dort eine Kopie.  microcomm backup list: die Sicherungen, neueste zuerst, nummeriert.  microcomm backup restore FILE|NUMBER --yes: die Sicherung prüfen (Integrität, Schemaversion), die aktuellen Daten sichern und sie dann ersetzen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="29" />
            <source>restore without asking (required for restore)</source>
            <translation>ohne Nachfrage wiederherstellen (für restore erforderlich)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="31" />
            <source>file or folder for the copy, the same as PATH</source>
            <translation>Datei oder Ordner für die Kopie, wie PATH</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="40" />
            <source>Give the copy's place once: PATH or -o/--output, not both.</source>
            <translation>Gib den Ort der Kopie nur einmal an: PATH oder -o/--output, nicht beides.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="47" />
            <source>Name the backup to restore: microcomm backup restore NUMBER (see: microcomm backup list) or FILE.</source>
            <translation>Nenne die Sicherung, die wiederhergestellt werden soll: microcomm backup restore NUMBER (siehe: microcomm backup list) oder FILE.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="55" />
            <source>Give at most one PATH (a file or folder for the copy); use ./list for a file named 'list'.</source>
            <translation>Gib höchstens einen PATH an (Datei oder Ordner für die Kopie); nimm ./list für eine Datei namens 'list'.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="65" />
            <source>Backup failed: {exc}</source>
            <translation>Sicherung fehlgeschlagen: {exc}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="68" />
            <source>Backed up to {made}</source>
            <translation>Gesichert nach {made}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="79" />
            <source>No backups yet in {backup_dir}.</source>
            <translation>Noch keine Sicherungen in {backup_dir}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="84" />
            <source>  [cannot be restored]</source>
            <translation>  [nicht wiederherstellbar]</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="99" />
            <source>There is no backup number {n}; see: microcomm backup list.</source>
            <translation>Es gibt keine Sicherung Nummer {n}; siehe: microcomm backup list.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="109" />
            <source>This data is open in a MicroComm window: close it first (or use File › Restore from backup… there).</source>
            <translation>Diese Daten sind in einem MicroComm-Fenster geöffnet: schließe es zuerst (oder nutze dort Datei › Aus Sicherung wiederherstellen…).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="116" />
            <source>This replaces the current data with {name} (the current data is backed up first). Add --yes.</source>
            <translation>Das ersetzt die aktuellen Daten durch {name} (die aktuellen Daten werden vorher gesichert). Füge --yes hinzu.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="128" />
            <source>Restored {name}. The data from before the restore was saved as {safety}.</source>
            <translation>{name} wiederhergestellt. Die Daten von vor der Wiederherstellung wurden als {safety} gesichert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="40" />
            <source>{text} is not a whole number of 0 or more.</source>
            <translation>{text} ist keine ganze Zahl ab 0.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="44" />
            <source>{text} is too large: the allowed range is {range}.</source>
            <translation>{text} ist zu groß: erlaubt ist {range}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="117" />
            <source>Blended (fees + media = {total}):</source>
            <translation>Gesamt (Honorare + Media = {total}):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="119" />
            <source>Fees only ({total}):</source>
            <translation>Nur Honorare ({total}):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="121" />
            <source>Media only ({total}):</source>
            <translation>Nur Media ({total}):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="125" />
            <source>ROAS (revenue / blended cost): {roas}</source>
            <translation>ROAS (Umsatz / Gesamtkosten): {roas}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="132" />
            <source>Max fee for blended {label} &lt;= {target}: n/a (no denominator)</source>
            <translation>Höchsthonorar für Gesamt-{label} &lt;= {target}: n/a (kein Nenner)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="138" />
            <source>Max fee for blended {label} &lt;= {target}: none — paid media alone exceeds the target</source>
            <translation>Höchsthonorar für Gesamt-{label} &lt;= {target}: keins — schon die bezahlte Media überschreitet das Ziel</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="144" />
            <source>Max fee for blended {label} &lt;= {target}: {fee}</source>
            <translation>Höchsthonorar für Gesamt-{label} &lt;= {target}: {fee}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="190" />
            <source>No deals in {name} yet.</source>
            <translation>Noch keine Deals in {name}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="195" />
            <source>{id:&gt;4}  {status:&lt;8} {brand:&lt;28} cost {cost:&gt;12}  CPM {cpm:&gt;9}  CPA {cpa:&gt;9}  disclosure {disclosure}</source>
            <translation>{id:&gt;4}  {status:&lt;8} {brand:&lt;28} Kosten {cost:&gt;12}  CPM {cpm:&gt;9}  CPA {cpa:&gt;9}  Werbehinweis {disclosure}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="219" />
            <source>no linked posts</source>
            <translation>keine verknüpften Beiträge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="221" />
            <source>0 of {linked} checked</source>
            <translation>0 von {linked} geprüft</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="222" />
            <source>{carried}/{checked} checked carried it ({share:.0f}%)</source>
            <translation>{carried}/{checked} geprüfte trugen ihn ({share:.0f} %)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="235" />
            <source>{text}: say yes, no or clear</source>
            <translation>{text}: sag yes, no oder clear</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="245" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="352" />
            <source>Deal {deal} is not in workspace {name}.</source>
            <translation>Deal {deal} gehört nicht zum Arbeitsbereich {name}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="277" />
            <source>Deal {deal} has no linked posts to check.</source>
            <translation>Deal {deal} hat keine verknüpften Beiträge zum Prüfen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="281" />
            <source>not checked</source>
            <translation>nicht geprüft</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="283" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="310" />
            <source>present</source>
            <translation>vorhanden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="283" />
            <source>MISSING</source>
            <translation>FEHLT</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="284" />
            <source> (checked {date})</source>
            <translation> (geprüft am {date})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="287" />
            <source>Disclosure: {sentence}.</source>
            <translation>Werbehinweis: {sentence}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="308" />
            <source>cleared</source>
            <translation>gelöscht</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="310" />
            <source>missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="312" />
            <source>Post {post}: disclosure line {what}. Deal {deal}: {sentence}.</source>
            <translation>Beitrag {post}: Werbehinweis {what}. Deal {deal}: {sentence}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="333" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="362" />
            <location filename="../../microcomm_desktop/commands/sprint.py" line="161" />
            <source>Could not write {out}: {reason}</source>
            <translation>{out} konnte nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="337" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="366" />
            <source>Wrote {path}</source>
            <translation>{path} geschrieben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="374" />
            <source>blended CPM/CPV/CPA for a deal (fees + paid media); no data needed</source>
            <translation>Gesamt-CPM/CPV/CPA für einen Deal (Honorare + bezahlte Media); keine Daten nötig</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="375" />
            <source>Blended figures use total cost = creator fees + paid media. Zero denominators print n/a.</source>
            <translation>Gesamtwerte rechnen mit Gesamtkosten = Creator-Honorare + bezahlte Media. Ein Nenner von null ergibt n/a.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="380" />
            <source>creator fees, e.g. 2000 or 2,000.50</source>
            <translation>Creator-Honorare, z. B. 2000 oder 2,000.50</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="382" />
            <source>paid media spend (default 0)</source>
            <translation>Ausgaben für bezahlte Media (Standard 0)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="385" />
            <source>purchases or other conversions</source>
            <translation>Käufe oder andere Conversions</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="386" />
            <source>revenue, for ROAS</source>
            <translation>Umsatz, für ROAS</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="388" />
            <source>reverse mode: max fee for blended CPM &lt;= X</source>
            <translation>Umkehrmodus: Höchsthonorar für Gesamt-CPM &lt;= X</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="391" />
            <source>reverse mode: max fee for blended CPA &lt;= X</source>
            <translation>Umkehrmodus: Höchsthonorar für Gesamt-CPA &lt;= X</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="393" />
            <source>ISO code shown (default USD)</source>
            <translation>angezeigter ISO-Code (Standard USD)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="394" />
            <source>symbol shown (default $)</source>
            <translation>angezeigtes Symbol (Standard $)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="395" />
            <source>exact decimal strings as JSON</source>
            <translation>exakte Dezimalzahlen als JSON</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="398" />
            <source>saved deals</source>
            <translation>gespeicherte Deals</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="401" />
            <source>list a workspace's deals with blended figures</source>
            <translation>die Deals eines Arbeitsbereichs mit Gesamtwerten auflisten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="407" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="420" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="437" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="453" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="471" />
            <location filename="../../microcomm_desktop/commands/insights.py" line="73" />
            <location filename="../../microcomm_desktop/commands/posts.py" line="101" />
            <location filename="../../microcomm_desktop/commands/posts.py" line="110" />
            <location filename="../../microcomm_desktop/commands/report.py" line="49" />
            <location filename="../../microcomm_desktop/commands/rituals.py" line="35" />
            <location filename="../../microcomm_desktop/commands/sprint.py" line="32" />
            <source>workspace name (may be left out when there is only one)</source>
            <translation>Name des Arbeitsbereichs (kann fehlen, wenn es nur einen gibt)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="414" />
            <source>a deal's disclosure spot-checks: each linked post, checked or not</source>
            <translation>die Stichproben zum Werbehinweis eines Deals: jeder verknüpfte Beitrag, geprüft oder nicht</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="422" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="439" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="455" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="473" />
            <source>deal id (see: microcomm deal list)</source>
            <translation>Deal-ID (siehe: microcomm deal list)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="428" />
            <source>record a disclosure spot-check of a post linked to a deal</source>
            <translation>eine Stichprobe zum Werbehinweis eines mit einem Deal verknüpften Beitrags erfassen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="429" />
            <source>Was the deal's disclosure line on the post? yes / no records a dated check, clear removes it.</source>
            <translation>War der Werbehinweis des Deals im Beitrag? yes / no erfasst eine datierte Prüfung, clear entfernt sie.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="440" />
            <source>post id (see: microcomm deal checks)</source>
            <translation>Beitrags-ID (siehe: microcomm deal checks)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="443" />
            <source>date checked (default today)</source>
            <translation>Prüfdatum (Standard heute)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="447" />
            <source>a deal's results and disclosure spot-checks as .md or .pdf</source>
            <translation>Ergebnisse und Stichproben zum Werbehinweis eines Deals als .md oder .pdf</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="457" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="475" />
            <source>file ending in .md or .pdf</source>
            <translation>Datei mit Endung .md oder .pdf</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="462" />
            <source>quotes</source>
            <translation>Angebote</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="465" />
            <source>export a saved deal's quote as .md or .pdf</source>
            <translation>das Angebot eines gespeicherten Deals als .md oder .pdf exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="19" />
            <source>import a Discord, Telegram, WhatsApp or Slack chat export (file, folder or .zip)</source>
            <translation>einen Chat-Export aus Discord, Telegram, WhatsApp oder Slack importieren (Datei, Ordner oder .zip)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="21" />
            <source>Each message becomes an interaction by its author; replies keep their thread, direct messages count as DMs; system messages and bots are skipped; your own handles are kept but are not engagers. Re-importing an overlapping export adds only new messages.</source>
            <translation>Jede Nachricht wird eine Interaktion ihrer Verfasserin oder ihres Verfassers; Antworten behalten ihren Thread, Direktnachrichten zählen als DMs; Systemnachrichten und Bots werden übersprungen; deine eigenen Handles bleiben erhalten, sind aber keine Interagierenden. Ein erneuter Import eines überlappenden Exports fügt nur neue Nachrichten hinzu.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="30" />
            <source>the export: .json, .csv, .txt, .zip or a Slack export folder</source>
            <translation>der Export: .json, .csv, .txt, .zip oder ein Slack-Exportordner</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="32" />
            <location filename="../../microcomm_desktop/commands/engager.py" line="24" />
            <location filename="../../microcomm_desktop/commands/engager.py" line="36" />
            <location filename="../../microcomm_desktop/commands/engager.py" line="44" />
            <location filename="../../microcomm_desktop/commands/engager.py" line="47" />
            <source>workspace name</source>
            <translation>Name des Arbeitsbereichs</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="34" />
            <source>default: detected</source>
            <translation>Standard: erkannt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="37" />
            <source>say what the file holds and what would be added</source>
            <translation>sagen, was die Datei enthält und was hinzukäme</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="42" />
            <source>WhatsApp: day/month order of dates like 03/04/26 (default: decided from the whole file)</source>
            <translation>WhatsApp: Reihenfolge von Tag und Monat bei Daten wie 03/04/26 (Standard: aus der ganzen Datei bestimmt)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="48" />
            <source>keep message text</source>
            <translation>Nachrichtentext behalten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="51" />
            <source>do not keep text</source>
            <translation>Text nicht behalten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/common.py" line="118" />
            <location filename="../../microcomm_desktop/commands/common.py" line="163" />
            <source>There is no workspace yet. Create one: microcomm workspace create NAME</source>
            <translation>Es gibt noch keinen Arbeitsbereich. Lege einen an: microcomm workspace create NAME</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/common.py" line="121" />
            <location filename="../../microcomm_desktop/commands/common.py" line="166" />
            <source>There are {n_existing} workspaces ({names}); name one with --workspace NAME.</source>
            <translation>Es gibt {n_existing} Arbeitsbereiche ({names}); nenne einen mit --workspace NAME.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/common.py" line="127" />
            <source>No workspace named {name}. See: microcomm workspace list</source>
            <translation>Kein Arbeitsbereich namens {name}. Siehe: microcomm workspace list</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="13" />
            <source>forget a person, or merge two handles of one person</source>
            <translation>eine Person vergessen oder zwei Handles einer Person zusammenführen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="18" />
            <source>erase a person and all their interactions from the workspace and from future backups</source>
            <translation>eine Person und alle ihre Interaktionen aus dem Arbeitsbereich und aus künftigen Sicherungen löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="22" />
            <source>e.g. @ana, or platform:handle when the name is on several platforms</source>
            <translation>z. B. @ana, oder platform:handle, wenn der Name auf mehreren Plattformen vorkommt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="26" />
            <source>the person's platform (discord, telegram, whatsapp, slack, instagram…)</source>
            <translation>die Plattform der Person (discord, telegram, whatsapp, slack, instagram…)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="31" />
            <source>merge handle B into handle A (the same person); undo with unmerge</source>
            <translation>Handle B in Handle A zusammenführen (dieselbe Person); rückgängig mit unmerge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="34" />
            <source>the handle to keep (A)</source>
            <translation>das Handle, das bleibt (A)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="35" />
            <source>the handle whose interactions move to A (B)</source>
            <translation>das Handle, dessen Interaktionen zu A wandern (B)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="40" />
            <source>undo a merge (its number is in the merge output and in 'merges')</source>
            <translation>eine Zusammenführung rückgängig machen (ihre Nummer steht in der Ausgabe von merge und in 'merges')</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="46" />
            <source>list the merges that can be undone</source>
            <translation>die Zusammenführungen auflisten, die sich rückgängig machen lassen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="96" />
            <source>Undid merge {merge_id}: {handle} is a person of their own again.</source>
            <translation>Zusammenführung {merge_id} rückgängig gemacht: {handle} ist wieder eine eigene Person.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="112" />
            <source>No merges to undo.</source>
            <translation>Keine Zusammenführungen zum Rückgängigmachen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="114" />
            <source>{mid}: @{removed} merged into @{kept}</source>
            <translation>{mid}: @{removed} in @{kept} zusammengeführt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/insights.py" line="19" />
            <source>not a date: {text} (use YYYY-MM-DD, e.g. 2026-11-01)</source>
            <translation>kein Datum: {text} (nutze YYYY-MM-DD, z. B. 2026-11-01)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/insights.py" line="56" />
            <source>rank themes, formats, rituals or prompt rungs by replies and saves per 1k reach</source>
            <translation>Themen, Formate, Rituale oder Impuls-Stufen nach Antworten und Speicherungen pro 1.000 Reichweite ordnen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/insights.py" line="58" />
            <source>Ranked table of the period's posts grouped by theme, format, ritual or prompt-ladder rung: post count, median and mean replies per 1k reach, pooled saves per 1k and ER, and returning engagers reached (30-day window ending on --until). Groups under the minimum post count (setting insights.min_posts, default 3) are listed last as 'too few posts to judge'. Default period: the 90 days ending today; default label: community.</source>
            <translation>Rangliste der Beiträge des Zeitraums, gruppiert nach Thema, Format, Ritual oder Stufe der Impulsleiter: Anzahl Beiträge, Median und Mittelwert der Antworten pro 1.000 Reichweite, zusammengefasste Speicherungen pro 1.000 und ER sowie erreichte wiederkehrende Interagierende (30-Tage-Fenster bis --until). Gruppen unter der Mindestzahl an Beiträgen (Einstellung insights.min_posts, Standard 3) stehen am Ende als 'zu wenige Beiträge für ein Urteil'. Standardzeitraum: die 90 Tage bis heute; Standard-Label: community.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/insights.py" line="77" />
            <source>first local date (default: 89 days before --until)</source>
            <translation>erstes lokales Datum (Standard: 89 Tage vor --until)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/insights.py" line="79" />
            <source>last local date (default: today)</source>
            <translation>letztes lokales Datum (Standard: heute)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="26" />
            <source>Presets: {names} (or one you saved).</source>
            <translation>Vorlagen: {names} (oder eine gespeicherte).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="33" />
            <source>import posts, interactions, engagers (CSV, YouTube .zip) or a chat export</source>
            <translation>Beiträge, Interaktionen, Interagierende (CSV, YouTube-.zip) oder einen Chat-Export importieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="44" />
            <source>import post metrics from a platform export</source>
            <translation>Beitragskennzahlen aus einem Plattform-Export importieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="48" />
            <source>preset name (default: detected from the header row)</source>
            <translation>Name der Vorlage (Standard: aus der Kopfzeile erkannt)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="53" />
            <source>label for rows without one</source>
            <translation>Label für Zeilen ohne eines</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="56" />
            <source>override the platform (e.g. facebook for a Meta export of a Page)</source>
            <translation>die Plattform überschreiben (z. B. facebook für einen Meta-Export einer Seite)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="61" />
            <source>for dates like 03/04/2026 (default: decided from the whole column; needed when it stays ambiguous)</source>
            <translation>für Daten wie 03/04/2026 (Standard: aus der ganzen Spalte bestimmt; nötig, wenn es mehrdeutig bleibt)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="68" />
            <source>import interactions (columns handle,kind,timestamp,post and optional parent,id,text)</source>
            <translation>Interaktionen importieren (Spalten handle,kind,timestamp,post und optional parent,id,text)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="75" />
            <source>for dates like 03/04/2026 (default: decided from the file)</source>
            <translation>für Daten wie 03/04/2026 (Standard: aus der Datei bestimmt)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="80" />
            <source>import engagers as written by 'export engagers' (power-member ticks and notes survive a move)</source>
            <translation>Interagierende importieren, wie 'export engagers' sie schreibt (Power-Member-Häkchen und Notizen überstehen einen Umzug)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="89" />
            <source>for first/last seen dates like 03/04/2026 (default: decided from both columns)</source>
            <translation>für Erst-/Zuletzt-gesehen-Daten wie 03/04/2026 (Standard: aus beiden Spalten bestimmt)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="97" />
            <source>export posts, engagers or interactions to CSV</source>
            <translation>Beiträge, Interagierende oder Interaktionen als CSV exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="103" />
            <source>CSV file to write</source>
            <translation>zu schreibende CSV-Datei</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="112" />
            <source>check and report, write nothing</source>
            <translation>prüfen und berichten, nichts schreiben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="114" />
            <source>write the good rows even when some are rejected</source>
            <translation>die guten Zeilen auch dann schreiben, wenn einige abgelehnt werden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="119" />
            <source>year for dates written without one (default: from TikTok video ids, a daily file's run of days, else the most recent past date)</source>
            <translation>Jahr für Daten ohne Jahresangabe (Standard: aus TikTok-Video-IDs, der Tagesfolge einer Tagesdatei, sonst das jüngste vergangene Datum)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="129" />
            <source>the import day (YYYY-MM-DD) that yearless dates and the date range are judged from (default: today)</source>
            <translation>der Importtag (YYYY-MM-DD), von dem aus Daten ohne Jahr und der Datumsbereich beurteilt werden (Standard: heute)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="136" />
            <source>the export's language (e.g. pl, hr) for month names two languages read differently, like 'listopad' (default: decided from the whole column, else this computer's language)</source>
            <translation>die Sprache des Exports (z. B. pl, hr) für Monatsnamen, die zwei Sprachen unterschiedlich lesen, wie 'listopad' (Standard: aus der ganzen Spalte bestimmt, sonst die Sprache dieses Computers)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="146" />
            <source>import a file whose unclosed quote swallows following rows as it is (default: refuse it)</source>
            <translation>eine Datei, deren nicht geschlossenes Anführungszeichen folgende Zeilen verschluckt, so importieren, wie sie ist (Standard: ablehnen)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="155" />
            <source>map an app field to a CSV column by header (or 1-based number); repeatable; COLUMN 'none' unmaps. Without --preset the generic preset carries the mapping. Example: --map published_at='Posted on'</source>
            <translation>ein Feld der App einer CSV-Spalte zuordnen, per Überschrift (oder Nummer ab 1); wiederholbar; COLUMN 'none' hebt die Zuordnung auf. Ohne --preset trägt die Vorlage generic die Zuordnung. Beispiel: --map published_at='Posted on'</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="168" />
            <source>numbers are European style (1.234 = 1234); default: detected from the file</source>
            <translation>Zahlen im europäischen Stil (1.234 = 1234); Standard: aus der Datei erkannt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="175" />
            <source>numbers are 1,234.5 style</source>
            <translation>Zahlen im Stil 1,234.5</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="204" />
            <source>--map {item}: write FIELD=COLUMN, e.g. --map published_at='Posted on'.</source>
            <translation>--map {item}: schreibe FIELD=COLUMN, z. B. --map published_at='Posted on'.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="221" />
            <source>Pass --date-order dmy or mdy.</source>
            <translation>Gib --date-order dmy oder mdy an.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="224" />
            <source>Preset: {title}</source>
            <translation>Vorlage: {title}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="243" />
            <source>Could not recognise this export's columns.</source>
            <translation>Die Spalten dieses Exports wurden nicht erkannt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="245" />
            <source>Preset {name} finds no column for: {fields}.</source>
            <translation>Die Vorlage {name} findet keine Spalte für: {fields}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="253" />
            <source>{head}
Columns in the file: {columns}
Fields (* = required): {fields}
Map them with --map FIELD=COLUMN (repeatable), e.g. microcomm import {kind} FILE --workspace NAME {preset}{example} --map likes='&lt;column&gt;' --dry-run
Or open the file in the app (File &gt; Import posts…), map the columns there and save the mapping as a preset, then pass --preset NAME.</source>
            <translation>{head}
Spalten in der Datei: {columns}
Felder (* = Pflicht): {fields}
Ordne sie mit --map FIELD=COLUMN zu (wiederholbar), z. B. microcomm import {kind} FILE --workspace NAME {preset}{example} --map likes='&lt;column&gt;' --dry-run
Oder öffne die Datei in der App (Datei &gt; Beiträge importieren…), ordne die Spalten dort zu und speichere die Zuordnung als Vorlage; dann gib --preset NAME an.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="297" />
            <source>Cannot write {path}: {reason}.</source>
            <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/posts.py" line="301" />
            <source>Wrote %n post(s) to {path}.</source>
            <translation>
                <numerusform>%n Beitrag nach {path} geschrieben.</numerusform>
                <numerusform>%n Beiträge nach {path} geschrieben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/posts.py" line="303" />
            <source>Wrote %n engager(s) to {path}.</source>
            <translation>
                <numerusform>%n interagierende Person nach {path} geschrieben.</numerusform>
                <numerusform>%n Interagierende nach {path} geschrieben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/posts.py" line="305" />
            <source>Wrote %n interaction(s) to {path}.</source>
            <translation>
                <numerusform>%n Interaktion nach {path} geschrieben.</numerusform>
                <numerusform>%n Interaktionen nach {path} geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="19" />
            <source>{text} is not a date like 2026-11-25</source>
            <translation>{text} ist kein Datum wie 2026-11-25</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="28" />
            <source>{text} is not a whole number of weeks</source>
            <translation>{text} ist keine ganze Zahl von Wochen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="31" />
            <source>--weeks must be between 1 and 520</source>
            <translation>--weeks muss zwischen 1 und 520 liegen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="39" />
            <source>weekly scorecard as CSV/JSON, or the weekly report as HTML/PDF</source>
            <translation>Wochen-Scorecard als CSV/JSON oder der Wochenbericht als HTML/PDF</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="40" />
            <source>Weekly scorecard (oldest week first). csv/json: one row per week (json adds the response SLA per week, judged by the workspace's SLA settings); html/pdf: the one-page weekly or 30-day report. Without -o the output goes to stdout (pdf needs -o).</source>
            <translation>Wochen-Scorecard (älteste Woche zuerst). csv/json: eine Zeile pro Woche (json fügt die Antwort-SLA pro Woche hinzu, gemessen an den SLA-Einstellungen des Arbeitsbereichs); html/pdf: der einseitige Wochen- oder 30-Tage-Bericht. Ohne -o geht die Ausgabe nach stdout (pdf braucht -o).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="55" />
            <source>number of weeks (default 8; the 30-day report always covers 30 days)</source>
            <translation>Anzahl der Wochen (Standard 8; der 30-Tage-Bericht umfasst immer 30 Tage)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="62" />
            <source>which posts (default all)</source>
            <translation>welche Beiträge (Standard: alle)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="68" />
            <source>the last week is the one holding DATE (default today)</source>
            <translation>die letzte Woche ist die, in der DATE liegt (Standard heute)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="71" />
            <source>html/pdf: report kind</source>
            <translation>html/pdf: Art des Berichts</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="73" />
            <source>file to write (default stdout)</source>
            <translation>zu schreibende Datei (Standard stdout)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="90" />
            <source>{problem}
Correct them, then run the report again.</source>
            <translation>{problem}
Korrigiere sie und erstelle den Bericht dann erneut.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="107" />
            <source>A PDF needs a file: add -o report.pdf</source>
            <translation>Ein PDF braucht eine Datei: füge -o report.pdf hinzu</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="114" />
            <source>Could not write {output}: {reason}</source>
            <translation>{output} konnte nicht geschrieben werden: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/report.py" line="118" />
            <source>Wrote {output} (%n page(s)).
</source>
            <translation>
                <numerusform>{output} geschrieben (%n Seite).
</numerusform>
                <numerusform>{output} geschrieben (%n Seiten).
</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="133" />
            <source>Could not write {path}: {reason}</source>
            <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="134" />
            <source>Wrote {path}.
</source>
            <translation>{path} geschrieben.
</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="22" />
            <location filename="../../microcomm_desktop/commands/sprint.py" line="19" />
            <source>not a date (use YYYY-MM-DD): {text}</source>
            <translation>kein Datum (nutze YYYY-MM-DD): {text}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="27" />
            <source>rituals: list, export-ics, import-ics</source>
            <translation>Rituale: list, export-ics, import-ics</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="39" />
            <source>the workspace's rituals (with skipped dates) and one-off events</source>
            <translation>die Rituale des Arbeitsbereichs (mit ausgelassenen Terminen) und einmalige Ereignisse</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="43" />
            <source>write the rituals, skipped dates and one-off events as a calendar file (.ics)</source>
            <translation>die Rituale, ausgelassenen Termine und einmaligen Ereignisse als Kalenderdatei (.ics) schreiben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="45" />
            <source>the .ics file to write (or -o/--output)</source>
            <translation>die zu schreibende .ics-Datei (oder -o/--output)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="46" />
            <source>the .ics file to write</source>
            <translation>die zu schreibende .ics-Datei</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="50" />
            <source>read a calendar file (.ics) into rituals, skipped dates and one-off events</source>
            <translation>eine Kalenderdatei (.ics) in Rituale, ausgelassene Termine und einmalige Ereignisse einlesen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="53" />
            <source>the .ics file to read (Google, Outlook, Apple or MicroComm export)</source>
            <translation>die zu lesende .ics-Datei (Export aus Google, Outlook, Apple oder MicroComm)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="55" />
            <source>show the report without writing anything</source>
            <translation>den Bericht zeigen, ohne etwas zu schreiben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="57" />
            <location filename="../../microcomm_desktop/commands/sprint.py" line="35" />
            <source>pretend today is this date (YYYY-MM-DD)</source>
            <translation>so tun, als wäre heute dieses Datum (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="73" />
            <source>No rituals or events yet.</source>
            <translation>Noch keine Rituale oder Ereignisse.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="90" />
            <source>Give the calendar file once: FILE or -o/--output, not both.</source>
            <translation>Gib die Kalenderdatei nur einmal an: FILE oder -o/--output, nicht beides.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="93" />
            <source>Name the calendar file to write: microcomm rituals export-ics -o club.ics</source>
            <translation>Nenne die zu schreibende Kalenderdatei: microcomm rituals export-ics -o club.ics</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="95" />
            <source>Name the calendar file .ics (calendar apps look for that suffix).</source>
            <translation>Gib der Kalenderdatei die Endung .ics (Kalender-Apps suchen nach dieser Endung).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/rituals.py" line="106" />
            <source>%n calendar entries written to {file}</source>
            <translation>
                <numerusform>%n Kalendereintrag nach {file} geschrieben</numerusform>
                <numerusform>%n Kalendereinträge nach {file} geschrieben</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="24" />
            <source>30-day sprints: status, list, new, report</source>
            <translation>30-Tage-Sprints: status, list, new, report</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="39" />
            <source>the current sprint's progress per week and its verdict</source>
            <translation>der Fortschritt des aktuellen Sprints pro Woche und sein Urteil</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="42" />
            <source>all sprints of the workspace</source>
            <translation>alle Sprints des Arbeitsbereichs</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="45" />
            <source>create a sprint from the 4-week template</source>
            <translation>einen Sprint aus der 4-Wochen-Vorlage anlegen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="48" />
            <source>first day (default: the coming Monday)</source>
            <translation>erster Tag (Standard: der kommende Montag)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="50" />
            <source>free text, e.g. 'Alex, Sam'</source>
            <translation>freier Text, z. B. 'Alex, Sam'</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="53" />
            <source>write the sprint report as Markdown (.md) or PDF (.pdf)</source>
            <translation>den Sprint-Bericht als Markdown (.md) oder PDF (.pdf) schreiben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="55" />
            <source>sprint id (default: the current sprint)</source>
            <translation>Sprint-ID (Standard: der aktuelle Sprint)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="64" />
            <source>file to write; the suffix picks the format</source>
            <translation>zu schreibende Datei; die Endung bestimmt das Format</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="104" />
            <source>No sprints yet.</source>
            <translation>Noch keine Sprints.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="123" />
            <source>Created sprint {id}: {name} ({start} – {end})</source>
            <translation>Sprint {id} angelegt: {name} ({start} – {end})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="143" />
            <source>No sprint yet: create one first (microcomm sprint new …).</source>
            <translation>Noch kein Sprint: lege zuerst einen an (microcomm sprint new …).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="146" />
            <source>Name the report file .md (Markdown) or .pdf.</source>
            <translation>Gib der Berichtsdatei die Endung .md (Markdown) oder .pdf.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="152" />
            <source>Sprint {sid} belongs to another workspace.</source>
            <translation>Sprint {sid} gehört zu einem anderen Arbeitsbereich.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="162" />
            <source>Wrote {out}</source>
            <translation>{out} geschrieben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="16" />
            <source>list, create, change, rename, delete, export or import workspaces</source>
            <translation>Arbeitsbereiche auflisten, anlegen, ändern, umbenennen, löschen, exportieren oder importieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="22" />
            <source>list workspaces</source>
            <translation>Arbeitsbereiche auflisten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="24" />
            <source>create a workspace</source>
            <translation>einen Arbeitsbereich anlegen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="26" />
            <source>IANA time zone, default: the system's</source>
            <translation>IANA-Zeitzone, Standard: die des Systems</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="30" />
            <source>rename a workspace</source>
            <translation>einen Arbeitsbereich umbenennen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="31" />
            <source>the current name</source>
            <translation>der aktuelle Name</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="32" />
            <source>the new name</source>
            <translation>der neue Name</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="36" />
            <source>delete a workspace and all its data (a backup of the whole file is written first)</source>
            <translation>einen Arbeitsbereich mit allen seinen Daten löschen (vorher wird die ganze Datei gesichert)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="41" />
            <source>do not ask; needed when not run from a terminal</source>
            <translation>nicht nachfragen; nötig, wenn nicht aus einem Terminal gestartet</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="59" />
            <source>No workspaces yet. Create one: microcomm workspace create NAME</source>
            <translation>Noch keine Arbeitsbereiche. Lege einen an: microcomm workspace create NAME</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="74" />
            <source>Created workspace {name} ({timezone}).</source>
            <translation>Arbeitsbereich {name} angelegt ({timezone}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="84" />
            <source>change a workspace's own handles, time zone or ER definition</source>
            <translation>die eigenen Handles, die Zeitzone oder die ER-Definition eines Arbeitsbereichs ändern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="86" />
            <source>Without options: show the current values.</source>
            <translation>Ohne Optionen: die aktuellen Werte zeigen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="94" />
            <source>your own account (repeatable; replaces the list): @name, or platform:@name for one platform. Its replies time the SLA but it never counts as an engager.</source>
            <translation>dein eigenes Konto (wiederholbar; ersetzt die Liste): @name oder platform:@name für eine Plattform. Seine Antworten messen die SLA, es zählt aber nie als Interagierende.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="100" />
            <source>remove every own handle</source>
            <translation>alle eigenen Handles entfernen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="106" />
            <source>what divides ER, saves/1k and replies/1k when a post has no reach, e.g. youtube=views,impressions (repeatable; 'youtube=' clears it)</source>
            <translation>was ER, Speicherungen/1.000 und Antworten/1.000 teilt, wenn ein Beitrag keine Reichweite hat, z. B. youtube=views,impressions (wiederholbar; 'youtube=' löscht es)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="112" />
            <source>IANA time zone, e.g. Europe/Berlin</source>
            <translation>IANA-Zeitzone, z. B. Europe/Berlin</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="114" />
            <source>engagement rate denominator</source>
            <translation>Nenner der Engagement-Rate</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="128" />
            <source>Use either --own-handle or --clear-own-handles, not both.</source>
            <translation>Nutze entweder --own-handle oder --clear-own-handles, nicht beides.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="139" />
            <source>Unknown time zone {timezone} (use an IANA name such as Europe/Berlin).</source>
            <translation>Unbekannte Zeitzone {timezone} (nutze einen IANA-Namen wie Europe/Berlin).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="162" />
            <source>Workspace {name}: time zone {timezone}, ER by {er_definition}.</source>
            <translation>Arbeitsbereich {name}: Zeitzone {timezone}, ER nach {er_definition}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="166" />
            <source>none (set with --own-handle @you)</source>
            <translation>keine (mit --own-handle @du festlegen)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="167" />
            <source>Own handles: {handles}</source>
            <translation>Eigene Handles: {handles}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="170" />
            <source>Reach stand-ins: {standins}</source>
            <translation>Ersatz für Reichweite: {standins}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="171" />
            <source>none (posts without reach get n/a ratios)</source>
            <translation>keine (Beiträge ohne Reichweite bekommen n/a-Quoten)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="183" />
            <source>propose benchmark bands from your own last 30/60/90 days (P25-P75), and apply or undo them</source>
            <translation>Richtwertbereiche aus deinen eigenen letzten 30/60/90 Tagen vorschlagen (P25–P75) und anwenden oder zurücknehmen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="187" />
            <source>Without --apply: shows the proposal beside the niche defaults and the current bands.</source>
            <translation>Ohne --apply: zeigt den Vorschlag neben den Standardwerten der Nische und den aktuellen Bereichen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="193" />
            <source>period to learn from (default 90)</source>
            <translation>Zeitraum zum Lernen (Standard 90)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="195" />
            <source>use the proposed bands for this workspace</source>
            <translation>die vorgeschlagenen Bereiche für diesen Arbeitsbereich verwenden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="197" />
            <source>put back the bands the last calibration replaced</source>
            <translation>die Bereiche zurückholen, die die letzte Kalibrierung ersetzt hat</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="199" />
            <source>YYYY-MM-DD, the last day of the period (default: today)</source>
            <translation>YYYY-MM-DD, der letzte Tag des Zeitraums (Standard: heute)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="200" />
            <source>print the proposal as JSON</source>
            <translation>den Vorschlag als JSON ausgeben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="206" />
            <source>set a band yourself instead, e.g. er_poll_qa=6-15 (repeatable; keys: er, er_poll_qa, saves_per_1k, replies_per_1k, returning_share); recorded and undoable like a calibration</source>
            <translation>stattdessen einen Bereich selbst festlegen, z. B. er_poll_qa=6-15 (wiederholbar; Schlüssel: er, er_poll_qa, saves_per_1k, replies_per_1k, returning_share); wird wie eine Kalibrierung erfasst und lässt sich zurücknehmen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="214" />
            <source>put every band back to its niche default (undoable)</source>
            <translation>jeden Bereich auf den Standardwert der Nische zurücksetzen (rücknehmbar)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="230" />
            <source>--today {today} is not a date (YYYY-MM-DD).</source>
            <translation>--today {today} ist kein Datum (YYYY-MM-DD).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="232" />
            <source>Use either --apply or --undo, not both.</source>
            <translation>Nutze entweder --apply oder --undo, nicht beides.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="242" />
            <source>Unknown band {band}; use one of {keys}.</source>
            <translation>Unbekannter Bereich {band}; nutze einen von {keys}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/workspace.py" line="253" />
            <source>Set %n band(s) on {applied_on}; undo with --undo.</source>
            <translation>
                <numerusform>%n Bereich am {applied_on} festgelegt; rückgängig mit --undo.</numerusform>
                <numerusform>%n Bereiche am {applied_on} festgelegt; rückgängig mit --undo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="261" />
            <source>No calibration to undo for this workspace.</source>
            <translation>Keine Kalibrierung zum Zurücknehmen in diesem Arbeitsbereich.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="263" />
            <source>Undone: the calibration of {applied_on} (last {days} days); earlier bands are back.</source>
            <translation>Zurückgenommen: die Kalibrierung vom {applied_on} (letzte {days} Tage); die früheren Bereiche sind zurück.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="280" />
            <source>Benchmark bands for {name} from the last {days} days ({since} to {until}):</source>
            <translation>Richtwertbereiche für {name} aus den letzten {days} Tagen ({since} bis {until}):</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/workspace.py" line="296" />
            <source>Applied on {applied_on}: %n band(s). Undo with --undo.</source>
            <translation>
                <numerusform>Am {applied_on} angewendet: %n Bereich. Rückgängig mit --undo.</numerusform>
                <numerusform>Am {applied_on} angewendet: %n Bereiche. Rückgängig mit --undo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="315" />
            <source>Renamed {name} to {name2}.</source>
            <translation>{name} in {name2} umbenannt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="331" />
            <source>Deleting {name} removes all its data; add --yes to confirm.</source>
            <translation>Das Löschen von {name} entfernt alle seine Daten; füge --yes zur Bestätigung hinzu.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="336" />
            <source>Delete {name} and all its posts, rituals, deals and sprints? Type its name to confirm: </source>
            <translation>{name} mit allen Beiträgen, Ritualen, Deals und Sprints löschen? Tippe zur Bestätigung den Namen ein: </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="342" />
            <source>Not deleted.</source>
            <translation>Nicht gelöscht.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="348" />
            <source>Not deleted: the backup before deleting failed ({reason}).</source>
            <translation>Nicht gelöscht: die Sicherung vor dem Löschen ist fehlgeschlagen ({reason}).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/workspace.py" line="357" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n Zeile</numerusform>
                <numerusform>%n Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="359" />
            <source>Deleted {name} ({rows}). A backup from just before is at {backup}; File › Restore from backup… in the app brings it back.</source>
            <translation>{name} gelöscht ({rows}). Eine Sicherung von direkt davor liegt unter {backup}; Datei › Aus Sicherung wiederherstellen… in der App holt ihn zurück.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="20" />
            <source>write a whole workspace (every table, settings, attachments) to one .mcw file</source>
            <translation>einen ganzen Arbeitsbereich (alle Tabellen, Einstellungen, Anhänge) in eine .mcw-Datei schreiben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="23" />
            <source>the workspace to export</source>
            <translation>der zu exportierende Arbeitsbereich</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="25" />
            <source>the file to write (.mcw is added when missing)</source>
            <translation>die zu schreibende Datei (.mcw wird ergänzt, wenn es fehlt)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="27" />
            <source>print what was written as JSON</source>
            <translation>ausgeben, was geschrieben wurde, als JSON</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="31" />
            <source>add the workspace of a .mcw file as a new workspace (never merged into an existing one)</source>
            <translation>den Arbeitsbereich einer .mcw-Datei als neuen Arbeitsbereich hinzufügen (nie mit einem bestehenden zusammengeführt)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="38" />
            <source>import under this name (required when the file's name is taken here)</source>
            <translation>unter diesem Namen importieren (nötig, wenn der Name der Datei hier schon vergeben ist)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="40" />
            <source>print what was imported as JSON</source>
            <translation>ausgeben, was importiert wurde, als JSON</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="63" />
            <source>The data is open read-only; nothing was imported.</source>
            <translation>Die Daten sind schreibgeschützt geöffnet; nichts wurde importiert.</translation>
        </message>
    </context>
    <context>
        <name>domain.creators</name>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="62" />
            <source>prospect</source>
            <translation>potenziell</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="63" />
            <source>contacted</source>
            <translation>kontaktiert</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="64" />
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="65" />
            <source>paused</source>
            <translation>pausiert</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="66" />
            <source>declined</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="79" />
            <source>Comment thread</source>
            <translation>Kommentarverlauf</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="80" />
            <source>Story replies</source>
            <translation>Story-Antworten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="81" />
            <source>Live attendance</source>
            <translation>Live-Teilnahme</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="82" />
            <source>Recurring series performance</source>
            <translation>Ergebnis einer wiederkehrenden Serie</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="83" />
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="95" />
            <location filename="../../microcomm_desktop/domain/creators.py" line="201" />
            <source>Pass</source>
            <translation>Bestanden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="95" />
            <source>Incomplete</source>
            <translation>Unvollständig</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="101" />
            <source>replies per 1k reach</source>
            <translation>Antworten pro 1.000 Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="102" />
            <source>engagement rate</source>
            <translation>Engagement-Rate</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="103" />
            <source>returning share</source>
            <translation>Anteil Wiederkehrender</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="202" />
            <source>Pass — could add: {hints}</source>
            <translation>Bestanden – möglich wären noch: {hints}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="203" />
            <source>Incomplete — {missing}</source>
            <translation>Unvollständig – {missing}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/creators.py" line="226" />
            <source>%n more screenshot(s) of a question the audience answered with specifics</source>
            <translation>
                <numerusform>%n weiterer Screenshot einer Frage, die das Publikum konkret beantwortet hat</numerusform>
                <numerusform>%n weitere Screenshots einer Frage, die das Publikum konkret beantwortet hat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/creators.py" line="231" />
            <source>{missing} (%n proof entry(ies) without a screenshot yet)</source>
            <translation>
                <numerusform>{missing} (%n Nachweis noch ohne Screenshot)</numerusform>
                <numerusform>{missing} (%n Nachweise noch ohne Screenshot)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="239" />
            <source>their answer to 'what does your audience struggle with this week?'</source>
            <translation>ihre Antwort auf „Womit kämpft dein Publikum diese Woche?“</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="243" />
            <source>the date of their 'struggles this week' answer</source>
            <translation>das Datum ihrer Antwort zu „Schwierigkeiten dieser Woche“</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="249" />
            <source>a 'struggles this week' answer dated today or earlier (the date is in the future)</source>
            <translation>eine Antwort zu „Schwierigkeiten dieser Woche“ mit dem Datum von heute oder früher (das Datum liegt in der Zukunft)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/creators.py" line="257" />
            <source>a fresh 'struggles this week' answer (the last one is %n day(s) old)</source>
            <translation>
                <numerusform>eine aktuelle Antwort zu „Schwierigkeiten dieser Woche“ (die letzte ist %n Tag alt)</numerusform>
                <numerusform>eine aktuelle Antwort zu „Schwierigkeiten dieser Woche“ (die letzte ist %n Tage alt)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="269" />
            <source>{figure} (unknown)</source>
            <translation>{figure} (unbekannt)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="370" />
            <source>Handle line {n} ({line}): write the platform then the handle, e.g. 'instagram @name'.</source>
            <translation>Handle-Zeile {n} ({line}): schreibe erst die Plattform, dann das Handle, z. B. „instagram @name“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="380" />
            <source>Handle line {n}: unknown platform {platform}; use one of {platforms}.</source>
            <translation>Handle-Zeile {n}: unbekannte Plattform {platform}; verwende eine von {platforms}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="387" />
            <source>Handle line {n}: the handle is longer than 120 characters.</source>
            <translation>Handle-Zeile {n}: das Handle ist länger als 120 Zeichen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="392" />
            <source>Handle line {n}: {platform} is listed twice; keep one handle per platform.</source>
            <translation>Handle-Zeile {n}: {platform} steht doppelt da; behalte ein Handle pro Plattform.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="415" />
            <source>{label}: {text} is not a number (for example 12.5).</source>
            <translation>{label}: {text} ist keine Zahl (zum Beispiel 12,5).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="419" />
            <source>{label}: {text} is not a number.</source>
            <translation>{label}: {text} ist keine Zahl.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="423" />
            <source>{label} cannot be negative.</source>
            <translation>{label} darf nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="425" />
            <source>{label} cannot be above {upper}.</source>
            <translation>{label} darf nicht über {upper} liegen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="444" />
            <source>A creator needs a name.</source>
            <translation>Eine Creator-Person braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="446" />
            <source>Keep the name under 120 characters.</source>
            <translation>Der Name muss kürzer als 120 Zeichen sein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="451" />
            <source>Audience size is a whole number of people, for example 8200.</source>
            <translation>Die Publikumsgröße ist eine ganze Zahl von Personen, zum Beispiel 8200.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="455" />
            <source>Audience size cannot be above {max} people.</source>
            <translation>Die Publikumsgröße darf nicht über {max} Personen liegen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="459" />
            <source>The answer cannot be dated in the future.</source>
            <translation>Die Antwort darf nicht in der Zukunft datiert sein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="461" />
            <source>Type their answer, or clear the date.</source>
            <translation>Tippe die Antwort ein oder entferne das Datum.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="469" />
            <source>Unknown kind {kind}.</source>
            <translation>Unbekannte Art {kind}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="471" />
            <source>The evidence cannot be dated in the future.</source>
            <translation>Der Nachweis darf nicht in der Zukunft datiert sein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="474" />
            <source>The link must be a web address starting with https://</source>
            <translation>Der Link muss eine Webadresse sein, die mit https:// beginnt</translation>
        </message>
    </context>
    <context>
        <name>domain.deals</name>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="177" />
            <source>Enter an amount, for example 2000 or 2,000.50.</source>
            <translation>Gib einen Betrag ein, zum Beispiel 2000 oder 2,000.50.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="179" />
            <source>Amount cannot be negative: {amount}.</source>
            <translation>Der Betrag darf nicht negativ sein: {amount}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="185" />
            <source>{amount} is not an amount. Use a dot for cents, for example 2,000.50.</source>
            <translation>{amount} ist kein Betrag. Trenne die Cents mit einem Punkt, zum Beispiel 2,000.50.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="192" />
            <source>{amount} is not an amount. Use digits, for example 2000 or 2,000.50.</source>
            <translation>{amount} ist kein Betrag. Verwende Ziffern, zum Beispiel 2000 oder 2,000.50.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="199" />
            <source>{amount} is not an amount.</source>
            <translation>{amount} ist kein Betrag.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="307" />
            <source>Deliverable {name}: quantity and price cannot be negative.</source>
            <translation>Leistung {name}: Menge und Preis dürfen nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="325" />
            <source>Add-on {name}: value and units cannot be negative.</source>
            <translation>Zusatzleistung {name}: Wert und Einheiten dürfen nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="346" />
            <source>Bundle discount must be between 0 and 100 %.</source>
            <translation>Der Paketrabatt muss zwischen 0 und 100 % liegen.</translation>
        </message>
    </context>
    <context>
        <name>domain.imports.chat</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/__init__.py" line="73" />
            <source>This file is not a chat export the app reads: use a DiscordChatExporter JSON or CSV, Telegram's result.json, a WhatsApp chat .txt (or its .zip) or a Slack export folder or .zip.</source>
            <translation>Diese Datei ist kein Chat-Export, den die App liest: Nutze ein DiscordChatExporter-JSON oder -CSV, die result.json von Telegram, eine WhatsApp-Chat-.txt (oder ihre .zip) oder einen Slack-Exportordner bzw. eine .zip.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/__init__.py" line="87" />
            <source>Unknown chat format {format}; use one of {formats}.</source>
            <translation>Unbekanntes Chat-Format {format}; nutze eines von {formats}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/__init__.py" line="106" />
            <source>{title} holds no {extensions} file for a {format} export.</source>
            <translation>{title} enthält keine {extensions}-Datei für einen {format}-Export.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/__init__.py" line="107" />
            <source> or </source>
            <translation> oder </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="72" />
            <source>{name}: the channel is not described before its messages.</source>
            <translation>{name}: Der Kanal wird nicht vor seinen Nachrichten beschrieben.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="90" />
            <source>{name} is not a complete DiscordChatExporter JSON file ({reason}).</source>
            <translation>{name} ist keine vollständige DiscordChatExporter-JSON-Datei ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="96" />
            <source>{name} has no "channel": not a DiscordChatExporter JSON export.</source>
            <translation>{name} hat kein "channel": kein DiscordChatExporter-JSON-Export.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="121" />
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="139" />
            <source>message {number}</source>
            <translation>Nachricht {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="124" />
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="117" />
            <source>no message id</source>
            <translation>keine Nachrichten-ID</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="140" />
            <source>unreadable time {value}</source>
            <translation>unlesbare Uhrzeit {value}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="197" />
            <source>{name}: a DiscordChatExporter CSV starts with AuthorID,Author,Date,Content.</source>
            <translation>{name}: Eine DiscordChatExporter-CSV beginnt mit AuthorID,Author,Date,Content.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="216" />
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="135" />
            <source>line {number}</source>
            <translation>Zeile {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="217" />
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="129" />
            <source>unreadable date {value}</source>
            <translation>unlesbares Datum {value}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/slack.py" line="57" />
            <source>{title}: a Slack export has users.json next to the channel folders.</source>
            <translation>{title}: Ein Slack-Export hat users.json neben den Kanalordnern.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/slack.py" line="66" />
            <source>{title}: users.json cannot be read ({reason}).</source>
            <translation>{title}: users.json kann nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/slack.py" line="79" />
            <source>{file} cannot be read; its conversations are taken by folder name.</source>
            <translation>{file} kann nicht gelesen werden; die Unterhaltungen werden nach Ordnernamen übernommen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/slack.py" line="93" />
            <source>{title}: no channel folders with day files (YYYY-MM-DD.json) were found.</source>
            <translation>{title}: Es wurden keine Kanalordner mit Tagesdateien (YYYY-MM-DD.json) gefunden.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/slack.py" line="103" />
            <source>not JSON ({reason})</source>
            <translation>kein JSON ({reason})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/slack.py" line="106" />
            <source>not a list of messages</source>
            <translation>keine Liste von Nachrichten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/slack.py" line="136" />
            <source>message without a readable ts {value}</source>
            <translation>Nachricht ohne lesbaren ts {value}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="80" />
            <source>{name} is not a complete Telegram export ({reason}).</source>
            <translation>{name} ist kein vollständiger Telegram-Export ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="86" />
            <source>{name} has no "messages": not a Telegram Desktop chat export (result.json).</source>
            <translation>{name} hat kein "messages": kein Chat-Export von Telegram Desktop (result.json).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="101" />
            <source>Saved Messages ({count} notes to yourself) were not imported.</source>
            <translation>Gespeicherte Nachrichten ({count} Notizen an dich selbst) wurden nicht importiert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="114" />
            <source>{chat} message</source>
            <translation>Nachricht in {chat}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="115" />
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="127" />
            <source>chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="126" />
            <source>{chat} message {number}</source>
            <translation>Nachricht {number} in {chat}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="104" />
            <source>{name}: no WhatsApp message lines found (a line starts with its date and time, e.g. "12/31/20, 11:59 PM - Ana: Hello" or "[31.12.20, 23:59:59] Ana: Hello").</source>
            <translation>{name}: keine WhatsApp-Nachrichtenzeilen gefunden (eine Zeile beginnt mit Datum und Uhrzeit, z. B. "12/31/20, 11:59 PM - Ana: Hello" oder "[31.12.20, 23:59:59] Ana: Hello").</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="112" />
            <source>{count} line(s) before the first message were not messages and were ignored.</source>
            <translation>{count} Zeile(n) vor der ersten Nachricht waren keine Nachrichten und wurden ignoriert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="119" />
            <source>Dates read as day/month (as asked).</source>
            <translation>Datumsangaben als Tag/Monat gelesen (wie gewünscht).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="121" />
            <source>Dates read as month/day (as asked).</source>
            <translation>Datumsangaben als Monat/Tag gelesen (wie gewünscht).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="136" />
            <source>date or time {date} {time} does not exist</source>
            <translation>Datum oder Uhrzeit {date} {time} gibt es nicht</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="174" />
            <source>Two people and no group events: read as a direct-message chat.</source>
            <translation>Zwei Personen und keine Gruppenereignisse: als Direktnachrichten-Chat gelesen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="187" />
            <source>Dates mix day/month and month/day forms; read as day/month (the more common form).</source>
            <translation>Die Datumsangaben mischen Tag/Monat und Monat/Tag; als Tag/Monat gelesen (die häufigere Form).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="196" />
            <source>Dates read as day/month: a number above 12 decides it.</source>
            <translation>Datumsangaben als Tag/Monat gelesen: Eine Zahl über 12 entscheidet es.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="198" />
            <source>Dates read as month/day: a number above 12 decides it.</source>
            <translation>Datumsangaben als Monat/Tag gelesen: Eine Zahl über 12 entscheidet es.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="204" />
            <source>the dates then run forwards in time</source>
            <translation>so laufen die Daten zeitlich vorwärts</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="209" />
            <source>the phone's locale form (12-hour with slashes: month first; otherwise day first)</source>
            <translation>die regionale Form des Telefons (12 Stunden mit Schrägstrichen: Monat zuerst; sonst Tag zuerst)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="214" />
            <source>Dates read as day/month: {reason}.</source>
            <translation>Datumsangaben als Tag/Monat gelesen: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="216" />
            <source>Dates read as month/day: {reason}.</source>
            <translation>Datumsangaben als Monat/Tag gelesen: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>domain.imports.month_names</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="156" />
            <source>{names} and {last}</source>
            <translation>{names} und {last}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="166" />
            <source>{name} is not a month name.</source>
            <translation>{name} ist kein Monatsname.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="174" />
            <source>{month} in {languages}</source>
            <translation>{month} auf {languages}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="181" />
            <source>{first} but {second}</source>
            <translation>{first}, aber {second}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="185" />
            <source>{name} is {readings}; nothing else in the column says which language the export is in: choose it (CLI: --date-language, e.g. pl or hr).</source>
            <translation>{name} ist {readings}; nichts sonst in der Spalte verrät, in welcher Sprache der Export ist: Wähle sie (CLI: --date-language, z. B. pl oder hr).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="281" />
            <source>Month names such as {names} are read in {language}, as you chose.</source>
            <translation>Monatsnamen wie {names} werden auf {language} gelesen, wie von dir gewählt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="286" />
            <source>Month names such as {names} are read as {languages} ({evidence} in the same column settles it).</source>
            <translation>Monatsnamen wie {names} werden als {languages} gelesen ({evidence} in derselben Spalte entscheidet es).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="291" />
            <source>Month names such as {names} are read in {language}, this computer's language: nothing in the column settles it (CLI: --date-language to choose).</source>
            <translation>Monatsnamen wie {names} werden auf {language} gelesen, der Sprache dieses Computers: Nichts in der Spalte entscheidet es (CLI: --date-language zum Wählen).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="296" />
            <source>Month names such as {names} read as different months in different languages; those rows are refused.</source>
            <translation>Monatsnamen wie {names} bedeuten in verschiedenen Sprachen verschiedene Monate; diese Zeilen werden abgelehnt.</translation>
        </message>
    </context>
    <context>
        <name>domain.imports.parsing</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="122" />
            <source>{value} uses a comma between thousands, but this file writes decimals with a comma; check the column.</source>
            <translation>{value} hat ein Komma zwischen den Tausendern, aber diese Datei schreibt Dezimalstellen mit Komma; prüfe die Spalte.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="135" />
            <source>{value} is negative; counts cannot be below zero.</source>
            <translation>{value} ist negativ; Zahlen können nicht unter null liegen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="153" />
            <source>The id {value} was rounded by Excel (scientific notation); its digits are lost. Open the original export without Excel, or format the column as Text before saving.</source>
            <translation>Die ID {value} wurde von Excel gerundet (wissenschaftliche Schreibweise); ihre Ziffern sind verloren. Öffne den ursprünglichen Export ohne Excel oder formatiere die Spalte vor dem Speichern als Text.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="192" />
            <source>{hour} is not an hour on a 12-hour clock.</source>
            <translation>{hour} ist keine Stunde im 12-Stunden-Format.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="204" />
            <source>{value} is not a real date/time ({reason}).</source>
            <translation>{value} ist kein gültiges Datum bzw. keine gültige Uhrzeit ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="229" />
            <source>The date is empty; every post needs its publish date.</source>
            <translation>Das Datum ist leer; jeder Beitrag braucht sein Veröffentlichungsdatum.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="240" />
            <source>{value} is a spreadsheet serial number, not a date; export the column as text.</source>
            <translation>{value} ist eine fortlaufende Tabellenzahl, kein Datum; exportiere die Spalte als Text.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="265" />
            <source>{value} does not fit this column, which writes dates day/month.</source>
            <translation>{value} passt nicht zu dieser Spalte, die Datumsangaben als Tag/Monat schreibt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="269" />
            <source>{value} does not fit this column, which writes dates month/day.</source>
            <translation>{value} passt nicht zu dieser Spalte, die Datumsangaben als Monat/Tag schreibt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="312" />
            <source>{value} is not a date this importer understands. Examples that work: 2024-09-27, Sep 27, 2024, 09/27/2024 14:30, Tue, Jul 14, 2026.</source>
            <translation>{value} ist kein Datum, das der Import versteht. Beispiele, die funktionieren: 2024-09-27, Sep 27, 2024, 09/27/2024 14:30, Tue, Jul 14, 2026, 27.09.2024.</translation>
        </message>
    </context>
    <context>
        <name>domain.imports.presets</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="58" />
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="69" />
            <source>Handle</source>
            <translation>Handle</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="59" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="60" />
            <source>Timestamp</source>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="61" />
            <source>Post (id or link)</source>
            <translation>Beitrag (ID oder Link)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="62" />
            <source>Interaction id</source>
            <translation>Interaktions-ID</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="63" />
            <source>Parent/thread id</source>
            <translation>Eltern-/Thread-ID</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="64" />
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="70" />
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="65" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="71" />
            <source>Power member</source>
            <translation>Power-Mitglied</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="72" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="73" />
            <source>First seen</source>
            <translation>Zuerst gesehen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="74" />
            <source>Last seen</source>
            <translation>Zuletzt gesehen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="416" />
            <source>Generic CSV (MicroComm export or your own columns)</source>
            <translation>Allgemeine CSV (MicroComm-Export oder eigene Spalten)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="423" />
            <source>Interactions (handle, kind, timestamp, post, parent)</source>
            <translation>Interaktionen (Handle, Art, Zeitpunkt, Beitrag, Eltern-ID)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="440" />
            <source>Engagers (MicroComm export: handle, power member, notes)</source>
            <translation>Interagierende (MicroComm-Export: Handle, Power-Mitglied, Notizen)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="508" />
            <source>This is YouTube Studio's Chart data.csv: views per video per day, not each video's totals (reading it would replace a video's views with one day's). Import Table data.csv from the same download (or the .zip itself) instead.</source>
            <translation>Das ist die Chart data.csv von YouTube Studio: Aufrufe pro Video und Tag, nicht die Summen jedes Videos (beim Einlesen würden die Aufrufe eines Videos durch die eines Tages ersetzt). Importiere stattdessen Table data.csv aus demselben Download (oder die .zip selbst).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="514" />
            <source>This looks like YouTube Studio's Totals.csv: the channel's figures per day, not posts. Import Table data.csv from the same download (or the .zip itself) instead.</source>
            <translation>Das sieht aus wie die Totals.csv von YouTube Studio: die Zahlen des Kanals pro Tag, keine Beiträge. Importiere stattdessen Table data.csv aus demselben Download (oder die .zip selbst).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="523" />
            <source>This file holds dated account figures ({cols}: e.g. TikTok's FollowerHistory.csv or Viewers.csv), nothing about posts; importing it would create empty posts. Import the per-post export (or the daily Overview.csv) instead.</source>
            <translation>Diese Datei enthält datierte Kontozahlen ({cols}: z. B. FollowerHistory.csv oder Viewers.csv von TikTok), nichts über Beiträge; ein Import würde leere Beiträge anlegen. Importiere stattdessen den Export pro Beitrag (oder die tägliche Overview.csv).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="529" />
            <source>This is a Meta Business Suite per-metric file (a Date and a Primary column: one account figure per day, e.g. Views or Reach), not posts. Export Content → Posts (Export data → CSV) instead.</source>
            <translation>Das ist eine Meta-Business-Suite-Datei pro Kennzahl (eine Spalte Date und eine Spalte Primary: eine Kontozahl pro Tag, z. B. Aufrufe oder Reichweite), keine Beiträge. Exportiere stattdessen Content → Posts (Export data → CSV).</translation>
        </message>
    </context>
    <context>
        <name>domain.imports.quick</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/quick.py" line="50" />
            <source>{line}: write it like '@ana comment' or '@ben reply to @ana'.</source>
            <translation>{line}: schreib es wie „@ana comment“ oder „@ben reply to @ana“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/quick.py" line="61" />
            <source>{kind} is not a kind; use one of {kinds}.</source>
            <translation>{kind} ist keine Art; verwende eine von: {kinds}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/quick.py" line="72" />
            <source>only a reply, comment or dm can answer someone ('{kind} to @{parent}').</source>
            <translation>nur reply, comment oder dm kann jemandem antworten („{kind} to @{parent}“).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/quick.py" line="88" />
            <source>{time} is not a time of day.</source>
            <translation>{time} ist keine Uhrzeit.</translation>
        </message>
    </context>
    <context>
        <name>domain.imports.rows</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="59" />
            <source>{theme}… is {length} characters; keep a theme under {limit}.</source>
            <translation>{theme}… hat {length} Zeichen; halte ein Thema unter {limit}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="104" />
            <source>the handle is empty.</source>
            <translation>das Handle ist leer.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="185" />
            <source>{value} is ambiguous (day/month or month/day) and nothing in the column settles it; choose the date order (wizard: Dates; CLI: --date-order dmy or mdy).</source>
            <translation>{value} ist mehrdeutig (Tag/Monat oder Monat/Tag), und nichts in der Spalte entscheidet es; wähle die Datumsreihenfolge (Assistent: Datumsangaben; CLI: --date-order dmy oder mdy).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="215" />
            <source>{date} is out of range: dates from {earliest} to two years after today are accepted.</source>
            <translation>{date} liegt außerhalb des Bereichs: Akzeptiert werden Daten von {earliest} bis zwei Jahre nach heute.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="227" />
            <source>{day} does not exist in {year}.</source>
            <translation>Den {day} gibt es {year} nicht.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="249" />
            <source>no publish date (YouTube leaves it empty for unlisted, private or removed videos)</source>
            <translation>kein Veröffentlichungsdatum (YouTube lässt es bei nicht gelisteten, privaten oder entfernten Videos leer)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="275" />
            <source>summary row (Total)</source>
            <translation>Summenzeile (Gesamt)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="298" />
            <source>{field} {count} is a net change (more removed than added that day, e.g. deleted comments); stored as 0, the day's other counts are kept.</source>
            <translation>{field} {count} ist eine Nettoänderung (an dem Tag mehr entfernt als hinzugekommen, z. B. gelöschte Kommentare); als 0 gespeichert, die übrigen Zahlen des Tages bleiben erhalten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="304" />
            <source>{field} {count} is a net change (more removed than added in the export's period, e.g. likes taken back); stored as 0, the row's other counts are kept.</source>
            <translation>{field} {count} ist eine Nettoänderung (im Zeitraum des Exports mehr entfernt als hinzugekommen, z. B. zurückgenommene Likes); als 0 gespeichert, die übrigen Zahlen der Zeile bleiben erhalten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="322" />
            <source>{value} is not a label: use community or reach.</source>
            <translation>{value} ist keine Kennzeichnung: nutze community oder reach.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="344" />
            <source>a row of column descriptions under the header, not data</source>
            <translation>eine Zeile mit Spaltenbeschreibungen unter der Kopfzeile, keine Daten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="347" />
            <source>Date/time: no date column is mapped; every post needs its publish date.</source>
            <translation>Datum/Uhrzeit: Keine Datumsspalte ist zugeordnet; jeder Beitrag braucht sein Veröffentlichungsdatum.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="386" />
            <source>no post id or link in this row (a re-import could not match it; not imported)</source>
            <translation>keine Beitrags-ID und kein Link in dieser Zeile (ein erneuter Import könnte sie nicht zuordnen; nicht importiert)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="401" />
            <source>reach ({reach}) is higher than impressions ({impressions}); columns swapped?</source>
            <translation>Reichweite ({reach}) ist höher als Impressionen ({impressions}); Spalten vertauscht?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="408" />
            <source>format {value}… is longer than 80 characters; it is cut to 80.</source>
            <translation>Format {value}… ist länger als 80 Zeichen; es wird auf 80 gekürzt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="432" />
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="487" />
            <source>{field}: no column is mapped.</source>
            <translation>{field}: Keine Spalte ist zugeordnet.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="443" />
            <source>{value} is not a kind; use one of {kinds}.</source>
            <translation>{value} ist keine Art; nutze eine von {kinds}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="456" />
            <source>the post id or link is empty.</source>
            <translation>die Beitrags-ID bzw. der Link ist leer.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="504" />
            <source>{value} is not yes or no.</source>
            <translation>{value} ist weder ja noch nein.</translation>
        </message>
    </context>
    <context>
        <name>domain.imports.sniff</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="73" />
            <source>a ZIP archive</source>
            <translation>ein ZIP-Archiv</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="74" />
            <source>an empty ZIP archive</source>
            <translation>ein leeres ZIP-Archiv</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="75" />
            <source>a PDF document</source>
            <translation>ein PDF-Dokument</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="76" />
            <source>a gzip-compressed file</source>
            <translation>eine gzip-komprimierte Datei</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="77" />
            <source>a 7-Zip archive</source>
            <translation>ein 7-Zip-Archiv</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="78" />
            <source>a RAR archive</source>
            <translation>ein RAR-Archiv</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="79" />
            <source>an old Excel (.xls) or Office file</source>
            <translation>eine alte Excel- (.xls) oder Office-Datei</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="80" />
            <source>a PNG image</source>
            <translation>ein PNG-Bild</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="81" />
            <source>a JPEG image</source>
            <translation>ein JPEG-Bild</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="82" />
            <source>a GIF image</source>
            <translation>ein GIF-Bild</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="83" />
            <source>an SQLite database</source>
            <translation>eine SQLite-Datenbank</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="84" />
            <source>a bzip2-compressed file</source>
            <translation>eine bzip2-komprimierte Datei</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="85" />
            <source>an xz-compressed file</source>
            <translation>eine xz-komprimierte Datei</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="86" />
            <source>a damaged ZIP archive</source>
            <translation>ein beschädigtes ZIP-Archiv</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="87" />
            <source>an Excel workbook (.xlsx)</source>
            <translation>eine Excel-Arbeitsmappe (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="88" />
            <source>an OpenDocument file (.ods/.odt)</source>
            <translation>eine OpenDocument-Datei (.ods/.odt)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="89" />
            <source>a binary file, not a text table</source>
            <translation>eine Binärdatei, keine Texttabelle</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="90" />
            <source>a web page (HTML) — the download probably failed or needed you to be logged in</source>
            <translation>eine Webseite (HTML) – der Download ist wohl fehlgeschlagen oder brauchte eine Anmeldung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="93" />
            <source>an XML file</source>
            <translation>eine XML-Datei</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="94" />
            <source>a JSON file</source>
            <translation>eine JSON-Datei</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="95" />
            <source>a calendar file (.ics); import it from the Rituals tab</source>
            <translation>eine Kalenderdatei (.ics); importiere sie im Tab Rituale</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="146" />
            <source>{name} is {kind}, not a CSV export. Export or save the data as CSV (comma- or semicolon-separated text) and import that file.</source>
            <translation>{name} ist {kind}, kein CSV-Export. Exportiere oder speichere die Daten als CSV (durch Komma oder Semikolon getrennter Text) und importiere diese Datei.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="157" />
            <source>{name} is a ZIP archive that cannot be opened ({reason}).</source>
            <translation>{name} ist ein ZIP-Archiv, das sich nicht öffnen lässt ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="167" />
            <source>{name} is a YouTube Studio download: read {table} (one row per video, its totals for the chosen period); {others} (per-day figures) were not imported.</source>
            <translation>{name} ist ein YouTube-Studio-Download: {table} gelesen (eine Zeile pro Video, seine Summen für den gewählten Zeitraum); {others} (Tageswerte) wurden nicht importiert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="173" />
            <source>{name} is a YouTube Studio download: read {table} (one row per video, its totals for the chosen period).</source>
            <translation>{name} ist ein YouTube-Studio-Download: {table} gelesen (eine Zeile pro Video, seine Summen für den gewählten Zeitraum).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="180" />
            <source>{name} is a ZIP archive: read {member}, the only table in it.</source>
            <translation>{name} ist ein ZIP-Archiv: {member} gelesen, die einzige Tabelle darin.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="188" />
            <source>no CSV file</source>
            <translation>keine CSV-Datei</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="190" />
            <source>{name} is a ZIP archive holding {listed}; unzip it and import the CSV you want (for YouTube Studio, {table}).</source>
            <translation>{name} ist ein ZIP-Archiv mit {listed}; entpacke es und importiere die gewünschte CSV-Datei (bei YouTube Studio {table}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="196" />
            <source>{name} is a ZIP archive: read {member}, the one table of posts or daily totals in it; {others} (per-day or audience figures, not posts) were not imported.</source>
            <translation>{name} ist ein ZIP-Archiv: {member} gelesen, die eine Tabelle mit Beiträgen oder Tagessummen darin; {others} (Tages- oder Zielgruppenwerte, keine Beiträge) wurden nicht importiert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="203" />
            <source>{member} inside {name} is larger than 512 MB; split it first.</source>
            <translation>{member} in {name} ist größer als 512 MB; teile die Datei zuerst auf.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="211" />
            <source>{member} inside {name} cannot be read ({reason}).</source>
            <translation>{member} in {name} kann nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="218" />
            <source>{member} inside {name} is {kind}, not a CSV export.</source>
            <translation>{member} in {name} ist {kind}, kein CSV-Export.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="229" />
            <source>{first} and {second}</source>
            <translation>{first} und {second}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="287" />
            <source>The file says it is UTF-16 but is not; unreadable characters were replaced.</source>
            <translation>Die Datei gibt sich als UTF-16 aus, ist es aber nicht; unlesbare Zeichen wurden ersetzt.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="316" />
            <source>The file is UTF-8 with %n unreadable byte(s) (lines {lines}), replaced with �. Check the text on those lines.</source>
            <translation>
                <numerusform>Die Datei ist UTF-8 mit %n unlesbaren Byte (Zeile {lines}), ersetzt durch �. Prüfe den Text in diesen Zeilen.</numerusform>
                <numerusform>Die Datei ist UTF-8 mit %n unlesbaren Bytes (Zeilen {lines}), ersetzt durch �. Prüfe den Text in diesen Zeilen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="328" />
            <source>The file is not UTF-8; it was read as Windows-1252 (Western European). Check accents.</source>
            <translation>Die Datei ist nicht UTF-8; sie wurde als Windows-1252 (westeuropäisch) gelesen. Prüfe Umlaute und Akzente.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="336" />
            <source>The file is not UTF-8; it was read as Latin-1. Check accents and special characters.</source>
            <translation>Die Datei ist nicht UTF-8; sie wurde als Latin-1 gelesen. Prüfe Umlaute, Akzente und Sonderzeichen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="384" />
            <source>This is {kind}, not a CSV export. Export or save the data as CSV (comma- or semicolon-separated text) and import that file.</source>
            <translation>Das ist {kind}, kein CSV-Export. Exportiere oder speichere die Daten als CSV (durch Komma oder Semikolon getrennter Text) und importiere diese Datei.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="395" />
            <source>The file is empty.</source>
            <translation>Die Datei ist leer.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="399" />
            <source>This is {kind}, not a CSV export. Export or save the data as CSV and import that file.</source>
            <translation>Das ist {kind}, kein CSV-Export. Exportiere oder speichere die Daten als CSV und importiere diese Datei.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="409" />
            <source>The file starts with Excel's separator hint (sep={delimiter}); it was used and skipped.</source>
            <translation>Die Datei beginnt mit Excels Trennzeichen-Hinweis (sep={delimiter}); er wurde verwendet und übersprungen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="449" />
            <source>Line {line}: the file is not a readable CSV ({reason}).</source>
            <translation>Zeile {line}: Die Datei ist keine lesbare CSV-Datei ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="459" />
            <source>The file has no header row.</source>
            <translation>Die Datei hat keine Kopfzeile.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="462" />
            <source>The file has only one column and no data; is it really a CSV export?</source>
            <translation>Die Datei hat nur eine Spalte und keine Daten; ist sie wirklich ein CSV-Export?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="472" />
            <source>{problem} Nothing was imported: fix the quote in the file and import again.</source>
            <translation>{problem} Nichts wurde importiert: Korrigiere das Anführungszeichen in der Datei und importiere erneut.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="478" />
            <source>{problem} You chose to import the file as it is.</source>
            <translation>{problem} Du hast gewählt, die Datei so zu importieren, wie sie ist.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="503" />
            <source>Skipped %n line(s) above the header row (a title or date range).</source>
            <translation>
                <numerusform>%n Zeile über der Kopfzeile übersprungen (ein Titel oder Zeitraum).</numerusform>
                <numerusform>%n Zeilen über der Kopfzeile übersprungen (ein Titel oder Zeitraum).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="630" />
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="670" />
            <source>column {number}</source>
            <translation>Spalte {number}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="634" />
            <source>%n of them look like rows of their own</source>
            <translation>
                <numerusform>%n davon sieht wie eine eigene Zeile aus</numerusform>
                <numerusform>%n davon sehen wie eigene Zeilen aus</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="636" />
            <source>it is {length} characters long, far longer than the rest of the column</source>
            <translation>es ist {length} Zeichen lang, viel länger als der Rest der Spalte</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="639" />
            <source>Line {line}: the {column} field starts with a quote (") that is not closed on its line, so it swallows lines {first}–{last} ({breaks}; {what}); the file reads as {rows} although it has {lines} lines.</source>
            <translation>Zeile {line}: Das Feld {column} beginnt mit einem Anführungszeichen ("), das in seiner Zeile nicht geschlossen wird, und verschluckt so die Zeilen {first}–{last} ({breaks}; {what}); die Datei liest sich als {rows}, obwohl sie {lines} Zeilen hat.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="648" />
            <source>%n line break(s)</source>
            <translation>
                <numerusform>%n Zeilenumbruch</numerusform>
                <numerusform>%n Zeilenumbrüche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="650" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n Zeile</numerusform>
                <numerusform>%n Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="672" />
            <source>Line {line}: the {column} field starts with a quote (") that is never closed, so the row's last {cells} cells were merged into it.</source>
            <translation>Zeile {line}: Das Feld {column} beginnt mit einem Anführungszeichen ("), das nie geschlossen wird, daher wurden die letzten {cells} Zellen der Zeile darin zusammengeführt.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="715" />
            <source>Skipped %n repeated header row(s) (lines {lines}): the file looks like several exports joined together.</source>
            <translation>
                <numerusform>%n wiederholte Kopfzeile übersprungen (Zeile {lines}): Die Datei sieht aus wie mehrere zusammengefügte Exporte.</numerusform>
                <numerusform>%n wiederholte Kopfzeilen übersprungen (Zeilen {lines}): Die Datei sieht aus wie mehrere zusammengefügte Exporte.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>domain.limits</name>
        <message>
            <location filename="../../microcomm_desktop/domain/limits.py" line="42" />
            <location filename="../../microcomm_desktop/domain/limits.py" line="51" />
            <source>{low} to {high}</source>
            <translation>{low} bis {high}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/limits.py" line="61" />
            <source>This count</source>
            <translation>Diese Zahl</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/limits.py" line="62" />
            <location filename="../../microcomm_desktop/domain/limits.py" line="74" />
            <source>{field} is too large: the allowed range is {range}.</source>
            <translation>{field} ist zu groß: erlaubt ist {range}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/limits.py" line="70" />
            <source>This amount</source>
            <translation>Dieser Betrag</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/limits.py" line="72" />
            <source>{field} is not a number.</source>
            <translation>{field} ist keine Zahl.</translation>
        </message>
    </context>
    <context>
        <name>domain.metrics</name>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="115" />
            <source>tighten hook, add a clear ask, narrow topic</source>
            <translation>Einstieg schärfen, eine klare Bitte formulieren, Thema eingrenzen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="116" />
            <source>offer two or three concrete options, ask for a number or a choice, post the result</source>
            <translation>zwei oder drei konkrete Optionen anbieten, nach einer Zahl oder einer Wahl fragen, das Ergebnis posten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="119" />
            <source>turn advice into checklists, templates, step sequences</source>
            <translation>Ratschläge in Checklisten, Vorlagen und Schrittfolgen verwandeln</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="120" />
            <source>ask for specifics, offer two answer options, respond fast</source>
            <translation>nach Konkretem fragen, zwei Antwortmöglichkeiten anbieten, schnell antworten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="121" />
            <source>add rituals, highlight members, shared challenge</source>
            <translation>Rituale einführen, Mitglieder hervorheben, gemeinsame Challenge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="232" />
            <source>Engagement rate</source>
            <translation>Interaktionsrate</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="233" />
            <source>Saves per 1,000 reach</source>
            <translation>Speicherungen pro 1.000 Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="234" />
            <source>Replies per 1,000 reach</source>
            <translation>Antworten pro 1.000 Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="235" />
            <source>Returning engagers (30 days)</source>
            <translation>Wiederkehrende Interagierende (30 Tage)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/metrics.py" line="184" />
            <source>ER on feed posts</source>
            <translation>ER bei Feed-Beiträgen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/metrics.py" line="185" />
            <source>ER on polls and Q and A</source>
            <translation>ER bei Umfragen und Fragerunden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/metrics.py" line="186" />
            <source>saves per 1,000 reach</source>
            <translation>Speicherungen pro 1.000 Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/metrics.py" line="187" />
            <source>replies per 1,000 reach</source>
            <translation>Antworten pro 1.000 Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/metrics.py" line="188" />
            <source>returning engagers (30 d), % of engaged</source>
            <translation>Wiederkehrende Interagierende (30 T.), % der Interagierenden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/metrics.py" line="217" />
            <source>{low} to {high}</source>
            <translation>{low} bis {high}</translation>
        </message>
    </context>
    <context>
        <name>domain.post_fields</name>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="114" />
            <source>Date/time</source>
            <translation>Datum/Uhrzeit</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="123" />
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="130" />
            <source>Platform post id</source>
            <translation>Beitrags-ID der Plattform</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="138" />
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="144" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="148" />
            <source>How the post was made (the promise's recurring formats or your own, e.g. carousel)</source>
            <translation>Wie der Beitrag gemacht wurde (die wiederkehrenden Formate des Versprechens oder deine eigenen, z. B. Karussell)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="154" />
            <source>Themes</source>
            <translation>Themen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="157" />
            <source>Themes (comma-separated)</source>
            <translation>Themen (durch Kommas getrennt)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="159" />
            <source>The workspace's own content themes on this post (several allowed). Edit the cell as 'a, b', use the post form, or tag a selection with Ctrl+T. Insights ranks themes by replies and saves per 1k reach.</source>
            <translation>Die eigenen Inhaltsthemen des Arbeitsbereichs bei diesem Beitrag (mehrere möglich). Bearbeite die Zelle als „a, b“, nutze das Beitragsformular oder verschlagworte eine Auswahl mit Strg+T. Insights ordnet Themen nach Antworten und Speicherungen pro 1k Reichweite.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="168" />
            <source>Label</source>
            <translation>Ausrichtung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="171" />
            <source>Label (community/reach)</source>
            <translation>Ausrichtung (community/reach)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="173" />
            <source>community = judged on replies, saves, depth; reach = judged on shares and discovery</source>
            <translation>community = bewertet nach Antworten, Speicherungen, Tiefe; reach = bewertet nach Shares und Entdeckung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="179" />
            <source>Title or caption</source>
            <translation>Titel oder Bildunterschrift</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="187" />
            <source>Reach</source>
            <translation>Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="193" />
            <source>Impressions</source>
            <translation>Impressionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="194" />
            <source>Views</source>
            <translation>Aufrufe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="195" />
            <source>Likes</source>
            <translation>Likes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="198" />
            <source>Comments/replies</source>
            <translation>Kommentare/Antworten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="206" />
            <source>Shares</source>
            <translation>Shares</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="207" />
            <source>Saves</source>
            <translation>Speicherungen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="208" />
            <source>DM replies</source>
            <translation>DM-Antworten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="211" />
            <source>Engagements</source>
            <translation>Engagements</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="215" />
            <source>Engagements (platform total)</source>
            <translation>Engagements (Summe der Plattform)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="222" />
            <source>Conversions</source>
            <translation>Conversions</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="228" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
    </context>
    <context>
        <name>domain.promise</name>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="67" />
            <source>Comments + DMs</source>
            <translation>Kommentare + DMs</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="68" />
            <source>Broadcast channel</source>
            <translation>Broadcast-Kanal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="69" />
            <source>Discord</source>
            <translation>Discord</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="70" />
            <source>Close Friends / private list</source>
            <translation>Enge Freunde / private Liste</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="71" />
            <source>Live series</source>
            <translation>Live-Reihe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="72" />
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="81" />
            <source>Weekly challenge</source>
            <translation>Wöchentliche Challenge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="82" />
            <source>One action, one hashtag, one recap; feature three member wins weekly.</source>
            <translation>Eine Aktion, ein Hashtag, ein Rückblick; stell jede Woche drei Erfolge von Mitgliedern vor.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="86" />
            <source>Office hours</source>
            <translation>Sprechstunde</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="87" />
            <source>Recurring live or Q and A box; answer with names and specifics.</source>
            <translation>Regelmäßiges Live oder Fragerunde; antworte mit Namen und Details.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="91" />
            <source>Teardown series</source>
            <translation>Analyse-Serie</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="92" />
            <source>Members submit work; review it with the same rubric every time.</source>
            <translation>Mitglieder reichen Arbeiten ein; bewerte sie jedes Mal nach demselben Raster.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="96" />
            <source>Resource drops</source>
            <translation>Material-Drops</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="97" />
            <source>Checklists, swipe files, calculators; ask members to comment their use case.</source>
            <translation>Checklisten, Vorlagensammlungen, Rechner; bitte Mitglieder, ihren Anwendungsfall zu kommentieren.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="240" />
            <source>This is the place where {who} get {outcome} through {format}.</source>
            <comment>plural who</comment>
            <translation>Das ist der Ort für {who}: {outcome} durch {format}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="244" />
            <source>This is the place where {who} gets {outcome} through {format}.</source>
            <comment>singular who</comment>
            <translation>Das ist der Ort für {who}: {outcome} durch {format}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="268" />
            <source>Say who it is for, e.g. “runners” or “indie skincare fans”.</source>
            <translation>Sag, für wen es ist, z. B. „Läufer“ oder „Fans von Indie-Hautpflege“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="276" />
            <source>“{who}” could be anyone: name the group, e.g. “new runners over 40”.</source>
            <translation>„{who}“ könnte jeder sein: Nenne die Gruppe, z. B. „Laufeinsteiger über 40“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="285" />
            <source>Say what they get, e.g. “a weekly 20-minute mobility routine”.</source>
            <translation>Sag, was sie bekommen, z. B. „eine wöchentliche 20-Minuten-Mobilitätsroutine“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="292" />
            <source>The outcome has no number or time frame: make it checkable, e.g. “weekly 20-minute routines”.</source>
            <translation>Das Ergebnis hat weder Zahl noch Zeitraum: Mach es überprüfbar, z. B. „wöchentliche 20-Minuten-Routinen“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="302" />
            <source>Say how it is delivered, e.g. “short videos and a Sunday Q and A”.</source>
            <translation>Sag, wie es geliefert wird, z. B. „kurze Videos und eine Fragerunde am Sonntag“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="313" />
            <source>Write the topic in one line, e.g. “budget travel in Japan”.</source>
            <translation>Schreib das Thema in eine Zeile, z. B. „günstig reisen in Japan“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="319" />
            <source>“{topic}” is broad: narrow it, e.g. “budget travel in Japan” beats “travel”.</source>
            <translation>„{topic}“ ist breit: Grenz es ein, z. B. schlägt „günstig reisen in Japan“ das Thema „Reisen“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="324" />
            <source>Keep the topic to one short line (under 80 characters).</source>
            <translation>Halte das Thema bei einer kurzen Zeile (unter 80 Zeichen).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/promise.py" line="331" />
            <source>%n primary homes: in month one pick one home, or attention (and replies) split between them.</source>
            <translation>
                <numerusform>%n Haupt-Zuhause: Wähle im ersten Monat ein Zuhause, sonst teilen sich Aufmerksamkeit (und Antworten) auf.</numerusform>
                <numerusform>%n Haupt-Zuhause: Wähle im ersten Monat eines, sonst teilen sich Aufmerksamkeit (und Antworten) zwischen ihnen auf.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>domain.prompts</name>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="22" />
            <source>Identity — “What do you do?”</source>
            <translation>Identität — „Was machst du?“</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="23" />
            <source>Constraints — “What is hard right now?”</source>
            <translation>Hürden — „Was ist gerade schwer?“</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="24" />
            <source>Proof — “What have you tried?”</source>
            <translation>Belege — „Was hast du schon ausprobiert?“</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="25" />
            <source>Commitment — “What will you do this week?”</source>
            <translation>Verbindlichkeit — „Was machst du diese Woche?“</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="30" />
            <source>Broad question: ask for a number, a screenshot, a choice or a constraint. “What was your last 10-minute workout?” beats “Do you like fitness?”.</source>
            <translation>Zu allgemeine Frage: Frag nach einer Zahl, einem Screenshot, einer Wahl oder einer Einschränkung. „Was war dein letztes 10-Minuten-Workout?“ schlägt „Magst du Fitness?“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="83" />
            <source>number</source>
            <translation>Zahl</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="84" />
            <source>screenshot</source>
            <translation>Screenshot</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="85" />
            <source>choice</source>
            <translation>Wahl</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="86" />
            <source>constraint</source>
            <translation>Einschränkung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="88" />
            <source>Asks for a {things}.</source>
            <translation>Fragt nach: {things}.</translation>
        </message>
    </context>
    <context>
        <name>domain.readiness</name>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="46" />
            <source>who</source>
            <translation>wer</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="47" />
            <source>outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="48" />
            <source>format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="56" />
            <source>Promise complete</source>
            <translation>Versprechen vollständig</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="58" />
            <source>Fill the promise slot(s): {slots}.</source>
            <translation>Fülle die Felder des Versprechens aus: {slots}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="61" />
            <source>One primary home</source>
            <translation>Ein Haupt-Zuhause</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="66" />
            <source>Pick where the community lives.</source>
            <translation>Wähle, wo die Community lebt.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/readiness.py" line="75" />
            <source>%n primary homes: keep one in month one.</source>
            <translation>
                <numerusform>%n Haupt-Zuhause: Behalte im ersten Monat eines.</numerusform>
                <numerusform>%n Haupt-Zuhause: Behalte im ersten Monat eines.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="81" />
            <source>Three recurring formats</source>
            <translation>Drei wiederkehrende Formate</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="83" />
            <source>{count} of 3 formats: add {missing} more.</source>
            <translation>{count} von 3 Formaten: Füge noch {missing} hinzu.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="93" />
            <source>rules</source>
            <translation>Regeln</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="94" />
            <source>what to post</source>
            <translation>was man postet</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="95" />
            <source>how to get help</source>
            <translation>wie man Hilfe bekommt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="102" />
            <source>Onboarding written</source>
            <translation>Onboarding geschrieben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="104" />
            <source>Write the welcome post's {parts}.</source>
            <translation>Schreib im Willkommensbeitrag: {parts}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/readiness.py" line="113" />
            <source>%n ritual(s) scheduled: two weekly rituals is the start (e.g. Tuesday teardown, Friday wins).</source>
            <translation>
                <numerusform>%n Ritual geplant: Der Start sind zwei wöchentliche Rituale (z. B. Teardown am Dienstag, Erfolge am Freitag).</numerusform>
                <numerusform>%n Rituale geplant: Der Start sind zwei wöchentliche Rituale (z. B. Teardown am Dienstag, Erfolge am Freitag).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="120" />
            <source>Two rituals scheduled</source>
            <translation>Zwei Rituale geplant</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="125" />
            <source>Schedule rituals, then write five prompts for each.</source>
            <translation>Plane Rituale und schreib dann fünf Impulse für jedes.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="128" />
            <source>{ritual}: {count} of {needed}</source>
            <translation>{ritual}: {count} von {needed}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="133" />
            <source>Five prompts per ritual</source>
            <translation>Fünf Impulse pro Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="137" />
            <source>Disclosure line set</source>
            <translation>Werbehinweis festgelegt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="139" />
            <source>Add the line you use to disclose paid or gifted endorsements (e.g. “#ad — paid by …”).</source>
            <translation>Füge den Werbehinweis hinzu, mit dem du bezahlte oder geschenkte Empfehlungen kennzeichnest (z. B. „#Werbung – bezahlt von …“).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="149" />
            <source>Response SLA set</source>
            <translation>Antwort-SLA festgelegt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="151" />
            <source>Set the reply window and how many first comments count.</source>
            <translation>Lege das Antwortfenster fest und wie viele erste Kommentare zählen.</translation>
        </message>
    </context>
    <context>
        <name>domain.rituals</name>
        <message>
            <location filename="../../microcomm_desktop/domain/rituals.py" line="44" />
            <source>“{day}” is not a weekday (0 = Monday … 6 = Sunday).</source>
            <translation>„{day}“ ist kein Wochentag (0 = Montag … 6 = Sonntag).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/rituals.py" line="61" />
            <source>“{text}” is not a time: use HH:MM, e.g. 18:30.</source>
            <translation>„{text}“ ist keine Uhrzeit: Verwende HH:MM, z. B. 18:30.</translation>
        </message>
    </context>
    <context>
        <name>domain.sprints</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/sprints.py" line="131" />
            <source>Only %n week(s) of data: the rule needs three weeks of returning engagers and replies per 1,000 reach.</source>
            <translation>
                <numerusform>Erst %n Woche mit Daten: Die Regel braucht drei Wochen wiederkehrender Interagierender und Antworten pro 1.000 Reichweite.</numerusform>
                <numerusform>Erst %n Wochen mit Daten: Die Regel braucht drei Wochen wiederkehrender Interagierender und Antworten pro 1.000 Reichweite.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/sprints.py" line="142" />
            <source>A week among the last three has no returning-engagers or replies figure, so the trend cannot be judged.</source>
            <translation>Einer der letzten drei Wochen fehlt der Wert für wiederkehrende Interagierende oder Antworten, daher lässt sich der Trend nicht beurteilen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/sprints.py" line="151" />
            <source>Returning engagers and replies per 1,000 reach both rose two weeks in a row: run the same rituals for another month.</source>
            <translation>Wiederkehrende Interagierende und Antworten pro 1.000 Reichweite sind beide zwei Wochen in Folge gestiegen: Führe dieselben Rituale einen weiteren Monat durch.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/sprints.py" line="159" />
            <source>Returning engagers and replies per 1,000 reach did not both rise two weeks in a row: narrow the topic, reduce formats and test again.</source>
            <translation>Wiederkehrende Interagierende und Antworten pro 1.000 Reichweite sind nicht beide zwei Wochen in Folge gestiegen: Grenze das Thema ein, reduziere die Formate und teste erneut.</translation>
        </message>
    </context>
    <context>
        <name>domain.validation</name>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="43" />
            <source>Enter a whole number.</source>
            <translation>Gib eine ganze Zahl ein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="46" />
            <source>{value} is in scientific notation — Excel has rounded this number and lost digits. Format the column as Text (or Number with 0 decimals) in the spreadsheet and export again.</source>
            <translation>{value} steht in wissenschaftlicher Schreibweise – Excel hat diese Zahl gerundet und Ziffern verloren. Formatiere die Spalte in der Tabelle als Text (oder als Zahl mit 0 Dezimalstellen) und exportiere erneut.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="55" />
            <source>{value} is ambiguous: write it as {digits} or with commas.</source>
            <translation>{value} ist mehrdeutig: schreib {digits} oder mit Kommas als Tausendertrennzeichen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="62" />
            <source>{value} is not a number: use commas only between groups of three digits.</source>
            <translation>{value} ist keine Zahl: Kommas nur zwischen Dreiergruppen von Ziffern setzen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="70" />
            <source>{value} is not a number. Examples that work: 42, 15,000, 1.2K, 3M.</source>
            <translation>{value} ist keine Zahl. Beispiele, die funktionieren: 42, 15,000, 1.2K, 3M.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="78" />
            <source>{value} is not a number.</source>
            <translation>{value} ist keine Zahl.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="80" />
            <source>{value} is not a whole number.</source>
            <translation>{value} ist keine ganze Zahl.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="89" />
            <source>{field} is required.</source>
            <translation>{field} ist ein Pflichtfeld.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="102" />
            <source>{field} cannot be negative.</source>
            <translation>{field} darf nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="112" />
            <source>Reach ({reach}) is higher than impressions ({impressions}). Impressions include repeat views, so they are normally at least the reach — check that the two are not swapped.</source>
            <translation>Die Reichweite ({reach}) ist höher als die Impressionen ({impressions}). Impressionen zählen wiederholte Aufrufe mit, sind also normalerweise mindestens so hoch wie die Reichweite – prüfe, ob die beiden vertauscht sind.</translation>
        </message>
    </context>
    <context>
        <name>money_fields</name>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="31" />
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="46" />
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="100" />
            <source>Enter an amount, for example {example}.</source>
            <translation>Gib einen Betrag ein, zum Beispiel {example}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="105" />
            <source>An amount cannot be negative.</source>
            <translation>Ein Betrag darf nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="112" />
            <source>“{text}” is not an amount. Write it like {example}.</source>
            <translation>„{text}“ ist kein Betrag. Schreibe ihn wie {example}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="130" />
            <source>Enter a whole number (0 if none).</source>
            <translation>Gib eine ganze Zahl ein (0, wenn keine).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="135" />
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="144" />
            <source>“{text}” is not a whole number.</source>
            <translation>„{text}“ ist keine ganze Zahl.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="140" />
            <source>Cannot be negative.</source>
            <translation>Darf nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="149" />
            <source>Too large: the allowed range is {range}.</source>
            <translation>Zu groß: Der erlaubte Bereich ist {range}.</translation>
        </message>
    </context>
    <context>
        <name>note_numbers</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/note_numbers.py" line="42" />
            <source>“{value}” is not a whole number here; write it like {example}.</source>
            <translation>„{value}“ ist hier keine ganze Zahl; schreib sie wie {example}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/note_numbers.py" line="65" />
            <source>“{value}” can be read two ways; write the rate with a decimal comma, e.g. {example}.</source>
            <translation>„{value}“ lässt sich auf zwei Arten lesen; schreib die Rate mit Dezimalkomma, z. B. {example}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/note_numbers.py" line="69" />
            <source>“{value}” is not a percent; write it like {example}.</source>
            <translation>„{value}“ ist kein Prozentwert; schreib ihn wie {example}.</translation>
        </message>
    </context>
    <context>
        <name>operations</name>
        <message>
            <location filename="../../microcomm_desktop/ui/operations.py" line="48" />
            <source>{action}: {reason}</source>
            <translation>{action}: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/operations.py" line="147" />
            <source>Redo {step}</source>
            <translation>Wiederholen: {step}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/operations.py" line="152" />
            <source>Undo {step}</source>
            <translation>Rückgängig: {step}</translation>
        </message>
    </context>
    <context>
        <name>paths</name>
        <message>
            <location filename="../../microcomm_desktop/paths.py" line="30" />
            <source>a file with that name is in the way</source>
            <translation>eine Datei mit diesem Namen ist im Weg</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/paths.py" line="31" />
            <source>part of the path is a file, not a folder</source>
            <translation>ein Teil des Pfads ist eine Datei, kein Ordner</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/paths.py" line="32" />
            <source>a folder is where the file should be</source>
            <translation>wo die Datei sein sollte, ist ein Ordner</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/paths.py" line="33" />
            <location filename="../../microcomm_desktop/paths.py" line="34" />
            <source>permission denied</source>
            <translation>Zugriff verweigert</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/paths.py" line="35" />
            <source>the drive is read-only</source>
            <translation>das Laufwerk ist schreibgeschützt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/paths.py" line="36" />
            <source>the disk is full</source>
            <translation>der Datenträger ist voll</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/paths.py" line="37" />
            <source>a folder on the way does not exist and cannot be created</source>
            <translation>ein Ordner auf dem Weg existiert nicht und kann nicht angelegt werden</translation>
        </message>
    </context>
    <context>
        <name>report_charts</name>
        <message>
            <location filename="../../microcomm_desktop/report_charts.py" line="126" />
            <source>No data for these weeks yet (n/a)</source>
            <translation>Noch keine Daten für diese Wochen (k. A.)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/report_charts.py" line="146" />
            <source>Returning engagers (30 days): share % (line, left) and count (bars, right)</source>
            <translation>Wiederkehrende Interagierende (30 Tage): Anteil % (Linie, links) und Anzahl (Balken, rechts)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/report_charts.py" line="154" />
            <source>Replies per 1,000 reach</source>
            <translation>Antworten pro 1.000 Reichweite</translation>
        </message>
    </context>
    <context>
        <name>services.backups</name>
        <message>
            <location filename="../../microcomm_desktop/services/backups.py" line="55" />
            <source>{path} is not a file. Nothing was changed.</source>
            <translation>{path} ist keine Datei. Nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/backups.py" line="62" />
            <source>The backup {name} was made by a newer version of MicroComm ({schema}); update MicroComm to restore it. Nothing was changed.</source>
            <translation>Die Sicherung {name} stammt von einer neueren MicroComm-Version ({schema}); aktualisiere MicroComm, um sie wiederherzustellen. Nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/backups.py" line="70" />
            <source>{problem} Nothing was changed.</source>
            <translation>{problem} Nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/backups.py" line="74" />
            <source>The backup {name} cannot be read ({reason}). Nothing was changed.</source>
            <translation>Die Sicherung {name} kann nicht gelesen werden ({reason}). Nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/backups.py" line="116" />
            <location filename="../../microcomm_desktop/services/backups.py" line="120" />
            <source>Cannot be restored: {problem}</source>
            <translation>Kann nicht wiederhergestellt werden: {problem}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/backups.py" line="126" />
            <source>%n workspace(s)</source>
            <translation>
                <numerusform>%n Arbeitsbereich</numerusform>
                <numerusform>%n Arbeitsbereiche</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/backups.py" line="139" />
            <source>Cannot restore: {reason} Nothing was changed.</source>
            <translation>Wiederherstellen nicht möglich: {reason} Nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/backups.py" line="154" />
            <source>The backup {name} could not be brought up to this version ({reason}); your data was put back as it was before (also saved as {safety}).</source>
            <translation>Die Sicherung {name} konnte nicht auf diese Version gebracht werden ({reason}); deine Daten wurden wieder in den vorherigen Zustand versetzt (auch gespeichert als {safety}).</translation>
        </message>
    </context>
    <context>
        <name>services.brief</name>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="32" />
            <source>MISSING — add the line you use to disclose paid or gifted endorsements.</source>
            <translation>FEHLT – füge die Zeile hinzu, mit der du bezahlte oder geschenkte Empfehlungen kennzeichnest.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="59" />
            <source>Unassigned</source>
            <translation>Nicht zugeordnet</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="71" />
            <source> (secondary)</source>
            <translation> (zusätzlich)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="76" />
            <source>Rules</source>
            <translation>Regeln</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="77" />
            <source>What to post</source>
            <translation>Was gepostet wird</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="78" />
            <source>How to get help</source>
            <translation>Wie man Hilfe bekommt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/brief.py" line="82" />
            <source>Reply within {minutes} minutes to the first %n comment(s) on key posts.</source>
            <translation>
                <numerusform>Antworte innerhalb von {minutes} Minuten auf den ersten %n Kommentar unter wichtigen Beiträgen.</numerusform>
                <numerusform>Antworte innerhalb von {minutes} Minuten auf die ersten %n Kommentare unter wichtigen Beiträgen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="91" />
            <source>As of {day}</source>
            <translation>Stand: {day}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="95" />
            <location filename="../../microcomm_desktop/services/brief.py" line="140" />
            <source>not set</source>
            <translation>nicht festgelegt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="97" />
            <location filename="../../microcomm_desktop/services/brief.py" line="149" />
            <location filename="../../microcomm_desktop/services/brief.py" line="197" />
            <source>Community brief — {workspace}</source>
            <translation>Community-Briefing – {workspace}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="100" />
            <location filename="../../microcomm_desktop/services/brief.py" line="153" />
            <source>Promise</source>
            <translation>Versprechen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="105" />
            <location filename="../../microcomm_desktop/services/brief.py" line="154" />
            <source>Topic</source>
            <translation>Thema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="108" />
            <location filename="../../microcomm_desktop/services/brief.py" line="156" />
            <source>Primary home</source>
            <translation>Haupt-Zuhause</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="111" />
            <location filename="../../microcomm_desktop/services/brief.py" line="161" />
            <source>Recurring formats</source>
            <translation>Wiederkehrende Formate</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="112" />
            <source>none yet</source>
            <translation>noch keine</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="114" />
            <location filename="../../microcomm_desktop/services/brief.py" line="166" />
            <source>Onboarding (pinned welcome post)</source>
            <translation>Onboarding (angehefteter Willkommensbeitrag)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="115" />
            <location filename="../../microcomm_desktop/services/brief.py" line="141" />
            <source>not written</source>
            <translation>nicht geschrieben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="118" />
            <location filename="../../microcomm_desktop/services/brief.py" line="170" />
            <source>Rituals</source>
            <translation>Rituale</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="120" />
            <source>in {home}</source>
            <translation>in {home}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="121" />
            <source>recap: {recap}</source>
            <translation>Rückblick: {recap}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="125" />
            <source>no rituals scheduled</source>
            <translation>keine Rituale geplant</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="126" />
            <location filename="../../microcomm_desktop/services/brief.py" line="176" />
            <source>Prompts</source>
            <translation>Impulse</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="132" />
            <source>no prompts yet</source>
            <translation>noch keine Impulse</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="133" />
            <location filename="../../microcomm_desktop/services/brief.py" line="182" />
            <source>Response SLA</source>
            <translation>Antwort-SLA</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="134" />
            <location filename="../../microcomm_desktop/services/brief.py" line="184" />
            <source>Disclosure line</source>
            <translation>Werbehinweis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="143" />
            <source>Ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="144" />
            <source>Schedule</source>
            <translation>Termin</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="145" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="146" />
            <source>Home</source>
            <translation>Zuhause</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="147" />
            <source>Recap</source>
            <translation>Rückblick</translation>
        </message>
    </context>
    <context>
        <name>services.calibration</name>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="101" />
            <source>Calibrate from the last {periods} days (not {days}).</source>
            <translation>Kalibriere anhand der letzten {periods} Tage (nicht {days}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="110" />
            <source>That workspace no longer exists.</source>
            <translation>Diesen Arbeitsbereich gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="142" />
            <source>whole weeks' returning share (30-day window each)</source>
            <translation>Anteile Wiederkehrender ganzer Wochen (je 30-Tage-Fenster)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="149" />
            <source>feed posts' ER (by {definition})</source>
            <translation>ER-Werte von Feed-Beiträgen (nach {definition})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="150" />
            <source>polls' and Q and A posts' ER (by {definition})</source>
            <translation>ER-Werte von Umfragen und Fragerunden (nach {definition})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="153" />
            <source>community posts' saves per 1,000 reach</source>
            <translation>Speicherungen pro 1.000 Reichweite von Community-Beiträgen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="154" />
            <source>community posts' replies per 1,000 reach</source>
            <translation>Antworten pro 1.000 Reichweite von Community-Beiträgen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="158" />
            <source>Not enough data: {count} {what} in the last {days} days (at least {need} needed).</source>
            <translation>Nicht genug Daten: {count} {what} in den letzten {days} Tagen (mindestens {need} nötig).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="163" />
            <source>No spread: the middle half of {count} {what} is a single value.</source>
            <translation>Keine Streuung: Die mittlere Hälfte von {count} {what} ist ein einziger Wert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="167" />
            <source>P25–P75 of {count} {what}, {since} – {until}.</source>
            <translation>P25–P75 von {count} {what}, {since} – {until}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="223" />
            <source>Nothing to apply: no band could be proposed from this period.</source>
            <translation>Nichts zu übernehmen: Aus diesem Zeitraum ließ sich kein Richtwertbereich vorschlagen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="227" />
            <source>Unknown band {key}.</source>
            <translation>Unbekannter Richtwertbereich {key}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="230" />
            <source>{band}: the band must run from a lower to a higher value.</source>
            <translation>{band}: Der Richtwertbereich muss von einem niedrigeren zu einem höheren Wert reichen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="288" />
            <source>{text}: type the band as LOW–HIGH, e.g. 6–15.</source>
            <translation>{text}: Gib den Richtwertbereich als UNTEN–OBEN ein, z. B. 6–15.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="292" />
            <source>{text}: the band runs from a lower to a higher value, both 0 or more.</source>
            <translation>{text}: Der Richtwertbereich reicht von einem niedrigeren zu einem höheren Wert, beide 0 oder mehr.</translation>
        </message>
    </context>
    <context>
        <name>services.chat_import</name>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="105" />
            <source>{name} holds {count} files; that is not a chat export.</source>
            <translation>{name} enthält {count} Dateien; das ist kein Chat-Export.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="139" />
            <source>{name} is empty.</source>
            <translation>{name} ist leer.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="143" />
            <source>Cannot read {path}: {reason}.</source>
            <translation>{path} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="149" />
            <source>{name} cannot be read as a chat export ({reason}).</source>
            <translation>{name} kann nicht als Chat-Export gelesen werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="221" />
            <source>{platform} export {title}: {messages}, {people}, {threads} ({deep}), {days}.</source>
            <translation>{platform}-Export {title}: {messages}, {people}, {threads} ({deep}), {days}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="227" />
            <location filename="../../microcomm_desktop/services/chat_import.py" line="245" />
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n Nachricht</numerusform>
                <numerusform>%n Nachrichten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="228" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n Person</numerusform>
                <numerusform>%n Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="229" />
            <source>%n thread(s)</source>
            <translation>
                <numerusform>%n Thread</numerusform>
                <numerusform>%n Threads</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="230" />
            <source>%n deep</source>
            <translation>
                <numerusform>davon %n tief</numerusform>
                <numerusform>davon %n tief</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="231" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="235" />
            <source>Cancelled: nothing was written.</source>
            <translation>Abgebrochen: Nichts wurde geschrieben.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="237" />
            <source>Dry run: nothing was written.</source>
            <translation>Probelauf: Nichts wurde geschrieben.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="239" />
            <source>Added {messages} and {people}.</source>
            <translation>{messages} und {people} hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="241" />
            <source>Would add {messages} and {people}.</source>
            <translation>Würde {messages} und {people} hinzufügen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="246" />
            <source>%n new person(s)</source>
            <translation>
                <numerusform>%n neue Person</numerusform>
                <numerusform>%n neue Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="251" />
            <source>%n direct message(s) (counted as DMs).</source>
            <translation>
                <numerusform>%n Direktnachricht (als DM gezählt).</numerusform>
                <numerusform>%n Direktnachrichten (als DMs gezählt).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="254" />
            <source>%n message(s) by your own handles: kept for response times, not engagers.</source>
            <translation>
                <numerusform>%n Nachricht deiner eigenen Handles: für Antwortzeiten behalten, keine Interagierenden.</numerusform>
                <numerusform>%n Nachrichten deiner eigenen Handles: für Antwortzeiten behalten, keine Interagierenden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="263" />
            <source>%n reaction(s) counted on their messages (reactions are not people).</source>
            <translation>
                <numerusform>%n Reaktion bei ihrer Nachricht gezählt (Reaktionen sind keine Personen).</numerusform>
                <numerusform>%n Reaktionen bei ihren Nachrichten gezählt (Reaktionen sind keine Personen).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="272" />
            <source>Skipped {count}: {reason}.</source>
            <translation>{count} übersprungen: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="278" />
            <source>Renamed: @{handle} now writes as {name}; kept as one person.</source>
            <translation>Umbenannt: @{handle} schreibt jetzt als {name}; als eine Person behalten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="284" />
            <source>{where}: not imported: {reason}</source>
            <translation>{where}: nicht importiert: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="289" />
            <source>… and %n more unreadable entries.</source>
            <translation>
                <numerusform>… und %n weiterer unlesbarer Eintrag.</numerusform>
                <numerusform>… und %n weitere unlesbare Einträge.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="301" />
            <source>system messages (joins, leaves, pins, calls, renames)</source>
            <translation>Systemnachrichten (Beitritte, Austritte, Anheftungen, Anrufe, Umbenennungen)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="302" />
            <source>messages by bots</source>
            <translation>Nachrichten von Bots</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="303" />
            <source>already imported (same message in an earlier import)</source>
            <translation>bereits importiert (dieselbe Nachricht in einem früheren Import)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="304" />
            <source>the same message twice in the file</source>
            <translation>dieselbe Nachricht zweimal in der Datei</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="305" />
            <source>messages by people you asked the app to forget</source>
            <translation>Nachrichten von Personen, die die App vergessen soll</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="362" />
            <source>That workspace no longer exists.</source>
            <translation>Diesen Arbeitsbereich gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="486" />
            <source>Messages posted as the channel itself count as yours: {handles} becomes an own handle of this workspace.</source>
            <translation>Nachrichten, die als der Kanal selbst gepostet wurden, zählen als deine: {handles} wird ein eigenes Handle dieses Arbeitsbereichs.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="492" />
            <source>Messages posted as the channel itself count as yours: {handles} become an own handle of this workspace.</source>
            <translation>Nachrichten, die als der Kanal selbst gepostet wurden, zählen als deine: {handles} werden eigene Handles dieses Arbeitsbereichs.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="606" />
            <source>%n reply/replies answer(s) a message that is not in this file or the workspace; each starts its own thread.</source>
            <translation>
                <numerusform>%n Antwort bezieht sich auf eine Nachricht, die weder in dieser Datei noch im Arbeitsbereich ist; sie beginnt einen eigenen Thread.</numerusform>
                <numerusform>%n Antworten beziehen sich auf eine Nachricht, die weder in dieser Datei noch im Arbeitsbereich ist; jede beginnt einen eigenen Thread.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>services.conflicts</name>
        <message>
            <location filename="../../microcomm_desktop/services/conflicts.py" line="23" />
            <source>another member</source>
            <translation>ein anderes Mitglied</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/conflicts.py" line="25" />
            <source>Not saved: {who} changed this {what} after you opened it.</source>
            <translation>Nicht gespeichert: {who} hat dieses Element ({what}) geändert, nachdem du es geöffnet hast.</translation>
        </message>
    </context>
    <context>
        <name>services.context</name>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="120" />
            <source>the folder {path} cannot be written (a read-only drive or folder)</source>
            <translation>in den Ordner {path} kann nicht geschrieben werden (ein schreibgeschütztes Laufwerk oder ein schreibgeschützter Ordner)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="152" />
            <source>the disk is full ({free} MB free)</source>
            <translation>der Datenträger ist voll ({free} MB frei)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="187" />
            <source>MicroComm cannot open the team database ({server}): {reason}. Check the address, the user name and password, and that the server is running; nothing was changed.</source>
            <translation>MicroComm kann die Team-Datenbank ({server}) nicht öffnen: {reason}. Prüfe die Adresse, Benutzername und Passwort und ob der Server läuft; nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="204" />
            <source>MicroComm cannot create its data file in {path}: {reason}.</source>
            <translation>MicroComm kann seine Datendatei nicht in {path} anlegen: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="212" />
            <source>MicroComm cannot open {path}: {reason}, and the last session did not finish writing. Make the folder writable (or free some space) so MicroComm can complete it; nothing was changed.</source>
            <translation>MicroComm kann {path} nicht öffnen: {reason}, und die letzte Sitzung hat das Schreiben nicht abgeschlossen. Mach den Ordner beschreibbar (oder schaffe Platz), damit MicroComm es abschließen kann; nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="226" />
            <source>{path} was written by an older version and must be upgraded before it can be opened, but {reason}. Nothing was changed.</source>
            <translation>{path} wurde von einer älteren Version geschrieben und muss vor dem Öffnen aktualisiert werden, aber {reason}. Nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="233" />
            <source>Read-only: {reason}. You can look and export; changes cannot be saved.</source>
            <translation>Schreibgeschützt: {reason}. Du kannst ansehen und exportieren; Änderungen können nicht gespeichert werden.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="249" />
            <source>The data file {path} is damaged: {reason}.</source>
            <translation>Die Datendatei {path} ist beschädigt: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>services.creators</name>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="250" />
            <source>Audience size cannot be negative.</source>
            <translation>Die Publikumsgröße darf nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="252" />
            <source>Status must be one of {statuses}.</source>
            <translation>Der Status muss einer von diesen sein: {statuses}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="258" />
            <source>Must be between 0 and {upper}.</source>
            <translation>Muss zwischen 0 und {upper} liegen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="261" />
            <source>Pick the workspace holding the creator's own export, not this one.</source>
            <translation>Wähle den Arbeitsbereich mit dem eigenen Export der Creator-Person, nicht diesen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="267" />
            <source>That workspace no longer exists.</source>
            <translation>Dieser Arbeitsbereich existiert nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="314" />
            <location filename="../../microcomm_desktop/services/creators.py" line="323" />
            <location filename="../../microcomm_desktop/services/creators.py" line="329" />
            <location filename="../../microcomm_desktop/services/creators.py" line="356" />
            <location filename="../../microcomm_desktop/services/creators.py" line="591" />
            <location filename="../../microcomm_desktop/services/creators.py" line="747" />
            <source>This creator no longer exists.</source>
            <translation>Diese Creator-Person existiert nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="620" />
            <source>Cannot edit {fields} of an evidence entry.</source>
            <translation>{fields} eines Nachweises kann nicht bearbeitet werden.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="627" />
            <location filename="../../microcomm_desktop/services/creators.py" line="645" />
            <source>This evidence entry no longer exists.</source>
            <translation>Dieser Nachweis existiert nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="713" />
            <location filename="../../microcomm_desktop/services/creators.py" line="830" />
            <source>Deal {id}</source>
            <translation>Deal {id}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="725" />
            <source>This deal no longer exists.</source>
            <translation>Dieser Deal existiert nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="730" />
            <source>The creator and the deal must be in the same workspace.</source>
            <translation>Creator-Person und Deal müssen im selben Arbeitsbereich liegen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="788" />
            <source>undated</source>
            <translation>ohne Datum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="798" />
            <source>Replies per 1k reach</source>
            <translation>Antworten pro 1.000 Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="799" />
            <source>Engagement rate</source>
            <translation>Engagement-Rate</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="800" />
            <source>Returning share (30 d)</source>
            <translation>Anteil Wiederkehrender (30 Tage)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="806" />
            <source>{value} (measured in '{workspace}')</source>
            <translation>{value} (gemessen in „{workspace}“)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="810" />
            <source>{value} (reported)</source>
            <translation>{value} (gemeldet)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="817" />
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="818" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="819" />
            <source>Total cost</source>
            <translation>Gesamtkosten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="820" />
            <source>Impressions</source>
            <translation>Impressionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="821" />
            <source>Conversions</source>
            <translation>Conversions</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="822" />
            <source>Blended CPM</source>
            <translation>CPM gesamt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="823" />
            <source>Blended CPA</source>
            <translation>CPA gesamt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="842" />
            <source>All deals ({count})</source>
            <translation>Alle Deals ({count})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="876" />
            <location filename="../../microcomm_desktop/services/creators.py" line="963" />
            <source>status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="879" />
            <location filename="../../microcomm_desktop/services/creators.py" line="967" />
            <source>audience {count}</source>
            <translation>Publikum {count}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="891" />
            <location filename="../../microcomm_desktop/services/creators.py" line="974" />
            <source>Proof of conversation: {verdict} (score {score} / 100)</source>
            <translation>Nachweis echter Gespräche: {verdict} ({score} / 100 Punkte)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="897" />
            <location filename="../../microcomm_desktop/services/creators.py" line="977" />
            <source>Missing:</source>
            <translation>Es fehlt:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="902" />
            <location filename="../../microcomm_desktop/services/creators.py" line="981" />
            <source>not asked yet</source>
            <translation>noch nicht gefragt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="904" />
            <location filename="../../microcomm_desktop/services/creators.py" line="983" />
            <source>What their audience struggles with this week:</source>
            <translation>Womit das Publikum diese Woche kämpft:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="911" />
            <location filename="../../microcomm_desktop/services/creators.py" line="986" />
            <source>Evidence ({count})</source>
            <translation>Nachweise ({count})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="927" />
            <location filename="../../microcomm_desktop/services/creators.py" line="989" />
            <source>question answered with specifics</source>
            <translation>Frage konkret beantwortet</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="938" />
            <location filename="../../microcomm_desktop/services/creators.py" line="999" />
            <source>Deal history (blended = creator fees + paid media)</source>
            <translation>Deal-Verlauf (gesamt = Creator-Honorare + bezahlte Medien)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="941" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1001" />
            <source>No deals linked yet.</source>
            <translation>Noch keine Deals verknüpft.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="950" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1011" />
            <source>Prepared {date} with MicroComm Desktop.</source>
            <translation>Erstellt am {date} mit MicroComm Desktop.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="962" />
            <source>no niche set</source>
            <translation>keine Nische angegeben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="1033" />
            <source>{name} — creator</source>
            <translation>{name} – Creator</translation>
        </message>
    </context>
    <context>
        <name>services.deals</name>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="84" />
            <source>draft</source>
            <extracomment>Free-text columns of a deal, grouped the way docs/domain.md §5 lists a brief's components (form pages use it).</extracomment>
            <translation>Entwurf</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="85" />
            <source>offered</source>
            <translation>angeboten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="86" />
            <source>signed</source>
            <translation>unterschrieben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="87" />
            <source>live</source>
            <translation>live</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="88" />
            <source>done</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="89" />
            <source>lost</source>
            <translation>verloren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="102" />
            <source>Usage rights</source>
            <translation>Nutzungsrechte</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="103" />
            <source>Whitelisting</source>
            <translation>Whitelisting</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="104" />
            <source>Exclusivity</source>
            <translation>Exklusivität</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="105" />
            <source>Measurement</source>
            <translation>Messung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="118" />
            <source>Channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="119" />
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="120" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="121" />
            <source>Edits allowed</source>
            <translation>Erlaubte Bearbeitungen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="122" />
            <source>Access method</source>
            <translation>Zugriffsart</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="123" />
            <source>Ad duration</source>
            <translation>Anzeigendauer</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="124" />
            <source>Approvals</source>
            <translation>Freigaben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="125" />
            <source>Competitor list</source>
            <translation>Wettbewerberliste</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="126" />
            <source>Timeframe</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="127" />
            <source>Platforms</source>
            <translation>Plattformen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="128" />
            <source>UTMs</source>
            <translation>UTMs</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="129" />
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="130" />
            <source>Reporting cadence</source>
            <translation>Berichtsrhythmus</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="138" />
            <source>Deal {id} no longer exists.</source>
            <translation>Deal {id} gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="143" />
            <source>Export as .md or .pdf, not {suffix}.</source>
            <translation>Exportiere als .md oder .pdf, nicht als {suffix}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="144" />
            <source>Export as .md or .pdf, not a file without extension.</source>
            <translation>Exportiere als .md oder .pdf, nicht als Datei ohne Endung.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="271" />
            <source>no sponsored posts linked yet</source>
            <translation>noch keine gesponserten Beiträge verknüpft</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/deals.py" line="273" />
            <source>none of %n sponsored post(s) spot-checked yet</source>
            <translation>
                <numerusform>noch keiner von %n gesponserten Beitrag stichprobenartig geprüft</numerusform>
                <numerusform>noch keiner von %n gesponserten Beiträgen stichprobenartig geprüft</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/deals.py" line="275" />
            <source>{carried} of %n checked sponsored post(s) carried the disclosure line ({share}); {not_checked} not checked</source>
            <translation>
                <numerusform>{carried} von %n geprüften gesponserten Beitrag trugen den Werbehinweis ({share}); {not_checked} nicht geprüft</numerusform>
                <numerusform>{carried} von %n geprüften gesponserten Beiträgen trugen den Werbehinweis ({share}); {not_checked} nicht geprüft</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="316" />
            <source>Unknown deal fields: {fields}.</source>
            <translation>Unbekannte Deal-Felder: {fields}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="320" />
            <source>Name the brand (or give the deal a title).</source>
            <translation>Nenne die Marke (oder gib dem Deal einen Titel).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="322" />
            <source>Status is one of: {statuses}.</source>
            <translation>Der Status ist einer von: {statuses}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="329" />
            <source>Enter an amount (0 if none).</source>
            <translation>Gib einen Betrag ein (0, wenn keiner).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="332" />
            <source>Not an amount.</source>
            <translation>Kein Betrag.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="334" />
            <source>Amount cannot be negative.</source>
            <translation>Der Betrag darf nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="340" />
            <source>Enter a whole number, 0 or more.</source>
            <translation>Gib eine ganze Zahl ein, 0 oder mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="345" />
            <source>The end date is before the start date.</source>
            <translation>Das Enddatum liegt vor dem Startdatum.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="348" />
            <source>Line {i}: unknown kind {kind}.</source>
            <translation>Position {i}: unbekannte Art {kind}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="352" />
            <source>Line {i}: quantity cannot be negative.</source>
            <translation>Position {i}: Die Menge darf nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="354" />
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="355" />
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="356" />
            <location filename="../../microcomm_desktop/services/deals.py" line="358" />
            <source>Line {i}: {problem}</source>
            <translation>Position {i}: {problem}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="357" />
            <source>Price</source>
            <translation>Preis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="360" />
            <source>Line {i}: price cannot be negative.</source>
            <translation>Position {i}: Der Preis darf nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="362" />
            <source>Line {i}: only a discount line can be negative.</source>
            <translation>Position {i}: Nur eine Rabattposition darf negativ sein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="366" />
            <source>Line {i}: name the deliverable's format.</source>
            <translation>Position {i}: Nenne das Format der Leistung.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="625" />
            <source>Brand</source>
            <translation>Marke</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="626" />
            <source>Creator name</source>
            <translation>Creator-Name</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="627" />
            <source>Creator (roster id)</source>
            <translation>Creator (Listen-ID)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="628" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="629" />
            <source>Disclosure line</source>
            <translation>Werbehinweis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="630" />
            <source>Creator fee</source>
            <translation>Creator-Honorar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="631" />
            <source>Paid media</source>
            <translation>Bezahlte Medien</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="632" />
            <source>Whitelist test budget</source>
            <translation>Whitelisting-Testbudget</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="633" />
            <source>Revenue</source>
            <translation>Umsatz</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="634" />
            <location filename="../../microcomm_desktop/services/deals.py" line="974" />
            <source>Impressions</source>
            <translation>Impressionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="635" />
            <location filename="../../microcomm_desktop/services/deals.py" line="975" />
            <source>Views</source>
            <translation>Aufrufe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="636" />
            <location filename="../../microcomm_desktop/services/deals.py" line="976" />
            <source>Conversions</source>
            <translation>Conversions</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="637" />
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="638" />
            <source>End date</source>
            <translation>Enddatum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="639" />
            <source>Quote valid until</source>
            <translation>Angebot gültig bis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="640" />
            <location filename="../../microcomm_desktop/services/deals.py" line="966" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="641" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="643" />
            <source>Line {i}</source>
            <translation>Position {i}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/deals.py" line="673" />
            <source>%n linked post(s) are not in this workspace's log.</source>
            <translation>
                <numerusform>%n verknüpfter Beitrag ist nicht im Beitragsprotokoll dieses Arbeitsbereichs.</numerusform>
                <numerusform>%n verknüpfte Beiträge sind nicht im Beitragsprotokoll dieses Arbeitsbereichs.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="682" />
            <source>That creator is not in this workspace.</source>
            <translation>Diese Creator-Person ist nicht in diesem Arbeitsbereich.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="699" />
            <source>That deal belongs to another workspace.</source>
            <translation>Dieser Deal gehört zu einem anderen Arbeitsbereich.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="831" />
            <source>Post {post}: say when it was checked.</source>
            <translation>Beitrag {post}: Gib an, wann er geprüft wurde.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="853" />
            <source>Post {post} is not linked to this deal's deliverables.</source>
            <translation>Beitrag {post} ist nicht mit den Leistungen dieses Deals verknüpft.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="918" />
            <source>deal {id}</source>
            <translation>Deal {id}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="919" />
            <source>Deal report: {name}</source>
            <translation>Deal-Bericht: {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="942" />
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="953" />
            <source>not set</source>
            <translation>nicht festgelegt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/deals.py" line="959" />
            <source>%n linked post(s)</source>
            <translation>
                <numerusform>%n verknüpfter Beitrag</numerusform>
                <numerusform>%n verknüpfte Beiträge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="961" />
            <source>typed in</source>
            <translation>eingetippt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="967" />
            <source>Creator</source>
            <translation>Creator</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="968" />
            <source>Dates</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="970" />
            <source>Total cost (fees + paid media)</source>
            <translation>Gesamtkosten (Honorare + bezahlte Medien)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="973" />
            <source>Results</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="977" />
            <source>Blended CPM</source>
            <translation>Gesamt-CPM</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="978" />
            <source>Blended CPV</source>
            <translation>Gesamt-CPV</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="979" />
            <source>Blended CPA</source>
            <translation>Gesamt-CPA</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="985" />
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="986" />
            <source>not checked</source>
            <translation>nicht geprüft</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="988" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="988" />
            <source>NO — missing</source>
            <translation>NEIN – fehlt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1000" />
            <source>Figures</source>
            <translation>Kennzahlen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1001" />
            <source>Figure</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1002" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1003" />
            <source>Disclosure spot-checks</source>
            <translation>Werbehinweis-Stichproben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1004" />
            <source>Disclosure line:</source>
            <translation>Werbehinweis:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1005" />
            <source>(none written down)</source>
            <translation>(keiner festgehalten)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1006" />
            <source>Post date</source>
            <translation>Beitragsdatum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1007" />
            <source>Post</source>
            <translation>Beitrag</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1008" />
            <source>Line present</source>
            <translation>Hinweis vorhanden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1009" />
            <source>Checked on</source>
            <translation>Geprüft am</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1010" />
            <source>generated {date}</source>
            <translation>erstellt am {date}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1011" />
            <source>Blended = (creator fees + paid media) / impressions × 1,000 (CPM), / views (CPV), / conversions (CPA).</source>
            <translation>Gesamt = (Creator-Honorare + bezahlte Medien) / Impressionen × 1.000 (CPM), / Aufrufe (CPV), / Conversions (CPA).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1015" />
            <source>n/a = nothing to divide by yet.</source>
            <translation>k. A. = noch nichts, durch das geteilt werden kann.</translation>
        </message>
    </context>
    <context>
        <name>services.decisions</name>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="24" />
            <source>Replies per 1k reach</source>
            <translation>Antworten pro 1.000 Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="25" />
            <source>Saves per 1k reach</source>
            <translation>Speicherungen pro 1.000 Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="26" />
            <source>Engagement rate</source>
            <translation>Interaktionsrate</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="27" />
            <source>Returning engagers reached</source>
            <translation>Erreichte wiederkehrende Interagierende</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="28" />
            <source>Returning share</source>
            <translation>Anteil Wiederkehrender</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="29" />
            <source>Post count</source>
            <translation>Anzahl Beiträge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="30" />
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="72" />
            <source>That workspace no longer exists.</source>
            <translation>Diesen Arbeitsbereich gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="80" />
            <source>Write the decision, e.g. “dropped the carousel format: saves/1k fell 3 weeks in a row”.</source>
            <translation>Schreib die Entscheidung auf, z. B. „Karussell-Format gestrichen: Speicherungen/1.000 sind 3 Wochen in Folge gefallen“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="87" />
            <source>Keep the decision under {limit} characters (it has {length}).</source>
            <translation>Halte die Entscheidung unter {limit} Zeichen (sie hat {length}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="93" />
            <source>Pick the metric the decision rests on ({keys}).</source>
            <translation>Wähle die Kennzahl, auf der die Entscheidung beruht ({keys}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="151" />
            <location filename="../../microcomm_desktop/services/decisions.py" line="171" />
            <source>That decision no longer exists.</source>
            <translation>Diese Entscheidung gibt es nicht mehr.</translation>
        </message>
    </context>
    <context>
        <name>services.drafts</name>
        <message>
            <location filename="../../microcomm_desktop/services/drafts.py" line="34" />
            <source>an earlier session</source>
            <translation>einer früheren Sitzung</translation>
        </message>
    </context>
    <context>
        <name>services.engagers</name>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="66" />
            <source>Type the person's handle, e.g. @ana or discord:ana.</source>
            <translation>Gib das Handle der Person ein, z. B. @ana oder discord:ana.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="76" />
            <source>No person @{handle} on {platform} in this workspace.</source>
            <translation>Keine Person @{handle} auf {platform} in diesem Arbeitsbereich.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="80" />
            <source>No person @{handle} in this workspace.</source>
            <translation>Keine Person @{handle} in diesem Arbeitsbereich.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="84" />
            <source>@{handle} is on several platforms ({options}); name one, e.g. {example}.</source>
            <translation>@{handle} ist auf mehreren Plattformen ({options}); nenne eine, z. B. {example}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/engagers.py" line="104" />
            <source>Merged {removed} into {kept}: %Ln interaction(s) moved (undo: {command}).</source>
            <translation>
                <numerusform>{removed} in {kept} zusammengeführt: %Ln Interaktion verschoben (rückgängig: {command}).</numerusform>
                <numerusform>{removed} in {kept} zusammengeführt: %Ln Interaktionen verschoben (rückgängig: {command}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="116" />
            <source>Pick two different people to merge.</source>
            <translation>Wähle zwei verschiedene Personen zum Zusammenführen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="129" />
            <source>One of these people no longer exists in this workspace.</source>
            <translation>Eine dieser Personen existiert in diesem Arbeitsbereich nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="221" />
            <source>No merge {id} to undo in this workspace (see: {command}).</source>
            <translation>Keine Zusammenführung {id} zum Rückgängigmachen in diesem Arbeitsbereich (siehe: {command}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="237" />
            <source>@{handle} exists again (a later import); merge or forget that one first.</source>
            <translation>@{handle} existiert wieder (ein späterer Import); führe diese Person zuerst zusammen oder vergiss sie.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/engagers.py" line="289" />
            <source>Forgot {person}: the person and %Ln interaction(s) were erased from this workspace.</source>
            <translation>
                <numerusform>{person} vergessen: Die Person und %Ln Interaktion wurden aus diesem Arbeitsbereich gelöscht.</numerusform>
                <numerusform>{person} vergessen: Die Person und %Ln Interaktionen wurden aus diesem Arbeitsbereich gelöscht.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="293" />
            <source>The database file was rewritten, so future backups do not hold them.</source>
            <translation>Die Datenbankdatei wurde neu geschrieben, künftige Sicherungen enthalten sie also nicht.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/engagers.py" line="299" />
            <source>{holding} of %n existing backup(s) still hold them (delete these files to erase them everywhere):</source>
            <translation>
                <numerusform>Noch in {holding} von %n vorhandenen Sicherung enthalten (lösche diese Dateien, um sie überall zu entfernen):</numerusform>
                <numerusform>Noch in {holding} von %n vorhandenen Sicherungen enthalten (lösche diese Dateien, um sie überall zu entfernen):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/engagers.py" line="303" />
            <source>None of the %n existing backup(s) holds them.</source>
            <translation>
                <numerusform>Die %n vorhandene Sicherung enthält sie nicht.</numerusform>
                <numerusform>Keine der %n vorhandenen Sicherungen enthält sie.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="305" />
            <source>There are no backups.</source>
            <translation>Es gibt keine Sicherungen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="307" />
            <source>Could not check {file}: {reason}</source>
            <translation>{file} konnte nicht geprüft werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="328" />
            <source>{person} no longer exists in this workspace.</source>
            <translation>{person} existiert in diesem Arbeitsbereich nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="366" />
            <source>On a team server the rows are deleted from every table; the server's own VACUUM reclaims their space (ask its administrator to run VACUUM FULL to rewrite the files now).</source>
            <translation>Auf einem Team-Server werden die Zeilen aus jeder Tabelle gelöscht; das VACUUM des Servers gibt ihren Platz frei (bitte die Administration, VACUUM FULL auszuführen, um die Dateien sofort neu zu schreiben).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="383" />
            <source>The deleted rows were overwritten in the file, but it could not be compacted now ({error}); older copies of its pages may stay in the write-ahead log until SQLite next checkpoints it (close other programs using this data to let it).</source>
            <translation>Die gelöschten Zeilen wurden in der Datei überschrieben, sie konnte aber gerade nicht verdichtet werden ({error}); ältere Kopien ihrer Seiten können im Write-Ahead-Log bleiben, bis SQLite den nächsten Checkpoint setzt (schließe andere Programme, die diese Daten verwenden, damit es das kann).</translation>
        </message>
    </context>
    <context>
        <name>services.figures_text</name>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="60" />
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="93" />
            <source>reach</source>
            <translation>Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="95" />
            <source>impressions</source>
            <translation>Impressionen</translation>
        </message>
    </context>
    <context>
        <name>services.ics</name>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="92" />
            <source>“{name}” is not in the file: there is no {weekdays} between {start} and {end}</source>
            <translation>„{name}“ ist nicht in der Datei: Zwischen {start} und {end} gibt es keinen Tag {weekdays}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="100" />
            <source>its end</source>
            <translation>seinem Ende</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="191" />
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="198" />
            <source>ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="199" />
            <source>event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="200" />
            <source>skipped date</source>
            <translation>ausgelassenes Datum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="201" />
            <source>warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="202" />
            <source>not imported</source>
            <translation>nicht importiert</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="253" />
            <source>Would create {rituals} ritual(s), {events} one-off event(s) and {skips} skipped date(s) from {vevents} event(s) in {calendars} calendar(s); {not_imported} not imported, {warnings} warning(s).</source>
            <translation>Würde {rituals} Ritual(e), {events} einmalige(s) Ereignis(se) und {skips} ausgelassene(s) Datum/Daten aus {vevents} Termin(en) in {calendars} Kalender(n) anlegen; {not_imported} nicht importiert, {warnings} Warnung(en).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="255" />
            <source>Created {rituals} ritual(s), {events} one-off event(s) and {skips} skipped date(s) from {vevents} event(s) in {calendars} calendar(s); {not_imported} not imported, {warnings} warning(s).</source>
            <translation>{rituals} Ritual(e), {events} einmalige(s) Ereignis(se) und {skips} ausgelassene(s) Datum/Daten aus {vevents} Termin(en) in {calendars} Kalender(n) angelegt; {not_imported} nicht importiert, {warnings} Warnung(en).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="343" />
            <source>This file is damaged: it says it is UTF-16 text but is not.</source>
            <translation>Diese Datei ist beschädigt: Sie gibt an, UTF-16-Text zu sein, ist es aber nicht.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="354" />
            <source>This is a ZIP archive, not a calendar file: unzip it and import the .ics inside.</source>
            <translation>Das ist ein ZIP-Archiv, keine Kalenderdatei: Entpacke es und importiere die .ics-Datei darin.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="359" />
            <source>This is a PDF document, not a calendar file (.ics).</source>
            <translation>Das ist ein PDF-Dokument, keine Kalenderdatei (.ics).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="361" />
            <source>This is not a readable calendar file: it is empty.</source>
            <translation>Das ist keine lesbare Kalenderdatei: Sie ist leer.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="378" />
            <source>This is not a readable calendar file: it has no BEGIN:VCALENDAR line.</source>
            <translation>Das ist keine lesbare Kalenderdatei: Ihr fehlt die Zeile BEGIN:VCALENDAR.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="393" />
            <source>This is not a readable calendar file: {why}</source>
            <translation>Das ist keine lesbare Kalenderdatei: {why}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="395" />
            <source>its time-zone definitions (VTIMEZONE) are malformed: zones were looked up by name instead</source>
            <translation>ihre Zeitzonen-Definitionen (VTIMEZONE) sind fehlerhaft: Die Zonen wurden stattdessen über ihren Namen gesucht</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="400" />
            <source>This is not a readable calendar file: it has no VCALENDAR.</source>
            <translation>Das ist keine lesbare Kalenderdatei: Sie enthält keinen VCALENDAR.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="440" />
            <source>unknown zone “{zone}”: times without a zone read as {workspace_zone}</source>
            <translation>unbekannte Zone „{zone}“: Zeiten ohne Zone werden als {workspace_zone} gelesen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="463" />
            <source>an older copy of event #{number} (same UID, lower SEQUENCE)</source>
            <translation>eine ältere Kopie von Termin #{number} (gleiche UID, niedrigere SEQUENCE)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="475" />
            <location filename="../../microcomm_desktop/services/ics.py" line="485" />
            <source>could not be read ({why})</source>
            <translation>konnte nicht gelesen werden ({why})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="489" />
            <source>the calendar holds no events ({todos} to-do item(s) are not calendar events)</source>
            <translation>der Kalender enthält keine Termine ({todos} Aufgabe(n) sind keine Kalendertermine)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="493" />
            <source>the calendar holds no events</source>
            <translation>der Kalender enthält keine Termine</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="534" />
            <source>its {property} line cannot be read: {detail}</source>
            <translation>seine {property}-Zeile kann nicht gelesen werden: {detail}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="558" />
            <source>it has no start (DTSTART)</source>
            <translation>er hat keinen Beginn (DTSTART)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="561" />
            <source>it has {count} start times (DTSTART lines)</source>
            <translation>er hat {count} Startzeiten (DTSTART-Zeilen)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="572" />
            <source>time zone “{zone}” is not defined in the file: read as {label}</source>
            <translation>Zeitzone „{zone}“ ist in der Datei nicht definiert: gelesen als {label}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="576" />
            <source>time zone “{zone}” is unknown and the file does not define it: its times are read as {label}</source>
            <translation>Zeitzone „{zone}“ ist unbekannt und die Datei definiert sie nicht: ihre Zeiten werden als {label} gelesen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="592" />
            <source>its end is not after its start: its length is stored as 1 minute</source>
            <translation>sein Ende liegt nicht nach seinem Beginn: als Dauer wird 1 Minute gespeichert</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="594" />
            <source>it lasts {hours} hours: its length is stored as 24 hours, the longest an entry can last</source>
            <translation>er dauert {hours} Stunden: als Dauer werden 24 Stunden gespeichert, das Längste, was ein Eintrag dauern kann</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="657" />
            <source>spanning {days} days (shown on its first day)</source>
            <translation>über {days} Tage (am ersten Tag angezeigt)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="664" />
            <source>secondly</source>
            <translation>sekündlich</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="665" />
            <source>minutely</source>
            <translation>minütlich</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="666" />
            <source>hourly</source>
            <translation>stündlich</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="667" />
            <source>daily</source>
            <translation>täglich</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="668" />
            <source>weekly</source>
            <translation>wöchentlich</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="669" />
            <source>monthly</source>
            <translation>monatlich</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="670" />
            <source>yearly</source>
            <translation>jährlich</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="671" />
            <source>irregularly</source>
            <translation>unregelmäßig</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="673" />
            <source>every {n}</source>
            <translation>alle {n}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="674" />
            <source>repeats {how}: only weekly (or daily) events become rituals</source>
            <translation>wiederholt sich {how}: nur wöchentliche (oder tägliche) Termine werden zu Ritualen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="687" />
            <source>the event is cancelled (STATUS:CANCELLED)</source>
            <translation>der Termin ist abgesagt (STATUS:CANCELLED)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="702" />
            <source>one-off event</source>
            <translation>einmaliges Ereignis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="707" />
            <source>extra date (RDATE)</source>
            <translation>zusätzliches Datum (RDATE)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="712" />
            <source>it has several RRULEs: a ritual repeats one way</source>
            <translation>er hat mehrere RRULEs: ein Ritual wiederholt sich auf eine Art</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="718" />
            <source>it uses EXRULE, which rituals cannot express</source>
            <translation>er verwendet EXRULE, was Rituale nicht ausdrücken können</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="740" />
            <source>its rule uses {parts}: only plain weekly events become rituals</source>
            <translation>seine Regel verwendet {parts}: nur einfache wöchentliche Termine werden zu Ritualen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="747" />
            <source>all-day series: a ritual needs a time</source>
            <translation>ganztägige Serie: ein Ritual braucht eine Uhrzeit</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="757" />
            <source>unusual weekday rule “{rule}”</source>
            <translation>ungewöhnliche Wochentagsregel „{rule}“</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="786" />
            <source>first date (DTSTART) of “{name}”, off its weekdays</source>
            <translation>erstes Datum (DTSTART) von „{name}“, außerhalb seiner Wochentage</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="797" />
            <source>its rule ends before its first occurrence</source>
            <translation>seine Regel endet vor seinem ersten Termin</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="844" />
            <source>{date} at {time}</source>
            <translation>{date} um {time}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="852" />
            <source>{count} of its dates between {first} and {last} really start at another time here: {dates}</source>
            <translation>{count} seiner Daten zwischen {first} und {last} beginnen hier tatsächlich zu einer anderen Uhrzeit: {dates}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="861" />
            <source>(and {more} more)</source>
            <translation>(und {more} weitere)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="863" />
            <source>{zone} and {workspace_zone} do not change their clocks together; the ritual keeps {time}</source>
            <translation>{zone} und {workspace_zone} stellen ihre Uhren nicht gleichzeitig um; das Ritual behält {time}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="870" />
            <source>later years move the same way</source>
            <translation>spätere Jahre verschieben sich genauso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="886" />
            <source>EXDATE {date} is not one of its dates: ignored</source>
            <translation>EXDATE {date} ist keines seiner Daten: ignoriert</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="901" />
            <source>extra date (RDATE) of “{name}”</source>
            <translation>zusätzliches Datum (RDATE) von „{name}“</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="972" />
            <source>a cancelled instance of a series not imported</source>
            <translation>ein abgesagter Termin einer nicht importierten Serie</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="984" />
            <source>changed instance of a series not imported</source>
            <translation>geänderter Termin einer nicht importierten Serie</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="997" />
            <source>cancels a time that is not one of “{name}”'s: ignored</source>
            <translation>sagt eine Zeit ab, die nicht zu „{name}“ gehört: ignoriert</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1005" />
            <source>change of “{name}” at a time the series does not have</source>
            <translation>Änderung von „{name}“ zu einer Zeit, die die Serie nicht hat</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1024" />
            <source>the {date} date of “{name}” has its own text in the file; the ritual keeps its own</source>
            <translation>das Datum {date} von „{name}“ hat in der Datei einen eigenen Text; das Ritual behält seinen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1039" />
            <source>moved from {date} of “{name}” (that date is marked skipped)</source>
            <translation>verschoben vom {date} von „{name}“ (dieses Datum ist als ausgelassen markiert)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1072" />
            <source>already a ritual with the same days and time (left unchanged)</source>
            <translation>es gibt schon ein Ritual mit denselben Tagen und derselben Uhrzeit (unverändert gelassen)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1087" />
            <source>until {date}</source>
            <translation>bis {date}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1097" />
            <source>{days} {time} ({minutes} min) from {date}</source>
            <translation>{days} {time} ({minutes} Min.) ab {date}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1114" />
            <source>a date of “{name}”, which was not imported</source>
            <translation>ein Datum von „{name}“, das nicht importiert wurde</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1123" />
            <source>already on the calendar on {date} {time}</source>
            <translation>steht schon im Kalender am {date} {time}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1144" />
            <source>{what} on {date} {time} ({minutes} min)</source>
            <translation>{what} am {date} {time} ({minutes} Min.)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1148" />
            <source>{what} on {date} (all day)</source>
            <translation>{what} am {date} (ganztägig)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1171" />
            <source>Could not read {path}: {reason}</source>
            <translation>{path} konnte nicht gelesen werden: {reason}</translation>
        </message>
    </context>
    <context>
        <name>services.images</name>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="137" />
            <source>{file} is empty (0 bytes).</source>
            <translation>{file} ist leer (0 Byte).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="140" />
            <source>{file} is {size} MB; screenshots up to {limit} MB are accepted. Save it as JPEG or crop it, then add it again.</source>
            <translation>{file} ist {size} MB groß; Screenshots bis {limit} MB werden angenommen. Speichere ihn als JPEG oder schneide ihn zu und füge ihn dann erneut hinzu.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="148" />
            <source>{file} is not an image this app can read. Use a PNG, JPEG, WebP, GIF or BMP screenshot.</source>
            <translation>{file} ist kein Bild, das diese App lesen kann. Verwende einen PNG-, JPEG-, WebP-, GIF- oder BMP-Screenshot.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="157" />
            <source>{file} says it is {width} × {height} pixels: the file is damaged.</source>
            <translation>{file} gibt {width} × {height} Pixel an: Die Datei ist beschädigt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="163" />
            <source>{file} is {width} × {height} pixels — too large to show safely (limit {limit} megapixels). Crop or scale it down, then add it again.</source>
            <translation>{file} hat {width} × {height} Pixel – zu groß, um es sicher anzuzeigen (Grenze {limit} Megapixel). Schneide es zu oder verkleinere es und füge es dann erneut hinzu.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="177" />
            <source>{file} is not a file (it may have been moved or deleted).</source>
            <translation>{file} ist keine Datei (sie wurde vielleicht verschoben oder gelöscht).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="186" />
            <source>{file} cannot be read: {reason}.</source>
            <translation>{file} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="257" />
            <source>{file} could not be copied into the data folder: {reason}.</source>
            <translation>{file} konnte nicht in den Datenordner kopiert werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="273" />
            <source>{file} could not be saved in the data folder: {reason}.</source>
            <translation>{file} konnte nicht im Datenordner gespeichert werden: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>services.importing</name>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="103" />
            <source>{name} is {size} MB; split it into files under 512 MB.</source>
            <translation>{name} ist {size} MB groß; teile sie in Dateien unter 512 MB auf.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="110" />
            <source>Cannot read {path}: {reason}.</source>
            <translation>{path} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="140" />
            <source>Give the preset a name.</source>
            <translation>Gib der Vorlage einen Namen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="143" />
            <source>{name} is a built-in preset name; pick another.</source>
            <translation>{name} ist der Name einer eingebauten Vorlage; wähle einen anderen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="239" />
            <source>column {number}</source>
            <translation>Spalte {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="243" />
            <source>{first} and {second}</source>
            <translation>{first} und {second}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="248" />
            <source>day/month</source>
            <translation>Tag/Monat</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="249" />
            <source>month/day</source>
            <translation>Monat/Tag</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="255" />
            <source>Dates in {column} are read {order} for the whole column ({evidence} settles it).</source>
            <translation>Datumsangaben in {column} werden für die ganze Spalte als {order} gelesen ({evidence} entscheidet es).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="265" />
            <source>Dates in {column} are read {order}, as {source} writes them.</source>
            <translation>Datumsangaben in {column} werden als {order} gelesen, so wie {source} sie schreibt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="272" />
            <source>Dates in {column} read both ways (day/month or month/day) and no date in the column settles it: choose the date order (wizard: Dates; CLI: --date-order dmy or mdy).</source>
            <translation>Datumsangaben in {column} lassen sich in beide Richtungen lesen (Tag/Monat oder Monat/Tag), und kein Datum in der Spalte entscheidet es: Wähle die Datumsreihenfolge (Assistent: Datumsangaben; CLI: --date-order dmy oder mdy).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="280" />
            <source>{column} mixes both orders: {conflict} contradicts {evidence}; rows that do not fit the column's order are refused.</source>
            <translation>{column} mischt beide Reihenfolgen: {conflict} widerspricht {evidence}; Zeilen, die nicht zur Reihenfolge der Spalte passen, werden abgelehnt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="288" />
            <source>You chose {chosen} but {evidence} in {column} can only be {order}; rows that do not fit are refused.</source>
            <translation>Du hast {chosen} gewählt, aber {evidence} in {column} kann nur {order} sein; Zeilen, die nicht passen, werden abgelehnt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="324" />
            <source>Numbers in this file are written European style (1.234 = one thousand two hundred thirty-four).</source>
            <translation>Zahlen in dieser Datei sind europäisch geschrieben (1.234 = eintausendzweihundertvierunddreißig).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="377" />
            <source>No preset named {name}. Presets: {names}.</source>
            <translation>Keine Vorlage namens {name}. Vorlagen: {names}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="437" />
            <source>%n row(s) in {years} {how}</source>
            <translation>
                <numerusform>%n Zeile in {years} {how}</numerusform>
                <numerusform>%n Zeilen in {years} {how}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="441" />
            <source>Dates without a year: {parts}. Use --year (wizard: Year) to choose another year.</source>
            <translation>Datumsangaben ohne Jahr: {parts}. Mit --year (Assistent: Jahr) wählst du ein anderes Jahr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="449" />
            <source>from the TikTok video ids (creation time)</source>
            <translation>aus den TikTok-Video-IDs (Erstellungszeit)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="451" />
            <source>as consecutive days ending at the most recent past date</source>
            <translation>als aufeinanderfolgende Tage bis zum jüngsten vergangenen Datum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="453" />
            <source>as the most recent past date (import day {today})</source>
            <translation>als jüngstes vergangenes Datum (Importtag {today})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="454" />
            <source>as you chose</source>
            <translation>wie von dir gewählt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="470" />
            <source>No field {name}. Fields: {fields}.</source>
            <translation>Kein Feld {name}. Felder: {fields}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="488" />
            <source>No column {name} in this file. Columns: {columns}.</source>
            <translation>Keine Spalte {name} in dieser Datei. Spalten: {columns}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="530" />
            <source>Would insert {inserted}, would update {updated}, skipped {skipped}, rejected {rejected} of %n row(s).</source>
            <translation>
                <numerusform>Würde {inserted} einfügen, {updated} aktualisieren, {skipped} überspringen und {rejected} ablehnen – von %n Zeile.</numerusform>
                <numerusform>Würde {inserted} einfügen, {updated} aktualisieren, {skipped} überspringen und {rejected} ablehnen – von %n Zeilen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="538" />
            <source>Inserted {inserted}, updated {updated}, skipped {skipped}, rejected {rejected} of %n row(s).</source>
            <translation>
                <numerusform>{inserted} eingefügt, {updated} aktualisiert, {skipped} übersprungen, {rejected} abgelehnt – von %n Zeile.</numerusform>
                <numerusform>{inserted} eingefügt, {updated} aktualisiert, {skipped} übersprungen, {rejected} abgelehnt – von %n Zeilen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="551" />
            <source>Cancelled: nothing was written. {summary}</source>
            <translation>Abgebrochen: Nichts wurde geschrieben. {summary}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="553" />
            <source>Dry run: nothing was written. {summary}</source>
            <translation>Probelauf: Nichts wurde geschrieben. {summary}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="555" />
            <source>Nothing was written because some rows were rejected (use skip-bad to import the rest). {summary}</source>
            <translation>Nichts wurde geschrieben, weil einige Zeilen abgelehnt wurden (mit skip-bad importierst du den Rest). {summary}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="570" />
            <source>Themes: set on %n post(s).</source>
            <translation>
                <numerusform>Themen: bei %n Beitrag gesetzt.</numerusform>
                <numerusform>Themen: bei %n Beiträgen gesetzt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="572" />
            <source>Themes: would set on %n post(s).</source>
            <translation>
                <numerusform>Themen: würden bei %n Beitrag gesetzt.</numerusform>
                <numerusform>Themen: würden bei %n Beiträgen gesetzt.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="574" />
            <source>; new themes: {themes}.</source>
            <translation>; neue Themen: {themes}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="582" />
            <source>line {line}: skipped: {reason}</source>
            <translation>Zeile {line}: übersprungen: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="586" />
            <source>line {line}: rejected: {reason}</source>
            <translation>Zeile {line}: abgelehnt: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="590" />
            <source>line {line}: warning: {reason}</source>
            <translation>Zeile {line}: Warnung: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="622" />
            <source>That workspace no longer exists.</source>
            <translation>Diesen Arbeitsbereich gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="648" />
            <location filename="../../microcomm_desktop/services/importing.py" line="882" />
            <location filename="../../microcomm_desktop/services/importing.py" line="1316" />
            <source>map a column to: {fields}</source>
            <translation>ordne eine Spalte zu: {fields}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="698" />
            <source>Date/time: {when} is out of range.</source>
            <translation>Datum/Uhrzeit: {when} liegt außerhalb des Bereichs.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="723" />
            <location filename="../../microcomm_desktop/services/importing.py" line="733" />
            <source>the same post appears again; this later row wins</source>
            <translation>derselbe Beitrag kommt noch einmal vor; diese spätere Zeile gilt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="828" />
            <source>{field} would change from {before} to {after} on the stored post — check that this file covers the same period (a daily file or a shorter date range gives smaller numbers).</source>
            <translation>{field} würde sich beim gespeicherten Beitrag von {before} auf {after} ändern – prüfe, ob diese Datei denselben Zeitraum abdeckt (eine Tagesdatei oder ein kürzerer Zeitraum ergibt kleinere Zahlen).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="967" />
            <source>Post: no post with id or link {ref} in this workspace (import posts first).</source>
            <translation>Beitrag: kein Beitrag mit ID oder Link {ref} in diesem Arbeitsbereich (importiere zuerst die Beiträge).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="982" />
            <source>id {id} appears twice in the file; the later row is skipped</source>
            <translation>ID {id} kommt zweimal in der Datei vor; die spätere Zeile wird übersprungen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="996" />
            <source>Timestamp: {when} is out of range.</source>
            <translation>Zeitpunkt: {when} liegt außerhalb des Bereichs.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="1067" />
            <source>parent {parent} not found; the message starts its own thread</source>
            <translation>übergeordnete Nachricht {parent} nicht gefunden; die Nachricht beginnt einen eigenen Thread</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="1351" />
            <source>@{handle} on {platform} appears again; this later row wins</source>
            <translation>@{handle} auf {platform} kommt noch einmal vor; diese spätere Zeile gilt</translation>
        </message>
    </context>
    <context>
        <name>services.insights</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/insights.py" line="394" />
            <source>%n post(s) have no reach: {standins} stand in for reach in their ratios.</source>
            <translation>
                <numerusform>%n Beitrag hat keine Reichweite: {standins} ersetzen die Reichweite in seinen Verhältniszahlen.</numerusform>
                <numerusform>%n Beiträge haben keine Reichweite: {standins} ersetzen die Reichweite in ihren Verhältniszahlen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/insights.py" line="482" />
            <source>%n community post(s) · median replies/1k {median} (overall {overall_median}) · saves/1k {saves} (overall {overall_saves}) · {returning} returning engagers reached</source>
            <translation>
                <numerusform>%n Community-Beitrag · Median Antworten/1.000 {median} (gesamt {overall_median}) · Speicherungen/1.000 {saves} (gesamt {overall_saves}) · {returning} erreichte wiederkehrende Interagierende</numerusform>
                <numerusform>%n Community-Beiträge · Median Antworten/1.000 {median} (gesamt {overall_median}) · Speicherungen/1.000 {saves} (gesamt {overall_saves}) · {returning} erreichte wiederkehrende Interagierende</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/insights.py" line="497" />
            <source> · best post: “{title}” ({day}, {rate} replies/1k)</source>
            <translation> · bester Beitrag: „{title}“ ({day}, {rate} Antworten/1.000)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/insights.py" line="530" />
            <source>No current or upcoming sprint: start one on the Sprint tab, then add the theme again.</source>
            <translation>Kein laufender oder kommender Sprint: Starte einen im Tab „Sprint“ und füge das Thema dann erneut hinzu.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/insights.py" line="548" />
            <source>Pick a theme first.</source>
            <translation>Wähle zuerst ein Thema.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/insights.py" line="586" />
            <source>Write the prompt first.</source>
            <translation>Schreib zuerst den Impuls.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/insights.py" line="588" />
            <source>Keep the prompt under 500 characters.</source>
            <translation>Halte den Impuls unter 500 Zeichen.</translation>
        </message>
    </context>
    <context>
        <name>services.instance_lock</name>
        <message>
            <location filename="../../microcomm_desktop/services/instance_lock.py" line="28" />
            <location filename="../../microcomm_desktop/services/instance_lock.py" line="30" />
            <source>another process</source>
            <translation>ein anderer Prozess</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/instance_lock.py" line="55" />
            <source>This data is already open in another MicroComm window ({holder}). Close that window first, or start with --data-dir to use other data.</source>
            <translation>Diese Daten sind schon in einem anderen MicroComm-Fenster geöffnet ({holder}). Schließe zuerst dieses Fenster oder starte mit --data-dir, um andere Daten zu nutzen.</translation>
        </message>
    </context>
    <context>
        <name>services.interactions</name>
        <message>
            <location filename="../../microcomm_desktop/services/interactions.py" line="116" />
            <source>That post no longer exists.</source>
            <translation>Diesen Beitrag gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/interactions.py" line="142" />
            <source>line {line}: @{handle} has no comment on this post; a new thread.</source>
            <translation>Zeile {line}: @{handle} hat keinen Kommentar unter diesem Beitrag; ein neuer Thread.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/interactions.py" line="262" />
            <source>Cannot change {fields} here.</source>
            <translation>{fields} kann hier nicht geändert werden.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/interactions.py" line="268" />
            <source>That person no longer exists.</source>
            <translation>Diese Person gibt es nicht mehr.</translation>
        </message>
    </context>
    <context>
        <name>services.posts</name>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="190" />
            <source>Date is required (e.g. 2026-11-24 18:30).</source>
            <translation>Das Datum fehlt (z. B. 2026-11-24 18:30).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="195" />
            <source>add the year (e.g. 2026-11-24 18:30).</source>
            <translation>ergänze das Jahr (z. B. 2026-11-24 18:30).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="198" />
            <source>Date/time: {error}</source>
            <translation>Datum/Uhrzeit: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="202" />
            <source>Label is required: community (judged on replies, saves, depth) or reach.</source>
            <translation>Die Ausrichtung fehlt: community (bewertet nach Antworten, Speicherungen, Tiefe) oder reach.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="224" />
            <source>Format: keep it under 80 characters (e.g. carousel, short video, Q and A).</source>
            <translation>Format: bleib unter 80 Zeichen (z. B. Karussell, Kurzvideo, Fragerunde).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="233" />
            <source>Themes: {error}</source>
            <translation>Themen: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="257" />
            <source>That workspace no longer exists.</source>
            <translation>Diesen Arbeitsbereich gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="296" />
            <source>Date is required.</source>
            <translation>Das Datum fehlt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="330" />
            <source>That post no longer exists (deleted elsewhere?).</source>
            <translation>Diesen Beitrag gibt es nicht mehr (anderswo gelöscht?).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="411" />
            <location filename="../../microcomm_desktop/services/posts.py" line="442" />
            <source>That post no longer exists.</source>
            <translation>Diesen Beitrag gibt es nicht mehr.</translation>
        </message>
    </context>
    <context>
        <name>services.problems</name>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="42" />
            <source>Another MicroComm window or command is writing to this data right now; nothing was changed. Try again when it has finished.</source>
            <translation>Ein anderes MicroComm-Fenster oder ein Befehl schreibt gerade in diese Daten; nichts wurde geändert. Versuche es erneut, wenn es fertig ist.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="48" />
            <source>The data is open read-only (the folder or drive cannot be written): nothing was changed.</source>
            <translation>Die Daten sind schreibgeschützt geöffnet (in den Ordner oder auf das Laufwerk kann nicht geschrieben werden): Nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="53" />
            <source>The data file is damaged; nothing was changed. Use File › Restore from backup… (or `microcomm backup restore`) to go back to a backup.</source>
            <translation>Die Datendatei ist beschädigt; nichts wurde geändert. Nutze Datei › Aus Sicherung wiederherstellen… (oder `microcomm backup restore`), um zu einer Sicherung zurückzukehren.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="59" />
            <source>The change conflicts with data written at the same moment by another window or command; nothing was changed. Try again.</source>
            <translation>Die Änderung kollidiert mit Daten, die im selben Moment von einem anderen Fenster oder Befehl geschrieben wurden; nichts wurde geändert. Versuche es erneut.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="66" />
            <source>MicroComm cannot open its data file {path}: check the folder and the disk.</source>
            <translation>MicroComm kann seine Datendatei {path} nicht öffnen: Prüfe den Ordner und den Datenträger.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="69" />
            <source>MicroComm cannot open its data file: check the folder and the disk.</source>
            <translation>MicroComm kann seine Datendatei nicht öffnen: Prüfe den Ordner und den Datenträger.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="70" />
            <source>The data file could not be read or written; nothing was changed. Check the disk and try again.</source>
            <translation>Die Datendatei konnte nicht gelesen oder geschrieben werden; nichts wurde geändert. Prüfe den Datenträger und versuche es erneut.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="78" />
            <source>Could not use {name}: {reason}.</source>
            <translation>{name} konnte nicht verwendet werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="81" />
            <source>Could not use: {reason}.</source>
            <translation>Konnte nicht verwendet werden: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>services.promise</name>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="186" />
            <source>Enter a whole number of at least 1.</source>
            <translation>Gib eine ganze Zahl ab 1 ein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="202" />
            <source>Rules</source>
            <translation>Regeln</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="203" />
            <source>What to post</source>
            <translation>Was posten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="204" />
            <source>How to get help</source>
            <translation>Wie man Hilfe bekommt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="231" />
            <source>Unknown home kind {kind}.</source>
            <translation>Unbekannte Art von Zuhause {kind}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="286" />
            <location filename="../../microcomm_desktop/services/promise.py" line="308" />
            <source>Give the format a name.</source>
            <translation>Gib dem Format einen Namen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="288" />
            <source>Keep the name under 120 characters.</source>
            <translation>Halte den Namen unter 120 Zeichen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="401" />
            <source>Write the prompt text.</source>
            <translation>Schreib den Text des Impulses.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="403" />
            <source>Keep a prompt under 500 characters.</source>
            <translation>Halte einen Impuls unter 500 Zeichen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="405" />
            <source>Pick a rung: {rungs}.</source>
            <translation>Wähle eine Stufe: {rungs}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="487" />
            <source>That prompt no longer exists.</source>
            <translation>Diesen Impuls gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="489" />
            <source>That post no longer exists.</source>
            <translation>Diesen Beitrag gibt es nicht mehr.</translation>
        </message>
    </context>
    <context>
        <name>services.quotes</name>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="58" />
            <source>fixed amount</source>
            <translation>Festbetrag</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="59" />
            <source>% of fee</source>
            <translation>% des Honorars</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="60" />
            <source>per unit</source>
            <translation>pro Einheit</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="118" />
            <source>Kind is one of: {kinds}.</source>
            <extracomment>Starting rates offered on an empty rate card — labelled as examples, to be replaced by the user's own.</extracomment>
            <translation>Die Art ist eine von: {kinds}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="121" />
            <source>Pricing is one of: {pricings}.</source>
            <translation>Die Preisart ist eine von: {pricings}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="124" />
            <source>Give the rate a name.</source>
            <translation>Gib dem Preis einen Namen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="126" />
            <source>Keep the name under 120 characters.</source>
            <translation>Halte den Namen unter 120 Zeichen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="128" />
            <source>A rate cannot be negative.</source>
            <translation>Ein Preis darf nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="130" />
            <source>A bundle discount is at most 100 %.</source>
            <translation>Ein Paketrabatt beträgt höchstens 100 %.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="132" />
            <source>A base rate is a fixed price per deliverable.</source>
            <translation>Ein Grundpreis ist ein fester Preis pro Leistung.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="177" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="193" />
            <source>That rate no longer exists.</source>
            <translation>Diesen Preis gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="183" />
            <source>Unknown rate field {field}.</source>
            <translation>Unbekanntes Preisfeld {field}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="325" />
            <source>The package price cannot be negative.</source>
            <translation>Der Paketpreis darf nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="408" />
            <source>{quantity} × {format} @ {price}</source>
            <extracomment>Each line as the reader reads it (``line_labels``); empty = the stored descriptions.</extracomment>
            <translation>{quantity} × {format} à {price}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="417" />
            <source>{name} ({percent} × {units})</source>
            <translation>{name} ({percent} × {units})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="421" />
            <source>{name} ({units} × {price})</source>
            <translation>{name} ({units} × {price})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="432" />
            <source>{name}: bundle discount ({percent})</source>
            <translation>{name}: Paketrabatt ({percent})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="436" />
            <source>Bundle discount ({percent})</source>
            <translation>Paketrabatt ({percent})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="438" />
            <source>{name}: package price {price} for the deliverables</source>
            <translation>{name}: Paketpreis {price} für die Leistungen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="439" />
            <source>Series bundle</source>
            <translation>Serienpaket</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="579" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="596" />
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="592" />
            <source>Expected CPM and cost per engagement: n/a (no posts logged in the last 90 days).</source>
            <translation>Erwarteter CPM und Kosten pro Interaktion: k. A. (keine Beiträge in den letzten 90 Tagen erfasst).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="600" />
            <source>reach</source>
            <translation>Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="602" />
            <source>impressions</source>
            <translation>Impressionen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/quotes.py" line="605" />
            <source>Expected CPM {cpm}, expected cost per engagement {cpe} — based on %n post(s) from {since} to {until} (average reach {reach}, average impressions {impressions}, ER {er} by {definition}).</source>
            <translation>
                <numerusform>Erwarteter CPM {cpm}, erwartete Kosten pro Interaktion {cpe} – auf Grundlage von %n Beitrag vom {since} bis {until} (durchschnittliche Reichweite {reach}, durchschnittliche Impressionen {impressions}, ER {er} nach {definition}).</numerusform>
                <numerusform>Erwarteter CPM {cpm}, erwartete Kosten pro Interaktion {cpe} – auf Grundlage von %n Beiträgen vom {since} bis {until} (durchschnittliche Reichweite {reach}, durchschnittliche Impressionen {impressions}, ER {er} nach {definition}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="628" />
            <source>call to action: {cta}</source>
            <translation>Call to Action: {cta}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="634" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="678" />
            <source>Quote</source>
            <translation>Angebot</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="635" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="692" />
            <source>not set</source>
            <translation>nicht festgelegt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="638" />
            <source>**Creator:** {name}</source>
            <translation>**Creator:** {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="640" />
            <source>**Issued:** {date}</source>
            <translation>**Ausgestellt:** {date}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="642" />
            <source>**Valid until:** {date}</source>
            <translation>**Gültig bis:** {date}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="643" />
            <source>**Currency:** {code}</source>
            <translation>**Währung:** {code}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="644" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="671" />
            <source>Item</source>
            <translation>Posten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="644" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="672" />
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="645" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="670" />
            <source>Line items</source>
            <translation>Positionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="648" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="673" />
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="651" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="674" />
            <source>Deliverables</source>
            <translation>Leistungen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="658" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="712" />
            <source>(no disclosure line set — add one before publishing)</source>
            <translation>(kein Werbehinweis festgelegt – füge vor der Veröffentlichung einen hinzu)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="661" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="675" />
            <source>Disclosure</source>
            <translation>Werbehinweis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="662" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="676" />
            <source>What the brand can expect</source>
            <translation>Was die Marke erwarten kann</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="669" />
            <source>Currency:</source>
            <translation>Währung:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="689" />
            <source>Creator:</source>
            <translation>Creator:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="691" />
            <source>Issued:</source>
            <translation>Ausgestellt:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="693" />
            <source>Valid until:</source>
            <translation>Gültig bis:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="730" />
            <source>Quote — {name}</source>
            <translation>Angebot – {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="733" />
            <source>Export as .md or .pdf, not {suffix}.</source>
            <translation>Exportiere als .md oder .pdf, nicht als {suffix}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="734" />
            <source>Export as .md or .pdf, not a file without extension.</source>
            <translation>Exportiere als .md oder .pdf, nicht als Datei ohne Endung.</translation>
        </message>
    </context>
    <context>
        <name>services.reach</name>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="35" />
            <source>Reach stand-ins are a list per platform, e.g. youtube=views,impressions.</source>
            <translation>Reichweiten-Ersatz ist eine Liste pro Plattform, z. B. youtube=views,impressions.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="49" />
            <source>{column} cannot stand in for reach; use {columns} (in order of preference).</source>
            <translation>{column} kann die Reichweite nicht ersetzen; verwende {columns} (in der Reihenfolge der Vorliebe).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="51" />
            <source> or </source>
            <translation> oder </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="64" />
            <source>{text}: write PLATFORM=COLUMNS, e.g. youtube=views,impressions.</source>
            <translation>{text}: schreib PLATTFORM=SPALTEN, z. B. youtube=views,impressions.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="77" />
            <source>Unknown platform {platform}; use one of {platforms}.</source>
            <translation>Unbekannte Plattform {platform}; verwende eine von: {platforms}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="84" />
            <source>views</source>
            <translation>Aufrufe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="84" />
            <source>impressions</source>
            <translation>Impressionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="151" />
            <source>{columns} for {platform}</source>
            <translation>{columns} für {platform}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="152" />
            <source> else </source>
            <translation>, sonst </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="192" />
            <source>saves/1k and replies/1k</source>
            <translation>Speicherungen/1.000 und Antworten/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="194" />
            <source>ER, saves/1k and replies/1k</source>
            <translation>ER, Speicherungen/1.000 und Antworten/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="199" />
            <source>{count} of {total} {platform} post(s) have no reach: {ratios} will be n/a for them. Choose what stands in for reach on {platform} (views or impressions) in Workspace settings.</source>
            <translation>{platform}-Beiträge ohne Reichweite: {count} von {total}; {ratios} sind dafür k. A. Wähle in den Einstellungen des Arbeitsbereichs, was auf {platform} die Reichweite ersetzt (Aufrufe oder Impressionen).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="206" />
            <source>{count} {platform} post(s) have no reach: their ratios will use {column} instead (labelled as such).</source>
            <translation>{platform}-Beiträge ohne Reichweite: {count}; ihre Quoten verwenden stattdessen {column} (so gekennzeichnet).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="213" />
            <source>{count} {platform} post(s) have no impressions: ER (by impressions) will be n/a for them.</source>
            <translation>{platform}-Beiträge ohne Impressionen: {count}; die ER (nach Impressionen) ist dafür k. A.</translation>
        </message>
    </context>
    <context>
        <name>services.reports</name>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="127" />
            <location filename="../../microcomm_desktop/services/reports.py" line="558" />
            <source>Live attendance</source>
            <translation>Live-Teilnahme</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="128" />
            <location filename="../../microcomm_desktop/services/reports.py" line="667" />
            <source>Conversions</source>
            <translation>Conversions</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="129" />
            <source>Email signups</source>
            <translation>E-Mail-Anmeldungen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="130" />
            <location filename="../../microcomm_desktop/services/reports.py" line="672" />
            <source>Demo requests</source>
            <translation>Demo-Anfragen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="131" />
            <location filename="../../microcomm_desktop/services/reports.py" line="673" />
            <source>Repeat purchases</source>
            <translation>Wiederholungskäufe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="132" />
            <location filename="../../microcomm_desktop/services/reports.py" line="668" />
            <source>Revenue</source>
            <translation>Umsatz</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="133" />
            <location filename="../../microcomm_desktop/services/reports.py" line="669" />
            <source>Spend</source>
            <translation>Ausgaben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="161" />
            <source>DM reply rate: {value} is not a percent between 0 and 100.</source>
            <translation>DM-Antwortquote: {value} ist kein Prozentwert zwischen 0 und 100.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="260" />
            <source>{metric} is {value} (band {low}–{high}{unit})</source>
            <translation>{metric} liegt bei {value} (Bereich {low}–{high}{unit})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="276" />
            <source>The same few people do all the talking ({share} of interactions from 5 people)</source>
            <translation>Immer dieselben wenigen reden ({share} der Interaktionen von 5 Personen)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="279" />
            <source>{handles} carry the conversation. Invite newcomers by name, ask questions anyone can answer, feature a new member this week.</source>
            <translation>{handles} tragen das Gespräch. Lade Neue mit Namen ein, stelle Fragen, die alle beantworten können, stelle diese Woche ein neues Mitglied vor.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="292" />
            <source>Response SLA: {missed} of %n first comment(s) missed the {minutes}-minute reply window ({share} answered in time)</source>
            <translation>
                <numerusform>Antwort-SLA: {missed} von %n ersten Kommentar verpassten das Antwortfenster von {minutes} Minuten ({share} rechtzeitig beantwortet)</numerusform>
                <numerusform>Antwort-SLA: {missed} von %n ersten Kommentaren verpassten das Antwortfenster von {minutes} Minuten ({share} rechtzeitig beantwortet)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="299" />
            <source>Reply within {minutes} minutes to the first %n comment(s) on key posts; block the time after posting.</source>
            <translation>
                <numerusform>Antworte innerhalb von {minutes} Minuten auf den ersten %n Kommentar unter wichtigen Beiträgen; blocke dir die Zeit nach dem Posten.</numerusform>
                <numerusform>Antworte innerhalb von {minutes} Minuten auf die ersten %n Kommentare unter wichtigen Beiträgen; blocke dir die Zeit nach dem Posten.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="312" />
            <source>Reach posts crowd out community posts ({reach} vs {community})</source>
            <translation>Reichweiten-Beiträge verdrängen Community-Beiträge ({reach} gegenüber {community})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="315" />
            <source>Announcements instead of questions: turn one reach post into a question with a number, a screenshot, a choice or a constraint.</source>
            <translation>Ankündigungen statt Fragen: Mach aus einem Reichweiten-Beitrag eine Frage mit einer Zahl, einem Screenshot, einer Wahl oder einer Vorgabe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="327" />
            <source>Nothing to judge yet for {start} – {end}</source>
            <translation>Für {start} – {end} gibt es noch nichts zu bewerten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="330" />
            <source>Log or import this week's posts and interactions (Posts tab); the advice appears once there is reach and engagement to measure.</source>
            <translation>Erfasse oder importiere die Beiträge und Interaktionen dieser Woche (Tab „Beiträge“); die Hinweise erscheinen, sobald es Reichweite und Interaktion zu messen gibt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="341" />
            <source>Every judged metric is in or above its band</source>
            <translation>Jede bewertete Kennzahl liegt in oder über ihrem Richtwertbereich</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="342" />
            <source>Keep the rituals; raise one bar.</source>
            <translation>Behalte die Rituale bei; leg eine Messlatte höher.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="423" />
            <source>Weekly report: {workspace}, {span}</source>
            <translation>Wochenbericht: {workspace}, {span}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="426" />
            <source>30-day report: {workspace}, {span}</source>
            <translation>30-Tage-Bericht: {workspace}, {span}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="514" />
            <source>(%n weeks)</source>
            <translation>
                <numerusform>(%n Woche)</numerusform>
                <numerusform>(%n Wochen)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="526" />
            <source>all</source>
            <translation>alle</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="527" />
            <source>community</source>
            <translation>Community</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="528" />
            <source>reach</source>
            <translation>Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="540" />
            <source>Posts: {label} · ER by {denominator} · returning engagers = people engaging on 2+ different days in the 30 days ending each week · generated offline by MicroComm Desktop</source>
            <translation>Beiträge: {label} · ER nach {denominator} · wiederkehrende Interagierende = Personen, die in den 30 Tagen bis zum Ende jeder Woche an 2+ verschiedenen Tagen interagieren · offline erstellt mit MicroComm Desktop</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="551" />
            <source>Leading indicators</source>
            <translation>Frühindikatoren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="553" />
            <source>Returning engagers</source>
            <translation>Wieder­kehrende Inter­agierende</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="554" />
            <source>Replies / 1k reach</source>
            <translation>Antworten / 1.000 Reich­weite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="555" />
            <source>Saves / 1k reach</source>
            <translation>Speiche­rungen / 1.000 Reich­weite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="556" />
            <source>ER</source>
            <translation>ER</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="557" />
            <source>Health score</source>
            <translation>Gesund­heits­wert</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="559" />
            <source>DM reply rate</source>
            <translation>DM-Antwort­quote</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="560" />
            <source>Response SLA</source>
            <translation>Antwort-SLA</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="561" />
            <source>DM back-and-forth (logged)</source>
            <translation>DM-Aus­tausch (erfasst)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="569" />
            <source>{replied} of %n in {minutes} min ({share})</source>
            <translation>
                <numerusform>{replied} von %n in {minutes} Min. ({share})</numerusform>
                <numerusform>{replied} von %n in {minutes} Min. ({share})</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="574" />
            <source>{returning} of {engaged} ({share})</source>
            <translation>{returning} von {engaged} ({share})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="586" />
            <source>%n DM threads · {messages} msgs each · {answered} answered</source>
            <translation>
                <numerusform>%n DM-Gespräch · je {messages} Nachr. · {answered} beantwortet</numerusform>
                <numerusform>%n DM-Gespräche · je {messages} Nachr. · {answered} beantwortet</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="595" />
            <source>Reach stand-in: posts without reach use {standin} as the denominator of ER, saves/1k and replies/1k (a workspace setting).</source>
            <translation>Reichweiten-Ersatz: Beiträge ohne Reichweite nutzen {standin} als Nenner von ER, Speicherungen/1.000 und Antworten/1.000 (eine Einstellung des Arbeitsbereichs).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="616" />
            <source>Scorecard: the {days} days by week (%n row(s), first and last may be partial)</source>
            <translation>
                <numerusform>Scorecard: die {days} Tage nach Wochen (%n Zeile, erste und letzte können unvollständig sein)</numerusform>
                <numerusform>Scorecard: die {days} Tage nach Wochen (%n Zeilen, erste und letzte können unvollständig sein)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="624" />
            <source>Scorecard: this week and the %n before it (trend)</source>
            <translation>
                <numerusform>Scorecard: diese Woche und die %n davor (Trend)</numerusform>
                <numerusform>Scorecard: diese Woche und die %n davor (Trend)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="627" />
            <source>Week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="627" />
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="628" />
            <source>Posts (c/r)</source>
            <translation>Beiträge (C/R)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="629" />
            <source>Reach</source>
            <translation>Reich­weite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="630" />
            <source>ER (impressions)</source>
            <translation>ER (Impres­sionen)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="632" />
            <source>ER (reach)</source>
            <translation>ER (Reich­weite)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="633" />
            <source>Saves/1k</source>
            <translation>Speich./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="634" />
            <source>Replies/1k</source>
            <translation>Antw./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="635" />
            <source>Returning</source>
            <translation>Wieder­kehrend</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="636" />
            <source>RE %</source>
            <translation>WI %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="637" />
            <source>Engaged</source>
            <translation>Inter­agiert</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="638" />
            <source>Deep threads</source>
            <translation>Tiefe Threads</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="639" />
            <source>Health</source>
            <translation>Gesund­heit</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="665" />
            <source>Business outcomes</source>
            <translation>Geschäftsergebnisse</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="670" />
            <source>CPA</source>
            <translation>CPA</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="671" />
            <source>Email sign-ups</source>
            <translation>E-Mail-Anmeldungen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="682" />
            <source>Business outcomes and member notes are entered per week: these come from the week notes of the %n week(s) starting {weeks} that overlap the period.</source>
            <translation>
                <numerusform>Geschäftsergebnisse und Mitgliedernotizen werden pro Woche eingetragen: Diese stammen aus den Wochennotizen der %n Woche ab {weeks}, die sich mit dem Zeitraum überschneidet.</numerusform>
                <numerusform>Geschäftsergebnisse und Mitgliedernotizen werden pro Woche eingetragen: Diese stammen aus den Wochennotizen der %n Wochen ab {weeks}, die sich mit dem Zeitraum überschneiden.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="692" />
            <source>What members say</source>
            <translation>Was Mitglieder sagen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="694" />
            <source>Top questions</source>
            <translation>Häufigste Fragen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="695" />
            <source>Objections</source>
            <translation>Einwände</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="696" />
            <source>Words members use</source>
            <translation>Wörter der Mitglieder</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="703" />
            <source>not entered</source>
            <translation>nicht eingetragen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="707" />
            <source>What to do now</source>
            <translation>Was jetzt zu tun ist</translation>
        </message>
    </context>
    <context>
        <name>services.rituals</name>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="117" />
            <source>Give the ritual a name.</source>
            <translation>Gib dem Ritual einen Namen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="119" />
            <source>Keep the name under 120 characters.</source>
            <translation>Halte den Namen unter 120 Zeichen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="124" />
            <source>Pick at least one weekday.</source>
            <translation>Wähle mindestens einen Wochentag.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="136" />
            <source>Duration is 1 to 1440 minutes.</source>
            <translation>Die Dauer beträgt 1 bis 1440 Minuten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="139" />
            <source>Pick the first date.</source>
            <translation>Wähle das erste Datum.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="141" />
            <source>The end date is before the start date.</source>
            <translation>Das Enddatum liegt vor dem Startdatum.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="183" />
            <location filename="../../microcomm_desktop/services/rituals.py" line="369" />
            <source>That ritual no longer exists.</source>
            <translation>Dieses Ritual gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="364" />
            <source>Status is one of {statuses}.</source>
            <translation>Der Status ist einer von {statuses}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="397" />
            <source>Post {id} is not in this workspace's post log.</source>
            <translation>Beitrag {id} steht nicht im Beitragsprotokoll dieses Arbeitsbereichs.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="403" />
            <source>That prompt no longer exists.</source>
            <translation>Diesen Impuls gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="453" />
            <source>Give the event a title.</source>
            <translation>Gib dem Ereignis einen Titel.</translation>
        </message>
    </context>
    <context>
        <name>services.safe_files</name>
        <message>
            <location filename="../../microcomm_desktop/services/safe_files.py" line="38" />
            <source>Could not write {path}: {reason}. Nothing was written there.</source>
            <translation>{path} konnte nicht geschrieben werden: {reason}. Dort wurde nichts geschrieben.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/safe_files.py" line="45" />
            <source>the disk is full ({free} MB free)</source>
            <translation>der Datenträger ist voll ({free} MB frei)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/safe_files.py" line="57" />
            <source>that is a folder; give a file name (for example one inside that folder)</source>
            <translation>das ist ein Ordner; gib einen Dateinamen an (zum Beispiel einen in diesem Ordner)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/safe_files.py" line="88" />
            <source>nothing was produced</source>
            <translation>es wurde nichts erzeugt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/safe_files.py" line="119" />
            <source>nothing was produced (free space: {free} MB)</source>
            <translation>es wurde nichts erzeugt (freier Speicher: {free} MB)</translation>
        </message>
    </context>
    <context>
        <name>services.sla</name>
        <message>
            <location filename="../../microcomm_desktop/services/sla.py" line="235" />
            <source>Enter both numbers (replied and considered) or neither.</source>
            <translation>Gib beide Zahlen ein (beantwortet und berücksichtigt) oder keine.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sla.py" line="238" />
            <source>Counts cannot be negative.</source>
            <translation>Anzahlen können nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sla.py" line="242" />
            <source>{replied} replied is more than the {considered} comments considered.</source>
            <translation>{replied} beantwortet ist mehr als die {considered} berücksichtigten Kommentare.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sla.py" line="249" />
            <source>That post no longer exists.</source>
            <translation>Diesen Beitrag gibt es nicht mehr.</translation>
        </message>
    </context>
    <context>
        <name>services.sprints</name>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="62" />
            <source>(nothing yet)</source>
            <translation>(noch nichts)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="63" />
            <source>Post</source>
            <translation>Beitrag</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="64" />
            <source>Ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="65" />
            <source>Prompt set</source>
            <translation>Impulsset</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="66" />
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="74" />
            <source>Narrow the topic: pick the one theme with the most replies per 1,000 reach</source>
            <translation>Thema eingrenzen: Wähle das eine Thema mit den meisten Antworten pro 1.000 Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="75" />
            <source>Drop one format: keep the two that earned the most replies</source>
            <translation>Ein Format streichen: Behalte die zwei mit den meisten Antworten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="76" />
            <source>Rewrite prompts for the narrowed topic (ask for a number, screenshot, choice or constraint)</source>
            <translation>Impulse für das eingegrenzte Thema neu schreiben (frage nach einer Zahl, einem Screenshot, einer Wahl oder einer Vorgabe)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="80" />
            <source>Compare returning engagers and replies per 1,000 reach with last month</source>
            <translation>Wiederkehrende Interagierende und Antworten pro 1.000 Reichweite mit dem letzten Monat vergleichen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="88" />
            <source>Continue</source>
            <translation>Fortführen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="89" />
            <source>Narrow</source>
            <translation>Eingrenzen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="90" />
            <source>Not enough data</source>
            <translation>Nicht genug Daten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="334" />
            <source>That sprint no longer exists.</source>
            <translation>Diesen Sprint gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="341" />
            <source>That task no longer exists (it may have been deleted).</source>
            <translation>Diese Aufgabe gibt es nicht mehr (sie wurde vielleicht gelöscht).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="349" />
            <source>Give the sprint a name, e.g. “Month 2: narrow to hip mobility”.</source>
            <translation>Gib dem Sprint einen Namen, z. B. „Monat 2: auf Hüftmobilität eingrenzen“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="353" />
            <source>Keep the sprint name under {limit} characters (it has {length}).</source>
            <translation>Halte den Sprint-Namen unter {limit} Zeichen (er hat {length}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="367" />
            <source>Title: a task needs a short title, e.g. “Draft 10 prompts”.</source>
            <translation>Titel: Eine Aufgabe braucht einen kurzen Titel, z. B. „10 Impulse entwerfen“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="371" />
            <source>Title: keep it under {limit} characters (it has {length}).</source>
            <translation>Titel: Halte ihn unter {limit} Zeichen (er hat {length}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="380" />
            <source>Owner: keep it under {limit} characters.</source>
            <translation>Verantwortlich: Halte es unter {limit} Zeichen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="384" />
            <location filename="../../microcomm_desktop/services/sprints.py" line="602" />
            <location filename="../../microcomm_desktop/services/sprints.py" line="678" />
            <source>Week: a sprint has weeks 1 to 4.</source>
            <translation>Woche: Ein Sprint hat die Wochen 1 bis 4.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="386" />
            <source>Due date: not a date.</source>
            <translation>Fälligkeitsdatum: kein Datum.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="389" />
            <source>Link: pick post, ritual, prompt set or document.</source>
            <translation>Verknüpfung: Wähle Beitrag, Ritual, Impulsset oder Dokument.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="393" />
            <source>Link: say what the task produced (a post link, ritual name, prompt set or file path).</source>
            <translation>Verknüpfung: Gib an, was die Aufgabe erzeugt hat (einen Beitragslink, Ritualnamen, ein Impulsset oder einen Dateipfad).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="399" />
            <source>Link: pick what kind of thing the link points to.</source>
            <translation>Verknüpfung: Wähle, worauf die Verknüpfung zeigt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="449" />
            <source>Set foundations</source>
            <translation>Grundlagen legen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="450" />
            <source>Write promise</source>
            <translation>Versprechen schreiben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="451" />
            <source>Pick home</source>
            <translation>Zuhause wählen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="452" />
            <source>Create onboarding</source>
            <translation>Onboarding erstellen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="453" />
            <source>Draft prompts</source>
            <translation>Impulse entwerfen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="454" />
            <source>Pinned welcome + 10 prompts + ritual schedule</source>
            <translation>Angeheftete Begrüßung + 10 Impulse + Ritualplan</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="457" />
            <source>Trigger participation</source>
            <translation>Beteiligung anstoßen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="458" />
            <source>Run two rituals</source>
            <translation>Zwei Rituale durchführen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="459" />
            <source>Reply fast</source>
            <translation>Schnell antworten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="460" />
            <source>Feature members</source>
            <translation>Mitglieder hervorheben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="461" />
            <source>2 recap posts + member highlights</source>
            <translation>2 Rückblick-Beiträge + Mitglieder-Highlights</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="462" />
            <source>Improve signal quality</source>
            <translation>Aussagekraft der Signale verbessern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="463" />
            <source>Refine topics</source>
            <translation>Themen schärfen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="464" />
            <source>Add templates</source>
            <translation>Vorlagen hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="465" />
            <source>Recruit 5 power members</source>
            <translation>5 besonders aktive Mitglieder gewinnen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="466" />
            <source>Template drop + power member list</source>
            <translation>Vorlagen-Paket + Liste der besonders aktiven Mitglieder</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="467" />
            <source>Make it repeatable</source>
            <translation>Wiederholbar machen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="468" />
            <source>Document playbook</source>
            <translation>Playbook dokumentieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="469" />
            <source>Set KPIs</source>
            <translation>KPIs festlegen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="470" />
            <source>Plan next month</source>
            <translation>Nächsten Monat planen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="471" />
            <source>30-day report + next-month calendar</source>
            <translation>30-Tage-Bericht + Kalender für den nächsten Monat</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="521" />
            <source>A sprint has exactly four weeks (1 to 4).</source>
            <translation>Ein Sprint hat genau vier Wochen (1 bis 4).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="639" />
            <source>Link: set the kind and the reference together.</source>
            <translation>Verknüpfung: Lege Art und Verweis zusammen fest.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="832" />
            <source>The next month is already planned: “{name}” starts {day}.</source>
            <translation>Der nächste Monat ist schon geplant: „{name}“ beginnt am {day}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="897" />
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="920" />
            <source>W{number}</source>
            <translation>W{number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="920" />
            <source>no ended weeks</source>
            <translation>keine abgeschlossenen Wochen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="923" />
            <source>Weeks used: {weeks}</source>
            <translation>Verwendete Wochen: {weeks}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="928" />
            <source>(changes {deltas})</source>
            <translation>(Änderungen {deltas})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="933" />
            <source>Returning share: {values}</source>
            <translation>Anteil Wiederkehrender: {values}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="939" />
            <source>Replies per 1,000 reach: {values}</source>
            <translation>Antworten pro 1.000 Reichweite: {values}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="951" />
            <source>Run the same rituals for another month (Plan next month, template as is).</source>
            <translation>Dieselben Rituale einen weiteren Monat durchführen (Nächsten Monat planen, Vorlage unverändert).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="957" />
            <source>Keep logging posts and interactions every week; the rule needs three ended weeks.</source>
            <translation>Erfasse weiter jede Woche Beiträge und Interaktionen; die Regel braucht drei abgeschlossene Wochen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="963" />
            <source>Carry over: {title} (week {number}, {owner})</source>
            <translation>Übernehmen: {title} (Woche {number}, {owner})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="965" />
            <source>Carry over: {title} (week {number})</source>
            <translation>Übernehmen: {title} (Woche {number})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="991" />
            <source>No sponsored posts (posts linked to a deal) were published during the sprint.</source>
            <translation>Während des Sprints wurden keine gesponserten Beiträge (mit einem Deal verknüpfte Beiträge) veröffentlicht.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="994" />
            <source>Sponsored posts published during the sprint: {count}. Disclosure spot-checks: {checks}.</source>
            <translation>Während des Sprints veröffentlichte gesponserte Beiträge: {count}. Stichproben zum Werbehinweis: {checks}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1002" />
            <source>Sprint report: {name}</source>
            <translation>Sprint-Bericht: {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1003" />
            <source>Owners: {owners}</source>
            <translation>Verantwortliche: {owners}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1004" />
            <source>Progress: {done}/{total} tasks ({percent})</source>
            <translation>Fortschritt: {done}/{total} Aufgaben ({percent})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1005" />
            <source>Generated {day}</source>
            <translation>Erstellt am {day}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1006" />
            <source>Goals and deliverables</source>
            <translation>Ziele und Ergebnisse</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1007" />
            <source>Week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1008" />
            <source>Dates</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1009" />
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1010" />
            <source>Deliverable</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1011" />
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1012" />
            <source>Tasks</source>
            <translation>Aufgaben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1013" />
            <source>Deliverables and tasks done</source>
            <translation>Ergebnisse und erledigte Aufgaben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1014" />
            <source>Week {number}: {goal}</source>
            <translation>Woche {number}: {goal}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1015" />
            <source>(no goal)</source>
            <translation>(kein Ziel)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1016" />
            <source>(no tasks)</source>
            <translation>(keine Aufgaben)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1017" />
            <source>Metrics per week (community posts)</source>
            <translation>Kennzahlen pro Woche (Community-Beiträge)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1018" />
            <source>Returning engagers</source>
            <translation>Wiederkehrende Interagierende</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1019" />
            <source>Returning share</source>
            <translation>Anteil Wiederkehrender</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1020" />
            <source>Engaged people</source>
            <translation>Interagierende Personen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1021" />
            <source>Replies per 1,000 reach</source>
            <translation>Antworten pro 1.000 Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1022" />
            <source>What worked</source>
            <translation>Was funktioniert hat</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1023" />
            <source>What to drop</source>
            <translation>Was wegfallen soll</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1024" />
            <source>not ended</source>
            <translation>nicht beendet</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1025" />
            <source>Sponsored posts: disclosure</source>
            <translation>Gesponserte Beiträge: Werbehinweis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1026" />
            <source>Verdict</source>
            <translation>Urteil</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1027" />
            <source>Verdict: {verdict}</source>
            <translation>Urteil: {verdict}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1028" />
            <source>Next steps</source>
            <translation>Nächste Schritte</translation>
        </message>
    </context>
    <context>
        <name>services.team_server</name>
        <message>
            <location filename="../../microcomm_desktop/services/team_server.py" line="40" />
            <source>Enter the server's name or address (ask whoever set up the team database).</source>
            <translation>Gib den Namen oder die Adresse des Servers ein (frag, wer die Team-Datenbank eingerichtet hat).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/team_server.py" line="50" />
            <source>The port is a whole number from 1 to 65535 (PostgreSQL's usual one is 5432).</source>
            <translation>Der Port ist eine ganze Zahl von 1 bis 65535 (der übliche von PostgreSQL ist 5432).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/team_server.py" line="54" />
            <source>Enter the database's name.</source>
            <translation>Gib den Namen der Datenbank ein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/team_server.py" line="56" />
            <source>Enter your user name on the server.</source>
            <translation>Gib deinen Benutzernamen auf dem Server ein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/team_server.py" line="93" />
            <source>This computer has no keyring to keep the password safely, so it was not saved. Use a login without a password stored here (a ~/.pgpass file or the server's trust rules), or type it at each start.</source>
            <translation>Dieser Computer hat keinen Schlüsselbund, der das Passwort sicher aufbewahrt, daher wurde es nicht gespeichert. Nutze eine Anmeldung ohne hier gespeichertes Passwort (eine ~/.pgpass-Datei oder die Trust-Regeln des Servers) oder gib es bei jedem Start ein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/team_server.py" line="143" />
            <source>Connected to {server} (PostgreSQL {version}); the database holds MicroComm data.</source>
            <translation>Verbunden mit {server} (PostgreSQL {version}); die Datenbank enthält MicroComm-Daten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/team_server.py" line="147" />
            <source>Connected to {server} (PostgreSQL {version}); the database is empty: MicroComm will set it up.</source>
            <translation>Verbunden mit {server} (PostgreSQL {version}); die Datenbank ist leer: MicroComm richtet sie ein.</translation>
        </message>
    </context>
    <context>
        <name>services.themes</name>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="59" />
            <source>Keep a theme under {limit} characters ({start}… is {length}).</source>
            <translation>Halte ein Thema unter {limit} Zeichen ({start}… hat {length}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="67" />
            <source>A theme name cannot contain a comma or semicolon ({name}); add two themes.</source>
            <translation>Ein Themenname darf kein Komma und kein Semikolon enthalten ({name}); füge zwei Themen hinzu.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="73" />
            <source>A theme needs a name.</source>
            <translation>Ein Thema braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="126" />
            <location filename="../../microcomm_desktop/services/themes.py" line="151" />
            <source>That theme no longer exists.</source>
            <translation>Dieses Thema gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="130" />
            <source>A theme named {name} already exists.</source>
            <translation>Ein Thema namens {name} gibt es schon.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="200" />
            <source>Select at least one post.</source>
            <translation>Wähle mindestens einen Beitrag aus.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="204" />
            <source>Nothing to change.</source>
            <translation>Nichts zu ändern.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/themes.py" line="215" />
            <source>%n of the selected posts are not in this workspace (ids {ids}).</source>
            <translation>
                <numerusform>%n der ausgewählten Beiträge ist nicht in diesem Arbeitsbereich (IDs {ids}).</numerusform>
                <numerusform>%n der ausgewählten Beiträge sind nicht in diesem Arbeitsbereich (IDs {ids}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="249" />
            <source>added {names}</source>
            <translation>{names} hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="251" />
            <source>removed {names}</source>
            <translation>{names} entfernt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/themes.py" line="253" />
            <source>{changes} on %n post(s)</source>
            <translation>
                <numerusform>{changes} bei %n Beitrag</numerusform>
                <numerusform>{changes} bei %n Beiträgen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>services.value_audit</name>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="108" />
            <source>{row} {name}: {field} is {value}, outside the allowed range {allowed} (correct it in the {tab} tab).</source>
            <translation>{row} {name}: {field} ist {value}, außerhalb des erlaubten Bereichs {allowed} (korrigiere es im Tab {tab}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="118" />
            <source>Post</source>
            <translation>Beitrag</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="119" />
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="120" />
            <source>Deal line</source>
            <translation>Deal-Position</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="121" />
            <source>Rate card item</source>
            <translation>Preislisten-Eintrag</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="122" />
            <source>Week note</source>
            <translation>Wochennotiz</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="123" />
            <source>Creator</source>
            <translation>Creator</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="124" />
            <source>Posts</source>
            <translation>Beiträge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="125" />
            <source>Deals</source>
            <translation>Deals</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="126" />
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="127" />
            <source>Creators</source>
            <translation>Creator</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="145" />
            <source>The data holds {count} value(s) (and possibly more) too large to add up correctly, written before this version checked them. Totals that include them would be wrong, so the Dashboard and reports do not add them up until they are corrected:</source>
            <translation>Die Daten enthalten {count} Wert(e) (und möglicherweise mehr), die zu groß sind, um richtig addiert zu werden; sie wurden geschrieben, bevor diese Version sie prüfte. Summen mit ihnen wären falsch, daher addieren Dashboard und Berichte sie nicht, bis sie korrigiert sind:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="152" />
            <source>The data holds {count} value(s) too large to add up correctly, written before this version checked them. Totals that include them would be wrong, so the Dashboard and reports do not add them up until they are corrected:</source>
            <translation>Die Daten enthalten {count} Wert(e), die zu groß sind, um richtig addiert zu werden; sie wurden geschrieben, bevor diese Version sie prüfte. Summen mit ihnen wären falsch, daher addieren Dashboard und Berichte sie nicht, bis sie korrigiert sind:</translation>
        </message>
    </context>
    <context>
        <name>services.workspace_file</name>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="149" />
            <source>That workspace no longer exists; nothing was written.</source>
            <translation>Diesen Arbeitsbereich gibt es nicht mehr; nichts wurde geschrieben.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="200" />
            <source>Could not write {path}: {reason}. Nothing was exported.</source>
            <translation>{path} konnte nicht geschrieben werden: {reason}. Nichts wurde exportiert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="232" />
            <source>{path} does not exist.</source>
            <translation>{path} existiert nicht.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="236" />
            <source>{path} is not a MicroComm workspace file (or it is damaged).</source>
            <translation>{path} ist keine MicroComm-Arbeitsbereichsdatei (oder sie ist beschädigt).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="242" />
            <source>{path} is not a MicroComm workspace file.</source>
            <translation>{path} ist keine MicroComm-Arbeitsbereichsdatei.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="246" />
            <source>{path} was written by a newer MicroComm; update the app to import it.</source>
            <translation>{path} wurde von einer neueren MicroComm-Version geschrieben; aktualisiere die App, um sie zu importieren.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="253" />
            <source>{path} was written by a newer MicroComm (schema {schema}); update the app to import it.</source>
            <translation>{path} wurde von einer neueren MicroComm-Version geschrieben (Schema {schema}); aktualisiere die App, um sie zu importieren.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="277" />
            <source>The workspace needs a name; give one with --name.</source>
            <translation>Der Arbeitsbereich braucht einen Namen; gib einen mit --name an.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="285" />
            <source>{path} is damaged (table {table} fails its checksum); nothing was imported.</source>
            <translation>{path} ist beschädigt (die Prüfsumme der Tabelle {table} stimmt nicht); nichts wurde importiert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="293" />
            <source>{path} is damaged ({entry} fails its checksum); nothing was imported.</source>
            <translation>{path} ist beschädigt (die Prüfsumme von {entry} stimmt nicht); nichts wurde importiert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="301" />
            <source>{path} holds tables this version does not know ({tables}).</source>
            <translation>{path} enthält Tabellen, die diese Version nicht kennt ({tables}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="311" />
            <source>A workspace named '{name}' already exists here; nothing was imported. Import under another name (--name NEW) — workspaces are never merged.</source>
            <translation>Hier gibt es schon einen Arbeitsbereich namens '{name}'; nichts wurde importiert. Importiere unter einem anderen Namen (--name NEU) – Arbeitsbereiche werden nie zusammengeführt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="333" />
            <source>Import check failed: {table} has {got} rows, the file says {expected}; nothing was imported.</source>
            <translation>Importprüfung fehlgeschlagen: {table} hat {got} Zeilen, die Datei nennt {expected}; nichts wurde importiert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="415" />
            <source>The file names an attachment outside its folder ({entry}); nothing imported.</source>
            <translation>Die Datei nennt einen Anhang außerhalb ihres Ordners ({entry}); nichts importiert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="436" />
            <source>{workspace}: {rows} in {tables}, {attachments} — {path}</source>
            <translation>{workspace}: {rows} in {tables}, {attachments} – {path}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="438" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n Zeile</numerusform>
                <numerusform>%n Zeilen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="439" />
            <source>%n table(s)</source>
            <translation>
                <numerusform>%n Tabelle</numerusform>
                <numerusform>%n Tabellen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="440" />
            <source>%n attachment(s)</source>
            <translation>
                <numerusform>%n Anhang</numerusform>
                <numerusform>%n Anhänge</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>services.workspaces</name>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="68" />
            <source>No workspace named {name}. See: microcomm workspace list</source>
            <translation>Kein Arbeitsbereich namens {name}. Siehe: microcomm workspace list</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="85" />
            <source>A workspace needs a name.</source>
            <translation>Ein Arbeitsbereich braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="87" />
            <source>Keep the workspace name under 120 characters.</source>
            <translation>Halte den Namen des Arbeitsbereichs unter 120 Zeichen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="101" />
            <location filename="../../microcomm_desktop/services/workspaces.py" line="234" />
            <source>A workspace named {name} already exists.</source>
            <translation>Es gibt schon einen Arbeitsbereich namens {name}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="115" />
            <location filename="../../microcomm_desktop/services/workspaces.py" line="207" />
            <location filename="../../microcomm_desktop/services/workspaces.py" line="230" />
            <source>That workspace no longer exists.</source>
            <translation>Diesen Arbeitsbereich gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="119" />
            <source>The ER definition is 'reach' or 'impressions'.</source>
            <translation>Die ER-Definition ist 'reach' oder 'impressions'.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="156" />
            <source>{text}: the platform before ':' is a word such as instagram or youtube.</source>
            <translation>{text}: Die Plattform vor ':' ist ein Wort wie instagram oder youtube.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="163" />
            <source>{text}: type a handle, e.g. @yourname or instagram:@yourname.</source>
            <translation>{text}: Gib ein Handle ein, z. B. @deinname oder instagram:@deinname.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="169" />
            <source>{text}: a handle has no spaces.</source>
            <translation>{text}: Ein Handle hat keine Leerzeichen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="173" />
            <source>{text}: a handle is at most 120 characters.</source>
            <translation>{text}: Ein Handle hat höchstens 120 Zeichen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="250" />
            <source>Unknown time zone {zone}: use a name such as Europe/Berlin or America/New_York.</source>
            <translation>Unbekannte Zeitzone {zone}: Nutze einen Namen wie Europe/Berlin oder America/New_York.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="338" />
            <source>Deleting a workspace on a team server is not available yet: the app cannot take its safety copy there. Export it first (microcomm workspace export NAME -o FILE), then ask the server's administrator to remove it.</source>
            <translation>Einen Arbeitsbereich auf einem Team-Server zu löschen ist noch nicht möglich: Die App kann dort keine Sicherheitskopie anlegen. Exportiere ihn zuerst (microcomm workspace export NAME -o DATEI) und bitte dann die Administration des Servers, ihn zu entfernen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="373" />
            <source>A workspace named {name} exists again; rename it first, then undo the deletion.</source>
            <translation>Es gibt wieder einen Arbeitsbereich namens {name}; benenne ihn zuerst um und mach dann das Löschen rückgängig.</translation>
        </message>
    </context>
    <context>
        <name>store.db</name>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="68" />
            <source>'{url}' is not a database URL; write it like postgresql://user@host/database.</source>
            <translation>'{url}' ist keine Datenbank-URL; schreib sie wie postgresql://user@host/database.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="74" />
            <source>MicroComm's team server is PostgreSQL; '{backend}' URLs are not supported (a local SQLite file is chosen with --data-dir).</source>
            <translation>Der Team-Server von MicroComm ist PostgreSQL; '{backend}'-URLs werden nicht unterstützt (eine lokale SQLite-Datei wählst du mit --data-dir).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="82" />
            <source>The database URL names no database; add it after the host: postgresql://host/NAME.</source>
            <translation>Die Datenbank-URL nennt keine Datenbank; füge sie nach dem Host an: postgresql://host/NAME.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="90" />
            <source>SQLite file {path}</source>
            <translation>SQLite-Datei {path}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="91" />
            <source>local socket</source>
            <translation>lokaler Socket</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="305" />
            <source>Another import or edit has been writing to this data for over {seconds} s; nothing was changed. Try again when it has finished.</source>
            <translation>Ein anderer Import oder eine Bearbeitung schreibt seit über {seconds} s in diese Daten; nichts wurde geändert. Versuche es erneut, wenn es fertig ist.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="330" />
            <source>Another member's import or edit has been writing to this workspace for over {seconds} s; nothing was changed. Try again when it has finished.</source>
            <translation>Der Import oder die Bearbeitung eines anderen Mitglieds schreibt seit über {seconds} s in diesen Arbeitsbereich; nichts wurde geändert. Versuche es erneut, wenn es fertig ist.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="380" />
            <source>Not saved: {problem}</source>
            <translation>Nicht gespeichert: {problem}</translation>
        </message>
    </context>
    <context>
        <name>store.files</name>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="47" />
            <source>MicroComm cannot open its data file {path}: {reason}. Nothing was changed.</source>
            <translation>MicroComm kann seine Datendatei {path} nicht öffnen: {reason}. Nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="50" />
            <source>MicroComm cannot open its data file {path}: {reason}. Nothing was changed. Check the folder's permissions and free disk space.</source>
            <translation>MicroComm kann seine Datendatei {path} nicht öffnen: {reason}. Nichts wurde geändert. Prüfe die Berechtigungen des Ordners und den freien Speicherplatz.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="62" />
            <source>The data file {path} is empty (0 bytes).</source>
            <translation>Die Datendatei {path} ist leer (0 Byte).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="67" />
            <source>The data file {path} is not a MicroComm database (it is not SQLite).</source>
            <translation>Die Datendatei {path} ist keine MicroComm-Datenbank (sie ist kein SQLite).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="101" />
            <location filename="../../microcomm_desktop/store/files.py" line="105" />
            <location filename="../../microcomm_desktop/store/files.py" line="110" />
            <source>The data file {path} is damaged: {reason}.</source>
            <translation>Die Datendatei {path} ist beschädigt: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="136" />
            <source>The disk is full ({free} MB free): the change was not saved and your data is unchanged. Free some space, then try again.</source>
            <translation>Der Datenträger ist voll ({free} MB frei): Die Änderung wurde nicht gespeichert, deine Daten sind unverändert. Schaffe etwas Platz und versuche es dann erneut.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="156" />
            <source>The disk is full ({free} MB free): MicroComm cannot write to {path}. Your data is not damaged. Free some space, then start MicroComm again.</source>
            <translation>Der Datenträger ist voll ({free} MB frei): MicroComm kann nicht in {path} schreiben. Deine Daten sind nicht beschädigt. Schaffe etwas Platz und starte MicroComm dann neu.</translation>
        </message>
    </context>
    <context>
        <name>store.migrate</name>
        <message>
            <location filename="../../microcomm_desktop/store/migrate.py" line="40" />
            <source>{what} was written by a newer version of MicroComm (schema {schema}). Update the app to open it; the file was not changed.</source>
            <translation>{what} wurde von einer neueren MicroComm-Version geschrieben (Schema {schema}). Aktualisiere die App, um sie zu öffnen; die Datei wurde nicht geändert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/migrate.py" line="44" />
            <source>This data file</source>
            <translation>Diese Datendatei</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/migrate.py" line="71" />
            <source>{path} is an SQLite database but not a MicroComm one (it has none of MicroComm's tables). It was not changed; point --data-dir at another folder.</source>
            <translation>{path} ist eine SQLite-Datenbank, aber keine von MicroComm (sie hat keine der Tabellen von MicroComm). Sie wurde nicht geändert; richte --data-dir auf einen anderen Ordner.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/migrate.py" line="78" />
            <source>{path} holds MicroComm data but its schema version is missing (the alembic_version table is gone), so MicroComm cannot tell which version wrote it and will not guess. The file was not changed. Restore a backup (File › Restore from backup…, or: microcomm backup restore), or start with another --data-dir.</source>
            <translation>{path} enthält MicroComm-Daten, aber die Schemaversion fehlt (die Tabelle alembic_version ist weg), daher kann MicroComm nicht erkennen, welche Version sie geschrieben hat, und rät nicht. Die Datei wurde nicht geändert. Stelle eine Sicherung wieder her (Datei › Aus Sicherung wiederherstellen… oder: microcomm backup restore) oder starte mit einem anderen --data-dir.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/migrate.py" line="199" />
            <source>{path} has tables but no schema version; it was not changed.</source>
            <translation>{path} hat Tabellen, aber keine Schemaversion; sie wurde nicht geändert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/migrate.py" line="200" />
            <source>The data file</source>
            <translation>Die Datendatei</translation>
        </message>
    </context>
</TS>