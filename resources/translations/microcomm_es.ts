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
        <name>Startup</name>
        <message>
            <location filename="../../microcomm_desktop/ui/startup.py" line="52" />
            <source>Quit</source>
            <translation>Salir</translation>
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
        <name>domain.imports.chat</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/__init__.py" line="73" />
            <source>This file is not a chat export the app reads: use a DiscordChatExporter JSON or CSV, Telegram's result.json, a WhatsApp chat .txt (or its .zip) or a Slack export folder or .zip.</source>
            <translation>Este archivo no es una exportación de chat que la app pueda leer: usa un JSON o CSV de DiscordChatExporter, el result.json de Telegram, un .txt de chat de WhatsApp (o su .zip) o una carpeta o .zip de exportación de Slack.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/__init__.py" line="87" />
            <source>Unknown chat format {format}; use one of {formats}.</source>
            <translation>Formato de chat desconocido {format}; usa uno de estos: {formats}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/__init__.py" line="106" />
            <source>{title} holds no {extensions} file for a {format} export.</source>
            <translation>{title} no contiene ningún archivo {extensions} para una exportación de {format}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/__init__.py" line="107" />
            <source> or </source>
            <translation> o </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="72" />
            <source>{name}: the channel is not described before its messages.</source>
            <translation>{name}: el canal no se describe antes de sus mensajes.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="90" />
            <source>{name} is not a complete DiscordChatExporter JSON file ({reason}).</source>
            <translation>{name} no es un archivo JSON completo de DiscordChatExporter ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="96" />
            <source>{name} has no "channel": not a DiscordChatExporter JSON export.</source>
            <translation>{name} no tiene "channel": no es una exportación JSON de DiscordChatExporter.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="121" />
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="139" />
            <source>message {number}</source>
            <translation>mensaje {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="124" />
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="117" />
            <source>no message id</source>
            <translation>sin ID de mensaje</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="140" />
            <source>unreadable time {value}</source>
            <translation>hora ilegible {value}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="197" />
            <source>{name}: a DiscordChatExporter CSV starts with AuthorID,Author,Date,Content.</source>
            <translation>{name}: un CSV de DiscordChatExporter empieza con AuthorID,Author,Date,Content.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="216" />
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="135" />
            <source>line {number}</source>
            <translation>línea {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="217" />
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="129" />
            <source>unreadable date {value}</source>
            <translation>fecha ilegible {value}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/slack.py" line="57" />
            <source>{title}: a Slack export has users.json next to the channel folders.</source>
            <translation>{title}: una exportación de Slack tiene users.json junto a las carpetas de canales.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/slack.py" line="66" />
            <source>{title}: users.json cannot be read ({reason}).</source>
            <translation>{title}: no se puede leer users.json ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/slack.py" line="79" />
            <source>{file} cannot be read; its conversations are taken by folder name.</source>
            <translation>No se puede leer {file}; sus conversaciones se toman por el nombre de la carpeta.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/slack.py" line="93" />
            <source>{title}: no channel folders with day files (YYYY-MM-DD.json) were found.</source>
            <translation>{title}: no se encontraron carpetas de canales con archivos diarios (YYYY-MM-DD.json).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/slack.py" line="103" />
            <source>not JSON ({reason})</source>
            <translation>no es JSON ({reason})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/slack.py" line="106" />
            <source>not a list of messages</source>
            <translation>no es una lista de mensajes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/slack.py" line="136" />
            <source>message without a readable ts {value}</source>
            <translation>mensaje sin un ts legible {value}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="80" />
            <source>{name} is not a complete Telegram export ({reason}).</source>
            <translation>{name} no es una exportación completa de Telegram ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="86" />
            <source>{name} has no "messages": not a Telegram Desktop chat export (result.json).</source>
            <translation>{name} no tiene "messages": no es una exportación de chat de Telegram Desktop (result.json).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="101" />
            <source>Saved Messages ({count} notes to yourself) were not imported.</source>
            <translation>Los Mensajes guardados ({count} notas para ti) no se importaron.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="114" />
            <source>{chat} message</source>
            <translation>mensaje de {chat}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="115" />
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="127" />
            <source>chat</source>
            <translation>chat</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="126" />
            <source>{chat} message {number}</source>
            <translation>mensaje {number} de {chat}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="104" />
            <source>{name}: no WhatsApp message lines found (a line starts with its date and time, e.g. "12/31/20, 11:59 PM - Ana: Hello" or "[31.12.20, 23:59:59] Ana: Hello").</source>
            <translation>{name}: no se encontraron líneas de mensajes de WhatsApp (una línea empieza con su fecha y hora, p. ej., "12/31/20, 11:59 PM - Ana: Hello" o "[31.12.20, 23:59:59] Ana: Hello").</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="112" />
            <source>{count} line(s) before the first message were not messages and were ignored.</source>
            <translation>{count} línea(s) antes del primer mensaje no eran mensajes y se ignoraron.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="119" />
            <source>Dates read as day/month (as asked).</source>
            <translation>Fechas leídas como día/mes (como se pidió).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="121" />
            <source>Dates read as month/day (as asked).</source>
            <translation>Fechas leídas como mes/día (como se pidió).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="136" />
            <source>date or time {date} {time} does not exist</source>
            <translation>la fecha u hora {date} {time} no existe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="174" />
            <source>Two people and no group events: read as a direct-message chat.</source>
            <translation>Dos personas y ningún evento de grupo: se lee como un chat de mensajes directos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="187" />
            <source>Dates mix day/month and month/day forms; read as day/month (the more common form).</source>
            <translation>Las fechas mezclan las formas día/mes y mes/día; se leen como día/mes (la forma más común).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="196" />
            <source>Dates read as day/month: a number above 12 decides it.</source>
            <translation>Fechas leídas como día/mes: un número mayor que 12 lo decide.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="198" />
            <source>Dates read as month/day: a number above 12 decides it.</source>
            <translation>Fechas leídas como mes/día: un número mayor que 12 lo decide.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="204" />
            <source>the dates then run forwards in time</source>
            <translation>así las fechas avanzan en el tiempo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="209" />
            <source>the phone's locale form (12-hour with slashes: month first; otherwise day first)</source>
            <translation>el formato regional del teléfono (12 horas con barras: primero el mes; si no, primero el día)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="214" />
            <source>Dates read as day/month: {reason}.</source>
            <translation>Fechas leídas como día/mes: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="216" />
            <source>Dates read as month/day: {reason}.</source>
            <translation>Fechas leídas como mes/día: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>domain.imports.month_names</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="156" />
            <source>{names} and {last}</source>
            <translation>{names} y {last}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="166" />
            <source>{name} is not a month name.</source>
            <translation>{name} no es un nombre de mes.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="174" />
            <source>{month} in {languages}</source>
            <translation>{month} en {languages}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="181" />
            <source>{first} but {second}</source>
            <translation>{first}, pero {second}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="185" />
            <source>{name} is {readings}; nothing else in the column says which language the export is in: choose it (CLI: --date-language, e.g. pl or hr).</source>
            <translation>{name} es {readings}; nada más en la columna indica en qué idioma está la exportación: elígelo (CLI: --date-language, p. ej., pl o hr).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="281" />
            <source>Month names such as {names} are read in {language}, as you chose.</source>
            <translation>Los nombres de mes como {names} se leen en {language}, como elegiste.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="286" />
            <source>Month names such as {names} are read as {languages} ({evidence} in the same column settles it).</source>
            <translation>Los nombres de mes como {names} se leen en {languages} ({evidence} en la misma columna lo decide).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="291" />
            <source>Month names such as {names} are read in {language}, this computer's language: nothing in the column settles it (CLI: --date-language to choose).</source>
            <translation>Los nombres de mes como {names} se leen en {language}, el idioma de este ordenador: nada en la columna lo decide (CLI: --date-language para elegir).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="296" />
            <source>Month names such as {names} read as different months in different languages; those rows are refused.</source>
            <translation>Los nombres de mes como {names} corresponden a meses distintos según el idioma; esas filas se rechazan.</translation>
        </message>
    </context>
    <context>
        <name>domain.imports.parsing</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="122" />
            <source>{value} uses a comma between thousands, but this file writes decimals with a comma; check the column.</source>
            <translation>{value} usa una coma entre los miles, pero este archivo escribe los decimales con coma; revisa la columna.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="135" />
            <source>{value} is negative; counts cannot be below zero.</source>
            <translation>{value} es negativo; los recuentos no pueden ser menores que cero.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="153" />
            <source>The id {value} was rounded by Excel (scientific notation); its digits are lost. Open the original export without Excel, or format the column as Text before saving.</source>
            <translation>Excel ha redondeado el ID {value} (notación científica); sus cifras se han perdido. Abre la exportación original sin Excel o da formato de Texto a la columna antes de guardar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="192" />
            <source>{hour} is not an hour on a 12-hour clock.</source>
            <translation>{hour} no es una hora en formato de 12 horas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="204" />
            <source>{value} is not a real date/time ({reason}).</source>
            <translation>{value} no es una fecha u hora real ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="229" />
            <source>The date is empty; every post needs its publish date.</source>
            <translation>La fecha está vacía; cada publicación necesita su fecha de publicación.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="240" />
            <source>{value} is a spreadsheet serial number, not a date; export the column as text.</source>
            <translation>{value} es un número de serie de hoja de cálculo, no una fecha; exporta la columna como texto.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="265" />
            <source>{value} does not fit this column, which writes dates day/month.</source>
            <translation>{value} no encaja en esta columna, que escribe las fechas como día/mes.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="269" />
            <source>{value} does not fit this column, which writes dates month/day.</source>
            <translation>{value} no encaja en esta columna, que escribe las fechas como mes/día.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="312" />
            <source>{value} is not a date this importer understands. Examples that work: 2024-09-27, Sep 27, 2024, 09/27/2024 14:30, Tue, Jul 14, 2026.</source>
            <translation>{value} no es una fecha que el importador entienda. Ejemplos válidos: 2024-09-27, Sep 27, 2024, 09/27/2024 14:30, Tue, Jul 14, 2026, 27 de septiembre de 2024.</translation>
        </message>
    </context>
    <context>
        <name>domain.imports.presets</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="54" />
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="65" />
            <source>Handle</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="55" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="56" />
            <source>Timestamp</source>
            <translation>Marca de tiempo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="57" />
            <source>Post (id or link)</source>
            <translation>Publicación (ID o enlace)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="58" />
            <source>Interaction id</source>
            <translation>ID de la interacción</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="59" />
            <source>Parent/thread id</source>
            <translation>ID del mensaje padre o del hilo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="60" />
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="66" />
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="61" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="67" />
            <source>Power member</source>
            <translation>Miembro clave</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="68" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="69" />
            <source>First seen</source>
            <translation>Visto por primera vez</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="70" />
            <source>Last seen</source>
            <translation>Visto por última vez</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="497" />
            <source>This is YouTube Studio's Chart data.csv: views per video per day, not each video's totals (reading it would replace a video's views with one day's). Import Table data.csv from the same download (or the .zip itself) instead.</source>
            <translation>Este es el Chart data.csv de YouTube Studio: visualizaciones por vídeo y día, no los totales de cada vídeo (leerlo sustituiría las visualizaciones de un vídeo por las de un día). Importa en su lugar Table data.csv de la misma descarga (o el propio .zip).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="503" />
            <source>This looks like YouTube Studio's Totals.csv: the channel's figures per day, not posts. Import Table data.csv from the same download (or the .zip itself) instead.</source>
            <translation>Esto parece el Totals.csv de YouTube Studio: las cifras del canal por día, no publicaciones. Importa en su lugar Table data.csv de la misma descarga (o el propio .zip).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="512" />
            <source>This file holds dated account figures ({cols}: e.g. TikTok's FollowerHistory.csv or Viewers.csv), nothing about posts; importing it would create empty posts. Import the per-post export (or the daily Overview.csv) instead.</source>
            <translation>Este archivo contiene cifras de cuenta con fecha ({cols}: p. ej., FollowerHistory.csv o Viewers.csv de TikTok), nada sobre publicaciones; importarlo crearía publicaciones vacías. Importa en su lugar la exportación por publicación (o el Overview.csv diario).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="518" />
            <source>This is a Meta Business Suite per-metric file (a Date and a Primary column: one account figure per day, e.g. Views or Reach), not posts. Export Content → Posts (Export data → CSV) instead.</source>
            <translation>Este es un archivo de Meta Business Suite por métrica (una columna Date y una Primary: una cifra de la cuenta por día, p. ej., visualizaciones o alcance), no publicaciones. Exporta en su lugar Content → Posts (Export data → CSV).</translation>
        </message>
    </context>
    <context>
        <name>domain.imports.rows</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="59" />
            <source>{theme}… is {length} characters; keep a theme under {limit}.</source>
            <translation>{theme}… tiene {length} caracteres; un tema debe tener menos de {limit}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="104" />
            <source>the handle is empty.</source>
            <translation>el usuario está vacío.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="185" />
            <source>{value} is ambiguous (day/month or month/day) and nothing in the column settles it; choose the date order (wizard: Dates; CLI: --date-order dmy or mdy).</source>
            <translation>{value} es ambiguo (día/mes o mes/día) y nada en la columna lo decide; elige el orden de las fechas (asistente: Fechas; CLI: --date-order dmy o mdy).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="215" />
            <source>{date} is out of range: dates from {earliest} to two years after today are accepted.</source>
            <translation>{date} está fuera de rango: se aceptan fechas desde {earliest} hasta dos años después de hoy.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="227" />
            <source>{day} does not exist in {year}.</source>
            <translation>El {day} no existe en {year}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="249" />
            <source>no publish date (YouTube leaves it empty for unlisted, private or removed videos)</source>
            <translation>sin fecha de publicación (YouTube la deja vacía en los vídeos ocultos, privados o eliminados)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="275" />
            <source>summary row (Total)</source>
            <translation>fila de resumen (Total)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="298" />
            <source>{field} {count} is a net change (more removed than added that day, e.g. deleted comments); stored as 0, the day's other counts are kept.</source>
            <translation>{field} {count} es un cambio neto (ese día se quitó más de lo que se añadió, p. ej., comentarios borrados); se guarda como 0 y se conservan los demás recuentos del día.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="304" />
            <source>{field} {count} is a net change (more removed than added in the export's period, e.g. likes taken back); stored as 0, the row's other counts are kept.</source>
            <translation>{field} {count} es un cambio neto (en el periodo de la exportación se quitó más de lo que se añadió, p. ej., «me gusta» retirados); se guarda como 0 y se conservan los demás recuentos de la fila.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="322" />
            <source>{value} is not a label: use community or reach.</source>
            <translation>{value} no es una etiqueta: usa community o reach.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="344" />
            <source>a row of column descriptions under the header, not data</source>
            <translation>una fila de descripciones de columnas bajo el encabezado, no son datos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="347" />
            <source>Date/time: no date column is mapped; every post needs its publish date.</source>
            <translation>Fecha/hora: no hay ninguna columna de fecha asignada; cada publicación necesita su fecha de publicación.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="386" />
            <source>no post id or link in this row (a re-import could not match it; not imported)</source>
            <translation>no hay ID de publicación ni enlace en esta fila (una nueva importación no podría emparejarla; no se importa)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="401" />
            <source>reach ({reach}) is higher than impressions ({impressions}); columns swapped?</source>
            <translation>el alcance ({reach}) es mayor que las impresiones ({impressions}); ¿columnas intercambiadas?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="408" />
            <source>format {value}… is longer than 80 characters; it is cut to 80.</source>
            <translation>el formato {value}… tiene más de 80 caracteres; se recorta a 80.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="432" />
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="487" />
            <source>{field}: no column is mapped.</source>
            <translation>{field}: no hay ninguna columna asignada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="443" />
            <source>{value} is not a kind; use one of {kinds}.</source>
            <translation>{value} no es un tipo; usa uno de estos: {kinds}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="456" />
            <source>the post id or link is empty.</source>
            <translation>el ID o el enlace de la publicación está vacío.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="504" />
            <source>{value} is not yes or no.</source>
            <translation>{value} no es sí ni no.</translation>
        </message>
    </context>
    <context>
        <name>domain.imports.sniff</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="73" />
            <source>a ZIP archive</source>
            <translation>un archivo ZIP</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="74" />
            <source>an empty ZIP archive</source>
            <translation>un archivo ZIP vacío</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="75" />
            <source>a PDF document</source>
            <translation>un documento PDF</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="76" />
            <source>a gzip-compressed file</source>
            <translation>un archivo comprimido con gzip</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="77" />
            <source>a 7-Zip archive</source>
            <translation>un archivo 7-Zip</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="78" />
            <source>a RAR archive</source>
            <translation>un archivo RAR</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="79" />
            <source>an old Excel (.xls) or Office file</source>
            <translation>un archivo antiguo de Excel (.xls) u Office</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="80" />
            <source>a PNG image</source>
            <translation>una imagen PNG</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="81" />
            <source>a JPEG image</source>
            <translation>una imagen JPEG</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="82" />
            <source>a GIF image</source>
            <translation>una imagen GIF</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="83" />
            <source>an SQLite database</source>
            <translation>una base de datos SQLite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="84" />
            <source>a bzip2-compressed file</source>
            <translation>un archivo comprimido con bzip2</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="85" />
            <source>an xz-compressed file</source>
            <translation>un archivo comprimido con xz</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="86" />
            <source>a damaged ZIP archive</source>
            <translation>un archivo ZIP dañado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="87" />
            <source>an Excel workbook (.xlsx)</source>
            <translation>un libro de Excel (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="88" />
            <source>an OpenDocument file (.ods/.odt)</source>
            <translation>un archivo OpenDocument (.ods/.odt)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="89" />
            <source>a binary file, not a text table</source>
            <translation>un archivo binario, no una tabla de texto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="90" />
            <source>a web page (HTML) — the download probably failed or needed you to be logged in</source>
            <translation>una página web (HTML): probablemente la descarga falló o necesitaba que iniciaras sesión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="93" />
            <source>an XML file</source>
            <translation>un archivo XML</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="94" />
            <source>a JSON file</source>
            <translation>un archivo JSON</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="95" />
            <source>a calendar file (.ics); import it from the Rituals tab</source>
            <translation>un archivo de calendario (.ics); impórtalo desde la pestaña Rituales</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="146" />
            <source>{name} is {kind}, not a CSV export. Export or save the data as CSV (comma- or semicolon-separated text) and import that file.</source>
            <translation>{name} es {kind}, no una exportación CSV. Exporta o guarda los datos como CSV (texto separado por comas o punto y coma) e importa ese archivo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="157" />
            <source>{name} is a ZIP archive that cannot be opened ({reason}).</source>
            <translation>{name} es un archivo ZIP que no se puede abrir ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="167" />
            <source>{name} is a YouTube Studio download: read {table} (one row per video, its totals for the chosen period); {others} (per-day figures) were not imported.</source>
            <translation>{name} es una descarga de YouTube Studio: se leyó {table} (una fila por vídeo, con sus totales del periodo elegido); {others} (cifras diarias) no se importaron.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="173" />
            <source>{name} is a YouTube Studio download: read {table} (one row per video, its totals for the chosen period).</source>
            <translation>{name} es una descarga de YouTube Studio: se leyó {table} (una fila por vídeo, con sus totales del periodo elegido).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="180" />
            <source>{name} is a ZIP archive: read {member}, the only table in it.</source>
            <translation>{name} es un archivo ZIP: se leyó {member}, la única tabla que contiene.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="188" />
            <source>no CSV file</source>
            <translation>ningún archivo CSV</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="190" />
            <source>{name} is a ZIP archive holding {listed}; unzip it and import the CSV you want (for YouTube Studio, {table}).</source>
            <translation>{name} es un archivo ZIP que contiene {listed}; descomprímelo e importa el CSV que quieras (en YouTube Studio, {table}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="196" />
            <source>{name} is a ZIP archive: read {member}, the one table of posts or daily totals in it; {others} (per-day or audience figures, not posts) were not imported.</source>
            <translation>{name} es un archivo ZIP: se leyó {member}, la única tabla de publicaciones o totales diarios que contiene; {others} (cifras diarias o de audiencia, no publicaciones) no se importaron.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="203" />
            <source>{member} inside {name} is larger than 512 MB; split it first.</source>
            <translation>{member} dentro de {name} ocupa más de 512 MB; divídelo primero.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="211" />
            <source>{member} inside {name} cannot be read ({reason}).</source>
            <translation>{member} dentro de {name} no se puede leer ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="218" />
            <source>{member} inside {name} is {kind}, not a CSV export.</source>
            <translation>{member} dentro de {name} es {kind}, no una exportación CSV.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="229" />
            <source>{first} and {second}</source>
            <translation>{first} y {second}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="287" />
            <source>The file says it is UTF-16 but is not; unreadable characters were replaced.</source>
            <translation>El archivo dice ser UTF-16 pero no lo es; se sustituyeron los caracteres ilegibles.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="316" />
            <source>The file is UTF-8 with %n unreadable byte(s) (lines {lines}), replaced with �. Check the text on those lines.</source>
            <translation>
                <numerusform>El archivo es UTF-8 con %n byte ilegible (línea {lines}), sustituido por �. Revisa el texto de esas líneas.</numerusform>
                <numerusform>El archivo es UTF-8 con %n bytes ilegibles (líneas {lines}), sustituidos por �. Revisa el texto de esas líneas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="328" />
            <source>The file is not UTF-8; it was read as Windows-1252 (Western European). Check accents.</source>
            <translation>El archivo no es UTF-8; se leyó como Windows-1252 (Europa occidental). Revisa los acentos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="336" />
            <source>The file is not UTF-8; it was read as Latin-1. Check accents and special characters.</source>
            <translation>El archivo no es UTF-8; se leyó como Latin-1. Revisa los acentos y los caracteres especiales.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="384" />
            <source>This is {kind}, not a CSV export. Export or save the data as CSV (comma- or semicolon-separated text) and import that file.</source>
            <translation>Esto es {kind}, no una exportación CSV. Exporta o guarda los datos como CSV (texto separado por comas o punto y coma) e importa ese archivo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="395" />
            <source>The file is empty.</source>
            <translation>El archivo está vacío.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="399" />
            <source>This is {kind}, not a CSV export. Export or save the data as CSV and import that file.</source>
            <translation>Esto es {kind}, no una exportación CSV. Exporta o guarda los datos como CSV e importa ese archivo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="409" />
            <source>The file starts with Excel's separator hint (sep={delimiter}); it was used and skipped.</source>
            <translation>El archivo empieza con la indicación de separador de Excel (sep={delimiter}); se usó y se omitió.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="449" />
            <source>Line {line}: the file is not a readable CSV ({reason}).</source>
            <translation>Línea {line}: el archivo no es un CSV legible ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="459" />
            <source>The file has no header row.</source>
            <translation>El archivo no tiene fila de encabezado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="462" />
            <source>The file has only one column and no data; is it really a CSV export?</source>
            <translation>El archivo solo tiene una columna y ningún dato; ¿de verdad es una exportación CSV?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="472" />
            <source>{problem} Nothing was imported: fix the quote in the file and import again.</source>
            <translation>{problem} No se importó nada: corrige la comilla en el archivo y vuelve a importar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="478" />
            <source>{problem} You chose to import the file as it is.</source>
            <translation>{problem} Elegiste importar el archivo tal como está.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="503" />
            <source>Skipped %n line(s) above the header row (a title or date range).</source>
            <translation>
                <numerusform>Se omitió %n línea sobre la fila de encabezado (un título o un intervalo de fechas).</numerusform>
                <numerusform>Se omitieron %n líneas sobre la fila de encabezado (un título o un intervalo de fechas).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="630" />
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="670" />
            <source>column {number}</source>
            <translation>columna {number}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="634" />
            <source>%n of them look like rows of their own</source>
            <translation>
                <numerusform>%n de ellas parece una fila propia</numerusform>
                <numerusform>%n de ellas parecen filas propias</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="636" />
            <source>it is {length} characters long, far longer than the rest of the column</source>
            <translation>tiene {length} caracteres, mucho más que el resto de la columna</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="639" />
            <source>Line {line}: the {column} field starts with a quote (") that is not closed on its line, so it swallows lines {first}–{last} ({breaks}; {what}); the file reads as {rows} although it has {lines} lines.</source>
            <translation>Línea {line}: el campo {column} empieza con una comilla (") que no se cierra en su línea, así que se traga las líneas {first}–{last} ({breaks}; {what}); el archivo se lee como {rows} aunque tiene {lines} líneas.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="648" />
            <source>%n line break(s)</source>
            <translation>
                <numerusform>%n salto de línea</numerusform>
                <numerusform>%n saltos de línea</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="650" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n fila</numerusform>
                <numerusform>%n filas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="672" />
            <source>Line {line}: the {column} field starts with a quote (") that is never closed, so the row's last {cells} cells were merged into it.</source>
            <translation>Línea {line}: el campo {column} empieza con una comilla (") que nunca se cierra, así que las últimas {cells} celdas de la fila se fusionaron en él.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="706" />
            <source>Skipped %n repeated header row(s) (lines {lines}): the file looks like several exports joined together.</source>
            <translation>
                <numerusform>Se omitió %n fila de encabezado repetida (línea {lines}): el archivo parece varias exportaciones unidas.</numerusform>
                <numerusform>Se omitieron %n filas de encabezado repetidas (líneas {lines}): el archivo parece varias exportaciones unidas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>domain.limits</name>
        <message>
            <location filename="../../microcomm_desktop/domain/limits.py" line="42" />
            <location filename="../../microcomm_desktop/domain/limits.py" line="51" />
            <source>{low} to {high}</source>
            <translation>de {low} a {high}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/limits.py" line="61" />
            <source>This count</source>
            <translation>Este recuento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/limits.py" line="62" />
            <location filename="../../microcomm_desktop/domain/limits.py" line="74" />
            <source>{field} is too large: the allowed range is {range}.</source>
            <translation>{field}: el valor es demasiado grande; el rango permitido es {range}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/limits.py" line="70" />
            <source>This amount</source>
            <translation>Este importe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/limits.py" line="72" />
            <source>{field} is not a number.</source>
            <translation>{field}: no es un número.</translation>
        </message>
    </context>
    <context>
        <name>domain.promise</name>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="67" />
            <source>Comments + DMs</source>
            <translation>Comentarios + DM</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="68" />
            <source>Broadcast channel</source>
            <translation>Canal de difusión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="69" />
            <source>Discord</source>
            <translation>Discord</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="70" />
            <source>Close Friends / private list</source>
            <translation>Mejores amigos / lista privada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="71" />
            <source>Live series</source>
            <translation>Serie de directos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="72" />
            <source>Other</source>
            <translation>Otra</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="232" />
            <source>This is the place where {who} get {outcome} through {format}.</source>
            <comment>plural who</comment>
            <translation>Este es el lugar donde {who} consiguen {outcome} a través de {format}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="236" />
            <source>This is the place where {who} gets {outcome} through {format}.</source>
            <comment>singular who</comment>
            <translation>Este es el lugar donde {who} consigue {outcome} a través de {format}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="260" />
            <source>Say who it is for, e.g. “runners” or “indie skincare fans”.</source>
            <translation>Di para quién es, p. ej., «corredores» o «fans de la cosmética independiente».</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="268" />
            <source>“{who}” could be anyone: name the group, e.g. “new runners over 40”.</source>
            <translation>«{who}» podría ser cualquiera: nombra el grupo, p. ej., «corredores principiantes de más de 40».</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="277" />
            <source>Say what they get, e.g. “a weekly 20-minute mobility routine”.</source>
            <translation>Di qué consiguen, p. ej., «una rutina semanal de movilidad de 20 minutos».</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="284" />
            <source>The outcome has no number or time frame: make it checkable, e.g. “weekly 20-minute routines”.</source>
            <translation>El resultado no tiene ningún número ni plazo: hazlo comprobable, p. ej., «rutinas semanales de 20 minutos».</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="294" />
            <source>Say how it is delivered, e.g. “short videos and a Sunday Q and A”.</source>
            <translation>Di cómo se entrega, p. ej., «vídeos cortos y unas preguntas y respuestas los domingos».</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="305" />
            <source>Write the topic in one line, e.g. “budget travel in Japan”.</source>
            <translation>Escribe el tema en una línea, p. ej., «viajar barato por Japón».</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="311" />
            <source>“{topic}” is broad: narrow it, e.g. “budget travel in Japan” beats “travel”.</source>
            <translation>«{topic}» es amplio: acótalo; p. ej., «viajar barato por Japón» es mejor que «viajes».</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="316" />
            <source>Keep the topic to one short line (under 80 characters).</source>
            <translation>Deja el tema en una línea corta (menos de 80 caracteres).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/promise.py" line="323" />
            <source>%n primary homes: in month one pick one home, or attention (and replies) split between them.</source>
            <translation>
                <numerusform>%n plataforma principal: en el primer mes elige una sola, o la atención (y las respuestas) se reparte.</numerusform>
                <numerusform>%n plataformas principales: en el primer mes elige una, o la atención (y las respuestas) se reparte entre ellas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>domain.prompts</name>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="22" />
            <source>Identity — “What do you do?”</source>
            <translation>Identidad — «¿A qué te dedicas?»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="23" />
            <source>Constraints — “What is hard right now?”</source>
            <translation>Obstáculos — «¿Qué te cuesta ahora mismo?»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="24" />
            <source>Proof — “What have you tried?”</source>
            <translation>Pruebas — «¿Qué has probado?»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="25" />
            <source>Commitment — “What will you do this week?”</source>
            <translation>Compromiso — «¿Qué harás esta semana?»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="30" />
            <source>Broad question: ask for a number, a screenshot, a choice or a constraint. “What was your last 10-minute workout?” beats “Do you like fitness?”.</source>
            <translation>Pregunta demasiado amplia: pide un número, una captura de pantalla, una elección o una restricción. «¿Cuál fue tu último entrenamiento de 10 minutos?» es mejor que «¿Te gusta el fitness?».</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="83" />
            <source>number</source>
            <translation>un número</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="84" />
            <source>screenshot</source>
            <translation>una captura de pantalla</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="85" />
            <source>choice</source>
            <translation>una elección</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="86" />
            <source>constraint</source>
            <translation>una restricción</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="88" />
            <source>Asks for a {things}.</source>
            <translation>Pide {things}.</translation>
        </message>
    </context>
    <context>
        <name>domain.readiness</name>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="44" />
            <source>who</source>
            <translation>quién</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="45" />
            <source>outcome</source>
            <translation>resultado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="46" />
            <source>format</source>
            <translation>formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="54" />
            <source>Promise complete</source>
            <translation>Promesa completa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="56" />
            <source>Fill the promise slot(s): {slots}.</source>
            <translation>Rellena los huecos de la promesa: {slots}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="59" />
            <source>One primary home</source>
            <translation>Una plataforma principal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="64" />
            <source>Pick where the community lives.</source>
            <translation>Elige dónde vive la comunidad.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/readiness.py" line="73" />
            <source>%n primary homes: keep one in month one.</source>
            <translation>
                <numerusform>%n plataforma principal: quédate con una en el primer mes.</numerusform>
                <numerusform>%n plataformas principales: quédate con una en el primer mes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="79" />
            <source>Three recurring formats</source>
            <translation>Tres formatos recurrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="81" />
            <source>{count} of 3 formats: add {missing} more.</source>
            <translation>{count} de 3 formatos: añade {missing} más.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="91" />
            <source>rules</source>
            <translation>reglas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="92" />
            <source>what to post</source>
            <translation>qué publicar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="93" />
            <source>how to get help</source>
            <translation>cómo pedir ayuda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="100" />
            <source>Onboarding written</source>
            <translation>Bienvenida escrita</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="102" />
            <source>Write the welcome post's {parts}.</source>
            <translation>Escribe en la publicación de bienvenida: {parts}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/readiness.py" line="111" />
            <source>%n ritual(s) scheduled: two weekly rituals is the start (e.g. Tuesday teardown, Friday wins).</source>
            <translation>
                <numerusform>%n ritual programado: para empezar, dos rituales semanales (p. ej., análisis del martes, logros del viernes).</numerusform>
                <numerusform>%n rituales programados: para empezar, dos rituales semanales (p. ej., análisis del martes, logros del viernes).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="118" />
            <source>Two rituals scheduled</source>
            <translation>Dos rituales programados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="123" />
            <source>Schedule rituals, then write five prompts for each.</source>
            <translation>Programa rituales y luego escribe cinco preguntas para cada uno.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="126" />
            <source>{ritual}: {count} of {needed}</source>
            <translation>{ritual}: {count} de {needed}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="131" />
            <source>Five prompts per ritual</source>
            <translation>Cinco preguntas por ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="135" />
            <source>Disclosure line set</source>
            <translation>Texto del aviso definido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="137" />
            <source>Add the line you use to disclose paid or gifted endorsements (e.g. “#ad — paid by …”).</source>
            <translation>Añade el texto del aviso con el que indicas recomendaciones pagadas o regaladas (p. ej., «#publi — pagado por …»).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="147" />
            <source>Response SLA set</source>
            <translation>SLA de respuesta definido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="149" />
            <source>Set the reply window and how many first comments count.</source>
            <translation>Define el plazo de respuesta y cuántos primeros comentarios cuentan.</translation>
        </message>
    </context>
    <context>
        <name>domain.validation</name>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="43" />
            <source>Enter a whole number.</source>
            <translation>Escribe un número entero.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="46" />
            <source>{value} is in scientific notation — Excel has rounded this number and lost digits. Format the column as Text (or Number with 0 decimals) in the spreadsheet and export again.</source>
            <translation>{value} está en notación científica: Excel ha redondeado este número y ha perdido cifras. Da formato de Texto a la columna (o Número con 0 decimales) en la hoja de cálculo y vuelve a exportar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="55" />
            <source>{value} is ambiguous: write it as {digits} or with commas.</source>
            <translation>{value} es ambiguo: escríbelo como {digits} o con comas como separador de miles.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="62" />
            <source>{value} is not a number: use commas only between groups of three digits.</source>
            <translation>{value} no es un número: usa comas solo entre grupos de tres cifras.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="70" />
            <source>{value} is not a number. Examples that work: 42, 15,000, 1.2K, 3M.</source>
            <translation>{value} no es un número. Ejemplos válidos: 42, 15,000, 1.2K, 3M.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="78" />
            <source>{value} is not a number.</source>
            <translation>{value} no es un número.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="80" />
            <source>{value} is not a whole number.</source>
            <translation>{value} no es un número entero.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="89" />
            <source>{field} is required.</source>
            <translation>{field} es obligatorio.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="102" />
            <source>{field} cannot be negative.</source>
            <translation>{field} no puede ser negativo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="112" />
            <source>Reach ({reach}) is higher than impressions ({impressions}). Impressions include repeat views, so they are normally at least the reach — check that the two are not swapped.</source>
            <translation>El alcance ({reach}) es mayor que las impresiones ({impressions}). Las impresiones incluyen visualizaciones repetidas, así que normalmente son al menos el alcance: comprueba que no estén intercambiados.</translation>
        </message>
    </context>
    <context>
        <name>paths</name>
        <message>
            <location filename="../../microcomm_desktop/paths.py" line="30" />
            <source>a file with that name is in the way</source>
            <translation>un archivo con ese nombre lo impide</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/paths.py" line="31" />
            <source>part of the path is a file, not a folder</source>
            <translation>parte de la ruta es un archivo, no una carpeta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/paths.py" line="32" />
            <source>a folder is where the file should be</source>
            <translation>hay una carpeta donde debería estar el archivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/paths.py" line="33" />
            <location filename="../../microcomm_desktop/paths.py" line="34" />
            <source>permission denied</source>
            <translation>permiso denegado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/paths.py" line="35" />
            <source>the drive is read-only</source>
            <translation>la unidad es de solo lectura</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/paths.py" line="36" />
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/paths.py" line="37" />
            <source>a folder on the way does not exist and cannot be created</source>
            <translation>una carpeta de la ruta no existe y no se puede crear</translation>
        </message>
    </context>
    <context>
        <name>services.backups</name>
        <message>
            <location filename="../../microcomm_desktop/services/backups.py" line="55" />
            <source>{path} is not a file. Nothing was changed.</source>
            <translation>{path} no es un archivo. No se ha cambiado nada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/backups.py" line="62" />
            <source>The backup {name} was made by a newer version of MicroComm ({schema}); update MicroComm to restore it. Nothing was changed.</source>
            <translation>La copia de seguridad {name} se hizo con una versión más reciente de MicroComm ({schema}); actualiza MicroComm para restaurarla. No se ha cambiado nada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/backups.py" line="70" />
            <source>{problem} Nothing was changed.</source>
            <translation>{problem} No se ha cambiado nada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/backups.py" line="74" />
            <source>The backup {name} cannot be read ({reason}). Nothing was changed.</source>
            <translation>No se puede leer la copia de seguridad {name} ({reason}). No se ha cambiado nada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/backups.py" line="116" />
            <location filename="../../microcomm_desktop/services/backups.py" line="120" />
            <source>Cannot be restored: {problem}</source>
            <translation>No se puede restaurar: {problem}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/backups.py" line="126" />
            <source>%n workspace(s)</source>
            <translation>
                <numerusform>%n espacio de trabajo</numerusform>
                <numerusform>%n espacios de trabajo</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/backups.py" line="139" />
            <source>Cannot restore: {reason} Nothing was changed.</source>
            <translation>No se puede restaurar: {reason} No se ha cambiado nada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/backups.py" line="154" />
            <source>The backup {name} could not be brought up to this version ({reason}); your data was put back as it was before (also saved as {safety}).</source>
            <translation>No se pudo actualizar la copia de seguridad {name} a esta versión ({reason}); tus datos se dejaron como estaban (también guardados como {safety}).</translation>
        </message>
    </context>
    <context>
        <name>services.chat_import</name>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="105" />
            <source>{name} holds {count} files; that is not a chat export.</source>
            <translation>{name} contiene {count} archivos; eso no es una exportación de chat.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="139" />
            <source>{name} is empty.</source>
            <translation>{name} está vacío.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="143" />
            <source>Cannot read {path}: {reason}.</source>
            <translation>No se puede leer {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="149" />
            <source>{name} cannot be read as a chat export ({reason}).</source>
            <translation>{name} no se puede leer como exportación de chat ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="221" />
            <source>{platform} export {title}: {messages}, {people}, {threads} ({deep}), {days}.</source>
            <translation>Exportación de {platform} {title}: {messages}, {people}, {threads} ({deep}), {days}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="227" />
            <location filename="../../microcomm_desktop/services/chat_import.py" line="245" />
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n mensaje</numerusform>
                <numerusform>%n mensajes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="228" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="229" />
            <source>%n thread(s)</source>
            <translation>
                <numerusform>%n hilo</numerusform>
                <numerusform>%n hilos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="230" />
            <source>%n deep</source>
            <translation>
                <numerusform>%n profundo</numerusform>
                <numerusform>%n profundos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="231" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="235" />
            <source>Cancelled: nothing was written.</source>
            <translation>Cancelado: no se ha escrito nada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="237" />
            <source>Dry run: nothing was written.</source>
            <translation>Simulación: no se ha escrito nada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="239" />
            <source>Added {messages} and {people}.</source>
            <translation>Se añadieron {messages} y {people}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="241" />
            <source>Would add {messages} and {people}.</source>
            <translation>Se añadirían {messages} y {people}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="246" />
            <source>%n new person(s)</source>
            <translation>
                <numerusform>%n persona nueva</numerusform>
                <numerusform>%n personas nuevas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="251" />
            <source>%n direct message(s) (counted as DMs).</source>
            <translation>
                <numerusform>%n mensaje directo (contado como DM).</numerusform>
                <numerusform>%n mensajes directos (contados como DM).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="254" />
            <source>%n message(s) by your own handles: kept for response times, not engagers.</source>
            <translation>
                <numerusform>%n mensaje de tus propios usuarios: se guarda para los tiempos de respuesta, no son participantes.</numerusform>
                <numerusform>%n mensajes de tus propios usuarios: se guardan para los tiempos de respuesta, no son participantes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="263" />
            <source>%n reaction(s) counted on their messages (reactions are not people).</source>
            <translation>
                <numerusform>%n reacción contada en su mensaje (las reacciones no son personas).</numerusform>
                <numerusform>%n reacciones contadas en sus mensajes (las reacciones no son personas).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="272" />
            <source>Skipped {count}: {reason}.</source>
            <translation>Omitidos {count}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="278" />
            <source>Renamed: @{handle} now writes as {name}; kept as one person.</source>
            <translation>Cambio de nombre: @{handle} ahora escribe como {name}; se mantiene como una sola persona.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="284" />
            <source>{where}: not imported: {reason}</source>
            <translation>{where}: no importado: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="289" />
            <source>… and %n more unreadable entries.</source>
            <translation>
                <numerusform>… y %n entrada ilegible más.</numerusform>
                <numerusform>… y %n entradas ilegibles más.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="301" />
            <source>system messages (joins, leaves, pins, calls, renames)</source>
            <translation>mensajes del sistema (entradas, salidas, fijados, llamadas, cambios de nombre)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="302" />
            <source>messages by bots</source>
            <translation>mensajes de bots</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="303" />
            <source>already imported (same message in an earlier import)</source>
            <translation>ya importados (el mismo mensaje en una importación anterior)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="304" />
            <source>the same message twice in the file</source>
            <translation>el mismo mensaje dos veces en el archivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="305" />
            <source>messages by people you asked the app to forget</source>
            <translation>mensajes de personas que pediste a la app que olvidara</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="362" />
            <source>That workspace no longer exists.</source>
            <translation>Ese espacio de trabajo ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="486" />
            <source>Messages posted as the channel itself count as yours: {handles} becomes an own handle of this workspace.</source>
            <translation>Los mensajes publicados como el propio canal cuentan como tuyos: {handles} pasa a ser un usuario propio de este espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="492" />
            <source>Messages posted as the channel itself count as yours: {handles} become an own handle of this workspace.</source>
            <translation>Los mensajes publicados como el propio canal cuentan como tuyos: {handles} pasan a ser usuarios propios de este espacio de trabajo.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="606" />
            <source>%n reply/replies answer(s) a message that is not in this file or the workspace; each starts its own thread.</source>
            <translation>
                <numerusform>%n respuesta contesta a un mensaje que no está en este archivo ni en el espacio de trabajo; inicia su propio hilo.</numerusform>
                <numerusform>%n respuestas contestan a un mensaje que no está en este archivo ni en el espacio de trabajo; cada una inicia su propio hilo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>services.conflicts</name>
        <message>
            <location filename="../../microcomm_desktop/services/conflicts.py" line="23" />
            <source>another member</source>
            <translation>otro miembro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/conflicts.py" line="25" />
            <source>Not saved: {who} changed this {what} after you opened it.</source>
            <translation>No se ha guardado: {who} cambió este elemento ({what}) después de que lo abrieras.</translation>
        </message>
    </context>
    <context>
        <name>services.context</name>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="120" />
            <source>the folder {path} cannot be written (a read-only drive or folder)</source>
            <translation>no se puede escribir en la carpeta {path} (una unidad o carpeta de solo lectura)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="152" />
            <source>the disk is full ({free} MB free)</source>
            <translation>el disco está lleno ({free} MB libres)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="187" />
            <source>MicroComm cannot open the team database ({server}): {reason}. Check the address, the user name and password, and that the server is running; nothing was changed.</source>
            <translation>MicroComm no puede abrir la base de datos del equipo ({server}): {reason}. Revisa la dirección, el usuario y la contraseña, y que el servidor esté en marcha; no se ha cambiado nada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="204" />
            <source>MicroComm cannot create its data file in {path}: {reason}.</source>
            <translation>MicroComm no puede crear su archivo de datos en {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="212" />
            <source>MicroComm cannot open {path}: {reason}, and the last session did not finish writing. Make the folder writable (or free some space) so MicroComm can complete it; nothing was changed.</source>
            <translation>MicroComm no puede abrir {path}: {reason}, y la última sesión no terminó de escribir. Haz que se pueda escribir en la carpeta (o libera espacio) para que MicroComm lo complete; no se ha cambiado nada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="226" />
            <source>{path} was written by an older version and must be upgraded before it can be opened, but {reason}. Nothing was changed.</source>
            <translation>{path} lo escribió una versión anterior y hay que actualizarlo antes de abrirlo, pero {reason}. No se ha cambiado nada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="233" />
            <source>Read-only: {reason}. You can look and export; changes cannot be saved.</source>
            <translation>Solo lectura: {reason}. Puedes ver y exportar; los cambios no se pueden guardar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="257" />
            <source>The data file {path} is damaged: {reason}.</source>
            <translation>El archivo de datos {path} está dañado: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>services.drafts</name>
        <message>
            <location filename="../../microcomm_desktop/services/drafts.py" line="34" />
            <source>an earlier session</source>
            <translation>una sesión anterior</translation>
        </message>
    </context>
    <context>
        <name>services.importing</name>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="102" />
            <source>{name} is {size} MB; split it into files under 512 MB.</source>
            <translation>{name} ocupa {size} MB; divídelo en archivos de menos de 512 MB.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="109" />
            <source>Cannot read {path}: {reason}.</source>
            <translation>No se puede leer {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="139" />
            <source>Give the preset a name.</source>
            <translation>Ponle un nombre a la plantilla.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="142" />
            <source>{name} is a built-in preset name; pick another.</source>
            <translation>{name} es el nombre de una plantilla integrada; elige otro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="238" />
            <source>column {number}</source>
            <translation>columna {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="242" />
            <source>{first} and {second}</source>
            <translation>{first} y {second}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="247" />
            <source>day/month</source>
            <translation>día/mes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="248" />
            <source>month/day</source>
            <translation>mes/día</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="254" />
            <source>Dates in {column} are read {order} for the whole column ({evidence} settles it).</source>
            <translation>Las fechas de {column} se leen como {order} en toda la columna ({evidence} lo decide).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="264" />
            <source>Dates in {column} are read {order}, as {source} writes them.</source>
            <translation>Las fechas de {column} se leen como {order}, como las escribe {source}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="271" />
            <source>Dates in {column} read both ways (day/month or month/day) and no date in the column settles it: choose the date order (wizard: Dates; CLI: --date-order dmy or mdy).</source>
            <translation>Las fechas de {column} se pueden leer de las dos formas (día/mes o mes/día) y ninguna fecha de la columna lo decide: elige el orden de las fechas (asistente: Fechas; CLI: --date-order dmy o mdy).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="279" />
            <source>{column} mixes both orders: {conflict} contradicts {evidence}; rows that do not fit the column's order are refused.</source>
            <translation>{column} mezcla los dos órdenes: {conflict} contradice {evidence}; las filas que no encajan con el orden de la columna se rechazan.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="287" />
            <source>You chose {chosen} but {evidence} in {column} can only be {order}; rows that do not fit are refused.</source>
            <translation>Elegiste {chosen}, pero {evidence} en {column} solo puede ser {order}; las filas que no encajan se rechazan.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="323" />
            <source>Numbers in this file are written European style (1.234 = one thousand two hundred thirty-four).</source>
            <translation>Los números de este archivo están escritos al estilo europeo (1.234 = mil doscientos treinta y cuatro).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="376" />
            <source>No preset named {name}. Presets: {names}.</source>
            <translation>No hay ninguna plantilla llamada {name}. Plantillas: {names}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="436" />
            <source>%n row(s) in {years} {how}</source>
            <translation>
                <numerusform>%n fila en {years} {how}</numerusform>
                <numerusform>%n filas en {years} {how}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="440" />
            <source>Dates without a year: {parts}. Use --year (wizard: Year) to choose another year.</source>
            <translation>Fechas sin año: {parts}. Usa --year (asistente: Año) para elegir otro año.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="448" />
            <source>from the TikTok video ids (creation time)</source>
            <translation>a partir de los ID de vídeo de TikTok (momento de creación)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="450" />
            <source>as consecutive days ending at the most recent past date</source>
            <translation>como días consecutivos que terminan en la fecha pasada más reciente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="452" />
            <source>as the most recent past date (import day {today})</source>
            <translation>como la fecha pasada más reciente (día de importación {today})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="453" />
            <source>as you chose</source>
            <translation>como elegiste</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="469" />
            <source>No field {name}. Fields: {fields}.</source>
            <translation>No hay ningún campo {name}. Campos: {fields}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="487" />
            <source>No column {name} in this file. Columns: {columns}.</source>
            <translation>No hay ninguna columna {name} en este archivo. Columnas: {columns}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="529" />
            <source>Would insert {inserted}, would update {updated}, skipped {skipped}, rejected {rejected} of %n row(s).</source>
            <translation>
                <numerusform>Se insertarían {inserted}, se actualizarían {updated}, se omitirían {skipped} y se rechazarían {rejected} de %n fila.</numerusform>
                <numerusform>Se insertarían {inserted}, se actualizarían {updated}, se omitirían {skipped} y se rechazarían {rejected} de %n filas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="537" />
            <source>Inserted {inserted}, updated {updated}, skipped {skipped}, rejected {rejected} of %n row(s).</source>
            <translation>
                <numerusform>Insertadas {inserted}, actualizadas {updated}, omitidas {skipped}, rechazadas {rejected} de %n fila.</numerusform>
                <numerusform>Insertadas {inserted}, actualizadas {updated}, omitidas {skipped}, rechazadas {rejected} de %n filas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="550" />
            <source>Cancelled: nothing was written. {summary}</source>
            <translation>Cancelado: no se ha escrito nada. {summary}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="552" />
            <source>Dry run: nothing was written. {summary}</source>
            <translation>Simulación: no se ha escrito nada. {summary}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="554" />
            <source>Nothing was written because some rows were rejected (use skip-bad to import the rest). {summary}</source>
            <translation>No se ha escrito nada porque se rechazaron algunas filas (usa skip-bad para importar el resto). {summary}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="569" />
            <source>Themes: set on %n post(s).</source>
            <translation>
                <numerusform>Temas: asignados a %n publicación.</numerusform>
                <numerusform>Temas: asignados a %n publicaciones.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="571" />
            <source>Themes: would set on %n post(s).</source>
            <translation>
                <numerusform>Temas: se asignarían a %n publicación.</numerusform>
                <numerusform>Temas: se asignarían a %n publicaciones.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="573" />
            <source>; new themes: {themes}.</source>
            <translation>; temas nuevos: {themes}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="581" />
            <source>line {line}: skipped: {reason}</source>
            <translation>fila {line}: omitida: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="585" />
            <source>line {line}: rejected: {reason}</source>
            <translation>fila {line}: rechazada: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="589" />
            <source>line {line}: warning: {reason}</source>
            <translation>fila {line}: aviso: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="621" />
            <source>That workspace no longer exists.</source>
            <translation>Ese espacio de trabajo ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="647" />
            <location filename="../../microcomm_desktop/services/importing.py" line="881" />
            <location filename="../../microcomm_desktop/services/importing.py" line="1138" />
            <source>map a column to: {fields}</source>
            <translation>asigna una columna a: {fields}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="697" />
            <source>Date/time: {when} is out of range.</source>
            <translation>Fecha/hora: {when} está fuera de rango.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="722" />
            <location filename="../../microcomm_desktop/services/importing.py" line="732" />
            <source>the same post appears again; this later row wins</source>
            <translation>la misma publicación aparece otra vez; prevalece esta fila posterior</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="827" />
            <source>{field} would change from {before} to {after} on the stored post — check that this file covers the same period (a daily file or a shorter date range gives smaller numbers).</source>
            <translation>{field} cambiaría de {before} a {after} en la publicación guardada: comprueba que este archivo cubre el mismo periodo (un archivo diario o un intervalo de fechas más corto da números más pequeños).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="928" />
            <source>Post: no post with id or link {ref} in this workspace (import posts first).</source>
            <translation>Publicación: no hay ninguna publicación con el ID o enlace {ref} en este espacio de trabajo (importa primero las publicaciones).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="944" />
            <source>id {id} appears twice in the file; the later row is skipped</source>
            <translation>el ID {id} aparece dos veces en el archivo; se omite la fila posterior</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="961" />
            <source>Timestamp: {when} is out of range.</source>
            <translation>Marca de tiempo: {when} está fuera de rango.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="1015" />
            <source>parent {parent} not found; the message starts its own thread</source>
            <translation>no se encontró el mensaje padre {parent}; el mensaje inicia su propio hilo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="1173" />
            <source>@{handle} on {platform} appears again; this later row wins</source>
            <translation>@{handle} en {platform} aparece otra vez; prevalece esta fila posterior</translation>
        </message>
    </context>
    <context>
        <name>services.instance_lock</name>
        <message>
            <location filename="../../microcomm_desktop/services/instance_lock.py" line="28" />
            <location filename="../../microcomm_desktop/services/instance_lock.py" line="30" />
            <source>another process</source>
            <translation>otro proceso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/instance_lock.py" line="55" />
            <source>This data is already open in another MicroComm window ({holder}). Close that window first, or start with --data-dir to use other data.</source>
            <translation>Estos datos ya están abiertos en otra ventana de MicroComm ({holder}). Cierra primero esa ventana o inicia con --data-dir para usar otros datos.</translation>
        </message>
    </context>
    <context>
        <name>services.problems</name>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="42" />
            <source>Another MicroComm window or command is writing to this data right now; nothing was changed. Try again when it has finished.</source>
            <translation>Otra ventana o comando de MicroComm está escribiendo en estos datos ahora mismo; no se ha cambiado nada. Vuelve a intentarlo cuando termine.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="48" />
            <source>The data is open read-only (the folder or drive cannot be written): nothing was changed.</source>
            <translation>Los datos están abiertos en solo lectura (no se puede escribir en la carpeta o la unidad): no se ha cambiado nada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="53" />
            <source>The data file is damaged; nothing was changed. Use File › Restore from backup… (or `microcomm backup restore`) to go back to a backup.</source>
            <translation>El archivo de datos está dañado; no se ha cambiado nada. Usa Archivo › Restaurar desde una copia de seguridad… (o `microcomm backup restore`) para volver a una copia.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="59" />
            <source>The change conflicts with data written at the same moment by another window or command; nothing was changed. Try again.</source>
            <translation>El cambio choca con datos escritos en el mismo momento por otra ventana o comando; no se ha cambiado nada. Vuelve a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="66" />
            <source>MicroComm cannot open its data file {path}: check the folder and the disk.</source>
            <translation>MicroComm no puede abrir su archivo de datos {path}: revisa la carpeta y el disco.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="69" />
            <source>MicroComm cannot open its data file: check the folder and the disk.</source>
            <translation>MicroComm no puede abrir su archivo de datos: revisa la carpeta y el disco.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="70" />
            <source>The data file could not be read or written; nothing was changed. Check the disk and try again.</source>
            <translation>No se pudo leer ni escribir el archivo de datos; no se ha cambiado nada. Revisa el disco y vuelve a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="78" />
            <source>Could not use {name}: {reason}.</source>
            <translation>No se pudo usar {name}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="81" />
            <source>Could not use: {reason}.</source>
            <translation>No se pudo usar: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>services.promise</name>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="197" />
            <source>Enter a whole number of at least 1.</source>
            <translation>Escribe un número entero de al menos 1.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="213" />
            <source>Rules</source>
            <translation>Reglas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="214" />
            <source>What to post</source>
            <translation>Qué publicar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="215" />
            <source>How to get help</source>
            <translation>Cómo pedir ayuda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="242" />
            <source>Unknown home kind {kind}.</source>
            <translation>Tipo de plataforma desconocido {kind}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="297" />
            <location filename="../../microcomm_desktop/services/promise.py" line="319" />
            <source>Give the format a name.</source>
            <translation>Ponle un nombre al formato.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="299" />
            <source>Keep the name under 120 characters.</source>
            <translation>El nombre debe tener menos de 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="412" />
            <source>Write the prompt text.</source>
            <translation>Escribe el texto de la pregunta.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="414" />
            <source>Keep a prompt under 500 characters.</source>
            <translation>Una pregunta debe tener menos de 500 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="416" />
            <source>Pick a rung: {rungs}.</source>
            <translation>Elige un peldaño: {rungs}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="498" />
            <source>That prompt no longer exists.</source>
            <translation>Esa pregunta ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="500" />
            <source>That post no longer exists.</source>
            <translation>Esa publicación ya no existe.</translation>
        </message>
    </context>
    <context>
        <name>services.safe_files</name>
        <message>
            <location filename="../../microcomm_desktop/services/safe_files.py" line="38" />
            <source>Could not write {path}: {reason}. Nothing was written there.</source>
            <translation>No se pudo escribir {path}: {reason}. No se escribió nada allí.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/safe_files.py" line="45" />
            <source>the disk is full ({free} MB free)</source>
            <translation>el disco está lleno ({free} MB libres)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/safe_files.py" line="57" />
            <source>that is a folder; give a file name (for example one inside that folder)</source>
            <translation>eso es una carpeta; indica un nombre de archivo (por ejemplo, uno dentro de esa carpeta)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/safe_files.py" line="88" />
            <source>nothing was produced</source>
            <translation>no se generó nada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/safe_files.py" line="119" />
            <source>nothing was produced (free space: {free} MB)</source>
            <translation>no se generó nada (espacio libre: {free} MB)</translation>
        </message>
    </context>
    <context>
        <name>services.team_server</name>
        <message>
            <location filename="../../microcomm_desktop/services/team_server.py" line="40" />
            <source>Enter the server's name or address (ask whoever set up the team database).</source>
            <translation>Escribe el nombre o la dirección del servidor (pregunta a quien configuró la base de datos del equipo).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/team_server.py" line="50" />
            <source>The port is a whole number from 1 to 65535 (PostgreSQL's usual one is 5432).</source>
            <translation>El puerto es un número entero de 1 a 65535 (el habitual de PostgreSQL es 5432).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/team_server.py" line="54" />
            <source>Enter the database's name.</source>
            <translation>Escribe el nombre de la base de datos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/team_server.py" line="56" />
            <source>Enter your user name on the server.</source>
            <translation>Escribe tu nombre de usuario en el servidor.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/team_server.py" line="93" />
            <source>This computer has no keyring to keep the password safely, so it was not saved. Use a login without a password stored here (a ~/.pgpass file or the server's trust rules), or type it at each start.</source>
            <translation>Este ordenador no tiene un llavero para guardar la contraseña de forma segura, así que no se guardó. Usa un inicio de sesión sin contraseña guardada aquí (un archivo ~/.pgpass o las reglas de confianza del servidor) o escríbela en cada inicio.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/team_server.py" line="143" />
            <source>Connected to {server} (PostgreSQL {version}); the database holds MicroComm data.</source>
            <translation>Conectado a {server} (PostgreSQL {version}); la base de datos contiene datos de MicroComm.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/team_server.py" line="147" />
            <source>Connected to {server} (PostgreSQL {version}); the database is empty: MicroComm will set it up.</source>
            <translation>Conectado a {server} (PostgreSQL {version}); la base de datos está vacía: MicroComm la preparará.</translation>
        </message>
    </context>
    <context>
        <name>services.value_audit</name>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="108" />
            <source>{row} {name}: {field} is {value}, outside the allowed range {allowed} (correct it in the {tab} tab).</source>
            <translation>{row} {name}: {field} es {value}, fuera del rango permitido {allowed} (corrígelo en la pestaña {tab}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="118" />
            <source>Post</source>
            <translation>Publicación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="119" />
            <source>Deal</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="120" />
            <source>Deal line</source>
            <translation>Línea del acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="121" />
            <source>Rate card item</source>
            <translation>Elemento de la tarifa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="122" />
            <source>Week note</source>
            <translation>Nota semanal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="123" />
            <source>Creator</source>
            <translation>Creador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="124" />
            <source>Posts</source>
            <translation>Publicaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="125" />
            <source>Deals</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="126" />
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="127" />
            <source>Creators</source>
            <translation>Creadores</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="145" />
            <source>The data holds {count} value(s) (and possibly more) too large to add up correctly, written before this version checked them. Totals that include them would be wrong, so the Dashboard and reports do not add them up until they are corrected:</source>
            <translation>Los datos contienen {count} valor(es) (y posiblemente más) demasiado grandes para sumarse bien, escritos antes de que esta versión los comprobara. Los totales que los incluyan serían incorrectos, así que el panel y los informes no los suman hasta que se corrijan:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="152" />
            <source>The data holds {count} value(s) too large to add up correctly, written before this version checked them. Totals that include them would be wrong, so the Dashboard and reports do not add them up until they are corrected:</source>
            <translation>Los datos contienen {count} valor(es) demasiado grandes para sumarse bien, escritos antes de que esta versión los comprobara. Los totales que los incluyan serían incorrectos, así que el panel y los informes no los suman hasta que se corrijan:</translation>
        </message>
    </context>
    <context>
        <name>services.workspace_file</name>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="149" />
            <source>That workspace no longer exists; nothing was written.</source>
            <translation>Ese espacio de trabajo ya no existe; no se escribió nada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="200" />
            <source>Could not write {path}: {reason}. Nothing was exported.</source>
            <translation>No se pudo escribir {path}: {reason}. No se exportó nada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="232" />
            <source>{path} does not exist.</source>
            <translation>{path} no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="236" />
            <source>{path} is not a MicroComm workspace file (or it is damaged).</source>
            <translation>{path} no es un archivo de espacio de trabajo de MicroComm (o está dañado).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="242" />
            <source>{path} is not a MicroComm workspace file.</source>
            <translation>{path} no es un archivo de espacio de trabajo de MicroComm.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="246" />
            <source>{path} was written by a newer MicroComm; update the app to import it.</source>
            <translation>{path} lo escribió una versión más reciente de MicroComm; actualiza la app para importarlo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="253" />
            <source>{path} was written by a newer MicroComm (schema {schema}); update the app to import it.</source>
            <translation>{path} lo escribió una versión más reciente de MicroComm (esquema {schema}); actualiza la app para importarlo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="277" />
            <source>The workspace needs a name; give one with --name.</source>
            <translation>El espacio de trabajo necesita un nombre; indícalo con --name.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="285" />
            <source>{path} is damaged (table {table} fails its checksum); nothing was imported.</source>
            <translation>{path} está dañado (la tabla {table} no pasa su suma de comprobación); no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="293" />
            <source>{path} is damaged ({entry} fails its checksum); nothing was imported.</source>
            <translation>{path} está dañado ({entry} no pasa su suma de comprobación); no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="301" />
            <source>{path} holds tables this version does not know ({tables}).</source>
            <translation>{path} contiene tablas que esta versión no conoce ({tables}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="311" />
            <source>A workspace named '{name}' already exists here; nothing was imported. Import under another name (--name NEW) — workspaces are never merged.</source>
            <translation>Ya existe aquí un espacio de trabajo llamado '{name}'; no se importó nada. Impórtalo con otro nombre (--name NUEVO): los espacios de trabajo nunca se fusionan.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="333" />
            <source>Import check failed: {table} has {got} rows, the file says {expected}; nothing was imported.</source>
            <translation>La comprobación de la importación falló: {table} tiene {got} filas y el archivo dice {expected}; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="415" />
            <source>The file names an attachment outside its folder ({entry}); nothing imported.</source>
            <translation>El archivo nombra un adjunto fuera de su carpeta ({entry}); no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="436" />
            <source>{workspace}: {rows} in {tables}, {attachments} — {path}</source>
            <translation>{workspace}: {rows} en {tables}, {attachments} — {path}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="438" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n fila</numerusform>
                <numerusform>%n filas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="439" />
            <source>%n table(s)</source>
            <translation>
                <numerusform>%n tabla</numerusform>
                <numerusform>%n tablas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="440" />
            <source>%n attachment(s)</source>
            <translation>
                <numerusform>%n adjunto</numerusform>
                <numerusform>%n adjuntos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>services.workspaces</name>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="83" />
            <source>No workspace named {name}. See: microcomm workspace list</source>
            <translation>No hay ningún espacio de trabajo llamado {name}. Consulta: microcomm workspace list</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="100" />
            <source>A workspace needs a name.</source>
            <translation>Un espacio de trabajo necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="102" />
            <source>Keep the workspace name under 120 characters.</source>
            <translation>El nombre del espacio de trabajo debe tener menos de 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="116" />
            <location filename="../../microcomm_desktop/services/workspaces.py" line="249" />
            <source>A workspace named {name} already exists.</source>
            <translation>Ya existe un espacio de trabajo llamado {name}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="130" />
            <location filename="../../microcomm_desktop/services/workspaces.py" line="222" />
            <location filename="../../microcomm_desktop/services/workspaces.py" line="245" />
            <source>That workspace no longer exists.</source>
            <translation>Ese espacio de trabajo ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="134" />
            <source>The ER definition is 'reach' or 'impressions'.</source>
            <translation>La definición de ER es 'reach' o 'impressions'.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="171" />
            <source>{text}: the platform before ':' is a word such as instagram or youtube.</source>
            <translation>{text}: la plataforma antes de ':' es una palabra como instagram o youtube.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="178" />
            <source>{text}: type a handle, e.g. @yourname or instagram:@yourname.</source>
            <translation>{text}: escribe un usuario, p. ej., @tunombre o instagram:@tunombre.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="184" />
            <source>{text}: a handle has no spaces.</source>
            <translation>{text}: un usuario no tiene espacios.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="188" />
            <source>{text}: a handle is at most 120 characters.</source>
            <translation>{text}: un usuario tiene como máximo 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="265" />
            <source>Unknown time zone {zone}: use a name such as Europe/Berlin or America/New_York.</source>
            <translation>Zona horaria desconocida {zone}: usa un nombre como Europe/Madrid o America/Mexico_City.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="353" />
            <source>Deleting a workspace on a team server is not available yet: the app cannot take its safety copy there. Export it first (microcomm workspace export NAME -o FILE), then ask the server's administrator to remove it.</source>
            <translation>Todavía no se puede eliminar un espacio de trabajo en un servidor de equipo: la app no puede hacer allí su copia de seguridad. Expórtalo primero (microcomm workspace export NOMBRE -o ARCHIVO) y luego pide al administrador del servidor que lo elimine.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="388" />
            <source>A workspace named {name} exists again; rename it first, then undo the deletion.</source>
            <translation>Vuelve a existir un espacio de trabajo llamado {name}; cámbiale el nombre primero y luego deshaz la eliminación.</translation>
        </message>
    </context>
    <context>
        <name>store.db</name>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="70" />
            <source>'{url}' is not a database URL; write it like postgresql://user@host/database.</source>
            <translation>'{url}' no es una URL de base de datos; escríbela así: postgresql://user@host/database.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="76" />
            <source>MicroComm's team server is PostgreSQL; '{backend}' URLs are not supported (a local SQLite file is chosen with --data-dir).</source>
            <translation>El servidor de equipo de MicroComm es PostgreSQL; las URL '{backend}' no son compatibles (un archivo SQLite local se elige con --data-dir).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="84" />
            <source>The database URL names no database; add it after the host: postgresql://host/NAME.</source>
            <translation>La URL no indica ninguna base de datos; añádela después del host: postgresql://host/NAME.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="307" />
            <source>Another import or edit has been writing to this data for over {seconds} s; nothing was changed. Try again when it has finished.</source>
            <translation>Otra importación o edición lleva más de {seconds} s escribiendo en estos datos; no se ha cambiado nada. Vuelve a intentarlo cuando termine.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="332" />
            <source>Another member's import or edit has been writing to this workspace for over {seconds} s; nothing was changed. Try again when it has finished.</source>
            <translation>La importación o edición de otro miembro lleva más de {seconds} s escribiendo en este espacio de trabajo; no se ha cambiado nada. Vuelve a intentarlo cuando termine.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="382" />
            <source>Not saved: {problem}</source>
            <translation>No se ha guardado: {problem}</translation>
        </message>
    </context>
    <context>
        <name>store.files</name>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="45" />
            <source>MicroComm cannot open its data file {path}: {reason}. Nothing was changed.</source>
            <translation>MicroComm no puede abrir su archivo de datos {path}: {reason}. No se ha cambiado nada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="48" />
            <source>MicroComm cannot open its data file {path}: {reason}. Nothing was changed. Check the folder's permissions and free disk space.</source>
            <translation>MicroComm no puede abrir su archivo de datos {path}: {reason}. No se ha cambiado nada. Revisa los permisos de la carpeta y el espacio libre en disco.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="60" />
            <source>The data file {path} is empty (0 bytes).</source>
            <translation>El archivo de datos {path} está vacío (0 bytes).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="65" />
            <source>The data file {path} is not a MicroComm database (it is not SQLite).</source>
            <translation>El archivo de datos {path} no es una base de datos de MicroComm (no es SQLite).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="99" />
            <location filename="../../microcomm_desktop/store/files.py" line="103" />
            <location filename="../../microcomm_desktop/store/files.py" line="108" />
            <source>The data file {path} is damaged: {reason}.</source>
            <translation>El archivo de datos {path} está dañado: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="134" />
            <source>The disk is full ({free} MB free): the change was not saved and your data is unchanged. Free some space, then try again.</source>
            <translation>El disco está lleno ({free} MB libres): el cambio no se guardó y tus datos no han cambiado. Libera espacio y vuelve a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="154" />
            <source>The disk is full ({free} MB free): MicroComm cannot write to {path}. Your data is not damaged. Free some space, then start MicroComm again.</source>
            <translation>El disco está lleno ({free} MB libres): MicroComm no puede escribir en {path}. Tus datos no están dañados. Libera espacio y vuelve a iniciar MicroComm.</translation>
        </message>
    </context>
    <context>
        <name>store.migrate</name>
        <message>
            <location filename="../../microcomm_desktop/store/migrate.py" line="40" />
            <source>{what} was written by a newer version of MicroComm (schema {schema}). Update the app to open it; the file was not changed.</source>
            <translation>{what} lo escribió una versión más reciente de MicroComm (esquema {schema}). Actualiza la app para abrirlo; el archivo no se ha cambiado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/migrate.py" line="44" />
            <source>This data file</source>
            <translation>Este archivo de datos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/migrate.py" line="71" />
            <source>{path} is an SQLite database but not a MicroComm one (it has none of MicroComm's tables). It was not changed; point --data-dir at another folder.</source>
            <translation>{path} es una base de datos SQLite, pero no de MicroComm (no tiene ninguna de las tablas de MicroComm). No se ha cambiado; apunta --data-dir a otra carpeta.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/migrate.py" line="78" />
            <source>{path} holds MicroComm data but its schema version is missing (the alembic_version table is gone), so MicroComm cannot tell which version wrote it and will not guess. The file was not changed. Restore a backup (File › Restore from backup…, or: microcomm backup restore), or start with another --data-dir.</source>
            <translation>{path} contiene datos de MicroComm, pero falta su versión de esquema (la tabla alembic_version ya no está), así que MicroComm no puede saber qué versión lo escribió y no lo adivinará. El archivo no se ha cambiado. Restaura una copia de seguridad (Archivo › Restaurar desde una copia de seguridad…, o: microcomm backup restore) o inicia con otro --data-dir.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/migrate.py" line="199" />
            <source>{path} has tables but no schema version; it was not changed.</source>
            <translation>{path} tiene tablas, pero ninguna versión de esquema; no se ha cambiado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/migrate.py" line="200" />
            <source>The data file</source>
            <translation>El archivo de datos</translation>
        </message>
    </context>
</TS>