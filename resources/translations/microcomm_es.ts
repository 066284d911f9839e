<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
    <context>
        <name>BulkTagCommand</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="62" />
            <source>tag %n post(s)</source>
            <translation>
                <numerusform>etiquetar %n publicación</numerusform>
                <numerusform>etiquetar %n publicaciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkTagDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="94" />
            <source>Tag posts</source>
            <translation>Etiquetar publicaciones</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="97" />
            <source>Add or remove themes on the &lt;b&gt;%n&lt;/b&gt; selected post(s). Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Añade o quita temas en la &lt;b&gt;%n&lt;/b&gt; publicación seleccionada. Deshaz con Ctrl+Z.</numerusform>
                <numerusform>Añade o quita temas en las &lt;b&gt;%n&lt;/b&gt; publicaciones seleccionadas. Deshaz con Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="101" />
            <source>Tick the themes to take off the selected posts</source>
            <translation>Marca los temas que quieres quitar de las publicaciones seleccionadas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="104" />
            <source>{theme}  ({count} of {total})</source>
            <translation>{theme}  ({count} de {total})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="110" />
            <source>The selected posts carry no themes yet.</source>
            <translation>Las publicaciones seleccionadas aún no tienen temas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="117" />
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="121" />
            <source>Add themes:</source>
            <translation>Añadir temas:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="122" />
            <source>Remove themes:</source>
            <translation>Quitar temas:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="142" />
            <source>Select at least one post first.</source>
            <translation>Selecciona primero al menos una publicación.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="145" />
            <source>Add a theme or tick one to remove.</source>
            <translation>Añade un tema o marca uno para quitarlo.</translation>
        </message>
    </context>
    <context>
        <name>CalendarFiles</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="39" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="60" />
            <source>Export calendar</source>
            <translation>Exportar calendario</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="41" />
            <source>Calendar (*.ics)</source>
            <translation>Calendario (*.ics)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="51" />
            <source>Export failed</source>
            <translation>La exportación falló</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="54" />
            <source>%n calendar entries written to {path}</source>
            <translation>
                <numerusform>%n entrada de calendario escrita en {path}</numerusform>
                <numerusform>%n entradas de calendario escritas en {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="68" />
            <source>Import a calendar file</source>
            <translation>Importar un archivo de calendario</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="70" />
            <source>Calendar (*.ics);;All files (*)</source>
            <translation>Calendario (*.ics);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="86" />
            <source>Import failed</source>
            <translation>La importación falló</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="93" />
            <source>Import calendar {name}</source>
            <translation>Importar calendario {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="103" />
            <source>Import calendar — {name}</source>
            <translation>Importar calendario — {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="120" />
            <source>Nothing else to report.</source>
            <translation>No hay nada más que informar.</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/calendar_view.py" line="45" />
            <source>Previous (PageUp)</source>
            <translation>Anterior (RePág)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/calendar_view.py" line="47" />
            <source>Next (PageDown)</source>
            <translation>Siguiente (AvPág)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/calendar_view.py" line="48" />
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/calendar_view.py" line="49" />
            <source>Home</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/calendar_view.py" line="50" />
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/calendar_view.py" line="51" />
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/calendar_view.py" line="97" />
            <source>Week {number}: {start} – {end}</source>
            <translation>Semana {number}: {start} – {end}</translation>
        </message>
    </context>
    <context>
        <name>CalibrateDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="144" />
            <source>Calibrate benchmark bands from your own data</source>
            <translation>Calibrar los rangos de referencia con tus propios datos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="148" />
            <source>Learn from my last</source>
            <translation>Aprender de mis últimos</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="151" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="156" />
            <source>Start from the niche defaults</source>
            <translation>Empezar con los valores por defecto del nicho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="158" />
            <source>Fill every band with its niche default (ticked); apply to go back to them</source>
            <translation>Rellena cada rango con el valor por defecto del nicho (marcado); aplica para volver a ellos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="164" />
            <source>Proposed band = the middle half (25th to 75th percentile) of your own values: per post for ER, saves and replies per 1,000 reach; per week for the returning share. Tick the bands to use; they apply to this workspace only, and Edit › Undo puts the earlier bands back. Double-click a proposed band to type your own (e.g. 6–15).</source>
            <translation>Rango propuesto = la mitad central (percentil 25 a 75) de tus propios valores: por publicación para la ER, los guardados y las respuestas por cada 1.000 de alcance; por semana para la proporción de participantes recurrentes. Marca los rangos que quieres usar; se aplican solo a este espacio de trabajo, y Edición › Deshacer restaura los rangos anteriores. Haz doble clic en un rango propuesto para escribir el tuyo (p. ej., 6–15).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="189" />
            <source>Apply ticked bands</source>
            <translation>Aplicar los rangos marcados</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="204" />
            <source>In use: bands calibrated on {date} from the last %n day(s).</source>
            <translation>
                <numerusform>En uso: rangos calibrados el {date} con el último %n día.</numerusform>
                <numerusform>En uso: rangos calibrados el {date} con los últimos %n días.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="208" />
            <source>In use: the niche defaults (no calibration applied).</source>
            <translation>En uso: los valores por defecto del nicho (sin calibración aplicada).</translation>
        </message>
    </context>
    <context>
        <name>ChatImportDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="50" />
            <source>Detect from the file</source>
            <translation>Detectar a partir del archivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="51" />
            <source>Discord (DiscordChatExporter JSON or CSV)</source>
            <translation>Discord (JSON o CSV de DiscordChatExporter)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="52" />
            <source>Telegram (Telegram Desktop result.json)</source>
            <translation>Telegram (result.json de Telegram Desktop)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="53" />
            <source>WhatsApp (Export chat .txt or .zip)</source>
            <translation>WhatsApp («Exportar chat» .txt o .zip)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="54" />
            <source>Slack (workspace export folder or .zip)</source>
            <translation>Slack (carpeta de exportación del workspace o .zip)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="57" />
            <source>Decide from the whole file</source>
            <translation>Decidir a partir de todo el archivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="58" />
            <source>Day/month (31/12/20)</source>
            <translation>Día/mes (31/12/20)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="59" />
            <source>Month/day (12/31/20)</source>
            <translation>Mes/día (12/31/20)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="134" />
            <source>Import chat export</source>
            <translation>Importar exportación de chat</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="139" />
            <source>Who spoke, when and to whom, from the export your community's home gives you: each message becomes an interaction by its author; replies keep their thread; direct messages count as DMs. System messages and bots are skipped; your own handles are kept for response times but are never engagers. Importing an overlapping export again adds only the new messages.</source>
            <translation>Quién habló, cuándo y con quién, a partir de la exportación que te da la plataforma de tu comunidad: cada mensaje se convierte en una interacción de su autor; las respuestas conservan su hilo; los mensajes directos cuentan como DM. Los mensajes del sistema y los bots se omiten; tus propios usuarios se guardan para los tiempos de respuesta, pero nunca son participantes. Importar de nuevo una exportación que se solapa solo añade los mensajes nuevos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="151" />
            <source>a .json, .csv, .txt or .zip file, or a Slack export folder</source>
            <translation>un archivo .json, .csv, .txt o .zip, o una carpeta de exportación de Slack</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="154" />
            <source>File…</source>
            <translation>Archivo…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="157" />
            <source>Folder…</source>
            <translation>Carpeta…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="158" />
            <source>A Slack export unpacked into a folder</source>
            <translation>Una exportación de Slack descomprimida en una carpeta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="161" />
            <source>Export:</source>
            <translation>Exportación:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="166" />
            <source>Format:</source>
            <translation>Formato:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="172" />
            <source>WhatsApp dates like 03/04/26: the app decides once for the whole file (a number above 12, or the order under which the dates run forwards); choose here to override.</source>
            <translation>Fechas de WhatsApp como 03/04/26: la app decide una vez para todo el archivo (un número mayor que 12, o el orden en el que las fechas avanzan); elige aquí para cambiarlo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="176" />
            <source>WhatsApp dates:</source>
            <translation>Fechas de WhatsApp:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="177" />
            <source>Keep the message text (off: only who, when and to whom is stored)</source>
            <translation>Conservar el texto de los mensajes (desactivado: solo se guarda quién, cuándo y a quién)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="192" />
            <source>Cancel import</source>
            <translation>Cancelar la importación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="198" />
            <source>Choose the export, then Check to see what it holds, or Import.</source>
            <translation>Elige la exportación y luego Comprobar para ver qué contiene, o Importar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="207" />
            <source>Check (dry run)</source>
            <translation>Comprobar (simulación)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="210" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="214" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="225" />
            <source>Chat export</source>
            <translation>Exportación de chat</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="225" />
            <source>Chat exports (*.json *.csv *.txt *.zip);;All files (*)</source>
            <translation>Exportaciones de chat (*.json *.csv *.txt *.zip);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="231" />
            <source>Slack export folder</source>
            <translation>Carpeta de exportación de Slack</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="249" />
            <source>{path} does not exist.</source>
            <translation>{path} no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="251" />
            <source>Choose the export file or folder.</source>
            <translation>Elige el archivo o la carpeta de exportación.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="281" />
            <source>Cancelling… rolling back.</source>
            <translation>Cancelando… deshaciendo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="300" />
            <source>Nothing was imported.</source>
            <translation>No se importó nada.</translation>
        </message>
    </context>
    <context>
        <name>ChatImportWorker</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="91" />
            <source>Reading {file}…</source>
            <translation>Leyendo {file}…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="99" />
            <source>Checking %Ln message(s)…</source>
            <translation>
                <numerusform>Comprobando %Ln mensaje…</numerusform>
                <numerusform>Comprobando %Ln mensajes…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="101" />
            <source>Importing %Ln message(s)…</source>
            <translation>
                <numerusform>Importando %Ln mensaje…</numerusform>
                <numerusform>Importando %Ln mensajes…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="103" />
            <source>(one transaction: Cancel leaves your data exactly as before)</source>
            <translation>(una sola transacción: Cancelar deja tus datos exactamente como estaban)</translation>
        </message>
    </context>
    <context>
        <name>DealFormDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="48" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="49" />
            <source>Qty</source>
            <translation>Cant.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="50" />
            <source>Timing</source>
            <translation>Calendario</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="51" />
            <source>Call to action</source>
            <translation>Llamada a la acción</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="52" />
            <source>Unit price</source>
            <translation>Precio unitario</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="53" />
            <source>Linked posts</source>
            <translation>Publicaciones vinculadas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="99" />
            <source>Edit deal</source>
            <translation>Editar acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="99" />
            <source>New deal</source>
            <translation>Nuevo acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="107" />
            <source>e.g. TrailFlex Socks</source>
            <translation>p. ej., TrailFlex Socks</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="110" />
            <source>e.g. 4-week series</source>
            <translation>p. ej., serie de 4 semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="112" />
            <source>(no linked creator)</source>
            <translation>(sin creador vinculado)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="117" />
            <source>Link the deal to a creator in the Creators roster (optional)</source>
            <translation>Vincula el acuerdo a un creador de la lista de creadores (opcional)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="119" />
            <source>Creator or account name shown on quotes</source>
            <translation>Nombre del creador o de la cuenta que aparece en los presupuestos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="128" />
            <source>Creator fees for all deliverables</source>
            <translation>Honorarios del creador por todos los entregables</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="130" />
            <source>Paid media spend on top of the fee</source>
            <translation>Gasto en medios pagados además del honorario</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="132" />
            <source>&amp;Brand</source>
            <translation>&amp;Marca</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="133" />
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="134" />
            <source>Creator (roster)</source>
            <translation>Creador (lista)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="135" />
            <source>Creator &amp;name</source>
            <translation>&amp;Nombre del creador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="136" />
            <source>&amp;Status</source>
            <translation>&amp;Estado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="137" />
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="138" />
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="139" />
            <source>Quote valid until</source>
            <translation>Presupuesto válido hasta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="140" />
            <source>Creator &amp;fees</source>
            <translation>&amp;Honorarios del creador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="141" />
            <source>Paid &amp;media</source>
            <translation>Medios &amp;pagados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="144" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="145" />
            <source>Deal</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="159" />
            <source>&amp;Add deliverable</source>
            <translation>&amp;Añadir entregable</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="161" />
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="163" />
            <source>&amp;Link posts…</source>
            <translation>&amp;Vincular publicaciones…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="164" />
            <source>Pick the logged posts that carried the selected deliverable</source>
            <translation>Elige las publicaciones registradas que cumplieron el entregable seleccionado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="175" />
            <source>Priced quote lines kept with this deal: {lines}</source>
            <translation>Líneas de presupuesto con precio guardadas con este acuerdo: {lines}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="178" />
            <source>Deliverables</source>
            <translation>Entregables</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="193" />
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="193" />
            <source>Agreed test budget for whitelisted ads</source>
            <translation>Presupuesto de prueba acordado para anuncios con whitelisting</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="197" />
            <source>Test budget</source>
            <translation>Presupuesto de prueba</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="199" />
            <source>e.g. #ad Paid partnership with …</source>
            <translation>p. ej., #publicidad Colaboración pagada con …</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="200" />
            <source>Endorsements with a material connection must be disclosed clearly</source>
            <translation>Las recomendaciones con un vínculo comercial deben indicarse con claridad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="201" />
            <source>Disclosure</source>
            <translation>Aviso publicitario</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="202" />
            <source>Disclosure line</source>
            <translation>Texto del aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="203" />
            <source>Terms</source>
            <translation>Condiciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="208" />
            <source>Total impressions once live</source>
            <translation>Impresiones totales una vez publicado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="209" />
            <source>Video views</source>
            <translation>Visualizaciones del vídeo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="210" />
            <source>Purchases / conversions</source>
            <translation>Compras / conversiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="211" />
            <source>Revenue attributed to the deal</source>
            <translation>Ingresos atribuidos al acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="224" />
            <source>Impressions</source>
            <translation>Impresiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="225" />
            <source>Views</source>
            <translation>Visualizaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="226" />
            <source>Conversions</source>
            <translation>Conversiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="227" />
            <source>Revenue</source>
            <translation>Ingresos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="233" />
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="288" />
            <source>Select the row and press Link posts…</source>
            <translation>Selecciona la fila y pulsa Vincular publicaciones…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="307" />
            <source>Select a deliverable first, then link its posts.</source>
            <translation>Selecciona primero un entregable y luego vincula sus publicaciones.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="332" />
            <source>Deliverable {row}: quantity must be a whole number (got “{text}”).</source>
            <translation>Entregable {row}: la cantidad debe ser un número entero (se escribió «{text}»).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="338" />
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="343" />
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="345" />
            <source>Deliverable {row}: {problem}</source>
            <translation>Entregable {row}: {problem}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="340" />
            <source>Deliverable {row}: name the format (e.g. short video).</source>
            <translation>Entregable {row}: indica el formato (p. ej., vídeo corto).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="342" />
            <source>The quantity</source>
            <translation>La cantidad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="344" />
            <source>The amount (quantity × price)</source>
            <translation>El importe (cantidad × precio)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="402" />
            <source>Some fields need fixing (marked in red).</source>
            <translation>Hay campos que corregir (marcados en rojo).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="434" />
            <source>from linked posts</source>
            <translation>de las publicaciones vinculadas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="437" />
            <source>conversions too</source>
            <translation>también las conversiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="439" />
            <source>conversions are the typed number</source>
            <translation>las conversiones son el número escrito</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="443" />
            <source>Results come from %Ln linked post(s): {impressions} impressions, {views} views ({conversions}). Typed impressions/views are ignored while posts are linked.</source>
            <translation>
                <numerusform>Los resultados vienen de %Ln publicación vinculada: {impressions} impresiones, {views} visualizaciones ({conversions}). Las impresiones/visualizaciones escritas se ignoran mientras haya publicaciones vinculadas.</numerusform>
                <numerusform>Los resultados vienen de %Ln publicaciones vinculadas: {impressions} impresiones, {views} visualizaciones ({conversions}). Las impresiones/visualizaciones escritas se ignoran mientras haya publicaciones vinculadas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="455" />
            <source>Type the results once the deal is live — or link posts on the Deliverables tab.</source>
            <translation>Escribe los resultados cuando el acuerdo esté publicado, o vincula publicaciones en la pestaña Entregables.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="458" />
            <source>Fix the fee and media amounts to see the figures.</source>
            <translation>Corrige los importes de honorarios y medios para ver las cifras.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="469" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="472" />
            <source>&lt;b&gt;Blended&lt;/b&gt; (cost {cost}): CPM &lt;b&gt;{cpm}&lt;/b&gt; · CPV &lt;b&gt;{cpv}&lt;/b&gt; · CPA &lt;b&gt;{cpa}&lt;/b&gt; · ROAS &lt;b&gt;{roas}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Combinado&lt;/b&gt; (coste {cost}): CPM &lt;b&gt;{cpm}&lt;/b&gt; · CPV &lt;b&gt;{cpv}&lt;/b&gt; · CPA &lt;b&gt;{cpa}&lt;/b&gt; · ROAS &lt;b&gt;{roas}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="489" />
            <source>Not saved: {error}</source>
            <translation>No se guardó: {error}</translation>
        </message>
    </context>
    <context>
        <name>DealPostsDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="33" />
            <source>Link posts to this deliverable</source>
            <translation>Vincular publicaciones a este entregable</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="38" />
            <source>Tick the posts that delivered it. Their impressions and views (and conversions, when logged) replace the numbers typed into the deal.</source>
            <translation>Marca las publicaciones que lo cumplieron. Sus impresiones y visualizaciones (y conversiones, si se registraron) sustituyen los números escritos en el acuerdo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="45" />
            <source>Filter by date, title or format…</source>
            <translation>Filtrar por fecha, título o formato…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="51" />
            <source>{date}  {title}  [{format}]  %Ln impression(s)</source>
            <translation>
                <numerusform>{date}  {title}  [{format}]  %Ln impresión</numerusform>
                <numerusform>{date}  {title}  [{format}]  %Ln impresiones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="52" />
            <source>(untitled)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="60" />
            <source>No posts logged yet — add them in the Posts tab, then link them here.</source>
            <translation>Aún no hay publicaciones registradas: añádelas en la pestaña Publicaciones y luego vincúlalas aquí.</translation>
        </message>
    </context>
    <context>
        <name>DecisionCommand</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="140" />
            <source>log decision</source>
            <translation>registrar decisión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="167" />
            <source>edit decision</source>
            <translation>editar decisión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="184" />
            <source>delete decision</source>
            <translation>eliminar decisión</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="49" />
            <source>Edit decision</source>
            <translation>Editar decisión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="49" />
            <source>Log a decision</source>
            <translation>Registrar una decisión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="54" />
            <source>The week the decision rests on (snapped to the workspace's week start)</source>
            <translation>La semana en la que se basa la decisión (ajustada al inicio de semana del espacio de trabajo)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="62" />
            <source>measured on… e.g. format: carousel</source>
            <translation>medido en… p. ej., formato: carrusel</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="64" />
            <source>e.g. Dropped the carousel format: saves/1k fell 3 weeks in a row.</source>
            <translation>p. ej., Dejamos el formato carrusel: los guardados/1k bajaron 3 semanas seguidas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="75" />
            <source>Week of:</source>
            <translation>Semana del:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="76" />
            <source>Rests on:</source>
            <translation>Se basa en:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="77" />
            <source>Measured on:</source>
            <translation>Medido en:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="78" />
            <source>Decision:</source>
            <translation>Decisión:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="80" />
            <source>One content decision per week, tied to the number it rests on.</source>
            <translation>Una decisión de contenido por semana, ligada al número en el que se basa.</translation>
        </message>
    </context>
    <context>
        <name>DiscardGuard</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/discard_guard.py" line="48" />
            <source>Discard what you typed in this form?</source>
            <translation>¿Descartar lo que escribiste en este formulario?</translation>
        </message>
    </context>
    <context>
        <name>DisclosureChecksDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="89" />
            <source>Not checked</source>
            <translation>Sin comprobar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="90" />
            <source>Yes, line present</source>
            <translation>Sí, el aviso está</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="91" />
            <source>No, missing</source>
            <translation>No, falta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="102" />
            <source>Disclosure spot-checks</source>
            <translation>Comprobaciones del aviso publicitario</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="111" />
            <source>Open each sponsored post and confirm the disclosure line is there, clearly and conspicuously: {line}.</source>
            <translation>Abre cada publicación patrocinada y confirma que el aviso publicitario aparece de forma clara y visible: {line}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="116" />
            <source>Open each sponsored post and confirm the disclosure line is there, clearly and conspicuously (this deal has no disclosure line written down yet).</source>
            <translation>Abre cada publicación patrocinada y confirma que el aviso publicitario aparece de forma clara y visible (este acuerdo aún no tiene un aviso publicitario anotado).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="121" />
            <source>A yes or no is dated today; “Not checked” clears a check.</source>
            <translation>Un sí o un no lleva la fecha de hoy; «Sin comprobar» borra una comprobación.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="128" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="128" />
            <source>Post</source>
            <translation>Publicación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="128" />
            <source>Disclosure line present?</source>
            <translation>¿Aparece el aviso?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="128" />
            <source>Checked on</source>
            <translation>Comprobado el</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="135" />
            <source>(untitled)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="148" />
            <source>No posts are linked to this deal yet: link them in Edit… › deliverables first.</source>
            <translation>Aún no hay publicaciones vinculadas a este acuerdo: vincúlalas primero en Editar… › entregables.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="175" />
            <source>{carried} of %Ln checked post(s) carried the line</source>
            <translation>
                <numerusform>Aviso presente en {carried} de %Ln publicación comprobada</numerusform>
                <numerusform>Aviso presente en {carried} de %Ln publicaciones comprobadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="181" />
            <source>{carried}; %Ln not checked.</source>
            <translation>
                <numerusform>{carried}; %Ln sin comprobar.</numerusform>
                <numerusform>{carried}; %Ln sin comprobar.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditConflictDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="41" />
            <source>Changed by another member</source>
            <translation>Modificado por otro miembro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="44" />
            <source>Another member</source>
            <translation>Otro miembro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="47" />
            <source>{who} saved this {what} after you opened it. Nothing was saved yet. Pick which version to keep; the differing fields are highlighted.</source>
            <translation>{who} guardó este elemento ({what}) después de que lo abrieras. Todavía no se guardó nada. Elige qué versión conservar; los campos que difieren están resaltados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="54" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="54" />
            <source>Your version</source>
            <translation>Tu versión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="54" />
            <source>Saved by {who}</source>
            <translation>Guardado por {who}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="80" />
            <source>Keep mine</source>
            <translation>Conservar la mía</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="81" />
            <source>Take {who}'s</source>
            <translation>Usar su versión ({who})</translation>
        </message>
    </context>
    <context>
        <name>EngagerMenu</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="395" />
            <source>Merge another handle into @{handle}…</source>
            <translation>Fusionar otro usuario en @{handle}…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="401" />
            <source>Forget @{handle}…</source>
            <translation>Olvidar a @{handle}…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="431" />
            <source>Merge people</source>
            <translation>Fusionar personas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="432" />
            <source>Pick one of the listed handles to merge.</source>
            <translation>Elige uno de los usuarios de la lista para fusionarlo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="449" />
            <source>Merge @{other} into @{keep}</source>
            <translation>fusionar @{other} en @{keep}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="467" />
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="482" />
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="487" />
            <source>Forget a person</source>
            <translation>Olvidar a una persona</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="468" />
            <source>Erase @{handle} ({platform}) and every interaction they wrote from this workspace? This cannot be undone. The database file is rewritten so future backups do not hold them; the app then tells you which existing backups still do.</source>
            <translation>¿Borrar a @{handle} ({platform}) y todas las interacciones que escribió en este espacio de trabajo? No se puede deshacer. El archivo de la base de datos se reescribe para que las copias futuras no la contengan; después la app te dice qué copias existentes aún la contienen.</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <location filename="../../microcomm_desktop/ui/errors.py" line="107" />
            <source>The details were written to {path}; please include that file if you report this.</source>
            <translation>Los detalles se escribieron en {path}; incluye ese archivo si informas del problema.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/errors.py" line="111" />
            <source>The details were printed to the terminal.</source>
            <translation>Los detalles se mostraron en el terminal.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/errors.py" line="114" />
            <source>Something went wrong: {error}</source>
            <translation>Algo salió mal: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/errors.py" line="118" />
            <source>Your data is safe: every change is saved completely or not at all, so this one may not have been saved.</source>
            <translation>Tus datos están a salvo: cada cambio se guarda completo o no se guarda, así que es posible que este no se haya guardado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/errors.py" line="138" />
            <source>Something went wrong again: {error} (details in the log).</source>
            <translation>Algo volvió a salir mal: {error} (detalles en el registro).</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="35" />
            <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp);;All files (*)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.gif *.bmp);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="77" />
            <source>Add evidence</source>
            <translation>Añadir evidencia</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="92" />
            <source>What happened: the question asked, how many answered, with what specifics</source>
            <translation>Qué pasó: la pregunta hecha, cuántos respondieron y con qué detalles</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="95" />
            <source>The creator asked a question and the audience answered with specifics</source>
            <translation>Quien crea el contenido hizo una pregunta y la audiencia respondió con detalles</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="97" />
            <source>Counts toward the rubric's three question screenshots when a screenshot is attached</source>
            <translation>Cuenta para las tres capturas de preguntas de la rúbrica cuando se adjunta una captura</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="101" />
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="103" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="113" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="114" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="116" />
            <source>Link</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="118" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="127" />
            <source>Screenshot</source>
            <translation>Captura</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="141" />
            <source>Choose a screenshot</source>
            <translation>Elegir una captura</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="149" />
            <source>Drop a screenshot here
(PNG, JPEG, WebP, GIF, BMP)</source>
            <translation>Suelta una captura aquí
(PNG, JPEG, WebP, GIF, BMP)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="163" />
            <source>Checking {file}…</source>
            <translation>Comprobando {file}…</translation>
        </message>
    </context>
    <context>
        <name>ExportRun</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="27" />
            <source>posts</source>
            <translation>publicaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="28" />
            <source>interactions</source>
            <translation>interacciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="29" />
            <source>engagers</source>
            <translation>participantes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="58" />
            <source>The export stopped: {error}</source>
            <translation>La exportación se detuvo: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="94" />
            <source>Exporting {what} to {file}…</source>
            <translation>Exportando {what} a {file}…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="95" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="100" />
            <source>Export to CSV</source>
            <translation>Exportar a CSV</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="118" />
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="130" />
            <source>Exporting {what} to {file}: {done} of %Ln row(s)…</source>
            <translation>
                <numerusform>Exportando {what} a {file}: {done} de %Ln fila…</numerusform>
                <numerusform>Exportando {what} a {file}: {done} de %Ln filas…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="142" />
            <source>Wrote %Ln post(s) to {path}.</source>
            <translation>
                <numerusform>Se escribió %Ln publicación en {path}.</numerusform>
                <numerusform>Se escribieron %Ln publicaciones en {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="143" />
            <source>Wrote %Ln interaction(s) to {path}.</source>
            <translation>
                <numerusform>Se escribió %Ln interacción en {path}.</numerusform>
                <numerusform>Se escribieron %Ln interacciones en {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="144" />
            <source>Wrote %Ln engager(s) to {path}.</source>
            <translation>
                <numerusform>Se escribió %Ln participante en {path}.</numerusform>
                <numerusform>Se escribieron %Ln participantes en {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="154" />
            <source>Export cancelled; {file} was not written (an earlier file is unchanged).</source>
            <translation>Exportación cancelada; no se escribió {file} (un archivo anterior queda sin cambios).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="163" />
            <source>Export all {what} to CSV</source>
            <translation>Exportar todos los registros de {what} a CSV</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="165" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>FilterableTable</name>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="62" />
            <source>Filter…</source>
            <translation>Filtrar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="91" />
            <source>Export to CSV</source>
            <translation>Exportar a CSV</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="91" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="103" />
            <source>Export failed</source>
            <translation>La exportación falló</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="104" />
            <source>Could not write {path}:</source>
            <translation>No se pudo escribir {path}:</translation>
        </message>
    </context>
    <context>
        <name>FormatsSection</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="39" />
            <source>weekly</source>
            <translation>semanal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="39" />
            <source>twice a week</source>
            <translation>dos veces por semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="39" />
            <source>every two weeks</source>
            <translation>cada dos semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="39" />
            <source>monthly</source>
            <translation>mensual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="41" />
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="42" />
            <source>Description:</source>
            <translation>Descripción:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="43" />
            <source>Cadence:</source>
            <translation>Frecuencia:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="50" />
            <source>Add format</source>
            <translation>Añadir formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="51" />
            <source>Update</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="52" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="60" />
            <source>Templates:</source>
            <translation>Plantillas:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="76" />
            <source>no cadence</source>
            <translation>sin frecuencia</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="87" />
            <source>&lt;span style='{style}'&gt;{n} of 3 recurring formats — incomplete.&lt;/span&gt; Add formats that deliver the promise, or one click on a template below.</source>
            <translation>&lt;span style='{style}'&gt;{n} de 3 formatos recurrentes — incompleto.&lt;/span&gt; Añade formatos que cumplan la promesa, o elige con un clic una plantilla de abajo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="92" />
            <source>{n} recurring formats ✓ — three is the recommended set.</source>
            <translation>{n} formatos recurrentes ✓ — tres es el conjunto recomendado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="111" />
            <source>Add format {name}</source>
            <translation>Añadir formato {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="125" />
            <source>Select a format to update.</source>
            <translation>Selecciona un formato para actualizarlo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="135" />
            <source>Edit format</source>
            <translation>Editar formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="150" />
            <source>Remove format</source>
            <translation>Quitar formato</translation>
        </message>
    </context>
    <context>
        <name>HeatmapWidget</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/widgets/heatmap.py" line="97" />
            <source>%Ln post(s)</source>
            <translation>
                <numerusform>%Ln publicación</numerusform>
                <numerusform>%Ln publicaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/widgets/heatmap.py" line="113" />
            <source>{day} {hours} h (local time): %Ln post(s)</source>
            <translation>
                <numerusform>{day} {hours} h (hora local): %Ln publicación</numerusform>
                <numerusform>{day} {hours} h (hora local): %Ln publicaciones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/heatmap.py" line="116" />
            <source>no posts at this time yet.</source>
            <translation>aún no hay publicaciones a esta hora.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/heatmap.py" line="118" />
            <source>too few posts to judge.</source>
            <translation>muy pocas publicaciones para valorar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/heatmap.py" line="122" />
            <source>{rate} replies per 1k reach (pooled).</source>
            <translation>{rate} respuestas por cada 1.000 de alcance (agregado).</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="12" />
            <source>&lt;h2&gt;How MicroComm measures a community&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Cómo mide MicroComm una comunidad&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="14" />
            <source>&lt;p&gt;&lt;b&gt;Reach&lt;/b&gt; = unique accounts that saw the content; &lt;b&gt;impressions&lt;/b&gt; = total views including repeats; &lt;b&gt;engagements&lt;/b&gt; = likes + comments + shares + saves, or the platform's own total when only that is known.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Alcance&lt;/b&gt; = cuentas únicas que vieron el contenido; &lt;b&gt;impresiones&lt;/b&gt; = visualizaciones totales, incluidas las repetidas; &lt;b&gt;interacciones&lt;/b&gt; = me gusta + comentarios + compartidos + guardados, o el total de la propia plataforma cuando solo se conoce ese.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="23" />
            <source>&lt;li&gt;&lt;b&gt;Engagement rate (ER)&lt;/b&gt; = engagements / reach (default) or / impressions — one definition per workspace, chosen in File › Workspace settings, and named next to every ER figure.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Tasa de interacción (ER)&lt;/b&gt; = interacciones / alcance (por defecto) o / impresiones: una definición por espacio de trabajo, elegida en Archivo › Ajustes del espacio de trabajo, e indicada junto a cada cifra de ER.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="30" />
            <source>&lt;li&gt;&lt;b&gt;Saves per 1,000 reach&lt;/b&gt; = saves / reach × 1000. &lt;b&gt;Replies per 1,000 reach&lt;/b&gt; = replies / reach × 1000.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Guardados por cada 1.000 de alcance&lt;/b&gt; = guardados / alcance × 1000. &lt;b&gt;Respuestas por cada 1.000 de alcance&lt;/b&gt; = respuestas / alcance × 1000.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="37" />
            <source>&lt;li&gt;&lt;b&gt;Returning engagers (30 days)&lt;/b&gt;: people who engaged on at least two different calendar days within the trailing 30-day window; &lt;b&gt;returning share&lt;/b&gt; = returning / engaged people.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Participantes recurrentes (30 días)&lt;/b&gt;: personas que interactuaron en al menos dos días naturales distintos dentro de la ventana de los últimos 30 días; &lt;b&gt;proporción de recurrentes&lt;/b&gt; = recurrentes / personas que interactuaron.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="44" />
            <source>&lt;li&gt;&lt;b&gt;Conversation depth&lt;/b&gt;: a thread is a top-level comment plus its replies; a &lt;i&gt;deep thread&lt;/i&gt; has at least 3 messages from at least 2 people.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Profundidad de conversación&lt;/b&gt;: un hilo es un comentario de primer nivel más sus respuestas; un &lt;i&gt;hilo profundo&lt;/i&gt; tiene al menos 3 mensajes de al menos 2 personas.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="51" />
            <source>&lt;li&gt;&lt;b&gt;Community Health Score&lt;/b&gt; = RE% × 0.4 + replies/1k normalised × 0.3 + saves/1k normalised × 0.3, where a normalised value = min(value / band top × 100, 100) with band tops {replies_top} (replies) and {saves_top} (saves) by default (calibrating a workspace's bands does not move them).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Índice de salud de la comunidad&lt;/b&gt; = RE% × 0,4 + respuestas/1k normalizadas × 0,3 + guardados/1k normalizados × 0,3, donde un valor normalizado = min(valor / tope del rango × 100, 100) con topes {replies_top} (respuestas) y {saves_top} (guardados) por defecto (calibrar los rangos de un espacio de trabajo no los mueve).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="59" />
            <source>&lt;li&gt;A zero denominator shows &lt;b&gt;n/a&lt;/b&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Un denominador cero muestra &lt;b&gt;n/d&lt;/b&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="61" />
            <source>&lt;li&gt;&lt;b&gt;Your own accounts&lt;/b&gt; (Workspace settings › Your own handles) never count as engagers anywhere; their replies still time the response SLA and count in conversation depth.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Tus propias cuentas&lt;/b&gt; (Ajustes del espacio de trabajo › Tus propios usuarios) nunca cuentan como participantes; sus respuestas sí cuentan para el SLA de respuesta y para la profundidad de conversación.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="68" />
            <source>&lt;li&gt;&lt;b&gt;DM back-and-forth&lt;/b&gt;: a DM thread is a member's first DM plus the answers to it; per week, mean messages per DM thread and the share of those threads that got an answer (from the logged DMs, beside the typed DM reply rate).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Ida y vuelta de DM&lt;/b&gt;: un hilo de DM es el primer DM de un miembro más las respuestas a él; por semana, la media de mensajes por hilo de DM y la proporción de esos hilos que recibió respuesta (a partir de los DM registrados, junto a la tasa de respuesta a DM escrita).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="76" />
            <source>&lt;li&gt;&lt;b&gt;Reach stand-in&lt;/b&gt;: when a post has no reach (YouTube exports), the workspace may divide by views or impressions instead (Workspace settings); every such figure is marked &lt;b&gt;*&lt;/b&gt; and names the stand-in.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Sustituto del alcance&lt;/b&gt;: cuando una publicación no tiene alcance (exportaciones de YouTube), el espacio de trabajo puede dividir entre visualizaciones o impresiones (Ajustes del espacio de trabajo); cada cifra así se marca con &lt;b&gt;*&lt;/b&gt; e indica el sustituto.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="84" />
            <source>&lt;h3&gt;Benchmarks (directional)&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Referencias (orientativas)&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="86" />
            <source>&lt;p&gt;A post's ER is judged on the poll and Q and A band when its format names a poll, quiz or Q and A (e.g. "Poll", "Sunday Q and A"), else on the feed band. Every band can be calibrated from your own last 30/60/90 days (Dashboard › Calibrate bands…, or &lt;code&gt;microcomm workspace calibrate&lt;/code&gt;): that workspace then uses its own bands; the defaults below stay one click away (undo).&lt;/p&gt;</source>
            <translation>&lt;p&gt;La ER de una publicación se juzga con el rango de encuestas y preguntas y respuestas cuando su formato menciona una encuesta, un quiz o preguntas y respuestas (p. ej., «Poll», «Sunday Q and A»); si no, con el rango del feed. Cada rango se puede calibrar con tus propios últimos 30/60/90 días (Panel › Calibrar rangos…, o &lt;code&gt;microcomm workspace calibrate&lt;/code&gt;): ese espacio de trabajo usa entonces sus propios rangos; los valores por defecto de abajo quedan a un clic (deshacer).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="95" />
            <source>&lt;tr&gt;&lt;th&gt;signal&lt;/th&gt;&lt;th&gt;default band&lt;/th&gt;&lt;th&gt;action if below&lt;/th&gt;&lt;/tr&gt;</source>
            <translation>&lt;tr&gt;&lt;th&gt;señal&lt;/th&gt;&lt;th&gt;rango por defecto&lt;/th&gt;&lt;th&gt;acción si está por debajo&lt;/th&gt;&lt;/tr&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="98" />
            <source>&lt;h3&gt;Deals&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Acuerdos&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="100" />
            <source>&lt;p&gt;&lt;b&gt;CPM&lt;/b&gt; = spend / impressions × 1000 · &lt;b&gt;CPV&lt;/b&gt; = spend / views · &lt;b&gt;CPA&lt;/b&gt; = spend / conversions. &lt;b&gt;Blended&lt;/b&gt; figures use total cost = creator fees + paid media. &lt;b&gt;Disclosure spot-checks&lt;/b&gt;: of the sponsored posts (posts linked to a deal) you checked, the share that carried the disclosure line (Deals › Saved deals › Disclosure checks…).&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;CPM&lt;/b&gt; = gasto / impresiones × 1000 · &lt;b&gt;CPV&lt;/b&gt; = gasto / visualizaciones · &lt;b&gt;CPA&lt;/b&gt; = gasto / conversiones. Las cifras &lt;b&gt;combinadas&lt;/b&gt; usan el coste total = honorarios del creador + medios pagados. &lt;b&gt;Comprobaciones del aviso publicitario&lt;/b&gt;: de las publicaciones patrocinadas (vinculadas a un acuerdo) que comprobaste, la proporción que llevaba el aviso (Acuerdos › Acuerdos guardados › Comprobaciones del aviso…).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="108" />
            <source>&lt;h3&gt;Response SLA and reports&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;SLA de respuesta e informes&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="110" />
            <source>&lt;p&gt;&lt;b&gt;Response SLA&lt;/b&gt; = of the first N comments on a post (not yours), how many got your reply within M minutes; N and M are set in Rituals › Response SLA. Computed from timestamps when your replies are logged, else typed per post; the Dashboard, Rituals, reports and the command line all show this one figure. The &lt;b&gt;30-day report&lt;/b&gt; covers exactly the 30 days ending on the chosen day, cut into weeks at your week start.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;SLA de respuesta&lt;/b&gt; = de los primeros N comentarios de una publicación (no tuyos), cuántos recibieron tu respuesta en M minutos; N y M se fijan en Rituales › SLA de respuesta. Se calcula con las marcas de tiempo cuando tus respuestas están registradas; si no, se escribe por publicación; el Panel, los Rituales, los informes y la línea de comandos muestran esta misma cifra. El &lt;b&gt;informe de 30 días&lt;/b&gt; cubre exactamente los 30 días que terminan el día elegido, divididos en semanas según tu inicio de semana.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="119" />
            <source>&lt;h3&gt;The 30-day sprint&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;El sprint de 30 días&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="121" />
            <source>&lt;p&gt;If returning engagers and replies per 1,000 reach both improved in each of the last two week-over-week steps, &lt;b&gt;continue&lt;/b&gt; the same rituals; otherwise &lt;b&gt;narrow&lt;/b&gt; the topic and reduce formats; with fewer than three weeks of data: &lt;b&gt;not enough data&lt;/b&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Si los participantes recurrentes y las respuestas por cada 1.000 de alcance mejoraron en cada uno de los dos últimos pasos de semana a semana, &lt;b&gt;continúa&lt;/b&gt; con los mismos rituales; si no, &lt;b&gt;acota&lt;/b&gt; el tema y reduce formatos; con menos de tres semanas de datos: &lt;b&gt;datos insuficientes&lt;/b&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="128" />
            <source>&lt;h3&gt;Keyboard&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Teclado&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="130" />
            <source>&lt;p&gt;Ctrl+1…8 switch tabs · Ctrl+K switch workspace · Ctrl+F filter a table · Ctrl+E export the table to CSV · Ctrl+Z / Ctrl+Shift+Z undo / redo · Ctrl+I import posts · Ctrl+Shift+B back up now · F5 reload from the data file (changes made by a command-line import while the window is open also appear on their own within a few seconds).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ctrl+1…8 cambiar de pestaña · Ctrl+K cambiar de espacio de trabajo · Ctrl+F filtrar una tabla · Ctrl+E exportar la tabla a CSV · Ctrl+Z / Ctrl+Mayús+Z deshacer / rehacer · Ctrl+I importar publicaciones · Ctrl+Mayús+B hacer copia ahora · F5 recargar desde el archivo de datos (los cambios de una importación por línea de comandos con la ventana abierta también aparecen solos en pocos segundos).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="165" />
            <source>Definitions and help</source>
            <translation>Definiciones y ayuda</translation>
        </message>
    </context>
    <context>
        <name>ImageDropZone</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="58" />
            <source>Drop a screenshot here
(PNG, JPEG, WebP, GIF, BMP)</source>
            <translation>Suelta una captura aquí
(PNG, JPEG, WebP, GIF, BMP)</translation>
        </message>
    </context>
    <context>
        <name>ImageViewer</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="212" />
            <source>Loading {title}…</source>
            <translation>Cargando {title}…</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="345" />
            <source>Merge people</source>
            <translation>Fusionar personas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="350" />
            <source>Keep &lt;b&gt;@{handle}&lt;/b&gt; ({platform}) and move every interaction of this handle onto them (the same person under two names or platforms). Undo with Ctrl+Z.</source>
            <translation>Conservar a &lt;b&gt;@{handle}&lt;/b&gt; ({platform}) y pasarle todas las interacciones de este usuario (la misma persona con dos nombres o plataformas). Deshaz con Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="365" />
            <source>Merge</source>
            <translation>Fusionar</translation>
        </message>
    </context>
    <context>
        <name>NewSprintDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="96" />
            <source>New sprint</source>
            <translation>Nuevo sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="100" />
            <source>e.g. Month 1: foundations</source>
            <translation>p. ej., Mes 1: bases</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="107" />
            <source>Free text, e.g. Alex, Sam</source>
            <translation>Texto libre, p. ej., Alex, Sam</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="109" />
            <source>The 4-week template</source>
            <translation>La plantilla de 4 semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="111" />
            <source>A copy of “{name}”</source>
            <translation>Una copia de «{name}»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="116" />
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="117" />
            <source>&amp;Starts:</source>
            <translation>&amp;Inicio:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="120" />
            <source>&amp;Owners:</source>
            <translation>&amp;Responsables:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="121" />
            <source>Start &amp;from:</source>
            <translation>&amp;Partir de:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="125" />
            <source>Week {number}</source>
            <translation>Semana {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="128" />
            <source>One task per line</source>
            <translation>Una tarea por línea</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="131" />
            <source>Goal:</source>
            <translation>Objetivo:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="132" />
            <source>Deliverable:</source>
            <translation>Entregable:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="133" />
            <source>Tasks:</source>
            <translation>Tareas:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="147" />
            <source>30 days, ends {day}</source>
            <translation>30 días, termina el {day}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="175" />
            <source>Week {number}: {problem}</source>
            <translation>Semana {number}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>NewWorkspaceDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="88" />
            <source>Start a community</source>
            <translation>Empezar una comunidad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="93" />
            <source>e.g. Mobility Run Club, or a client's name</source>
            <translation>p. ej., Mobility Run Club, o el nombre de un cliente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="105" />
            <source>Days and weeks are counted in this zone (default: this computer's).</source>
            <translation>Los días y las semanas se cuentan en esta zona (por defecto: la de este equipo).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="111" />
            <source>Community or client &amp;name:</source>
            <translation>&amp;Nombre de la comunidad o del cliente:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="112" />
            <source>&amp;Time zone:</source>
            <translation>&amp;Zona horaria:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="116" />
            <source>Create</source>
            <translation>Crear</translation>
        </message>
    </context>
    <context>
        <name>OnboardingSection</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="17" />
            <source>The pinned welcome post: the rules, what to post, and how to get help.</source>
            <translation>La publicación de bienvenida fijada: las reglas, qué publicar y cómo pedir ayuda.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="27" />
            <source>Rules:</source>
            <translation>Reglas:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="28" />
            <source>What to post:</source>
            <translation>Qué publicar:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="29" />
            <source>How to get help:</source>
            <translation>Cómo pedir ayuda:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="33" />
            <source>Save welcome post</source>
            <translation>Guardar bienvenida</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="35" />
            <source>Copy to clipboard</source>
            <translation>Copiar al portapapeles</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="54" />
            <source> — a bit short</source>
            <translation> — algo corta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="54" />
            <source> — long: members skim pinned posts</source>
            <translation> — larga: los miembros solo hojean las publicaciones fijadas</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="56" />
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n palabra</numerusform>
                <numerusform>%n palabras</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="59" />
            <source>Edit welcome post</source>
            <translation>Editar la publicación de bienvenida</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="68" />
            <source>Welcome post copied to the clipboard.</source>
            <translation>Publicación de bienvenida copiada al portapapeles.</translation>
        </message>
    </context>
    <context>
        <name>PlanNextDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="320" />
            <source>Plan next month</source>
            <translation>Planificar el mes siguiente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="325" />
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="326" />
            <source>{day} (the day after “{name}” ends), 30 days</source>
            <translation>{day} (el día después de que termine «{name}»), 30 días</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="327" />
            <source>Starts:</source>
            <translation>Inicio:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="328" />
            <source>&amp;Owners:</source>
            <translation>&amp;Responsables:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="330" />
            <source>Verdict: &lt;b&gt;{verdict}&lt;/b&gt; — {explanation}</source>
            <translation>Veredicto: &lt;b&gt;{verdict}&lt;/b&gt; — {explanation}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="336" />
            <source>Unfinished tasks to carry over</source>
            <translation>Tareas pendientes para trasladar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="338" />
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="351" />
            <source>Week {number}: {title}</source>
            <translation>Semana {number}: {title}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="348" />
            <source>Add the narrowing tasks: {tasks}</source>
            <translation>Añadir las tareas para acotar: {tasks}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="358" />
            <source>&lt;b&gt;Carry these unfinished tasks&lt;/b&gt; into week 1 (%n open; untick what to drop):</source>
            <translation>
                <numerusform>&lt;b&gt;Trasladar estas tareas pendientes&lt;/b&gt; a la semana 1 (%n abierta; desmarca lo que quieras descartar):</numerusform>
                <numerusform>&lt;b&gt;Trasladar estas tareas pendientes&lt;/b&gt; a la semana 1 (%n abiertas; desmarca lo que quieras descartar):</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="361" />
            <source>&lt;b&gt;No unfinished tasks&lt;/b&gt; to carry over.</source>
            <translation>&lt;b&gt;No hay tareas pendientes&lt;/b&gt; que trasladar.</translation>
        </message>
    </context>
    <context>
        <name>PostFormDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="57" />
            <source>Post</source>
            <translation>Publicación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="77" />
            <source>Date/time *</source>
            <translation>Fecha/hora *</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="77" />
            <source>2026-11-24 18:30 (your local time)</source>
            <translation>2026-11-24 18:30 (tu hora local)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="83" />
            <source>community: judged on replies, saves, depth · reach: judged on shares, discovery</source>
            <translation>community: se juzga por respuestas, guardados, profundidad · reach: se juzga por compartidos, descubrimiento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="85" />
            <source>Label *</source>
            <translation>Etiqueta *</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="90" />
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="100" />
            <source>Pick one of your promise's recurring formats (listed first) or type your own; Insights ranks formats. A format naming a poll, quiz or Q and A is judged on the poll and Q and A ER band.</source>
            <translation>Elige uno de los formatos recurrentes de tu promesa (aparecen primero) o escribe el tuyo; Insights clasifica los formatos. Un formato que menciona una encuesta, un quiz o preguntas y respuestas se juzga con el rango de ER de encuestas y preguntas y respuestas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="104" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="108" />
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="109" />
            <source>Title or caption</source>
            <translation>Título o texto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="110" />
            <source>Link</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="112" />
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="117" />
            <source>The ritual occurrence this post carried (optional)</source>
            <translation>La sesión del ritual que llevó esta publicación (opcional)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="118" />
            <source>Ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="120" />
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="120" />
            <source>0 if unknown</source>
            <translation>0 si se desconoce</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="124" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="164" />
            <source>Discard what you typed in this post?</source>
            <translation>¿Descartar lo que escribiste en esta publicación?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="250" />
            <source>%n new theme(s) created on save: {themes}</source>
            <translation>
                <numerusform>Al guardar se crea %n tema nuevo: {themes}</numerusform>
                <numerusform>Al guardar se crean %n temas nuevos: {themes}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="258" />
            <source>Fix %n field(s) to save.</source>
            <translation>
                <numerusform>Corrige %n campo para guardar.</numerusform>
                <numerusform>Corrige %n campos para guardar.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProfileSection</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="30" />
            <source>Topic (one line)</source>
            <translation>Tema (una línea)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="34" />
            <source>budget travel in Japan</source>
            <translation>viajar barato por Japón</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="36" />
            <source>Save topic</source>
            <translation>Guardar tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="38" />
            <source>Change topic</source>
            <translation>Cambiar el tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="47" />
            <source>Home — where the community lives</source>
            <translation>Plataforma — donde vive la comunidad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="50" />
            <source>In month one, pick one primary home. A second one splits your attention and the replies.</source>
            <translation>En el primer mes, elige una plataforma principal. Una segunda divide tu atención y las respuestas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="62" />
            <source>label, e.g. Instagram comments + DMs</source>
            <translation>etiqueta, p. ej. comentarios de Instagram + MD</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="63" />
            <source>Primary</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="65" />
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="145" />
            <source>Add home</source>
            <translation>Añadir plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="67" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="78" />
            <source>Disclosure line</source>
            <translation>Texto del aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="82" />
            <source>Endorsements with a material connection must be disclosed clearly and conspicuously. This line goes into every brief.</source>
            <translation>Las recomendaciones con una relación comercial deben declararse de forma clara y visible. Este texto va en cada briefing.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="90" />
            <source>#ad — I am paid by the brand for this post.</source>
            <translation>#publicidad — La marca me paga por esta publicación.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="91" />
            <source>Save line</source>
            <translation>Guardar texto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="94" />
            <source>Change disclosure line</source>
            <translation>Cambiar el texto del aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="111" />
            <source>Tight topic ✓</source>
            <translation>Tema bien acotado ✓</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="127" />
            <source>  (primary)</source>
            <translation>  (principal)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="128" />
            <source>  since {date}</source>
            <translation>  desde {date}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="152" />
            <source>Split attention</source>
            <translation>Atención dividida</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="163" />
            <source>Remove home</source>
            <translation>Quitar plataforma</translation>
        </message>
    </context>
    <context>
        <name>PromiseBuilder</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="33" />
            <source>A promise says in one sentence who the community is for, what they get and how. Make the outcome checkable (a number or a time frame) and name a real group.</source>
            <translation>Una promesa dice en una frase para quién es la comunidad, qué obtienen y cómo. Haz que el resultado se pueda comprobar (un número o un plazo) y nombra un grupo real.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="41" />
            <source>runners</source>
            <translation>corredores</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="43" />
            <source>a weekly 20-minute mobility routine</source>
            <translation>una rutina semanal de movilidad de 20 minutos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="45" />
            <source>short videos and a Sunday Q and A</source>
            <translation>vídeos cortos y preguntas y respuestas los domingos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="47" />
            <source>&amp;Who:</source>
            <translation>&amp;Quién:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="49" />
            <source>Specific &amp;outcome:</source>
            <translation>Resultado &amp;concreto:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="51" />
            <source>&amp;Through (format):</source>
            <translation>&amp;Mediante (formato):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="60" />
            <source>&amp;Save as new version</source>
            <translation>&amp;Guardar como nueva versión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="61" />
            <source>Keeps the earlier wording in the history below (Ctrl+S)</source>
            <translation>Conserva la redacción anterior en el historial de abajo (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="68" />
            <source>&lt;b&gt;Version history&lt;/b&gt; (newest first)</source>
            <translation>&lt;b&gt;Historial de versiones&lt;/b&gt; (la más reciente primero)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="71" />
            <source>Earlier promises with the date they were saved; double-click to load one back</source>
            <translation>Promesas anteriores con la fecha en que se guardaron; doble clic para volver a cargar una</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="100" />
            <source>{date}  (current):  </source>
            <translation>{date}  (actual):  </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="108" />
            <source>No promise saved yet — fill the three slots and save.</source>
            <translation>Aún no hay ninguna promesa guardada: rellena los tres campos y guarda.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="116" />
            <source>Loaded an earlier version: save to make it current.</source>
            <translation>Versión anterior cargada: guarda para que sea la actual.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="125" />
            <source>No change to save.</source>
            <translation>No hay cambios que guardar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="132" />
            <source>Save promise</source>
            <translation>Guardar promesa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="133" />
            <source>Saved. The earlier wording is in the history.</source>
            <translation>Guardado. La redacción anterior está en el historial.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="152" />
            <source>who</source>
            <translation>quién</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="152" />
            <source>outcome</source>
            <translation>resultado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="152" />
            <source>format</source>
            <translation>formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="153" />
            <source>Not saved yet: fill {slots} to save the promise as a new version.</source>
            <translation>Aún no guardado: rellena {slots} para guardar la promesa como nueva versión.</translation>
        </message>
    </context>
    <context>
        <name>PromiseTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="47" />
            <source>promise builder</source>
            <translation>constructor de la promesa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="48" />
            <source>topic, disclosure and welcome post</source>
            <translation>tema, aviso y publicación de bienvenida</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="49" />
            <source>format form</source>
            <translation>formulario de formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="50" />
            <source>prompt form</source>
            <translation>formulario de pregunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="51" />
            <source>home form</source>
            <translation>formulario de plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="105" />
            <source>When the window closes (or the workspace changes) open forms are saved; a form that cannot be saved yet is kept as a draft and put back here.</source>
            <translation>Al cerrar la ventana (o cambiar de espacio de trabajo) se guardan los formularios abiertos; uno que aún no se puede guardar se conserva como borrador y vuelve aquí.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="122" />
            <source>Promise</source>
            <translation>Promesa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="123" />
            <source>Topic, home &amp;&amp; disclosure</source>
            <translation>Tema, plataforma &amp;&amp; aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="124" />
            <source>Formats</source>
            <translation>Formatos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="125" />
            <source>Onboarding</source>
            <translation>Bienvenida</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="126" />
            <source>Prompt library</source>
            <translation>Biblioteca de preguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="250" />
            <source>Save open edits (topic, disclosure, welcome post)</source>
            <translation>Guardar los cambios abiertos (tema, aviso, bienvenida)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="287" />
            <source>Not saved: {reason}</source>
            <translation>No guardado: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="298" />
            <source>Could not keep the unsaved draft: {reason}</source>
            <translation>No se pudo conservar el borrador sin guardar: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="333" />
            <source>Promise: could not keep a crash-time draft: {reason}</source>
            <translation>Promesa: no se pudo conservar un borrador por si se cierra inesperadamente: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="363" />
            <source>Restored an unsaved draft from {when} ({parts}). {reasons}</source>
            <translation>Se restauró un borrador sin guardar del {when} ({parts}). {reasons}</translation>
        </message>
    </context>
    <context>
        <name>PromptsSection</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="38" />
            <source>Each ritual wants at least %n prompt(s) before you invite anyone</source>
            <translation>
                <numerusform>Cada ritual necesita al menos %n pregunta antes de invitar a nadie</numerusform>
                <numerusform>Cada ritual necesita al menos %n preguntas antes de invitar a nadie</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="43" />
            <source>Filter prompts… (Ctrl+F)</source>
            <translation>Filtrar preguntas… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="56" />
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="57" />
            <source>Alt+Up — the keyboard equivalent of dragging</source>
            <translation>Alt+Arriba: el equivalente con teclado de arrastrar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="59" />
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="60" />
            <source>Alt+Down</source>
            <translation>Alt+Abajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="68" />
            <source>Used on:</source>
            <translation>Usada el:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="75" />
            <source>Mark used</source>
            <translation>Marcar como usada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="82" />
            <source>What was your last 10-minute workout?</source>
            <translation>¿Cuál fue tu último entrenamiento de 10 minutos?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="88" />
            <source>Prompt:</source>
            <translation>Pregunta:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="93" />
            <source>Rung:</source>
            <translation>Peldaño:</translation>
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
            <translation>Añadir pregunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="102" />
            <source>Update</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="103" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="120" />
            <source>(no ritual)</source>
            <translation>(sin ritual)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="131" />
            <source>No rituals yet: add them on the Rituals tab, then give each five prompts.</source>
            <translation>Aún no hay rituales: añádelos en la pestaña Rituales y luego dale a cada uno cinco preguntas.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="134" />
            <source>%n broad prompt(s)</source>
            <translation>
                <numerusform>%n pregunta demasiado amplia</numerusform>
                <numerusform>%n preguntas demasiado amplias</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="150" />
            <source>(no post)</source>
            <translation>(sin publicación)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="199" />
            <source>Select a prompt to update.</source>
            <translation>Selecciona una pregunta para actualizarla.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="209" />
            <source>Edit prompt</source>
            <translation>Editar pregunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="224" />
            <source>Delete prompt</source>
            <translation>Eliminar pregunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="234" />
            <source>Reorder prompts</source>
            <translation>Reordenar preguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="263" />
            <source>Select the prompt you used.</source>
            <translation>Selecciona la pregunta que usaste.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="272" />
            <source>Used recently</source>
            <translation>Usada hace poco</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="273" />
            <source>This prompt was used on {date}. Members notice repeats. Log it anyway?</source>
            <translation>Esta pregunta se usó el {date}. Los miembros notan las repeticiones. ¿Registrarla de todos modos?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="281" />
            <source>Mark prompt used</source>
            <translation>Marcar pregunta como usada</translation>
        </message>
    </context>
    <context>
        <name>ProposalModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="31" />
            <source>Signal</source>
            <translation>Señal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="32" />
            <source>Niche default</source>
            <translation>Por defecto del nicho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="33" />
            <source>Current</source>
            <translation>Actual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="34" />
            <source>Proposed (your data)</source>
            <translation>Propuesto (tus datos)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="35" />
            <source>Based on</source>
            <translation>Basado en</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="44" />
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="84" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="66" />
            <source>Typed by you.</source>
            <translation>Escrito por ti.</translation>
        </message>
    </context>
    <context>
        <name>ReadinessPanel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="28" />
            <source>Readiness</source>
            <translation>Preparación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="31" />
            <source>What must exist before you invite anyone:</source>
            <translation>Lo que debe existir antes de invitar a nadie:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="40" />
            <source>Export community &amp;brief…</source>
            <translation>Exportar &amp;briefing de la comunidad…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="42" />
            <source>Markdown or PDF: promise, topic, home, formats, onboarding, rituals, prompts, SLA, disclosure</source>
            <translation>Markdown o PDF: promesa, tema, plataforma, formatos, bienvenida, rituales, preguntas, SLA, aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="53" />
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="59" />
            <source>&lt;b&gt;{done} of {total}&lt;/b&gt; ready.</source>
            <translation>&lt;b&gt;{done} de {total}&lt;/b&gt; listos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="60" />
            <source> Invite your first members.</source>
            <translation> Invita a tus primeros miembros.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="67" />
            <source>Export community brief</source>
            <translation>Exportar briefing de la comunidad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="79" />
            <source>Export failed</source>
            <translation>Error al exportar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="80" />
            <source>Could not write {path}:
{reason}</source>
            <translation>No se pudo escribir {path}:
{reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="83" />
            <source>Brief written to {path}</source>
            <translation>Briefing guardado en {path}</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="26" />
            <source>Restore from backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="30" />
            <source>Pick a backup. Your current data is backed up before it is replaced.</source>
            <translation>Elige una copia de seguridad. Tus datos actuales se respaldan antes de reemplazarlos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="38" />
            <source>Choose another file…</source>
            <translation>Elegir otro archivo…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="45" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="53" />
            <source>No backups yet in the backups folder. Choose a file instead.</source>
            <translation>Aún no hay copias en la carpeta de copias de seguridad. Elige un archivo en su lugar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="57" />
            <source>Backup file</source>
            <translation>Archivo de copia de seguridad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="57" />
            <source>MicroComm backups (*.sqlite3);;All files (*)</source>
            <translation>Copias de MicroComm (*.sqlite3);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="67" />
            <source>&lt;b&gt;{file}&lt;/b&gt; — taken {when}</source>
            <translation>&lt;b&gt;{file}&lt;/b&gt; — creada {when}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="70" />
            <source>{workspace}: {posts} and {interactions}</source>
            <translation>{workspace}: {posts} y {interactions}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="72" />
            <source>%Ln post(s)</source>
            <translation>
                <numerusform>%Ln publicación</numerusform>
                <numerusform>%Ln publicaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="73" />
            <source>%Ln interaction(s)</source>
            <translation>
                <numerusform>%Ln interacción</numerusform>
                <numerusform>%Ln interacciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RitualCalendarModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="28" />
            <source>run</source>
            <translation>realizado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="29" />
            <source>skipped</source>
            <translation>omitido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="30" />
            <source>planned</source>
            <translation>planificado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="106" />
            <source>W{number}</source>
            <translation>S{number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="116" />
            <source>(today)</source>
            <translation>(hoy)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="125" />
            <source>(%n post(s))</source>
            <translation>
                <numerusform>(%n publicación)</numerusform>
                <numerusform>(%n publicaciones)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="138" />
            <source>one-off event</source>
            <translation>evento puntual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="145" />
            <source>Click to edit; ✓ run, ✗ skipped, ? not marked yet</source>
            <translation>Haz clic para editar; ✓ realizado, ✗ omitido, ? aún sin marcar</translation>
        </message>
    </context>
    <context>
        <name>RitualDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="53" />
            <source>Edit ritual</source>
            <translation>Editar ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="53" />
            <source>Add ritual</source>
            <translation>Añadir ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="55" />
            <source>Tuesday teardown</source>
            <translation>Revisión de los martes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="57" />
            <source>(no format)</source>
            <translation>(sin formato)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="63" />
            <source>teardown series</source>
            <translation>serie de revisiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="76" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="79" />
            <source>Instagram comments</source>
            <translation>comentarios de Instagram</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="81" />
            <source>Recap post the next day: what we learned, what happens next</source>
            <translation>Publicación de resumen al día siguiente: qué aprendimos, qué sigue</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="85" />
            <source>ends on</source>
            <translation>termina el</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="94" />
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="95" />
            <source>Format:</source>
            <translation>Formato:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="96" />
            <source>Format (text):</source>
            <translation>Formato (texto):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="97" />
            <source>Weekdays:</source>
            <translation>Días de la semana:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="98" />
            <source>&amp;Time (local):</source>
            <translation>&amp;Hora (local):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="99" />
            <source>Duration:</source>
            <translation>Duración:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="100" />
            <source>Home:</source>
            <translation>Plataforma:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="101" />
            <source>Recap habit:</source>
            <translation>Hábito de resumen:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="106" />
            <source>Active from:</source>
            <translation>Activo desde:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="107" />
            <source>Notes:</source>
            <translation>Notas:</translation>
        </message>
    </context>
    <context>
        <name>RitualTableModel</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="42" />
            <source>%n past occurrence(s) not marked yet</source>
            <translation>
                <numerusform>%n sesión pasada aún sin marcar</numerusform>
                <numerusform>%n sesiones pasadas aún sin marcar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="53" />
            <source>open</source>
            <translation>abierto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="63" />
            <source>{days} {time} ({minutes} min)</source>
            <translation>{days} {time} ({minutes} min)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="64" />
            <source>no weekday</source>
            <translation>ningún día</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="69" />
            <source>until {day}</source>
            <translation>hasta el {day}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="74" />
            <source>Ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="75" />
            <source>Schedule</source>
            <translation>Horario</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="76" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="77" />
            <source>Home</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="79" />
            <source>Prompts</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="81" />
            <source>Prompts assigned in the Promise tab's library; five per ritual is the minimum</source>
            <translation>Preguntas asignadas en la biblioteca de la pestaña Promesa; cinco por ritual es el mínimo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="86" />
            <source>Streak (weeks)</source>
            <translation>Racha (semanas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="88" />
            <source>Weeks in a row the ritual ran, up to this week</source>
            <translation>Semanas seguidas en que se realizó el ritual, hasta esta semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="92" />
            <source>Longest</source>
            <translation>Más larga</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="93" />
            <source>Skipped</source>
            <translation>Omitidas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="94" />
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="127" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="134" />
            <source>Week of</source>
            <translation>Semana del</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="135" />
            <source>Posts</source>
            <translation>Publicaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="136" />
            <source>Replied in time</source>
            <translation>Respondidos a tiempo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="137" />
            <source>First comments</source>
            <translation>Primeros comentarios</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="138" />
            <source>Hit rate</source>
            <translation>Tasa de cumplimiento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="139" />
            <source>Posts with misses</source>
            <translation>Publicaciones con incumplimientos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="157" />
            <source>computed: from logged comment and reply timestamps</source>
            <translation>calculado: a partir de las marcas de tiempo de comentarios y respuestas registrados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="158" />
            <source>typed: the figure recorded on the post</source>
            <translation>introducido: la cifra registrada en la publicación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="163" />
            <source>computed</source>
            <translation>calculado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="164" />
            <source>typed</source>
            <translation>introducido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="174" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="175" />
            <source>Post</source>
            <translation>Publicación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="176" />
            <source>Replied</source>
            <translation>Respondidos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="177" />
            <source>Of first</source>
            <translation>De los primeros</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="179" />
            <source>Source</source>
            <translation>Origen</translation>
        </message>
    </context>
    <context>
        <name>RitualsTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="72" />
            <source>run</source>
            <translation>realizado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="73" />
            <source>skipped</source>
            <translation>omitido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="74" />
            <source>planned</source>
            <translation>planificado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="78" />
            <source>Mark run</source>
            <translation>Marcar como realizado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="79" />
            <source>Mark skipped</source>
            <translation>Marcar como omitido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="80" />
            <source>Clear occurrence mark</source>
            <translation>Quitar la marca de la sesión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="134" />
            <source>&amp;Add ritual…</source>
            <translation>&amp;Añadir ritual…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="136" />
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="138" />
            <source>Add suggested (Tuesday teardown, Friday wins)</source>
            <translation>Añadir sugeridos («Tuesday teardown», «Friday wins»)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="140" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="142" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="144" />
            <source>Add one-off event…</source>
            <translation>Añadir evento puntual…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="146" />
            <source>Export calendar (.ics)…</source>
            <translation>Exportar calendario (.ics)…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="150" />
            <source>Rituals as weekly events in your time zone, skipped dates excluded, one-off events and notes;
importing the file into another workspace gives back the same calendar.</source>
            <translation>Los rituales como eventos semanales en tu zona horaria, sin las fechas omitidas, con los eventos puntuales y las notas;
al importar el archivo en otro espacio de trabajo se obtiene el mismo calendario.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="154" />
            <source>Import .ics…</source>
            <translation>Importar .ics…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="158" />
            <source>Google, Outlook or Apple calendar files: weekly events become rituals, excluded or cancelled dates
become skipped occurrences, single events become one-off events. A report lists what each event
became or why it was not imported; Ctrl+Z undoes the whole import.</source>
            <translation>Archivos de calendario de Google, Outlook o Apple: los eventos semanales se convierten en rituales, las fechas
excluidas o canceladas en sesiones omitidas y los eventos sueltos en eventos puntuales. Un informe dice en qué
se convirtió cada evento o por qué no se importó; Ctrl+Z deshace toda la importación.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="170" />
            <source>Filter rituals…</source>
            <translation>Filtrar rituales…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="178" />
            <source>No rituals yet. Two weekly rituals is the recommended start: add the suggested “Tuesday teardown” (members submit work for review) and “Friday wins” (members share results).</source>
            <translation>Aún no hay rituales. Dos rituales semanales son el comienzo recomendado: añade los sugeridos «Tuesday teardown» (los miembros envían su trabajo para revisión) y «Friday wins» (los miembros comparten sus resultados).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="212" />
            <source>Rituals &amp;&amp; streaks</source>
            <translation>Rituales y rachas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="220" />
            <source>Response SLA</source>
            <translation>SLA de respuesta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="236" />
            <source>What was typed here but not saved when the app stopped (or could not be saved when it closed) is kept as a draft and put back; it is saved when you save it or close the window.</source>
            <translation>Lo que se escribió aquí y no se guardó cuando la aplicación se detuvo (o no se pudo guardar al cerrarla) se conserva como borrador y se vuelve a poner; se guarda cuando lo guardas o cierras la ventana.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="249" />
            <source>Occurrence</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="252" />
            <source>Pick a day on the calendar.</source>
            <translation>Elige un día en el calendario.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="260" />
            <source>Mark &amp;run</source>
            <translation>Marcar &amp;realizado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="261" />
            <source>Alt+R</source>
            <translation>Alt+R</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="263" />
            <source>Mark s&amp;kipped</source>
            <translation>Marcar &amp;omitido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="264" />
            <source>Alt+K</source>
            <translation>Alt+O</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="266" />
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="267" />
            <source>Back to planned</source>
            <translation>Volver a planificado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="278" />
            <source>The prompt used; it is logged in the prompt library so it is not repeated too soon</source>
            <translation>La pregunta usada; se registra en la biblioteca de preguntas para no repetirla demasiado pronto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="280" />
            <source>Prompt:</source>
            <translation>Pregunta:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="282" />
            <source>Recap: what was learned, what happens next</source>
            <translation>Resumen: qué se aprendió, qué sigue</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="284" />
            <source>Recap:</source>
            <translation>Resumen:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="287" />
            <source>Posts from the post log (±3 days) that carried this occurrence</source>
            <translation>Publicaciones del registro de publicaciones (±3 días) que acompañaron esta sesión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="288" />
            <source>Posts:</source>
            <translation>Publicaciones:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="290" />
            <source>Save occurrence</source>
            <translation>Guardar sesión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="291" />
            <source>Ctrl+Return</source>
            <translation>Ctrl+Intro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="364" />
            <source>Add ritual</source>
            <translation>Añadir ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="386" />
            <source>Add suggested rituals</source>
            <translation>Añadir rituales sugeridos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="391" />
            <source>Add {name}</source>
            <translation>Añadir {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="410" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="415" />
            <source>Edit ritual</source>
            <translation>Editar ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="428" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="458" />
            <source>Delete ritual</source>
            <translation>Eliminar ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="429" />
            <source>Delete “{name}” with its recorded occurrences? (Undo with Ctrl+Z.)</source>
            <translation>¿Eliminar «{name}» con sus sesiones registradas? (Se deshace con Ctrl+Z.)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="486" />
            <source>one-off event</source>
            <translation>evento puntual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="499" />
            <source>Nothing scheduled on this day.</source>
            <translation>No hay nada programado este día.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="546" />
            <source>(none)</source>
            <translation>(ninguna)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="549" />
            <source>(used recently)</source>
            <translation>(usada hace poco)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="605" />
            <source>Pick a ritual occurrence first.</source>
            <translation>Elige primero una sesión de un ritual.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="622" />
            <source>This occurrence is in the future: it can be marked once its day has come.</source>
            <translation>Esta sesión está en el futuro: se puede marcar cuando llegue su día.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="634" />
            <source>Edit occurrence</source>
            <translation>Editar sesión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="657" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="714" />
            <source>Not saved.</source>
            <translation>No guardado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="659" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="719" />
            <source>Not saved: {reason}</source>
            <translation>No guardado: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="663" />
            <source>The edits of “{title}” on {day} are kept.</source>
            <translation>Se conservan los cambios de «{title}» del {day}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="675" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="679" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="695" />
            <source>One-off event</source>
            <translation>Evento puntual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="675" />
            <source>Title of the event on {day}:</source>
            <translation>Título del evento del {day}:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="679" />
            <source>Time (HH:MM, empty for all day):</source>
            <translation>Hora (HH:MM, vacío para todo el día):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="690" />
            <source>Add event</source>
            <translation>Añadir evento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="717" />
            <source>Rituals: an open edit was not saved ({reason})</source>
            <translation>Rituales: un cambio abierto no se guardó ({reason})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="725" />
            <source>Rituals: could not keep the unsaved draft ({reason})</source>
            <translation>Rituales: no se pudo conservar el borrador sin guardar ({reason})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="803" />
            <source>Rituals: an unsaved draft could not be read ({reason})</source>
            <translation>Rituales: no se pudo leer un borrador sin guardar ({reason})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="818" />
            <source>The edit of “{title}” on {day} was not put back: that occurrence no longer exists.</source>
            <translation>El cambio de «{title}» del {day} no se volvió a poner: esa sesión ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="821" />
            <source>Its recap: “{recap}”</source>
            <translation>Su resumen: «{recap}»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="826" />
            <source>response SLA</source>
            <translation>SLA de respuesta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="831" />
            <source>Restored an unsaved draft from {when} ({parts}).</source>
            <translation>Se restauró un borrador sin guardar del {when} ({parts}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="835" />
            <source>Restored an unsaved draft from {when}.</source>
            <translation>Se restauró un borrador sin guardar del {when}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="876" />
            <source>{title} on {day}</source>
            <translation>{title} del {day}</translation>
        </message>
    </context>
    <context>
        <name>SlaPage</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="48" />
            <source>Reply within</source>
            <translation>Responde en</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="51" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="53" />
            <source>to the first</source>
            <translation>a los primeros</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="57" />
            <source>comments on key posts.</source>
            <translation>comentarios de las publicaciones clave.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="58" />
            <source>Save SLA</source>
            <translation>Guardar SLA</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="68" />
            <source>Replies by your own handles in the post log count as yours: the SLA is then computed from timestamps. Set them in File › Workspace settings (Ctrl+,).</source>
            <translation>Las respuestas de tus propios usuarios en el registro de publicaciones cuentan como tuyas: el SLA se calcula entonces a partir de las marcas de tiempo. Configúralos en Archivo › Ajustes del espacio de trabajo (Ctrl+,).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="78" />
            <source>Filter weeks…</source>
            <translation>Filtrar semanas…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="80" />
            <source>Filter missed posts…</source>
            <translation>Filtrar publicaciones incumplidas…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="101" />
            <source>Your own handles: {handles} — change them in File › Workspace settings (Ctrl+,).</source>
            <translation>Tus propios usuarios: {handles} — cámbialos en Archivo › Ajustes del espacio de trabajo (Ctrl+,).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="102" />
            <source>none set</source>
            <translation>ninguno configurado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="117" />
            <source>No SLA data yet: record on a post how many of its first comments got a reply in time, or log comments and your replies (set your handle) to have it computed.</source>
            <translation>Aún no hay datos de SLA: anota en una publicación cuántos de sus primeros comentarios recibieron respuesta a tiempo, o registra los comentarios y tus respuestas (configura tu usuario) para que se calcule.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="126" />
            <source>This week: {rate}.</source>
            <translation>Esta semana: {rate}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="131" />
            <source>&lt;b&gt;{rate}&lt;/b&gt; of the first {first} comments got a reply within {minutes} min over the last {weeks} weeks ({replied} of {considered}; %n post(s), {computed} computed from timestamps).</source>
            <translation>
                <numerusform>&lt;b&gt;{rate}&lt;/b&gt; de los primeros {first} comentarios recibieron respuesta en {minutes} min en las últimas {weeks} semanas ({replied} de {considered}; %n publicación, {computed} calculadas a partir de marcas de tiempo).</numerusform>
                <numerusform>&lt;b&gt;{rate}&lt;/b&gt; de los primeros {first} comentarios recibieron respuesta en {minutes} min en las últimas {weeks} semanas ({replied} de {considered}; %n publicaciones, {computed} calculadas a partir de marcas de tiempo).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="144" />
            <source>%n post(s) missed the SLA</source>
            <translation>
                <numerusform>%n publicación incumplió el SLA</numerusform>
                <numerusform>%n publicaciones incumplieron el SLA</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="146" />
            <source>slipping reply times are a common mistake: fast replies to the first comments keep a thread going.</source>
            <translation>dejar que se alarguen los tiempos de respuesta es un error común: responder rápido a los primeros comentarios mantiene viva la conversación.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="159" />
            <source>Change response SLA</source>
            <translation>Cambiar el SLA de respuesta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="163" />
            <source>Response SLA not saved: {reason}</source>
            <translation>SLA de respuesta no guardado: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="166" />
            <source>Response SLA</source>
            <translation>SLA de respuesta</translation>
        </message>
    </context>
    <context>
        <name>SprintActions</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="58" />
            <source>Created sprint “{name}”</source>
            <translation>Sprint «{name}» creado</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="95" />
            <source>Planned “{name}” from {day} with %n carried</source>
            <translation>
                <numerusform>«{name}» planificado desde el {day} con %n tarea trasladada</numerusform>
                <numerusform>«{name}» planificado desde el {day} con %n tareas trasladadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="123" />
            <source>Delete “{name}” with its %n task(s) and check-in notes? This cannot be undone.</source>
            <translation>
                <numerusform>¿Eliminar «{name}» con su %n tarea y las notas de revisión? No se puede deshacer.</numerusform>
                <numerusform>¿Eliminar «{name}» con sus %n tareas y las notas de revisión? No se puede deshacer.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="125" />
            <source>Delete sprint</source>
            <translation>Eliminar sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="146" />
            <source>Export sprint report</source>
            <translation>Exportar informe del sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="148" />
            <source>Markdown (*.md);;PDF (*.pdf)</source>
            <translation>Markdown (*.md);;PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="166" />
            <source>Sprint report: {name}</source>
            <translation>Informe del sprint: {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="174" />
            <source>Could not write {path}: {reason}</source>
            <translation>No se pudo escribir {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="180" />
            <source>Sprint report written to {path}</source>
            <translation>Informe del sprint escrito en {path}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="191" />
            <source>Exported to {path}</source>
            <translation>Exportado a {path}</translation>
        </message>
    </context>
    <context>
        <name>SprintCheckinModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="220" />
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="221" />
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="222" />
            <source>Returning</source>
            <translation>Recurrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="223" />
            <source>Share</source>
            <translation>Proporción</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="224" />
            <source>Engaged</source>
            <translation>Interactuaron</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="225" />
            <source>Replies/1k</source>
            <translation>Resp./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="226" />
            <source>What worked</source>
            <translation>Qué funcionó</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="227" />
            <source>What to drop</source>
            <translation>Qué descartar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="230" />
            <source>Sprint week</source>
            <translation>Semana del sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="231" />
            <source>First and last day of the week</source>
            <translation>Primer y último día de la semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="233" />
            <source>Returning engagers: people who engaged on at least two different days in the 30 days ending on the week's last day</source>
            <translation>Participantes recurrentes: personas que interactuaron en al menos dos días distintos en los 30 días que terminan el último día de la semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="240" />
            <source>Returning share = returning engagers ÷ engaged people (30-day window). Benchmark 20–40 %. The verdict judges this share.</source>
            <translation>Proporción de recurrentes = participantes recurrentes ÷ personas que interactuaron (ventana de 30 días). Referencia 20–40 %. El veredicto juzga esta proporción.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="247" />
            <source>Engaged people: everyone who engaged at least once in the 30-day window</source>
            <translation>Personas que interactuaron: todas las que interactuaron al menos una vez en la ventana de 30 días</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="252" />
            <source>Replies per 1,000 reach: replies on community posts ÷ their reach × 1,000. Benchmark 5–25. The verdict judges this rate.</source>
            <translation>Respuestas por cada 1.000 de alcance: respuestas en publicaciones de comunidad ÷ su alcance × 1.000. Referencia 5–25. El veredicto juzga esta tasa.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="258" />
            <source>Your note: what to keep doing (double-click to edit)</source>
            <translation>Tu nota: qué seguir haciendo (doble clic para editar)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="259" />
            <source>Your note: what to stop doing (double-click to edit)</source>
            <translation>Tu nota: qué dejar de hacer (doble clic para editar)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="264" />
            <source>Figures appear once the week has ended; only complete weeks count toward the verdict.</source>
            <translation>Las cifras aparecen cuando termina la semana; solo las semanas completas cuentan para el veredicto.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="299" />
            <source>Week {number}</source>
            <translation>Semana {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="334" />
            <source>upcoming</source>
            <translation>próxima</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="335" />
            <source>in progress</source>
            <translation>en curso</translation>
        </message>
    </context>
    <context>
        <name>SprintCommands</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/commands.py" line="55" />
            <source>Tick “{title}”</source>
            <translation>Marcar «{title}»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/commands.py" line="57" />
            <source>Untick “{title}”</source>
            <translation>Desmarcar «{title}»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/commands.py" line="79" />
            <source>Move “{title}” to week {number}</source>
            <translation>Mover «{title}» a la semana {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/commands.py" line="98" />
            <source>Edit task “{title}”</source>
            <translation>Editar la tarea «{title}»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/commands.py" line="118" />
            <source>Add task “{title}”</source>
            <translation>Añadir la tarea «{title}»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/commands.py" line="141" />
            <source>Delete task “{title}”</source>
            <translation>Eliminar la tarea «{title}»</translation>
        </message>
    </context>
    <context>
        <name>SprintDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="284" />
            <source>Sprint details</source>
            <translation>Detalles del sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="288" />
            <source>Free text, e.g. Alex, Sam</source>
            <translation>Texto libre, p. ej., Alex, Sam</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="292" />
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="293" />
            <source>Dates:</source>
            <translation>Fechas:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="294" />
            <source>&amp;Owners:</source>
            <translation>&amp;Responsables:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="295" />
            <source>No&amp;tes:</source>
            <translation>No&amp;tas:</translation>
        </message>
    </context>
    <context>
        <name>SprintMetricsChart</name>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_chart.py" line="27" />
            <source>W{number}</source>
            <comment>week number on the chart axis</comment>
            <translation>S{number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_chart.py" line="34" />
            <source>Blue: returning engagers as a share of engaged people (30-day window, %).
Orange: replies per 1,000 reach on community posts.
Only weeks that have ended are plotted.</source>
            <translation>Azul: participantes recurrentes como proporción de las personas que interactuaron (ventana de 30 días, %).
Naranja: respuestas por cada 1.000 de alcance en publicaciones de comunidad.
Solo se dibujan las semanas ya terminadas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_chart.py" line="41" />
            <source>Returning share %</source>
            <translation>Proporción de recurrentes %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_chart.py" line="43" />
            <source>Replies per 1,000 reach</source>
            <translation>Respuestas por cada 1.000 de alcance</translation>
        </message>
    </context>
    <context>
        <name>SprintTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="74" />
            <source>Continue the same rituals another month</source>
            <translation>Continuar con los mismos rituales otro mes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="75" />
            <source>Narrow the topic and reduce formats</source>
            <translation>Acotar el tema y reducir formatos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="76" />
            <source>Not enough data yet</source>
            <translation>Aún no hay datos suficientes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="130" />
            <source>&lt;h2&gt;No sprint yet&lt;/h2&gt;&lt;p&gt;A sprint is 30 days in four weeks: set foundations, trigger participation, improve signal quality, make it repeatable. Each week has a goal, tasks and a deliverable.&lt;/p&gt;&lt;p&gt;At the end, the decision rule reads your returning engagers and replies per 1,000 reach: both rising two weeks in a row → continue; otherwise → narrow the topic and reduce formats.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Aún no hay ningún sprint&lt;/h2&gt;&lt;p&gt;Un sprint son 30 días en cuatro semanas: sentar las bases, provocar la participación, mejorar la calidad de la señal, hacerlo repetible. Cada semana tiene un objetivo, tareas y un entregable.&lt;/p&gt;&lt;p&gt;Al final, la regla de decisión lee tus participantes recurrentes y las respuestas por cada 1.000 de alcance: si ambas suben dos semanas seguidas → continuar; si no → acotar el tema y reducir formatos.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="138" />
            <source>Create the first sprint…</source>
            <translation>Crear el primer sprint…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="154" />
            <source>Sprint:</source>
            <translation>Sprint:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="160" />
            <source>Pick a sprint of this workspace</source>
            <translation>Elige un sprint de este espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="168" />
            <source>Tasks done across the four weeks</source>
            <translation>Tareas hechas en las cuatro semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="176" />
            <source>&amp;New sprint…</source>
            <translation>&amp;Nuevo sprint…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="178" />
            <source>Create a 30-day sprint from the template or a copy of an earlier one (Ctrl+Shift+N)</source>
            <translation>Crear un sprint de 30 días a partir de la plantilla o de una copia de uno anterior (Ctrl+Mayús+N)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="181" />
            <source>&amp;Plan next month…</source>
            <translation>&amp;Planificar el mes siguiente…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="183" />
            <source>Create the next sprint starting the day after this one, carrying unfinished tasks (Ctrl+Shift+M)</source>
            <translation>Crear el siguiente sprint a partir del día después de este, trasladando las tareas pendientes (Ctrl+Mayús+M)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="186" />
            <source>E&amp;xport report…</source>
            <translation>E&amp;xportar informe…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="187" />
            <source>Sprint report as Markdown or PDF (Ctrl+Shift+R)</source>
            <translation>Informe del sprint en Markdown o PDF (Ctrl+Mayús+R)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="191" />
            <source>More</source>
            <translation>Más</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="194" />
            <source>Sprint &amp;details…</source>
            <translation>&amp;Detalles del sprint…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="195" />
            <source>Rename the sprint, change owners or notes</source>
            <translation>Renombrar el sprint, cambiar responsables o notas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="196" />
            <source>&amp;Delete sprint…</source>
            <translation>&amp;Eliminar sprint…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="217" />
            <source>Weekly check-in</source>
            <translation>Revisión semanal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="221" />
            <source>Filter weeks and notes…</source>
            <translation>Filtrar semanas y notas…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="236" />
            <source>Figures are the Dashboard's, for community posts. Returning engagers: people who engaged on two or more days in the 30 days ending on the week's last day. Replies per 1,000 reach: community posts only. Figures appear when a week has ended. Double-click a note to edit it.</source>
            <translation>Las cifras son las del panel, para publicaciones de comunidad. Participantes recurrentes: personas que interactuaron en dos o más días en los 30 días que terminan el último día de la semana. Respuestas por cada 1.000 de alcance: solo publicaciones de comunidad. Las cifras aparecen cuando termina una semana. Haz doble clic en una nota para editarla.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="247" />
            <source>Decision rule</source>
            <translation>Regla de decisión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="266" />
            <source>Both returning share and replies per 1,000 reach rose in each of the last two week-over-week steps → continue. Otherwise → narrow. Fewer than three ended weeks → not enough data. Equal is not rising.</source>
            <translation>La proporción de recurrentes y las respuestas por cada 1.000 de alcance subieron en cada uno de los dos últimos pasos semana a semana → continuar. Si no → acotar. Menos de tres semanas terminadas → datos insuficientes. Igual no es subir.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="350" />
            <source>{done}/{total} done ({percent})</source>
            <translation>{done}/{total} hechas ({percent})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="356" />
            <source>week {number} of 4</source>
            <translation>semana {number} de 4</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="358" />
            <source>ended</source>
            <translation>terminado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="360" />
            <source>starts {day}</source>
            <translation>empieza el {day}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="361" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n vencida</numerusform>
                <numerusform>%n vencidas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="362" />
            <source>Owners: {owners}</source>
            <translation>Responsables: {owners}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="378" />
            <source>Returning share is judged (not the count) so a month that merely reached more people does not pass for one where more of them came back. Only weeks that have ended count.</source>
            <translation>Se juzga la proporción de recurrentes (no el número), para que un mes que solo llegó a más personas no pase por uno en el que más de ellas volvieron. Solo cuentan las semanas terminadas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="420" />
            <source>Sprint</source>
            <translation>Sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="426" />
            <source>task</source>
            <translation>tarea</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="455" />
            <source>Kept the other member's version of the task.</source>
            <translation>Se mantuvo la versión de la tarea del otro miembro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="505" />
            <source>Edit task “{title}”</source>
            <translation>Editar la tarea «{title}»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="529" />
            <source>Edit week {number}</source>
            <translation>Editar la semana {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="536" />
            <source>Week {number}: what worked</source>
            <translation>Semana {number}: qué funcionó</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="538" />
            <source>Week {number}: what to drop</source>
            <translation>Semana {number}: qué descartar</translation>
        </message>
    </context>
    <context>
        <name>SprintTaskListModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="58" />
            <source>overdue</source>
            <translation>vencida</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="62" />
            <source>due {day}</source>
            <translation>vence el {day}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="66" />
            <source>carried over</source>
            <translation>trasladada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="124" />
            <source>Owner: {owner}</source>
            <translation>Responsable: {owner}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="126" />
            <source>Due: {day}</source>
            <translation>Vence: {day}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="126" />
            <source>No due date</source>
            <translation>Sin fecha de vencimiento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="129" />
            <source>&lt;b&gt;Overdue&lt;/b&gt;: open and past its due date</source>
            <translation>&lt;b&gt;Vencida&lt;/b&gt;: abierta y pasada su fecha de vencimiento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="134" />
            <source>Space: done · Enter: edit · Ctrl+←/→: move week · Del: delete</source>
            <translation>Espacio: hecha · Intro: editar · Ctrl+←/→: mover de semana · Supr: eliminar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="145" />
            <source>done</source>
            <translation>hecha</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="145" />
            <source>open</source>
            <translation>abierta</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../microcomm_desktop/ui/startup.py" line="52" />
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="192" />
            <source>Edit task</source>
            <translation>Editar tarea</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="192" />
            <source>Add task</source>
            <translation>Añadir tarea</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="195" />
            <source>e.g. Draft 10 prompts</source>
            <translation>p. ej., Redactar 10 preguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="198" />
            <source>Week {number}</source>
            <translation>Semana {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="201" />
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="220" />
            <source>Post URL, ritual name, prompt set or file path</source>
            <translation>URL de la publicación, nombre del ritual, conjunto de preguntas o ruta del archivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="221" />
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="227" />
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="228" />
            <source>&amp;Week:</source>
            <translation>&amp;Semana:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="229" />
            <source>&amp;Owner:</source>
            <translation>&amp;Responsable:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="230" />
            <source>Due date:</source>
            <translation>Fecha de vencimiento:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="231" />
            <source>&amp;Notes:</source>
            <translation>&amp;Notas:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="232" />
            <source>&amp;Produced:</source>
            <translation>&amp;Producido:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="240" />
            <source>Document this task produced</source>
            <translation>Documento que produjo esta tarea</translation>
        </message>
    </context>
    <context>
        <name>TeamServerDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="27" />
            <source>Connect to team server</source>
            <translation>Conectar al servidor del equipo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="34" />
            <source>A team shares one workspace on a PostgreSQL server: everyone logs, imports and plans at the same time. Ask whoever set up the server for these details. The password is kept in your system's keyring, never in MicroComm's settings file.</source>
            <translation>Un equipo comparte un espacio de trabajo en un servidor PostgreSQL: todos registran, importan y planifican a la vez. Pide estos datos a quien configuró el servidor. La contraseña se guarda en el llavero de tu sistema, nunca en el archivo de configuración de MicroComm.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="39" />
            <source>Open now: {current}</source>
            <translation>Abierto ahora: {current}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="48" />
            <source>kept in the system keyring</source>
            <translation>guardada en el llavero del sistema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="52" />
            <source>Server</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="53" />
            <source>Port</source>
            <translation>Puerto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="54" />
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="55" />
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="56" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="71" />
            <source>Test connection</source>
            <translation>Probar la conexión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="72" />
            <source>Connect</source>
            <translation>Conectar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="74" />
            <source>Use the local data file</source>
            <translation>Usar el archivo de datos local</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="98" />
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="106" />
            <source>Please correct the fields above.</source>
            <translation>Corrige los campos de arriba.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="113" />
            <source>Restart MicroComm to open it.</source>
            <translation>Reinicia MicroComm para abrirlo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="119" />
            <source>MicroComm opens the local data file at the next start.</source>
            <translation>MicroComm abrirá el archivo de datos local en el próximo inicio.</translation>
        </message>
    </context>
    <context>
        <name>ThemePicker</name>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/theme_editor.py" line="40" />
            <source>Add a theme… (Enter or comma)</source>
            <translation>Añadir un tema… (Intro o coma)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/theme_editor.py" line="43" />
            <source>Type to pick an existing theme or create a new one; Enter or a comma adds it. Backspace in the empty box removes the last theme.</source>
            <translation>Escribe para elegir un tema existente o crear uno nuevo; Intro o una coma lo añade. Retroceso en el cuadro vacío quita el último tema.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/theme_editor.py" line="122" />
            <source>Remove “{theme}”</source>
            <translation>Quitar «{theme}»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/theme_editor.py" line="124" />
            <source>Remove “{theme}” (new theme)</source>
            <translation>Quitar «{theme}» (tema nuevo)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/theme_editor.py" line="127" />
            <source>Theme {theme}, click to remove</source>
            <translation>Tema {theme}, haz clic para quitarlo</translation>
        </message>
    </context>
    <context>
        <name>ThumbnailLoader</name>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/thumbnail_loader.py" line="40" />
            <source>{file} is missing from the data folder.</source>
            <translation>{file} no está en la carpeta de datos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/thumbnail_loader.py" line="47" />
            <source>{file} is not an image Qt can read ({error}).</source>
            <translation>{file} no es una imagen que Qt pueda leer ({error}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/thumbnail_loader.py" line="57" />
            <source>{file} is {width} × {height} pixels — too large to show.</source>
            <translation>{file} mide {width} × {height} píxeles: demasiado grande para mostrarla.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/thumbnail_loader.py" line="67" />
            <source>{file} could not be decoded: {error}.</source>
            <translation>No se pudo decodificar {file}: {error}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/thumbnail_loader.py" line="85" />
            <source>{file} could not be read: {error}</source>
            <translation>No se pudo leer {file}: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/thumbnail_loader.py" line="125" />
            <source>unreadable</source>
            <translation>ilegible</translation>
        </message>
    </context>
    <context>
        <name>WeekColumn</name>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="119" />
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="161" />
            <source>Week {number}</source>
            <translation>Semana {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="121" />
            <source>TODAY</source>
            <translation>HOY</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="123" />
            <source>Today falls in this week</source>
            <translation>Hoy cae en esta semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="125" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="126" />
            <source>Edit the goal and deliverable of week {number}</source>
            <translation>Editar el objetivo y el entregable de la semana {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="134" />
            <source>The week's main goal</source>
            <translation>El objetivo principal de la semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="137" />
            <source>What exists at the end of the week if it went well</source>
            <translation>Lo que existe al final de la semana si salió bien</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="148" />
            <source>Week {number} tasks</source>
            <translation>Tareas de la semana {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="152" />
            <source>+ Add task</source>
            <translation>+ Añadir tarea</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="153" />
            <source>Add a task to week {number} (Insert in the list)</source>
            <translation>Añadir una tarea a la semana {number} (Insert en la lista)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="162" />
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="163" />
            <source>Goal:</source>
            <translation>Objetivo:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="164" />
            <source>Deliverable:</source>
            <translation>Entregable:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="168" />
            <source>{done}/{total} done ({percent})</source>
            <translation>{done}/{total} hechas ({percent})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="172" />
            <source>no tasks</source>
            <translation>sin tareas</translation>
        </message>
    </context>
    <context>
        <name>WeekDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="263" />
            <source>Week {number}</source>
            <translation>Semana {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="267" />
            <source>&amp;Goal:</source>
            <translation>&amp;Objetivo:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="268" />
            <source>&amp;Deliverable:</source>
            <translation>&amp;Entregable:</translation>
        </message>
    </context>
    <context>
        <name>WeeklyChart</name>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="91" />
            <source>Hover over the chart to read a week's value.</source>
            <translation>Pasa el ratón por el gráfico para leer el valor de una semana.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="93" />
            <source>Reset zoom</source>
            <translation>Restablecer zoom</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="94" />
            <source>Show every week again after zooming (mouse wheel) or panning (drag)</source>
            <translation>Volver a mostrar todas las semanas tras hacer zoom (rueda) o desplazar (arrastrar)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="96" />
            <source>Save chart as PNG/SVG…</source>
            <translation>Guardar el gráfico como PNG/SVG…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="146" />
            <source>Benchmark band {band}</source>
            <translation>Rango de referencia {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="197" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="198" />
            <source>Week ending {date}: {value}</source>
            <translation>Semana que termina el {date}: {value}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="230" />
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="246" />
            <source>Save chart</source>
            <translation>Guardar gráfico</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="232" />
            <source>PNG image (*.png);;SVG image (*.svg)</source>
            <translation>Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="243" />
            <source>the image could not be written</source>
            <translation>no se pudo escribir la imagen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="246" />
            <source>Could not save {path}: {error}</source>
            <translation>No se pudo guardar {path}: {error}</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="31" />
            <source>Welcome to MicroComm</source>
            <translation>Te damos la bienvenida a MicroComm</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="35" />
            <source>Run a micro community as a measured system: a clear promise, weekly rituals, a post log that computes returning engagers and conversation depth, deals and 30-day sprints.</source>
            <translation>Gestiona una microcomunidad como un sistema medido: una promesa clara, rituales semanales, un registro de publicaciones que calcula los participantes recurrentes y la profundidad de las conversaciones, acuerdos y sprints de 30 días.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="40" />
            <source>Everything stays on this computer. The sample community can be removed again at any time (File › Delete workspace…).</source>
            <translation>Todo se queda en este equipo. La comunidad de ejemplo se puede quitar en cualquier momento (Archivo › Eliminar espacio de trabajo…).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="46" />
            <source>Start a community…</source>
            <translation>Empezar una comunidad…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="49" />
            <source>Explore the sample community</source>
            <translation>Explorar la comunidad de ejemplo</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceSettingsDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="26" />
            <source>nothing — ratios stay n/a</source>
            <translation>nada: las tasas quedan en n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="27" />
            <source>views</source>
            <translation>visualizaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="28" />
            <source>impressions</source>
            <translation>impresiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="29" />
            <source>views, else impressions</source>
            <translation>visualizaciones; si no, impresiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="30" />
            <source>impressions, else views</source>
            <translation>impresiones; si no, visualizaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="44" />
            <source>Workspace settings — {name}</source>
            <translation>Ajustes del espacio de trabajo — {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="52" />
            <source>Engagements / reach (default)</source>
            <translation>Interacciones / alcance (por defecto)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="53" />
            <source>Engagements / impressions</source>
            <translation>Interacciones / impresiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="63" />
            <source>@yourname, youtube:@YourChannel</source>
            <translation>@tunombre, youtube:@TuCanal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="66" />
            <source>Your own accounts, separated by commas; 'platform:@name' limits one to a platform. Their replies time the response SLA and deepen conversations, but they never count as an engager (returning engagers, cohorts, top engagers, insights, sprint check-in, reports). Case and '@' do not matter.</source>
            <translation>Tus propias cuentas, separadas por comas; 'plataforma:@nombre' limita una a una plataforma. Sus respuestas cuentan para el SLA de respuesta y profundizan las conversaciones, pero nunca cuentan como participantes (participantes recurrentes, cohortes, principales participantes, insights, revisión del sprint, informes). Las mayúsculas y la '@' no importan.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="77" />
            <source>When a post has no reach (e.g. YouTube), divide ER, saves/1k, replies/1k by…</source>
            <translation>Cuando una publicación no tiene alcance (p. ej., YouTube), dividir la ER, guardados/1k y respuestas/1k entre…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="81" />
            <source>Figures computed this way are marked * and say which stand-in they use (dashboard, posts, insights, reports). With 'nothing' those ratios stay n/a for posts without reach.</source>
            <translation>Las cifras calculadas así se marcan con * e indican qué sustituto usan (panel, publicaciones, insights, informes). Con «nada», esas tasas quedan en n/d para las publicaciones sin alcance.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="100" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="101" />
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="102" />
            <source>Engagement rate</source>
            <translation>Tasa de interacción</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="103" />
            <source>Weeks start on</source>
            <translation>Las semanas empiezan el</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="104" />
            <source>Currency code</source>
            <translation>Código de moneda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="105" />
            <source>Currency symbol</source>
            <translation>Símbolo de moneda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="106" />
            <source>Your own handles</source>
            <translation>Tus propios usuarios</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="117" />
            <source>A workspace needs a name.</source>
            <translation>Un espacio de trabajo necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="121" />
            <source>Unknown time zone “{zone}”; pick one from the list.</source>
            <translation>Zona horaria desconocida «{zone}»; elige una de la lista.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="133" />
            <source>The currency code has three letters, e.g. USD or EUR.</source>
            <translation>El código de moneda tiene tres letras, p. ej., USD o EUR.</translation>
        </message>
    </context>
    <context>
        <name>domain.rituals</name>
        <message>
            <location filename="../../microcomm_desktop/domain/rituals.py" line="44" />
            <source>“{day}” is not a weekday (0 = Monday … 6 = Sunday).</source>
            <translation>«{day}» no es un día de la semana (0 = lunes … 6 = domingo).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/rituals.py" line="61" />
            <source>“{text}” is not a time: use HH:MM, e.g. 18:30.</source>
            <translation>«{text}» no es una hora: usa HH:MM, p. ej. 18:30.</translation>
        </message>
    </context>
    <context>
        <name>domain.sprints</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/sprints.py" line="131" />
            <source>Only %n week(s) of data: the rule needs three weeks of returning engagers and replies per 1,000 reach.</source>
            <translation>
                <numerusform>Solo %n semana de datos: la regla necesita tres semanas de participantes recurrentes y respuestas por cada 1.000 de alcance.</numerusform>
                <numerusform>Solo %n semanas de datos: la regla necesita tres semanas de participantes recurrentes y respuestas por cada 1.000 de alcance.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/sprints.py" line="142" />
            <source>A week among the last three has no returning-engagers or replies figure, so the trend cannot be judged.</source>
            <translation>A una de las tres últimas semanas le falta la cifra de participantes recurrentes o de respuestas, así que no se puede juzgar la tendencia.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/sprints.py" line="151" />
            <source>Returning engagers and replies per 1,000 reach both rose two weeks in a row: run the same rituals for another month.</source>
            <translation>Los participantes recurrentes y las respuestas por cada 1.000 de alcance subieron dos semanas seguidas: mantén los mismos rituales otro mes.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/sprints.py" line="159" />
            <source>Returning engagers and replies per 1,000 reach did not both rise two weeks in a row: narrow the topic, reduce formats and test again.</source>
            <translation>Los participantes recurrentes y las respuestas por cada 1.000 de alcance no subieron ambos dos semanas seguidas: acota el tema, reduce formatos y vuelve a probar.</translation>
        </message>
    </context>
    <context>
        <name>services.ics</name>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="92" />
            <source>“{name}” is not in the file: there is no {weekdays} between {start} and {end}</source>
            <translation>«{name}» no está en el archivo: no hay ningún {weekdays} entre {start} y {end}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="100" />
            <source>its end</source>
            <translation>su fin</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="191" />
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="198" />
            <source>ritual</source>
            <translation>ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="199" />
            <source>event</source>
            <translation>evento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="200" />
            <source>skipped date</source>
            <translation>fecha omitida</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="201" />
            <source>warning</source>
            <translation>advertencia</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="202" />
            <source>not imported</source>
            <translation>no importado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="253" />
            <source>Would create {rituals} ritual(s), {events} one-off event(s) and {skips} skipped date(s) from {vevents} event(s) in {calendars} calendar(s); {not_imported} not imported, {warnings} warning(s).</source>
            <translation>Se crearían {rituals} ritual(es), {events} evento(s) puntual(es) y {skips} fecha(s) omitida(s) a partir de {vevents} evento(s) en {calendars} calendario(s); {not_imported} sin importar, {warnings} advertencia(s).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="255" />
            <source>Created {rituals} ritual(s), {events} one-off event(s) and {skips} skipped date(s) from {vevents} event(s) in {calendars} calendar(s); {not_imported} not imported, {warnings} warning(s).</source>
            <translation>Se crearon {rituals} ritual(es), {events} evento(s) puntual(es) y {skips} fecha(s) omitida(s) a partir de {vevents} evento(s) en {calendars} calendario(s); {not_imported} sin importar, {warnings} advertencia(s).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="343" />
            <source>This file is damaged: it says it is UTF-16 text but is not.</source>
            <translation>Este archivo está dañado: dice que es texto UTF-16, pero no lo es.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="354" />
            <source>This is a ZIP archive, not a calendar file: unzip it and import the .ics inside.</source>
            <translation>Esto es un archivo ZIP, no un archivo de calendario: descomprímelo e importa el .ics que contiene.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="359" />
            <source>This is a PDF document, not a calendar file (.ics).</source>
            <translation>Esto es un documento PDF, no un archivo de calendario (.ics).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="361" />
            <source>This is not a readable calendar file: it is empty.</source>
            <translation>No es un archivo de calendario legible: está vacío.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="378" />
            <source>This is not a readable calendar file: it has no BEGIN:VCALENDAR line.</source>
            <translation>No es un archivo de calendario legible: no tiene la línea BEGIN:VCALENDAR.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="393" />
            <source>This is not a readable calendar file: {why}</source>
            <translation>No es un archivo de calendario legible: {why}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="395" />
            <source>its time-zone definitions (VTIMEZONE) are malformed: zones were looked up by name instead</source>
            <translation>sus definiciones de zona horaria (VTIMEZONE) están mal formadas: las zonas se buscaron por su nombre</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="400" />
            <source>This is not a readable calendar file: it has no VCALENDAR.</source>
            <translation>No es un archivo de calendario legible: no contiene ningún VCALENDAR.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="440" />
            <source>unknown zone “{zone}”: times without a zone read as {workspace_zone}</source>
            <translation>zona desconocida «{zone}»: las horas sin zona se leen como {workspace_zone}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="463" />
            <source>an older copy of event #{number} (same UID, lower SEQUENCE)</source>
            <translation>una copia más antigua del evento #{number} (mismo UID, SEQUENCE menor)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="475" />
            <location filename="../../microcomm_desktop/services/ics.py" line="485" />
            <source>could not be read ({why})</source>
            <translation>no se pudo leer ({why})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="489" />
            <source>the calendar holds no events ({todos} to-do item(s) are not calendar events)</source>
            <translation>el calendario no contiene eventos ({todos} tarea(s) no son eventos de calendario)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="493" />
            <source>the calendar holds no events</source>
            <translation>el calendario no contiene eventos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="534" />
            <source>its {property} line cannot be read: {detail}</source>
            <translation>su línea {property} no se puede leer: {detail}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="558" />
            <source>it has no start (DTSTART)</source>
            <translation>no tiene inicio (DTSTART)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="561" />
            <source>it has {count} start times (DTSTART lines)</source>
            <translation>tiene {count} horas de inicio (líneas DTSTART)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="572" />
            <source>time zone “{zone}” is not defined in the file: read as {label}</source>
            <translation>la zona horaria «{zone}» no está definida en el archivo: se lee como {label}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="576" />
            <source>time zone “{zone}” is unknown and the file does not define it: its times are read as {label}</source>
            <translation>la zona horaria «{zone}» es desconocida y el archivo no la define: sus horas se leen como {label}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="592" />
            <source>its end is not after its start: its length is stored as 1 minute</source>
            <translation>su fin no es posterior a su inicio: su duración se guarda como 1 minuto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="594" />
            <source>it lasts {hours} hours: its length is stored as 24 hours, the longest an entry can last</source>
            <translation>dura {hours} horas: su duración se guarda como 24 horas, lo máximo que puede durar una entrada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="657" />
            <source>spanning {days} days (shown on its first day)</source>
            <translation>de {days} días (se muestra en su primer día)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="664" />
            <source>secondly</source>
            <translation>cada segundo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="665" />
            <source>minutely</source>
            <translation>cada minuto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="666" />
            <source>hourly</source>
            <translation>cada hora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="667" />
            <source>daily</source>
            <translation>a diario</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="668" />
            <source>weekly</source>
            <translation>cada semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="669" />
            <source>monthly</source>
            <translation>cada mes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="670" />
            <source>yearly</source>
            <translation>cada año</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="671" />
            <source>irregularly</source>
            <translation>de forma irregular</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="673" />
            <source>every {n}</source>
            <translation>cada {n}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="674" />
            <source>repeats {how}: only weekly (or daily) events become rituals</source>
            <translation>se repite {how}: solo los eventos semanales (o diarios) se convierten en rituales</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="687" />
            <source>the event is cancelled (STATUS:CANCELLED)</source>
            <translation>el evento está cancelado (STATUS:CANCELLED)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="702" />
            <source>one-off event</source>
            <translation>evento puntual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="707" />
            <source>extra date (RDATE)</source>
            <translation>fecha adicional (RDATE)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="712" />
            <source>it has several RRULEs: a ritual repeats one way</source>
            <translation>tiene varias RRULE: un ritual se repite de una sola manera</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="718" />
            <source>it uses EXRULE, which rituals cannot express</source>
            <translation>usa EXRULE, que los rituales no pueden expresar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="740" />
            <source>its rule uses {parts}: only plain weekly events become rituals</source>
            <translation>su regla usa {parts}: solo los eventos semanales simples se convierten en rituales</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="747" />
            <source>all-day series: a ritual needs a time</source>
            <translation>serie de todo el día: un ritual necesita una hora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="757" />
            <source>unusual weekday rule “{rule}”</source>
            <translation>regla de día de la semana inusual «{rule}»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="786" />
            <source>first date (DTSTART) of “{name}”, off its weekdays</source>
            <translation>primera fecha (DTSTART) de «{name}», fuera de sus días de la semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="797" />
            <source>its rule ends before its first occurrence</source>
            <translation>su regla termina antes de su primera sesión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="844" />
            <source>{date} at {time}</source>
            <translation>{date} a las {time}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="852" />
            <source>{count} of its dates between {first} and {last} really start at another time here: {dates}</source>
            <translation>{count} de sus fechas entre {first} y {last} empiezan en realidad a otra hora aquí: {dates}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="861" />
            <source>(and {more} more)</source>
            <translation>(y {more} más)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="863" />
            <source>{zone} and {workspace_zone} do not change their clocks together; the ritual keeps {time}</source>
            <translation>{zone} y {workspace_zone} no cambian la hora a la vez; el ritual mantiene las {time}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="870" />
            <source>later years move the same way</source>
            <translation>los años siguientes se mueven igual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="886" />
            <source>EXDATE {date} is not one of its dates: ignored</source>
            <translation>EXDATE {date} no es una de sus fechas: se ignora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="901" />
            <source>extra date (RDATE) of “{name}”</source>
            <translation>fecha adicional (RDATE) de «{name}»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="972" />
            <source>a cancelled instance of a series not imported</source>
            <translation>una sesión cancelada de una serie no importada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="984" />
            <source>changed instance of a series not imported</source>
            <translation>sesión modificada de una serie no importada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="997" />
            <source>cancels a time that is not one of “{name}”'s: ignored</source>
            <translation>cancela una hora que no es de «{name}»: se ignora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1005" />
            <source>change of “{name}” at a time the series does not have</source>
            <translation>cambio de «{name}» a una hora que la serie no tiene</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1024" />
            <source>the {date} date of “{name}” has its own text in the file; the ritual keeps its own</source>
            <translation>la fecha {date} de «{name}» tiene su propio texto en el archivo; el ritual conserva el suyo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1039" />
            <source>moved from {date} of “{name}” (that date is marked skipped)</source>
            <translation>movido desde el {date} de «{name}» (esa fecha se marca como omitida)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1072" />
            <source>already a ritual with the same days and time (left unchanged)</source>
            <translation>ya hay un ritual con los mismos días y hora (se deja sin cambios)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1087" />
            <source>until {date}</source>
            <translation>hasta el {date}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1097" />
            <source>{days} {time} ({minutes} min) from {date}</source>
            <translation>{days} {time} ({minutes} min) desde el {date}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1114" />
            <source>a date of “{name}”, which was not imported</source>
            <translation>una fecha de «{name}», que no se importó</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1123" />
            <source>already on the calendar on {date} {time}</source>
            <translation>ya está en el calendario el {date} {time}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1144" />
            <source>{what} on {date} {time} ({minutes} min)</source>
            <translation>{what} el {date} {time} ({minutes} min)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1148" />
            <source>{what} on {date} (all day)</source>
            <translation>{what} el {date} (todo el día)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1171" />
            <source>Could not read {path}: {reason}</source>
            <translation>No se pudo leer {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>services.rituals</name>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="117" />
            <source>Give the ritual a name.</source>
            <translation>Ponle un nombre al ritual.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="119" />
            <source>Keep the name under 120 characters.</source>
            <translation>Mantén el nombre por debajo de 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="124" />
            <source>Pick at least one weekday.</source>
            <translation>Elige al menos un día de la semana.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="136" />
            <source>Duration is 1 to 1440 minutes.</source>
            <translation>La duración es de 1 a 1440 minutos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="139" />
            <source>Pick the first date.</source>
            <translation>Elige la primera fecha.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="141" />
            <source>The end date is before the start date.</source>
            <translation>La fecha de fin es anterior a la de inicio.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="183" />
            <location filename="../../microcomm_desktop/services/rituals.py" line="369" />
            <source>That ritual no longer exists.</source>
            <translation>Ese ritual ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="364" />
            <source>Status is one of {statuses}.</source>
            <translation>El estado es uno de {statuses}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="397" />
            <source>Post {id} is not in this workspace's post log.</source>
            <translation>La publicación {id} no está en el registro de publicaciones de este espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="403" />
            <source>That prompt no longer exists.</source>
            <translation>Esa pregunta ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="453" />
            <source>Give the event a title.</source>
            <translation>Ponle un título al evento.</translation>
        </message>
    </context>
    <context>
        <name>services.sprints</name>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="62" />
            <source>(nothing yet)</source>
            <translation>(nada todavía)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="63" />
            <source>Post</source>
            <translation>Publicación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="64" />
            <source>Ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="65" />
            <source>Prompt set</source>
            <translation>Conjunto de preguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="66" />
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="74" />
            <source>Narrow the topic: pick the one theme with the most replies per 1,000 reach</source>
            <translation>Acotar el tema: elige el único tema con más respuestas por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="75" />
            <source>Drop one format: keep the two that earned the most replies</source>
            <translation>Quitar un formato: quédate con los dos que más respuestas obtuvieron</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="76" />
            <source>Rewrite prompts for the narrowed topic (ask for a number, screenshot, choice or constraint)</source>
            <translation>Reescribir las preguntas para el tema acotado (pide un número, una captura, una elección o una restricción)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="80" />
            <source>Compare returning engagers and replies per 1,000 reach with last month</source>
            <translation>Comparar los participantes recurrentes y las respuestas por cada 1.000 de alcance con el mes pasado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="88" />
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="89" />
            <source>Narrow</source>
            <translation>Acotar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="90" />
            <source>Not enough data</source>
            <translation>Datos insuficientes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="334" />
            <source>That sprint no longer exists.</source>
            <translation>Ese sprint ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="341" />
            <source>That task no longer exists (it may have been deleted).</source>
            <translation>Esa tarea ya no existe (puede que se haya eliminado).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="349" />
            <source>Give the sprint a name, e.g. “Month 2: narrow to hip mobility”.</source>
            <translation>Ponle un nombre al sprint, p. ej., «Mes 2: acotar a movilidad de cadera».</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="353" />
            <source>Keep the sprint name under {limit} characters (it has {length}).</source>
            <translation>Mantén el nombre del sprint por debajo de {limit} caracteres (tiene {length}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="367" />
            <source>Title: a task needs a short title, e.g. “Draft 10 prompts”.</source>
            <translation>Título: una tarea necesita un título corto, p. ej., «Redactar 10 preguntas».</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="371" />
            <source>Title: keep it under {limit} characters (it has {length}).</source>
            <translation>Título: mantenlo por debajo de {limit} caracteres (tiene {length}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="380" />
            <source>Owner: keep it under {limit} characters.</source>
            <translation>Responsable: mantenlo por debajo de {limit} caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="384" />
            <location filename="../../microcomm_desktop/services/sprints.py" line="602" />
            <location filename="../../microcomm_desktop/services/sprints.py" line="678" />
            <source>Week: a sprint has weeks 1 to 4.</source>
            <translation>Semana: un sprint tiene las semanas 1 a 4.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="386" />
            <source>Due date: not a date.</source>
            <translation>Fecha de vencimiento: no es una fecha.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="389" />
            <source>Link: pick post, ritual, prompt set or document.</source>
            <translation>Enlace: elige publicación, ritual, conjunto de preguntas o documento.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="393" />
            <source>Link: say what the task produced (a post link, ritual name, prompt set or file path).</source>
            <translation>Enlace: indica qué produjo la tarea (un enlace a una publicación, nombre de ritual, conjunto de preguntas o ruta de archivo).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="399" />
            <source>Link: pick what kind of thing the link points to.</source>
            <translation>Enlace: elige a qué tipo de cosa apunta el enlace.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="449" />
            <source>Set foundations</source>
            <translation>Sentar las bases</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="450" />
            <source>Write promise</source>
            <translation>Escribir la promesa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="451" />
            <source>Pick home</source>
            <translation>Elegir la plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="452" />
            <source>Create onboarding</source>
            <translation>Crear la bienvenida</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="453" />
            <source>Draft prompts</source>
            <translation>Redactar preguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="454" />
            <source>Pinned welcome + 10 prompts + ritual schedule</source>
            <translation>Bienvenida fijada + 10 preguntas + calendario de rituales</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="457" />
            <source>Trigger participation</source>
            <translation>Provocar la participación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="458" />
            <source>Run two rituals</source>
            <translation>Realizar dos rituales</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="459" />
            <source>Reply fast</source>
            <translation>Responder rápido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="460" />
            <source>Feature members</source>
            <translation>Destacar a los miembros</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="461" />
            <source>2 recap posts + member highlights</source>
            <translation>2 publicaciones de resumen + miembros destacados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="462" />
            <source>Improve signal quality</source>
            <translation>Mejorar la calidad de la señal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="463" />
            <source>Refine topics</source>
            <translation>Afinar los temas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="464" />
            <source>Add templates</source>
            <translation>Añadir plantillas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="465" />
            <source>Recruit 5 power members</source>
            <translation>Reclutar 5 miembros muy activos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="466" />
            <source>Template drop + power member list</source>
            <translation>Paquete de plantillas + lista de miembros muy activos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="467" />
            <source>Make it repeatable</source>
            <translation>Hacerlo repetible</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="468" />
            <source>Document playbook</source>
            <translation>Documentar el manual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="469" />
            <source>Set KPIs</source>
            <translation>Definir los KPI</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="470" />
            <source>Plan next month</source>
            <translation>Planificar el mes siguiente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="471" />
            <source>30-day report + next-month calendar</source>
            <translation>Informe de 30 días + calendario del mes siguiente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="521" />
            <source>A sprint has exactly four weeks (1 to 4).</source>
            <translation>Un sprint tiene exactamente cuatro semanas (1 a 4).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="639" />
            <source>Link: set the kind and the reference together.</source>
            <translation>Enlace: indica el tipo y la referencia a la vez.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="832" />
            <source>The next month is already planned: “{name}” starts {day}.</source>
            <translation>El mes siguiente ya está planificado: «{name}» empieza el {day}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="897" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="920" />
            <source>W{number}</source>
            <translation>S{number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="920" />
            <source>no ended weeks</source>
            <translation>ninguna semana terminada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="923" />
            <source>Weeks used: {weeks}</source>
            <translation>Semanas usadas: {weeks}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="928" />
            <source>(changes {deltas})</source>
            <translation>(cambios {deltas})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="933" />
            <source>Returning share: {values}</source>
            <translation>Proporción de recurrentes: {values}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="939" />
            <source>Replies per 1,000 reach: {values}</source>
            <translation>Respuestas por cada 1.000 de alcance: {values}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="951" />
            <source>Run the same rituals for another month (Plan next month, template as is).</source>
            <translation>Mantener los mismos rituales otro mes (Planificar el mes siguiente, plantilla tal cual).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="957" />
            <source>Keep logging posts and interactions every week; the rule needs three ended weeks.</source>
            <translation>Sigue registrando publicaciones e interacciones cada semana; la regla necesita tres semanas terminadas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="963" />
            <source>Carry over: {title} (week {number}, {owner})</source>
            <translation>Trasladar: {title} (semana {number}, {owner})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="965" />
            <source>Carry over: {title} (week {number})</source>
            <translation>Trasladar: {title} (semana {number})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="991" />
            <source>No sponsored posts (posts linked to a deal) were published during the sprint.</source>
            <translation>Durante el sprint no se publicaron publicaciones patrocinadas (publicaciones vinculadas a un acuerdo).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="994" />
            <source>Sponsored posts published during the sprint: {count}. Disclosure spot-checks: {checks}.</source>
            <translation>Publicaciones patrocinadas publicadas durante el sprint: {count}. Comprobaciones del aviso: {checks}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1002" />
            <source>Sprint report: {name}</source>
            <translation>Informe del sprint: {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1003" />
            <source>Owners: {owners}</source>
            <translation>Responsables: {owners}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1004" />
            <source>Progress: {done}/{total} tasks ({percent})</source>
            <translation>Progreso: {done}/{total} tareas ({percent})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1005" />
            <source>Generated {day}</source>
            <translation>Generado el {day}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1006" />
            <source>Goals and deliverables</source>
            <translation>Objetivos y entregables</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1007" />
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1008" />
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1009" />
            <source>Goal</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1010" />
            <source>Deliverable</source>
            <translation>Entregable</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1011" />
            <source>Done</source>
            <translation>Hechas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1012" />
            <source>Tasks</source>
            <translation>Tareas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1013" />
            <source>Deliverables and tasks done</source>
            <translation>Entregables y tareas hechas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1014" />
            <source>Week {number}: {goal}</source>
            <translation>Semana {number}: {goal}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1015" />
            <source>(no goal)</source>
            <translation>(sin objetivo)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1016" />
            <source>(no tasks)</source>
            <translation>(sin tareas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1017" />
            <source>Metrics per week (community posts)</source>
            <translation>Métricas por semana (publicaciones de comunidad)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1018" />
            <source>Returning engagers</source>
            <translation>Participantes recurrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1019" />
            <source>Returning share</source>
            <translation>Proporción de recurrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1020" />
            <source>Engaged people</source>
            <translation>Personas que interactuaron</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1021" />
            <source>Replies per 1,000 reach</source>
            <translation>Respuestas por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1022" />
            <source>What worked</source>
            <translation>Qué funcionó</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1023" />
            <source>What to drop</source>
            <translation>Qué descartar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1024" />
            <source>not ended</source>
            <translation>sin terminar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1025" />
            <source>Sponsored posts: disclosure</source>
            <translation>Publicaciones patrocinadas: aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1026" />
            <source>Verdict</source>
            <translation>Veredicto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1027" />
            <source>Verdict: {verdict}</source>
            <translation>Veredicto: {verdict}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1028" />
            <source>Next steps</source>
            <translation>Próximos pasos</translation>
        </message>
    </context>
</TS>