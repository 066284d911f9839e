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
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="62" />
            <source>Filter…</source>
            <translation>Filtern…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="91" />
            <source>Export to CSV</source>
            <translation>Als CSV exportieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="91" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="103" />
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="104" />
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
        <name>RitualCalendarModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="28" />
            <source>run</source>
            <translation>stattgefunden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="29" />
            <source>skipped</source>
            <translation>ausgelassen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="30" />
            <source>planned</source>
            <translation>geplant</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="106" />
            <source>W{number}</source>
            <translation>KW{number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="116" />
            <source>(today)</source>
            <translation>(heute)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="125" />
            <source>(%n post(s))</source>
            <translation>
                <numerusform>(%n Beitrag)</numerusform>
                <numerusform>(%n Beiträge)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="138" />
            <source>one-off event</source>
            <translation>einmaliges Ereignis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="145" />
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
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="72" />
            <source>run</source>
            <translation>stattgefunden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="73" />
            <source>skipped</source>
            <translation>ausgelassen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="74" />
            <source>planned</source>
            <translation>geplant</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="78" />
            <source>Mark run</source>
            <translation>Als stattgefunden markieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="79" />
            <source>Mark skipped</source>
            <translation>Als ausgelassen markieren</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="80" />
            <source>Clear occurrence mark</source>
            <translation>Markierung des Termins entfernen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="134" />
            <source>&amp;Add ritual…</source>
            <translation>Ritual &amp;hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="136" />
            <source>Ctrl+N</source>
            <translation>Strg+N</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="138" />
            <source>Add suggested (Tuesday teardown, Friday wins)</source>
            <translation>Vorschläge hinzufügen („Tuesday teardown“, „Friday wins“)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="140" />
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="142" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="144" />
            <source>Add one-off event…</source>
            <translation>Einmaliges Ereignis hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="146" />
            <source>Export calendar (.ics)…</source>
            <translation>Kalender exportieren (.ics)…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="150" />
            <source>Rituals as weekly events in your time zone, skipped dates excluded, one-off events and notes;
importing the file into another workspace gives back the same calendar.</source>
            <translation>Rituale als wöchentliche Termine in deiner Zeitzone, ausgelassene Daten ausgenommen, einmalige Ereignisse und Notizen;
importierst du die Datei in einen anderen Arbeitsbereich, erhältst du denselben Kalender zurück.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="154" />
            <source>Import .ics…</source>
            <translation>.ics importieren…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="158" />
            <source>Google, Outlook or Apple calendar files: weekly events become rituals, excluded or cancelled dates
become skipped occurrences, single events become one-off events. A report lists what each event
became or why it was not imported; Ctrl+Z undoes the whole import.</source>
            <translation>Kalenderdateien von Google, Outlook oder Apple: Wöchentliche Termine werden zu Ritualen, ausgenommene oder
abgesagte Daten zu ausgelassenen Terminen, einzelne Termine zu einmaligen Ereignissen. Ein Bericht zeigt, was
aus jedem Termin wurde oder warum er nicht importiert wurde; Strg+Z macht den ganzen Import rückgängig.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="170" />
            <source>Filter rituals…</source>
            <translation>Rituale filtern…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="178" />
            <source>No rituals yet. Two weekly rituals is the recommended start: add the suggested “Tuesday teardown” (members submit work for review) and “Friday wins” (members share results).</source>
            <translation>Noch keine Rituale. Zwei wöchentliche Rituale sind der empfohlene Anfang: Füge die vorgeschlagenen „Tuesday teardown“ (Mitglieder reichen Arbeiten zum Feedback ein) und „Friday wins“ (Mitglieder teilen ihre Erfolge) hinzu.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="212" />
            <source>Rituals &amp;&amp; streaks</source>
            <translation>Rituale &amp;&amp; Serien</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="220" />
            <source>Response SLA</source>
            <translation>Antwort-SLA</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="236" />
            <source>What was typed here but not saved when the app stopped (or could not be saved when it closed) is kept as a draft and put back; it is saved when you save it or close the window.</source>
            <translation>Was hier eingegeben, aber beim Beenden der App nicht gespeichert wurde (oder beim Schließen nicht gespeichert werden konnte), bleibt als Entwurf erhalten und wird wieder eingesetzt; gespeichert wird es, wenn du speicherst oder das Fenster schließt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="249" />
            <source>Occurrence</source>
            <translation>Termin</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="252" />
            <source>Pick a day on the calendar.</source>
            <translation>Wähle einen Tag im Kalender.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="260" />
            <source>Mark &amp;run</source>
            <translation>&amp;Stattgefunden</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="261" />
            <source>Alt+R</source>
            <translation>Alt+S</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="263" />
            <source>Mark s&amp;kipped</source>
            <translation>A&amp;usgelassen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="264" />
            <source>Alt+K</source>
            <translation>Alt+U</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="266" />
            <source>Clear</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="267" />
            <source>Back to planned</source>
            <translation>Zurück auf geplant</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="278" />
            <source>The prompt used; it is logged in the prompt library so it is not repeated too soon</source>
            <translation>Der verwendete Impuls; er wird in der Impulsbibliothek vermerkt, damit er nicht zu früh wiederholt wird</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="280" />
            <source>Prompt:</source>
            <translation>Impuls:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="282" />
            <source>Recap: what was learned, what happens next</source>
            <translation>Rückblick: was gelernt wurde, wie es weitergeht</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="284" />
            <source>Recap:</source>
            <translation>Rückblick:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="287" />
            <source>Posts from the post log (±3 days) that carried this occurrence</source>
            <translation>Beiträge aus dem Beitragsprotokoll (±3 Tage), die diesen Termin getragen haben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="288" />
            <source>Posts:</source>
            <translation>Beiträge:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="290" />
            <source>Save occurrence</source>
            <translation>Termin speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="291" />
            <source>Ctrl+Return</source>
            <translation>Strg+Eingabe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="364" />
            <source>Add ritual</source>
            <translation>Ritual hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="386" />
            <source>Add suggested rituals</source>
            <translation>Vorgeschlagene Rituale hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="391" />
            <source>Add {name}</source>
            <translation>{name} hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="410" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="415" />
            <source>Edit ritual</source>
            <translation>Ritual bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="428" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="458" />
            <source>Delete ritual</source>
            <translation>Ritual löschen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="429" />
            <source>Delete “{name}” with its recorded occurrences? (Undo with Ctrl+Z.)</source>
            <translation>„{name}“ mit seinen erfassten Terminen löschen? (Rückgängig mit Strg+Z.)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="486" />
            <source>one-off event</source>
            <translation>einmaliges Ereignis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="499" />
            <source>Nothing scheduled on this day.</source>
            <translation>An diesem Tag ist nichts geplant.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="546" />
            <source>(none)</source>
            <translation>(keiner)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="549" />
            <source>(used recently)</source>
            <translation>(kürzlich verwendet)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="605" />
            <source>Pick a ritual occurrence first.</source>
            <translation>Wähle zuerst einen Termin eines Rituals.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="622" />
            <source>This occurrence is in the future: it can be marked once its day has come.</source>
            <translation>Dieser Termin liegt in der Zukunft: Er kann markiert werden, sobald sein Tag gekommen ist.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="634" />
            <source>Edit occurrence</source>
            <translation>Termin bearbeiten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="657" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="714" />
            <source>Not saved.</source>
            <translation>Nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="659" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="719" />
            <source>Not saved: {reason}</source>
            <translation>Nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="663" />
            <source>The edits of “{title}” on {day} are kept.</source>
            <translation>Die Änderungen an „{title}“ am {day} bleiben erhalten.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="675" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="679" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="695" />
            <source>One-off event</source>
            <translation>Einmaliges Ereignis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="675" />
            <source>Title of the event on {day}:</source>
            <translation>Titel des Ereignisses am {day}:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="679" />
            <source>Time (HH:MM, empty for all day):</source>
            <translation>Uhrzeit (HH:MM, leer für ganztägig):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="690" />
            <source>Add event</source>
            <translation>Ereignis hinzufügen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="717" />
            <source>Rituals: an open edit was not saved ({reason})</source>
            <translation>Rituale: Eine offene Änderung wurde nicht gespeichert ({reason})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="725" />
            <source>Rituals: could not keep the unsaved draft ({reason})</source>
            <translation>Rituale: Der ungespeicherte Entwurf konnte nicht aufbewahrt werden ({reason})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="803" />
            <source>Rituals: an unsaved draft could not be read ({reason})</source>
            <translation>Rituale: Ein ungespeicherter Entwurf konnte nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="818" />
            <source>The edit of “{title}” on {day} was not put back: that occurrence no longer exists.</source>
            <translation>Die Änderung an „{title}“ am {day} wurde nicht wieder eingesetzt: Diesen Termin gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="821" />
            <source>Its recap: “{recap}”</source>
            <translation>Sein Rückblick: „{recap}“</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="826" />
            <source>response SLA</source>
            <translation>Antwort-SLA</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="831" />
            <source>Restored an unsaved draft from {when} ({parts}).</source>
            <translation>Ungespeicherten Entwurf vom {when} wiederhergestellt ({parts}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="835" />
            <source>Restored an unsaved draft from {when}.</source>
            <translation>Ungespeicherten Entwurf vom {when} wiederhergestellt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="876" />
            <source>{title} on {day}</source>
            <translation>{title} am {day}</translation>
        </message>
    </context>
    <context>
        <name>SlaPage</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="48" />
            <source>Reply within</source>
            <translation>Antworte innerhalb von</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="51" />
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="53" />
            <source>to the first</source>
            <translation>auf die ersten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="57" />
            <source>comments on key posts.</source>
            <translation>Kommentare unter wichtigen Beiträgen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="58" />
            <source>Save SLA</source>
            <translation>SLA speichern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="68" />
            <source>Replies by your own handles in the post log count as yours: the SLA is then computed from timestamps. Set them in File › Workspace settings (Ctrl+,).</source>
            <translation>Antworten deiner eigenen Handles im Beitragsprotokoll zählen als deine: Das SLA wird dann aus Zeitstempeln berechnet. Lege sie unter Datei › Einstellungen des Arbeitsbereichs (Strg+,) fest.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="78" />
            <source>Filter weeks…</source>
            <translation>Wochen filtern…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="80" />
            <source>Filter missed posts…</source>
            <translation>Verfehlte Beiträge filtern…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="101" />
            <source>Your own handles: {handles} — change them in File › Workspace settings (Ctrl+,).</source>
            <translation>Deine eigenen Handles: {handles} — ändere sie unter Datei › Einstellungen des Arbeitsbereichs (Strg+,).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="102" />
            <source>none set</source>
            <translation>keine festgelegt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="117" />
            <source>No SLA data yet: record on a post how many of its first comments got a reply in time, or log comments and your replies (set your handle) to have it computed.</source>
            <translation>Noch keine SLA-Daten: Trage bei einem Beitrag ein, wie viele seiner ersten Kommentare rechtzeitig eine Antwort bekamen, oder erfasse Kommentare und deine Antworten (lege dein Handle fest), damit es berechnet wird.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="126" />
            <source>This week: {rate}.</source>
            <translation>Diese Woche: {rate}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="131" />
            <source>&lt;b&gt;{rate}&lt;/b&gt; of the first {first} comments got a reply within {minutes} min over the last {weeks} weeks ({replied} of {considered}; %n post(s), {computed} computed from timestamps).</source>
            <translation>
                <numerusform>&lt;b&gt;{rate}&lt;/b&gt; der ersten {first} Kommentare bekamen in den letzten {weeks} Wochen innerhalb von {minutes} Min. eine Antwort ({replied} von {considered}; %n Beitrag, {computed} aus Zeitstempeln berechnet).</numerusform>
                <numerusform>&lt;b&gt;{rate}&lt;/b&gt; der ersten {first} Kommentare bekamen in den letzten {weeks} Wochen innerhalb von {minutes} Min. eine Antwort ({replied} von {considered}; %n Beiträge, {computed} aus Zeitstempeln berechnet).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="144" />
            <source>%n post(s) missed the SLA</source>
            <translation>
                <numerusform>%n Beitrag hat das SLA verfehlt</numerusform>
                <numerusform>%n Beiträge haben das SLA verfehlt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="146" />
            <source>slipping reply times are a common mistake: fast replies to the first comments keep a thread going.</source>
            <translation>nachlassende Antwortzeiten sind ein häufiger Fehler: Schnelle Antworten auf die ersten Kommentare halten ein Gespräch am Laufen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="159" />
            <source>Change response SLA</source>
            <translation>Antwort-SLA ändern</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="163" />
            <source>Response SLA not saved: {reason}</source>
            <translation>Antwort-SLA nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="166" />
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
            <location filename="../../microcomm_desktop/ui/startup.py" line="52" />
            <source>Quit</source>
            <translation>Beenden</translation>
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
</TS>