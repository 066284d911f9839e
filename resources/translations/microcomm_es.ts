<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
    <context>
        <name>BestTimesPanel</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/best_times.py" line="35" />
            <source>Replies per 1k reach by weekday and 3-hour block of local time ({timezone}), pooled over %n post(s); each cell shows the rate and its post count. Hatched cells have fewer than {min_posts} posts. Move rituals to where the community answers.</source>
            <translation>
                <numerusform>Respuestas por cada 1.000 de alcance por día de la semana y bloque de 3 horas en hora local ({timezone}), agregadas sobre %n publicación; cada celda muestra la tasa y su número de publicaciones. Las celdas rayadas tienen menos de {min_posts} publicaciones. Mueve los rituales adonde la comunidad responde.</numerusform>
                <numerusform>Respuestas por cada 1.000 de alcance por día de la semana y bloque de 3 horas en hora local ({timezone}), agregadas sobre %n publicaciones; cada celda muestra la tasa y su número de publicaciones. Las celdas rayadas tienen menos de {min_posts} publicaciones. Mueve los rituales adonde la comunidad responde.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/best_times.py" line="45" />
            <source>&lt;b&gt;{weekday} {hours} h&lt;/b&gt; {rate}/1k (%n post(s))</source>
            <translation>
                <numerusform>&lt;b&gt;{weekday} {hours} h&lt;/b&gt; {rate}/1.000 (%n publicación)</numerusform>
                <numerusform>&lt;b&gt;{weekday} {hours} h&lt;/b&gt; {rate}/1.000 (%n publicaciones)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/best_times.py" line="50" />
            <source>Best times: {slots}</source>
            <translation>Mejores horarios: {slots}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/best_times.py" line="52" />
            <source>No time slot has enough posts to judge yet.</source>
            <translation>Ninguna franja horaria tiene aún suficientes publicaciones para evaluarla.</translation>
        </message>
    </context>
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
        <name>DashboardTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="73" />
            <source>Last 4 weeks</source>
            <translation>Últimas 4 semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="74" />
            <source>Last 13 weeks</source>
            <translation>Últimas 13 semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="75" />
            <source>Last 52 weeks</source>
            <translation>Últimas 52 semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="76" />
            <source>All weeks</source>
            <translation>Todas las semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="77" />
            <source>Custom…</source>
            <translation>Personalizado…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="80" />
            <source>All posts (each judged by its job)</source>
            <translation>Todas las publicaciones (cada una según su función)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="81" />
            <source>Community posts</source>
            <translation>Publicaciones de comunidad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="82" />
            <source>Reach posts</source>
            <translation>Publicaciones de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="88" />
            <source>Returning engagers</source>
            <translation>Participantes recurrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="89" />
            <source>Returning engagers (30 days)</source>
            <translation>Participantes recurrentes (30 días)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="90" />
            <source>share of engagers (%)</source>
            <translation>porcentaje de participantes (%)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="94" />
            <source>Replies / 1k</source>
            <translation>Respuestas / 1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="95" />
            <source>Replies per 1,000 reach</source>
            <translation>Respuestas por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="96" />
            <source>replies per 1k</source>
            <translation>respuestas por cada 1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="100" />
            <source>Saves / 1k</source>
            <translation>Guardados / 1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="101" />
            <source>Saves per 1,000 reach</source>
            <translation>Guardados por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="102" />
            <source>saves per 1k</source>
            <translation>guardados por cada 1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="106" />
            <source>Health score</source>
            <translation>Índice de salud</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="107" />
            <source>Community Health Score</source>
            <translation>Índice de salud de la comunidad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="108" />
            <source>score (0–100)</source>
            <translation>puntuación (0–100)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="125" />
            <source>Live attendance</source>
            <translation>Asistencia en directo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="126" />
            <source>DM reply rate (%)</source>
            <translation>Tasa de respuesta a MD (%)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="127" />
            <source>Conversions</source>
            <translation>Conversiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="128" />
            <source>Revenue</source>
            <translation>Ingresos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="129" />
            <source>Spend (fees + paid media)</source>
            <translation>Gasto (honorarios + medios pagados)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="130" />
            <source>Email sign-ups</source>
            <translation>Registros de correo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="131" />
            <source>Demo requests</source>
            <translation>Solicitudes de demo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="132" />
            <source>Repeat purchases</source>
            <translation>Compras repetidas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="133" />
            <source>Top questions</source>
            <translation>Preguntas principales</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="134" />
            <source>Objections</source>
            <translation>Objeciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="135" />
            <source>Words members use</source>
            <translation>Palabras de los miembros</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="179" />
            <source>All posts: community posts are judged on replies, saves and returning engagers; reach posts on reach and shares (DOMAIN §4). Pick one label to see only those posts.</source>
            <translation>Todas las publicaciones: las de comunidad se juzgan por respuestas, guardados y participantes recurrentes; las de alcance, por alcance y compartidos (DOMAIN §4). Elige una etiqueta para ver solo esas publicaciones.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="203" />
            <source>Recomputing the scorecard…</source>
            <translation>Recalculando el cuadro de mando…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="204" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="207" />
            <source>Export weekly report…</source>
            <translation>Exportar informe semanal…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="208" />
            <source>One-page PDF and an HTML file for the week holding today (Ctrl+Shift+R)</source>
            <translation>PDF de una página y un archivo HTML de la semana que incluye hoy (Ctrl+Mayús+R)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="210" />
            <source>Export 30-day report…</source>
            <translation>Exportar informe de 30 días…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="212" />
            <source>Calibrate bands…</source>
            <translation>Calibrar rangos…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="215" />
            <source>Propose benchmark bands from your own last 30/60/90 days (the middle half of your values), shown beside the niche defaults; applied to this workspace, undoable</source>
            <translation>Proponer rangos de referencia a partir de tus últimos 30/60/90 días (la mitad central de tus valores), junto a los valores por defecto del nicho; se aplica a este espacio de trabajo y se puede deshacer</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="224" />
            <source>Posts:</source>
            <translation>Publicaciones:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="227" />
            <source>Range:</source>
            <translation>Periodo:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="240" />
            <source>Filter weeks…</source>
            <translation>Filtrar semanas…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="250" />
            <source>No posts or interactions in this range yet. Log posts (Posts tab) or import them, and this scorecard fills in week by week.</source>
            <translation>Aún no hay publicaciones ni interacciones en este periodo. Registra publicaciones (pestaña Publicaciones) o impórtalas, y este cuadro de mando se irá llenando semana a semana.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="271" />
            <source>What to do now</source>
            <translation>Qué hacer ahora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="309" />
            <source>People grouped by the week they first engaged; each cell is the share of that group engaging again in week +1…+4. Greener = newcomers come back.</source>
            <translation>Personas agrupadas por la semana en que participaron por primera vez; cada celda es la parte del grupo que vuelve a participar en la semana +1…+4. Más verde = los recién llegados vuelven.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="315" />
            <source>Newcomer cohorts</source>
            <translation>Cohortes de recién llegados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="317" />
            <source>Distinct days with an interaction in the last 30 days</source>
            <translation>Días distintos con una interacción en los últimos 30 días</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="318" />
            <source>Distinct days engaged in the 30 days before they went quiet</source>
            <translation>Días distintos con participación en los 30 días antes de quedarse en silencio</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="322" />
            <source>&lt;b&gt;Top engagers&lt;/b&gt; — power-member candidates (most returning days, last 30)</source>
            <translation>&lt;b&gt;Participantes más activos&lt;/b&gt; — candidatos a miembros clave (más días de regreso, últimos 30)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="323" />
            <source>&lt;b&gt;Fading regulars&lt;/b&gt; — returning before, silent for 14+ days: nudge them</source>
            <translation>&lt;b&gt;Habituales que se apagan&lt;/b&gt; — antes recurrentes, 14+ días en silencio: dales un empujón</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="330" />
            <source>Top engagers</source>
            <translation>Participantes más activos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="331" />
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="698" />
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="925" />
            <source>Week notes</source>
            <translation>Notas de la semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="404" />
            <source>One per line; quoted words members use</source>
            <translation>Una por línea; palabras de los miembros entre comillas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="407" />
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="413" />
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="410" />
            <source>blank = not known</source>
            <translation>vacío = desconocido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="420" />
            <source>CPA = spend / conversions (blended: creator fees + paid media)</source>
            <translation>CPA = gasto / conversiones (combinado: honorarios de creadores + medios pagados)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="422" />
            <source>Save week notes</source>
            <translation>Guardar notas de la semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="423" />
            <source>Ctrl+S — undo with Ctrl+Z</source>
            <translation>Ctrl+S — deshacer con Ctrl+Z</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="440" />
            <source>Week notes: could not save an open edit: {reason}</source>
            <translation>Notas de la semana: no se pudo guardar una edición abierta: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="466" />
            <source>“From” is after “to”: pick an earlier start.</source>
            <translation>«Desde» es posterior a «hasta»: elige un inicio anterior.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="469" />
            <source>Pick a range of at most 20 years.</source>
            <translation>Elige un periodo de 20 años como máximo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="528" />
            <source>Could not compute the scorecard: {reason}</source>
            <translation>No se pudo calcular el cuadro de mando: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="589" />
            <source>ER = engagements / {denominator} (workspace setting). Returning engagers = people who engaged on 2+ different days in the 30 days ending each week. Cell colours: red below the benchmark band, green in it, blue above it. ▲▼ = change from the week before. Hover a cell for its formula and inputs.</source>
            <translation>ER = interacciones / {denominator} (ajuste del espacio de trabajo). Participantes recurrentes = personas que participaron en 2+ días distintos en los 30 días que terminan cada semana. Colores: rojo por debajo del rango, verde dentro, azul por encima. ▲▼ = cambio respecto a la semana anterior. Pasa el ratón por una celda para ver su fórmula y sus datos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="607" />
            <source>returning engagers</source>
            <translation>participantes recurrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="626" />
            <source>No data yet.</source>
            <translation>Aún no hay datos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="699" />
            <source>The notes of the week you left were not saved: {reason}</source>
            <translation>No se guardaron las notas de la semana que dejaste: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="723" />
            <source>Week notes for the week of {week} not stored yet: {reason}</source>
            <translation>Las notas de la semana del {week} aún no se guardaron: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="730" />
            <source>The week of {week} is no longer in the scorecard: its typed notes are kept as a draft and come back when that week is shown.</source>
            <translation>La semana del {week} ya no está en el cuadro de mando: sus notas escritas se conservan como borrador y vuelven cuando se muestre esa semana.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="741" />
            <source>Select a week in the scorecard to enter its outcomes and notes.</source>
            <translation>Selecciona una semana en el cuadro de mando para anotar sus resultados y notas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="757" />
            <source>Week notes: restored an unsaved draft from {when}</source>
            <translation>Notas de la semana: se restauró un borrador sin guardar de {when}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="785" />
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="931" />
            <source>Saved notes for the week of {week}</source>
            <translation>Notas de la semana del {week} guardadas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="793" />
            <source>Notes for the week of {week} are not valid yet: kept as a draft (select that week to finish them).</source>
            <translation>Las notas de la semana del {week} aún no son válidas: se guardan como borrador (selecciona esa semana para terminarlas).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="880" />
            <source>&lt;b&gt;Week of {week}&lt;/b&gt; — business outcomes and what members said (used by the reports)</source>
            <translation>&lt;b&gt;Semana del {week}&lt;/b&gt; — resultados de negocio y lo que dijeron los miembros (lo usan los informes)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="890" />
            <source>CPA this week: {cpa}</source>
            <translation>CPA de esta semana: {cpa}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="890" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="914" />
            <source>Save notes for the week of {week}</source>
            <translation>Guardar notas de la semana del {week}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="925" />
            <source>Not saved: {reason}</source>
            <translation>No guardado: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="939" />
            <source>Exported {path}</source>
            <translation>Exportado {path}</translation>
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
        <name>DecisionLog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="64" />
            <source>Log a decision…</source>
            <translation>Registrar una decisión…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="65" />
            <source>Ctrl+D — prefilled from the selected row of the ranking</source>
            <translation>Ctrl+D — rellenado con la fila seleccionada de la clasificación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="67" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="69" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="92" />
            <source>No decision logged for this week (week of {week}) — tie one content decision to the data every week.</source>
            <translation>No hay ninguna decisión registrada esta semana (semana del {week}): vincula cada semana una decisión de contenido a los datos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="98" />
            <source>{logged} of the last 4 weeks have a decision logged.</source>
            <translation>{logged} de las últimas 4 semanas tienen una decisión registrada.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="122" />
            <source>{group}: median replies/1k {median}, saves/1k {saves} over %n post(s) → </source>
            <translation>
                <numerusform>{group}: mediana de respuestas/1.000 {median}, guardados/1.000 {saves} en %n publicación → </numerusform>
                <numerusform>{group}: mediana de respuestas/1.000 {median}, guardados/1.000 {saves} en %n publicaciones → </numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="143" />
            <source>Log a decision</source>
            <translation>Registrar una decisión</translation>
        </message>
    </context>
    <context>
        <name>DecisionTableModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="212" />
            <source>Week of</source>
            <translation>Semana del</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="213" />
            <source>Rests on</source>
            <translation>Se basa en</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="214" />
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="220" />
            <source>Replies per 1k reach</source>
            <translation>Respuestas por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="221" />
            <source>Saves per 1k reach</source>
            <translation>Guardados por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="222" />
            <source>Engagement rate</source>
            <translation>Tasa de interacción</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="223" />
            <source>Returning engagers reached</source>
            <translation>Participantes recurrentes alcanzados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="224" />
            <source>Returning share</source>
            <translation>Porcentaje recurrente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="225" />
            <source>Post count</source>
            <translation>Número de publicaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="226" />
            <source>Other</source>
            <translation>Otro</translation>
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
        <name>EngagerListModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_engagers_table_model.py" line="18" />
            <source> — marked as power member</source>
            <translation> — marcado como miembro clave</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_engagers_table_model.py" line="27" />
            <source>Handle</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_engagers_table_model.py" line="33" />
            <source>Active days</source>
            <translation>Días activos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_engagers_table_model.py" line="39" />
            <source>Interactions</source>
            <translation>Interacciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_engagers_table_model.py" line="44" />
            <source>Last seen</source>
            <translation>Visto por última vez</translation>
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
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="65" />
            <source>Filter…</source>
            <translation>Filtrar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="94" />
            <source>Export to CSV</source>
            <translation>Exportar a CSV</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="94" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="106" />
            <source>Export failed</source>
            <translation>La exportación falló</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="107" />
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
        <name>InsightTableModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="28" />
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="29" />
            <source>Posts</source>
            <translation>Publicaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="30" />
            <source>Median replies/1k</source>
            <translation>Mediana respuestas/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="31" />
            <source>Mean replies/1k</source>
            <translation>Media respuestas/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="32" />
            <source>Saves/1k</source>
            <translation>Guardados/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="33" />
            <source>ER %</source>
            <translation>ER %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="34" />
            <source>Returning reached</source>
            <translation>Recurrentes alcanzados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="35" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="38" />
            <source>The theme, format, ritual or prompt-ladder rung</source>
            <translation>El tema, formato, ritual o peldaño de la escalera de preguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="39" />
            <source>Posts of the period and label in this group (a post with two themes counts in both)</source>
            <translation>Publicaciones del periodo y la etiqueta en este grupo (una publicación con dos temas cuenta en ambos)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="42" />
            <source>Median of each post's replies / reach × 1000 — one viral post cannot carry it</source>
            <translation>Mediana de respuestas / alcance × 1000 de cada publicación: una publicación viral no puede sostenerla sola</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="45" />
            <source>Mean of each post's replies / reach × 1000</source>
            <translation>Media de respuestas / alcance × 1000 de cada publicación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="46" />
            <source>Group saves / group reach × 1000 (pooled); benchmark 10–40</source>
            <translation>Guardados del grupo / alcance del grupo × 1000 (agregado); referencia 10–40</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="47" />
            <source>Group engagements / group reach (or impressions, per workspace setting) in percent; benchmark 3–8 %</source>
            <translation>Interacciones del grupo / alcance del grupo (o impresiones, según el ajuste del espacio de trabajo) en porcentaje; referencia 3–8 %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="51" />
            <source>Distinct people who engaged with these posts in the period and are returning engagers (2+ distinct days in the 30 days ending on the period's last day)</source>
            <translation>Personas distintas que participaron con estas publicaciones en el periodo y son participantes recurrentes (2+ días distintos en los 30 días hasta el último día del periodo)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="56" />
            <source>'too few posts to judge' below the minimum post count (setting, default 3)</source>
            <translation>«muy pocas publicaciones para evaluar» por debajo del mínimo de publicaciones (ajuste, por defecto 3)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="62" />
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="63" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="64" />
            <source>Ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="65" />
            <source>Rung</source>
            <translation>Peldaño</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="94" />
            <source>too few posts to judge</source>
            <translation>muy pocas publicaciones para evaluar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="192" />
            <source>Only %n post(s): too few to judge — shown, but not ranked as evidence.</source>
            <translation>
                <numerusform>Solo %n publicación: muy pocas para evaluar; se muestra, pero no cuenta como evidencia.</numerusform>
                <numerusform>Solo %n publicaciones: muy pocas para evaluar; se muestran, pero no cuentan como evidencia.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="198" />
            <source>Benchmark {low}–{high}: below</source>
            <translation>Referencia {low}–{high}: por debajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="200" />
            <source>Benchmark {low}–{high}: in</source>
            <translation>Referencia {low}–{high}: dentro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="202" />
            <source>Benchmark {low}–{high}: above</source>
            <translation>Referencia {low}–{high}: por encima</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="204" />
            <source> (polls and Q and A have their own, higher ER band)</source>
            <translation> (las encuestas y las preguntas y respuestas tienen su propio rango de ER, más alto)</translation>
        </message>
    </context>
    <context>
        <name>InsightsTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="60" />
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="61" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="62" />
            <source>Ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="63" />
            <source>Prompt rung</source>
            <translation>Peldaño de la pregunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="66" />
            <source>Community posts</source>
            <translation>Publicaciones de comunidad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="67" />
            <source>Reach posts</source>
            <translation>Publicaciones de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="68" />
            <source>All posts</source>
            <translation>Todas las publicaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="71" />
            <source>Last 30 days</source>
            <translation>Últimos 30 días</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="72" />
            <source>Last 90 days</source>
            <translation>Últimos 90 días</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="73" />
            <source>Last 180 days</source>
            <translation>Últimos 180 días</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="74" />
            <source>Last 365 days</source>
            <translation>Últimos 365 días</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="75" />
            <source>Custom</source>
            <translation>Personalizado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="88" />
            <source>Median / mean replies per 1k: over each post's own replies ÷ reach × 1000. Saves/1k and ER: pooled over the group. Returning reached: distinct people who engaged with these posts in the period and engaged on 2+ days in the 30 days ending on the period's last day. Groups with fewer than {n} posts are marked “too few posts to judge” and listed last. Colours: below / in / above the benchmark band.</source>
            <translation>Mediana / media de respuestas por cada 1.000: sobre las respuestas ÷ alcance × 1000 de cada publicación. Guardados/1.000 y ER: agregados sobre el grupo. Recurrentes alcanzados: personas distintas que participaron con estas publicaciones en el periodo y participaron 2+ días en los 30 días hasta el último día del periodo. Los grupos con menos de {n} publicaciones se marcan «muy pocas publicaciones para evaluar» y van al final. Colores: por debajo / dentro / por encima del rango de referencia.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="149" />
            <source>Group the period's posts by theme, format, ritual or the prompt-ladder rung</source>
            <translation>Agrupa las publicaciones del periodo por tema, formato, ritual o peldaño de la escalera de preguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="162" />
            <source>Judge community posts on replies and saves; reach posts on shares and discovery</source>
            <translation>Juzga las publicaciones de comunidad por respuestas y guardados; las de alcance, por compartidos y descubrimiento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="168" />
            <source>Minimum posts for a group or time slot to be judged (saved for this workspace; default 3)</source>
            <translation>Mínimo de publicaciones para evaluar un grupo o una franja horaria (se guarda para este espacio de trabajo; por defecto 3)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="178" />
            <source>Group by</source>
            <translation>Agrupar por</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="179" />
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="180" />
            <source>from</source>
            <translation>desde</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="181" />
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="182" />
            <source>Posts</source>
            <translation>Publicaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="183" />
            <source>Min. posts</source>
            <translation>Mín. publicaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="208" />
            <source>Log a decision</source>
            <translation>Registrar una decisión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="216" />
            <source>Filter groups… (Ctrl+F)</source>
            <translation>Filtrar grupos… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="230" />
            <source>per 1,000 reach</source>
            <translation>por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="245" />
            <source>Shortlist</source>
            <translation>Preselección</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="248" />
            <source>Best times</source>
            <translation>Mejores horarios</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="249" />
            <source>Decision log</source>
            <translation>Registro de decisiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="259" />
            <source>No posts in this period yet. Log or import posts on the Posts tab, tag them with themes and formats, and their ranking appears here.</source>
            <translation>Aún no hay publicaciones en este periodo. Registra o importa publicaciones en la pestaña Publicaciones, etiquétalas con temas y formatos, y su clasificación aparecerá aquí.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="279" />
            <source>Themes of &lt;b&gt;community posts&lt;/b&gt; proven by replies &lt;i&gt;and&lt;/i&gt; saves per 1k reach (score = mean of both, each scaled to its benchmark top). Only themes with enough posts count as evidence.</source>
            <translation>Temas de &lt;b&gt;publicaciones de comunidad&lt;/b&gt; respaldados por respuestas &lt;i&gt;y&lt;/i&gt; guardados por cada 1.000 de alcance (puntuación = media de ambos, cada uno escalado al tope de su referencia). Solo cuentan como evidencia los temas con suficientes publicaciones.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="389" />
            <source>The period ends before it starts.</source>
            <translation>El periodo termina antes de empezar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="403" />
            <source>Computing…</source>
            <translation>Calculando…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="408" />
            <source>Could not compute insights: {reason}</source>
            <translation>No se pudieron calcular los análisis: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="423" />
            <source>&lt;b&gt;%n&lt;/b&gt; community post(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; publicación de comunidad</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; publicaciones de comunidad</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="425" />
            <source>&lt;b&gt;%n&lt;/b&gt; reach post(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; publicación de alcance</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; publicaciones de alcance</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="427" />
            <source>&lt;b&gt;%n&lt;/b&gt;  post(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; publicación</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; publicaciones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="431" />
            <source>{posts} from {since} to {until}: median replies/1k &lt;b&gt;{median}&lt;/b&gt;, saves/1k &lt;b&gt;{saves}&lt;/b&gt;, ER &lt;b&gt;{er}&lt;/b&gt; (by {denominator}); &lt;b&gt;{returning}&lt;/b&gt; returning engagers in the 30 days to {day}.</source>
            <translation>{posts} del {since} al {until}: mediana de respuestas/1.000 &lt;b&gt;{median}&lt;/b&gt;, guardados/1.000 &lt;b&gt;{saves}&lt;/b&gt;, ER &lt;b&gt;{er}&lt;/b&gt; (por {denominator}); &lt;b&gt;{returning}&lt;/b&gt; participantes recurrentes en los 30 días hasta el {day}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="501" />
            <source>Nothing to chart: no group has enough posts yet</source>
            <translation>Nada que graficar: ningún grupo tiene aún suficientes publicaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="512" />
            <source>Replies/1k</source>
            <translation>Respuestas/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="520" />
            <source>Saves/1k</source>
            <translation>Guardados/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="531" />
            <source>Judged themes: median replies/1k and saves/1k</source>
            <translation>Temas evaluados: mediana de respuestas/1.000 y guardados/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="532" />
            <source>Judged formats: median replies/1k and saves/1k</source>
            <translation>Formatos evaluados: mediana de respuestas/1.000 y guardados/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="533" />
            <source>Judged rituals: median replies/1k and saves/1k</source>
            <translation>Rituales evaluados: mediana de respuestas/1.000 y guardados/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="534" />
            <source>Judged rungs: median replies/1k and saves/1k</source>
            <translation>Peldaños evaluados: mediana de respuestas/1.000 y guardados/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="548" />
            <source>No theme has enough community posts with reach in this period yet. Tag posts with themes (Posts tab) or widen the period.</source>
            <translation>Ningún tema tiene aún suficientes publicaciones de comunidad con alcance en este periodo. Etiqueta publicaciones con temas (pestaña Publicaciones) o amplía el periodo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="563" />
            <source>&lt;b&gt;{rank}. {theme}&lt;/b&gt; — score {score}/100</source>
            <translation>&lt;b&gt;{rank}. {theme}&lt;/b&gt; — puntuación {score}/100</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="571" />
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="601" />
            <source>Add to next sprint</source>
            <translation>Añadir al próximo sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="573" />
            <source>Adds a task to week 1 of the upcoming sprint, or the current sprint's next week</source>
            <translation>Añade una tarea a la semana 1 del próximo sprint o a la semana siguiente del sprint actual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="576" />
            <source>Add a prompt…</source>
            <translation>Añadir una pregunta…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="577" />
            <source>Adds a prompt about this theme to the prompt library</source>
            <translation>Añade una pregunta sobre este tema a la biblioteca de preguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="595" />
            <source>add “{theme}” to the sprint plan</source>
            <translation>añadir «{theme}» al plan del sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="604" />
            <source>Added “{theme}” to {sprint}, week {week} (Ctrl+Z undoes)</source>
            <translation>Se añadió «{theme}» a {sprint}, semana {week} (Ctrl+Z lo deshace)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="623" />
            <source>add a prompt to the library</source>
            <translation>añadir una pregunta a la biblioteca</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="629" />
            <source>Add a prompt</source>
            <translation>Añadir una pregunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="631" />
            <source>Prompt added to the library (Ctrl+Z undoes)</source>
            <translation>Pregunta añadida a la biblioteca (Ctrl+Z lo deshace)</translation>
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
        <name>PromptDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="23" />
            <source>Identity</source>
            <translation>Identidad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="24" />
            <source>Constraints</source>
            <translation>Restricciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="25" />
            <source>Proof</source>
            <translation>Prueba</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="26" />
            <source>Commitment</source>
            <translation>Compromiso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="35" />
            <source>Add a prompt to the library</source>
            <translation>Añadir una pregunta a la biblioteca</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="38" />
            <source>Good prompts ask for a number, a screenshot, a choice or a constraint.</source>
            <translation>Las buenas preguntas piden un número, una captura, una elección o una restricción.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="43" />
            <source>(no ritual)</source>
            <translation>(sin ritual)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="53" />
            <source>Prompt:</source>
            <translation>Pregunta:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="54" />
            <source>Ladder rung:</source>
            <translation>Peldaño de la escalera:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="55" />
            <source>Ritual:</source>
            <translation>Ritual:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="67" />
            <source>Write the prompt first.</source>
            <translation>Escribe primero la pregunta.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="70" />
            <source>Keep the prompt under 500 characters.</source>
            <translation>Mantén la pregunta por debajo de 500 caracteres.</translation>
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
        <name>ReportActions</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="42" />
            <source>Calibrate bands</source>
            <translation>Calibrar rangos</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="49" />
            <source>Calibrate %n benchmark band(s) from the last {days} days</source>
            <translation>
                <numerusform>Calibrar %n rango con los últimos {days} días</numerusform>
                <numerusform>Calibrar %n rangos con los últimos {days} días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="73" />
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="86" />
            <source>Export report</source>
            <translation>Exportar informe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="87" />
            <source>The report was not written: {reason}</source>
            <translation>No se escribió el informe: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="93" />
            <source>Wrote {pdf} and {html}</source>
            <translation>Se escribieron {pdf} y {html}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="95" />
            <source>Wrote {pdf} (%n pages) and {html}</source>
            <translation>
                <numerusform>Se escribieron {pdf} (%n página) y {html}</numerusform>
                <numerusform>Se escribieron {pdf} (%n páginas) y {html}</numerusform>
            </translation>
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
        <name>ScorecardModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="46" />
            <source>ER = engagements / {denominator} × 100 = {engagements} / {base} × 100</source>
            <translation>ER = interacciones / {denominator} × 100 = {engagements} / {base} × 100</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="55" />
            <source>DM back-and-forth from logged DMs: %n DM conversation(s) members started this week, {average} messages each on average (a member's DM plus the answers to it). Compare with the DM reply rate you type in the week notes.</source>
            <translation>
                <numerusform>Ida y vuelta de MD registrados: %n conversación por MD iniciada por miembros esta semana, con {average} mensajes de media (el MD de un miembro más las respuestas). Compárala con la tasa de respuesta a MD que escribes en las notas de la semana.</numerusform>
                <numerusform>Ida y vuelta de MD registrados: %n conversaciones por MD iniciadas por miembros esta semana, con {average} mensajes cada una de media (el MD de un miembro más las respuestas). Compáralas con la tasa de respuesta a MD que escribes en las notas de la semana.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="67" />
            <source>Share of the %n DM conversation(s) members started this week that got an answer in the log (from you: your own handles are set in Workspace settings).</source>
            <translation>
                <numerusform>Parte de la %n conversación por MD iniciada por miembros esta semana que recibió respuesta en el registro (tuya: tus propios usuarios se configuran en Ajustes del espacio de trabajo).</numerusform>
                <numerusform>Parte de las %n conversaciones por MD iniciadas por miembros esta semana que recibieron respuesta en el registro (tuya: tus propios usuarios se configuran en Ajustes del espacio de trabajo).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="77" />
            <source>Health = RE% × 0.4 + min(replies/1k ÷ top × 100, 100) × 0.3 + min(saves/1k ÷ top × 100, 100) × 0.3 with RE {returning}%, replies {replies}, saves {saves}</source>
            <translation>Salud = PR% × 0,4 + mín(respuestas/1.000 ÷ tope × 100, 100) × 0,3 + mín(guardados/1.000 ÷ tope × 100, 100) × 0,3 con PR {returning} %, respuestas {replies}, guardados {saves}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="87" />
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="95" />
            <source>Posts (c/r)</source>
            <translation>Publicaciones (c/a)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="99" />
            <source>{community} community posts (judged on replies, saves, returning engagers) and {reach} reach posts (judged on reach and shares).</source>
            <translation>{community} publicaciones de comunidad (se juzgan por respuestas, guardados, participantes recurrentes) y {reach} de alcance (se juzgan por alcance y compartidos).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="107" />
            <source>Reach</source>
            <translation>Alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="111" />
            <source>Sum of post reach. Shares: {shares}.</source>
            <translation>Suma del alcance de las publicaciones. Compartidos: {shares}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="115" />
            <source>ER</source>
            <translation>ER</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="118" />
            <source>Saves/1k</source>
            <translation>Guard./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="122" />
            <source>Saves per 1,000 reach = saves / reach × 1000 = {saves} / {reach} × 1000 (community posts' saves over their reach when showing all posts)</source>
            <translation>Guardados por cada 1.000 de alcance = guardados / alcance × 1000 = {saves} / {reach} × 1000 (guardados de las publicaciones de comunidad sobre su alcance al mostrar todas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="130" />
            <source>Replies/1k</source>
            <translation>Resp./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="134" />
            <source>Replies per 1,000 reach = replies / reach × 1000 = {replies} / {reach} × 1000 (community posts' comments over their reach when showing all posts)</source>
            <translation>Respuestas por cada 1.000 de alcance = respuestas / alcance × 1000 = {replies} / {reach} × 1000 (comentarios de las publicaciones de comunidad sobre su alcance al mostrar todas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="142" />
            <source>Returning</source>
            <translation>Recurrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="146" />
            <source>People who engaged on 2+ different days in the 30 days ending {day}: {count}</source>
            <translation>Personas que participaron en 2+ días distintos en los 30 días hasta el {day}: {count}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="152" />
            <source>Returning %</source>
            <translation>Recurrentes %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="156" />
            <source>Returning share = returning / engaged × 100 = {returning} / {engaged} × 100 (30 days ending {day})</source>
            <translation>Porcentaje recurrente = recurrentes / participantes × 100 = {returning} / {engaged} × 100 (30 días hasta el {day})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="167" />
            <source>Engaged</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="171" />
            <source>Distinct people who engaged in the 30 days ending {day}</source>
            <translation>Personas distintas que participaron en los 30 días hasta el {day}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="177" />
            <source>Deep threads</source>
            <translation>Hilos profundos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="181" />
            <source>Threads started this week with at least 3 messages from at least 2 people</source>
            <translation>Hilos iniciados esta semana con al menos 3 mensajes de al menos 2 personas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="187" />
            <source>DM msgs/thread</source>
            <translation>Mens. MD/hilo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="195" />
            <source>DMs answered %</source>
            <translation>MD respondidos %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="201" />
            <source>Health</source>
            <translation>Salud</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="212" />
            <source>* %n post(s) had no reach: {standin} stood in for reach (Workspace settings).</source>
            <translation>
                <numerusform>* %n publicación no tenía alcance: {standin} lo sustituyó (Ajustes del espacio de trabajo).</numerusform>
                <numerusform>* %n publicaciones no tenían alcance: {standin} lo sustituyó (Ajustes del espacio de trabajo).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="271" />
            <source>Benchmark band {low}–{high}{unit}; below it: {action}</source>
            <translation>Rango de referencia {low}–{high}{unit}; por debajo: {action}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="277" />
            <source>* Some weeks use a stand-in for missing reach: {words}.</source>
            <translation>* Algunas semanas usan un sustituto del alcance que falta: {words}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="348" />
            <source>Below the band {low}–{high}: {action}</source>
            <translation>Por debajo del rango {low}–{high}: {action}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="352" />
            <source>In the band {low}–{high}</source>
            <translation>Dentro del rango {low}–{high}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="354" />
            <source>Above the band {low}–{high}</source>
            <translation>Por encima del rango {low}–{high}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="361" />
            <source>Change from the week before: {change}</source>
            <translation>Cambio respecto a la semana anterior: {change}</translation>
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
        <name>domain.metrics</name>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="116" />
            <source>tighten hook, add a clear ask, narrow topic</source>
            <translation>afina el gancho, añade una petición clara, acota el tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="119" />
            <source>offer two or three concrete options, ask for a number or a choice, post the result</source>
            <translation>ofrece dos o tres opciones concretas, pide un número o una elección, publica el resultado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="122" />
            <source>turn advice into checklists, templates, step sequences</source>
            <translation>convierte los consejos en listas de verificación, plantillas, secuencias de pasos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="125" />
            <source>ask for specifics, offer two answer options, respond fast</source>
            <translation>pide detalles concretos, ofrece dos opciones de respuesta, responde rápido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="128" />
            <source>add rituals, highlight members, shared challenge</source>
            <translation>añade rituales, destaca a miembros, reto compartido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="232" />
            <source>Engagement rate</source>
            <translation>Tasa de interacción</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="233" />
            <source>Saves per 1,000 reach</source>
            <translation>Guardados por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="234" />
            <source>Replies per 1,000 reach</source>
            <translation>Respuestas por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="235" />
            <source>Returning engagers (30 days)</source>
            <translation>Participantes recurrentes (30 días)</translation>
        </message>
    </context>
    <context>
        <name>report_charts</name>
        <message>
            <location filename="../../microcomm_desktop/report_charts.py" line="126" />
            <source>No data for these weeks yet (n/a)</source>
            <translation>Aún no hay datos de estas semanas (n/d)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/report_charts.py" line="146" />
            <source>Returning engagers (30 days): share % (line, left) and count (bars, right)</source>
            <translation>Participantes recurrentes (30 días): porcentaje (línea, izquierda) y número (barras, derecha)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/report_charts.py" line="154" />
            <source>Replies per 1,000 reach</source>
            <translation>Respuestas por cada 1.000 de alcance</translation>
        </message>
    </context>
    <context>
        <name>services.brief</name>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="32" />
            <source>MISSING — add the line you use to disclose paid or gifted endorsements.</source>
            <translation>FALTA: añade la línea con la que indicas las recomendaciones pagadas o regaladas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="59" />
            <source>Unassigned</source>
            <translation>Sin asignar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="71" />
            <source> (secondary)</source>
            <translation> (secundaria)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="76" />
            <source>Rules</source>
            <translation>Normas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="77" />
            <source>What to post</source>
            <translation>Qué publicar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="78" />
            <source>How to get help</source>
            <translation>Cómo pedir ayuda</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/brief.py" line="82" />
            <source>Reply within {minutes} minutes to the first %n comment(s) on key posts.</source>
            <translation>
                <numerusform>Responde en {minutes} minutos al primer comentario (%n) de las publicaciones clave.</numerusform>
                <numerusform>Responde en {minutes} minutos a los %n primeros comentarios de las publicaciones clave.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="91" />
            <source>As of {day}</source>
            <translation>A fecha de {day}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="95" />
            <location filename="../../microcomm_desktop/services/brief.py" line="140" />
            <source>not set</source>
            <translation>sin definir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="97" />
            <location filename="../../microcomm_desktop/services/brief.py" line="149" />
            <location filename="../../microcomm_desktop/services/brief.py" line="197" />
            <source>Community brief — {workspace}</source>
            <translation>Resumen de la comunidad — {workspace}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="100" />
            <location filename="../../microcomm_desktop/services/brief.py" line="153" />
            <source>Promise</source>
            <translation>Promesa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="105" />
            <location filename="../../microcomm_desktop/services/brief.py" line="154" />
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="108" />
            <location filename="../../microcomm_desktop/services/brief.py" line="156" />
            <source>Primary home</source>
            <translation>Plataforma principal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="111" />
            <location filename="../../microcomm_desktop/services/brief.py" line="161" />
            <source>Recurring formats</source>
            <translation>Formatos recurrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="112" />
            <source>none yet</source>
            <translation>aún ninguno</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="114" />
            <location filename="../../microcomm_desktop/services/brief.py" line="166" />
            <source>Onboarding (pinned welcome post)</source>
            <translation>Bienvenida (publicación de bienvenida fijada)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="115" />
            <location filename="../../microcomm_desktop/services/brief.py" line="141" />
            <source>not written</source>
            <translation>sin escribir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="118" />
            <location filename="../../microcomm_desktop/services/brief.py" line="170" />
            <source>Rituals</source>
            <translation>Rituales</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="120" />
            <source>in {home}</source>
            <translation>en {home}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="121" />
            <source>recap: {recap}</source>
            <translation>resumen: {recap}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="125" />
            <source>no rituals scheduled</source>
            <translation>no hay rituales programados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="126" />
            <location filename="../../microcomm_desktop/services/brief.py" line="176" />
            <source>Prompts</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="132" />
            <source>no prompts yet</source>
            <translation>aún no hay preguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="133" />
            <location filename="../../microcomm_desktop/services/brief.py" line="182" />
            <source>Response SLA</source>
            <translation>SLA de respuesta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="134" />
            <location filename="../../microcomm_desktop/services/brief.py" line="184" />
            <source>Disclosure line</source>
            <translation>Texto del aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="143" />
            <source>Ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="144" />
            <source>Schedule</source>
            <translation>Horario</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="145" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="146" />
            <source>Home</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="147" />
            <source>Recap</source>
            <translation>Resumen</translation>
        </message>
    </context>
    <context>
        <name>services.figures_text</name>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="60" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="93" />
            <source>reach</source>
            <translation>alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="95" />
            <source>impressions</source>
            <translation>impresiones</translation>
        </message>
    </context>
    <context>
        <name>services.insights</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/insights.py" line="394" />
            <source>%n post(s) have no reach: {standins} stand in for reach in their ratios.</source>
            <translation>
                <numerusform>%n publicación no tiene alcance: {standins} sustituyen al alcance en sus proporciones.</numerusform>
                <numerusform>%n publicaciones no tienen alcance: {standins} sustituyen al alcance en sus proporciones.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/insights.py" line="482" />
            <source>%n community post(s) · median replies/1k {median} (overall {overall_median}) · saves/1k {saves} (overall {overall_saves}) · {returning} returning engagers reached</source>
            <translation>
                <numerusform>%n publicación de comunidad · mediana de respuestas/1.000 {median} (total {overall_median}) · guardados/1.000 {saves} (total {overall_saves}) · {returning} participantes recurrentes alcanzados</numerusform>
                <numerusform>%n publicaciones de comunidad · mediana de respuestas/1.000 {median} (total {overall_median}) · guardados/1.000 {saves} (total {overall_saves}) · {returning} participantes recurrentes alcanzados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/insights.py" line="497" />
            <source> · best post: “{title}” ({day}, {rate} replies/1k)</source>
            <translation> · mejor publicación: «{title}» ({day}, {rate} respuestas/1.000)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/insights.py" line="530" />
            <source>No current or upcoming sprint: start one on the Sprint tab, then add the theme again.</source>
            <translation>No hay ningún sprint actual ni próximo: inicia uno en la pestaña Sprint y vuelve a añadir el tema.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/insights.py" line="548" />
            <source>Pick a theme first.</source>
            <translation>Elige primero un tema.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/insights.py" line="586" />
            <source>Write the prompt first.</source>
            <translation>Escribe primero la pregunta.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/insights.py" line="588" />
            <source>Keep the prompt under 500 characters.</source>
            <translation>Mantén la pregunta por debajo de 500 caracteres.</translation>
        </message>
    </context>
    <context>
        <name>services.reports</name>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="255" />
            <source>{metric} is {value} (band {low}–{high}{unit})</source>
            <translation>{metric} es {value} (rango {low}–{high}{unit})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="271" />
            <source>The same few people do all the talking ({share} of interactions from 5 people)</source>
            <translation>Las mismas pocas personas llevan toda la conversación ({share} de las interacciones de 5 personas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="274" />
            <source>{handles} carry the conversation. Invite newcomers by name, ask questions anyone can answer, feature a new member this week.</source>
            <translation>{handles} sostienen la conversación. Invita a los recién llegados por su nombre, haz preguntas que cualquiera pueda responder, destaca a un miembro nuevo esta semana.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="287" />
            <source>Response SLA: {missed} of %n first comment(s) missed the {minutes}-minute reply window ({share} answered in time)</source>
            <translation>
                <numerusform>SLA de respuesta: {missed} de %n primer comentario se quedaron fuera de la ventana de {minutes} minutos ({share} respondido a tiempo)</numerusform>
                <numerusform>SLA de respuesta: {missed} de %n primeros comentarios se quedaron fuera de la ventana de {minutes} minutos ({share} respondidos a tiempo)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="294" />
            <source>Reply within {minutes} minutes to the first %n comment(s) on key posts; block the time after posting.</source>
            <translation>
                <numerusform>Responde en {minutes} minutos al primer comentario (%n) de las publicaciones clave; reserva el tiempo después de publicar.</numerusform>
                <numerusform>Responde en {minutes} minutos a los %n primeros comentarios de las publicaciones clave; reserva el tiempo después de publicar.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="307" />
            <source>Reach posts crowd out community posts ({reach} vs {community})</source>
            <translation>Las publicaciones de alcance desplazan a las de comunidad ({reach} frente a {community})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="310" />
            <source>Announcements instead of questions: turn one reach post into a question with a number, a screenshot, a choice or a constraint.</source>
            <translation>Anuncios en lugar de preguntas: convierte una publicación de alcance en una pregunta con un número, una captura, una elección o una restricción.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="322" />
            <source>Nothing to judge yet for {start} – {end}</source>
            <translation>Aún no hay nada que evaluar del {start} al {end}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="325" />
            <source>Log or import this week's posts and interactions (Posts tab); the advice appears once there is reach and engagement to measure.</source>
            <translation>Registra o importa las publicaciones e interacciones de esta semana (pestaña Publicaciones); los consejos aparecen cuando haya alcance e interacción que medir.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="336" />
            <source>Every judged metric is in or above its band</source>
            <translation>Cada métrica evaluada está dentro o por encima de su rango</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="337" />
            <source>Keep the rituals; raise one bar.</source>
            <translation>Mantén los rituales; sube un listón.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="418" />
            <source>Weekly report: {workspace}, {span}</source>
            <translation>Informe semanal: {workspace}, {span}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="421" />
            <source>30-day report: {workspace}, {span}</source>
            <translation>Informe de 30 días: {workspace}, {span}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="509" />
            <source>(%n weeks)</source>
            <translation>
                <numerusform>(%n semana)</numerusform>
                <numerusform>(%n semanas)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="521" />
            <source>all</source>
            <translation>todas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="522" />
            <source>community</source>
            <translation>comunidad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="523" />
            <source>reach</source>
            <translation>alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="535" />
            <source>Posts: {label} · ER by {denominator} · returning engagers = people engaging on 2+ different days in the 30 days ending each week · generated offline by MicroComm Desktop</source>
            <translation>Publicaciones: {label} · ER por {denominator} · participantes recurrentes = personas que participan en 2+ días distintos en los 30 días que terminan cada semana · generado sin conexión con MicroComm Desktop</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="546" />
            <source>Leading indicators</source>
            <translation>Indicadores adelantados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="548" />
            <source>Returning engagers</source>
            <translation>Parti­ci­pan­tes recu­rren­tes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="549" />
            <source>Replies / 1k reach</source>
            <translation>Res­pues­tas / 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="550" />
            <source>Saves / 1k reach</source>
            <translation>Guar­dados / 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="551" />
            <source>ER</source>
            <translation>ER</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="552" />
            <source>Health score</source>
            <translation>Índice de salud</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="127" />
            <location filename="../../microcomm_desktop/services/reports.py" line="553" />
            <source>Live attendance</source>
            <translation>Asistencia en directo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="129" />
            <source>Email signups</source>
            <translation>Registros de correo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="161" />
            <source>DM reply rate: {value} is not a percent between 0 and 100.</source>
            <translation>Tasa de respuesta a MD: {value} no es un porcentaje entre 0 y 100.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="554" />
            <source>DM reply rate</source>
            <translation>Tasa de respuesta a MD</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="555" />
            <source>Response SLA</source>
            <translation>SLA de respuesta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="556" />
            <source>DM back-and-forth (logged)</source>
            <translation>Ida y vuelta de MD (registrado)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="564" />
            <source>{replied} of %n in {minutes} min ({share})</source>
            <translation>
                <numerusform>{replied} de %n en {minutes} min ({share})</numerusform>
                <numerusform>{replied} de %n en {minutes} min ({share})</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="569" />
            <source>{returning} of {engaged} ({share})</source>
            <translation>{returning} de {engaged} ({share})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="581" />
            <source>%n DM threads · {messages} msgs each · {answered} answered</source>
            <translation>
                <numerusform>%n conver­sa­ción por MD · {messages} mens. cada una · {answered} respon­didas</numerusform>
                <numerusform>%n conver­sa­ciones por MD · {messages} mens. cada una · {answered} respon­didas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="590" />
            <source>Reach stand-in: posts without reach use {standin} as the denominator of ER, saves/1k and replies/1k (a workspace setting).</source>
            <translation>Sustituto del alcance: las publicaciones sin alcance usan {standin} como denominador del ER, guardados/1.000 y respuestas/1.000 (un ajuste del espacio de trabajo).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="611" />
            <source>Scorecard: the {days} days by week (%n row(s), first and last may be partial)</source>
            <translation>
                <numerusform>Cuadro de mando: los {days} días por semana (%n fila, la primera y la última pueden ser parciales)</numerusform>
                <numerusform>Cuadro de mando: los {days} días por semana (%n filas, la primera y la última pueden ser parciales)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="619" />
            <source>Scorecard: this week and the %n before it (trend)</source>
            <translation>
                <numerusform>Cuadro de mando: esta semana y la %n anterior (tendencia)</numerusform>
                <numerusform>Cuadro de mando: esta semana y las %n anteriores (tendencia)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="622" />
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="622" />
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="623" />
            <source>Posts (c/r)</source>
            <translation>Publi­ca­cio­nes (c/a)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="624" />
            <source>Reach</source>
            <translation>Alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="628" />
            <source>Saves/1k</source>
            <translation>Guard./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="629" />
            <source>Replies/1k</source>
            <translation>Resp./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="630" />
            <source>Returning</source>
            <translation>Recu­rren­tes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="631" />
            <source>RE %</source>
            <translation>PR %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="632" />
            <source>Engaged</source>
            <translation>Parti­ci­pan­tes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="633" />
            <source>Deep threads</source>
            <translation>Hilos pro­fun­dos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="634" />
            <source>Health</source>
            <translation>Sa­lud</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="660" />
            <source>Business outcomes</source>
            <translation>Resultados de negocio</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="128" />
            <location filename="../../microcomm_desktop/services/reports.py" line="662" />
            <source>Conversions</source>
            <translation>Conversiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="132" />
            <location filename="../../microcomm_desktop/services/reports.py" line="663" />
            <source>Revenue</source>
            <translation>Ingresos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="133" />
            <location filename="../../microcomm_desktop/services/reports.py" line="664" />
            <source>Spend</source>
            <translation>Gasto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="665" />
            <source>CPA</source>
            <translation>CPA</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="666" />
            <source>Email sign-ups</source>
            <translation>Registros de correo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="130" />
            <location filename="../../microcomm_desktop/services/reports.py" line="667" />
            <source>Demo requests</source>
            <translation>Solicitudes de demo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="131" />
            <location filename="../../microcomm_desktop/services/reports.py" line="668" />
            <source>Repeat purchases</source>
            <translation>Compras repetidas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="625" />
            <source>ER (impressions)</source>
            <translation>ER (impre­siones)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="627" />
            <source>ER (reach)</source>
            <translation>ER (alcance)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="677" />
            <source>Business outcomes and member notes are entered per week: these come from the week notes of the %n week(s) starting {weeks} that overlap the period.</source>
            <translation>
                <numerusform>Los resultados de negocio y las notas de miembros se anotan por semana: estos vienen de las notas de la %n semana que empieza el {weeks} y se solapa con el periodo.</numerusform>
                <numerusform>Los resultados de negocio y las notas de miembros se anotan por semana: estos vienen de las notas de las %n semanas que empiezan el {weeks} y se solapan con el periodo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="687" />
            <source>What members say</source>
            <translation>Lo que dicen los miembros</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="689" />
            <source>Top questions</source>
            <translation>Preguntas principales</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="690" />
            <source>Objections</source>
            <translation>Objeciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="691" />
            <source>Words members use</source>
            <translation>Palabras de los miembros</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="698" />
            <source>not entered</source>
            <translation>sin anotar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="702" />
            <source>What to do now</source>
            <translation>Qué hacer ahora</translation>
        </message>
    </context>
    <context>
        <name>services.sla</name>
        <message>
            <location filename="../../microcomm_desktop/services/sla.py" line="227" />
            <source>Enter both numbers (replied and considered) or neither.</source>
            <translation>Escribe los dos números (respondidos y considerados) o ninguno.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sla.py" line="230" />
            <source>Counts cannot be negative.</source>
            <translation>Los recuentos no pueden ser negativos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sla.py" line="234" />
            <source>{replied} replied is more than the {considered} comments considered.</source>
            <translation>{replied} respondidos es más que los {considered} comentarios considerados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sla.py" line="241" />
            <source>That post no longer exists.</source>
            <translation>Esa publicación ya no existe.</translation>
        </message>
    </context>
</TS>