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
        <name>CohortModel</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/cohort_table_model.py" line="29" />
            <source>{n} of the %n people who first engaged in the week of {week} engaged again in week +{k}</source>
            <translation>
                <numerusform>{n} de %n persona que interactuó por primera vez en la semana del {week} volvió a interactuar en la semana +{k}</numerusform>
                <numerusform>{n} de las %n personas que interactuaron por primera vez en la semana del {week} volvieron a interactuar en la semana +{k}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/cohort_table_model.py" line="52" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/cohort_table_model.py" line="59" />
            <source>This week has not happened yet.</source>
            <translation>Esta semana aún no ha llegado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/cohort_table_model.py" line="70" />
            <source>First engaged (week of)</source>
            <translation>Primera interacción (semana del)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/cohort_table_model.py" line="75" />
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/cohort_table_model.py" line="90" />
            <source>Week +{k}</source>
            <translation>Semana +{k}</translation>
        </message>
    </context>
    <context>
        <name>CreatorCommands</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="22" />
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="23" />
            <source>evidence date</source>
            <translation>fecha de la evidencia</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="24" />
            <source>link</source>
            <translation>enlace</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="25" />
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="26" />
            <source>question proof</source>
            <translation>prueba de pregunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="58" />
            <source>Add creator {name}</source>
            <translation>Añadir creador {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="74" />
            <source>Delete creator {name}</source>
            <translation>Eliminar creador {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="89" />
            <source>Edit creator {name}</source>
            <translation>Editar creador {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="104" />
            <source>Add evidence ({name})</source>
            <translation>Añadir evidencia ({name})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="106" />
            <source>Add evidence</source>
            <translation>Añadir evidencia</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="121" />
            <source>Delete evidence</source>
            <translation>Eliminar evidencia</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="136" />
            <source>Edit evidence {fields}</source>
            <translation>Editar evidencia: {fields}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="152" />
            <source>Link deal</source>
            <translation>Vincular acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="154" />
            <source>Unlink deal</source>
            <translation>Desvincular acuerdo</translation>
        </message>
    </context>
    <context>
        <name>CreatorDealsModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="293" />
            <source>draft</source>
            <translation>borrador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="294" />
            <source>offered</source>
            <translation>ofrecido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="295" />
            <source>signed</source>
            <translation>firmado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="296" />
            <source>live</source>
            <translation>en curso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="297" />
            <source>done</source>
            <translation>terminado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="298" />
            <source>lost</source>
            <translation>perdido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="316" />
            <source>Deal</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="317" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="318" />
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="319" />
            <source>Fees</source>
            <translation>Honorarios</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="320" />
            <source>Paid media</source>
            <translation>Medios pagados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="321" />
            <source>Total cost</source>
            <translation>Coste total</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="322" />
            <source>Impressions</source>
            <translation>Impresiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="323" />
            <source>Conversions</source>
            <translation>Conversiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="324" />
            <source>Blended CPM</source>
            <translation>CPM combinado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="325" />
            <source>Blended CPA</source>
            <translation>CPA combinado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="361" />
            <source>Blended = (creator fee + paid media) / results. 'All deals' uses only deals reporting that result.</source>
            <translation>Combinado = (honorario del creador + medios pagados) / resultados. «Todos los acuerdos» usa solo los acuerdos que informan ese resultado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="383" />
            <source>All deals ({count})</source>
            <translation>Todos los acuerdos ({count})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="392" />
            <source>Deal {id}</source>
            <translation>Acuerdo {id}</translation>
        </message>
    </context>
    <context>
        <name>CreatorDealsPanel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/creator_deals.py" line="30" />
            <source>Deals — blended = creator fees + paid media</source>
            <translation>Acuerdos — combinado = honorarios del creador + medios pagados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/creator_deals.py" line="41" />
            <source>Deals of this workspace not linked to this creator</source>
            <translation>Acuerdos de este espacio de trabajo no vinculados a este creador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/creator_deals.py" line="42" />
            <source>Link deal</source>
            <translation>Vincular acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/creator_deals.py" line="44" />
            <source>Unlink selected</source>
            <translation>Desvincular selección</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/creator_deals.py" line="66" />
            <source>No deals linked yet — link one below or pick this creator in a deal on the Deals tab.</source>
            <translation>Aún no hay acuerdos vinculados: vincula uno abajo o elige este creador en un acuerdo de la pestaña Acuerdos.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/creators/creator_deals.py" line="69" />
            <source>Over all %n deal(s): blended CPM {cpm} (cost of deals reporting impressions ÷ their impressions), blended CPA {cpa} (deals reporting conversions).</source>
            <translation>
                <numerusform>En %n acuerdo: CPM combinado {cpm} (coste de los acuerdos que informan impresiones ÷ sus impresiones), CPA combinado {cpa} (acuerdos que informan conversiones).</numerusform>
                <numerusform>En los %n acuerdos: CPM combinado {cpm} (coste de los acuerdos que informan impresiones ÷ sus impresiones), CPA combinado {cpa} (acuerdos que informan conversiones).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/creator_deals.py" line="81" />
            <source>{deal} (linked to another creator)</source>
            <translation>{deal} (vinculado a otro creador)</translation>
        </message>
    </context>
    <context>
        <name>CreatorFigures</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="47" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
    </context>
    <context>
        <name>CreatorListModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="85" />
            <source>0–100: question screenshots 40, fresh 'struggles this week' answer 20, measured figures 40</source>
            <translation>0–100: capturas de preguntas 40, respuesta reciente a «dificultades de esta semana» 20, cifras medidas 40</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="106" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="108" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="112" />
            <source>Niche</source>
            <translation>Nicho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="114" />
            <source>Audience</source>
            <translation>Audiencia</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="120" />
            <source>Handles</source>
            <translation>Usuarios</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="123" />
            <source>Proof shots</source>
            <translation>Capturas de prueba</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="129" />
            <source>Evidence</source>
            <translation>Evidencias</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="135" />
            <source>Deals</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="141" />
            <source>Rubric</source>
            <translation>Rúbrica</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="147" />
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
    </context>
    <context>
        <name>CreatorsTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="93" />
            <source>Filter creators by name, niche, handle, status…</source>
            <translation>Filtrar creadores por nombre, nicho, usuario, estado…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="96" />
            <source>New creator</source>
            <translation>Nuevo creador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="97" />
            <source>Add a creator to the roster (Ctrl+Shift+N)</source>
            <translation>Añade un creador a la lista (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="99" />
            <source>Delete creator</source>
            <translation>Eliminar creador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="100" />
            <source>Delete the selected creator with their evidence (undo with Ctrl+Z)</source>
            <translation>Elimina el creador seleccionado con sus evidencias (deshaz con Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="102" />
            <source>Export one-pager…</source>
            <translation>Exportar ficha…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="103" />
            <source>PDF or Markdown with the rubric, evidence thumbnails and deal history</source>
            <translation>PDF o Markdown con la rúbrica, miniaturas de las evidencias e historial de acuerdos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="109" />
            <source>No creators yet. Click &lt;b&gt;New creator&lt;/b&gt; to start a roster; then add evidence by dropping screenshots of posts where the creator asked a question and the audience answered.</source>
            <translation>Aún no hay creadores. Haz clic en &lt;b&gt;Nuevo creador&lt;/b&gt; para empezar una lista; después añade evidencias soltando capturas de publicaciones en las que el creador hizo una pregunta y la audiencia respondió.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="283" />
            <source>Creators</source>
            <translation>Creadores</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="283" />
            <source>Fix the highlighted fields (or Revert) before switching creators.</source>
            <translation>Corrige los campos marcados (o revierte) antes de cambiar de creador.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="399" />
            <source>Saved {name}.</source>
            <translation>{name} guardado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="422" />
            <source>Creators: could not keep the open profile: {error}</source>
            <translation>Creadores: no se pudo conservar el perfil abierto: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="445" />
            <source>Creators: could not keep a crash-time draft: {error}</source>
            <translation>Creadores: no se pudo conservar un borrador por si se cierra inesperadamente: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="465" />
            <source>An unsaved draft from {when} (“{name}”) belonged to a creator that was deleted since, so it could not be restored.</source>
            <translation>Un borrador sin guardar del {when} («{name}») pertenecía a un creador que se ha eliminado desde entonces, así que no se pudo restaurar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="487" />
            <source>Restored an unsaved draft from {when}. Fix the marked fields and Save (Ctrl+S), or Revert.</source>
            <translation>Se restauró un borrador sin guardar del {when}. Corrige los campos marcados y guarda (Ctrl+S), o revierte.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="523" />
            <source>Deleted {name} (Ctrl+Z brings them back).</source>
            <translation>{name} eliminado (Ctrl+Z lo recupera).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="535" />
            <source>Export creator one-pager</source>
            <translation>Exportar ficha del creador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="550" />
            <source>Export one-pager</source>
            <translation>Exportar ficha</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="551" />
            <source>Could not write {path}:
{error}</source>
            <translation>No se pudo escribir {path}:
{error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="556" />
            <source>One-pager written to {path}</source>
            <translation>Ficha guardada en {path}</translation>
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
        <name>EngagerTableModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="18" />
            <source>Handle</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="19" />
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="20" />
            <source>First seen</source>
            <translation>Visto por primera vez</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="21" />
            <source>Last seen</source>
            <translation>Visto por última vez</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="22" />
            <source>Interactions (30 d)</source>
            <translation>Interacciones (30 d)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="23" />
            <source>Returning</source>
            <translation>Recurrente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="24" />
            <source>Power member</source>
            <translation>Miembro clave</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="25" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="28" />
            <source>Returning = engaged on at least two different calendar days in the last 30 days.</source>
            <translation>Recurrente = interactuó en al menos dos días naturales distintos en los últimos 30 días.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="66" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="66" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="68" />
            <source>Active on %n different day(s) in the last 30 days.</source>
            <translation>
                <numerusform>Activo %n día en los últimos 30 días.</numerusform>
                <numerusform>Activo %n días distintos en los últimos 30 días.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EngagersPage</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="32" />
            <source>Filter people (@handle, platform, notes…)  Ctrl+F</source>
            <translation>Filtrar personas (@usuario, plataforma, notas…)  Ctrl+F</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="69" />
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln persona</numerusform>
                <numerusform>%Ln personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="71" />
            <source>%Ln engaged in the last 30 days</source>
            <translation>
                <numerusform>%Ln interactuó en los últimos 30 días</numerusform>
                <numerusform>%Ln interactuaron en los últimos 30 días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="73" />
            <source>%Ln returning ({share}).</source>
            <translation>
                <numerusform>%Ln participante recurrente ({share}).</numerusform>
                <numerusform>%Ln participantes recurrentes ({share}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="76" />
            <source>Returning = engaged on at least two different days in the 30 days ending today. Tick 'Power member' for the people you recruit to keep conversations going.</source>
            <translation>Recurrente = interactuó en al menos dos días distintos en los 30 días que terminan hoy. Marca «Miembro clave» en las personas que reclutas para mantener vivas las conversaciones.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="91" />
            <source>Mark power member</source>
            <translation>Marcar como miembro clave</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="93" />
            <source>Edit power member</source>
            <translation>Editar miembro clave</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="95" />
            <source>Edit notes</source>
            <translation>Editar notas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="97" />
            <source>Edit {column}</source>
            <translation>Editar {column}</translation>
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
        <name>EvidenceModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="175" />
            <source>Tick when the creator asked a question and the audience answered with specifics (rubric)</source>
            <translation>Márcalo cuando el creador hizo una pregunta y la audiencia respondió con detalles (rúbrica)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="191" />
            <source>Screenshot</source>
            <translation>Captura</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="197" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="202" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="207" />
            <source>Q answered</source>
            <translation>Pregunta respondida</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="209" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="212" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="214" />
            <source>Link</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="217" />
            <source>Double-click to edit; the link opens from the context menu</source>
            <translation>Doble clic para editar; el enlace se abre desde el menú contextual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="230" />
            <source>no screenshot</source>
            <translation>sin captura</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="232" />
            <source>unreadable</source>
            <translation>ilegible</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="233" />
            <source>loading…</source>
            <translation>cargando…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="238" />
            <source>{name} — double-click to open full size</source>
            <translation>{name} — doble clic para abrir a tamaño completo</translation>
        </message>
    </context>
    <context>
        <name>EvidencePanel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="78" />
            <source>Evidence of community behaviour — drop screenshots onto the table</source>
            <translation>Evidencias del comportamiento de la comunidad: suelta capturas sobre la tabla</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="108" />
            <source>Add evidence…</source>
            <translation>Añadir evidencia…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="110" />
            <source>A comment thread, story replies, live attendance or series result (Ctrl+Shift+A)</source>
            <translation>Un hilo de comentarios, respuestas a historias, asistencia en directo o resultado de una serie (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="113" />
            <source>Add screenshots…</source>
            <translation>Añadir capturas…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="114" />
            <source>Pick one or more screenshot files — or drop them onto the table</source>
            <translation>Elige uno o varios archivos de captura, o suéltalos sobre la tabla</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="116" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="118" />
            <source>Open full size</source>
            <translation>Abrir a tamaño completo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="120" />
            <source>Dropped screenshots show a question answered with specifics</source>
            <translation>Las capturas soltadas muestran una pregunta respondida con detalles</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="123" />
            <source>Untick for other evidence; each entry's tick can be changed in the table</source>
            <translation>Desmárcalo para otras evidencias; la marca de cada entrada se puede cambiar en la tabla</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="148" />
            <source>The stored path is invalid.</source>
            <translation>La ruta guardada no es válida.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="176" />
            <source>Add screenshots</source>
            <translation>Añadir capturas</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="199" />
            <source>Checking %n screenshot(s)…</source>
            <translation>
                <numerusform>Comprobando %n captura…</numerusform>
                <numerusform>Comprobando %n capturas…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="224" />
            <source>Added {name} — the original file can now be deleted.</source>
            <translation>{name} añadido: ya puedes eliminar el archivo original.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="243" />
            <source>Add evidence</source>
            <translation>Añadir evidencia</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="243" />
            <source>Not added: {error}</source>
            <translation>No se añadió: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="270" />
            <source>{value} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-20.</source>
            <translation>{value} no es una fecha; escríbela como AAAA-MM-DD, p. ej., 2026-11-20.</translation>
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
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="68" />
            <source>Filter…</source>
            <translation>Filtrar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="97" />
            <source>Export to CSV</source>
            <translation>Exportar a CSV</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="97" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="109" />
            <source>Export failed</source>
            <translation>La exportación falló</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="110" />
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
        <name>ImportDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="73" />
            <source>Import interactions — {file}</source>
            <translation>Importar interacciones — {file}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="75" />
            <source>Import engagers — {file}</source>
            <translation>Importar participantes — {file}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="77" />
            <source>Import posts — {file}</source>
            <translation>Importar publicaciones — {file}</translation>
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
                <numerusform>%Ln fila de datos</numerusform>
                <numerusform>%Ln filas de datos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="104" />
            <source>%n column(s)</source>
            <translation>
                <numerusform>%n columna</numerusform>
                <numerusform>%n columnas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="113" />
            <source>Preset:</source>
            <translation>Plantilla:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="116" />
            <source>(your own mapping)</source>
            <translation>(tu propia asignación)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="121" />
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="340" />
            <source>{preset} (saved)</source>
            <translation>{preset} (guardada)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="131" />
            <source>Label for rows whose file has no label column</source>
            <translation>Etiqueta para las filas si el archivo no tiene columna de etiqueta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="133" />
            <source>(from preset)</source>
            <translation>(de la plantilla)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="138" />
            <source>(from the file)</source>
            <translation>(del archivo)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="139" />
            <source>month/day (US)</source>
            <translation>mes/día (EE. UU.)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="140" />
            <source>day/month</source>
            <translation>día/mes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="143" />
            <source>from the file</source>
            <translation>del archivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="146" />
            <source>The file's dates have no year: pick one, or let the file decide (TikTok video ids, a run of consecutive days, else the most recent past date)</source>
            <translation>Las fechas del archivo no tienen año: elige uno o deja que decida el archivo (ids de vídeos de TikTok, una serie de días consecutivos o, si no, la fecha pasada más reciente)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="150" />
            <source>Year:</source>
            <translation>Año:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="152" />
            <source>Default label:</source>
            <translation>Etiqueta por defecto:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="154" />
            <source>Platform:</source>
            <translation>Plataforma:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="157" />
            <source>Dates:</source>
            <translation>Fechas:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="168" />
            <source>Column mapping (app field ← CSV column)</source>
            <translation>Asignación de columnas (campo de la app ← columna del CSV)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="174" />
            <source>(none)</source>
            <translation>(ninguna)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="176" />
            <source>column {number}</source>
            <translation>columna {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="187" />
            <source>Save mapping as preset…</source>
            <translation>Guardar la asignación como plantilla…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="192" />
            <source>Preview of the first %n rows as they will be stored</source>
            <translation>
                <numerusform>Vista previa de la primera %n fila tal como se guardará</numerusform>
                <numerusform>Vista previa de las primeras %n filas tal como se guardarán</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="208" />
            <source>Import the good rows even if some are rejected</source>
            <translation>Importar las filas correctas aunque se rechacen algunas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="211" />
            <source>Off: any rejected row stops the import and nothing is written</source>
            <translation>Desactivado: cualquier fila rechazada detiene la importación y no se escribe nada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="214" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="216" />
            <source>Dry run</source>
            <translation>Simulación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="219" />
            <source>Check the whole file against your data and show what would change; writes nothing</source>
            <translation>Compara todo el archivo con tus datos y muestra qué cambiaría; no escribe nada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="223" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="238" />
            <source>detected: {preset}</source>
            <translation>detectado: {preset}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="240" />
            <source>Not recognised: map the columns yourself (at least the * fields).</source>
            <translation>No reconocido: asigna tú las columnas (al menos los campos con *).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="296" />
            <source>%n rows previewed: {bad} with errors (highlighted; hover for the reason).</source>
            <translation>
                <numerusform>%n fila en la vista previa: {bad} con errores (resaltadas; pasa el ratón por encima para ver el motivo).</numerusform>
                <numerusform>%n filas en la vista previa: {bad} con errores (resaltadas; pasa el ratón por encima para ver el motivo).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="303" />
            <source>%n skipped: {reasons}.</source>
            <translation>
                <numerusform>%n omitida: {reasons}.</numerusform>
                <numerusform>%n omitidas: {reasons}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="312" />
            <source>Map a column to: {fields}.</source>
            <translation>Asigna una columna a: {fields}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="314" />
            <source>Choose the date order (Dates) — the file's dates read both ways.</source>
            <translation>Elige el orden de las fechas (Fechas): las fechas del archivo se pueden leer de las dos maneras.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="327" />
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="337" />
            <source>Save preset</source>
            <translation>Guardar plantilla</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="327" />
            <source>Name for this mapping (e.g. 'My Instagram export'):</source>
            <translation>Nombre para esta asignación (p. ej., «Mi exportación de Instagram»):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="350" />
            <source>Importing… (one transaction: Cancel leaves your data exactly as before)</source>
            <translation>Importando… (una sola transacción: Cancelar deja tus datos exactamente como estaban)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="357" />
            <source>Cancel import</source>
            <translation>Cancelar la importación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="393" />
            <source>Cancelling… rolling back.</source>
            <translation>Cancelando… deshaciendo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="402" />
            <source>The import failed and nothing was written: {error}</source>
            <translation>La importación falló y no se escribió nada: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="404" />
            <source>Import failed — nothing was written.</source>
            <translation>La importación falló: no se escribió nada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="411" />
            <source>No problems.</source>
            <translation>Sin problemas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="426" />
            <source>Rejected rows (line number and reason) and warnings:</source>
            <translation>Filas rechazadas (número de línea y motivo) y avisos:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="431" />
            <source>Export report to CSV…</source>
            <translation>Exportar el informe a CSV…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="435" />
            <source>Back to the mapping</source>
            <translation>Volver a la asignación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="437" />
            <source>After a dry run: change choices, or import for real</source>
            <translation>Tras una simulación: cambia las opciones o importa de verdad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="441" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="452" />
            <source>Export import report</source>
            <translation>Exportar el informe de importación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="454" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="463" />
            <source>Export report</source>
            <translation>Exportar informe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="464" />
            <source>Could not write {path}: {error}</source>
            <translation>No se pudo escribir {path}: {error}</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/import_preview_table_model.py" line="18" />
            <source>skip: {reason}</source>
            <translation>omitida: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/import_preview_table_model.py" line="20" />
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/import_preview_table_model.py" line="22" />
            <source>warning</source>
            <translation>aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/import_preview_table_model.py" line="23" />
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/import_preview_table_model.py" line="35" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/import_preview_table_model.py" line="37" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/import_preview_table_model.py" line="68" />
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/import_preview_table_model.py" line="70" />
            <source>Status</source>
            <translation>Estado</translation>
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
        <name>PostDetail</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="24" />
            <source>Selected post</source>
            <translation>Publicación seleccionada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="32" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="62" />
            <source>Select a post to see its conversation and log interactions.</source>
            <translation>Selecciona una publicación para ver su conversación y registrar interacciones.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="48" />
            <source>Latest interactions on this post (time, who, kind, answering whom)</source>
            <translation>Últimas interacciones en esta publicación (hora, quién, tipo, a quién responde)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="57" />
            <source>Logs {post}</source>
            <translation>Registra {post}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="65" />
            <source>(no title)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="66" />
            <source>no format</source>
            <translation>sin formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="69" />
            <source>Themes: &lt;b&gt;{themes}&lt;/b&gt;</source>
            <translation>Temas: &lt;b&gt;{themes}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="71" />
            <source>Themes: &lt;i&gt;none yet&lt;/i&gt; — tag it (Ctrl+T) so Insights can rank what this post is about</source>
            <translation>Temas: &lt;i&gt;ninguno todavía&lt;/i&gt;: etiquétala (Ctrl+T) para que Insights pueda clasificar de qué trata esta publicación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="76" />
            <source>{date} · {platform} · {label} post · {format}</source>
            <translation>{date} · {platform} · publicación {label} · {format}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="81" />
            <source>Your own content themes; edit them in the post form, the Themes cell or with Tag…</source>
            <translation>Tus propios temas de contenido; edítalos en el formulario de la publicación, en la celda Temas o con Etiquetar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="85" />
            <source>none logged</source>
            <translation>ninguna registrada</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="89" />
            <source>&lt;b&gt;%n&lt;/b&gt; people</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; persona</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="90" />
            <source>&lt;b&gt;%n&lt;/b&gt; interaction(s) from {people} ({kinds}).</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; interacción de {people} ({kinds}).</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; interacciones de {people} ({kinds}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="93" />
            <source>&lt;b&gt;%n&lt;/b&gt; thread(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; hilo</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; hilos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="94" />
            <source>&lt;b&gt;%n&lt;/b&gt; deep thread(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; hilo profundo</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; hilos profundos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="95" />
            <source>Conversation depth: {threads}, &lt;b&gt;{mean}&lt;/b&gt; messages per thread, {deep}</source>
            <translation>Profundidad de conversación: {threads}, &lt;b&gt;{mean}&lt;/b&gt; mensajes por hilo, {deep}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="99" />
            <source>A thread is a top-level comment (or DM) plus its replies; deep = at least 3 messages from at least 2 people</source>
            <translation>Un hilo es un comentario de primer nivel (o un MD) más sus respuestas; profundo = al menos 3 mensajes de al menos 2 personas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="102" />
            <source>(deep = 3+ messages from 2+ people: members talking to each other)</source>
            <translation>(profundo = 3+ mensajes de 2+ personas: miembros que hablan entre sí)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="121" />
            <source>Logged by &lt;b&gt;{logged}&lt;/b&gt;, last changed by &lt;b&gt;{changed}&lt;/b&gt;.</source>
            <translation>Registrada por &lt;b&gt;{logged}&lt;/b&gt;, último cambio de &lt;b&gt;{changed}&lt;/b&gt;.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="125" />
            <source>Logged by &lt;b&gt;{logged}&lt;/b&gt;.</source>
            <translation>Registrada por &lt;b&gt;{logged}&lt;/b&gt;.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="127" />
            <source>Last changed by &lt;b&gt;{changed}&lt;/b&gt;.</source>
            <translation>Último cambio de &lt;b&gt;{changed}&lt;/b&gt;.</translation>
        </message>
    </context>
    <context>
        <name>PostEdits</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="49" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="77" />
            <source>Add post</source>
            <translation>Añadir publicación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="87" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="89" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="162" />
            <source>Edit post</source>
            <translation>Editar publicación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="107" />
            <source>Kept the other member's version of the post.</source>
            <translation>Se mantuvo la versión de la publicación del otro miembro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="134" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="143" />
            <source>Posts</source>
            <translation>Publicaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="135" />
            <source>Not saved: another member changed this post; open it again.</source>
            <translation>No se guardó: otro miembro cambió esta publicación; ábrela de nuevo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="144" />
            <source>Not saved: {error}</source>
            <translation>No se guardó: {error}</translation>
        </message>
    </context>
    <context>
        <name>PostFilters</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="24" />
            <source>from YYYY-MM-DD</source>
            <translation>desde AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="26" />
            <source>to YYYY-MM-DD</source>
            <translation>hasta AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="32" />
            <source>All platforms</source>
            <translation>Todas las plataformas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="36" />
            <source>All labels</source>
            <translation>Todas las etiquetas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="42" />
            <source>Show posts carrying one theme, any theme, or none yet (to tag them)</source>
            <translation>Mostrar publicaciones con un tema, con cualquier tema o aún sin ninguno (para etiquetarlas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="45" />
            <source>Dates:</source>
            <translation>Fechas:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="60" />
            <source>Any ritual or none</source>
            <translation>Cualquier ritual o ninguno</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="61" />
            <source>Carried a ritual</source>
            <translation>Con ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="62" />
            <source>No ritual</source>
            <translation>Sin ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="76" />
            <source>Any theme or none</source>
            <translation>Cualquier tema o ninguno</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="77" />
            <source>Has a theme</source>
            <translation>Tiene un tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="78" />
            <source>No theme yet</source>
            <translation>Aún sin tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="93" />
            <source>'{text}' is not a date like 2026-11-01</source>
            <translation>«{text}» no es una fecha como 2026-11-01</translation>
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
        <name>PostImports</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/imports.py" line="25" />
            <source>Import interactions</source>
            <translation>Importar interacciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/imports.py" line="27" />
            <source>Import engagers</source>
            <translation>Importar participantes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/imports.py" line="28" />
            <source>Import posts</source>
            <translation>Importar publicaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/imports.py" line="64" />
            <source>CSV exports (*.csv *.txt *.tsv *.zip);;All files (*)</source>
            <translation>Exportaciones CSV (*.csv *.txt *.tsv *.zip);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/imports.py" line="84" />
            <source>{problem}

Import the file anyway, keeping that field as it is?</source>
            <translation>{problem}

¿Importar el archivo de todos modos, dejando ese campo como está?</translation>
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
            <translation>Guardados/1k alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="53" />
            <source>Replies/1k reach</source>
            <translation>Respuestas/1k alcance</translation>
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
            <translation>Guardados por cada 1.000 de alcance: guardados / alcance × 1000. Se juzga en las publicaciones community.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="92" />
            <source>Replies per 1,000 reach: comments and replies / reach × 1000. Judged on community posts.</source>
            <translation>Respuestas por cada 1.000 de alcance: comentarios y respuestas / alcance × 1000. Se juzga en las publicaciones community.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="134" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="251" />
            <source>ER by impressions %</source>
            <translation>ER por impresiones %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="251" />
            <source>ER by reach %</source>
            <translation>ER por alcance %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="254" />
            <source>Engagement rate = engagements / {definition} × 100 (the workspace's definition; change it in Workspace settings). Engagements = likes + comments + shares + saves, or the platform's own total when the import had one.</source>
            <translation>Tasa de interacción = interacciones / {definition} × 100 (la definición del espacio de trabajo; cámbiala en los Ajustes del espacio de trabajo). Interacciones = me gusta + comentarios + compartidos + guardados, o el total propio de la plataforma si la importación lo traía.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="257" />
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="339" />
            <source>impressions</source>
            <translation>impresiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="257" />
            <source>reach</source>
            <translation>alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="303" />
            <source>Benchmark {low}–{high}%</source>
            <translation>Referencia {low}–{high} %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="305" />
            <source>Benchmark {low}–{high} per 1k reach</source>
            <translation>Referencia {low}–{high} por cada 1k de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="307" />
            <source> (the poll and Q and A band: this post's format is a poll or Q and A)</source>
            <translation> (el rango de encuestas y preguntas y respuestas: el formato de esta publicación es una encuesta o preguntas y respuestas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="313" />
            <source>{head}. n/a: no reach recorded for this post (choose views or impressions to stand in for reach on this platform in Workspace settings).</source>
            <translation>{head}. n/d: esta publicación no tiene alcance registrado (elige visualizaciones o impresiones para sustituir el alcance en esta plataforma en los Ajustes del espacio de trabajo).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="316" />
            <source>{head}. n/a: no impressions recorded for this post.</source>
            <translation>{head}. n/d: esta publicación no tiene impresiones registradas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="318" />
            <source>. * No reach on this post: {standin} stand in for reach (Workspace settings)</source>
            <translation>. * Esta publicación no tiene alcance: las {standin} sustituyen al alcance (Ajustes del espacio de trabajo)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="323" />
            <source>{head}. Not judged: a {label} post is judged on its own job (shares and discovery).</source>
            <translation>{head}. No se juzga: una publicación {label} se juzga por su propia función (compartidos y descubrimiento).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="326" />
            <source>Below the band ({head}). Action if low: {action}.</source>
            <translation>Por debajo del rango ({head}). Qué hacer si es bajo: {action}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="328" />
            <source>Above the band ({head}).</source>
            <translation>Por encima del rango ({head}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="329" />
            <source>Inside the band ({head}).</source>
            <translation>Dentro del rango ({head}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="339" />
            <source>views</source>
            <translation>visualizaciones</translation>
        </message>
    </context>
    <context>
        <name>PostsTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="105" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="516" />
            <source>Add post</source>
            <translation>Añadir publicación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="105" />
            <source>Add a post by hand (Ctrl+Shift+N)</source>
            <translation>Añadir una publicación a mano (Ctrl+Mayús+N)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="108" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="518" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="108" />
            <source>Edit the selected post (Enter)</source>
            <translation>Editar la publicación seleccionada (Intro)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="111" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="519" />
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="111" />
            <source>Copy the selected post (Ctrl+D)</source>
            <translation>Copiar la publicación seleccionada (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="114" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="114" />
            <source>Delete the selected posts (Del)</source>
            <translation>Eliminar las publicaciones seleccionadas (Supr)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="118" />
            <source>Tag…</source>
            <translation>Etiquetar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="120" />
            <source>Add or remove themes on the selected posts (Ctrl+T); undo with Ctrl+Z</source>
            <translation>Añadir o quitar temas de las publicaciones seleccionadas (Ctrl+T); deshacer con Ctrl+Z</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="125" />
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="127" />
            <source>Import a platform export (Ctrl+I) — or drop a .csv here</source>
            <translation>Importar una exportación de una plataforma (Ctrl+I), o suelta aquí un .csv</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="131" />
            <source>Posts CSV…</source>
            <translation>CSV de publicaciones…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="132" />
            <source>Interactions CSV…</source>
            <translation>CSV de interacciones…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="133" />
            <source>Engagers CSV (from Export engagers)…</source>
            <translation>CSV de participantes (de Exportar participantes)…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="134" />
            <source>Chat export (Discord, Telegram, WhatsApp, Slack)…</source>
            <translation>Exportación de chat (Discord, Telegram, WhatsApp, Slack)…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="136" />
            <source>Export to CSV…</source>
            <translation>Exportar a CSV…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="136" />
            <source>Export the rows shown (Ctrl+E)</source>
            <translation>Exportar las filas mostradas (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="150" />
            <source>Filter posts (title, format, themes, notes…)  Ctrl+F</source>
            <translation>Filtrar publicaciones (título, formato, temas, notas…)  Ctrl+F</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="193" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="429" />
            <source>Posts</source>
            <translation>Publicaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="197" />
            <source>Engagers</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="271" />
            <source>ER = engagements / {definition} (workspace setting). Coloured against the benchmark band of the post's label: red below, green inside, blue above; hover a figure for the action if low. Reach posts are judged on ER only; polls and Q and A (by format) on their own, higher ER band.</source>
            <translation>ER = interacciones / {definition} (ajuste del espacio de trabajo). Coloreado según el rango de la etiqueta de la publicación: rojo por debajo, verde dentro, azul por encima; pasa el ratón sobre una cifra para ver qué hacer si es baja. Las publicaciones reach se juzgan solo por la ER; las encuestas y las preguntas y respuestas (por formato), por su propio rango de ER, más alto.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="274" />
            <source>impressions</source>
            <translation>impresiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="274" />
            <source>reach</source>
            <translation>alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="276" />
            <source> * = a stand-in (views/impressions) divides a post without reach.</source>
            <translation> * = un sustituto (visualizaciones/impresiones) divide una publicación sin alcance.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="310" />
            <source>{shown} of %Ln post(s)</source>
            <translation>
                <numerusform>{shown} de %Ln publicación</numerusform>
                <numerusform>{shown} de %Ln publicaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="312" />
            <source>%Ln post(s)</source>
            <translation>
                <numerusform>%Ln publicación</numerusform>
                <numerusform>%Ln publicaciones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="316" />
            <source>No posts yet. Add one by hand, or import a platform export: File &gt; Import posts… (Ctrl+I) or drop a .csv file onto this tab.</source>
            <translation>Aún no hay publicaciones. Añade una a mano o importa una exportación de una plataforma: Archivo &gt; Importar publicaciones… (Ctrl+I) o suelta un archivo .csv en esta pestaña.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="405" />
            <source>(no title)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="407" />
            <source>to {date} “{title}”</source>
            <translation>en la publicación del {date} «{title}»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="429" />
            <source>Not saved: {error}</source>
            <translation>No se guardó: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="471" />
            <source>Edit {column}</source>
            <translation>Editar {column}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="477" />
            <source>Not saved.</source>
            <translation>No se guardó.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="484" />
            <source>Kept the other member's version of the post.</source>
            <translation>Se mantuvo la versión de la publicación del otro miembro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="494" />
            <source>Select the posts to tag first (Shift/Ctrl+click for several).</source>
            <translation>Selecciona primero las publicaciones que quieres etiquetar (Mayús/Ctrl+clic para varias).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="504" />
            <source>Not tagged: {error}</source>
            <translation>No se etiquetó: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="507" />
            <source>Tagged: {what}. Undo with Ctrl+Z.</source>
            <translation>Etiquetado: {what}. Deshacer con Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="520" />
            <source>Tag %n post(s)…</source>
            <translation>
                <numerusform>Etiquetar %n publicación…</numerusform>
                <numerusform>Etiquetar %n publicaciones…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="523" />
            <source>Delete %n post(s)…</source>
            <translation>
                <numerusform>Eliminar %n publicación…</numerusform>
                <numerusform>Eliminar %n publicaciones…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="551" />
            <source>Duplicate post</source>
            <translation>Duplicar publicación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="561" />
            <source>Delete posts</source>
            <translation>Eliminar publicaciones</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="562" />
            <source>Delete %n post(s)? Their interactions stay (unlinked). Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>¿Eliminar %n publicación? Sus interacciones se conservan (sin vincular). Deshacer con Ctrl+Z.</numerusform>
                <numerusform>¿Eliminar %n publicaciones? Sus interacciones se conservan (sin vincular). Deshacer con Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="576" />
            <source>Delete %n post(s)</source>
            <translation>
                <numerusform>Eliminar %n publicación</numerusform>
                <numerusform>Eliminar %n publicaciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProfileForm</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="46" />
            <source>{low} to {high}</source>
            <translation>de {low} a {high}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="68" />
            <source>e.g. trail running</source>
            <translation>p. ej., trail running</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="70" />
            <source>people, e.g. 8200</source>
            <translation>personas, p. ej., 8200</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="72" />
            <source>one per line: instagram @name</source>
            <translation>uno por línea: instagram @nombre</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="75" />
            <source>email, agent or DM</source>
            <translation>correo, agencia o DM</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="79" />
            <source>their answer in their words</source>
            <translation>su respuesta, con sus palabras</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="81" />
            <source>Ask: “What does your audience struggle with this week?” — the rubric needs it dated</source>
            <translation>Pregunta: «¿Con qué tiene dificultades tu audiencia esta semana?»; la rúbrica necesita la respuesta con fecha</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="83" />
            <source>asked on</source>
            <translation>preguntado el</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="94" />
            <source>Replies (comments + replies) per 1,000 reach; benchmark {band}</source>
            <translation>Respuestas (comentarios + respuestas) por cada 1.000 de alcance; rango de referencia {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="98" />
            <source>Engagement rate in percent; benchmark {band}</source>
            <translation>Tasa de interacción en porcentaje; rango de referencia {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="101" />
            <source>Share of engagers who engaged on 2+ days in 30 days, percent; benchmark {band}</source>
            <translation>Proporción de participantes que interactuaron 2 o más días en 30 días, en porcentaje; rango de referencia {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="107" />
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="111" />
            <source>A workspace holding the creator's own export (posts and interactions imported there): its last 30 days replace the typed figures</source>
            <translation>Un espacio de trabajo con la exportación propia del creador (publicaciones e interacciones importadas allí): sus últimos 30 días sustituyen las cifras escritas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="145" />
            <source>Closing the window saves a valid profile form; one that cannot be saved yet is kept as a draft and put back here.</source>
            <translation>Al cerrar la ventana se guarda un perfil válido; uno que aún no se puede guardar se conserva como borrador y vuelve a aparecer aquí.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="151" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="152" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="153" />
            <source>Niche / topic</source>
            <translation>Nicho / tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="154" />
            <source>Audience size</source>
            <translation>Tamaño de la audiencia</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="155" />
            <source>Handles</source>
            <translation>Usuarios</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="156" />
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="157" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="162" />
            <source>Struggles this week</source>
            <translation>Dificultades de esta semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="164" />
            <source>Replies per 1k reach</source>
            <translation>Respuestas por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="165" />
            <source>ER %</source>
            <translation>ER %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="166" />
            <source>Returning share %</source>
            <translation>Proporción de recurrentes %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="167" />
            <source>Figures from workspace</source>
            <translation>Cifras del espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="171" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="172" />
            <source>Save the profile (Ctrl+S)</source>
            <translation>Guardar el perfil (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="174" />
            <source>Revert</source>
            <translation>Revertir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="181" />
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="267" />
            <source>— typed figures only —</source>
            <translation>— solo cifras escritas —</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="277" />
            <source>Measured in '{workspace}' over {start}–{end} (%n post(s)): replies/1k {replies}, ER {er}, returning {returning}. Measured figures replace typed ones where known.</source>
            <translation>
                <numerusform>Medido en «{workspace}» del {start} al {end} (%n publicación): respuestas/1k {replies}, ER {er}, recurrentes {returning}. Las cifras medidas sustituyen a las escritas cuando se conocen.</numerusform>
                <numerusform>Medido en «{workspace}» del {start} al {end} (%n publicaciones): respuestas/1k {replies}, ER {er}, recurrentes {returning}. Las cifras medidas sustituyen a las escritas cuando se conocen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="291" />
            <source>Typed figures come from the creator's own insights (“reported”).</source>
            <translation>Las cifras escritas vienen de las estadísticas propias del creador («declaradas»).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="305" />
            <source>Replies per 1k</source>
            <translation>Respuestas por cada 1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="306" />
            <source>ER</source>
            <translation>ER</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="307" />
            <source>Returning share</source>
            <translation>Proporción de recurrentes</translation>
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
        <name>QuickEntry</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="91" />
            <source>Quick entry, one per line: @ana comment · @ben reply to @ana · @cy dm · @dee like 18:40</source>
            <translation>Entrada rápida, una por línea (tipos en inglés): @ana comment · @ben reply to @ana · @cy dm · @dee like 18:40</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="100" />
            <source>Kinds: like, comment, reply, save, share, dm, live, story reply. The time defaults to the post's; add HH:MM to set it. Replies join the thread of the person they answer. Ctrl+Enter logs.</source>
            <translation>Tipos: like, comment, reply, save, share, dm, live, story reply. La hora por defecto es la de la publicación; añade HH:MM para fijarla. Las respuestas se unen al hilo de la persona a la que responden. Ctrl+Intro registra.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="107" />
            <source>Log interactions</source>
            <translation>Registrar interacciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="108" />
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Intro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="137" />
            <source>Select a post first.</source>
            <translation>Selecciona primero una publicación.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="143" />
            <source>Nothing logged.</source>
            <translation>No se registró nada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="145" />
            <source>Line {n}: {why}</source>
            <translation>Línea {n}: {why}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="149" />
            <source>Type one interaction per line, e.g. @ana comment</source>
            <translation>Escribe una interacción por línea, p. ej. @ana comment</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="168" />
            <source>Line {n}: read {word} as @{handle}.</source>
            <translation>Línea {n}: {word} se leyó como @{handle}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="175" />
            <source>Log %n interaction(s)</source>
            <translation>
                <numerusform>Registrar %n interacción</numerusform>
                <numerusform>Registrar %n interacciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="181" />
            <source>Logged %n {target}.</source>
            <translation>
                <numerusform>%n interacción registrada {target}.</numerusform>
                <numerusform>%n interacciones registradas {target}.</numerusform>
            </translation>
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
        <name>RubricBox</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/rubric.py" line="15" />
            <source>&lt;b&gt;What this means.&lt;/b&gt; Brands pay for conversation, not reach. A creator &lt;i&gt;passes&lt;/i&gt; with at least three screenshots of posts where they asked a question and the audience answered with specifics, and a dated answer (within 7 days) to “what does your audience struggle with this week?”. Measured figures — replies per 1k reach, ER, returning share — are optional but add to the score (0–100: screenshots 40, answer 20, figures 40, each figure full marks at the top of its benchmark band: 25 replies/1k, 8 % ER, 40 % returning).</source>
            <translation>&lt;b&gt;Qué significa.&lt;/b&gt; Las marcas pagan por conversación, no por alcance. Un creador &lt;i&gt;aprueba&lt;/i&gt; con al menos tres capturas de publicaciones en las que hizo una pregunta y la audiencia respondió con detalles, y una respuesta con fecha (de los últimos 7 días) a «¿con qué tiene dificultades tu audiencia esta semana?». Las cifras medidas —respuestas por cada 1.000 de alcance, ER, proporción de recurrentes— son opcionales pero suman a la puntuación (0–100: capturas 40, respuesta 20, cifras 40; cada cifra obtiene la puntuación completa en el extremo superior de su rango de referencia: 25 respuestas/1k, 8 % de ER, 40 % de recurrentes).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/rubric.py" line="29" />
            <source>Proof-of-conversation rubric</source>
            <translation>Rúbrica de prueba de conversación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/rubric.py" line="35" />
            <source>&lt;b&gt;What this means:&lt;/b&gt; pass = 3+ screenshots of a question the audience answered with specifics and a ‘struggles this week’ answer from the last 7 days. Figures add to the score (hover for details).</source>
            <translation>&lt;b&gt;Qué significa:&lt;/b&gt; aprobado = 3 o más capturas de una pregunta que la audiencia respondió con detalles y una respuesta sobre las «dificultades de esta semana» de los últimos 7 días. Las cifras suman a la puntuación (pasa el cursor para ver los detalles).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/rubric.py" line="48" />
            <source>Select a creator, or add one with &lt;b&gt;New creator&lt;/b&gt;.</source>
            <translation>Selecciona un creador o añade uno con &lt;b&gt;Nuevo creador&lt;/b&gt;.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/rubric.py" line="55" />
            <source>score &lt;b&gt;{score}&lt;/b&gt; / 100 &lt;span style='color:gray'&gt;(screenshots {proof} + answer {answer} + figures {figures})&lt;/span&gt;</source>
            <translation>puntuación &lt;b&gt;{score}&lt;/b&gt; / 100 &lt;span style='color:gray'&gt;(capturas {proof} + respuesta {answer} + cifras {figures})&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/rubric.py" line="65" />
            <source>&lt;b&gt;Missing:&lt;/b&gt; {items}</source>
            <translation>&lt;b&gt;Falta:&lt;/b&gt; {items}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/rubric.py" line="69" />
            <source>Would add to the score: {items}</source>
            <translation>Sumaría a la puntuación: {items}</translation>
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
        <name>domain.creators</name>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="62" />
            <source>prospect</source>
            <translation>potencial</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="63" />
            <source>contacted</source>
            <translation>contactado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="64" />
            <source>active</source>
            <translation>activo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="65" />
            <source>paused</source>
            <translation>en pausa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="66" />
            <source>declined</source>
            <translation>rechazado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="74" />
            <source>Comment thread</source>
            <translation>Hilo de comentarios</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="75" />
            <source>Story replies</source>
            <translation>Respuestas a historias</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="76" />
            <source>Live attendance</source>
            <translation>Asistencia en directo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="77" />
            <source>Recurring series performance</source>
            <translation>Resultado de una serie recurrente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="78" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="85" />
            <location filename="../../microcomm_desktop/domain/creators.py" line="186" />
            <source>Pass</source>
            <translation>Aprobado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="85" />
            <source>Incomplete</source>
            <translation>Incompleto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="90" />
            <source>replies per 1k reach</source>
            <translation>respuestas por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="91" />
            <source>engagement rate</source>
            <translation>tasa de interacción</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="92" />
            <source>returning share</source>
            <translation>proporción de recurrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="187" />
            <source>Pass — could add: {hints}</source>
            <translation>Aprobado; podría añadir: {hints}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="188" />
            <source>Incomplete — {missing}</source>
            <translation>Incompleto: {missing}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/creators.py" line="211" />
            <source>%n more screenshot(s) of a question the audience answered with specifics</source>
            <translation>
                <numerusform>%n captura más de una pregunta que la audiencia respondió con detalles</numerusform>
                <numerusform>%n capturas más de una pregunta que la audiencia respondió con detalles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/creators.py" line="216" />
            <source>{missing} (%n proof entry(ies) without a screenshot yet)</source>
            <translation>
                <numerusform>{missing} (%n prueba aún sin captura)</numerusform>
                <numerusform>{missing} (%n pruebas aún sin captura)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="224" />
            <source>their answer to 'what does your audience struggle with this week?'</source>
            <translation>su respuesta a «¿con qué tiene dificultades tu audiencia esta semana?»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="228" />
            <source>the date of their 'struggles this week' answer</source>
            <translation>la fecha de su respuesta sobre las «dificultades de esta semana»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="234" />
            <source>a 'struggles this week' answer dated today or earlier (the date is in the future)</source>
            <translation>una respuesta sobre las «dificultades de esta semana» con fecha de hoy o anterior (la fecha está en el futuro)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/creators.py" line="242" />
            <source>a fresh 'struggles this week' answer (the last one is %n day(s) old)</source>
            <translation>
                <numerusform>una respuesta reciente sobre las «dificultades de esta semana» (la última tiene %n día)</numerusform>
                <numerusform>una respuesta reciente sobre las «dificultades de esta semana» (la última tiene %n días)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="254" />
            <source>{figure} (unknown)</source>
            <translation>{figure} (desconocido)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="355" />
            <source>Handle line {n} ({line}): write the platform then the handle, e.g. 'instagram @name'.</source>
            <translation>Línea de usuario {n} ({line}): escribe la plataforma y luego el usuario, p. ej., «instagram @nombre».</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="365" />
            <source>Handle line {n}: unknown platform {platform}; use one of {platforms}.</source>
            <translation>Línea de usuario {n}: plataforma desconocida {platform}; usa una de estas: {platforms}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="372" />
            <source>Handle line {n}: the handle is longer than 120 characters.</source>
            <translation>Línea de usuario {n}: el usuario tiene más de 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="377" />
            <source>Handle line {n}: {platform} is listed twice; keep one handle per platform.</source>
            <translation>Línea de usuario {n}: {platform} aparece dos veces; deja un usuario por plataforma.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="400" />
            <source>{label}: {text} is not a number (for example 12.5).</source>
            <translation>{label}: {text} no es un número (por ejemplo, 12,5).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="404" />
            <source>{label}: {text} is not a number.</source>
            <translation>{label}: {text} no es un número.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="408" />
            <source>{label} cannot be negative.</source>
            <translation>{label} no puede ser negativo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="410" />
            <source>{label} cannot be above {upper}.</source>
            <translation>{label} no puede ser mayor que {upper}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="429" />
            <source>A creator needs a name.</source>
            <translation>Un creador necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="431" />
            <source>Keep the name under 120 characters.</source>
            <translation>El nombre debe tener menos de 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="436" />
            <source>Audience size is a whole number of people, for example 8200.</source>
            <translation>El tamaño de la audiencia es un número entero de personas, por ejemplo, 8200.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="440" />
            <source>Audience size cannot be above {max} people.</source>
            <translation>El tamaño de la audiencia no puede superar las {max} personas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="444" />
            <source>The answer cannot be dated in the future.</source>
            <translation>La respuesta no puede tener una fecha futura.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="446" />
            <source>Type their answer, or clear the date.</source>
            <translation>Escribe su respuesta o quita la fecha.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="454" />
            <source>Unknown kind {kind}.</source>
            <translation>Tipo desconocido {kind}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="456" />
            <source>The evidence cannot be dated in the future.</source>
            <translation>La evidencia no puede tener una fecha futura.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="459" />
            <source>The link must be a web address starting with https://</source>
            <translation>El enlace debe ser una dirección web que empiece por https://</translation>
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
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="57" />
            <source>Post (id or link)</source>
            <translation>Publicación (id o enlace)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="58" />
            <source>Interaction id</source>
            <translation>Id de la interacción</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="59" />
            <source>Parent/thread id</source>
            <translation>Id del padre/hilo</translation>
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
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="412" />
            <source>Generic CSV (MicroComm export or your own columns)</source>
            <translation>CSV genérico (exportación de MicroComm o tus propias columnas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="419" />
            <source>Interactions (handle, kind, timestamp, post, parent)</source>
            <translation>Interacciones (usuario, tipo, fecha y hora, publicación, padre)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="436" />
            <source>Engagers (MicroComm export: handle, power member, notes)</source>
            <translation>Participantes (exportación de MicroComm: usuario, miembro clave, notas)</translation>
        </message>
    </context>
    <context>
        <name>domain.post_fields</name>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="120" />
            <source>Date/time</source>
            <translation>Fecha/hora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="129" />
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="136" />
            <source>Platform post id</source>
            <translation>Id de la publicación en la plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="144" />
            <source>Link</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="150" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="154" />
            <source>How the post was made (the promise's recurring formats or your own, e.g. carousel)</source>
            <translation>Cómo se hizo la publicación (los formatos recurrentes de la promesa o los tuyos, p. ej. carrusel)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="160" />
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="163" />
            <source>Themes (comma-separated)</source>
            <translation>Temas (separados por comas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="165" />
            <source>The workspace's own content themes on this post (several allowed). Edit the cell as 'a, b', use the post form, or tag a selection with Ctrl+T. Insights ranks themes by replies and saves per 1k reach.</source>
            <translation>Los temas de contenido propios del espacio de trabajo en esta publicación (se permiten varios). Edita la celda como «a, b», usa el formulario de la publicación o etiqueta una selección con Ctrl+T. Insights clasifica los temas por respuestas y guardados por cada 1k de alcance.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="174" />
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="177" />
            <source>Label (community/reach)</source>
            <translation>Etiqueta (community/reach)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="179" />
            <source>community = judged on replies, saves, depth; reach = judged on shares and discovery</source>
            <translation>community = se juzga por respuestas, guardados y profundidad; reach = se juzga por compartidos y descubrimiento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="185" />
            <source>Title or caption</source>
            <translation>Título o texto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="193" />
            <source>Reach</source>
            <translation>Alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="199" />
            <source>Impressions</source>
            <translation>Impresiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="200" />
            <source>Views</source>
            <translation>Visualizaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="201" />
            <source>Likes</source>
            <translation>Me gusta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="204" />
            <source>Comments/replies</source>
            <translation>Comentarios/respuestas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="212" />
            <source>Shares</source>
            <translation>Compartidos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="213" />
            <source>Saves</source>
            <translation>Guardados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="214" />
            <source>DM replies</source>
            <translation>Respuestas por MD</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="217" />
            <source>Engagements</source>
            <translation>Interacciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="221" />
            <source>Engagements (platform total)</source>
            <translation>Interacciones (total de la plataforma)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="228" />
            <source>Conversions</source>
            <translation>Conversiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="234" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
    </context>
    <context>
        <name>services.creators</name>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="251" />
            <source>Audience size cannot be negative.</source>
            <translation>El tamaño de la audiencia no puede ser negativo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="253" />
            <source>Status must be one of {statuses}.</source>
            <translation>El estado debe ser uno de estos: {statuses}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="259" />
            <source>Must be between 0 and {upper}.</source>
            <translation>Debe estar entre 0 y {upper}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="262" />
            <source>Pick the workspace holding the creator's own export, not this one.</source>
            <translation>Elige el espacio de trabajo con la exportación propia del creador, no este.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="268" />
            <source>That workspace no longer exists.</source>
            <translation>Ese espacio de trabajo ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="315" />
            <location filename="../../microcomm_desktop/services/creators.py" line="324" />
            <location filename="../../microcomm_desktop/services/creators.py" line="330" />
            <location filename="../../microcomm_desktop/services/creators.py" line="357" />
            <location filename="../../microcomm_desktop/services/creators.py" line="592" />
            <location filename="../../microcomm_desktop/services/creators.py" line="748" />
            <source>This creator no longer exists.</source>
            <translation>Este creador ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="621" />
            <source>Cannot edit {fields} of an evidence entry.</source>
            <translation>No se puede editar {fields} de una evidencia.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="628" />
            <location filename="../../microcomm_desktop/services/creators.py" line="646" />
            <source>This evidence entry no longer exists.</source>
            <translation>Esta evidencia ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="714" />
            <location filename="../../microcomm_desktop/services/creators.py" line="862" />
            <source>Deal {id}</source>
            <translation>Acuerdo {id}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="726" />
            <source>This deal no longer exists.</source>
            <translation>Este acuerdo ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="731" />
            <source>The creator and the deal must be in the same workspace.</source>
            <translation>El creador y el acuerdo deben estar en el mismo espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="781" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="808" />
            <source>undated</source>
            <translation>sin fecha</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="815" />
            <source>draft</source>
            <translation>borrador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="816" />
            <source>offered</source>
            <translation>ofrecido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="817" />
            <source>signed</source>
            <translation>firmado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="818" />
            <source>live</source>
            <translation>en curso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="819" />
            <source>done</source>
            <translation>terminado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="820" />
            <source>lost</source>
            <translation>perdido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="830" />
            <source>Replies per 1k reach</source>
            <translation>Respuestas por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="831" />
            <source>Engagement rate</source>
            <translation>Tasa de interacción</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="832" />
            <source>Returning share (30 d)</source>
            <translation>Proporción de recurrentes (30 días)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="838" />
            <source>{value} (measured in '{workspace}')</source>
            <translation>{value} (medido en «{workspace}»)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="842" />
            <source>{value} (reported)</source>
            <translation>{value} (declarado)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="849" />
            <source>Deal</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="850" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="851" />
            <source>Total cost</source>
            <translation>Coste total</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="852" />
            <source>Impressions</source>
            <translation>Impresiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="853" />
            <source>Conversions</source>
            <translation>Conversiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="854" />
            <source>Blended CPM</source>
            <translation>CPM combinado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="855" />
            <source>Blended CPA</source>
            <translation>CPA combinado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="874" />
            <source>All deals ({count})</source>
            <translation>Todos los acuerdos ({count})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="908" />
            <location filename="../../microcomm_desktop/services/creators.py" line="994" />
            <source>status: {status}</source>
            <translation>estado: {status}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="910" />
            <location filename="../../microcomm_desktop/services/creators.py" line="997" />
            <source>audience {count}</source>
            <translation>audiencia {count}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="922" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1003" />
            <source>Proof of conversation: {verdict} (score {score} / 100)</source>
            <translation>Prueba de conversación: {verdict} (puntuación {score} / 100)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="928" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1006" />
            <source>Missing:</source>
            <translation>Falta:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="933" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1010" />
            <source>not asked yet</source>
            <translation>aún no se ha preguntado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="935" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1012" />
            <source>What their audience struggles with this week:</source>
            <translation>Con qué tiene dificultades su audiencia esta semana:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="942" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1015" />
            <source>Evidence ({count})</source>
            <translation>Evidencias ({count})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="958" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1018" />
            <source>question answered with specifics</source>
            <translation>pregunta respondida con detalles</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="969" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1028" />
            <source>Deal history (blended = creator fees + paid media)</source>
            <translation>Historial de acuerdos (combinado = honorarios del creador + medios pagados)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="972" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1030" />
            <source>No deals linked yet.</source>
            <translation>Aún no hay acuerdos vinculados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="981" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1040" />
            <source>Prepared {date} with MicroComm Desktop.</source>
            <translation>Preparado el {date} con MicroComm Desktop.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="993" />
            <source>no niche set</source>
            <translation>sin nicho definido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="1062" />
            <source>{name} — creator</source>
            <translation>{name} — creador</translation>
        </message>
    </context>
    <context>
        <name>services.engagers</name>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="66" />
            <source>Type the person's handle, e.g. @ana or discord:ana.</source>
            <translation>Escribe el usuario de la persona, p. ej., @ana o discord:ana.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="76" />
            <source>No person @{handle} on {platform} in this workspace.</source>
            <translation>No hay ninguna persona @{handle} en {platform} en este espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="80" />
            <source>No person @{handle} in this workspace.</source>
            <translation>No hay ninguna persona @{handle} en este espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="84" />
            <source>@{handle} is on several platforms ({options}); name one, e.g. {example}.</source>
            <translation>@{handle} está en varias plataformas ({options}); indica una, p. ej., {example}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/engagers.py" line="104" />
            <source>Merged {removed} into {kept}: %Ln interaction(s) moved (undo: {command}).</source>
            <translation>
                <numerusform>{removed} fusionado en {kept}: %Ln interacción movida (deshacer: {command}).</numerusform>
                <numerusform>{removed} fusionado en {kept}: %Ln interacciones movidas (deshacer: {command}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="116" />
            <source>Pick two different people to merge.</source>
            <translation>Elige dos personas distintas para fusionar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="129" />
            <source>One of these people no longer exists in this workspace.</source>
            <translation>Una de estas personas ya no existe en este espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="221" />
            <source>No merge {id} to undo in this workspace (see: {command}).</source>
            <translation>No hay ninguna fusión {id} que deshacer en este espacio de trabajo (consulta: {command}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="237" />
            <source>@{handle} exists again (a later import); merge or forget that one first.</source>
            <translation>@{handle} vuelve a existir (una importación posterior); fusiona u olvida primero esa persona.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/engagers.py" line="289" />
            <source>Forgot {person}: the person and %Ln interaction(s) were erased from this workspace.</source>
            <translation>
                <numerusform>Se olvidó a {person}: la persona y %Ln interacción se borraron de este espacio de trabajo.</numerusform>
                <numerusform>Se olvidó a {person}: la persona y %Ln interacciones se borraron de este espacio de trabajo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="293" />
            <source>The database file was rewritten, so future backups do not hold them.</source>
            <translation>El archivo de la base de datos se reescribió, así que las copias de seguridad futuras no los contienen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/engagers.py" line="299" />
            <source>{holding} of %n existing backup(s) still hold them (delete these files to erase them everywhere):</source>
            <translation>
                <numerusform>Aún están en {holding} de %n copia de seguridad existente (elimina estos archivos para borrarlos en todas partes):</numerusform>
                <numerusform>Aún están en {holding} de las %n copias de seguridad existentes (elimina estos archivos para borrarlos en todas partes):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/engagers.py" line="303" />
            <source>None of the %n existing backup(s) holds them.</source>
            <translation>
                <numerusform>La %n copia de seguridad existente no los contiene.</numerusform>
                <numerusform>Ninguna de las %n copias de seguridad existentes los contiene.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="305" />
            <source>There are no backups.</source>
            <translation>No hay copias de seguridad.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="307" />
            <source>Could not check {file}: {reason}</source>
            <translation>No se pudo comprobar {file}: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="328" />
            <source>{person} no longer exists in this workspace.</source>
            <translation>{person} ya no existe en este espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="366" />
            <source>On a team server the rows are deleted from every table; the server's own VACUUM reclaims their space (ask its administrator to run VACUUM FULL to rewrite the files now).</source>
            <translation>En un servidor de equipo las filas se borran de todas las tablas; el VACUUM del propio servidor recupera su espacio (pide a quien lo administra que ejecute VACUUM FULL para reescribir los archivos ahora).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="383" />
            <source>The deleted rows were overwritten in the file, but it could not be compacted now ({error}); older copies of its pages may stay in the write-ahead log until SQLite next checkpoints it (close other programs using this data to let it).</source>
            <translation>Las filas borradas se sobrescribieron en el archivo, pero no se pudo compactar ahora ({error}); puede que queden copias antiguas de sus páginas en el registro de escritura anticipada hasta el próximo checkpoint de SQLite (cierra otros programas que usen estos datos para permitirlo).</translation>
        </message>
    </context>
</TS>