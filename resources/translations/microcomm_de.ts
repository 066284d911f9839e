<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
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
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="293" />
            <source>draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="294" />
            <source>offered</source>
            <translation>angeboten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="295" />
            <source>signed</source>
            <translation>unterschrieben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="296" />
            <source>live</source>
            <translation>live</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="297" />
            <source>done</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="298" />
            <source>lost</source>
            <translation>verloren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="316" />
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="317" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="318" />
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="319" />
            <source>Fees</source>
            <translation>Honorare</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="320" />
            <source>Paid media</source>
            <translation>Bezahlte Medien</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="321" />
            <source>Total cost</source>
            <translation>Gesamtkosten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="322" />
            <source>Impressions</source>
            <translation>Impressionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="323" />
            <source>Conversions</source>
            <translation>Conversions</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="324" />
            <source>Blended CPM</source>
            <translation>CPM gesamt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="325" />
            <source>Blended CPA</source>
            <translation>CPA gesamt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="361" />
            <source>Blended = (creator fee + paid media) / results. 'All deals' uses only deals reporting that result.</source>
            <translation>Gesamt = (Creator-Honorar + bezahlte Medien) / Ergebnisse. „Alle Deals“ zählt nur Deals, die dieses Ergebnis melden.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="383" />
            <source>All deals ({count})</source>
            <translation>Alle Deals ({count})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="392" />
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
        <name>CreatorFigures</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="47" />
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
    </context>
    <context>
        <name>CreatorListModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="85" />
            <source>0–100: question screenshots 40, fresh 'struggles this week' answer 20, measured figures 40</source>
            <translation>0–100: Frage-Screenshots 40, aktuelle Antwort zu „Schwierigkeiten dieser Woche“ 20, gemessene Kennzahlen 40</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="106" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="108" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="112" />
            <source>Niche</source>
            <translation>Nische</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="114" />
            <source>Audience</source>
            <translation>Publikum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="120" />
            <source>Handles</source>
            <translation>Handles</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="123" />
            <source>Proof shots</source>
            <translation>Frage-Screenshots</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="129" />
            <source>Evidence</source>
            <translation>Nachweise</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="135" />
            <source>Deals</source>
            <translation>Deals</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="141" />
            <source>Rubric</source>
            <translation>Bewertungsmatrix</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="147" />
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
        <name>DealFormDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="48" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="49" />
            <source>Qty</source>
            <translation>Menge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="50" />
            <source>Timing</source>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="51" />
            <source>Call to action</source>
            <translation>Call to Action</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="52" />
            <source>Unit price</source>
            <translation>Stückpreis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="53" />
            <source>Linked posts</source>
            <translation>Verknüpfte Beiträge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="99" />
            <source>Edit deal</source>
            <translation>Deal bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="99" />
            <source>New deal</source>
            <translation>Neuer Deal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="107" />
            <source>e.g. TrailFlex Socks</source>
            <translation>z. B. TrailFlex Socks</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="110" />
            <source>e.g. 4-week series</source>
            <translation>z. B. 4-Wochen-Serie</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="112" />
            <source>(no linked creator)</source>
            <translation>(keine verknüpfte Creator-Person)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="117" />
            <source>Link the deal to a creator in the Creators roster (optional)</source>
            <translation>Den Deal mit einer Creator-Person aus der Creator-Liste verknüpfen (optional)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="119" />
            <source>Creator or account name shown on quotes</source>
            <translation>Name der Creator-Person oder des Kontos auf Angeboten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="128" />
            <source>Creator fees for all deliverables</source>
            <translation>Creator-Honorare für alle Leistungen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="130" />
            <source>Paid media spend on top of the fee</source>
            <translation>Ausgaben für bezahlte Medien zusätzlich zum Honorar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="132" />
            <source>&amp;Brand</source>
            <translation>&amp;Marke</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="133" />
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="134" />
            <source>Creator (roster)</source>
            <translation>Creator (Liste)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="135" />
            <source>Creator &amp;name</source>
            <translation>Creator-&amp;Name</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="136" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="137" />
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="138" />
            <source>End date</source>
            <translation>Enddatum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="139" />
            <source>Quote valid until</source>
            <translation>Angebot gültig bis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="140" />
            <source>Creator &amp;fees</source>
            <translation>Creator-&amp;Honorare</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="141" />
            <source>Paid &amp;media</source>
            <translation>Bezahlte Me&amp;dien</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="144" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="145" />
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="159" />
            <source>&amp;Add deliverable</source>
            <translation>Leistung &amp;hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="161" />
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="163" />
            <source>&amp;Link posts…</source>
            <translation>Beiträge &amp;verknüpfen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="164" />
            <source>Pick the logged posts that carried the selected deliverable</source>
            <translation>Die erfassten Beiträge wählen, die die ausgewählte Leistung erbracht haben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="175" />
            <source>Priced quote lines kept with this deal: {lines}</source>
            <translation>Mit diesem Deal gespeicherte bepreiste Angebotspositionen: {lines}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="178" />
            <source>Deliverables</source>
            <translation>Leistungen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="193" />
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="193" />
            <source>Agreed test budget for whitelisted ads</source>
            <translation>Vereinbartes Testbudget für Whitelisting-Anzeigen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="197" />
            <source>Test budget</source>
            <translation>Testbudget</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="199" />
            <source>e.g. #ad Paid partnership with …</source>
            <translation>z. B. #Anzeige Bezahlte Partnerschaft mit …</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="200" />
            <source>Endorsements with a material connection must be disclosed clearly</source>
            <translation>Empfehlungen mit wirtschaftlicher Verbindung müssen deutlich gekennzeichnet werden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="201" />
            <source>Disclosure</source>
            <translation>Werbekennzeichnung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="202" />
            <source>Disclosure line</source>
            <translation>Werbehinweis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="203" />
            <source>Terms</source>
            <translation>Bedingungen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="208" />
            <source>Total impressions once live</source>
            <translation>Impressionen gesamt nach Veröffentlichung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="209" />
            <source>Video views</source>
            <translation>Videoaufrufe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="210" />
            <source>Purchases / conversions</source>
            <translation>Käufe / Conversions</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="211" />
            <source>Revenue attributed to the deal</source>
            <translation>Dem Deal zugeordneter Umsatz</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="224" />
            <source>Impressions</source>
            <translation>Impressionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="225" />
            <source>Views</source>
            <translation>Aufrufe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="226" />
            <source>Conversions</source>
            <translation>Conversions</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="227" />
            <source>Revenue</source>
            <translation>Umsatz</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="233" />
            <source>Results</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="288" />
            <source>Select the row and press Link posts…</source>
            <translation>Zeile auswählen und „Beiträge verknüpfen…“ drücken</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="307" />
            <source>Select a deliverable first, then link its posts.</source>
            <translation>Zuerst eine Leistung auswählen, dann ihre Beiträge verknüpfen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="332" />
            <source>Deliverable {row}: quantity must be a whole number (got “{text}”).</source>
            <translation>Leistung {row}: Die Menge muss eine ganze Zahl sein (eingegeben: „{text}“).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="338" />
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="343" />
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="345" />
            <source>Deliverable {row}: {problem}</source>
            <translation>Leistung {row}: {problem}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="340" />
            <source>Deliverable {row}: name the format (e.g. short video).</source>
            <translation>Leistung {row}: Nenne das Format (z. B. Kurzvideo).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="342" />
            <source>The quantity</source>
            <translation>Die Menge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="344" />
            <source>The amount (quantity × price)</source>
            <translation>Der Betrag (Menge × Preis)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="402" />
            <source>Some fields need fixing (marked in red).</source>
            <translation>Einige Felder müssen korrigiert werden (rot markiert).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="434" />
            <source>from linked posts</source>
            <translation>aus verknüpften Beiträgen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="437" />
            <source>conversions too</source>
            <translation>Conversions ebenfalls</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="439" />
            <source>conversions are the typed number</source>
            <translation>Conversions sind die eingetippte Zahl</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="443" />
            <source>Results come from %Ln linked post(s): {impressions} impressions, {views} views ({conversions}). Typed impressions/views are ignored while posts are linked.</source>
            <translation>
                <numerusform>Die Ergebnisse stammen aus %Ln verknüpften Beitrag: {impressions} Impressionen, {views} Aufrufe ({conversions}). Eingetippte Impressionen/Aufrufe werden ignoriert, solange Beiträge verknüpft sind.</numerusform>
                <numerusform>Die Ergebnisse stammen aus %Ln verknüpften Beiträgen: {impressions} Impressionen, {views} Aufrufe ({conversions}). Eingetippte Impressionen/Aufrufe werden ignoriert, solange Beiträge verknüpft sind.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="455" />
            <source>Type the results once the deal is live — or link posts on the Deliverables tab.</source>
            <translation>Trage die Ergebnisse ein, sobald der Deal live ist – oder verknüpfe Beiträge im Tab „Leistungen“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="458" />
            <source>Fix the fee and media amounts to see the figures.</source>
            <translation>Korrigiere Honorar und Medienbetrag, um die Kennzahlen zu sehen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="469" />
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="472" />
            <source>&lt;b&gt;Blended&lt;/b&gt; (cost {cost}): CPM &lt;b&gt;{cpm}&lt;/b&gt; · CPV &lt;b&gt;{cpv}&lt;/b&gt; · CPA &lt;b&gt;{cpa}&lt;/b&gt; · ROAS &lt;b&gt;{roas}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Gesamt&lt;/b&gt; (Kosten {cost}): CPM &lt;b&gt;{cpm}&lt;/b&gt; · CPV &lt;b&gt;{cpv}&lt;/b&gt; · CPA &lt;b&gt;{cpa}&lt;/b&gt; · ROAS &lt;b&gt;{roas}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="489" />
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
        <name>DecisionCommand</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="140" />
            <source>log decision</source>
            <translation>Entscheidung festhalten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="167" />
            <source>edit decision</source>
            <translation>Entscheidung bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="184" />
            <source>delete decision</source>
            <translation>Entscheidung löschen</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="49" />
            <source>Edit decision</source>
            <translation>Entscheidung bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="49" />
            <source>Log a decision</source>
            <translation>Entscheidung festhalten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="54" />
            <source>The week the decision rests on (snapped to the workspace's week start)</source>
            <translation>Die Woche, auf der die Entscheidung beruht (auf den Wochenbeginn des Arbeitsbereichs gerundet)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="62" />
            <source>measured on… e.g. format: carousel</source>
            <translation>gemessen an… z. B. Format: Karussell</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="64" />
            <source>e.g. Dropped the carousel format: saves/1k fell 3 weeks in a row.</source>
            <translation>z. B. Karussell-Format gestrichen: Speicherungen/1k sind 3 Wochen in Folge gefallen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="75" />
            <source>Week of:</source>
            <translation>Woche vom:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="76" />
            <source>Rests on:</source>
            <translation>Beruht auf:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="77" />
            <source>Measured on:</source>
            <translation>Gemessen an:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="78" />
            <source>Decision:</source>
            <translation>Entscheidung:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="80" />
            <source>One content decision per week, tied to the number it rests on.</source>
            <translation>Eine Content-Entscheidung pro Woche, verknüpft mit der Zahl, auf der sie beruht.</translation>
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
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="175" />
            <source>Tick when the creator asked a question and the audience answered with specifics (rubric)</source>
            <translation>Ankreuzen, wenn eine Frage gestellt wurde und das Publikum konkret geantwortet hat (Bewertungsmatrix)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="191" />
            <source>Screenshot</source>
            <translation>Screenshot</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="197" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="202" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="207" />
            <source>Q answered</source>
            <translation>Frage beantwortet</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="209" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="212" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="214" />
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="217" />
            <source>Double-click to edit; the link opens from the context menu</source>
            <translation>Doppelklick zum Bearbeiten; der Link öffnet sich über das Kontextmenü</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="230" />
            <source>no screenshot</source>
            <translation>kein Screenshot</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="232" />
            <source>unreadable</source>
            <translation>nicht lesbar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="233" />
            <source>loading…</source>
            <translation>wird geladen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="238" />
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
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="68" />
            <source>Filter…</source>
            <translation>Filtern…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="97" />
            <source>Export to CSV</source>
            <translation>Als CSV exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="97" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="109" />
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="110" />
            <source>Could not write {path}:</source>
            <translation>{path} konnte nicht geschrieben werden:</translation>
        </message>
    </context>
    <context>
        <name>FormatsSection</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="39" />
            <source>weekly</source>
            <translation>wöchentlich</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="39" />
            <source>twice a week</source>
            <translation>zweimal pro Woche</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="39" />
            <source>every two weeks</source>
            <translation>alle zwei Wochen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="39" />
            <source>monthly</source>
            <translation>monatlich</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="41" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="42" />
            <source>Description:</source>
            <translation>Beschreibung:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="43" />
            <source>Cadence:</source>
            <translation>Rhythmus:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="50" />
            <source>Add format</source>
            <translation>Format hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="51" />
            <source>Update</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="52" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="60" />
            <source>Templates:</source>
            <translation>Vorlagen:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="76" />
            <source>no cadence</source>
            <translation>kein Rhythmus</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="87" />
            <source>&lt;span style='{style}'&gt;{n} of 3 recurring formats — incomplete.&lt;/span&gt; Add formats that deliver the promise, or one click on a template below.</source>
            <translation>&lt;span style='{style}'&gt;{n} von 3 wiederkehrenden Formaten — unvollständig.&lt;/span&gt; Füge Formate hinzu, die das Versprechen einlösen, oder nimm mit einem Klick eine Vorlage unten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="92" />
            <source>{n} recurring formats ✓ — three is the recommended set.</source>
            <translation>{n} wiederkehrende Formate ✓ — drei sind die empfohlene Anzahl.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="111" />
            <source>Add format {name}</source>
            <translation>Format {name} hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="125" />
            <source>Select a format to update.</source>
            <translation>Wähle das Format aus, das du aktualisieren willst.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="135" />
            <source>Edit format</source>
            <translation>Format bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="150" />
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
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="12" />
            <source>&lt;h2&gt;How MicroComm measures a community&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Wie MicroComm eine Community misst&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="14" />
            <source>&lt;p&gt;&lt;b&gt;Reach&lt;/b&gt; = unique accounts that saw the content; &lt;b&gt;impressions&lt;/b&gt; = total views including repeats; &lt;b&gt;engagements&lt;/b&gt; = likes + comments + shares + saves, or the platform's own total when only that is known.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Reichweite&lt;/b&gt; = eindeutige Konten, die den Inhalt gesehen haben; &lt;b&gt;Impressionen&lt;/b&gt; = alle Aufrufe inklusive Wiederholungen; &lt;b&gt;Engagements&lt;/b&gt; = Likes + Kommentare + Shares + Speicherungen, oder die Gesamtzahl der Plattform, wenn nur diese bekannt ist.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="23" />
            <source>&lt;li&gt;&lt;b&gt;Engagement rate (ER)&lt;/b&gt; = engagements / reach (default) or / impressions — one definition per workspace, chosen in File › Workspace settings, and named next to every ER figure.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Engagement-Rate (ER)&lt;/b&gt; = Engagements / Reichweite (Standard) oder / Impressionen — eine Definition pro Arbeitsbereich, gewählt unter Datei › Einstellungen des Arbeitsbereichs, und neben jeder ER-Zahl genannt.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="30" />
            <source>&lt;li&gt;&lt;b&gt;Saves per 1,000 reach&lt;/b&gt; = saves / reach × 1000. &lt;b&gt;Replies per 1,000 reach&lt;/b&gt; = replies / reach × 1000.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Speicherungen pro 1.000 Reichweite&lt;/b&gt; = Speicherungen / Reichweite × 1000. &lt;b&gt;Antworten pro 1.000 Reichweite&lt;/b&gt; = Antworten / Reichweite × 1000.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="37" />
            <source>&lt;li&gt;&lt;b&gt;Returning engagers (30 days)&lt;/b&gt;: people who engaged on at least two different calendar days within the trailing 30-day window; &lt;b&gt;returning share&lt;/b&gt; = returning / engaged people.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Wiederkehrende Interagierende (30 Tage)&lt;/b&gt;: Personen, die an mindestens zwei verschiedenen Kalendertagen im zurückliegenden 30-Tage-Fenster interagiert haben; &lt;b&gt;Anteil Wiederkehrender&lt;/b&gt; = wiederkehrende / interagierende Personen.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="44" />
            <source>&lt;li&gt;&lt;b&gt;Conversation depth&lt;/b&gt;: a thread is a top-level comment plus its replies; a &lt;i&gt;deep thread&lt;/i&gt; has at least 3 messages from at least 2 people.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Gesprächstiefe&lt;/b&gt;: Ein Thread ist ein Kommentar der obersten Ebene plus seine Antworten; ein &lt;i&gt;tiefer Thread&lt;/i&gt; hat mindestens 3 Nachrichten von mindestens 2 Personen.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="51" />
            <source>&lt;li&gt;&lt;b&gt;Community Health Score&lt;/b&gt; = RE% × 0.4 + replies/1k normalised × 0.3 + saves/1k normalised × 0.3, where a normalised value = min(value / band top × 100, 100) with band tops {replies_top} (replies) and {saves_top} (saves) by default (calibrating a workspace's bands does not move them).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Community-Health-Score&lt;/b&gt; = RE% × 0,4 + Antworten/1k normalisiert × 0,3 + Speicherungen/1k normalisiert × 0,3; ein normalisierter Wert = min(Wert / Bereichsobergrenze × 100, 100) mit den Obergrenzen {replies_top} (Antworten) und {saves_top} (Speicherungen) als Standard (das Kalibrieren der Bereiche eines Arbeitsbereichs verschiebt sie nicht).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="59" />
            <source>&lt;li&gt;A zero denominator shows &lt;b&gt;n/a&lt;/b&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Ein Nenner von null zeigt &lt;b&gt;k. A.&lt;/b&gt;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="61" />
            <source>&lt;li&gt;&lt;b&gt;Your own accounts&lt;/b&gt; (Workspace settings › Your own handles) never count as engagers anywhere; their replies still time the response SLA and count in conversation depth.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Deine eigenen Konten&lt;/b&gt; (Einstellungen des Arbeitsbereichs › Deine eigenen Handles) zählen nirgends als Interagierende; ihre Antworten zählen trotzdem für das Antwort-SLA und für die Gesprächstiefe.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="68" />
            <source>&lt;li&gt;&lt;b&gt;DM back-and-forth&lt;/b&gt;: a DM thread is a member's first DM plus the answers to it; per week, mean messages per DM thread and the share of those threads that got an answer (from the logged DMs, beside the typed DM reply rate).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;DM-Austausch&lt;/b&gt;: Ein DM-Thread ist die erste DM eines Mitglieds plus die Antworten darauf; pro Woche die mittlere Zahl der Nachrichten pro DM-Thread und der Anteil dieser Threads, die eine Antwort erhielten (aus den erfassten DMs, neben der eingetippten DM-Antwortquote).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="76" />
            <source>&lt;li&gt;&lt;b&gt;Reach stand-in&lt;/b&gt;: when a post has no reach (YouTube exports), the workspace may divide by views or impressions instead (Workspace settings); every such figure is marked &lt;b&gt;*&lt;/b&gt; and names the stand-in.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Ersatz für Reichweite&lt;/b&gt;: Hat ein Beitrag keine Reichweite (YouTube-Exporte), kann der Arbeitsbereich stattdessen durch Aufrufe oder Impressionen teilen (Einstellungen des Arbeitsbereichs); jede solche Zahl ist mit &lt;b&gt;*&lt;/b&gt; markiert und nennt den Ersatzwert.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="84" />
            <source>&lt;h3&gt;Benchmarks (directional)&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Richtwerte (zur Orientierung)&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="86" />
            <source>&lt;p&gt;A post's ER is judged on the poll and Q and A band when its format names a poll, quiz or Q and A (e.g. "Poll", "Sunday Q and A"), else on the feed band. Every band can be calibrated from your own last 30/60/90 days (Dashboard › Calibrate bands…, or &lt;code&gt;microcomm workspace calibrate&lt;/code&gt;): that workspace then uses its own bands; the defaults below stay one click away (undo).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Die ER eines Beitrags wird am Bereich für Umfragen und Q&amp;amp;A gemessen, wenn sein Format eine Umfrage, ein Quiz oder ein Q&amp;amp;A nennt (z. B. „Poll“, „Sunday Q and A“), sonst am Feed-Bereich. Jeder Bereich lässt sich an deinen eigenen letzten 30/60/90 Tagen kalibrieren (Dashboard › Bereiche kalibrieren… oder &lt;code&gt;microcomm workspace calibrate&lt;/code&gt;): Dieser Arbeitsbereich nutzt dann seine eigenen Bereiche; die Standardwerte unten bleiben einen Klick entfernt (Rückgängig).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="95" />
            <source>&lt;tr&gt;&lt;th&gt;signal&lt;/th&gt;&lt;th&gt;default band&lt;/th&gt;&lt;th&gt;action if below&lt;/th&gt;&lt;/tr&gt;</source>
            <translation>&lt;tr&gt;&lt;th&gt;Signal&lt;/th&gt;&lt;th&gt;Standardbereich&lt;/th&gt;&lt;th&gt;Maßnahme, wenn darunter&lt;/th&gt;&lt;/tr&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="98" />
            <source>&lt;h3&gt;Deals&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Deals&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="100" />
            <source>&lt;p&gt;&lt;b&gt;CPM&lt;/b&gt; = spend / impressions × 1000 · &lt;b&gt;CPV&lt;/b&gt; = spend / views · &lt;b&gt;CPA&lt;/b&gt; = spend / conversions. &lt;b&gt;Blended&lt;/b&gt; figures use total cost = creator fees + paid media. &lt;b&gt;Disclosure spot-checks&lt;/b&gt;: of the sponsored posts (posts linked to a deal) you checked, the share that carried the disclosure line (Deals › Saved deals › Disclosure checks…).&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;CPM&lt;/b&gt; = Ausgaben / Impressionen × 1000 · &lt;b&gt;CPV&lt;/b&gt; = Ausgaben / Aufrufe · &lt;b&gt;CPA&lt;/b&gt; = Ausgaben / Conversions. &lt;b&gt;Gesamt&lt;/b&gt;-Werte nutzen die Gesamtkosten = Creator-Honorare + bezahlte Medien. &lt;b&gt;Stichproben zum Werbehinweis&lt;/b&gt;: von den geprüften gesponserten Beiträgen (mit einem Deal verknüpfte Beiträge) der Anteil, der den Werbehinweis trug (Deals › Gespeicherte Deals › Werbehinweis-Prüfungen…).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="108" />
            <source>&lt;h3&gt;Response SLA and reports&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Antwort-SLA und Berichte&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="110" />
            <source>&lt;p&gt;&lt;b&gt;Response SLA&lt;/b&gt; = of the first N comments on a post (not yours), how many got your reply within M minutes; N and M are set in Rituals › Response SLA. Computed from timestamps when your replies are logged, else typed per post; the Dashboard, Rituals, reports and the command line all show this one figure. The &lt;b&gt;30-day report&lt;/b&gt; covers exactly the 30 days ending on the chosen day, cut into weeks at your week start.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Antwort-SLA&lt;/b&gt; = von den ersten N Kommentaren unter einem Beitrag (nicht deinen), wie viele innerhalb von M Minuten deine Antwort bekamen; N und M werden unter Rituale › Antwort-SLA festgelegt. Berechnet aus Zeitstempeln, wenn deine Antworten erfasst sind, sonst pro Beitrag eingetippt; Dashboard, Rituale, Berichte und die Kommandozeile zeigen alle diese eine Zahl. Der &lt;b&gt;30-Tage-Bericht&lt;/b&gt; umfasst genau die 30 Tage bis zum gewählten Tag, in Wochen ab deinem Wochenbeginn geteilt.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="119" />
            <source>&lt;h3&gt;The 30-day sprint&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Der 30-Tage-Sprint&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="121" />
            <source>&lt;p&gt;If returning engagers and replies per 1,000 reach both improved in each of the last two week-over-week steps, &lt;b&gt;continue&lt;/b&gt; the same rituals; otherwise &lt;b&gt;narrow&lt;/b&gt; the topic and reduce formats; with fewer than three weeks of data: &lt;b&gt;not enough data&lt;/b&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Wenn sich wiederkehrende Interagierende und Antworten pro 1.000 Reichweite in beiden der letzten zwei Schritte von Woche zu Woche verbessert haben: die gleichen Rituale &lt;b&gt;fortsetzen&lt;/b&gt;; sonst das Thema &lt;b&gt;eingrenzen&lt;/b&gt; und Formate reduzieren; mit weniger als drei Wochen Daten: &lt;b&gt;nicht genug Daten&lt;/b&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="128" />
            <source>&lt;h3&gt;Keyboard&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Tastatur&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="130" />
            <source>&lt;p&gt;Ctrl+1…8 switch tabs · Ctrl+K switch workspace · Ctrl+F filter a table · Ctrl+E export the table to CSV · Ctrl+Z / Ctrl+Shift+Z undo / redo · Ctrl+I import posts · Ctrl+Shift+B back up now · F5 reload from the data file (changes made by a command-line import while the window is open also appear on their own within a few seconds).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Strg+1…8 Tabs wechseln · Strg+K Arbeitsbereich wechseln · Strg+F Tabelle filtern · Strg+E Tabelle als CSV exportieren · Strg+Z / Strg+Umschalt+Z Rückgängig / Wiederholen · Strg+I Beiträge importieren · Strg+Umschalt+B jetzt sichern · F5 aus der Datendatei neu laden (Änderungen durch einen Import über die Kommandozeile bei geöffnetem Fenster erscheinen auch von selbst innerhalb weniger Sekunden).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="165" />
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
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="17" />
            <source>The pinned welcome post: the rules, what to post, and how to get help.</source>
            <translation>Der angeheftete Willkommensbeitrag: die Regeln, was man posten kann und wie man Hilfe bekommt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="27" />
            <source>Rules:</source>
            <translation>Regeln:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="28" />
            <source>What to post:</source>
            <translation>Was posten:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="29" />
            <source>How to get help:</source>
            <translation>Wie man Hilfe bekommt:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="33" />
            <source>Save welcome post</source>
            <translation>Willkommensbeitrag speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="35" />
            <source>Copy to clipboard</source>
            <translation>In die Zwischenablage kopieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="54" />
            <source> — a bit short</source>
            <translation> — etwas kurz</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="54" />
            <source> — long: members skim pinned posts</source>
            <translation> — lang: Mitglieder überfliegen angeheftete Beiträge</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="56" />
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n Wort</numerusform>
                <numerusform>%n Wörter</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="59" />
            <source>Edit welcome post</source>
            <translation>Willkommensbeitrag bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="68" />
            <source>Welcome post copied to the clipboard.</source>
            <translation>Willkommensbeitrag in die Zwischenablage kopiert.</translation>
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
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="51" />
            <source>ER</source>
            <translation>ER</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="52" />
            <source>Saves/1k reach</source>
            <translation>Speicherungen/1k Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="53" />
            <source>Replies/1k reach</source>
            <translation>Antworten/1k Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="54" />
            <source>Ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="89" />
            <source>Saves per 1,000 reach: saves / reach × 1000. Judged on community posts.</source>
            <extracomment>Column widths in pixels (None: fitted to the header by the tab).</extracomment>
            <translation>Speicherungen pro 1.000 Reichweite: Speicherungen / Reichweite × 1000. Bewertet bei community-Beiträgen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="92" />
            <source>Replies per 1,000 reach: comments and replies / reach × 1000. Judged on community posts.</source>
            <translation>Antworten pro 1.000 Reichweite: Kommentare und Antworten / Reichweite × 1000. Bewertet bei community-Beiträgen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="134" />
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="251" />
            <source>ER by impressions %</source>
            <translation>ER nach Impressionen %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="251" />
            <source>ER by reach %</source>
            <translation>ER nach Reichweite %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="254" />
            <source>Engagement rate = engagements / {definition} × 100 (the workspace's definition; change it in Workspace settings). Engagements = likes + comments + shares + saves, or the platform's own total when the import had one.</source>
            <translation>Engagement-Rate = Engagements / {definition} × 100 (die Definition des Arbeitsbereichs; änderbar in den Einstellungen des Arbeitsbereichs). Engagements = Likes + Kommentare + Shares + Speicherungen oder die eigene Summe der Plattform, wenn der Import eine hatte.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="257" />
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="339" />
            <source>impressions</source>
            <translation>Impressionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="257" />
            <source>reach</source>
            <translation>Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="303" />
            <source>Benchmark {low}–{high}%</source>
            <translation>Richtwert {low}–{high} %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="305" />
            <source>Benchmark {low}–{high} per 1k reach</source>
            <translation>Richtwert {low}–{high} pro 1k Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="307" />
            <source> (the poll and Q and A band: this post's format is a poll or Q and A)</source>
            <translation> (der Bereich für Umfragen und Fragerunden: Das Format dieses Beitrags ist eine Umfrage oder eine Fragerunde)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="313" />
            <source>{head}. n/a: no reach recorded for this post (choose views or impressions to stand in for reach on this platform in Workspace settings).</source>
            <translation>{head}. k. A.: Für diesen Beitrag ist keine Reichweite erfasst (wähle in den Einstellungen des Arbeitsbereichs Aufrufe oder Impressionen als Ersatz für die Reichweite auf dieser Plattform).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="316" />
            <source>{head}. n/a: no impressions recorded for this post.</source>
            <translation>{head}. k. A.: Für diesen Beitrag sind keine Impressionen erfasst.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="318" />
            <source>. * No reach on this post: {standin} stand in for reach (Workspace settings)</source>
            <translation>. * Keine Reichweite bei diesem Beitrag: {standin} ersetzen die Reichweite (Einstellungen des Arbeitsbereichs)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="323" />
            <source>{head}. Not judged: a {label} post is judged on its own job (shares and discovery).</source>
            <translation>{head}. Nicht bewertet: Ein {label}-Beitrag wird nach seiner eigenen Aufgabe bewertet (Shares und Entdeckung).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="326" />
            <source>Below the band ({head}). Action if low: {action}.</source>
            <translation>Unter dem Richtwertbereich ({head}). Maßnahme, wenn niedrig: {action}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="328" />
            <source>Above the band ({head}).</source>
            <translation>Über dem Richtwertbereich ({head}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="329" />
            <source>Inside the band ({head}).</source>
            <translation>Im Richtwertbereich ({head}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="339" />
            <source>views</source>
            <translation>Aufrufe</translation>
        </message>
    </context>
    <context>
        <name>PostsTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="105" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="516" />
            <source>Add post</source>
            <translation>Beitrag hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="105" />
            <source>Add a post by hand (Ctrl+Shift+N)</source>
            <translation>Einen Beitrag von Hand hinzufügen (Strg+Umschalt+N)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="108" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="518" />
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="108" />
            <source>Edit the selected post (Enter)</source>
            <translation>Den ausgewählten Beitrag bearbeiten (Eingabe)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="111" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="519" />
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="111" />
            <source>Copy the selected post (Ctrl+D)</source>
            <translation>Den ausgewählten Beitrag kopieren (Strg+D)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="114" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="114" />
            <source>Delete the selected posts (Del)</source>
            <translation>Die ausgewählten Beiträge löschen (Entf)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="118" />
            <source>Tag…</source>
            <translation>Verschlagworten…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="120" />
            <source>Add or remove themes on the selected posts (Ctrl+T); undo with Ctrl+Z</source>
            <translation>Themen bei den ausgewählten Beiträgen hinzufügen oder entfernen (Strg+T); rückgängig mit Strg+Z</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="125" />
            <source>Import…</source>
            <translation>Importieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="127" />
            <source>Import a platform export (Ctrl+I) — or drop a .csv here</source>
            <translation>Einen Plattform-Export importieren (Strg+I) — oder eine .csv hier ablegen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="131" />
            <source>Posts CSV…</source>
            <translation>Beiträge-CSV…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="132" />
            <source>Interactions CSV…</source>
            <translation>Interaktionen-CSV…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="133" />
            <source>Engagers CSV (from Export engagers)…</source>
            <translation>Interagierende-CSV (aus „Interagierende exportieren“)…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="134" />
            <source>Chat export (Discord, Telegram, WhatsApp, Slack)…</source>
            <translation>Chat-Export (Discord, Telegram, WhatsApp, Slack)…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="136" />
            <source>Export to CSV…</source>
            <translation>Als CSV exportieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="136" />
            <source>Export the rows shown (Ctrl+E)</source>
            <translation>Die angezeigten Zeilen exportieren (Strg+E)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="150" />
            <source>Filter posts (title, format, themes, notes…)  Ctrl+F</source>
            <translation>Beiträge filtern (Titel, Format, Themen, Notizen…)  Strg+F</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="193" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="429" />
            <source>Posts</source>
            <translation>Beiträge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="197" />
            <source>Engagers</source>
            <translation>Interagierende</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="271" />
            <source>ER = engagements / {definition} (workspace setting). Coloured against the benchmark band of the post's label: red below, green inside, blue above; hover a figure for the action if low. Reach posts are judged on ER only; polls and Q and A (by format) on their own, higher ER band.</source>
            <translation>ER = Engagements / {definition} (Einstellung des Arbeitsbereichs). Gefärbt nach dem Richtwertbereich der Ausrichtung des Beitrags: rot darunter, grün innerhalb, blau darüber; fahre über eine Zahl für die Maßnahme, wenn sie niedrig ist. reach-Beiträge werden nur nach ER bewertet; Umfragen und Fragerunden (nach Format) nach ihrem eigenen, höheren ER-Bereich.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="274" />
            <source>impressions</source>
            <translation>Impressionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="274" />
            <source>reach</source>
            <translation>Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="276" />
            <source> * = a stand-in (views/impressions) divides a post without reach.</source>
            <translation> * = ein Ersatz (Aufrufe/Impressionen) teilt einen Beitrag ohne Reichweite.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="310" />
            <source>{shown} of %Ln post(s)</source>
            <translation>
                <numerusform>{shown} von %Ln Beitrag</numerusform>
                <numerusform>{shown} von %Ln Beiträgen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="312" />
            <source>%Ln post(s)</source>
            <translation>
                <numerusform>%Ln Beitrag</numerusform>
                <numerusform>%Ln Beiträge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="316" />
            <source>No posts yet. Add one by hand, or import a platform export: File &gt; Import posts… (Ctrl+I) or drop a .csv file onto this tab.</source>
            <translation>Noch keine Beiträge. Füge einen von Hand hinzu oder importiere einen Plattform-Export: Datei &gt; Beiträge importieren… (Strg+I) oder lege eine .csv-Datei auf diesem Tab ab.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="405" />
            <source>(no title)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="407" />
            <source>to {date} “{title}”</source>
            <translation>zum Beitrag vom {date} „{title}“</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="429" />
            <source>Not saved: {error}</source>
            <translation>Nicht gespeichert: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="471" />
            <source>Edit {column}</source>
            <translation>{column} bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="477" />
            <source>Not saved.</source>
            <translation>Nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="484" />
            <source>Kept the other member's version of the post.</source>
            <translation>Die Fassung des anderen Mitglieds wurde behalten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="494" />
            <source>Select the posts to tag first (Shift/Ctrl+click for several).</source>
            <translation>Wähle zuerst die Beiträge zum Verschlagworten aus (Umschalt/Strg+Klick für mehrere).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="504" />
            <source>Not tagged: {error}</source>
            <translation>Nicht verschlagwortet: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="507" />
            <source>Tagged: {what}. Undo with Ctrl+Z.</source>
            <translation>Verschlagwortet: {what}. Rückgängig mit Strg+Z.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="520" />
            <source>Tag %n post(s)…</source>
            <translation>
                <numerusform>%n Beitrag verschlagworten…</numerusform>
                <numerusform>%n Beiträge verschlagworten…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="523" />
            <source>Delete %n post(s)…</source>
            <translation>
                <numerusform>%n Beitrag löschen…</numerusform>
                <numerusform>%n Beiträge löschen…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="551" />
            <source>Duplicate post</source>
            <translation>Beitrag duplizieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="561" />
            <source>Delete posts</source>
            <translation>Beiträge löschen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="562" />
            <source>Delete %n post(s)? Their interactions stay (unlinked). Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n Beitrag löschen? Seine Interaktionen bleiben (ohne Verknüpfung). Rückgängig mit Strg+Z.</numerusform>
                <numerusform>%n Beiträge löschen? Ihre Interaktionen bleiben (ohne Verknüpfung). Rückgängig mit Strg+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="576" />
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
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="46" />
            <source>{low} to {high}</source>
            <translation>{low} bis {high}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="68" />
            <source>e.g. trail running</source>
            <translation>z. B. Trailrunning</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="70" />
            <source>people, e.g. 8200</source>
            <translation>Personen, z. B. 8200</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="72" />
            <source>one per line: instagram @name</source>
            <translation>eine pro Zeile: instagram @name</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="75" />
            <source>email, agent or DM</source>
            <translation>E-Mail, Agentur oder DM</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="79" />
            <source>their answer in their words</source>
            <translation>die Antwort in eigenen Worten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="81" />
            <source>Ask: “What does your audience struggle with this week?” — the rubric needs it dated</source>
            <translation>Frage: „Womit kämpft dein Publikum diese Woche?“ – die Bewertungsmatrix braucht die Antwort mit Datum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="83" />
            <source>asked on</source>
            <translation>gefragt am</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="94" />
            <source>Replies (comments + replies) per 1,000 reach; benchmark {band}</source>
            <translation>Antworten (Kommentare + Antworten) pro 1.000 Reichweite; Richtwertbereich {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="98" />
            <source>Engagement rate in percent; benchmark {band}</source>
            <translation>Engagement-Rate in Prozent; Richtwertbereich {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="101" />
            <source>Share of engagers who engaged on 2+ days in 30 days, percent; benchmark {band}</source>
            <translation>Anteil der Interagierenden, die an 2+ Tagen in 30 Tagen interagiert haben, in Prozent; Richtwertbereich {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="107" />
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="111" />
            <source>A workspace holding the creator's own export (posts and interactions imported there): its last 30 days replace the typed figures</source>
            <translation>Ein Arbeitsbereich mit dem eigenen Export der Creator-Person (dort importierte Beiträge und Interaktionen): seine letzten 30 Tage ersetzen die eingetippten Kennzahlen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="145" />
            <source>Closing the window saves a valid profile form; one that cannot be saved yet is kept as a draft and put back here.</source>
            <translation>Beim Schließen des Fensters wird ein gültiges Profil gespeichert; eines, das noch nicht gespeichert werden kann, wird als Entwurf aufbewahrt und hier wieder eingesetzt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="151" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="152" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="153" />
            <source>Niche / topic</source>
            <translation>Nische / Thema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="154" />
            <source>Audience size</source>
            <translation>Publikumsgröße</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="155" />
            <source>Handles</source>
            <translation>Handles</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="156" />
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="157" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="162" />
            <source>Struggles this week</source>
            <translation>Schwierigkeiten dieser Woche</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="164" />
            <source>Replies per 1k reach</source>
            <translation>Antworten pro 1.000 Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="165" />
            <source>ER %</source>
            <translation>ER %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="166" />
            <source>Returning share %</source>
            <translation>Anteil Wiederkehrender %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="167" />
            <source>Figures from workspace</source>
            <translation>Kennzahlen aus Arbeitsbereich</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="171" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="172" />
            <source>Save the profile (Ctrl+S)</source>
            <translation>Profil speichern (Strg+S)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="174" />
            <source>Revert</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="181" />
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="267" />
            <source>— typed figures only —</source>
            <translation>– nur eingetippte Kennzahlen –</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="277" />
            <source>Measured in '{workspace}' over {start}–{end} (%n post(s)): replies/1k {replies}, ER {er}, returning {returning}. Measured figures replace typed ones where known.</source>
            <translation>
                <numerusform>Gemessen in „{workspace}“ von {start} bis {end} (%n Beitrag): Antworten/1k {replies}, ER {er}, wiederkehrend {returning}. Gemessene Kennzahlen ersetzen eingetippte, wo sie bekannt sind.</numerusform>
                <numerusform>Gemessen in „{workspace}“ von {start} bis {end} (%n Beiträge): Antworten/1k {replies}, ER {er}, wiederkehrend {returning}. Gemessene Kennzahlen ersetzen eingetippte, wo sie bekannt sind.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="291" />
            <source>Typed figures come from the creator's own insights (“reported”).</source>
            <translation>Eingetippte Kennzahlen stammen aus den eigenen Statistiken der Creator-Person („gemeldet“).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="305" />
            <source>Replies per 1k</source>
            <translation>Antworten pro 1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="306" />
            <source>ER</source>
            <translation>ER</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="307" />
            <source>Returning share</source>
            <translation>Anteil Wiederkehrender</translation>
        </message>
    </context>
    <context>
        <name>ProfileSection</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="30" />
            <source>Topic (one line)</source>
            <translation>Thema (eine Zeile)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="34" />
            <source>budget travel in Japan</source>
            <translation>günstig reisen in Japan</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="36" />
            <source>Save topic</source>
            <translation>Thema speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="38" />
            <source>Change topic</source>
            <translation>Thema ändern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="47" />
            <source>Home — where the community lives</source>
            <translation>Zuhause — wo die Community lebt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="50" />
            <source>In month one, pick one primary home. A second one splits your attention and the replies.</source>
            <translation>Wähle im ersten Monat ein Haupt-Zuhause. Ein zweites teilt deine Aufmerksamkeit und die Antworten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="62" />
            <source>label, e.g. Instagram comments + DMs</source>
            <translation>Bezeichnung, z. B. Instagram-Kommentare + DMs</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="63" />
            <source>Primary</source>
            <translation>Haupt-Zuhause</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="65" />
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="145" />
            <source>Add home</source>
            <translation>Zuhause hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="67" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="78" />
            <source>Disclosure line</source>
            <translation>Werbehinweis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="82" />
            <source>Endorsements with a material connection must be disclosed clearly and conspicuously. This line goes into every brief.</source>
            <translation>Empfehlungen mit einer geschäftlichen Verbindung müssen klar und deutlich gekennzeichnet werden. Dieser Hinweis steht in jedem Briefing.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="90" />
            <source>#ad — I am paid by the brand for this post.</source>
            <translation>#Werbung — Die Marke bezahlt mich für diesen Beitrag.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="91" />
            <source>Save line</source>
            <translation>Hinweis speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="94" />
            <source>Change disclosure line</source>
            <translation>Werbehinweis ändern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="111" />
            <source>Tight topic ✓</source>
            <translation>Klar umrissenes Thema ✓</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="127" />
            <source>  (primary)</source>
            <translation>  (Haupt-Zuhause)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="128" />
            <source>  since {date}</source>
            <translation>  seit {date}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="152" />
            <source>Split attention</source>
            <translation>Geteilte Aufmerksamkeit</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="163" />
            <source>Remove home</source>
            <translation>Zuhause entfernen</translation>
        </message>
    </context>
    <context>
        <name>PromiseBuilder</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="33" />
            <source>A promise says in one sentence who the community is for, what they get and how. Make the outcome checkable (a number or a time frame) and name a real group.</source>
            <translation>Ein Versprechen sagt in einem Satz, für wen die Community ist, was die Mitglieder bekommen und wie. Mach das Ergebnis überprüfbar (eine Zahl oder ein Zeitraum) und nenne eine echte Gruppe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="41" />
            <source>runners</source>
            <translation>Läuferinnen und Läufer</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="43" />
            <source>a weekly 20-minute mobility routine</source>
            <translation>eine wöchentliche 20-Minuten-Mobility-Routine</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="45" />
            <source>short videos and a Sunday Q and A</source>
            <translation>kurze Videos und eine Fragerunde am Sonntag</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="47" />
            <source>&amp;Who:</source>
            <translation>&amp;Wer:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="49" />
            <source>Specific &amp;outcome:</source>
            <translation>Konkretes &amp;Ergebnis:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="51" />
            <source>&amp;Through (format):</source>
            <translation>&amp;Durch (Format):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="60" />
            <source>&amp;Save as new version</source>
            <translation>Als neue Version &amp;speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="61" />
            <source>Keeps the earlier wording in the history below (Ctrl+S)</source>
            <translation>Die frühere Formulierung bleibt unten im Verlauf (Strg+S)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="68" />
            <source>&lt;b&gt;Version history&lt;/b&gt; (newest first)</source>
            <translation>&lt;b&gt;Versionsverlauf&lt;/b&gt; (neueste zuerst)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="71" />
            <source>Earlier promises with the date they were saved; double-click to load one back</source>
            <translation>Frühere Versprechen mit ihrem Speicherdatum; Doppelklick lädt eines wieder</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="100" />
            <source>{date}  (current):  </source>
            <translation>{date}  (aktuell):  </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="108" />
            <source>No promise saved yet — fill the three slots and save.</source>
            <translation>Noch kein Versprechen gespeichert — fülle die drei Felder aus und speichere.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="116" />
            <source>Loaded an earlier version: save to make it current.</source>
            <translation>Frühere Version geladen: speichere, um sie zur aktuellen zu machen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="125" />
            <source>No change to save.</source>
            <translation>Keine Änderung zu speichern.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="132" />
            <source>Save promise</source>
            <translation>Versprechen speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="133" />
            <source>Saved. The earlier wording is in the history.</source>
            <translation>Gespeichert. Die frühere Formulierung steht im Verlauf.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="152" />
            <source>who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="152" />
            <source>outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="152" />
            <source>format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="153" />
            <source>Not saved yet: fill {slots} to save the promise as a new version.</source>
            <translation>Noch nicht gespeichert: fülle {slots} aus, um das Versprechen als neue Version zu speichern.</translation>
        </message>
    </context>
    <context>
        <name>PromiseTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="47" />
            <source>promise builder</source>
            <translation>Versprechen-Baukasten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="48" />
            <source>topic, disclosure and welcome post</source>
            <translation>Thema, Werbehinweis und Willkommensbeitrag</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="49" />
            <source>format form</source>
            <translation>Format-Formular</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="50" />
            <source>prompt form</source>
            <translation>Impuls-Formular</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="51" />
            <source>home form</source>
            <translation>Zuhause-Formular</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="105" />
            <source>When the window closes (or the workspace changes) open forms are saved; a form that cannot be saved yet is kept as a draft and put back here.</source>
            <translation>Wenn das Fenster schließt (oder der Arbeitsbereich wechselt), werden offene Formulare gespeichert; ein Formular, das noch nicht gespeichert werden kann, bleibt als Entwurf erhalten und kommt hierher zurück.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="122" />
            <source>Promise</source>
            <translation>Versprechen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="123" />
            <source>Topic, home &amp;&amp; disclosure</source>
            <translation>Thema, Zuhause &amp;&amp; Werbehinweis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="124" />
            <source>Formats</source>
            <translation>Formate</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="125" />
            <source>Onboarding</source>
            <translation>Onboarding</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="126" />
            <source>Prompt library</source>
            <translation>Impulsbibliothek</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="250" />
            <source>Save open edits (topic, disclosure, welcome post)</source>
            <translation>Offene Änderungen speichern (Thema, Werbehinweis, Willkommensbeitrag)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="287" />
            <source>Not saved: {reason}</source>
            <translation>Nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="298" />
            <source>Could not keep the unsaved draft: {reason}</source>
            <translation>Der ungespeicherte Entwurf konnte nicht aufbewahrt werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="333" />
            <source>Promise: could not keep a crash-time draft: {reason}</source>
            <translation>Versprechen: Der Entwurf für den Absturzfall konnte nicht aufbewahrt werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="363" />
            <source>Restored an unsaved draft from {when} ({parts}). {reasons}</source>
            <translation>Ungespeicherten Entwurf vom {when} wiederhergestellt ({parts}). {reasons}</translation>
        </message>
    </context>
    <context>
        <name>PromptsSection</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="38" />
            <source>Each ritual wants at least %n prompt(s) before you invite anyone</source>
            <translation>
                <numerusform>Jedes Ritual braucht mindestens %n Impuls, bevor du jemanden einlädst</numerusform>
                <numerusform>Jedes Ritual braucht mindestens %n Impulse, bevor du jemanden einlädst</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="43" />
            <source>Filter prompts… (Ctrl+F)</source>
            <translation>Impulse filtern… (Strg+F)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="56" />
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="57" />
            <source>Alt+Up — the keyboard equivalent of dragging</source>
            <translation>Alt+Pfeil nach oben — die Tastatur-Entsprechung zum Ziehen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="59" />
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="60" />
            <source>Alt+Down</source>
            <translation>Alt+Pfeil nach unten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="68" />
            <source>Used on:</source>
            <translation>Verwendet am:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="75" />
            <source>Mark used</source>
            <translation>Als verwendet markieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="82" />
            <source>What was your last 10-minute workout?</source>
            <translation>Was war dein letztes 10-Minuten-Workout?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="88" />
            <source>Prompt:</source>
            <translation>Impuls:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="93" />
            <source>Rung:</source>
            <translation>Stufe:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="95" />
            <source>Ritual:</source>
            <translation>Ritual:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="101" />
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="187" />
            <source>Add prompt</source>
            <translation>Impuls hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="102" />
            <source>Update</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="103" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="120" />
            <source>(no ritual)</source>
            <translation>(kein Ritual)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="131" />
            <source>No rituals yet: add them on the Rituals tab, then give each five prompts.</source>
            <translation>Noch keine Rituale: lege sie im Tab „Rituale“ an und gib dann jedem fünf Impulse.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="134" />
            <source>%n broad prompt(s)</source>
            <translation>
                <numerusform>%n zu allgemeiner Impuls</numerusform>
                <numerusform>%n zu allgemeine Impulse</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="150" />
            <source>(no post)</source>
            <translation>(kein Beitrag)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="199" />
            <source>Select a prompt to update.</source>
            <translation>Wähle den Impuls aus, den du aktualisieren willst.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="209" />
            <source>Edit prompt</source>
            <translation>Impuls bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="224" />
            <source>Delete prompt</source>
            <translation>Impuls löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="234" />
            <source>Reorder prompts</source>
            <translation>Impulse umsortieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="263" />
            <source>Select the prompt you used.</source>
            <translation>Wähle den Impuls aus, den du verwendet hast.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="272" />
            <source>Used recently</source>
            <translation>Kürzlich verwendet</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="273" />
            <source>This prompt was used on {date}. Members notice repeats. Log it anyway?</source>
            <translation>Dieser Impuls wurde am {date} verwendet. Mitglieder bemerken Wiederholungen. Trotzdem eintragen?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="281" />
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
        <name>ReadinessPanel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="28" />
            <source>Readiness</source>
            <translation>Startklar?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="31" />
            <source>What must exist before you invite anyone:</source>
            <translation>Was stehen muss, bevor du jemanden einlädst:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="40" />
            <source>Export community &amp;brief…</source>
            <translation>Community-&amp;Briefing exportieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="42" />
            <source>Markdown or PDF: promise, topic, home, formats, onboarding, rituals, prompts, SLA, disclosure</source>
            <translation>Markdown oder PDF: Versprechen, Thema, Zuhause, Formate, Onboarding, Rituale, Impulse, SLA, Werbehinweis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="53" />
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="59" />
            <source>&lt;b&gt;{done} of {total}&lt;/b&gt; ready.</source>
            <translation>&lt;b&gt;{done} von {total}&lt;/b&gt; erledigt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="60" />
            <source> Invite your first members.</source>
            <translation> Lade deine ersten Mitglieder ein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="67" />
            <source>Export community brief</source>
            <translation>Community-Briefing exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="79" />
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="80" />
            <source>Could not write {path}:
{reason}</source>
            <translation>{path} konnte nicht geschrieben werden:
{reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="83" />
            <source>Brief written to {path}</source>
            <translation>Briefing gespeichert unter {path}</translation>
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
        <name>Startup</name>
        <message>
            <location filename="../../microcomm_desktop/ui/startup.py" line="52" />
            <source>Quit</source>
            <translation>Beenden</translation>
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
        <name>WeeklyChart</name>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="91" />
            <source>Hover over the chart to read a week's value.</source>
            <translation>Fahre mit der Maus über das Diagramm, um den Wert einer Woche zu lesen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="93" />
            <source>Reset zoom</source>
            <translation>Zoom zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="94" />
            <source>Show every week again after zooming (mouse wheel) or panning (drag)</source>
            <translation>Nach Zoomen (Mausrad) oder Verschieben (Ziehen) wieder alle Wochen zeigen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="96" />
            <source>Save chart as PNG/SVG…</source>
            <translation>Diagramm als PNG/SVG speichern…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="146" />
            <source>Benchmark band {band}</source>
            <translation>Richtwertbereich {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="197" />
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="198" />
            <source>Week ending {date}: {value}</source>
            <translation>Woche bis {date}: {value}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="230" />
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="246" />
            <source>Save chart</source>
            <translation>Diagramm speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="232" />
            <source>PNG image (*.png);;SVG image (*.svg)</source>
            <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="243" />
            <source>the image could not be written</source>
            <translation>das Bild konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="246" />
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
            <location filename="../../microcomm_desktop/domain/creators.py" line="74" />
            <source>Comment thread</source>
            <translation>Kommentarverlauf</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="75" />
            <source>Story replies</source>
            <translation>Story-Antworten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="76" />
            <source>Live attendance</source>
            <translation>Live-Teilnahme</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="77" />
            <source>Recurring series performance</source>
            <translation>Ergebnis einer wiederkehrenden Serie</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="78" />
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="85" />
            <location filename="../../microcomm_desktop/domain/creators.py" line="186" />
            <source>Pass</source>
            <translation>Bestanden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="85" />
            <source>Incomplete</source>
            <translation>Unvollständig</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="90" />
            <source>replies per 1k reach</source>
            <translation>Antworten pro 1.000 Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="91" />
            <source>engagement rate</source>
            <translation>Engagement-Rate</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="92" />
            <source>returning share</source>
            <translation>Anteil Wiederkehrender</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="187" />
            <source>Pass — could add: {hints}</source>
            <translation>Bestanden – möglich wären noch: {hints}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="188" />
            <source>Incomplete — {missing}</source>
            <translation>Unvollständig – {missing}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/creators.py" line="211" />
            <source>%n more screenshot(s) of a question the audience answered with specifics</source>
            <translation>
                <numerusform>%n weiterer Screenshot einer Frage, die das Publikum konkret beantwortet hat</numerusform>
                <numerusform>%n weitere Screenshots einer Frage, die das Publikum konkret beantwortet hat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/creators.py" line="216" />
            <source>{missing} (%n proof entry(ies) without a screenshot yet)</source>
            <translation>
                <numerusform>{missing} (%n Nachweis noch ohne Screenshot)</numerusform>
                <numerusform>{missing} (%n Nachweise noch ohne Screenshot)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="224" />
            <source>their answer to 'what does your audience struggle with this week?'</source>
            <translation>ihre Antwort auf „Womit kämpft dein Publikum diese Woche?“</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="228" />
            <source>the date of their 'struggles this week' answer</source>
            <translation>das Datum ihrer Antwort zu „Schwierigkeiten dieser Woche“</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="234" />
            <source>a 'struggles this week' answer dated today or earlier (the date is in the future)</source>
            <translation>eine Antwort zu „Schwierigkeiten dieser Woche“ mit dem Datum von heute oder früher (das Datum liegt in der Zukunft)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/creators.py" line="242" />
            <source>a fresh 'struggles this week' answer (the last one is %n day(s) old)</source>
            <translation>
                <numerusform>eine aktuelle Antwort zu „Schwierigkeiten dieser Woche“ (die letzte ist %n Tag alt)</numerusform>
                <numerusform>eine aktuelle Antwort zu „Schwierigkeiten dieser Woche“ (die letzte ist %n Tage alt)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="254" />
            <source>{figure} (unknown)</source>
            <translation>{figure} (unbekannt)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="355" />
            <source>Handle line {n} ({line}): write the platform then the handle, e.g. 'instagram @name'.</source>
            <translation>Handle-Zeile {n} ({line}): schreibe erst die Plattform, dann das Handle, z. B. „instagram @name“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="365" />
            <source>Handle line {n}: unknown platform {platform}; use one of {platforms}.</source>
            <translation>Handle-Zeile {n}: unbekannte Plattform {platform}; verwende eine von {platforms}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="372" />
            <source>Handle line {n}: the handle is longer than 120 characters.</source>
            <translation>Handle-Zeile {n}: das Handle ist länger als 120 Zeichen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="377" />
            <source>Handle line {n}: {platform} is listed twice; keep one handle per platform.</source>
            <translation>Handle-Zeile {n}: {platform} steht doppelt da; behalte ein Handle pro Plattform.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="400" />
            <source>{label}: {text} is not a number (for example 12.5).</source>
            <translation>{label}: {text} ist keine Zahl (zum Beispiel 12,5).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="404" />
            <source>{label}: {text} is not a number.</source>
            <translation>{label}: {text} ist keine Zahl.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="408" />
            <source>{label} cannot be negative.</source>
            <translation>{label} darf nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="410" />
            <source>{label} cannot be above {upper}.</source>
            <translation>{label} darf nicht über {upper} liegen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="429" />
            <source>A creator needs a name.</source>
            <translation>Eine Creator-Person braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="431" />
            <source>Keep the name under 120 characters.</source>
            <translation>Der Name muss kürzer als 120 Zeichen sein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="436" />
            <source>Audience size is a whole number of people, for example 8200.</source>
            <translation>Die Publikumsgröße ist eine ganze Zahl von Personen, zum Beispiel 8200.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="440" />
            <source>Audience size cannot be above {max} people.</source>
            <translation>Die Publikumsgröße darf nicht über {max} Personen liegen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="444" />
            <source>The answer cannot be dated in the future.</source>
            <translation>Die Antwort darf nicht in der Zukunft datiert sein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="446" />
            <source>Type their answer, or clear the date.</source>
            <translation>Tippe die Antwort ein oder entferne das Datum.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="454" />
            <source>Unknown kind {kind}.</source>
            <translation>Unbekannte Art {kind}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="456" />
            <source>The evidence cannot be dated in the future.</source>
            <translation>Der Nachweis darf nicht in der Zukunft datiert sein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="459" />
            <source>The link must be a web address starting with https://</source>
            <translation>Der Link muss eine Webadresse sein, die mit https:// beginnt</translation>
        </message>
    </context>
    <context>
        <name>domain.imports.presets</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="54" />
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="65" />
            <source>Handle</source>
            <translation>Handle</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="55" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="56" />
            <source>Timestamp</source>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="57" />
            <source>Post (id or link)</source>
            <translation>Beitrag (ID oder Link)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="58" />
            <source>Interaction id</source>
            <translation>Interaktions-ID</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="59" />
            <source>Parent/thread id</source>
            <translation>Eltern-/Thread-ID</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="60" />
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="66" />
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="61" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="67" />
            <source>Power member</source>
            <translation>Power-Mitglied</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="68" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="69" />
            <source>First seen</source>
            <translation>Zuerst gesehen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="70" />
            <source>Last seen</source>
            <translation>Zuletzt gesehen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="412" />
            <source>Generic CSV (MicroComm export or your own columns)</source>
            <translation>Allgemeine CSV (MicroComm-Export oder eigene Spalten)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="419" />
            <source>Interactions (handle, kind, timestamp, post, parent)</source>
            <translation>Interaktionen (Handle, Art, Zeitpunkt, Beitrag, Eltern-ID)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="436" />
            <source>Engagers (MicroComm export: handle, power member, notes)</source>
            <translation>Interagierende (MicroComm-Export: Handle, Power-Mitglied, Notizen)</translation>
        </message>
    </context>
    <context>
        <name>domain.post_fields</name>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="120" />
            <source>Date/time</source>
            <translation>Datum/Uhrzeit</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="129" />
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="136" />
            <source>Platform post id</source>
            <translation>Beitrags-ID der Plattform</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="144" />
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="150" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="154" />
            <source>How the post was made (the promise's recurring formats or your own, e.g. carousel)</source>
            <translation>Wie der Beitrag gemacht wurde (die wiederkehrenden Formate des Versprechens oder deine eigenen, z. B. Karussell)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="160" />
            <source>Themes</source>
            <translation>Themen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="163" />
            <source>Themes (comma-separated)</source>
            <translation>Themen (durch Kommas getrennt)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="165" />
            <source>The workspace's own content themes on this post (several allowed). Edit the cell as 'a, b', use the post form, or tag a selection with Ctrl+T. Insights ranks themes by replies and saves per 1k reach.</source>
            <translation>Die eigenen Inhaltsthemen des Arbeitsbereichs bei diesem Beitrag (mehrere möglich). Bearbeite die Zelle als „a, b“, nutze das Beitragsformular oder verschlagworte eine Auswahl mit Strg+T. Insights ordnet Themen nach Antworten und Speicherungen pro 1k Reichweite.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="174" />
            <source>Label</source>
            <translation>Ausrichtung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="177" />
            <source>Label (community/reach)</source>
            <translation>Ausrichtung (community/reach)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="179" />
            <source>community = judged on replies, saves, depth; reach = judged on shares and discovery</source>
            <translation>community = bewertet nach Antworten, Speicherungen, Tiefe; reach = bewertet nach Shares und Entdeckung</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="185" />
            <source>Title or caption</source>
            <translation>Titel oder Bildunterschrift</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="193" />
            <source>Reach</source>
            <translation>Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="199" />
            <source>Impressions</source>
            <translation>Impressionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="200" />
            <source>Views</source>
            <translation>Aufrufe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="201" />
            <source>Likes</source>
            <translation>Likes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="204" />
            <source>Comments/replies</source>
            <translation>Kommentare/Antworten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="212" />
            <source>Shares</source>
            <translation>Shares</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="213" />
            <source>Saves</source>
            <translation>Speicherungen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="214" />
            <source>DM replies</source>
            <translation>DM-Antworten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="217" />
            <source>Engagements</source>
            <translation>Engagements</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="221" />
            <source>Engagements (platform total)</source>
            <translation>Engagements (Summe der Plattform)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="228" />
            <source>Conversions</source>
            <translation>Conversions</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="234" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
    </context>
    <context>
        <name>services.creators</name>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="251" />
            <source>Audience size cannot be negative.</source>
            <translation>Die Publikumsgröße darf nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="253" />
            <source>Status must be one of {statuses}.</source>
            <translation>Der Status muss einer von diesen sein: {statuses}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="259" />
            <source>Must be between 0 and {upper}.</source>
            <translation>Muss zwischen 0 und {upper} liegen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="262" />
            <source>Pick the workspace holding the creator's own export, not this one.</source>
            <translation>Wähle den Arbeitsbereich mit dem eigenen Export der Creator-Person, nicht diesen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="268" />
            <source>That workspace no longer exists.</source>
            <translation>Dieser Arbeitsbereich existiert nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="315" />
            <location filename="../../microcomm_desktop/services/creators.py" line="324" />
            <location filename="../../microcomm_desktop/services/creators.py" line="330" />
            <location filename="../../microcomm_desktop/services/creators.py" line="357" />
            <location filename="../../microcomm_desktop/services/creators.py" line="592" />
            <location filename="../../microcomm_desktop/services/creators.py" line="748" />
            <source>This creator no longer exists.</source>
            <translation>Diese Creator-Person existiert nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="621" />
            <source>Cannot edit {fields} of an evidence entry.</source>
            <translation>{fields} eines Nachweises kann nicht bearbeitet werden.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="628" />
            <location filename="../../microcomm_desktop/services/creators.py" line="646" />
            <source>This evidence entry no longer exists.</source>
            <translation>Dieser Nachweis existiert nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="714" />
            <location filename="../../microcomm_desktop/services/creators.py" line="862" />
            <source>Deal {id}</source>
            <translation>Deal {id}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="726" />
            <source>This deal no longer exists.</source>
            <translation>Dieser Deal existiert nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="731" />
            <source>The creator and the deal must be in the same workspace.</source>
            <translation>Creator-Person und Deal müssen im selben Arbeitsbereich liegen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="781" />
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="808" />
            <source>undated</source>
            <translation>ohne Datum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="815" />
            <source>draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="816" />
            <source>offered</source>
            <translation>angeboten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="817" />
            <source>signed</source>
            <translation>unterschrieben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="818" />
            <source>live</source>
            <translation>live</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="819" />
            <source>done</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="820" />
            <source>lost</source>
            <translation>verloren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="830" />
            <source>Replies per 1k reach</source>
            <translation>Antworten pro 1.000 Reichweite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="831" />
            <source>Engagement rate</source>
            <translation>Engagement-Rate</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="832" />
            <source>Returning share (30 d)</source>
            <translation>Anteil Wiederkehrender (30 Tage)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="838" />
            <source>{value} (measured in '{workspace}')</source>
            <translation>{value} (gemessen in „{workspace}“)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="842" />
            <source>{value} (reported)</source>
            <translation>{value} (gemeldet)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="849" />
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="850" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="851" />
            <source>Total cost</source>
            <translation>Gesamtkosten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="852" />
            <source>Impressions</source>
            <translation>Impressionen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="853" />
            <source>Conversions</source>
            <translation>Conversions</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="854" />
            <source>Blended CPM</source>
            <translation>CPM gesamt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="855" />
            <source>Blended CPA</source>
            <translation>CPA gesamt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="874" />
            <source>All deals ({count})</source>
            <translation>Alle Deals ({count})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="908" />
            <location filename="../../microcomm_desktop/services/creators.py" line="994" />
            <source>status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="910" />
            <location filename="../../microcomm_desktop/services/creators.py" line="997" />
            <source>audience {count}</source>
            <translation>Publikum {count}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="922" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1003" />
            <source>Proof of conversation: {verdict} (score {score} / 100)</source>
            <translation>Nachweis echter Gespräche: {verdict} ({score} / 100 Punkte)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="928" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1006" />
            <source>Missing:</source>
            <translation>Es fehlt:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="933" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1010" />
            <source>not asked yet</source>
            <translation>noch nicht gefragt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="935" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1012" />
            <source>What their audience struggles with this week:</source>
            <translation>Womit das Publikum diese Woche kämpft:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="942" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1015" />
            <source>Evidence ({count})</source>
            <translation>Nachweise ({count})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="958" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1018" />
            <source>question answered with specifics</source>
            <translation>Frage konkret beantwortet</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="969" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1028" />
            <source>Deal history (blended = creator fees + paid media)</source>
            <translation>Deal-Verlauf (gesamt = Creator-Honorare + bezahlte Medien)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="972" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1030" />
            <source>No deals linked yet.</source>
            <translation>Noch keine Deals verknüpft.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="981" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1040" />
            <source>Prepared {date} with MicroComm Desktop.</source>
            <translation>Erstellt am {date} mit MicroComm Desktop.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="993" />
            <source>no niche set</source>
            <translation>keine Nische angegeben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="1062" />
            <source>{name} — creator</source>
            <translation>{name} – Creator</translation>
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
</TS>