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
            <translation>Übergeordnete/Thread-ID</translation>
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
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="497" />
            <source>This is YouTube Studio's Chart data.csv: views per video per day, not each video's totals (reading it would replace a video's views with one day's). Import Table data.csv from the same download (or the .zip itself) instead.</source>
            <translation>Das ist die Chart data.csv von YouTube Studio: Aufrufe pro Video und Tag, nicht die Summen jedes Videos (beim Einlesen würden die Aufrufe eines Videos durch die eines Tages ersetzt). Importiere stattdessen Table data.csv aus demselben Download (oder die .zip selbst).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="503" />
            <source>This looks like YouTube Studio's Totals.csv: the channel's figures per day, not posts. Import Table data.csv from the same download (or the .zip itself) instead.</source>
            <translation>Das sieht aus wie die Totals.csv von YouTube Studio: die Zahlen des Kanals pro Tag, keine Beiträge. Importiere stattdessen Table data.csv aus demselben Download (oder die .zip selbst).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="512" />
            <source>This file holds dated account figures ({cols}: e.g. TikTok's FollowerHistory.csv or Viewers.csv), nothing about posts; importing it would create empty posts. Import the per-post export (or the daily Overview.csv) instead.</source>
            <translation>Diese Datei enthält datierte Kontozahlen ({cols}: z. B. FollowerHistory.csv oder Viewers.csv von TikTok), nichts über Beiträge; ein Import würde leere Beiträge anlegen. Importiere stattdessen den Export pro Beitrag (oder die tägliche Overview.csv).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="518" />
            <source>This is a Meta Business Suite per-metric file (a Date and a Primary column: one account figure per day, e.g. Views or Reach), not posts. Export Content → Posts (Export data → CSV) instead.</source>
            <translation>Das ist eine Meta-Business-Suite-Datei pro Kennzahl (eine Spalte Date und eine Spalte Primary: eine Kontozahl pro Tag, z. B. Aufrufe oder Reichweite), keine Beiträge. Exportiere stattdessen Content → Posts (Export data → CSV).</translation>
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
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="706" />
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
            <location filename="../../microcomm_desktop/domain/promise.py" line="232" />
            <source>This is the place where {who} get {outcome} through {format}.</source>
            <comment>plural who</comment>
            <translation>Das ist der Ort für {who}: {outcome} durch {format}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="236" />
            <source>This is the place where {who} gets {outcome} through {format}.</source>
            <comment>singular who</comment>
            <translation>Das ist der Ort für {who}: {outcome} durch {format}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="260" />
            <source>Say who it is for, e.g. “runners” or “indie skincare fans”.</source>
            <translation>Sag, für wen es ist, z. B. „Läufer“ oder „Fans von Indie-Hautpflege“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="268" />
            <source>“{who}” could be anyone: name the group, e.g. “new runners over 40”.</source>
            <translation>„{who}“ könnte jeder sein: Nenne die Gruppe, z. B. „Laufeinsteiger über 40“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="277" />
            <source>Say what they get, e.g. “a weekly 20-minute mobility routine”.</source>
            <translation>Sag, was sie bekommen, z. B. „eine wöchentliche 20-Minuten-Mobilitätsroutine“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="284" />
            <source>The outcome has no number or time frame: make it checkable, e.g. “weekly 20-minute routines”.</source>
            <translation>Das Ergebnis hat weder Zahl noch Zeitraum: Mach es überprüfbar, z. B. „wöchentliche 20-Minuten-Routinen“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="294" />
            <source>Say how it is delivered, e.g. “short videos and a Sunday Q and A”.</source>
            <translation>Sag, wie es geliefert wird, z. B. „kurze Videos und eine Fragerunde am Sonntag“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="305" />
            <source>Write the topic in one line, e.g. “budget travel in Japan”.</source>
            <translation>Schreib das Thema in eine Zeile, z. B. „günstig reisen in Japan“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="311" />
            <source>“{topic}” is broad: narrow it, e.g. “budget travel in Japan” beats “travel”.</source>
            <translation>„{topic}“ ist breit: Grenz es ein, z. B. schlägt „günstig reisen in Japan“ das Thema „Reisen“.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="316" />
            <source>Keep the topic to one short line (under 80 characters).</source>
            <translation>Halte das Thema bei einer kurzen Zeile (unter 80 Zeichen).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/promise.py" line="323" />
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
            <location filename="../../microcomm_desktop/domain/readiness.py" line="44" />
            <source>who</source>
            <translation>wer</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="45" />
            <source>outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="46" />
            <source>format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="54" />
            <source>Promise complete</source>
            <translation>Versprechen vollständig</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="56" />
            <source>Fill the promise slot(s): {slots}.</source>
            <translation>Fülle die Felder des Versprechens aus: {slots}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="59" />
            <source>One primary home</source>
            <translation>Ein Haupt-Zuhause</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="64" />
            <source>Pick where the community lives.</source>
            <translation>Wähle, wo die Community lebt.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/readiness.py" line="73" />
            <source>%n primary homes: keep one in month one.</source>
            <translation>
                <numerusform>%n Haupt-Zuhause: Behalte im ersten Monat eines.</numerusform>
                <numerusform>%n Haupt-Zuhause: Behalte im ersten Monat eines.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="79" />
            <source>Three recurring formats</source>
            <translation>Drei wiederkehrende Formate</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="81" />
            <source>{count} of 3 formats: add {missing} more.</source>
            <translation>{count} von 3 Formaten: Füge noch {missing} hinzu.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="91" />
            <source>rules</source>
            <translation>Regeln</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="92" />
            <source>what to post</source>
            <translation>was man postet</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="93" />
            <source>how to get help</source>
            <translation>wie man Hilfe bekommt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="100" />
            <source>Onboarding written</source>
            <translation>Onboarding geschrieben</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="102" />
            <source>Write the welcome post's {parts}.</source>
            <translation>Schreib im Willkommensbeitrag: {parts}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/readiness.py" line="111" />
            <source>%n ritual(s) scheduled: two weekly rituals is the start (e.g. Tuesday teardown, Friday wins).</source>
            <translation>
                <numerusform>%n Ritual geplant: Der Start sind zwei wöchentliche Rituale (z. B. Teardown am Dienstag, Erfolge am Freitag).</numerusform>
                <numerusform>%n Rituale geplant: Der Start sind zwei wöchentliche Rituale (z. B. Teardown am Dienstag, Erfolge am Freitag).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="118" />
            <source>Two rituals scheduled</source>
            <translation>Zwei Rituale geplant</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="123" />
            <source>Schedule rituals, then write five prompts for each.</source>
            <translation>Plane Rituale und schreib dann fünf Impulse für jedes.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="126" />
            <source>{ritual}: {count} of {needed}</source>
            <translation>{ritual}: {count} von {needed}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="131" />
            <source>Five prompts per ritual</source>
            <translation>Fünf Impulse pro Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="135" />
            <source>Disclosure line set</source>
            <translation>Werbehinweis festgelegt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="137" />
            <source>Add the line you use to disclose paid or gifted endorsements (e.g. “#ad — paid by …”).</source>
            <translation>Füge den Werbehinweis hinzu, mit dem du bezahlte oder geschenkte Empfehlungen kennzeichnest (z. B. „#Werbung – bezahlt von …“).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="147" />
            <source>Response SLA set</source>
            <translation>Antwort-SLA festgelegt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="149" />
            <source>Set the reply window and how many first comments count.</source>
            <translation>Lege das Antwortfenster fest und wie viele erste Kommentare zählen.</translation>
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
            <location filename="../../microcomm_desktop/services/context.py" line="257" />
            <source>The data file {path} is damaged: {reason}.</source>
            <translation>Die Datendatei {path} ist beschädigt: {reason}.</translation>
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
        <name>services.importing</name>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="102" />
            <source>{name} is {size} MB; split it into files under 512 MB.</source>
            <translation>{name} ist {size} MB groß; teile sie in Dateien unter 512 MB auf.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="109" />
            <source>Cannot read {path}: {reason}.</source>
            <translation>{path} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="139" />
            <source>Give the preset a name.</source>
            <translation>Gib der Vorlage einen Namen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="142" />
            <source>{name} is a built-in preset name; pick another.</source>
            <translation>{name} ist der Name einer eingebauten Vorlage; wähle einen anderen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="238" />
            <source>column {number}</source>
            <translation>Spalte {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="242" />
            <source>{first} and {second}</source>
            <translation>{first} und {second}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="247" />
            <source>day/month</source>
            <translation>Tag/Monat</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="248" />
            <source>month/day</source>
            <translation>Monat/Tag</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="254" />
            <source>Dates in {column} are read {order} for the whole column ({evidence} settles it).</source>
            <translation>Datumsangaben in {column} werden für die ganze Spalte als {order} gelesen ({evidence} entscheidet es).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="264" />
            <source>Dates in {column} are read {order}, as {source} writes them.</source>
            <translation>Datumsangaben in {column} werden als {order} gelesen, so wie {source} sie schreibt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="271" />
            <source>Dates in {column} read both ways (day/month or month/day) and no date in the column settles it: choose the date order (wizard: Dates; CLI: --date-order dmy or mdy).</source>
            <translation>Datumsangaben in {column} lassen sich in beide Richtungen lesen (Tag/Monat oder Monat/Tag), und kein Datum in der Spalte entscheidet es: Wähle die Datumsreihenfolge (Assistent: Datumsangaben; CLI: --date-order dmy oder mdy).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="279" />
            <source>{column} mixes both orders: {conflict} contradicts {evidence}; rows that do not fit the column's order are refused.</source>
            <translation>{column} mischt beide Reihenfolgen: {conflict} widerspricht {evidence}; Zeilen, die nicht zur Reihenfolge der Spalte passen, werden abgelehnt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="287" />
            <source>You chose {chosen} but {evidence} in {column} can only be {order}; rows that do not fit are refused.</source>
            <translation>Du hast {chosen} gewählt, aber {evidence} in {column} kann nur {order} sein; Zeilen, die nicht passen, werden abgelehnt.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="323" />
            <source>Numbers in this file are written European style (1.234 = one thousand two hundred thirty-four).</source>
            <translation>Zahlen in dieser Datei sind europäisch geschrieben (1.234 = eintausendzweihundertvierunddreißig).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="376" />
            <source>No preset named {name}. Presets: {names}.</source>
            <translation>Keine Vorlage namens {name}. Vorlagen: {names}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="436" />
            <source>%n row(s) in {years} {how}</source>
            <translation>
                <numerusform>%n Zeile in {years} {how}</numerusform>
                <numerusform>%n Zeilen in {years} {how}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="440" />
            <source>Dates without a year: {parts}. Use --year (wizard: Year) to choose another year.</source>
            <translation>Datumsangaben ohne Jahr: {parts}. Mit --year (Assistent: Jahr) wählst du ein anderes Jahr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="448" />
            <source>from the TikTok video ids (creation time)</source>
            <translation>aus den TikTok-Video-IDs (Erstellungszeit)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="450" />
            <source>as consecutive days ending at the most recent past date</source>
            <translation>als aufeinanderfolgende Tage bis zum jüngsten vergangenen Datum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="452" />
            <source>as the most recent past date (import day {today})</source>
            <translation>als jüngstes vergangenes Datum (Importtag {today})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="453" />
            <source>as you chose</source>
            <translation>wie von dir gewählt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="469" />
            <source>No field {name}. Fields: {fields}.</source>
            <translation>Kein Feld {name}. Felder: {fields}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="487" />
            <source>No column {name} in this file. Columns: {columns}.</source>
            <translation>Keine Spalte {name} in dieser Datei. Spalten: {columns}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="529" />
            <source>Would insert {inserted}, would update {updated}, skipped {skipped}, rejected {rejected} of %n row(s).</source>
            <translation>
                <numerusform>Würde {inserted} einfügen, {updated} aktualisieren, {skipped} überspringen und {rejected} ablehnen – von %n Zeile.</numerusform>
                <numerusform>Würde {inserted} einfügen, {updated} aktualisieren, {skipped} überspringen und {rejected} ablehnen – von %n Zeilen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="537" />
            <source>Inserted {inserted}, updated {updated}, skipped {skipped}, rejected {rejected} of %n row(s).</source>
            <translation>
                <numerusform>{inserted} eingefügt, {updated} aktualisiert, {skipped} übersprungen, {rejected} abgelehnt – von %n Zeile.</numerusform>
                <numerusform>{inserted} eingefügt, {updated} aktualisiert, {skipped} übersprungen, {rejected} abgelehnt – von %n Zeilen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="550" />
            <source>Cancelled: nothing was written. {summary}</source>
            <translation>Abgebrochen: Nichts wurde geschrieben. {summary}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="552" />
            <source>Dry run: nothing was written. {summary}</source>
            <translation>Probelauf: Nichts wurde geschrieben. {summary}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="554" />
            <source>Nothing was written because some rows were rejected (use skip-bad to import the rest). {summary}</source>
            <translation>Nichts wurde geschrieben, weil einige Zeilen abgelehnt wurden (mit skip-bad importierst du den Rest). {summary}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="569" />
            <source>Themes: set on %n post(s).</source>
            <translation>
                <numerusform>Themen: bei %n Beitrag gesetzt.</numerusform>
                <numerusform>Themen: bei %n Beiträgen gesetzt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="571" />
            <source>Themes: would set on %n post(s).</source>
            <translation>
                <numerusform>Themen: würden bei %n Beitrag gesetzt.</numerusform>
                <numerusform>Themen: würden bei %n Beiträgen gesetzt.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="573" />
            <source>; new themes: {themes}.</source>
            <translation>; neue Themen: {themes}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="581" />
            <source>line {line}: skipped: {reason}</source>
            <translation>Zeile {line}: übersprungen: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="585" />
            <source>line {line}: rejected: {reason}</source>
            <translation>Zeile {line}: abgelehnt: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="589" />
            <source>line {line}: warning: {reason}</source>
            <translation>Zeile {line}: Warnung: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="621" />
            <source>That workspace no longer exists.</source>
            <translation>Diesen Arbeitsbereich gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="647" />
            <location filename="../../microcomm_desktop/services/importing.py" line="881" />
            <location filename="../../microcomm_desktop/services/importing.py" line="1138" />
            <source>map a column to: {fields}</source>
            <translation>ordne eine Spalte zu: {fields}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="697" />
            <source>Date/time: {when} is out of range.</source>
            <translation>Datum/Uhrzeit: {when} liegt außerhalb des Bereichs.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="722" />
            <location filename="../../microcomm_desktop/services/importing.py" line="732" />
            <source>the same post appears again; this later row wins</source>
            <translation>derselbe Beitrag kommt noch einmal vor; diese spätere Zeile gilt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="827" />
            <source>{field} would change from {before} to {after} on the stored post — check that this file covers the same period (a daily file or a shorter date range gives smaller numbers).</source>
            <translation>{field} würde sich beim gespeicherten Beitrag von {before} auf {after} ändern – prüfe, ob diese Datei denselben Zeitraum abdeckt (eine Tagesdatei oder ein kürzerer Zeitraum ergibt kleinere Zahlen).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="928" />
            <source>Post: no post with id or link {ref} in this workspace (import posts first).</source>
            <translation>Beitrag: kein Beitrag mit ID oder Link {ref} in diesem Arbeitsbereich (importiere zuerst die Beiträge).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="944" />
            <source>id {id} appears twice in the file; the later row is skipped</source>
            <translation>ID {id} kommt zweimal in der Datei vor; die spätere Zeile wird übersprungen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="961" />
            <source>Timestamp: {when} is out of range.</source>
            <translation>Zeitpunkt: {when} liegt außerhalb des Bereichs.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="1015" />
            <source>parent {parent} not found; the message starts its own thread</source>
            <translation>übergeordnete Nachricht {parent} nicht gefunden; die Nachricht beginnt einen eigenen Thread</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="1173" />
            <source>@{handle} on {platform} appears again; this later row wins</source>
            <translation>@{handle} auf {platform} kommt noch einmal vor; diese spätere Zeile gilt</translation>
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
            <location filename="../../microcomm_desktop/services/promise.py" line="197" />
            <source>Enter a whole number of at least 1.</source>
            <translation>Gib eine ganze Zahl ab 1 ein.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="213" />
            <source>Rules</source>
            <translation>Regeln</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="214" />
            <source>What to post</source>
            <translation>Was posten</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="215" />
            <source>How to get help</source>
            <translation>Wie man Hilfe bekommt</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="242" />
            <source>Unknown home kind {kind}.</source>
            <translation>Unbekannte Art von Zuhause {kind}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="297" />
            <location filename="../../microcomm_desktop/services/promise.py" line="319" />
            <source>Give the format a name.</source>
            <translation>Gib dem Format einen Namen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="299" />
            <source>Keep the name under 120 characters.</source>
            <translation>Halte den Namen unter 120 Zeichen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="412" />
            <source>Write the prompt text.</source>
            <translation>Schreib den Text des Impulses.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="414" />
            <source>Keep a prompt under 500 characters.</source>
            <translation>Halte einen Impuls unter 500 Zeichen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="416" />
            <source>Pick a rung: {rungs}.</source>
            <translation>Wähle eine Stufe: {rungs}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="498" />
            <source>That prompt no longer exists.</source>
            <translation>Diesen Impuls gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="500" />
            <source>That post no longer exists.</source>
            <translation>Diesen Beitrag gibt es nicht mehr.</translation>
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
            <location filename="../../microcomm_desktop/services/workspaces.py" line="83" />
            <source>No workspace named {name}. See: microcomm workspace list</source>
            <translation>Kein Arbeitsbereich namens {name}. Siehe: microcomm workspace list</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="100" />
            <source>A workspace needs a name.</source>
            <translation>Ein Arbeitsbereich braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="102" />
            <source>Keep the workspace name under 120 characters.</source>
            <translation>Halte den Namen des Arbeitsbereichs unter 120 Zeichen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="116" />
            <location filename="../../microcomm_desktop/services/workspaces.py" line="249" />
            <source>A workspace named {name} already exists.</source>
            <translation>Es gibt schon einen Arbeitsbereich namens {name}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="130" />
            <location filename="../../microcomm_desktop/services/workspaces.py" line="222" />
            <location filename="../../microcomm_desktop/services/workspaces.py" line="245" />
            <source>That workspace no longer exists.</source>
            <translation>Diesen Arbeitsbereich gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="134" />
            <source>The ER definition is 'reach' or 'impressions'.</source>
            <translation>Die ER-Definition ist 'reach' oder 'impressions'.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="171" />
            <source>{text}: the platform before ':' is a word such as instagram or youtube.</source>
            <translation>{text}: Die Plattform vor ':' ist ein Wort wie instagram oder youtube.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="178" />
            <source>{text}: type a handle, e.g. @yourname or instagram:@yourname.</source>
            <translation>{text}: Gib ein Handle ein, z. B. @deinname oder instagram:@deinname.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="184" />
            <source>{text}: a handle has no spaces.</source>
            <translation>{text}: Ein Handle hat keine Leerzeichen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="188" />
            <source>{text}: a handle is at most 120 characters.</source>
            <translation>{text}: Ein Handle hat höchstens 120 Zeichen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="265" />
            <source>Unknown time zone {zone}: use a name such as Europe/Berlin or America/New_York.</source>
            <translation>Unbekannte Zeitzone {zone}: Nutze einen Namen wie Europe/Berlin oder America/New_York.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="353" />
            <source>Deleting a workspace on a team server is not available yet: the app cannot take its safety copy there. Export it first (microcomm workspace export NAME -o FILE), then ask the server's administrator to remove it.</source>
            <translation>Einen Arbeitsbereich auf einem Team-Server zu löschen ist noch nicht möglich: Die App kann dort keine Sicherheitskopie anlegen. Exportiere ihn zuerst (microcomm workspace export NAME -o DATEI) und bitte dann die Administration des Servers, ihn zu entfernen.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="388" />
            <source>A workspace named {name} exists again; rename it first, then undo the deletion.</source>
            <translation>Es gibt wieder einen Arbeitsbereich namens {name}; benenne ihn zuerst um und mach dann das Löschen rückgängig.</translation>
        </message>
    </context>
    <context>
        <name>store.db</name>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="70" />
            <source>'{url}' is not a database URL; write it like postgresql://user@host/database.</source>
            <translation>'{url}' ist keine Datenbank-URL; schreib sie wie postgresql://user@host/database.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="76" />
            <source>MicroComm's team server is PostgreSQL; '{backend}' URLs are not supported (a local SQLite file is chosen with --data-dir).</source>
            <translation>Der Team-Server von MicroComm ist PostgreSQL; '{backend}'-URLs werden nicht unterstützt (eine lokale SQLite-Datei wählst du mit --data-dir).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="84" />
            <source>The database URL names no database; add it after the host: postgresql://host/NAME.</source>
            <translation>Die Datenbank-URL nennt keine Datenbank; füge sie nach dem Host an: postgresql://host/NAME.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="307" />
            <source>Another import or edit has been writing to this data for over {seconds} s; nothing was changed. Try again when it has finished.</source>
            <translation>Ein anderer Import oder eine Bearbeitung schreibt seit über {seconds} s in diese Daten; nichts wurde geändert. Versuche es erneut, wenn es fertig ist.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="332" />
            <source>Another member's import or edit has been writing to this workspace for over {seconds} s; nothing was changed. Try again when it has finished.</source>
            <translation>Der Import oder die Bearbeitung eines anderen Mitglieds schreibt seit über {seconds} s in diesen Arbeitsbereich; nichts wurde geändert. Versuche es erneut, wenn es fertig ist.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="382" />
            <source>Not saved: {problem}</source>
            <translation>Nicht gespeichert: {problem}</translation>
        </message>
    </context>
    <context>
        <name>store.files</name>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="45" />
            <source>MicroComm cannot open its data file {path}: {reason}. Nothing was changed.</source>
            <translation>MicroComm kann seine Datendatei {path} nicht öffnen: {reason}. Nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="48" />
            <source>MicroComm cannot open its data file {path}: {reason}. Nothing was changed. Check the folder's permissions and free disk space.</source>
            <translation>MicroComm kann seine Datendatei {path} nicht öffnen: {reason}. Nichts wurde geändert. Prüfe die Berechtigungen des Ordners und den freien Speicherplatz.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="60" />
            <source>The data file {path} is empty (0 bytes).</source>
            <translation>Die Datendatei {path} ist leer (0 Byte).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="65" />
            <source>The data file {path} is not a MicroComm database (it is not SQLite).</source>
            <translation>Die Datendatei {path} ist keine MicroComm-Datenbank (sie ist kein SQLite).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="99" />
            <location filename="../../microcomm_desktop/store/files.py" line="103" />
            <location filename="../../microcomm_desktop/store/files.py" line="108" />
            <source>The data file {path} is damaged: {reason}.</source>
            <translation>Die Datendatei {path} ist beschädigt: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="134" />
            <source>The disk is full ({free} MB free): the change was not saved and your data is unchanged. Free some space, then try again.</source>
            <translation>Der Datenträger ist voll ({free} MB frei): Die Änderung wurde nicht gespeichert, deine Daten sind unverändert. Schaffe etwas Platz und versuche es dann erneut.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="154" />
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