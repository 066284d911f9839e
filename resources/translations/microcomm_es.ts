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
        <name>CalculatorPage</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="30" />
            <source>&lt;b&gt;CPM&lt;/b&gt; = cost / impressions × 1,000 · &lt;b&gt;CPV&lt;/b&gt; = cost / views · &lt;b&gt;CPA&lt;/b&gt; = cost / conversions. &lt;b&gt;Blended&lt;/b&gt; uses total cost = creator fees + paid media, never one of them alone. An empty or zero denominator shows &lt;i&gt;n/a&lt;/i&gt;. Amounts are rounded half-up to cents only for display.</source>
            <translation>&lt;b&gt;CPM&lt;/b&gt; = coste / impresiones × 1.000 · &lt;b&gt;CPV&lt;/b&gt; = coste / visualizaciones · &lt;b&gt;CPA&lt;/b&gt; = coste / conversiones. &lt;b&gt;Combinado&lt;/b&gt; usa el coste total = honorarios del creador + medios pagados, nunca uno solo. Un denominador vacío o cero muestra &lt;i&gt;n/d&lt;/i&gt;. Los importes se redondean a céntimos (la mitad hacia arriba) solo al mostrarlos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="49" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="53" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="57" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="61" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="67" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="70" />
            <source>e.g. {n}</source>
            <translation>p. ej., {n}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="49" />
            <source>Creator fees for all deliverables</source>
            <translation>Honorarios del creador por todos los entregables</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="54" />
            <source>Paid media spend (boosting, partnership ads)</source>
            <translation>Gasto en medios pagados (promoción, anuncios de colaboración)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="57" />
            <source>Total impressions, repeats included</source>
            <translation>Impresiones totales, repeticiones incluidas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="59" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="64" />
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="59" />
            <source>Video views (for CPV)</source>
            <translation>Visualizaciones del vídeo (para el CPV)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="61" />
            <source>Purchases or other conversions (for CPA)</source>
            <translation>Compras u otras conversiones (para el CPA)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="64" />
            <source>Revenue attributed to the campaign (for ROAS)</source>
            <translation>Ingresos atribuidos a la campaña (para el ROAS)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="67" />
            <source>The blended CPM the brand will accept</source>
            <translation>El CPM combinado que la marca aceptará</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="70" />
            <source>The blended CPA the brand will accept</source>
            <translation>El CPA combinado que la marca aceptará</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="73" />
            <source>Campaign</source>
            <translation>Campaña</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="76" />
            <source>Creator &amp;fees</source>
            <translation>&amp;Honorarios del creador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="77" />
            <source>Paid &amp;media</source>
            <translation>&amp;Medios pagados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="78" />
            <source>&amp;Impressions</source>
            <translation>&amp;Impresiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="79" />
            <source>&amp;Views</source>
            <translation>&amp;Visualizaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="80" />
            <source>&amp;Conversions</source>
            <translation>C&amp;onversiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="81" />
            <source>&amp;Revenue</source>
            <translation>In&amp;gresos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="84" />
            <source>Reverse mode: what fee can the brand pay?</source>
            <translation>Modo inverso: ¿qué honorario puede pagar la marca?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="87" />
            <source>Target blended CP&amp;M</source>
            <translation>Ob&amp;jetivo de CPM combinado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="91" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="96" />
            <source>Max fee</source>
            <translation>Honorario máximo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="92" />
            <source>Target blended CP&amp;A</source>
            <translation>Objetivo de C&amp;PA combinado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="101" />
            <source>Fill in the worked example</source>
            <translation>Rellenar el ejemplo resuelto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="104" />
            <source>Fees {fees} + media {media}, {impressions} impressions, {conversions} conversions</source>
            <translation>Honorarios {fees} + medios {media}, {impressions} impresiones, {conversions} conversiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="112" />
            <source>Clear</source>
            <translation>Vaciar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="125" />
            <source>Blended (fees + media)</source>
            <translation>Combinado (honorarios + medios)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="139" />
            <source>Return on ad spend = revenue / (fees + media)</source>
            <translation>Retorno de la inversión publicitaria = ingresos / (honorarios + medios)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="144" />
            <source>For comparison (one cost alone — not how to judge the deal):</source>
            <translation>Para comparar (un solo coste; no sirve para juzgar el acuerdo):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="149" />
            <source>Cost</source>
            <translation>Coste</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="153" />
            <source>Fees only</source>
            <translation>Solo honorarios</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="153" />
            <source>Media only</source>
            <translation>Solo medios</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="156" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="269" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="241" />
            <source>Fix the fields marked in red.</source>
            <translation>Corrige los campos marcados en rojo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="261" />
            <source>Total cost {total} = fees {fees} + media {media}</source>
            <translation>Coste total {total} = honorarios {fees} + medios {media}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="266" />
            <source>ROAS: enter revenue to see it</source>
            <translation>ROAS: escribe los ingresos para verlo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="268" />
            <source>ROAS {roas} (revenue / blended cost)</source>
            <translation>ROAS {roas} (ingresos / coste combinado)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="284" />
            <source>Enter a target to see the highest fee that keeps it.</source>
            <translation>Escribe un objetivo para ver el honorario más alto que lo cumple.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="288" />
            <source>n/a — enter the expected impressions first.</source>
            <translation>n/d: escribe primero las impresiones esperadas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="289" />
            <source>n/a — enter the expected conversions first.</source>
            <translation>n/d: escribe primero las conversiones esperadas.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="294" />
            <source>No fee works: paid media alone ({media}) already exceeds the target over %Ln impression(s).</source>
            <translation>
                <numerusform>Ningún honorario sirve: solo los medios pagados ({media}) ya superan el objetivo con %Ln impresión.</numerusform>
                <numerusform>Ningún honorario sirve: solo los medios pagados ({media}) ya superan el objetivo con %Ln impresiones.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="300" />
            <source>No fee works: paid media alone ({media}) already exceeds the target over %Ln conversion(s).</source>
            <translation>
                <numerusform>Ningún honorario sirve: solo los medios pagados ({media}) ya superan el objetivo con %Ln conversión.</numerusform>
                <numerusform>Ningún honorario sirve: solo los medios pagados ({media}) ya superan el objetivo con %Ln conversiones.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="305" />
            <source>Up to &lt;b&gt;{fee}&lt;/b&gt; (with {media} media)</source>
            <translation>Hasta &lt;b&gt;{fee}&lt;/b&gt; (con {media} de medios)</translation>
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
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="282" />
            <source>Deal</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="283" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="284" />
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="285" />
            <source>Fees</source>
            <translation>Honorarios</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="286" />
            <source>Paid media</source>
            <translation>Medios pagados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="287" />
            <source>Total cost</source>
            <translation>Coste total</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="288" />
            <source>Impressions</source>
            <translation>Impresiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="289" />
            <source>Conversions</source>
            <translation>Conversiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="290" />
            <source>Blended CPM</source>
            <translation>CPM combinado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="291" />
            <source>Blended CPA</source>
            <translation>CPA combinado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="327" />
            <source>Blended = (creator fee + paid media) / results. 'All deals' uses only deals reporting that result.</source>
            <translation>Combinado = (honorario del creador + medios pagados) / resultados. «Todos los acuerdos» usa solo los acuerdos que informan ese resultado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="349" />
            <source>All deals ({count})</source>
            <translation>Todos los acuerdos ({count})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="358" />
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
        <name>CreatorListModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="62" />
            <source>0–100: question screenshots 40, fresh 'struggles this week' answer 20, measured figures 40</source>
            <translation>0–100: capturas de preguntas 40, respuesta reciente a «dificultades de esta semana» 20, cifras medidas 40</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="83" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="85" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="89" />
            <source>Niche</source>
            <translation>Nicho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="91" />
            <source>Audience</source>
            <translation>Audiencia</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="97" />
            <source>Handles</source>
            <translation>Usuarios</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="100" />
            <source>Proof shots</source>
            <translation>Capturas de prueba</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="106" />
            <source>Evidence</source>
            <translation>Evidencias</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="112" />
            <source>Deals</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="118" />
            <source>Rubric</source>
            <translation>Rúbrica</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="124" />
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
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="31" />
            <source>Live attendance</source>
            <translation>Asistencia en directo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="32" />
            <source>DM reply rate (%)</source>
            <translation>Tasa de respuesta a MD (%)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="33" />
            <source>Conversions</source>
            <translation>Conversiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="34" />
            <source>Revenue</source>
            <translation>Ingresos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="35" />
            <source>Spend (fees + paid media)</source>
            <translation>Gasto (honorarios + medios pagados)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="36" />
            <source>Email sign-ups</source>
            <translation>Registros de correo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="37" />
            <source>Demo requests</source>
            <translation>Solicitudes de demo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="38" />
            <source>Repeat purchases</source>
            <translation>Compras repetidas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="39" />
            <source>Top questions</source>
            <translation>Preguntas principales</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="40" />
            <source>Objections</source>
            <translation>Objeciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="41" />
            <source>Words members use</source>
            <translation>Palabras de los miembros</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="166" />
            <source>All posts: community posts are judged on replies, saves and returning engagers; reach posts on reach and shares (DOMAIN §4). Pick one label to see only those posts.</source>
            <translation>Todas las publicaciones: las de comunidad se juzgan por respuestas, guardados y participantes recurrentes; las de alcance, por alcance y compartidos (DOMAIN §4). Elige una etiqueta para ver solo esas publicaciones.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="190" />
            <source>Recomputing the scorecard…</source>
            <translation>Recalculando el cuadro de mando…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="191" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="194" />
            <source>Export weekly report…</source>
            <translation>Exportar informe semanal…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="195" />
            <source>One-page PDF and an HTML file for the week holding today (Ctrl+Shift+R)</source>
            <translation>PDF de una página y un archivo HTML de la semana que incluye hoy (Ctrl+Mayús+R)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="197" />
            <source>Export 30-day report…</source>
            <translation>Exportar informe de 30 días…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="199" />
            <source>Calibrate bands…</source>
            <translation>Calibrar rangos…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="202" />
            <source>Propose benchmark bands from your own last 30/60/90 days (the middle half of your values), shown beside the niche defaults; applied to this workspace, undoable</source>
            <translation>Proponer rangos de referencia a partir de tus últimos 30/60/90 días (la mitad central de tus valores), junto a los valores por defecto del nicho; se aplica a este espacio de trabajo y se puede deshacer</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="211" />
            <source>Posts:</source>
            <translation>Publicaciones:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="214" />
            <source>Range:</source>
            <translation>Periodo:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="227" />
            <source>Filter weeks…</source>
            <translation>Filtrar semanas…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="241" />
            <source>No posts or interactions in this range yet. Log posts (Posts tab) or import them, and this scorecard fills in week by week.</source>
            <translation>Aún no hay publicaciones ni interacciones en este periodo. Registra publicaciones (pestaña Publicaciones) o impórtalas, y este cuadro de mando se irá llenando semana a semana.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="262" />
            <source>What to do now</source>
            <translation>Qué hacer ahora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="300" />
            <source>People grouped by the week they first engaged; each cell is the share of that group engaging again in week +1…+4. Greener = newcomers come back.</source>
            <translation>Personas agrupadas por la semana en que participaron por primera vez; cada celda es la parte del grupo que vuelve a participar en la semana +1…+4. Más verde = los recién llegados vuelven.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="306" />
            <source>Newcomer cohorts</source>
            <translation>Cohortes de recién llegados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="308" />
            <source>Distinct days with an interaction in the last 30 days</source>
            <translation>Días distintos con una interacción en los últimos 30 días</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="309" />
            <source>Distinct days engaged in the 30 days before they went quiet</source>
            <translation>Días distintos con participación en los 30 días antes de quedarse en silencio</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="313" />
            <source>&lt;b&gt;Top engagers&lt;/b&gt; — power-member candidates (most returning days, last 30)</source>
            <translation>&lt;b&gt;Participantes más activos&lt;/b&gt; — candidatos a miembros clave (más días de regreso, últimos 30)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="314" />
            <source>&lt;b&gt;Fading regulars&lt;/b&gt; — returning before, silent for 14+ days: nudge them</source>
            <translation>&lt;b&gt;Habituales que se apagan&lt;/b&gt; — antes recurrentes, 14+ días en silencio: dales un empujón</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="321" />
            <source>Top engagers</source>
            <translation>Participantes más activos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="322" />
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="684" />
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="193" />
            <source>Week notes</source>
            <translation>Notas de la semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="395" />
            <source>One per line; quoted words members use</source>
            <translation>Una por línea; palabras de los miembros entre comillas</translation>
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
            <translation>vacío = desconocido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="411" />
            <source>CPA = spend / conversions (blended: creator fees + paid media)</source>
            <translation>CPA = gasto / conversiones (combinado: honorarios de creadores + medios pagados)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="413" />
            <source>Save week notes</source>
            <translation>Guardar notas de la semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="414" />
            <source>Ctrl+S — undo with Ctrl+Z</source>
            <translation>Ctrl+S — deshacer con Ctrl+Z</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="431" />
            <source>Week notes: could not save an open edit: {reason}</source>
            <translation>Notas de la semana: no se pudo guardar una edición abierta: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="457" />
            <source>“From” is after “to”: pick an earlier start.</source>
            <translation>«Desde» es posterior a «hasta»: elige un inicio anterior.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="460" />
            <source>Pick a range of at most 20 years.</source>
            <translation>Elige un periodo de 20 años como máximo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="519" />
            <source>Could not compute the scorecard: {reason}</source>
            <translation>No se pudo calcular el cuadro de mando: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="580" />
            <source>ER = engagements / {denominator} (workspace setting). Returning engagers = people who engaged on 2+ different days in the 30 days ending each week. Cell colours: red below the benchmark band, green in it, blue above it. ▲▼ = change from the week before. Hover a cell for its formula and inputs.</source>
            <translation>ER = interacciones / {denominator} (ajuste del espacio de trabajo). Participantes recurrentes = personas que participaron en 2+ días distintos en los 30 días que terminan cada semana. Colores: rojo por debajo del rango, verde dentro, azul por encima. ▲▼ = cambio respecto a la semana anterior. Pasa el ratón por una celda para ver su fórmula y sus datos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="598" />
            <source>returning engagers</source>
            <translation>participantes recurrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="612" />
            <source>No data yet.</source>
            <translation>Aún no hay datos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="685" />
            <source>The notes of the week you left were not saved: {reason}</source>
            <translation>No se guardaron las notas de la semana que dejaste: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="709" />
            <source>Week notes for the week of {week} not stored yet: {reason}</source>
            <translation>Las notas de la semana del {week} aún no se guardaron: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="716" />
            <source>The week of {week} is no longer in the scorecard: its typed notes are kept as a draft and come back when that week is shown.</source>
            <translation>La semana del {week} ya no está en el cuadro de mando: sus notas escritas se conservan como borrador y vuelven cuando se muestre esa semana.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="727" />
            <source>Select a week in the scorecard to enter its outcomes and notes.</source>
            <translation>Selecciona una semana en el cuadro de mando para anotar sus resultados y notas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="743" />
            <source>Week notes: restored an unsaved draft from {when}</source>
            <translation>Notas de la semana: se restauró un borrador sin guardar de {when}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="771" />
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="201" />
            <source>Saved notes for the week of {week}</source>
            <translation>Notas de la semana del {week} guardadas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="779" />
            <source>Notes for the week of {week} are not valid yet: kept as a draft (select that week to finish them).</source>
            <translation>Las notas de la semana del {week} aún no son válidas: se guardan como borrador (selecciona esa semana para terminarlas).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="132" />
            <source>&lt;b&gt;Week of {week}&lt;/b&gt; — business outcomes and what members said (used by the reports)</source>
            <translation>&lt;b&gt;Semana del {week}&lt;/b&gt; — resultados de negocio y lo que dijeron los miembros (lo usan los informes)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="142" />
            <source>CPA this week: {cpa}</source>
            <translation>CPA de esta semana: {cpa}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="143" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="162" />
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="178" />
            <source>Save notes for the week of {week}</source>
            <translation>Guardar notas de la semana del {week}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="194" />
            <source>Not saved: {reason}</source>
            <translation>No guardado: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="804" />
            <source>Exported {path}</source>
            <translation>Exportado {path}</translation>
        </message>
    </context>
    <context>
        <name>DataActions</name>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="45" />
            <source>Open or create a workspace first; then its data can be exported.</source>
            <translation>Primero abre o crea un espacio de trabajo; luego se pueden exportar sus datos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="82" />
            <source>the system language</source>
            <translation>el idioma del sistema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="86" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="87" />
            <source>MicroComm will speak {language} from the next start.

Rebuild the window in {language} now? What you are typing is saved first; the undo history of the open tabs starts afresh.</source>
            <translation>MicroComm usará {language} a partir del próximo inicio.

¿Reconstruir la ventana en {language} ahora? Lo que estás escribiendo se guarda antes; el historial de deshacer de las pestañas abiertas empieza de cero.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="98" />
            <source>The language changes to {language} at the next start.</source>
            <translation>El idioma cambia a {language} en el próximo inicio.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="119" />
            <source>Back up now</source>
            <translation>Copia de seguridad ahora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="120" />
            <source>The backup failed: {reason}</source>
            <translation>La copia de seguridad falló: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="126" />
            <source>Backed up to {path}</source>
            <translation>Copia de seguridad guardada en {path}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="144" />
            <source>Export workspace to file</source>
            <translation>Exportar espacio de trabajo a archivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="146" />
            <location filename="../../microcomm_desktop/ui/window_data.py" line="166" />
            <source>MicroComm workspace (*.mcw)</source>
            <translation>Espacio de trabajo de MicroComm (*.mcw)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="153" />
            <source>Export workspace</source>
            <translation>Exportar espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="156" />
            <source>Exported {what}</source>
            <translation>Exportado: {what}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="164" />
            <location filename="../../microcomm_desktop/ui/window_data.py" line="173" />
            <location filename="../../microcomm_desktop/ui/window_data.py" line="177" />
            <location filename="../../microcomm_desktop/ui/window_data.py" line="186" />
            <source>Import workspace file</source>
            <translation>Importar archivo de espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="178" />
            <source>Name of the new workspace:</source>
            <translation>Nombre del nuevo espacio de trabajo:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="190" />
            <source>Imported {what}</source>
            <translation>Importado: {what}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="202" />
            <location filename="../../microcomm_desktop/ui/window_data.py" line="214" />
            <source>Restore from backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="203" />
            <source>Replace the current data with {name}?

The current data is backed up first.</source>
            <translation>¿Reemplazar los datos actuales por {name}?

Antes se hace una copia de seguridad de los datos actuales.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="215" />
            <source>Not restored: {reason}</source>
            <translation>No se restauró: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="226" />
            <source>Restored. The previous data was saved as {name}.</source>
            <translation>Restaurado. Los datos anteriores se guardaron como {name}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="236" />
            <source>Where is my data?</source>
            <translation>¿Dónde están mis datos?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="237" />
            <source>Database: {db}
Backups: {backups}
Window state: {settings}
Error log: {log}

Everything stays on this computer; MicroComm makes no network connections.</source>
            <translation>Base de datos: {db}
Copias de seguridad: {backups}
Estado de la ventana: {settings}
Registro de errores: {log}

Todo se queda en este equipo; MicroComm no hace conexiones de red.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="247" />
            <source>About {app}</source>
            <translation>Acerca de {app}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="248" />
            <source>&lt;b&gt;{app} Desktop {version}&lt;/b&gt;&lt;p&gt;Run a micro community as a measured system.&lt;/p&gt;&lt;p&gt;Data file: {path}&lt;/p&gt;</source>
            <translation>&lt;b&gt;{app} Desktop {version}&lt;/b&gt;&lt;p&gt;Gestiona una microcomunidad como un sistema medido.&lt;/p&gt;&lt;p&gt;Archivo de datos: {path}&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>DealCommands</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="56" />
            <source>deal</source>
            <translation>acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="58" />
            <source>Edit deal {label}</source>
            <translation>Editar el acuerdo {label}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="60" />
            <source>New deal {label}</source>
            <translation>Nuevo acuerdo {label}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="81" />
            <source>Delete deal {label}</source>
            <translation>Eliminar el acuerdo {label}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="97" />
            <source>Change rate name</source>
            <translation>Cambiar el nombre de la tarifa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="98" />
            <source>Change rate amount</source>
            <translation>Cambiar el importe de la tarifa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="99" />
            <source>Change rate unit</source>
            <translation>Cambiar la unidad de la tarifa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="102" />
            <source>Change rate {field}</source>
            <translation>Cambiar el campo {field} de la tarifa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="122" />
            <source>Add rate {name}</source>
            <translation>Añadir la tarifa {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="140" />
            <source>Delete rate</source>
            <translation>Eliminar tarifa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="177" />
            <source>Disclosure check for {label}</source>
            <translation>Comprobación del aviso de {label}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="179" />
            <source>Disclosure checks for {label}</source>
            <translation>Comprobaciones del aviso de {label}</translation>
        </message>
    </context>
    <context>
        <name>DealFormDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="63" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="64" />
            <source>Qty</source>
            <translation>Cant.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="65" />
            <source>Timing</source>
            <translation>Calendario</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="66" />
            <source>Call to action</source>
            <translation>Llamada a la acción</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="67" />
            <source>Unit price</source>
            <translation>Precio unitario</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="68" />
            <source>Linked posts</source>
            <translation>Publicaciones vinculadas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="114" />
            <source>Edit deal</source>
            <translation>Editar acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="114" />
            <source>New deal</source>
            <translation>Nuevo acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="122" />
            <source>e.g. TrailFlex Socks</source>
            <translation>p. ej., TrailFlex Socks</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="125" />
            <source>e.g. 4-week series</source>
            <translation>p. ej., serie de 4 semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="127" />
            <source>(no linked creator)</source>
            <translation>(sin creador vinculado)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="132" />
            <source>Link the deal to a creator in the Creators roster (optional)</source>
            <translation>Vincula el acuerdo a un creador de la lista de creadores (opcional)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="134" />
            <source>Creator or account name shown on quotes</source>
            <translation>Nombre del creador o de la cuenta que aparece en los presupuestos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="144" />
            <source>Creator fees for all deliverables</source>
            <translation>Honorarios del creador por todos los entregables</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="146" />
            <source>Paid media spend on top of the fee</source>
            <translation>Gasto en medios pagados además del honorario</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="148" />
            <source>&amp;Brand</source>
            <translation>&amp;Marca</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="149" />
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="150" />
            <source>Creator (roster)</source>
            <translation>Creador (lista)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="151" />
            <source>Creator &amp;name</source>
            <translation>&amp;Nombre del creador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="152" />
            <source>&amp;Status</source>
            <translation>&amp;Estado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="153" />
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="154" />
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="155" />
            <source>Quote valid until</source>
            <translation>Presupuesto válido hasta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="156" />
            <source>Creator &amp;fees</source>
            <translation>&amp;Honorarios del creador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="157" />
            <source>Paid &amp;media</source>
            <translation>Medios &amp;pagados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="160" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="161" />
            <source>Deal</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="175" />
            <source>&amp;Add deliverable</source>
            <translation>&amp;Añadir entregable</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="177" />
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="179" />
            <source>&amp;Link posts…</source>
            <translation>&amp;Vincular publicaciones…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="180" />
            <source>Pick the logged posts that carried the selected deliverable</source>
            <translation>Elige las publicaciones registradas que cumplieron el entregable seleccionado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="191" />
            <source>Priced quote lines kept with this deal: {lines}</source>
            <translation>Líneas de presupuesto con precio guardadas con este acuerdo: {lines}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="194" />
            <source>Deliverables</source>
            <translation>Entregables</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="209" />
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="209" />
            <source>Agreed test budget for whitelisted ads</source>
            <translation>Presupuesto de prueba acordado para anuncios con whitelisting</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="213" />
            <source>Test budget</source>
            <translation>Presupuesto de prueba</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="215" />
            <source>e.g. #ad Paid partnership with …</source>
            <translation>p. ej., #publicidad Colaboración pagada con …</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="216" />
            <source>Endorsements with a material connection must be disclosed clearly</source>
            <translation>Las recomendaciones con un vínculo comercial deben indicarse con claridad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="217" />
            <source>Disclosure</source>
            <translation>Aviso publicitario</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="218" />
            <source>Disclosure line</source>
            <translation>Texto del aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="219" />
            <source>Terms</source>
            <translation>Condiciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="224" />
            <source>Total impressions once live</source>
            <translation>Impresiones totales una vez publicado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="225" />
            <source>Video views</source>
            <translation>Visualizaciones del vídeo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="226" />
            <source>Purchases / conversions</source>
            <translation>Compras / conversiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="227" />
            <source>Revenue attributed to the deal</source>
            <translation>Ingresos atribuidos al acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="240" />
            <source>Impressions</source>
            <translation>Impresiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="241" />
            <source>Views</source>
            <translation>Visualizaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="242" />
            <source>Conversions</source>
            <translation>Conversiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="243" />
            <source>Revenue</source>
            <translation>Ingresos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="249" />
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="310" />
            <source>Select the row and press Link posts…</source>
            <translation>Selecciona la fila y pulsa Vincular publicaciones…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="329" />
            <source>Select a deliverable first, then link its posts.</source>
            <translation>Selecciona primero un entregable y luego vincula sus publicaciones.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="354" />
            <source>Deliverable {row}: quantity must be a whole number (got “{text}”).</source>
            <translation>Entregable {row}: la cantidad debe ser un número entero (se escribió «{text}»).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="360" />
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="365" />
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="367" />
            <source>Deliverable {row}: {problem}</source>
            <translation>Entregable {row}: {problem}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="362" />
            <source>Deliverable {row}: name the format (e.g. short video).</source>
            <translation>Entregable {row}: indica el formato (p. ej., vídeo corto).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="364" />
            <source>The quantity</source>
            <translation>La cantidad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="366" />
            <source>The amount (quantity × price)</source>
            <translation>El importe (cantidad × precio)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="424" />
            <source>Some fields need fixing (marked in red).</source>
            <translation>Hay campos que corregir (marcados en rojo).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="456" />
            <source>from linked posts</source>
            <translation>de las publicaciones vinculadas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="459" />
            <source>conversions too</source>
            <translation>también las conversiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="461" />
            <source>conversions are the typed number</source>
            <translation>las conversiones son el número escrito</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="465" />
            <source>Results come from %Ln linked post(s): {impressions} impressions, {views} views ({conversions}). Typed impressions/views are ignored while posts are linked.</source>
            <translation>
                <numerusform>Los resultados vienen de %Ln publicación vinculada: {impressions} impresiones, {views} visualizaciones ({conversions}). Las impresiones/visualizaciones escritas se ignoran mientras haya publicaciones vinculadas.</numerusform>
                <numerusform>Los resultados vienen de %Ln publicaciones vinculadas: {impressions} impresiones, {views} visualizaciones ({conversions}). Las impresiones/visualizaciones escritas se ignoran mientras haya publicaciones vinculadas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="477" />
            <source>Type the results once the deal is live — or link posts on the Deliverables tab.</source>
            <translation>Escribe los resultados cuando el acuerdo esté publicado, o vincula publicaciones en la pestaña Entregables.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="480" />
            <source>Fix the fee and media amounts to see the figures.</source>
            <translation>Corrige los importes de honorarios y medios para ver las cifras.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="491" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="494" />
            <source>&lt;b&gt;Blended&lt;/b&gt; (cost {cost}): CPM &lt;b&gt;{cpm}&lt;/b&gt; · CPV &lt;b&gt;{cpv}&lt;/b&gt; · CPA &lt;b&gt;{cpa}&lt;/b&gt; · ROAS &lt;b&gt;{roas}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Combinado&lt;/b&gt; (coste {cost}): CPM &lt;b&gt;{cpm}&lt;/b&gt; · CPV &lt;b&gt;{cpv}&lt;/b&gt; · CPA &lt;b&gt;{cpa}&lt;/b&gt; · ROAS &lt;b&gt;{roas}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="511" />
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
        <name>DealTableModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="44" />
            <source>Blended cost = creator fees + paid media</source>
            <translation>Coste combinado = honorarios del creador + medios pagados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="45" />
            <source>Blended CPM = (fees + media) / impressions × 1,000</source>
            <translation>CPM combinado = (honorarios + medios) / impresiones × 1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="46" />
            <source>Blended CPA = (fees + media) / conversions</source>
            <translation>CPA combinado = (honorarios + medios) / conversiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="47" />
            <source>Revenue / (fees + media)</source>
            <translation>Ingresos / (honorarios + medios)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="48" />
            <source>Linked posts from the post log, or numbers typed into the deal</source>
            <translation>Publicaciones vinculadas del registro de publicaciones, o números escritos en el acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="49" />
            <source>Of the spot-checked sponsored posts, how many carried the disclosure line (Disclosure checks…)</source>
            <translation>De las publicaciones patrocinadas comprobadas, cuántas llevaban el aviso (Comprobar aviso…)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="69" />
            <source>Impressions and views summed from %n linked post(s) (conversions from the posts)</source>
            <translation>
                <numerusform>Impresiones y visualizaciones sumadas de %n publicación vinculada (conversiones de las publicaciones)</numerusform>
                <numerusform>Impresiones y visualizaciones sumadas de %n publicaciones vinculadas (conversiones de las publicaciones)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="76" />
            <source>Impressions and views summed from %n linked post(s)</source>
            <translation>
                <numerusform>Impresiones y visualizaciones sumadas de %n publicación vinculada</numerusform>
                <numerusform>Impresiones y visualizaciones sumadas de %n publicaciones vinculadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="86" />
            <source>%n linked post(s)</source>
            <translation>
                <numerusform>%n publicación vinculada</numerusform>
                <numerusform>%n publicaciones vinculadas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="87" />
            <source>typed in</source>
            <translation>escrito a mano</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="106" />
            <source>0 of %n checked</source>
            <translation>
                <numerusform>0 de %n comprobada</numerusform>
                <numerusform>0 de %n comprobadas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="130" />
            <source>Brand / deal</source>
            <translation>Marca / acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="133" />
            <source>Creator</source>
            <translation>Creador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="136" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="141" />
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="146" />
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="150" />
            <source>Cost (fees + media)</source>
            <translation>Coste (honorarios + medios)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="152" />
            <source>Impressions</source>
            <translation>Impresiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="158" />
            <source>Conversions</source>
            <translation>Conversiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="163" />
            <source>Blended CPM</source>
            <translation>CPM combinado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="164" />
            <source>Blended CPA</source>
            <translation>CPA combinado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="174" />
            <source>Results from</source>
            <translation>Resultados de</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="181" />
            <source>Disclosure</source>
            <translation>Aviso</translation>
        </message>
    </context>
    <context>
        <name>DealsListPage</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="54" />
            <source>Filter deals by brand, creator or status… (Ctrl+F)</source>
            <translation>Filtrar acuerdos por marca, creador o estado… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="56" />
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="61" />
            <source>&amp;New deal</source>
            <translation>&amp;Nuevo acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="62" />
            <source>New deal (Ctrl+Shift+N)</source>
            <translation>Nuevo acuerdo (Ctrl+Mayús+N)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="63" />
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="64" />
            <source>Edit the selected deal (Enter or double-click)</source>
            <translation>Editar el acuerdo seleccionado (Intro o doble clic)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="65" />
            <source>&amp;Delete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="66" />
            <source>Delete the selected deal (Del) — Ctrl+Z brings it back</source>
            <translation>Eliminar el acuerdo seleccionado (Supr); Ctrl+Z lo recupera</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="67" />
            <source>Export &amp;quote…</source>
            <translation>Exportar &amp;presupuesto…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="68" />
            <source>Save the selected deal as a quote: Markdown (.md) or PDF (.pdf)</source>
            <translation>Guardar el acuerdo seleccionado como presupuesto: Markdown (.md) o PDF (.pdf)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="69" />
            <source>Disclosure c&amp;hecks…</source>
            <translation>Comprobar a&amp;viso…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="71" />
            <source>Spot-check the posts linked to the selected deal: was the disclosure line there? (Ctrl+Z undoes)</source>
            <translation>Comprobar las publicaciones vinculadas al acuerdo seleccionado: ¿estaba el aviso? (Ctrl+Z lo deshace)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="73" />
            <source>Deal &amp;report…</source>
            <translation>&amp;Informe del acuerdo…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="75" />
            <source>Save the selected deal's results and disclosure spot-checks as PDF or Markdown</source>
            <translation>Guardar los resultados y las comprobaciones del aviso del acuerdo seleccionado como PDF o Markdown</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="100" />
            <source>&lt;h3&gt;No deals yet&lt;/h3&gt;&lt;p&gt;Track each partnership from draft to done: press &lt;b&gt;New deal&lt;/b&gt; (Ctrl+Shift+N), or build a quote from your rate card in &lt;b&gt;Quote builder&lt;/b&gt; and save it as a deal.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Aún no hay acuerdos&lt;/h3&gt;&lt;p&gt;Sigue cada colaboración desde el borrador hasta el final: pulsa &lt;b&gt;Nuevo acuerdo&lt;/b&gt; (Ctrl+Mayús+N), o crea un presupuesto con tu tarifario en &lt;b&gt;Creador de presupuestos&lt;/b&gt; y guárdalo como acuerdo.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="187" />
            <source>Select a deal to see its figures.</source>
            <translation>Selecciona un acuerdo para ver sus cifras.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="191" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="194" />
            <source>Results from %n linked post(s) in the post log: {impressions} impressions, {views} views, {conversions} conversions.</source>
            <translation>
                <numerusform>Resultados de %n publicación vinculada del registro: {impressions} impresiones, {views} visualizaciones, {conversions} conversiones.</numerusform>
                <numerusform>Resultados de %n publicaciones vinculadas del registro: {impressions} impresiones, {views} visualizaciones, {conversions} conversiones.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="201" />
            <source>Results as typed into the deal: {impressions} impressions, {views} views, {conversions} conversions.</source>
            <translation>Resultados tal como se escribieron en el acuerdo: {impressions} impresiones, {views} visualizaciones, {conversions} conversiones.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="211" />
            <source>&lt;p&gt;&lt;span style='font-size:15pt'&gt;Blended CPM &lt;b&gt;{cpm}&lt;/b&gt; · CPA &lt;b&gt;{cpa}&lt;/b&gt; · CPV &lt;b&gt;{cpv}&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Total cost {total} = fees {fees} + media {media} · ROAS {roas}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;span style='font-size:15pt'&gt;CPM combinado &lt;b&gt;{cpm}&lt;/b&gt; · CPA &lt;b&gt;{cpa}&lt;/b&gt; · CPV &lt;b&gt;{cpv}&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Coste total {total} = honorarios {fees} + medios {media} · ROAS {roas}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="223" />
            <source>&lt;p&gt;&lt;small&gt;Fees only: CPM {fees_cpm}, CPA {fees_cpa} · Media only: CPM {media_cpm}, CPA {media_cpa}&lt;/small&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;small&gt;Solo honorarios: CPM {fees_cpm}, CPA {fees_cpa} · Solo medios: CPM {media_cpm}, CPA {media_cpa}&lt;/small&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="234" />
            <source>&lt;p&gt;&lt;small&gt;Blended = (creator fees + paid media) / impressions × 1,000 (CPM), / views (CPV), / conversions (CPA). n/a = nothing to divide by yet.&lt;/small&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;small&gt;Combinado = (honorarios del creador + medios pagados) / impresiones × 1.000 (CPM), / visualizaciones (CPV), / conversiones (CPA). n/d = aún no hay nada entre lo que dividir.&lt;/small&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="242" />
            <source>Disclosure spot-checks: link the sponsored posts to the deliverables to check them.</source>
            <translation>Comprobaciones del aviso: vincula las publicaciones patrocinadas a los entregables para comprobarlas.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="245" />
            <source>Disclosure spot-checks: &lt;b&gt;none&lt;/b&gt; of %n sponsored post(s) checked yet — press &lt;i&gt;Disclosure checks…&lt;/i&gt;.</source>
            <translation>
                <numerusform>Comprobaciones del aviso: &lt;b&gt;ninguna&lt;/b&gt; de %n publicación patrocinada comprobada aún; pulsa &lt;i&gt;Comprobar aviso…&lt;/i&gt;.</numerusform>
                <numerusform>Comprobaciones del aviso: &lt;b&gt;ninguna&lt;/b&gt; de %n publicaciones patrocinadas comprobada aún; pulsa &lt;i&gt;Comprobar aviso…&lt;/i&gt;.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="252" />
            <source>Disclosure spot-checks: &lt;b style='color:{color}'&gt;{carried} of %n&lt;/b&gt; checked sponsored post(s) carried the disclosure line ({share}); {not_checked} not checked.</source>
            <translation>
                <numerusform>Comprobaciones del aviso: &lt;b style='color:{color}'&gt;{carried} de %n&lt;/b&gt; publicación patrocinada comprobada llevaba el aviso ({share}); {not_checked} sin comprobar.</numerusform>
                <numerusform>Comprobaciones del aviso: &lt;b style='color:{color}'&gt;{carried} de %n&lt;/b&gt; publicaciones patrocinadas comprobadas llevaban el aviso ({share}); {not_checked} sin comprobar.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="290" />
            <source>Disclosure checks not saved</source>
            <translation>Comprobaciones del aviso no guardadas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="317" />
            <source>Deal not saved</source>
            <translation>Acuerdo no guardado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="346" />
            <source>Kept the other member's version of the deal.</source>
            <translation>Se mantuvo la versión del acuerdo del otro miembro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="374" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="385" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="390" />
            <source>Export quote</source>
            <translation>Exportar presupuesto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="391" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="421" />
            <source>Could not write {path}:
{reason}</source>
            <translation>No se pudo escribir {path}:
{reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="394" />
            <source>Quote written to {path}</source>
            <translation>Presupuesto guardado en {path}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="405" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="415" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="420" />
            <source>Export deal report</source>
            <translation>Exportar informe del acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="424" />
            <source>Deal report written to {path}</source>
            <translation>Informe del acuerdo guardado en {path}</translation>
        </message>
    </context>
    <context>
        <name>DealsTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/page.py" line="46" />
            <source>&amp;Calculator</source>
            <translation>&amp;Calculadora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/page.py" line="47" />
            <source>Saved &amp;deals</source>
            <translation>&amp;Acuerdos guardados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/page.py" line="48" />
            <source>&amp;Quote builder</source>
            <translation>Creador de p&amp;resupuestos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/page.py" line="148" />
            <source>Export quote lines</source>
            <translation>Exportar líneas del presupuesto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/page.py" line="156" />
            <source>Export failed</source>
            <translation>Falló la exportación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/page.py" line="160" />
            <source>Exported deals to {path}</source>
            <translation>Acuerdos exportados a {path}</translation>
        </message>
    </context>
    <context>
        <name>DecisionCommand</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="143" />
            <source>log decision</source>
            <translation>registrar decisión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="170" />
            <source>edit decision</source>
            <translation>editar decisión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="187" />
            <source>delete decision</source>
            <translation>eliminar decisión</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="50" />
            <source>Edit decision</source>
            <translation>Editar decisión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="50" />
            <source>Log a decision</source>
            <translation>Registrar una decisión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="55" />
            <source>The week the decision rests on (snapped to the workspace's week start)</source>
            <translation>La semana en la que se basa la decisión (ajustada al inicio de semana del espacio de trabajo)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="65" />
            <source>measured on… e.g. format: carousel</source>
            <translation>medido en… p. ej., formato: carrusel</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="67" />
            <source>e.g. Dropped the carousel format: saves/1k fell 3 weeks in a row.</source>
            <translation>p. ej., Dejamos el formato carrusel: los guardados/1k bajaron 3 semanas seguidas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="78" />
            <source>Week of:</source>
            <translation>Semana del:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="79" />
            <source>Rests on:</source>
            <translation>Se basa en:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="80" />
            <source>Measured on:</source>
            <translation>Medido en:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="81" />
            <source>Decision:</source>
            <translation>Decisión:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="83" />
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
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="215" />
            <source>Week of</source>
            <translation>Semana del</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="216" />
            <source>Rests on</source>
            <translation>Se basa en</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="217" />
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="223" />
            <source>Replies per 1k reach</source>
            <translation>Respuestas por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="224" />
            <source>Saves per 1k reach</source>
            <translation>Guardados por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="225" />
            <source>Engagement rate</source>
            <translation>Tasa de interacción</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="226" />
            <source>Returning engagers reached</source>
            <translation>Participantes recurrentes alcanzados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="227" />
            <source>Returning share</source>
            <translation>Porcentaje recurrente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="228" />
            <source>Post count</source>
            <translation>Número de publicaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="229" />
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
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="152" />
            <source>Tick when the creator asked a question and the audience answered with specifics (rubric)</source>
            <translation>Márcalo cuando el creador hizo una pregunta y la audiencia respondió con detalles (rúbrica)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="168" />
            <source>Screenshot</source>
            <translation>Captura</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="174" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="179" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="184" />
            <source>Q answered</source>
            <translation>Pregunta respondida</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="186" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="189" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="191" />
            <source>Link</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="194" />
            <source>Double-click to edit; the link opens from the context menu</source>
            <translation>Doble clic para editar; el enlace se abre desde el menú contextual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="207" />
            <source>no screenshot</source>
            <translation>sin captura</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="209" />
            <source>unreadable</source>
            <translation>ilegible</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="210" />
            <source>loading…</source>
            <translation>cargando…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="215" />
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
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="130" />
            <source>Filter…</source>
            <extracomment>Tables with more rows than this export behind a progress window with Cancel (a 200,000-post log takes seconds).</extracomment>
            <translation>Filtrar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="166" />
            <source>Writing {path}…</source>
            <translation>Escribiendo {path}…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="166" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="167" />
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="188" />
            <source>Export to CSV</source>
            <translation>Exportar a CSV</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="188" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="202" />
            <source>Export failed</source>
            <translation>La exportación falló</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="203" />
            <source>Could not write {path}:</source>
            <translation>No se pudo escribir {path}:</translation>
        </message>
    </context>
    <context>
        <name>FormatsSection</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="45" />
            <source>weekly</source>
            <translation>semanal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="45" />
            <source>twice a week</source>
            <translation>dos veces por semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="45" />
            <source>every two weeks</source>
            <translation>cada dos semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="45" />
            <source>monthly</source>
            <translation>mensual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="47" />
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="48" />
            <source>Description:</source>
            <translation>Descripción:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="49" />
            <source>Cadence:</source>
            <translation>Frecuencia:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="56" />
            <source>Add format</source>
            <translation>Añadir formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="57" />
            <source>Update</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="58" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="66" />
            <source>Templates:</source>
            <translation>Plantillas:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="70" />
            <source>+ {name}</source>
            <translation>+ {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="85" />
            <source>no cadence</source>
            <translation>sin frecuencia</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="96" />
            <source>&lt;span style='{style}'&gt;{n} of 3 recurring formats — incomplete.&lt;/span&gt; Add formats that deliver the promise, or one click on a template below.</source>
            <translation>&lt;span style='{style}'&gt;{n} de 3 formatos recurrentes — incompleto.&lt;/span&gt; Añade formatos que cumplan la promesa, o elige con un clic una plantilla de abajo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="101" />
            <source>{n} recurring formats ✓ — three is the recommended set.</source>
            <translation>{n} formatos recurrentes ✓ — tres es el conjunto recomendado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="120" />
            <source>Add format {name}</source>
            <translation>Añadir formato {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="134" />
            <source>Select a format to update.</source>
            <translation>Selecciona un formato para actualizarlo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="144" />
            <source>Edit format</source>
            <translation>Editar formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="159" />
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
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="13" />
            <source>&lt;h2&gt;How MicroComm measures a community&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Cómo mide MicroComm una comunidad&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="15" />
            <source>&lt;p&gt;&lt;b&gt;Reach&lt;/b&gt; = unique accounts that saw the content; &lt;b&gt;impressions&lt;/b&gt; = total views including repeats; &lt;b&gt;engagements&lt;/b&gt; = likes + comments + shares + saves, or the platform's own total when only that is known.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Alcance&lt;/b&gt; = cuentas únicas que vieron el contenido; &lt;b&gt;impresiones&lt;/b&gt; = visualizaciones totales, incluidas las repetidas; &lt;b&gt;interacciones&lt;/b&gt; = me gusta + comentarios + compartidos + guardados, o el total de la propia plataforma cuando solo se conoce ese.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="24" />
            <source>&lt;li&gt;&lt;b&gt;Engagement rate (ER)&lt;/b&gt; = engagements / reach (default) or / impressions — one definition per workspace, chosen in File › Workspace settings, and named next to every ER figure.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Tasa de interacción (ER)&lt;/b&gt; = interacciones / alcance (por defecto) o / impresiones: una definición por espacio de trabajo, elegida en Archivo › Ajustes del espacio de trabajo, e indicada junto a cada cifra de ER.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="31" />
            <source>&lt;li&gt;&lt;b&gt;Saves per 1,000 reach&lt;/b&gt; = saves / reach × 1000. &lt;b&gt;Replies per 1,000 reach&lt;/b&gt; = replies / reach × 1000.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Guardados por cada 1.000 de alcance&lt;/b&gt; = guardados / alcance × 1000. &lt;b&gt;Respuestas por cada 1.000 de alcance&lt;/b&gt; = respuestas / alcance × 1000.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="38" />
            <source>&lt;li&gt;&lt;b&gt;Returning engagers (30 days)&lt;/b&gt;: people who engaged on at least two different calendar days within the trailing 30-day window; &lt;b&gt;returning share&lt;/b&gt; = returning / engaged people.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Participantes recurrentes (30 días)&lt;/b&gt;: personas que interactuaron en al menos dos días naturales distintos dentro de la ventana de los últimos 30 días; &lt;b&gt;proporción de recurrentes&lt;/b&gt; = recurrentes / personas que interactuaron.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="45" />
            <source>&lt;li&gt;&lt;b&gt;Conversation depth&lt;/b&gt;: a thread is a top-level comment plus its replies; a &lt;i&gt;deep thread&lt;/i&gt; has at least 3 messages from at least 2 people.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Profundidad de conversación&lt;/b&gt;: un hilo es un comentario de primer nivel más sus respuestas; un &lt;i&gt;hilo profundo&lt;/i&gt; tiene al menos 3 mensajes de al menos 2 personas.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="52" />
            <source>&lt;li&gt;&lt;b&gt;Community Health Score&lt;/b&gt; = RE% × 0.4 + replies/1k normalised × 0.3 + saves/1k normalised × 0.3, where a normalised value = min(value / band top × 100, 100) with band tops {replies_top} (replies) and {saves_top} (saves) by default (calibrating a workspace's bands does not move them).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Índice de salud de la comunidad&lt;/b&gt; = RE% × 0,4 + respuestas/1k normalizadas × 0,3 + guardados/1k normalizados × 0,3, donde un valor normalizado = min(valor / tope del rango × 100, 100) con topes {replies_top} (respuestas) y {saves_top} (guardados) por defecto (calibrar los rangos de un espacio de trabajo no los mueve).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="60" />
            <source>&lt;li&gt;A zero denominator shows &lt;b&gt;n/a&lt;/b&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Un denominador cero muestra &lt;b&gt;n/d&lt;/b&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="62" />
            <source>&lt;li&gt;&lt;b&gt;Your own accounts&lt;/b&gt; (Workspace settings › Your own handles) never count as engagers anywhere; their replies still time the response SLA and count in conversation depth.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Tus propias cuentas&lt;/b&gt; (Ajustes del espacio de trabajo › Tus propios usuarios) nunca cuentan como participantes; sus respuestas sí cuentan para el SLA de respuesta y para la profundidad de conversación.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="69" />
            <source>&lt;li&gt;&lt;b&gt;DM back-and-forth&lt;/b&gt;: a DM thread is a member's first DM plus the answers to it; per week, mean messages per DM thread and the share of those threads that got an answer (from the logged DMs, beside the typed DM reply rate).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Ida y vuelta de DM&lt;/b&gt;: un hilo de DM es el primer DM de un miembro más las respuestas a él; por semana, la media de mensajes por hilo de DM y la proporción de esos hilos que recibió respuesta (a partir de los DM registrados, junto a la tasa de respuesta a DM escrita).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="77" />
            <source>&lt;li&gt;&lt;b&gt;Reach stand-in&lt;/b&gt;: when a post has no reach (YouTube exports), the workspace may divide by views or impressions instead (Workspace settings); every such figure is marked &lt;b&gt;*&lt;/b&gt; and names the stand-in.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Sustituto del alcance&lt;/b&gt;: cuando una publicación no tiene alcance (exportaciones de YouTube), el espacio de trabajo puede dividir entre visualizaciones o impresiones (Ajustes del espacio de trabajo); cada cifra así se marca con &lt;b&gt;*&lt;/b&gt; e indica el sustituto.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="85" />
            <source>&lt;h3&gt;Benchmarks (directional)&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Referencias (orientativas)&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="87" />
            <source>&lt;p&gt;A post's ER is judged on the poll and Q and A band when its format names a poll, quiz or Q and A (e.g. "Poll", "Sunday Q and A"), else on the feed band. Every band can be calibrated from your own last 30/60/90 days (Dashboard › Calibrate bands…, or &lt;code&gt;microcomm workspace calibrate&lt;/code&gt;): that workspace then uses its own bands; the defaults below stay one click away (undo).&lt;/p&gt;</source>
            <translation>&lt;p&gt;La ER de una publicación se juzga con el rango de encuestas y preguntas y respuestas cuando su formato menciona una encuesta, un quiz o preguntas y respuestas (p. ej., «Poll», «Sunday Q and A»); si no, con el rango del feed. Cada rango se puede calibrar con tus propios últimos 30/60/90 días (Panel › Calibrar rangos…, o &lt;code&gt;microcomm workspace calibrate&lt;/code&gt;): ese espacio de trabajo usa entonces sus propios rangos; los valores por defecto de abajo quedan a un clic (deshacer).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="96" />
            <source>&lt;tr&gt;&lt;th&gt;signal&lt;/th&gt;&lt;th&gt;default band&lt;/th&gt;&lt;th&gt;action if below&lt;/th&gt;&lt;/tr&gt;</source>
            <translation>&lt;tr&gt;&lt;th&gt;señal&lt;/th&gt;&lt;th&gt;rango por defecto&lt;/th&gt;&lt;th&gt;acción si está por debajo&lt;/th&gt;&lt;/tr&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="99" />
            <source>&lt;h3&gt;Deals&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Acuerdos&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="101" />
            <source>&lt;p&gt;&lt;b&gt;CPM&lt;/b&gt; = spend / impressions × 1000 · &lt;b&gt;CPV&lt;/b&gt; = spend / views · &lt;b&gt;CPA&lt;/b&gt; = spend / conversions. &lt;b&gt;Blended&lt;/b&gt; figures use total cost = creator fees + paid media. &lt;b&gt;Disclosure spot-checks&lt;/b&gt;: of the sponsored posts (posts linked to a deal) you checked, the share that carried the disclosure line (Deals › Saved deals › Disclosure checks…).&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;CPM&lt;/b&gt; = gasto / impresiones × 1000 · &lt;b&gt;CPV&lt;/b&gt; = gasto / visualizaciones · &lt;b&gt;CPA&lt;/b&gt; = gasto / conversiones. Las cifras &lt;b&gt;combinadas&lt;/b&gt; usan el coste total = honorarios del creador + medios pagados. &lt;b&gt;Comprobaciones del aviso publicitario&lt;/b&gt;: de las publicaciones patrocinadas (vinculadas a un acuerdo) que comprobaste, la proporción que llevaba el aviso (Acuerdos › Acuerdos guardados › Comprobaciones del aviso…).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="109" />
            <source>&lt;h3&gt;Response SLA and reports&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;SLA de respuesta e informes&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="111" />
            <source>&lt;p&gt;&lt;b&gt;Response SLA&lt;/b&gt; = of the first N comments on a post (not yours), how many got your reply within M minutes; N and M are set in Rituals › Response SLA. Computed from timestamps when your replies are logged, else typed per post; the Dashboard, Rituals, reports and the command line all show this one figure. The &lt;b&gt;30-day report&lt;/b&gt; covers exactly the 30 days ending on the chosen day, cut into weeks at your week start.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;SLA de respuesta&lt;/b&gt; = de los primeros N comentarios de una publicación (no tuyos), cuántos recibieron tu respuesta en M minutos; N y M se fijan en Rituales › SLA de respuesta. Se calcula con las marcas de tiempo cuando tus respuestas están registradas; si no, se escribe por publicación; el Panel, los Rituales, los informes y la línea de comandos muestran esta misma cifra. El &lt;b&gt;informe de 30 días&lt;/b&gt; cubre exactamente los 30 días que terminan el día elegido, divididos en semanas según tu inicio de semana.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="120" />
            <source>&lt;h3&gt;The 30-day sprint&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;El sprint de 30 días&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="122" />
            <source>&lt;p&gt;If returning engagers and replies per 1,000 reach both improved in each of the last two week-over-week steps, &lt;b&gt;continue&lt;/b&gt; the same rituals; otherwise &lt;b&gt;narrow&lt;/b&gt; the topic and reduce formats; with fewer than three weeks of data: &lt;b&gt;not enough data&lt;/b&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Si los participantes recurrentes y las respuestas por cada 1.000 de alcance mejoraron en cada uno de los dos últimos pasos de semana a semana, &lt;b&gt;continúa&lt;/b&gt; con los mismos rituales; si no, &lt;b&gt;acota&lt;/b&gt; el tema y reduce formatos; con menos de tres semanas de datos: &lt;b&gt;datos insuficientes&lt;/b&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="129" />
            <source>&lt;h3&gt;Keyboard&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Teclado&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="131" />
            <source>&lt;p&gt;Ctrl+1…8 switch tabs · Ctrl+K switch workspace · Ctrl+F filter a table · Ctrl+E export the table to CSV · Ctrl+Z / Ctrl+Shift+Z undo / redo · Ctrl+I import posts · Ctrl+Shift+B back up now · F5 reload from the data file (changes made by a command-line import while the window is open also appear on their own within a few seconds).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ctrl+1…8 cambiar de pestaña · Ctrl+K cambiar de espacio de trabajo · Ctrl+F filtrar una tabla · Ctrl+E exportar la tabla a CSV · Ctrl+Z / Ctrl+Mayús+Z deshacer / rehacer · Ctrl+I importar publicaciones · Ctrl+Mayús+B hacer copia ahora · F5 recargar desde el archivo de datos (los cambios de una importación por línea de comandos con la ventana abierta también aparecen solos en pocos segundos).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="167" />
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
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="195" />
            <source>Only %n post(s): too few to judge — shown, but not ranked as evidence.</source>
            <translation>
                <numerusform>Solo %n publicación: muy pocas para evaluar; se muestra, pero no cuenta como evidencia.</numerusform>
                <numerusform>Solo %n publicaciones: muy pocas para evaluar; se muestran, pero no cuentan como evidencia.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="201" />
            <source>Benchmark {low}–{high}: below</source>
            <translation>Referencia {low}–{high}: por debajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="203" />
            <source>Benchmark {low}–{high}: in</source>
            <translation>Referencia {low}–{high}: dentro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="205" />
            <source>Benchmark {low}–{high}: above</source>
            <translation>Referencia {low}–{high}: por encima</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="207" />
            <source> (polls and Q and A have their own, higher ER band)</source>
            <translation> (las encuestas y las preguntas y respuestas tienen su propio rango de ER, más alto)</translation>
        </message>
    </context>
    <context>
        <name>InsightsTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="61" />
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="62" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="63" />
            <source>Ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="64" />
            <source>Prompt rung</source>
            <translation>Peldaño de la pregunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="67" />
            <source>Community posts</source>
            <translation>Publicaciones de comunidad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="68" />
            <source>Reach posts</source>
            <translation>Publicaciones de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="69" />
            <source>All posts</source>
            <translation>Todas las publicaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="72" />
            <source>Last 30 days</source>
            <translation>Últimos 30 días</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="73" />
            <source>Last 90 days</source>
            <translation>Últimos 90 días</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="74" />
            <source>Last 180 days</source>
            <translation>Últimos 180 días</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="75" />
            <source>Last 365 days</source>
            <translation>Últimos 365 días</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="76" />
            <source>Custom</source>
            <translation>Personalizado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="89" />
            <source>Median / mean replies per 1k: over each post's own replies ÷ reach × 1000. Saves/1k and ER: pooled over the group. Returning reached: distinct people who engaged with these posts in the period and engaged on 2+ days in the 30 days ending on the period's last day. Groups with fewer than {n} posts are marked “too few posts to judge” and listed last. Colours: below / in / above the benchmark band.</source>
            <translation>Mediana / media de respuestas por cada 1.000: sobre las respuestas ÷ alcance × 1000 de cada publicación. Guardados/1.000 y ER: agregados sobre el grupo. Recurrentes alcanzados: personas distintas que participaron con estas publicaciones en el periodo y participaron 2+ días en los 30 días hasta el último día del periodo. Los grupos con menos de {n} publicaciones se marcan «muy pocas publicaciones para evaluar» y van al final. Colores: por debajo / dentro / por encima del rango de referencia.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="150" />
            <source>Group the period's posts by theme, format, ritual or the prompt-ladder rung</source>
            <translation>Agrupa las publicaciones del periodo por tema, formato, ritual o peldaño de la escalera de preguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="163" />
            <source>Judge community posts on replies and saves; reach posts on shares and discovery</source>
            <translation>Juzga las publicaciones de comunidad por respuestas y guardados; las de alcance, por compartidos y descubrimiento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="169" />
            <source>Minimum posts for a group or time slot to be judged (saved for this workspace; default 3)</source>
            <translation>Mínimo de publicaciones para evaluar un grupo o una franja horaria (se guarda para este espacio de trabajo; por defecto 3)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="179" />
            <source>Group by</source>
            <translation>Agrupar por</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="180" />
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="181" />
            <source>from</source>
            <translation>desde</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="182" />
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="183" />
            <source>Posts</source>
            <translation>Publicaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="184" />
            <source>Min. posts</source>
            <translation>Mín. publicaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="209" />
            <source>Log a decision</source>
            <translation>Registrar una decisión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="217" />
            <source>Filter groups… (Ctrl+F)</source>
            <translation>Filtrar grupos… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="231" />
            <source>per 1,000 reach</source>
            <translation>por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="246" />
            <source>Shortlist</source>
            <translation>Preselección</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="249" />
            <source>Best times</source>
            <translation>Mejores horarios</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="250" />
            <source>Decision log</source>
            <translation>Registro de decisiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="260" />
            <source>No posts in this period yet. Log or import posts on the Posts tab, tag them with themes and formats, and their ranking appears here.</source>
            <translation>Aún no hay publicaciones en este periodo. Registra o importa publicaciones en la pestaña Publicaciones, etiquétalas con temas y formatos, y su clasificación aparecerá aquí.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="280" />
            <source>Themes of &lt;b&gt;community posts&lt;/b&gt; proven by replies &lt;i&gt;and&lt;/i&gt; saves per 1k reach (score = mean of both, each scaled to its benchmark top). Only themes with enough posts count as evidence.</source>
            <translation>Temas de &lt;b&gt;publicaciones de comunidad&lt;/b&gt; respaldados por respuestas &lt;i&gt;y&lt;/i&gt; guardados por cada 1.000 de alcance (puntuación = media de ambos, cada uno escalado al tope de su referencia). Solo cuentan como evidencia los temas con suficientes publicaciones.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="390" />
            <source>The period ends before it starts.</source>
            <translation>El periodo termina antes de empezar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="404" />
            <source>Computing…</source>
            <translation>Calculando…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="409" />
            <source>Could not compute insights: {reason}</source>
            <translation>No se pudieron calcular los análisis: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="424" />
            <source>&lt;b&gt;%n&lt;/b&gt; community post(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; publicación de comunidad</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; publicaciones de comunidad</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="426" />
            <source>&lt;b&gt;%n&lt;/b&gt; reach post(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; publicación de alcance</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; publicaciones de alcance</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="428" />
            <source>&lt;b&gt;%n&lt;/b&gt;  post(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; publicación</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; publicaciones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="432" />
            <source>{posts} from {since} to {until}: median replies/1k &lt;b&gt;{median}&lt;/b&gt;, saves/1k &lt;b&gt;{saves}&lt;/b&gt;, ER &lt;b&gt;{er}&lt;/b&gt; (by {denominator}); &lt;b&gt;{returning}&lt;/b&gt; returning engagers in the 30 days to {day}.</source>
            <translation>{posts} del {since} al {until}: mediana de respuestas/1.000 &lt;b&gt;{median}&lt;/b&gt;, guardados/1.000 &lt;b&gt;{saves}&lt;/b&gt;, ER &lt;b&gt;{er}&lt;/b&gt; (por {denominator}); &lt;b&gt;{returning}&lt;/b&gt; participantes recurrentes en los 30 días hasta el {day}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/chart.py" line="55" />
            <source>Nothing to chart: no group has enough posts yet</source>
            <translation>Nada que graficar: ningún grupo tiene aún suficientes publicaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/chart.py" line="68" />
            <source>Replies/1k</source>
            <translation>Respuestas/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/chart.py" line="76" />
            <source>Saves/1k</source>
            <translation>Guardados/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/chart.py" line="37" />
            <source>Judged themes: median replies/1k and saves/1k</source>
            <translation>Temas evaluados: mediana de respuestas/1.000 y guardados/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/chart.py" line="38" />
            <source>Judged formats: median replies/1k and saves/1k</source>
            <translation>Formatos evaluados: mediana de respuestas/1.000 y guardados/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/chart.py" line="39" />
            <source>Judged rituals: median replies/1k and saves/1k</source>
            <translation>Rituales evaluados: mediana de respuestas/1.000 y guardados/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/chart.py" line="40" />
            <source>Judged rungs: median replies/1k and saves/1k</source>
            <translation>Peldaños evaluados: mediana de respuestas/1.000 y guardados/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="499" />
            <source>No theme has enough community posts with reach in this period yet. Tag posts with themes (Posts tab) or widen the period.</source>
            <translation>Ningún tema tiene aún suficientes publicaciones de comunidad con alcance en este periodo. Etiqueta publicaciones con temas (pestaña Publicaciones) o amplía el periodo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="514" />
            <source>&lt;b&gt;{rank}. {theme}&lt;/b&gt; — score {score}/100</source>
            <translation>&lt;b&gt;{rank}. {theme}&lt;/b&gt; — puntuación {score}/100</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="522" />
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="552" />
            <source>Add to next sprint</source>
            <translation>Añadir al próximo sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="524" />
            <source>Adds a task to week 1 of the upcoming sprint, or the current sprint's next week</source>
            <translation>Añade una tarea a la semana 1 del próximo sprint o a la semana siguiente del sprint actual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="527" />
            <source>Add a prompt…</source>
            <translation>Añadir una pregunta…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="528" />
            <source>Adds a prompt about this theme to the prompt library</source>
            <translation>Añade una pregunta sobre este tema a la biblioteca de preguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="546" />
            <source>add “{theme}” to the sprint plan</source>
            <translation>añadir «{theme}» al plan del sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="555" />
            <source>Added “{theme}” to {sprint}, week {week} (Ctrl+Z undoes)</source>
            <translation>Se añadió «{theme}» a {sprint}, semana {week} (Ctrl+Z lo deshace)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="574" />
            <source>add a prompt to the library</source>
            <translation>añadir una pregunta a la biblioteca</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="580" />
            <source>Add a prompt</source>
            <translation>Añadir una pregunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="582" />
            <source>Prompt added to the library (Ctrl+Z undoes)</source>
            <translation>Pregunta añadida a la biblioteca (Ctrl+Z lo deshace)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="56" />
            <source>Promise</source>
            <translation>Promesa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="57" />
            <source>Rituals</source>
            <translation>Rituales</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="58" />
            <source>Posts</source>
            <translation>Publicaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="59" />
            <source>Deals</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="60" />
            <source>Creators</source>
            <translation>Creadores</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="61" />
            <source>Sprint</source>
            <translation>Sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="62" />
            <source>Dashboard</source>
            <translation>Panel</translation>
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
            <translation>Espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="203" />
            <location filename="../../microcomm_desktop/ui/startup.py" line="188" />
            <source> Workspace: </source>
            <translation> Espacio de trabajo: </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="207" />
            <source>Switch between communities or clients (Ctrl+K)</source>
            <translation>Cambiar entre comunidades o clientes (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="212" />
            <source>Remove sample community…</source>
            <translation>Quitar la comunidad de ejemplo…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="215" />
            <source>Delete the sample community (backup first; undo until the app closes)</source>
            <translation>Eliminar la comunidad de ejemplo (primero una copia de seguridad; se puede deshacer hasta cerrar la app)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="298" />
            <source>{tab}: could not save an open edit: {reason}</source>
            <translation>{tab}: no se pudo guardar una edición abierta: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="403" />
            <location filename="../../microcomm_desktop/ui/main_window.py" line="428" />
            <source>Workspace: {name}</source>
            <translation>Espacio de trabajo: {name}</translation>
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
            <translation>Recargado desde el archivo de datos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="409" />
            <source>The data was changed outside this window (for example a command-line import); reloaded.</source>
            <translation>Los datos se cambiaron fuera de esta ventana (por ejemplo, una importación desde la línea de comandos); recargados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="427" />
            <source>no workspace</source>
            <translation>ningún espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="470" />
            <location filename="../../microcomm_desktop/ui/main_window.py" line="476" />
            <source>Rename workspace</source>
            <translation>Cambiar nombre del espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="470" />
            <source>New name:</source>
            <translation>Nuevo nombre:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="483" />
            <source>Not renamed: {reason}</source>
            <translation>No se cambió el nombre: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="498" />
            <location filename="../../microcomm_desktop/ui/main_window.py" line="515" />
            <source>Delete workspace</source>
            <translation>Eliminar espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="500" />
            <source>Delete {name} with all its posts, interactions, rituals, deals and sprints?

A backup of the whole data file is written first, and File › Undo delete brings it back until you close MicroComm.</source>
            <translation>¿Eliminar {name} con todas sus publicaciones, interacciones, rituales, acuerdos y sprints?

Primero se hace una copia de seguridad de todo el archivo de datos, y Archivo › Deshacer eliminación lo recupera hasta que cierres MicroComm.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="515" />
            <source>Not deleted: {reason}</source>
            <translation>No se eliminó: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="523" />
            <source>Deleted {name}. Undo: File › Undo delete (until MicroComm closes); backup: {backup}</source>
            <translation>{name} eliminado. Deshacer: Archivo › Deshacer eliminación (hasta cerrar MicroComm); copia de seguridad: {backup}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="537" />
            <source>Undo delete</source>
            <translation>Deshacer eliminación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="537" />
            <source>Not restored: {reason}</source>
            <translation>No se restauró: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="544" />
            <source>Restored {name}.</source>
            <translation>{name} restaurado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="553" />
            <source>U&amp;ndo delete of “{name}”</source>
            <translation>Des&amp;hacer eliminación de «{name}»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="556" />
            <source>U&amp;ndo delete</source>
            <translation>Des&amp;hacer eliminación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="594" />
            <source>Workspace settings</source>
            <translation>Ajustes del espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="594" />
            <source>Not saved: {reason}</source>
            <translation>No se guardó: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="606" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="638" />
            <source>Create or pick a workspace first.</source>
            <translation>Primero crea o elige un espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="647" />
            <source>{tab}: this action is not available yet.</source>
            <translation>{tab}: esta acción aún no está disponible.</translation>
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
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="22" />
            <source>The pinned welcome post: the rules, what to post, and how to get help.</source>
            <translation>La publicación de bienvenida fijada: las reglas, qué publicar y cómo pedir ayuda.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="32" />
            <source>Rules:</source>
            <translation>Reglas:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="33" />
            <source>What to post:</source>
            <translation>Qué publicar:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="34" />
            <source>How to get help:</source>
            <translation>Cómo pedir ayuda:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="38" />
            <source>Save welcome post</source>
            <translation>Guardar bienvenida</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="40" />
            <source>Copy to clipboard</source>
            <translation>Copiar al portapapeles</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="59" />
            <source> — a bit short</source>
            <translation> — algo corta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="59" />
            <source> — long: members skim pinned posts</source>
            <translation> — larga: los miembros solo hojean las publicaciones fijadas</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="61" />
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n palabra</numerusform>
                <numerusform>%n palabras</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="64" />
            <source>Edit welcome post</source>
            <translation>Editar la publicación de bienvenida</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="73" />
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
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="34" />
            <source>other</source>
            <translation>otra</translation>
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
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="53" />
            <source>ER</source>
            <translation>ER</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="54" />
            <source>Saves/1k reach</source>
            <translation>Guardados/1k alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="55" />
            <source>Replies/1k reach</source>
            <translation>Respuestas/1k alcance</translation>
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
            <translation>Guardados por cada 1.000 de alcance: guardados / alcance × 1000. Se juzga en las publicaciones community.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="94" />
            <source>Replies per 1,000 reach: comments and replies / reach × 1000. Judged on community posts.</source>
            <translation>Respuestas por cada 1.000 de alcance: comentarios y respuestas / alcance × 1000. Se juzga en las publicaciones community.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="153" />
            <source>n/a</source>
            <extracomment>Rows handed to the views at a time (``canFetchMore``/``fetchMore``): the two proxies and the view map every row they are given, ~3 µs a row in the GUI thread (0.6 s for 200,000 posts); scrolling down fetches the next.</extracomment>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="344" />
            <source>ER by impressions %</source>
            <translation>ER por impresiones %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="344" />
            <source>ER by reach %</source>
            <translation>ER por alcance %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="347" />
            <source>Engagement rate = engagements / {definition} × 100 (the workspace's definition; change it in Workspace settings). Engagements = likes + comments + shares + saves, or the platform's own total when the import had one.</source>
            <translation>Tasa de interacción = interacciones / {definition} × 100 (la definición del espacio de trabajo; cámbiala en los Ajustes del espacio de trabajo). Interacciones = me gusta + comentarios + compartidos + guardados, o el total propio de la plataforma si la importación lo traía.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="350" />
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="432" />
            <source>impressions</source>
            <translation>impresiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="350" />
            <source>reach</source>
            <translation>alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="396" />
            <source>Benchmark {low}–{high}%</source>
            <translation>Referencia {low}–{high} %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="398" />
            <source>Benchmark {low}–{high} per 1k reach</source>
            <translation>Referencia {low}–{high} por cada 1k de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="400" />
            <source> (the poll and Q and A band: this post's format is a poll or Q and A)</source>
            <translation> (el rango de encuestas y preguntas y respuestas: el formato de esta publicación es una encuesta o preguntas y respuestas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="406" />
            <source>{head}. n/a: no reach recorded for this post (choose views or impressions to stand in for reach on this platform in Workspace settings).</source>
            <translation>{head}. n/d: esta publicación no tiene alcance registrado (elige visualizaciones o impresiones para sustituir el alcance en esta plataforma en los Ajustes del espacio de trabajo).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="409" />
            <source>{head}. n/a: no impressions recorded for this post.</source>
            <translation>{head}. n/d: esta publicación no tiene impresiones registradas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="411" />
            <source>. * No reach on this post: {standin} stand in for reach (Workspace settings)</source>
            <translation>. * Esta publicación no tiene alcance: las {standin} sustituyen al alcance (Ajustes del espacio de trabajo)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="416" />
            <source>{head}. Not judged: a {label} post is judged on its own job (shares and discovery).</source>
            <translation>{head}. No se juzga: una publicación {label} se juzga por su propia función (compartidos y descubrimiento).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="419" />
            <source>Below the band ({head}). Action if low: {action}.</source>
            <translation>Por debajo del rango ({head}). Qué hacer si es bajo: {action}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="421" />
            <source>Above the band ({head}).</source>
            <translation>Por encima del rango ({head}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="422" />
            <source>Inside the band ({head}).</source>
            <translation>Dentro del rango ({head}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="432" />
            <source>views</source>
            <translation>visualizaciones</translation>
        </message>
    </context>
    <context>
        <name>PostsTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="109" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="533" />
            <source>Add post</source>
            <translation>Añadir publicación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="109" />
            <source>Add a post by hand (Ctrl+Shift+N)</source>
            <translation>Añadir una publicación a mano (Ctrl+Mayús+N)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="112" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="535" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="112" />
            <source>Edit the selected post (Enter)</source>
            <translation>Editar la publicación seleccionada (Intro)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="115" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="536" />
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="115" />
            <source>Copy the selected post (Ctrl+D)</source>
            <translation>Copiar la publicación seleccionada (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="118" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="118" />
            <source>Delete the selected posts (Del)</source>
            <translation>Eliminar las publicaciones seleccionadas (Supr)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="122" />
            <source>Tag…</source>
            <translation>Etiquetar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="124" />
            <source>Add or remove themes on the selected posts (Ctrl+T); undo with Ctrl+Z</source>
            <translation>Añadir o quitar temas de las publicaciones seleccionadas (Ctrl+T); deshacer con Ctrl+Z</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="129" />
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="131" />
            <source>Import a platform export (Ctrl+I) — or drop a .csv here</source>
            <translation>Importar una exportación de una plataforma (Ctrl+I), o suelta aquí un .csv</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="135" />
            <source>Posts CSV…</source>
            <translation>CSV de publicaciones…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="136" />
            <source>Interactions CSV…</source>
            <translation>CSV de interacciones…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="137" />
            <source>Engagers CSV (from Export engagers)…</source>
            <translation>CSV de participantes (de Exportar participantes)…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="138" />
            <source>Chat export (Discord, Telegram, WhatsApp, Slack)…</source>
            <translation>Exportación de chat (Discord, Telegram, WhatsApp, Slack)…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="140" />
            <source>Export to CSV…</source>
            <translation>Exportar a CSV…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="140" />
            <source>Export the rows shown (Ctrl+E)</source>
            <translation>Exportar las filas mostradas (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="147" />
            <source>Reading the post log…</source>
            <translation>Leyendo el registro de publicaciones…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="162" />
            <source>Filter posts (title, format, themes, notes…)  Ctrl+F</source>
            <translation>Filtrar publicaciones (título, formato, temas, notas…)  Ctrl+F</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="205" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="444" />
            <source>Posts</source>
            <translation>Publicaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="209" />
            <source>Engagers</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="291" />
            <source>ER = engagements / {definition} (workspace setting). Coloured against the benchmark band of the post's label: red below, green inside, blue above; hover a figure for the action if low. Reach posts are judged on ER only; polls and Q and A (by format) on their own, higher ER band.</source>
            <translation>ER = interacciones / {definition} (ajuste del espacio de trabajo). Coloreado según el rango de la etiqueta de la publicación: rojo por debajo, verde dentro, azul por encima; pasa el ratón sobre una cifra para ver qué hacer si es baja. Las publicaciones reach se juzgan solo por la ER; las encuestas y las preguntas y respuestas (por formato), por su propio rango de ER, más alto.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="294" />
            <source>impressions</source>
            <translation>impresiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="294" />
            <source>reach</source>
            <translation>alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="296" />
            <source> * = a stand-in (views/impressions) divides a post without reach.</source>
            <translation> * = un sustituto (visualizaciones/impresiones) divide una publicación sin alcance.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_rows.py" line="59" />
            <source>Could not read the posts: {reason}</source>
            <translation>No se pudieron leer las publicaciones: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_rows.py" line="79" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_rows.py" line="80" />
            <source>Loading posts…</source>
            <translation>Cargando publicaciones…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_rows.py" line="85" />
            <source>{shown} of %Ln post(s)</source>
            <translation>
                <numerusform>{shown} de %Ln publicación</numerusform>
                <numerusform>{shown} de %Ln publicaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_rows.py" line="88" />
            <source>%Ln post(s)</source>
            <translation>
                <numerusform>%Ln publicación</numerusform>
                <numerusform>%Ln publicaciones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_rows.py" line="91" />
            <source>No posts yet. Add one by hand, or import a platform export: File &gt; Import posts… (Ctrl+I) or drop a .csv file onto this tab.</source>
            <translation>Aún no hay publicaciones. Añade una a mano o importa una exportación de una plataforma: Archivo &gt; Importar publicaciones… (Ctrl+I) o suelta un archivo .csv en esta pestaña.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="420" />
            <source>(no title)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="422" />
            <source>to {date} “{title}”</source>
            <translation>en la publicación del {date} «{title}»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="444" />
            <source>Not saved: {error}</source>
            <translation>No se guardó: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="488" />
            <source>Edit {column}</source>
            <translation>Editar {column}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="494" />
            <source>Not saved.</source>
            <translation>No se guardó.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="501" />
            <source>Kept the other member's version of the post.</source>
            <translation>Se mantuvo la versión de la publicación del otro miembro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="511" />
            <source>Select the posts to tag first (Shift/Ctrl+click for several).</source>
            <translation>Selecciona primero las publicaciones que quieres etiquetar (Mayús/Ctrl+clic para varias).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="521" />
            <source>Not tagged: {error}</source>
            <translation>No se etiquetó: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="524" />
            <source>Tagged: {what}. Undo with Ctrl+Z.</source>
            <translation>Etiquetado: {what}. Deshacer con Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="537" />
            <source>Tag %n post(s)…</source>
            <translation>
                <numerusform>Etiquetar %n publicación…</numerusform>
                <numerusform>Etiquetar %n publicaciones…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="540" />
            <source>Delete %n post(s)…</source>
            <translation>
                <numerusform>Eliminar %n publicación…</numerusform>
                <numerusform>Eliminar %n publicaciones…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_actions.py" line="42" />
            <source>Duplicate post</source>
            <translation>Duplicar publicación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_actions.py" line="53" />
            <source>Delete posts</source>
            <translation>Eliminar publicaciones</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_actions.py" line="54" />
            <source>Delete %n post(s)? Their interactions stay (unlinked). Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>¿Eliminar %n publicación? Sus interacciones se conservan (sin vincular). Deshacer con Ctrl+Z.</numerusform>
                <numerusform>¿Eliminar %n publicaciones? Sus interacciones se conservan (sin vincular). Deshacer con Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_actions.py" line="71" />
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
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="47" />
            <source>{low} to {high}</source>
            <translation>de {low} a {high}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="69" />
            <source>e.g. trail running</source>
            <translation>p. ej., trail running</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="71" />
            <source>people, e.g. 8200</source>
            <translation>personas, p. ej., 8200</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="73" />
            <source>one per line: instagram @name</source>
            <translation>uno por línea: instagram @nombre</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="76" />
            <source>email, agent or DM</source>
            <translation>correo, agencia o DM</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="80" />
            <source>their answer in their words</source>
            <translation>su respuesta, con sus palabras</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="82" />
            <source>Ask: “What does your audience struggle with this week?” — the rubric needs it dated</source>
            <translation>Pregunta: «¿Con qué tiene dificultades tu audiencia esta semana?»; la rúbrica necesita la respuesta con fecha</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="84" />
            <source>asked on</source>
            <translation>preguntado el</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="95" />
            <source>Replies (comments + replies) per 1,000 reach; benchmark {band}</source>
            <translation>Respuestas (comentarios + respuestas) por cada 1.000 de alcance; rango de referencia {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="99" />
            <source>Engagement rate in percent; benchmark {band}</source>
            <translation>Tasa de interacción en porcentaje; rango de referencia {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="102" />
            <source>Share of engagers who engaged on 2+ days in 30 days, percent; benchmark {band}</source>
            <translation>Proporción de participantes que interactuaron 2 o más días en 30 días, en porcentaje; rango de referencia {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="108" />
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="112" />
            <source>A workspace holding the creator's own export (posts and interactions imported there): its last 30 days replace the typed figures</source>
            <translation>Un espacio de trabajo con la exportación propia del creador (publicaciones e interacciones importadas allí): sus últimos 30 días sustituyen las cifras escritas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="146" />
            <source>Closing the window saves a valid profile form; one that cannot be saved yet is kept as a draft and put back here.</source>
            <translation>Al cerrar la ventana se guarda un perfil válido; uno que aún no se puede guardar se conserva como borrador y vuelve a aparecer aquí.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="152" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="153" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="154" />
            <source>Niche / topic</source>
            <translation>Nicho / tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="155" />
            <source>Audience size</source>
            <translation>Tamaño de la audiencia</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="156" />
            <source>Handles</source>
            <translation>Usuarios</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="157" />
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="158" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="163" />
            <source>Struggles this week</source>
            <translation>Dificultades de esta semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="165" />
            <source>Replies per 1k reach</source>
            <translation>Respuestas por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="166" />
            <source>ER %</source>
            <translation>ER %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="167" />
            <source>Returning share %</source>
            <translation>Proporción de recurrentes %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="168" />
            <source>Figures from workspace</source>
            <translation>Cifras del espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="172" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="173" />
            <source>Save the profile (Ctrl+S)</source>
            <translation>Guardar el perfil (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="175" />
            <source>Revert</source>
            <translation>Revertir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="182" />
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="268" />
            <source>— typed figures only —</source>
            <translation>— solo cifras escritas —</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="278" />
            <source>Measured in '{workspace}' over {start}–{end} (%n post(s)): replies/1k {replies}, ER {er}, returning {returning}. Measured figures replace typed ones where known.</source>
            <translation>
                <numerusform>Medido en «{workspace}» del {start} al {end} (%n publicación): respuestas/1k {replies}, ER {er}, recurrentes {returning}. Las cifras medidas sustituyen a las escritas cuando se conocen.</numerusform>
                <numerusform>Medido en «{workspace}» del {start} al {end} (%n publicaciones): respuestas/1k {replies}, ER {er}, recurrentes {returning}. Las cifras medidas sustituyen a las escritas cuando se conocen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="292" />
            <source>Typed figures come from the creator's own insights (“reported”).</source>
            <translation>Las cifras escritas vienen de las estadísticas propias del creador («declaradas»).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="306" />
            <source>Replies per 1k</source>
            <translation>Respuestas por cada 1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="307" />
            <source>ER</source>
            <translation>ER</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="308" />
            <source>Returning share</source>
            <translation>Proporción de recurrentes</translation>
        </message>
    </context>
    <context>
        <name>ProfileSection</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="35" />
            <source>Topic (one line)</source>
            <translation>Tema (una línea)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="39" />
            <source>budget travel in Japan</source>
            <translation>viajar barato por Japón</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="41" />
            <source>Save topic</source>
            <translation>Guardar tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="43" />
            <source>Change topic</source>
            <translation>Cambiar el tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="52" />
            <source>Home — where the community lives</source>
            <translation>Plataforma — donde vive la comunidad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="55" />
            <source>In month one, pick one primary home. A second one splits your attention and the replies.</source>
            <translation>En el primer mes, elige una plataforma principal. Una segunda divide tu atención y las respuestas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="67" />
            <source>label, e.g. Instagram comments + DMs</source>
            <translation>etiqueta, p. ej. comentarios de Instagram + MD</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="68" />
            <source>Primary</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="70" />
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="150" />
            <source>Add home</source>
            <translation>Añadir plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="72" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="83" />
            <source>Disclosure line</source>
            <translation>Texto del aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="87" />
            <source>Endorsements with a material connection must be disclosed clearly and conspicuously. This line goes into every brief.</source>
            <translation>Las recomendaciones con una relación comercial deben declararse de forma clara y visible. Este texto va en cada briefing.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="95" />
            <source>#ad — I am paid by the brand for this post.</source>
            <translation>#publicidad — La marca me paga por esta publicación.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="96" />
            <source>Save line</source>
            <translation>Guardar texto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="99" />
            <source>Change disclosure line</source>
            <translation>Cambiar el texto del aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="116" />
            <source>Tight topic ✓</source>
            <translation>Tema bien acotado ✓</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="132" />
            <source>  (primary)</source>
            <translation>  (principal)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="133" />
            <source>  since {date}</source>
            <translation>  desde {date}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="157" />
            <source>Split attention</source>
            <translation>Atención dividida</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="168" />
            <source>Remove home</source>
            <translation>Quitar plataforma</translation>
        </message>
    </context>
    <context>
        <name>PromiseBuilder</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="38" />
            <source>A promise says in one sentence who the community is for, what they get and how. Make the outcome checkable (a number or a time frame) and name a real group.</source>
            <translation>Una promesa dice en una frase para quién es la comunidad, qué obtienen y cómo. Haz que el resultado se pueda comprobar (un número o un plazo) y nombra un grupo real.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="46" />
            <source>runners</source>
            <translation>corredores</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="48" />
            <source>a weekly 20-minute mobility routine</source>
            <translation>una rutina semanal de movilidad de 20 minutos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="50" />
            <source>short videos and a Sunday Q and A</source>
            <translation>vídeos cortos y preguntas y respuestas los domingos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="52" />
            <source>&amp;Who:</source>
            <translation>&amp;Quién:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="54" />
            <source>Specific &amp;outcome:</source>
            <translation>Resultado &amp;concreto:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="56" />
            <source>&amp;Through (format):</source>
            <translation>&amp;Mediante (formato):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="65" />
            <source>&amp;Save as new version</source>
            <translation>&amp;Guardar como nueva versión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="66" />
            <source>Keeps the earlier wording in the history below (Ctrl+S)</source>
            <translation>Conserva la redacción anterior en el historial de abajo (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="73" />
            <source>&lt;b&gt;Version history&lt;/b&gt; (newest first)</source>
            <translation>&lt;b&gt;Historial de versiones&lt;/b&gt; (la más reciente primero)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="76" />
            <source>Earlier promises with the date they were saved; double-click to load one back</source>
            <translation>Promesas anteriores con la fecha en que se guardaron; doble clic para volver a cargar una</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="105" />
            <source>{date}  (current):  </source>
            <translation>{date}  (actual):  </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="113" />
            <source>No promise saved yet — fill the three slots and save.</source>
            <translation>Aún no hay ninguna promesa guardada: rellena los tres campos y guarda.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="121" />
            <source>Loaded an earlier version: save to make it current.</source>
            <translation>Versión anterior cargada: guarda para que sea la actual.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="130" />
            <source>No change to save.</source>
            <translation>No hay cambios que guardar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="137" />
            <source>Save promise</source>
            <translation>Guardar promesa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="138" />
            <source>Saved. The earlier wording is in the history.</source>
            <translation>Guardado. La redacción anterior está en el historial.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="157" />
            <source>who</source>
            <translation>quién</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="157" />
            <source>outcome</source>
            <translation>resultado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="157" />
            <source>format</source>
            <translation>formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="158" />
            <source>Not saved yet: fill {slots} to save the promise as a new version.</source>
            <translation>Aún no guardado: rellena {slots} para guardar la promesa como nueva versión.</translation>
        </message>
    </context>
    <context>
        <name>PromiseTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="54" />
            <source>promise builder</source>
            <translation>constructor de la promesa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="55" />
            <source>topic, disclosure and welcome post</source>
            <translation>tema, aviso y publicación de bienvenida</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="56" />
            <source>format form</source>
            <translation>formulario de formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="57" />
            <source>prompt form</source>
            <translation>formulario de pregunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="58" />
            <source>home form</source>
            <translation>formulario de plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="112" />
            <source>When the window closes (or the workspace changes) open forms are saved; a form that cannot be saved yet is kept as a draft and put back here.</source>
            <translation>Al cerrar la ventana (o cambiar de espacio de trabajo) se guardan los formularios abiertos; uno que aún no se puede guardar se conserva como borrador y vuelve aquí.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="129" />
            <source>Promise</source>
            <translation>Promesa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="130" />
            <source>Topic, home &amp;&amp; disclosure</source>
            <translation>Tema, plataforma &amp;&amp; aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="131" />
            <source>Formats</source>
            <translation>Formatos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="132" />
            <source>Onboarding</source>
            <translation>Bienvenida</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="133" />
            <source>Prompt library</source>
            <translation>Biblioteca de preguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="276" />
            <source>Save open edits (topic, disclosure, welcome post)</source>
            <translation>Guardar los cambios abiertos (tema, aviso, bienvenida)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="313" />
            <source>Not saved: {reason}</source>
            <translation>No guardado: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="324" />
            <source>Could not keep the unsaved draft: {reason}</source>
            <translation>No se pudo conservar el borrador sin guardar: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="361" />
            <source>Promise: could not keep a crash-time draft: {reason}</source>
            <translation>Promesa: no se pudo conservar un borrador por si se cierra inesperadamente: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="391" />
            <source>Restored an unsaved draft from {when} ({parts}). {reasons}</source>
            <translation>Se restauró un borrador sin guardar del {when} ({parts}). {reasons}</translation>
        </message>
    </context>
    <context>
        <name>PromptDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="36" />
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="23" />
            <source>Identity</source>
            <translation>Identidad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="37" />
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="24" />
            <source>Constraints</source>
            <translation>Restricciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="38" />
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="25" />
            <source>Proof</source>
            <translation>Prueba</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="39" />
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
        <name>PromptTableModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="58" />
            <source>Broad</source>
            <translation>Demasiado amplia</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="59" />
            <source>OK: {check}</source>
            <translation>OK: {check}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="67" />
            <source>Used in the last 4 weeks: pick another prompt so members do not see a repeat.</source>
            <translation>Usada en las últimas 4 semanas: elige otra pregunta para que los miembros no vean una repetición.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="78" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="80" />
            <source>{date} (recent)</source>
            <translation>{date} (reciente)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="95" />
            <source>Prompt</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="98" />
            <source>Rung</source>
            <translation>Peldaño</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="103" />
            <source>Ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="108" />
            <source>Quality</source>
            <translation>Calidad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="114" />
            <source>Last used</source>
            <translation>Último uso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="119" />
            <source>Uses</source>
            <translation>Usos</translation>
        </message>
    </context>
    <context>
        <name>PromptsSection</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="45" />
            <source>Each ritual wants at least %n prompt(s) before you invite anyone</source>
            <translation>
                <numerusform>Cada ritual necesita al menos %n pregunta antes de invitar a nadie</numerusform>
                <numerusform>Cada ritual necesita al menos %n preguntas antes de invitar a nadie</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="50" />
            <source>Filter prompts… (Ctrl+F)</source>
            <translation>Filtrar preguntas… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="63" />
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="64" />
            <source>Alt+Up — the keyboard equivalent of dragging</source>
            <translation>Alt+Arriba: el equivalente con teclado de arrastrar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="66" />
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="67" />
            <source>Alt+Down</source>
            <translation>Alt+Abajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="75" />
            <source>Used on:</source>
            <translation>Usada el:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="82" />
            <source>Mark used</source>
            <translation>Marcar como usada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="89" />
            <source>What was your last 10-minute workout?</source>
            <translation>¿Cuál fue tu último entrenamiento de 10 minutos?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="95" />
            <source>Prompt:</source>
            <translation>Pregunta:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="100" />
            <source>Rung:</source>
            <translation>Peldaño:</translation>
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
            <translation>Añadir pregunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="109" />
            <source>Update</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="110" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="127" />
            <source>(no ritual)</source>
            <translation>(sin ritual)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="138" />
            <source>No rituals yet: add them on the Rituals tab, then give each five prompts.</source>
            <translation>Aún no hay rituales: añádelos en la pestaña Rituales y luego dale a cada uno cinco preguntas.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="141" />
            <source>%n broad prompt(s)</source>
            <translation>
                <numerusform>%n pregunta demasiado amplia</numerusform>
                <numerusform>%n preguntas demasiado amplias</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="157" />
            <source>(no post)</source>
            <translation>(sin publicación)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="206" />
            <source>Select a prompt to update.</source>
            <translation>Selecciona una pregunta para actualizarla.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="216" />
            <source>Edit prompt</source>
            <translation>Editar pregunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="231" />
            <source>Delete prompt</source>
            <translation>Eliminar pregunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="241" />
            <source>Reorder prompts</source>
            <translation>Reordenar preguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="270" />
            <source>Select the prompt you used.</source>
            <translation>Selecciona la pregunta que usaste.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="279" />
            <source>Used recently</source>
            <translation>Usada hace poco</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="280" />
            <source>This prompt was used on {date}. Members notice repeats. Log it anyway?</source>
            <translation>Esta pregunta se usó el {date}. Los miembros notan las repeticiones. ¿Registrarla de todos modos?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="288" />
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
        <name>QuoteLinesModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/quote_lines_table_model.py" line="27" />
            <source>deliverable</source>
            <translation>entregable</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/quote_lines_table_model.py" line="28" />
            <source>add-on</source>
            <translation>complemento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/quote_lines_table_model.py" line="29" />
            <source>bundle discount</source>
            <translation>descuento por paquete</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/quote_lines_table_model.py" line="45" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/quote_lines_table_model.py" line="55" />
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/quote_lines_table_model.py" line="60" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/quote_lines_table_model.py" line="65" />
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
    </context>
    <context>
        <name>QuotePage</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="149" />
            <source>Your rate card — your own rates; double-click to edit (Ctrl+Z undoes)</source>
            <translation>Tu tarifario: tus propias tarifas; doble clic para editar (Ctrl+Z lo deshace)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="170" />
            <source>Add rate…</source>
            <translation>Añadir tarifa…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="171" />
            <source>Delete rate</source>
            <translation>Eliminar tarifa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="172" />
            <source>Start from example rates</source>
            <translation>Empezar con tarifas de ejemplo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="173" />
            <source>Fill an empty rate card with typical rates, then edit them to your own</source>
            <translation>Rellena un tarifario vacío con tarifas típicas y luego cámbialas por las tuyas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="185" />
            <source>Use</source>
            <translation>Usar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="185" />
            <source>Item</source>
            <translation>Concepto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="185" />
            <source>Rate</source>
            <translation>Tarifa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="185" />
            <source>Qty / units</source>
            <translation>Cant. / unidades</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="198" />
            <source>Brand the quote is for</source>
            <translation>Marca a la que va el presupuesto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="200" />
            <source>e.g. 4-week recovery series</source>
            <translation>p. ej., serie de recuperación de 4 semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="202" />
            <source>Your name or account, as on the quote</source>
            <translation>Tu nombre o cuenta, como en el presupuesto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="207" />
            <source>#ad Paid partnership with …</source>
            <translation>#publicidad Colaboración pagada con …</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="208" />
            <source>Brand</source>
            <translation>Marca</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="209" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="210" />
            <source>Creator</source>
            <translation>Creador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="211" />
            <source>Valid until</source>
            <translation>Válido hasta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="212" />
            <source>Disclosure line</source>
            <translation>Texto del aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="219" />
            <source>{group}: {label}</source>
            <translation>{group}: {label}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="226" />
            <source>Items</source>
            <translation>Conceptos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="232" />
            <source>Terms</source>
            <translation>Condiciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="236" />
            <source>This quote — set quantities, tick add-ons</source>
            <translation>Este presupuesto: indica cantidades, marca complementos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="244" />
            <source>Quote preview</source>
            <translation>Vista previa del presupuesto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="266" />
            <source>Export &amp;Markdown…</source>
            <translation>Exportar &amp;Markdown…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="267" />
            <source>Export &amp;PDF…</source>
            <translation>Exportar &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="268" />
            <source>&amp;Save as deal</source>
            <translation>&amp;Guardar como acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="269" />
            <source>Store this quote as an 'offered' deal in the Deals list</source>
            <translation>Guardar este presupuesto como acuerdo «ofrecido» en la lista de acuerdos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="327" />
            <source> (add-on)</source>
            <translation> (complemento)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="327" />
            <source> (series bundle)</source>
            <translation> (paquete de serie)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="340" />
            <source>How many deliverables</source>
            <translation>Cuántos entregables</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="342" />
            <source>How many units ({unit})</source>
            <translation>Cuántas unidades ({unit})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="342" />
            <source>units</source>
            <translation>unidades</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="417" />
            <source>Your rate card is empty: add your rates, or start from the example rates.</source>
            <translation>Tu tarifario está vacío: añade tus tarifas o empieza con las de ejemplo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="420" />
            <source>Set a quantity on at least one deliverable to price a quote.</source>
            <translation>Indica una cantidad en al menos un entregable para calcular un presupuesto.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="423" />
            <source>&lt;span style='font-size:15pt'&gt;Total &lt;b&gt;{total}&lt;/b&gt;&lt;/span&gt;</source>
            <translation>&lt;span style='font-size:15pt'&gt;Total &lt;b&gt;{total}&lt;/b&gt;&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="430" />
            <source>Expected CPM and cost per engagement: n/a — no posts logged in the last 90 days.</source>
            <translation>CPM y coste por interacción esperados: n/d; no hay publicaciones registradas en los últimos 90 días.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="433" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="436" />
            <source>What the brand can expect: CPM &lt;b&gt;{cpm}&lt;/b&gt;, cost per engagement &lt;b&gt;{cpe}&lt;/b&gt;.&lt;br&gt;&lt;small&gt;Based on your &lt;b&gt;%n post(s)&lt;/b&gt; of the last 90 days: average reach {reach}, average impressions {impressions}, ER {er} (engagements / {definition}). Expected = quote total / (average × number of deliverables).&lt;/small&gt;</source>
            <translation>
                <numerusform>Lo que la marca puede esperar: CPM &lt;b&gt;{cpm}&lt;/b&gt;, coste por interacción &lt;b&gt;{cpe}&lt;/b&gt;.&lt;br&gt;&lt;small&gt;Según tu &lt;b&gt;%n publicación&lt;/b&gt; de los últimos 90 días: alcance medio {reach}, impresiones medias {impressions}, ER {er} (interacciones / {definition}). Esperado = total del presupuesto / (media × número de entregables).&lt;/small&gt;</numerusform>
                <numerusform>Lo que la marca puede esperar: CPM &lt;b&gt;{cpm}&lt;/b&gt;, coste por interacción &lt;b&gt;{cpe}&lt;/b&gt;.&lt;br&gt;&lt;small&gt;Según tus &lt;b&gt;%n publicaciones&lt;/b&gt; de los últimos 90 días: alcance medio {reach}, impresiones medias {impressions}, ER {er} (interacciones / {definition}). Esperado = total del presupuesto / (media × número de entregables).&lt;/small&gt;</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="454" />
            <source>reach</source>
            <translation>alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="454" />
            <source>impressions</source>
            <translation>impresiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="488" />
            <source>Add example rates</source>
            <translation>Añadir tarifas de ejemplo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="502" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="513" />
            <source>Export quote</source>
            <translation>Exportar presupuesto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="514" />
            <source>Could not write {path}:
{reason}</source>
            <translation>No se pudo escribir {path}:
{reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="517" />
            <source>Quote written to {path}</source>
            <translation>Presupuesto guardado en {path}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="525" />
            <source>Name the brand (Terms tab) before saving the quote as a deal.</source>
            <translation>Indica la marca (pestaña Condiciones) antes de guardar el presupuesto como acuerdo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="559" />
            <source>Quote saved as an offered deal for {name}</source>
            <translation>Presupuesto guardado como acuerdo ofrecido para {name}</translation>
        </message>
    </context>
    <context>
        <name>RateCardModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="29" />
            <source>base price</source>
            <translation>precio base</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="30" />
            <source>add-on</source>
            <translation>complemento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="31" />
            <source>series bundle</source>
            <translation>paquete de serie</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="33" />
            <source>Your own rate — edit it (double-click or F2). Percent rates are % of the deliverables fee.</source>
            <translation>Tu propia tarifa: edítala (doble clic o F2). Las tarifas en porcentaje son un % del honorario de los entregables.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="54" />
            <source>Kind</source>
            <extracomment>(item id, field, new value) -&gt; error message or "" when applied</extracomment>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="55" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="57" />
            <source>Pricing</source>
            <translation>Tipo de precio</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="62" />
            <source>Your rate</source>
            <translation>Tu tarifa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="69" />
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
    </context>
    <context>
        <name>ReadinessPanel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="35" />
            <source>Readiness</source>
            <translation>Preparación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="38" />
            <source>What must exist before you invite anyone:</source>
            <translation>Lo que debe existir antes de invitar a nadie:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="47" />
            <source>Export community &amp;brief…</source>
            <translation>Exportar &amp;briefing de la comunidad…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="49" />
            <source>Markdown or PDF: promise, topic, home, formats, onboarding, rituals, prompts, SLA, disclosure</source>
            <translation>Markdown o PDF: promesa, tema, plataforma, formatos, bienvenida, rituales, preguntas, SLA, aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="60" />
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="66" />
            <source>&lt;b&gt;{done} of {total}&lt;/b&gt; ready.</source>
            <translation>&lt;b&gt;{done} de {total}&lt;/b&gt; listos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="67" />
            <source> Invite your first members.</source>
            <translation> Invita a tus primeros miembros.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="74" />
            <source>Export community brief</source>
            <translation>Exportar briefing de la comunidad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="86" />
            <source>Export failed</source>
            <translation>Error al exportar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="87" />
            <source>Could not write {path}:
{reason}</source>
            <translation>No se pudo escribir {path}:
{reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="90" />
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
        <name>RitualCalendarModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="29" />
            <source>run</source>
            <translation>realizado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="30" />
            <source>skipped</source>
            <translation>omitido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="31" />
            <source>planned</source>
            <translation>planificado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="109" />
            <source>W{number}</source>
            <translation>S{number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="119" />
            <source>(today)</source>
            <translation>(hoy)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="128" />
            <source>(%n post(s))</source>
            <translation>
                <numerusform>(%n publicación)</numerusform>
                <numerusform>(%n publicaciones)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="141" />
            <source>one-off event</source>
            <translation>evento puntual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="148" />
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
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="73" />
            <source>run</source>
            <translation>realizado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="74" />
            <source>skipped</source>
            <translation>omitido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="75" />
            <source>planned</source>
            <translation>planificado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="79" />
            <source>Mark run</source>
            <translation>Marcar como realizado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="80" />
            <source>Mark skipped</source>
            <translation>Marcar como omitido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="81" />
            <source>Clear occurrence mark</source>
            <translation>Quitar la marca de la sesión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="135" />
            <source>&amp;Add ritual…</source>
            <translation>&amp;Añadir ritual…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="137" />
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="139" />
            <source>Add suggested (Tuesday teardown, Friday wins)</source>
            <translation>Añadir sugeridos («Tuesday teardown», «Friday wins»)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="141" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="143" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="145" />
            <source>Add one-off event…</source>
            <translation>Añadir evento puntual…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="147" />
            <source>Export calendar (.ics)…</source>
            <translation>Exportar calendario (.ics)…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="151" />
            <source>Rituals as weekly events in your time zone, skipped dates excluded, one-off events and notes;
importing the file into another workspace gives back the same calendar.</source>
            <translation>Los rituales como eventos semanales en tu zona horaria, sin las fechas omitidas, con los eventos puntuales y las notas;
al importar el archivo en otro espacio de trabajo se obtiene el mismo calendario.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="155" />
            <source>Import .ics…</source>
            <translation>Importar .ics…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="159" />
            <source>Google, Outlook or Apple calendar files: weekly events become rituals, excluded or cancelled dates
become skipped occurrences, single events become one-off events. A report lists what each event
became or why it was not imported; Ctrl+Z undoes the whole import.</source>
            <translation>Archivos de calendario de Google, Outlook o Apple: los eventos semanales se convierten en rituales, las fechas
excluidas o canceladas en sesiones omitidas y los eventos sueltos en eventos puntuales. Un informe dice en qué
se convirtió cada evento o por qué no se importó; Ctrl+Z deshace toda la importación.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="171" />
            <source>Filter rituals…</source>
            <translation>Filtrar rituales…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="179" />
            <source>No rituals yet. Two weekly rituals is the recommended start: add the suggested “Tuesday teardown” (members submit work for review) and “Friday wins” (members share results).</source>
            <translation>Aún no hay rituales. Dos rituales semanales son el comienzo recomendado: añade los sugeridos «Tuesday teardown» (los miembros envían su trabajo para revisión) y «Friday wins» (los miembros comparten sus resultados).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="213" />
            <source>Rituals &amp;&amp; streaks</source>
            <translation>Rituales y rachas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="221" />
            <source>Response SLA</source>
            <translation>SLA de respuesta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="237" />
            <source>What was typed here but not saved when the app stopped (or could not be saved when it closed) is kept as a draft and put back; it is saved when you save it or close the window.</source>
            <translation>Lo que se escribió aquí y no se guardó cuando la aplicación se detuvo (o no se pudo guardar al cerrarla) se conserva como borrador y se vuelve a poner; se guarda cuando lo guardas o cierras la ventana.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="250" />
            <source>Occurrence</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="253" />
            <source>Pick a day on the calendar.</source>
            <translation>Elige un día en el calendario.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="261" />
            <source>Mark &amp;run</source>
            <translation>Marcar &amp;realizado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="262" />
            <source>Alt+R</source>
            <translation>Alt+R</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="264" />
            <source>Mark s&amp;kipped</source>
            <translation>Marcar &amp;omitido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="265" />
            <source>Alt+K</source>
            <translation>Alt+O</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="267" />
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="268" />
            <source>Back to planned</source>
            <translation>Volver a planificado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="279" />
            <source>The prompt used; it is logged in the prompt library so it is not repeated too soon</source>
            <translation>La pregunta usada; se registra en la biblioteca de preguntas para no repetirla demasiado pronto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="281" />
            <source>Prompt:</source>
            <translation>Pregunta:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="283" />
            <source>Recap: what was learned, what happens next</source>
            <translation>Resumen: qué se aprendió, qué sigue</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="285" />
            <source>Recap:</source>
            <translation>Resumen:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="288" />
            <source>Posts from the post log (±3 days) that carried this occurrence</source>
            <translation>Publicaciones del registro de publicaciones (±3 días) que acompañaron esta sesión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="289" />
            <source>Posts:</source>
            <translation>Publicaciones:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="291" />
            <source>Save occurrence</source>
            <translation>Guardar sesión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="292" />
            <source>Ctrl+Return</source>
            <translation>Ctrl+Intro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="365" />
            <source>Add ritual</source>
            <translation>Añadir ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="387" />
            <source>Add suggested rituals</source>
            <translation>Añadir rituales sugeridos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="392" />
            <source>Add {name}</source>
            <translation>Añadir {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="411" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="416" />
            <source>Edit ritual</source>
            <translation>Editar ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="429" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="459" />
            <source>Delete ritual</source>
            <translation>Eliminar ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="430" />
            <source>Delete “{name}” with its recorded occurrences? (Undo with Ctrl+Z.)</source>
            <translation>¿Eliminar «{name}» con sus sesiones registradas? (Se deshace con Ctrl+Z.)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="487" />
            <source>one-off event</source>
            <translation>evento puntual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="500" />
            <source>Nothing scheduled on this day.</source>
            <translation>No hay nada programado este día.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="547" />
            <source>(none)</source>
            <translation>(ninguna)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="550" />
            <source>(used recently)</source>
            <translation>(usada hace poco)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="606" />
            <source>Pick a ritual occurrence first.</source>
            <translation>Elige primero una sesión de un ritual.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="623" />
            <source>This occurrence is in the future: it can be marked once its day has come.</source>
            <translation>Esta sesión está en el futuro: se puede marcar cuando llegue su día.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="635" />
            <source>Edit occurrence</source>
            <translation>Editar sesión</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="658" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="715" />
            <source>Not saved.</source>
            <translation>No guardado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="660" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="720" />
            <source>Not saved: {reason}</source>
            <translation>No guardado: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="664" />
            <source>The edits of “{title}” on {day} are kept.</source>
            <translation>Se conservan los cambios de «{title}» del {day}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="676" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="680" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="696" />
            <source>One-off event</source>
            <translation>Evento puntual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="676" />
            <source>Title of the event on {day}:</source>
            <translation>Título del evento del {day}:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="680" />
            <source>Time (HH:MM, empty for all day):</source>
            <translation>Hora (HH:MM, vacío para todo el día):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="691" />
            <source>Add event</source>
            <translation>Añadir evento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="718" />
            <source>Rituals: an open edit was not saved ({reason})</source>
            <translation>Rituales: un cambio abierto no se guardó ({reason})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="726" />
            <source>Rituals: could not keep the unsaved draft ({reason})</source>
            <translation>Rituales: no se pudo conservar el borrador sin guardar ({reason})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="804" />
            <source>Rituals: an unsaved draft could not be read ({reason})</source>
            <translation>Rituales: no se pudo leer un borrador sin guardar ({reason})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="819" />
            <source>The edit of “{title}” on {day} was not put back: that occurrence no longer exists.</source>
            <translation>El cambio de «{title}» del {day} no se volvió a poner: esa sesión ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="822" />
            <source>Its recap: “{recap}”</source>
            <translation>Su resumen: «{recap}»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="827" />
            <source>response SLA</source>
            <translation>SLA de respuesta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="832" />
            <source>Restored an unsaved draft from {when} ({parts}).</source>
            <translation>Se restauró un borrador sin guardar del {when} ({parts}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="836" />
            <source>Restored an unsaved draft from {when}.</source>
            <translation>Se restauró un borrador sin guardar del {when}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="877" />
            <source>{title} on {day}</source>
            <translation>{title} del {day}</translation>
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
        <name>ScorecardModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="47" />
            <source>ER = engagements / {denominator} × 100 = {engagements} / {base} × 100</source>
            <translation>ER = interacciones / {denominator} × 100 = {engagements} / {base} × 100</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="56" />
            <source>DM back-and-forth from logged DMs: %n DM conversation(s) members started this week, {average} messages each on average (a member's DM plus the answers to it). Compare with the DM reply rate you type in the week notes.</source>
            <translation>
                <numerusform>Ida y vuelta de MD registrados: %n conversación por MD iniciada por miembros esta semana, con {average} mensajes de media (el MD de un miembro más las respuestas). Compárala con la tasa de respuesta a MD que escribes en las notas de la semana.</numerusform>
                <numerusform>Ida y vuelta de MD registrados: %n conversaciones por MD iniciadas por miembros esta semana, con {average} mensajes cada una de media (el MD de un miembro más las respuestas). Compáralas con la tasa de respuesta a MD que escribes en las notas de la semana.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="68" />
            <source>Share of the %n DM conversation(s) members started this week that got an answer in the log (from you: your own handles are set in Workspace settings).</source>
            <translation>
                <numerusform>Parte de la %n conversación por MD iniciada por miembros esta semana que recibió respuesta en el registro (tuya: tus propios usuarios se configuran en Ajustes del espacio de trabajo).</numerusform>
                <numerusform>Parte de las %n conversaciones por MD iniciadas por miembros esta semana que recibieron respuesta en el registro (tuya: tus propios usuarios se configuran en Ajustes del espacio de trabajo).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="78" />
            <source>Health = RE% × 0.4 + min(replies/1k ÷ top × 100, 100) × 0.3 + min(saves/1k ÷ top × 100, 100) × 0.3 with RE {returning}%, replies {replies}, saves {saves}</source>
            <translation>Salud = PR% × 0,4 + mín(respuestas/1.000 ÷ tope × 100, 100) × 0,3 + mín(guardados/1.000 ÷ tope × 100, 100) × 0,3 con PR {returning} %, respuestas {replies}, guardados {saves}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="88" />
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="96" />
            <source>Posts (c/r)</source>
            <translation>Publicaciones (c/a)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="100" />
            <source>{community} community posts (judged on replies, saves, returning engagers) and {reach} reach posts (judged on reach and shares).</source>
            <translation>{community} publicaciones de comunidad (se juzgan por respuestas, guardados, participantes recurrentes) y {reach} de alcance (se juzgan por alcance y compartidos).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="108" />
            <source>Reach</source>
            <translation>Alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="112" />
            <source>Sum of post reach. Shares: {shares}.</source>
            <translation>Suma del alcance de las publicaciones. Compartidos: {shares}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="116" />
            <source>ER</source>
            <translation>ER</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="119" />
            <source>Saves/1k</source>
            <translation>Guard./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="123" />
            <source>Saves per 1,000 reach = saves / reach × 1000 = {saves} / {reach} × 1000 (community posts' saves over their reach when showing all posts)</source>
            <translation>Guardados por cada 1.000 de alcance = guardados / alcance × 1000 = {saves} / {reach} × 1000 (guardados de las publicaciones de comunidad sobre su alcance al mostrar todas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="131" />
            <source>Replies/1k</source>
            <translation>Resp./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="135" />
            <source>Replies per 1,000 reach = replies / reach × 1000 = {replies} / {reach} × 1000 (community posts' comments over their reach when showing all posts)</source>
            <translation>Respuestas por cada 1.000 de alcance = respuestas / alcance × 1000 = {replies} / {reach} × 1000 (comentarios de las publicaciones de comunidad sobre su alcance al mostrar todas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="143" />
            <source>Returning</source>
            <translation>Recurrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="147" />
            <source>People who engaged on 2+ different days in the 30 days ending {day}: {count}</source>
            <translation>Personas que participaron en 2+ días distintos en los 30 días hasta el {day}: {count}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="153" />
            <source>Returning %</source>
            <translation>Recurrentes %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="157" />
            <source>Returning share = returning / engaged × 100 = {returning} / {engaged} × 100 (30 days ending {day})</source>
            <translation>Porcentaje recurrente = recurrentes / participantes × 100 = {returning} / {engaged} × 100 (30 días hasta el {day})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="168" />
            <source>Engaged</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="172" />
            <source>Distinct people who engaged in the 30 days ending {day}</source>
            <translation>Personas distintas que participaron en los 30 días hasta el {day}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="178" />
            <source>Deep threads</source>
            <translation>Hilos profundos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="182" />
            <source>Threads started this week with at least 3 messages from at least 2 people</source>
            <translation>Hilos iniciados esta semana con al menos 3 mensajes de al menos 2 personas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="188" />
            <source>DM msgs/thread</source>
            <translation>Mens. MD/hilo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="196" />
            <source>DMs answered %</source>
            <translation>MD respondidos %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="202" />
            <source>Health</source>
            <translation>Salud</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="213" />
            <source>* %n post(s) had no reach: {standin} stood in for reach (Workspace settings).</source>
            <translation>
                <numerusform>* %n publicación no tenía alcance: {standin} lo sustituyó (Ajustes del espacio de trabajo).</numerusform>
                <numerusform>* %n publicaciones no tenían alcance: {standin} lo sustituyó (Ajustes del espacio de trabajo).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="275" />
            <source>Benchmark band {low}–{high}{unit}; below it: {action}</source>
            <translation>Rango de referencia {low}–{high}{unit}; por debajo: {action}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="281" />
            <source>* Some weeks use a stand-in for missing reach: {words}.</source>
            <translation>* Algunas semanas usan un sustituto del alcance que falta: {words}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="352" />
            <source>Below the band {low}–{high}: {action}</source>
            <translation>Por debajo del rango {low}–{high}: {action}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="356" />
            <source>In the band {low}–{high}</source>
            <translation>Dentro del rango {low}–{high}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="358" />
            <source>Above the band {low}–{high}</source>
            <translation>Por encima del rango {low}–{high}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="365" />
            <source>Change from the week before: {change}</source>
            <translation>Cambio respecto a la semana anterior: {change}</translation>
        </message>
    </context>
    <context>
        <name>SlaPage</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="67" />
            <source>Reply within</source>
            <translation>Responde en</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="70" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="72" />
            <source>to the first</source>
            <translation>a los primeros</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="76" />
            <source>comments on key posts.</source>
            <translation>comentarios de las publicaciones clave.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="77" />
            <source>Save SLA</source>
            <translation>Guardar SLA</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="87" />
            <source>Replies by your own handles in the post log count as yours: the SLA is then computed from timestamps. Set them in File › Workspace settings (Ctrl+,).</source>
            <translation>Las respuestas de tus propios usuarios en el registro de publicaciones cuentan como tuyas: el SLA se calcula entonces a partir de las marcas de tiempo. Configúralos en Archivo › Ajustes del espacio de trabajo (Ctrl+,).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="99" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="144" />
            <source>Computing the response SLA…</source>
            <translation>Calculando el SLA de respuesta…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="108" />
            <source>Filter weeks…</source>
            <translation>Filtrar semanas…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="110" />
            <source>Filter missed posts…</source>
            <translation>Filtrar publicaciones incumplidas…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="131" />
            <source>Your own handles: {handles} — change them in File › Workspace settings (Ctrl+,).</source>
            <translation>Tus propios usuarios: {handles} — cámbialos en Archivo › Ajustes del espacio de trabajo (Ctrl+,).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="132" />
            <source>none set</source>
            <translation>ninguno configurado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="163" />
            <source>Could not compute the response SLA: {reason}</source>
            <translation>No se pudo calcular el SLA de respuesta: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="174" />
            <source>No SLA data yet: record on a post how many of its first comments got a reply in time, or log comments and your replies (set your handle) to have it computed.</source>
            <translation>Aún no hay datos de SLA: anota en una publicación cuántos de sus primeros comentarios recibieron respuesta a tiempo, o registra los comentarios y tus respuestas (configura tu usuario) para que se calcule.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="183" />
            <source>This week: {rate}.</source>
            <translation>Esta semana: {rate}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="188" />
            <source>&lt;b&gt;{rate}&lt;/b&gt; of the first {first} comments got a reply within {minutes} min over the last {weeks} weeks ({replied} of {considered}; %n post(s), {computed} computed from timestamps).</source>
            <translation>
                <numerusform>&lt;b&gt;{rate}&lt;/b&gt; de los primeros {first} comentarios recibieron respuesta en {minutes} min en las últimas {weeks} semanas ({replied} de {considered}; %n publicación, {computed} calculadas a partir de marcas de tiempo).</numerusform>
                <numerusform>&lt;b&gt;{rate}&lt;/b&gt; de los primeros {first} comentarios recibieron respuesta en {minutes} min en las últimas {weeks} semanas ({replied} de {considered}; %n publicaciones, {computed} calculadas a partir de marcas de tiempo).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="201" />
            <source>%n post(s) missed the SLA</source>
            <translation>
                <numerusform>%n publicación incumplió el SLA</numerusform>
                <numerusform>%n publicaciones incumplieron el SLA</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="203" />
            <source>slipping reply times are a common mistake: fast replies to the first comments keep a thread going.</source>
            <translation>dejar que se alarguen los tiempos de respuesta es un error común: responder rápido a los primeros comentarios mantiene viva la conversación.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="216" />
            <source>Change response SLA</source>
            <translation>Cambiar el SLA de respuesta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="220" />
            <source>Response SLA not saved: {reason}</source>
            <translation>SLA de respuesta no guardado: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="223" />
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
            <location filename="../../microcomm_desktop/ui/startup.py" line="68" />
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/startup.py" line="196" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
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
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="117" />
            <source>Hover over the chart to read a week's value.</source>
            <translation>Pasa el ratón por el gráfico para leer el valor de una semana.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="119" />
            <source>Reset zoom</source>
            <translation>Restablecer zoom</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="120" />
            <source>Show every week again after zooming (mouse wheel) or panning (drag)</source>
            <translation>Volver a mostrar todas las semanas tras hacer zoom (rueda) o desplazar (arrastrar)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="122" />
            <source>Save chart as PNG/SVG…</source>
            <translation>Guardar el gráfico como PNG/SVG…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="172" />
            <source>Benchmark band {band}</source>
            <translation>Rango de referencia {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="223" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="224" />
            <source>Week ending {date}: {value}</source>
            <translation>Semana que termina el {date}: {value}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="256" />
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="272" />
            <source>Save chart</source>
            <translation>Guardar gráfico</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="258" />
            <source>PNG image (*.png);;SVG image (*.svg)</source>
            <translation>Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="269" />
            <source>the image could not be written</source>
            <translation>no se pudo escribir la imagen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="272" />
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
        <name>WindowMenus</name>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="34" />
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="41" />
            <source>System language</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="60" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="64" />
            <source>&amp;New workspace…</source>
            <translation>&amp;Nuevo espacio de trabajo…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="72" />
            <source>Workspace &amp;settings…</source>
            <translation>A&amp;justes del espacio de trabajo…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="80" />
            <source>Re&amp;name workspace…</source>
            <translation>Cambiar nom&amp;bre del espacio de trabajo…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="88" />
            <source>&amp;Delete workspace…</source>
            <translation>&amp;Eliminar espacio de trabajo…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="96" />
            <source>U&amp;ndo delete</source>
            <translation>Des&amp;hacer eliminación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="105" />
            <source>&amp;Import posts…</source>
            <translation>&amp;Importar publicaciones…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="113" />
            <source>Import &amp;interactions…</source>
            <translation>Importar interacci&amp;ones…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="121" />
            <source>Import &amp;engagers…</source>
            <translation>Importar &amp;participantes…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="129" />
            <source>Import &amp;chat export…</source>
            <translation>Importar exportación de &amp;chat…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="137" />
            <source>&amp;Export current table to CSV…</source>
            <translation>E&amp;xportar tabla actual a CSV…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="142" />
            <source>Export &amp;all data to CSV</source>
            <translation>Exportar &amp;todos los datos a CSV</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="144" />
            <source>All posts…</source>
            <translation>Todas las publicaciones…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="145" />
            <source>All interactions…</source>
            <translation>Todas las interacciones…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="146" />
            <source>All engagers…</source>
            <translation>Todos los participantes…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="154" />
            <source>Connect to &amp;team server…</source>
            <translation>Conectar al servidor del e&amp;quipo…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="162" />
            <source>E&amp;xport workspace to file…</source>
            <translation>Exportar espacio de trabajo a &amp;archivo…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="170" />
            <source>Im&amp;port workspace file…</source>
            <translation>I&amp;mportar archivo de espacio de trabajo…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="179" />
            <source>&amp;Open data folder</source>
            <translation>Abrir carpeta de &amp;datos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="187" />
            <source>&amp;Back up now</source>
            <translation>Copia de &amp;seguridad ahora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="195" />
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurar desde una copia de seguridad…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="204" />
            <source>&amp;Quit</source>
            <translation>Sa&amp;lir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="210" />
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="211" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="213" />
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="221" />
            <source>&amp;Tag selected posts…</source>
            <translation>&amp;Etiquetar publicaciones seleccionadas…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="227" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="240" />
            <source>Switch &amp;workspace</source>
            <translation>Cambiar de espacio de &amp;trabajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="247" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="256" />
            <source>&amp;Theme</source>
            <translation>Te&amp;ma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="258" />
            <source>Follow system</source>
            <translation>Seguir al sistema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="259" />
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="260" />
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="266" />
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="270" />
            <source>&amp;Definitions and help</source>
            <translation>&amp;Definiciones y ayuda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="274" />
            <source>&amp;Where is my data?</source>
            <translation>¿D&amp;ónde están mis datos?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="275" />
            <source>&amp;About {app}</source>
            <translation>&amp;Acerca de {app}</translation>
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
        <name>_AddRateDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="75" />
            <source>Add a rate</source>
            <translation>Añadir una tarifa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="79" />
            <source>Base price per deliverable</source>
            <translation>Precio base por entregable</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="80" />
            <source>Add-on</source>
            <translation>Complemento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="81" />
            <source>Series bundle</source>
            <translation>Paquete de serie</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="85" />
            <source>e.g. Reel, Paid usage rights, 4-week series</source>
            <translation>p. ej., Reel, derechos de uso pagados, serie de 4 semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="90" />
            <source>amount, or percent for % of fee</source>
            <translation>importe, o porcentaje para «% del honorario»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="92" />
            <source>e.g. per video, per 30 days</source>
            <translation>p. ej., por vídeo, por 30 días</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="96" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="97" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="98" />
            <source>Pricing</source>
            <translation>Tipo de precio</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="99" />
            <source>Rate</source>
            <translation>Tarifa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="100" />
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="79" />
            <source>{problem}

Your data may be damaged; nothing will be saved to it. Use File › Restore from backup… to go back to a backup; the current file is kept.</source>
            <translation>{problem}

Tus datos pueden estar dañados; no se guardará nada en ellos. Usa Archivo › Restaurar desde una copia de seguridad… para volver a una copia; el archivo actual se conserva.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="94" />
            <source>{problem}

Your data may be damaged. Use File › Restore from backup… to go back to a backup; the current file is kept.</source>
            <translation>{problem}

Tus datos pueden estar dañados. Usa Archivo › Restaurar desde una copia de seguridad… para volver a una copia; el archivo actual se conserva.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="117" />
            <source>The daily backup could not be written: {reason}</source>
            <translation>No se pudo escribir la copia de seguridad diaria: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="319" />
            <source>MicroComm cannot use its lock file {path}: {reason}.</source>
            <translation>MicroComm no puede usar su archivo de bloqueo {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="396" />
            <source>{problem}

MicroComm opens your local data instead.</source>
            <translation>{problem}

MicroComm abre en su lugar tus datos locales.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="409" />
            <source>MicroComm did not close normally last time.
Checking your data before opening it…</source>
            <translation>MicroComm no se cerró con normalidad la última vez.
Comprobando tus datos antes de abrirlos…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="439" />
            <source>

The newest backup is {backup}. Close MicroComm, move the damaged file aside and copy the backup in its place (File › Restore from backup does this once the app opens).</source>
            <translation>

La copia de seguridad más reciente es {backup}. Cierra MicroComm, aparta el archivo dañado y copia la copia de seguridad en su lugar (Archivo › Restaurar desde una copia de seguridad lo hace cuando la app está abierta).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="451" />
            <source>{problem}{hint}

The file was left untouched.</source>
            <translation>{problem}{hint}

El archivo no se modificó.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="481" />
            <source>{problem}

The file was left untouched. Use a backup from {folder}.</source>
            <translation>{problem}

El archivo no se modificó. Usa una copia de seguridad de {folder}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="492" />
            <source> (demo — changes are thrown away)</source>
            <translation> (demo: los cambios se descartan)</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="59" />
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="60" />
            <source>positional arguments</source>
            <translation>argumentos posicionales</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="61" />
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="62" />
            <source>show this help message and exit</source>
            <translation>mostrar esta ayuda y salir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="63" />
            <source>show program's version number and exit</source>
            <translation>mostrar el número de versión y salir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="64" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: error: %(message)s
</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="65" />
            <source>the following arguments are required: %s</source>
            <translation>faltan estos argumentos: %s</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="66" />
            <source>unrecognized arguments: %s</source>
            <translation>argumentos no reconocidos: %s</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="67" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="68" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="69" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valor de %(type)s no válido: %(value)r</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="70" />
            <source>expected one argument</source>
            <translation>se esperaba un argumento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="71" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="72" />
            <source>not allowed with argument %s</source>
            <translation>no se permite junto con el argumento %s</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="73" />
            <source>one of the arguments %s is required</source>
            <translation>se requiere uno de los argumentos %s</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../microcomm_desktop/__main__.py" line="54" />
            <source>microcomm: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it from a desktop session, or use the command line: microcomm --help</source>
            <translation>microcomm: no hay pantalla en la que abrir la ventana (DISPLAY y WAYLAND_DISPLAY no están definidas). Ejecútalo desde una sesión de escritorio o usa la línea de comandos: microcomm --help</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="25" />
            <source>folder holding the database (default: your user data folder; env MICROCOMM_DATA_DIR)</source>
            <translation>carpeta que contiene la base de datos (por defecto: tu carpeta de datos de usuario; variable MICROCOMM_DATA_DIR)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="31" />
            <source>a team database on a PostgreSQL server, e.g. postgresql://me@server/team (env MICROCOMM_DATABASE_URL); settings and attachments stay in the data folder</source>
            <translation>una base de datos del equipo en un servidor PostgreSQL, p. ej. postgresql://me@server/team (variable MICROCOMM_DATABASE_URL); los ajustes y adjuntos se quedan en la carpeta de datos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="96" />
            <source>MicroComm Desktop — run a micro community as a measured system. Without a command, opens the app.</source>
            <translation>MicroComm Desktop: gestiona una microcomunidad como un sistema medido. Sin comando, abre la app.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="105" />
            <source>open the app on the sample community in a throw-away data folder (your data is not touched)</source>
            <translation>abrir la app con la comunidad de ejemplo en una carpeta de datos desechable (tus datos no se tocan)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="110" />
            <source>open the window offscreen, paint once, exit 0</source>
            <translation>abrir la ventana fuera de pantalla, dibujarla una vez y salir con 0</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="130" />
            <source>microcomm: '{command}' needs a subcommand; see microcomm {command} --help
</source>
            <translation>microcomm: '{command}' necesita un subcomando; consulta microcomm {command} --help
</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="141" />
            <source>microcomm: interrupted; nothing was written by the unfinished step.
</source>
            <translation>microcomm: interrumpido; el paso sin terminar no escribió nada.
</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="15" />
            <source>back up the data; 'backup list' shows the backups, 'backup restore N' restores one</source>
            <translation>hacer una copia de seguridad de los datos; 'backup list' muestra las copias, 'backup restore N' restaura una</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="18" />
            <source>microcomm backup [PATH]: write a consistent copy into the backups folder (the newest 20 manual backups are kept) and, with PATH (a file or folder), a copy there too.  microcomm backup list: the backups, newest first, numbered.  microcomm backup restore FILE|NUMBER --yes: check the backup (integrity, schema version), back up the current data, then replace it.</source>
            <translation>microcomm backup [PATH]: escribe una copia coherente en la carpeta de copias de seguridad (se conservan las 20 copias manuales más recientes) y, con PATH (un archivo o carpeta), también una copia allí.  microcomm backup list: las copias, la más reciente primero, numeradas.  microcomm backup restore FILE|NUMBER --yes: comprueba la copia (integridad, versión del esquema), hace una copia de los datos actuales y luego los reemplaza.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="29" />
            <source>restore without asking (required for restore)</source>
            <translation>restaurar sin preguntar (obligatorio para restore)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="31" />
            <source>file or folder for the copy, the same as PATH</source>
            <translation>archivo o carpeta para la copia, igual que PATH</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="40" />
            <source>Give the copy's place once: PATH or -o/--output, not both.</source>
            <translation>Indica el lugar de la copia una sola vez: PATH o -o/--output, no ambos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="47" />
            <source>Name the backup to restore: microcomm backup restore NUMBER (see: microcomm backup list) or FILE.</source>
            <translation>Indica la copia que quieres restaurar: microcomm backup restore NUMBER (ver: microcomm backup list) o FILE.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="55" />
            <source>Give at most one PATH (a file or folder for the copy); use ./list for a file named 'list'.</source>
            <translation>Indica como mucho un PATH (un archivo o carpeta para la copia); usa ./list para un archivo llamado 'list'.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="65" />
            <source>Backup failed: {exc}</source>
            <translation>La copia de seguridad falló: {exc}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="68" />
            <source>Backed up to {made}</source>
            <translation>Copia de seguridad guardada en {made}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="79" />
            <source>No backups yet in {backup_dir}.</source>
            <translation>Aún no hay copias de seguridad en {backup_dir}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="84" />
            <source>  [cannot be restored]</source>
            <translation>  [no se puede restaurar]</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="99" />
            <source>There is no backup number {n}; see: microcomm backup list.</source>
            <translation>No hay ninguna copia número {n}; ver: microcomm backup list.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="109" />
            <source>This data is open in a MicroComm window: close it first (or use File › Restore from backup… there).</source>
            <translation>Estos datos están abiertos en una ventana de MicroComm: ciérrala primero (o usa allí Archivo › Restaurar desde una copia de seguridad…).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="116" />
            <source>This replaces the current data with {name} (the current data is backed up first). Add --yes.</source>
            <translation>Esto reemplaza los datos actuales por {name} (antes se hace una copia de los datos actuales). Añade --yes.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="128" />
            <source>Restored {name}. The data from before the restore was saved as {safety}.</source>
            <translation>{name} restaurado. Los datos de antes de la restauración se guardaron como {safety}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="40" />
            <source>{text} is not a whole number of 0 or more.</source>
            <translation>{text} no es un número entero de 0 o más.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="44" />
            <source>{text} is too large: the allowed range is {range}.</source>
            <translation>{text} es demasiado grande: el rango permitido es {range}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="117" />
            <source>Blended (fees + media = {total}):</source>
            <translation>Combinado (honorarios + medios = {total}):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="119" />
            <source>Fees only ({total}):</source>
            <translation>Solo honorarios ({total}):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="121" />
            <source>Media only ({total}):</source>
            <translation>Solo medios ({total}):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="125" />
            <source>ROAS (revenue / blended cost): {roas}</source>
            <translation>ROAS (ingresos / coste combinado): {roas}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="132" />
            <source>Max fee for blended {label} &lt;= {target}: n/a (no denominator)</source>
            <translation>Honorario máximo para {label} combinado &lt;= {target}: n/a (sin denominador)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="138" />
            <source>Max fee for blended {label} &lt;= {target}: none — paid media alone exceeds the target</source>
            <translation>Honorario máximo para {label} combinado &lt;= {target}: ninguno; los medios pagados por sí solos superan el objetivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="144" />
            <source>Max fee for blended {label} &lt;= {target}: {fee}</source>
            <translation>Honorario máximo para {label} combinado &lt;= {target}: {fee}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="190" />
            <source>No deals in {name} yet.</source>
            <translation>Aún no hay acuerdos en {name}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="195" />
            <source>{id:&gt;4}  {status:&lt;8} {brand:&lt;28} cost {cost:&gt;12}  CPM {cpm:&gt;9}  CPA {cpa:&gt;9}  disclosure {disclosure}</source>
            <translation>{id:&gt;4}  {status:&lt;8} {brand:&lt;28} coste {cost:&gt;12}  CPM {cpm:&gt;9}  CPA {cpa:&gt;9}  aviso {disclosure}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="219" />
            <source>no linked posts</source>
            <translation>sin publicaciones vinculadas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="221" />
            <source>0 of {linked} checked</source>
            <translation>0 de {linked} comprobadas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="222" />
            <source>{carried}/{checked} checked carried it ({share:.0f}%)</source>
            <translation>{carried}/{checked} comprobadas lo llevaban ({share:.0f} %)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="235" />
            <source>{text}: say yes, no or clear</source>
            <translation>{text}: indica yes, no o clear</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="245" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="352" />
            <source>Deal {deal} is not in workspace {name}.</source>
            <translation>El acuerdo {deal} no está en el espacio de trabajo {name}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="277" />
            <source>Deal {deal} has no linked posts to check.</source>
            <translation>El acuerdo {deal} no tiene publicaciones vinculadas que comprobar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="281" />
            <source>not checked</source>
            <translation>sin comprobar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="283" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="310" />
            <source>present</source>
            <translation>presente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="283" />
            <source>MISSING</source>
            <translation>FALTA</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="284" />
            <source> (checked {date})</source>
            <translation> (comprobado el {date})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="287" />
            <source>Disclosure: {sentence}.</source>
            <translation>Aviso: {sentence}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="308" />
            <source>cleared</source>
            <translation>borrado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="310" />
            <source>missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="312" />
            <source>Post {post}: disclosure line {what}. Deal {deal}: {sentence}.</source>
            <translation>Publicación {post}: texto del aviso {what}. Acuerdo {deal}: {sentence}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="333" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="362" />
            <location filename="../../microcomm_desktop/commands/sprint.py" line="161" />
            <source>Could not write {out}: {reason}</source>
            <translation>No se pudo escribir {out}: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="337" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="366" />
            <source>Wrote {path}</source>
            <translation>Escrito {path}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="374" />
            <source>blended CPM/CPV/CPA for a deal (fees + paid media); no data needed</source>
            <translation>CPM/CPV/CPA combinados de un acuerdo (honorarios + medios pagados); no hacen falta datos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="375" />
            <source>Blended figures use total cost = creator fees + paid media. Zero denominators print n/a.</source>
            <translation>Las cifras combinadas usan coste total = honorarios del creador + medios pagados. Los denominadores cero muestran n/a.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="380" />
            <source>creator fees, e.g. 2000 or 2,000.50</source>
            <translation>honorarios del creador, p. ej. 2000 o 2,000.50</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="382" />
            <source>paid media spend (default 0)</source>
            <translation>gasto en medios pagados (por defecto 0)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="385" />
            <source>purchases or other conversions</source>
            <translation>compras u otras conversiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="386" />
            <source>revenue, for ROAS</source>
            <translation>ingresos, para el ROAS</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="388" />
            <source>reverse mode: max fee for blended CPM &lt;= X</source>
            <translation>modo inverso: honorario máximo para CPM combinado &lt;= X</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="391" />
            <source>reverse mode: max fee for blended CPA &lt;= X</source>
            <translation>modo inverso: honorario máximo para CPA combinado &lt;= X</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="393" />
            <source>ISO code shown (default USD)</source>
            <translation>código ISO que se muestra (por defecto USD)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="394" />
            <source>symbol shown (default $)</source>
            <translation>símbolo que se muestra (por defecto $)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="395" />
            <source>exact decimal strings as JSON</source>
            <translation>cadenas decimales exactas como JSON</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="398" />
            <source>saved deals</source>
            <translation>acuerdos guardados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="401" />
            <source>list a workspace's deals with blended figures</source>
            <translation>listar los acuerdos de un espacio de trabajo con cifras combinadas</translation>
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
            <translation>nombre del espacio de trabajo (se puede omitir si solo hay uno)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="414" />
            <source>a deal's disclosure spot-checks: each linked post, checked or not</source>
            <translation>las comprobaciones del aviso de un acuerdo: cada publicación vinculada, comprobada o no</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="422" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="439" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="455" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="473" />
            <source>deal id (see: microcomm deal list)</source>
            <translation>id del acuerdo (ver: microcomm deal list)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="428" />
            <source>record a disclosure spot-check of a post linked to a deal</source>
            <translation>registrar una comprobación del aviso de una publicación vinculada a un acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="429" />
            <source>Was the deal's disclosure line on the post? yes / no records a dated check, clear removes it.</source>
            <translation>¿Estaba el texto del aviso del acuerdo en la publicación? yes / no registra una comprobación con fecha, clear la quita.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="440" />
            <source>post id (see: microcomm deal checks)</source>
            <translation>id de la publicación (ver: microcomm deal checks)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="443" />
            <source>date checked (default today)</source>
            <translation>fecha de la comprobación (por defecto hoy)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="447" />
            <source>a deal's results and disclosure spot-checks as .md or .pdf</source>
            <translation>resultados y comprobaciones del aviso de un acuerdo en .md o .pdf</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="457" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="475" />
            <source>file ending in .md or .pdf</source>
            <translation>archivo terminado en .md o .pdf</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="462" />
            <source>quotes</source>
            <translation>presupuestos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="465" />
            <source>export a saved deal's quote as .md or .pdf</source>
            <translation>exportar el presupuesto de un acuerdo guardado en .md o .pdf</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="19" />
            <source>import a Discord, Telegram, WhatsApp or Slack chat export (file, folder or .zip)</source>
            <translation>importar una exportación de chat de Discord, Telegram, WhatsApp o Slack (archivo, carpeta o .zip)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="21" />
            <source>Each message becomes an interaction by its author; replies keep their thread, direct messages count as DMs; system messages and bots are skipped; your own handles are kept but are not engagers. Re-importing an overlapping export adds only new messages.</source>
            <translation>Cada mensaje se convierte en una interacción de su autor; las respuestas conservan su hilo, los mensajes directos cuentan como DM; los mensajes del sistema y los bots se omiten; tus propios usuarios se conservan pero no son participantes. Volver a importar una exportación que se solapa solo añade los mensajes nuevos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="30" />
            <source>the export: .json, .csv, .txt, .zip or a Slack export folder</source>
            <translation>la exportación: .json, .csv, .txt, .zip o una carpeta de exportación de Slack</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="32" />
            <location filename="../../microcomm_desktop/commands/engager.py" line="24" />
            <location filename="../../microcomm_desktop/commands/engager.py" line="36" />
            <location filename="../../microcomm_desktop/commands/engager.py" line="44" />
            <location filename="../../microcomm_desktop/commands/engager.py" line="47" />
            <source>workspace name</source>
            <translation>nombre del espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="34" />
            <source>default: detected</source>
            <translation>por defecto: detectado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="37" />
            <source>say what the file holds and what would be added</source>
            <translation>decir qué contiene el archivo y qué se añadiría</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="42" />
            <source>WhatsApp: day/month order of dates like 03/04/26 (default: decided from the whole file)</source>
            <translation>WhatsApp: orden día/mes de fechas como 03/04/26 (por defecto: se decide con todo el archivo)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="48" />
            <source>keep message text</source>
            <translation>conservar el texto de los mensajes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="51" />
            <source>do not keep text</source>
            <translation>no conservar el texto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/common.py" line="118" />
            <location filename="../../microcomm_desktop/commands/common.py" line="163" />
            <source>There is no workspace yet. Create one: microcomm workspace create NAME</source>
            <translation>Aún no hay ningún espacio de trabajo. Crea uno: microcomm workspace create NAME</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/common.py" line="121" />
            <location filename="../../microcomm_desktop/commands/common.py" line="166" />
            <source>There are {n_existing} workspaces ({names}); name one with --workspace NAME.</source>
            <translation>Hay {n_existing} espacios de trabajo ({names}); indica uno con --workspace NAME.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/common.py" line="127" />
            <source>No workspace named {name}. See: microcomm workspace list</source>
            <translation>No hay ningún espacio de trabajo llamado {name}. Ver: microcomm workspace list</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="13" />
            <source>forget a person, or merge two handles of one person</source>
            <translation>olvidar a una persona o fusionar dos usuarios de una misma persona</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="18" />
            <source>erase a person and all their interactions from the workspace and from future backups</source>
            <translation>borrar a una persona y todas sus interacciones del espacio de trabajo y de las copias de seguridad futuras</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="22" />
            <source>e.g. @ana, or platform:handle when the name is on several platforms</source>
            <translation>p. ej. @ana, o platform:handle si el nombre está en varias plataformas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="26" />
            <source>the person's platform (discord, telegram, whatsapp, slack, instagram…)</source>
            <translation>la plataforma de la persona (discord, telegram, whatsapp, slack, instagram…)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="31" />
            <source>merge handle B into handle A (the same person); undo with unmerge</source>
            <translation>fusionar el usuario B en el usuario A (la misma persona); se deshace con unmerge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="34" />
            <source>the handle to keep (A)</source>
            <translation>el usuario que se conserva (A)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="35" />
            <source>the handle whose interactions move to A (B)</source>
            <translation>el usuario cuyas interacciones pasan a A (B)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="40" />
            <source>undo a merge (its number is in the merge output and in 'merges')</source>
            <translation>deshacer una fusión (su número aparece en la salida de merge y en 'merges')</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="46" />
            <source>list the merges that can be undone</source>
            <translation>listar las fusiones que se pueden deshacer</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="96" />
            <source>Undid merge {merge_id}: {handle} is a person of their own again.</source>
            <translation>Fusión {merge_id} deshecha: {handle} vuelve a ser una persona propia.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="112" />
            <source>No merges to undo.</source>
            <translation>No hay fusiones que deshacer.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="114" />
            <source>{mid}: @{removed} merged into @{kept}</source>
            <translation>{mid}: @{removed} fusionado en @{kept}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/insights.py" line="19" />
            <source>not a date: {text} (use YYYY-MM-DD, e.g. 2026-11-01)</source>
            <translation>no es una fecha: {text} (usa YYYY-MM-DD, p. ej. 2026-11-01)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/insights.py" line="56" />
            <source>rank themes, formats, rituals or prompt rungs by replies and saves per 1k reach</source>
            <translation>clasificar temas, formatos, rituales o peldaños de preguntas por respuestas y guardados por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/insights.py" line="58" />
            <source>Ranked table of the period's posts grouped by theme, format, ritual or prompt-ladder rung: post count, median and mean replies per 1k reach, pooled saves per 1k and ER, and returning engagers reached (30-day window ending on --until). Groups under the minimum post count (setting insights.min_posts, default 3) are listed last as 'too few posts to judge'. Default period: the 90 days ending today; default label: community.</source>
            <translation>Tabla clasificada de las publicaciones del periodo agrupadas por tema, formato, ritual o peldaño de la escalera de preguntas: número de publicaciones, mediana y media de respuestas por cada 1.000 de alcance, guardados por cada 1.000 y ER agregados, y participantes recurrentes alcanzados (ventana de 30 días que termina en --until). Los grupos por debajo del mínimo de publicaciones (ajuste insights.min_posts, por defecto 3) aparecen al final como 'demasiado pocas publicaciones para juzgar'. Periodo por defecto: los 90 días que terminan hoy; etiqueta por defecto: community.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/insights.py" line="77" />
            <source>first local date (default: 89 days before --until)</source>
            <translation>primera fecha local (por defecto: 89 días antes de --until)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/insights.py" line="79" />
            <source>last local date (default: today)</source>
            <translation>última fecha local (por defecto: hoy)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="26" />
            <source>Presets: {names} (or one you saved).</source>
            <translation>Preajustes: {names} (o uno que hayas guardado).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="33" />
            <source>import posts, interactions, engagers (CSV, YouTube .zip) or a chat export</source>
            <translation>importar publicaciones, interacciones, participantes (CSV, .zip de YouTube) o una exportación de chat</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="44" />
            <source>import post metrics from a platform export</source>
            <translation>importar métricas de publicaciones desde una exportación de la plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="48" />
            <source>preset name (default: detected from the header row)</source>
            <translation>nombre del preajuste (por defecto: detectado por la fila de encabezado)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="53" />
            <source>label for rows without one</source>
            <translation>etiqueta para las filas que no tienen</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="56" />
            <source>override the platform (e.g. facebook for a Meta export of a Page)</source>
            <translation>sustituir la plataforma (p. ej. facebook para una exportación de Meta de una página)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="61" />
            <source>for dates like 03/04/2026 (default: decided from the whole column; needed when it stays ambiguous)</source>
            <translation>para fechas como 03/04/2026 (por defecto: se decide con toda la columna; necesario si sigue siendo ambiguo)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="68" />
            <source>import interactions (columns handle,kind,timestamp,post and optional parent,id,text)</source>
            <translation>importar interacciones (columnas handle,kind,timestamp,post y opcionalmente parent,id,text)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="75" />
            <source>for dates like 03/04/2026 (default: decided from the file)</source>
            <translation>para fechas como 03/04/2026 (por defecto: se decide con el archivo)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="80" />
            <source>import engagers as written by 'export engagers' (power-member ticks and notes survive a move)</source>
            <translation>importar participantes tal como los escribe 'export engagers' (las marcas de miembro clave y las notas sobreviven a un traslado)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="89" />
            <source>for first/last seen dates like 03/04/2026 (default: decided from both columns)</source>
            <translation>para fechas de primera/última vez vistos como 03/04/2026 (por defecto: se decide con ambas columnas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="97" />
            <source>export posts, engagers or interactions to CSV</source>
            <translation>exportar publicaciones, participantes o interacciones a CSV</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="103" />
            <source>CSV file to write</source>
            <translation>archivo CSV que se escribe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="112" />
            <source>check and report, write nothing</source>
            <translation>comprobar e informar, sin escribir nada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="114" />
            <source>write the good rows even when some are rejected</source>
            <translation>escribir las filas correctas aunque se rechacen algunas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="119" />
            <source>year for dates written without one (default: from TikTok video ids, a daily file's run of days, else the most recent past date)</source>
            <translation>año para fechas escritas sin él (por defecto: de los id de vídeo de TikTok, de la serie de días de un archivo diario o, si no, la fecha pasada más reciente)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="129" />
            <source>the import day (YYYY-MM-DD) that yearless dates and the date range are judged from (default: today)</source>
            <translation>el día de importación (YYYY-MM-DD) desde el que se juzgan las fechas sin año y el rango de fechas (por defecto: hoy)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="136" />
            <source>the export's language (e.g. pl, hr) for month names two languages read differently, like 'listopad' (default: decided from the whole column, else this computer's language)</source>
            <translation>el idioma de la exportación (p. ej. pl, hr) para nombres de mes que dos idiomas leen distinto, como 'listopad' (por defecto: se decide con toda la columna o, si no, el idioma de este equipo)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="146" />
            <source>import a file whose unclosed quote swallows following rows as it is (default: refuse it)</source>
            <translation>importar tal cual un archivo cuya comilla sin cerrar se traga las filas siguientes (por defecto: rechazarlo)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="155" />
            <source>map an app field to a CSV column by header (or 1-based number); repeatable; COLUMN 'none' unmaps. Without --preset the generic preset carries the mapping. Example: --map published_at='Posted on'</source>
            <translation>asignar un campo de la app a una columna del CSV por su encabezado (o número desde 1); repetible; COLUMN 'none' quita la asignación. Sin --preset, el preajuste generic lleva la asignación. Ejemplo: --map published_at='Posted on'</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="168" />
            <source>numbers are European style (1.234 = 1234); default: detected from the file</source>
            <translation>los números tienen estilo europeo (1.234 = 1234); por defecto: detectado en el archivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="175" />
            <source>numbers are 1,234.5 style</source>
            <translation>los números tienen estilo 1,234.5</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="204" />
            <source>--map {item}: write FIELD=COLUMN, e.g. --map published_at='Posted on'.</source>
            <translation>--map {item}: escribe FIELD=COLUMN, p. ej. --map published_at='Posted on'.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="221" />
            <source>Pass --date-order dmy or mdy.</source>
            <translation>Indica --date-order dmy o mdy.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="224" />
            <source>Preset: {title}</source>
            <translation>Preajuste: {title}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="243" />
            <source>Could not recognise this export's columns.</source>
            <translation>No se reconocieron las columnas de esta exportación.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="245" />
            <source>Preset {name} finds no column for: {fields}.</source>
            <translation>El preajuste {name} no encuentra columna para: {fields}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="253" />
            <source>{head}
Columns in the file: {columns}
Fields (* = required): {fields}
Map them with --map FIELD=COLUMN (repeatable), e.g. microcomm import {kind} FILE --workspace NAME {preset}{example} --map likes='&lt;column&gt;' --dry-run
Or open the file in the app (File &gt; Import posts…), map the columns there and save the mapping as a preset, then pass --preset NAME.</source>
            <translation>{head}
Columnas del archivo: {columns}
Campos (* = obligatorio): {fields}
Asígnalos con --map FIELD=COLUMN (repetible), p. ej. microcomm import {kind} FILE --workspace NAME {preset}{example} --map likes='&lt;column&gt;' --dry-run
O abre el archivo en la app (Archivo &gt; Importar publicaciones…), asigna allí las columnas y guarda la asignación como preajuste; luego indica --preset NAME.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="297" />
            <source>Cannot write {path}: {reason}.</source>
            <translation>No se puede escribir {path}: {reason}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/posts.py" line="301" />
            <source>Wrote %n post(s) to {path}.</source>
            <translation>
                <numerusform>Se escribió %n publicación en {path}.</numerusform>
                <numerusform>Se escribieron %n publicaciones en {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/posts.py" line="303" />
            <source>Wrote %n engager(s) to {path}.</source>
            <translation>
                <numerusform>Se escribió %n participante en {path}.</numerusform>
                <numerusform>Se escribieron %n participantes en {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/posts.py" line="305" />
            <source>Wrote %n interaction(s) to {path}.</source>
            <translation>
                <numerusform>Se escribió %n interacción en {path}.</numerusform>
                <numerusform>Se escribieron %n interacciones en {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="19" />
            <source>{text} is not a date like 2026-11-25</source>
            <translation>{text} no es una fecha como 2026-11-25</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="28" />
            <source>{text} is not a whole number of weeks</source>
            <translation>{text} no es un número entero de semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="31" />
            <source>--weeks must be between 1 and 520</source>
            <translation>--weeks debe estar entre 1 y 520</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="39" />
            <source>weekly scorecard as CSV/JSON, or the weekly report as HTML/PDF</source>
            <translation>cuadro de mando semanal en CSV/JSON o el informe semanal en HTML/PDF</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="40" />
            <source>Weekly scorecard (oldest week first). csv/json: one row per week (json adds the response SLA per week, judged by the workspace's SLA settings); html/pdf: the one-page weekly or 30-day report. Without -o the output goes to stdout (pdf needs -o).</source>
            <translation>Cuadro de mando semanal (la semana más antigua primero). csv/json: una fila por semana (json añade el SLA de respuesta por semana, juzgado con los ajustes de SLA del espacio de trabajo); html/pdf: el informe de una página semanal o de 30 días. Sin -o la salida va a stdout (pdf necesita -o).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="55" />
            <source>number of weeks (default 8; the 30-day report always covers 30 days)</source>
            <translation>número de semanas (por defecto 8; el informe de 30 días siempre cubre 30 días)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="62" />
            <source>which posts (default all)</source>
            <translation>qué publicaciones (por defecto todas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="68" />
            <source>the last week is the one holding DATE (default today)</source>
            <translation>la última semana es la que contiene DATE (por defecto hoy)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="71" />
            <source>html/pdf: report kind</source>
            <translation>html/pdf: tipo de informe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="73" />
            <source>file to write (default stdout)</source>
            <translation>archivo que se escribe (por defecto stdout)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="90" />
            <source>{problem}
Correct them, then run the report again.</source>
            <translation>{problem}
Corrígelos y vuelve a generar el informe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="107" />
            <source>A PDF needs a file: add -o report.pdf</source>
            <translation>Un PDF necesita un archivo: añade -o report.pdf</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="114" />
            <source>Could not write {output}: {reason}</source>
            <translation>No se pudo escribir {output}: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/report.py" line="118" />
            <source>Wrote {output} (%n page(s)).
</source>
            <translation>
                <numerusform>Escrito {output} (%n página).
</numerusform>
                <numerusform>Escrito {output} (%n páginas).
</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="133" />
            <source>Could not write {path}: {reason}</source>
            <translation>No se pudo escribir {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="134" />
            <source>Wrote {path}.
</source>
            <translation>Escrito {path}.
</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="22" />
            <location filename="../../microcomm_desktop/commands/sprint.py" line="19" />
            <source>not a date (use YYYY-MM-DD): {text}</source>
            <translation>no es una fecha (usa YYYY-MM-DD): {text}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="27" />
            <source>rituals: list, export-ics, import-ics</source>
            <translation>rituales: list, export-ics, import-ics</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="39" />
            <source>the workspace's rituals (with skipped dates) and one-off events</source>
            <translation>los rituales del espacio de trabajo (con las fechas omitidas) y los eventos puntuales</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="43" />
            <source>write the rituals, skipped dates and one-off events as a calendar file (.ics)</source>
            <translation>escribir los rituales, las fechas omitidas y los eventos puntuales como archivo de calendario (.ics)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="45" />
            <source>the .ics file to write (or -o/--output)</source>
            <translation>el archivo .ics que se escribe (o -o/--output)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="46" />
            <source>the .ics file to write</source>
            <translation>el archivo .ics que se escribe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="50" />
            <source>read a calendar file (.ics) into rituals, skipped dates and one-off events</source>
            <translation>leer un archivo de calendario (.ics) como rituales, fechas omitidas y eventos puntuales</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="53" />
            <source>the .ics file to read (Google, Outlook, Apple or MicroComm export)</source>
            <translation>el archivo .ics que se lee (exportación de Google, Outlook, Apple o MicroComm)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="55" />
            <source>show the report without writing anything</source>
            <translation>mostrar el informe sin escribir nada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="57" />
            <location filename="../../microcomm_desktop/commands/sprint.py" line="35" />
            <source>pretend today is this date (YYYY-MM-DD)</source>
            <translation>hacer como si hoy fuera esta fecha (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="73" />
            <source>No rituals or events yet.</source>
            <translation>Aún no hay rituales ni eventos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="90" />
            <source>Give the calendar file once: FILE or -o/--output, not both.</source>
            <translation>Indica el archivo de calendario una sola vez: FILE o -o/--output, no ambos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="93" />
            <source>Name the calendar file to write: microcomm rituals export-ics -o club.ics</source>
            <translation>Indica el archivo de calendario que se escribe: microcomm rituals export-ics -o club.ics</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="95" />
            <source>Name the calendar file .ics (calendar apps look for that suffix).</source>
            <translation>Ponle al archivo de calendario la extensión .ics (las apps de calendario buscan esa extensión).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/rituals.py" line="106" />
            <source>%n calendar entries written to {file}</source>
            <translation>
                <numerusform>%n entrada de calendario escrita en {file}</numerusform>
                <numerusform>%n entradas de calendario escritas en {file}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="24" />
            <source>30-day sprints: status, list, new, report</source>
            <translation>sprints de 30 días: status, list, new, report</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="39" />
            <source>the current sprint's progress per week and its verdict</source>
            <translation>el progreso semanal del sprint actual y su veredicto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="42" />
            <source>all sprints of the workspace</source>
            <translation>todos los sprints del espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="45" />
            <source>create a sprint from the 4-week template</source>
            <translation>crear un sprint con la plantilla de 4 semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="48" />
            <source>first day (default: the coming Monday)</source>
            <translation>primer día (por defecto: el próximo lunes)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="50" />
            <source>free text, e.g. 'Alex, Sam'</source>
            <translation>texto libre, p. ej. 'Alex, Sam'</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="53" />
            <source>write the sprint report as Markdown (.md) or PDF (.pdf)</source>
            <translation>escribir el informe del sprint en Markdown (.md) o PDF (.pdf)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="55" />
            <source>sprint id (default: the current sprint)</source>
            <translation>id del sprint (por defecto: el sprint actual)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="64" />
            <source>file to write; the suffix picks the format</source>
            <translation>archivo que se escribe; la extensión elige el formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="104" />
            <source>No sprints yet.</source>
            <translation>Aún no hay sprints.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="123" />
            <source>Created sprint {id}: {name} ({start} – {end})</source>
            <translation>Sprint {id} creado: {name} ({start} – {end})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="143" />
            <source>No sprint yet: create one first (microcomm sprint new …).</source>
            <translation>Aún no hay sprint: crea uno primero (microcomm sprint new …).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="146" />
            <source>Name the report file .md (Markdown) or .pdf.</source>
            <translation>Ponle al archivo del informe la extensión .md (Markdown) o .pdf.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="152" />
            <source>Sprint {sid} belongs to another workspace.</source>
            <translation>El sprint {sid} pertenece a otro espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="162" />
            <source>Wrote {out}</source>
            <translation>Escrito {out}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="16" />
            <source>list, create, change, rename, delete, export or import workspaces</source>
            <translation>listar, crear, cambiar, renombrar, eliminar, exportar o importar espacios de trabajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="22" />
            <source>list workspaces</source>
            <translation>listar los espacios de trabajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="24" />
            <source>create a workspace</source>
            <translation>crear un espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="26" />
            <source>IANA time zone, default: the system's</source>
            <translation>zona horaria IANA, por defecto: la del sistema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="30" />
            <source>rename a workspace</source>
            <translation>renombrar un espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="31" />
            <source>the current name</source>
            <translation>el nombre actual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="32" />
            <source>the new name</source>
            <translation>el nombre nuevo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="36" />
            <source>delete a workspace and all its data (a backup of the whole file is written first)</source>
            <translation>eliminar un espacio de trabajo y todos sus datos (antes se hace una copia de todo el archivo)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="41" />
            <source>do not ask; needed when not run from a terminal</source>
            <translation>no preguntar; necesario si no se ejecuta desde una terminal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="59" />
            <source>No workspaces yet. Create one: microcomm workspace create NAME</source>
            <translation>Aún no hay espacios de trabajo. Crea uno: microcomm workspace create NAME</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="74" />
            <source>Created workspace {name} ({timezone}).</source>
            <translation>Espacio de trabajo {name} creado ({timezone}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="84" />
            <source>change a workspace's own handles, time zone or ER definition</source>
            <translation>cambiar los usuarios propios, la zona horaria o la definición de ER de un espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="86" />
            <source>Without options: show the current values.</source>
            <translation>Sin opciones: muestra los valores actuales.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="94" />
            <source>your own account (repeatable; replaces the list): @name, or platform:@name for one platform. Its replies time the SLA but it never counts as an engager.</source>
            <translation>tu propia cuenta (repetible; reemplaza la lista): @name, o platform:@name para una plataforma. Sus respuestas miden el SLA, pero nunca cuenta como participante.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="100" />
            <source>remove every own handle</source>
            <translation>quitar todos los usuarios propios</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="106" />
            <source>what divides ER, saves/1k and replies/1k when a post has no reach, e.g. youtube=views,impressions (repeatable; 'youtube=' clears it)</source>
            <translation>qué divide la ER, los guardados/1.000 y las respuestas/1.000 cuando una publicación no tiene alcance, p. ej. youtube=views,impressions (repetible; 'youtube=' lo borra)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="112" />
            <source>IANA time zone, e.g. Europe/Berlin</source>
            <translation>zona horaria IANA, p. ej. Europe/Berlin</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="114" />
            <source>engagement rate denominator</source>
            <translation>denominador de la tasa de interacción</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="128" />
            <source>Use either --own-handle or --clear-own-handles, not both.</source>
            <translation>Usa --own-handle o --clear-own-handles, no ambos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="139" />
            <source>Unknown time zone {timezone} (use an IANA name such as Europe/Berlin).</source>
            <translation>Zona horaria desconocida {timezone} (usa un nombre IANA como Europe/Berlin).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="162" />
            <source>Workspace {name}: time zone {timezone}, ER by {er_definition}.</source>
            <translation>Espacio de trabajo {name}: zona horaria {timezone}, ER por {er_definition}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="166" />
            <source>none (set with --own-handle @you)</source>
            <translation>ninguno (se fija con --own-handle @tú)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="167" />
            <source>Own handles: {handles}</source>
            <translation>Usuarios propios: {handles}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="170" />
            <source>Reach stand-ins: {standins}</source>
            <translation>Sustitutos del alcance: {standins}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="171" />
            <source>none (posts without reach get n/a ratios)</source>
            <translation>ninguno (las publicaciones sin alcance tienen ratios n/a)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="183" />
            <source>propose benchmark bands from your own last 30/60/90 days (P25-P75), and apply or undo them</source>
            <translation>proponer rangos a partir de tus propios últimos 30/60/90 días (P25-P75) y aplicarlos o deshacerlos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="187" />
            <source>Without --apply: shows the proposal beside the niche defaults and the current bands.</source>
            <translation>Sin --apply: muestra la propuesta junto a los valores por defecto del nicho y los rangos actuales.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="193" />
            <source>period to learn from (default 90)</source>
            <translation>periodo del que aprender (por defecto 90)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="195" />
            <source>use the proposed bands for this workspace</source>
            <translation>usar los rangos propuestos en este espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="197" />
            <source>put back the bands the last calibration replaced</source>
            <translation>recuperar los rangos que reemplazó la última calibración</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="199" />
            <source>YYYY-MM-DD, the last day of the period (default: today)</source>
            <translation>YYYY-MM-DD, el último día del periodo (por defecto: hoy)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="200" />
            <source>print the proposal as JSON</source>
            <translation>mostrar la propuesta como JSON</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="206" />
            <source>set a band yourself instead, e.g. er_poll_qa=6-15 (repeatable; keys: er, er_poll_qa, saves_per_1k, replies_per_1k, returning_share); recorded and undoable like a calibration</source>
            <translation>fijar tú mismo un rango, p. ej. er_poll_qa=6-15 (repetible; claves: er, er_poll_qa, saves_per_1k, replies_per_1k, returning_share); se registra y se puede deshacer como una calibración</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="214" />
            <source>put every band back to its niche default (undoable)</source>
            <translation>devolver cada rango a su valor por defecto del nicho (se puede deshacer)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="230" />
            <source>--today {today} is not a date (YYYY-MM-DD).</source>
            <translation>--today {today} no es una fecha (YYYY-MM-DD).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="232" />
            <source>Use either --apply or --undo, not both.</source>
            <translation>Usa --apply o --undo, no ambos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="242" />
            <source>Unknown band {band}; use one of {keys}.</source>
            <translation>Rango desconocido {band}; usa uno de {keys}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/workspace.py" line="253" />
            <source>Set %n band(s) on {applied_on}; undo with --undo.</source>
            <translation>
                <numerusform>%n rango fijado el {applied_on}; se deshace con --undo.</numerusform>
                <numerusform>%n rangos fijados el {applied_on}; se deshacen con --undo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="261" />
            <source>No calibration to undo for this workspace.</source>
            <translation>No hay ninguna calibración que deshacer en este espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="263" />
            <source>Undone: the calibration of {applied_on} (last {days} days); earlier bands are back.</source>
            <translation>Deshecho: la calibración del {applied_on} (últimos {days} días); los rangos anteriores han vuelto.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="280" />
            <source>Benchmark bands for {name} from the last {days} days ({since} to {until}):</source>
            <translation>Rangos para {name} de los últimos {days} días ({since} a {until}):</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/workspace.py" line="296" />
            <source>Applied on {applied_on}: %n band(s). Undo with --undo.</source>
            <translation>
                <numerusform>Aplicado el {applied_on}: %n rango. Se deshace con --undo.</numerusform>
                <numerusform>Aplicado el {applied_on}: %n rangos. Se deshace con --undo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="315" />
            <source>Renamed {name} to {name2}.</source>
            <translation>{name} renombrado a {name2}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="331" />
            <source>Deleting {name} removes all its data; add --yes to confirm.</source>
            <translation>Eliminar {name} borra todos sus datos; añade --yes para confirmar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="336" />
            <source>Delete {name} and all its posts, rituals, deals and sprints? Type its name to confirm: </source>
            <translation>¿Eliminar {name} y todas sus publicaciones, rituales, acuerdos y sprints? Escribe su nombre para confirmar: </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="342" />
            <source>Not deleted.</source>
            <translation>No se eliminó.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="348" />
            <source>Not deleted: the backup before deleting failed ({reason}).</source>
            <translation>No se eliminó: falló la copia de seguridad previa ({reason}).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/workspace.py" line="357" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n fila</numerusform>
                <numerusform>%n filas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="359" />
            <source>Deleted {name} ({rows}). A backup from just before is at {backup}; File › Restore from backup… in the app brings it back.</source>
            <translation>{name} eliminado ({rows}). Hay una copia de seguridad de justo antes en {backup}; Archivo › Restaurar desde una copia de seguridad… en la app lo recupera.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="20" />
            <source>write a whole workspace (every table, settings, attachments) to one .mcw file</source>
            <translation>escribir un espacio de trabajo completo (todas las tablas, ajustes y adjuntos) en un archivo .mcw</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="23" />
            <source>the workspace to export</source>
            <translation>el espacio de trabajo que se exporta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="25" />
            <source>the file to write (.mcw is added when missing)</source>
            <translation>el archivo que se escribe (se añade .mcw si falta)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="27" />
            <source>print what was written as JSON</source>
            <translation>mostrar lo escrito como JSON</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="31" />
            <source>add the workspace of a .mcw file as a new workspace (never merged into an existing one)</source>
            <translation>añadir el espacio de trabajo de un archivo .mcw como espacio nuevo (nunca se fusiona con uno existente)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="38" />
            <source>import under this name (required when the file's name is taken here)</source>
            <translation>importar con este nombre (obligatorio si el nombre del archivo ya existe aquí)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="40" />
            <source>print what was imported as JSON</source>
            <translation>mostrar lo importado como JSON</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="63" />
            <source>The data is open read-only; nothing was imported.</source>
            <translation>Los datos están abiertos en solo lectura; no se importó nada.</translation>
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
            <location filename="../../microcomm_desktop/domain/creators.py" line="79" />
            <source>Comment thread</source>
            <translation>Hilo de comentarios</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="80" />
            <source>Story replies</source>
            <translation>Respuestas a historias</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="81" />
            <source>Live attendance</source>
            <translation>Asistencia en directo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="82" />
            <source>Recurring series performance</source>
            <translation>Resultado de una serie recurrente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="83" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="95" />
            <location filename="../../microcomm_desktop/domain/creators.py" line="201" />
            <source>Pass</source>
            <translation>Aprobado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="95" />
            <source>Incomplete</source>
            <translation>Incompleto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="101" />
            <source>replies per 1k reach</source>
            <translation>respuestas por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="102" />
            <source>engagement rate</source>
            <translation>tasa de interacción</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="103" />
            <source>returning share</source>
            <translation>proporción de recurrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="202" />
            <source>Pass — could add: {hints}</source>
            <translation>Aprobado; podría añadir: {hints}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="203" />
            <source>Incomplete — {missing}</source>
            <translation>Incompleto: {missing}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/creators.py" line="226" />
            <source>%n more screenshot(s) of a question the audience answered with specifics</source>
            <translation>
                <numerusform>%n captura más de una pregunta que la audiencia respondió con detalles</numerusform>
                <numerusform>%n capturas más de una pregunta que la audiencia respondió con detalles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/creators.py" line="231" />
            <source>{missing} (%n proof entry(ies) without a screenshot yet)</source>
            <translation>
                <numerusform>{missing} (%n prueba aún sin captura)</numerusform>
                <numerusform>{missing} (%n pruebas aún sin captura)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="239" />
            <source>their answer to 'what does your audience struggle with this week?'</source>
            <translation>su respuesta a «¿con qué tiene dificultades tu audiencia esta semana?»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="243" />
            <source>the date of their 'struggles this week' answer</source>
            <translation>la fecha de su respuesta sobre las «dificultades de esta semana»</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="249" />
            <source>a 'struggles this week' answer dated today or earlier (the date is in the future)</source>
            <translation>una respuesta sobre las «dificultades de esta semana» con fecha de hoy o anterior (la fecha está en el futuro)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/creators.py" line="257" />
            <source>a fresh 'struggles this week' answer (the last one is %n day(s) old)</source>
            <translation>
                <numerusform>una respuesta reciente sobre las «dificultades de esta semana» (la última tiene %n día)</numerusform>
                <numerusform>una respuesta reciente sobre las «dificultades de esta semana» (la última tiene %n días)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="269" />
            <source>{figure} (unknown)</source>
            <translation>{figure} (desconocido)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="370" />
            <source>Handle line {n} ({line}): write the platform then the handle, e.g. 'instagram @name'.</source>
            <translation>Línea de usuario {n} ({line}): escribe la plataforma y luego el usuario, p. ej., «instagram @nombre».</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="380" />
            <source>Handle line {n}: unknown platform {platform}; use one of {platforms}.</source>
            <translation>Línea de usuario {n}: plataforma desconocida {platform}; usa una de estas: {platforms}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="387" />
            <source>Handle line {n}: the handle is longer than 120 characters.</source>
            <translation>Línea de usuario {n}: el usuario tiene más de 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="392" />
            <source>Handle line {n}: {platform} is listed twice; keep one handle per platform.</source>
            <translation>Línea de usuario {n}: {platform} aparece dos veces; deja un usuario por plataforma.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="415" />
            <source>{label}: {text} is not a number (for example 12.5).</source>
            <translation>{label}: {text} no es un número (por ejemplo, 12,5).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="419" />
            <source>{label}: {text} is not a number.</source>
            <translation>{label}: {text} no es un número.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="423" />
            <source>{label} cannot be negative.</source>
            <translation>{label} no puede ser negativo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="425" />
            <source>{label} cannot be above {upper}.</source>
            <translation>{label} no puede ser mayor que {upper}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="444" />
            <source>A creator needs a name.</source>
            <translation>Un creador necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="446" />
            <source>Keep the name under 120 characters.</source>
            <translation>El nombre debe tener menos de 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="451" />
            <source>Audience size is a whole number of people, for example 8200.</source>
            <translation>El tamaño de la audiencia es un número entero de personas, por ejemplo, 8200.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="455" />
            <source>Audience size cannot be above {max} people.</source>
            <translation>El tamaño de la audiencia no puede superar las {max} personas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="459" />
            <source>The answer cannot be dated in the future.</source>
            <translation>La respuesta no puede tener una fecha futura.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="461" />
            <source>Type their answer, or clear the date.</source>
            <translation>Escribe su respuesta o quita la fecha.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="469" />
            <source>Unknown kind {kind}.</source>
            <translation>Tipo desconocido {kind}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="471" />
            <source>The evidence cannot be dated in the future.</source>
            <translation>La evidencia no puede tener una fecha futura.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="474" />
            <source>The link must be a web address starting with https://</source>
            <translation>El enlace debe ser una dirección web que empiece por https://</translation>
        </message>
    </context>
    <context>
        <name>domain.deals</name>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="177" />
            <source>Enter an amount, for example 2000 or 2,000.50.</source>
            <translation>Introduce un importe, por ejemplo 2000 o 2,000.50.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="179" />
            <source>Amount cannot be negative: {amount}.</source>
            <translation>El importe no puede ser negativo: {amount}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="185" />
            <source>{amount} is not an amount. Use a dot for cents, for example 2,000.50.</source>
            <translation>{amount} no es un importe. Usa un punto para los céntimos, por ejemplo 2,000.50.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="192" />
            <source>{amount} is not an amount. Use digits, for example 2000 or 2,000.50.</source>
            <translation>{amount} no es un importe. Usa cifras, por ejemplo 2000 o 2,000.50.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="199" />
            <source>{amount} is not an amount.</source>
            <translation>{amount} no es un importe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="307" />
            <source>Deliverable {name}: quantity and price cannot be negative.</source>
            <translation>Entregable {name}: la cantidad y el precio no pueden ser negativos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="325" />
            <source>Add-on {name}: value and units cannot be negative.</source>
            <translation>Complemento {name}: el valor y las unidades no pueden ser negativos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="346" />
            <source>Bundle discount must be between 0 and 100 %.</source>
            <translation>El descuento por paquete debe estar entre 0 y 100 %.</translation>
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
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="58" />
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="69" />
            <source>Handle</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="59" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="60" />
            <source>Timestamp</source>
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="61" />
            <source>Post (id or link)</source>
            <translation>Publicación (ID o enlace)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="62" />
            <source>Interaction id</source>
            <translation>Id de la interacción</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="63" />
            <source>Parent/thread id</source>
            <translation>Id del padre/hilo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="64" />
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="70" />
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="65" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="71" />
            <source>Power member</source>
            <translation>Miembro clave</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="72" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="73" />
            <source>First seen</source>
            <translation>Visto por primera vez</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="74" />
            <source>Last seen</source>
            <translation>Visto por última vez</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="416" />
            <source>Generic CSV (MicroComm export or your own columns)</source>
            <translation>CSV genérico (exportación de MicroComm o tus propias columnas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="423" />
            <source>Interactions (handle, kind, timestamp, post, parent)</source>
            <translation>Interacciones (usuario, tipo, fecha y hora, publicación, padre)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="440" />
            <source>Engagers (MicroComm export: handle, power member, notes)</source>
            <translation>Participantes (exportación de MicroComm: usuario, miembro clave, notas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="508" />
            <source>This is YouTube Studio's Chart data.csv: views per video per day, not each video's totals (reading it would replace a video's views with one day's). Import Table data.csv from the same download (or the .zip itself) instead.</source>
            <translation>Este es el Chart data.csv de YouTube Studio: visualizaciones por vídeo y día, no los totales de cada vídeo (leerlo sustituiría las visualizaciones de un vídeo por las de un día). Importa en su lugar Table data.csv de la misma descarga (o el propio .zip).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="514" />
            <source>This looks like YouTube Studio's Totals.csv: the channel's figures per day, not posts. Import Table data.csv from the same download (or the .zip itself) instead.</source>
            <translation>Esto parece el Totals.csv de YouTube Studio: las cifras del canal por día, no publicaciones. Importa en su lugar Table data.csv de la misma descarga (o el propio .zip).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="523" />
            <source>This file holds dated account figures ({cols}: e.g. TikTok's FollowerHistory.csv or Viewers.csv), nothing about posts; importing it would create empty posts. Import the per-post export (or the daily Overview.csv) instead.</source>
            <translation>Este archivo contiene cifras de cuenta con fecha ({cols}: p. ej., FollowerHistory.csv o Viewers.csv de TikTok), nada sobre publicaciones; importarlo crearía publicaciones vacías. Importa en su lugar la exportación por publicación (o el Overview.csv diario).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="529" />
            <source>This is a Meta Business Suite per-metric file (a Date and a Primary column: one account figure per day, e.g. Views or Reach), not posts. Export Content → Posts (Export data → CSV) instead.</source>
            <translation>Este es un archivo de Meta Business Suite por métrica (una columna Date y una Primary: una cifra de la cuenta por día, p. ej., visualizaciones o alcance), no publicaciones. Exporta en su lugar Content → Posts (Export data → CSV).</translation>
        </message>
    </context>
    <context>
        <name>domain.imports.quick</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/quick.py" line="50" />
            <source>{line}: write it like '@ana comment' or '@ben reply to @ana'.</source>
            <translation>{line}: escríbelo como «@ana comment» o «@ben reply to @ana».</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/quick.py" line="61" />
            <source>{kind} is not a kind; use one of {kinds}.</source>
            <translation>{kind} no es un tipo; usa uno de estos: {kinds}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/quick.py" line="72" />
            <source>only a reply, comment or dm can answer someone ('{kind} to @{parent}').</source>
            <translation>solo reply, comment o dm pueden responder a alguien («{kind} to @{parent}»).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/quick.py" line="88" />
            <source>{time} is not a time of day.</source>
            <translation>{time} no es una hora del día.</translation>
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
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="715" />
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
        <name>domain.metrics</name>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="115" />
            <source>tighten hook, add a clear ask, narrow topic</source>
            <translation>afina el gancho, añade una petición clara, acota el tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="116" />
            <source>offer two or three concrete options, ask for a number or a choice, post the result</source>
            <translation>ofrece dos o tres opciones concretas, pide un número o una elección, publica el resultado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="119" />
            <source>turn advice into checklists, templates, step sequences</source>
            <translation>convierte los consejos en listas de verificación, plantillas, secuencias de pasos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="120" />
            <source>ask for specifics, offer two answer options, respond fast</source>
            <translation>pide detalles concretos, ofrece dos opciones de respuesta, responde rápido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="121" />
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
        <message>
            <location filename="../../microcomm_desktop/domain/metrics.py" line="184" />
            <source>ER on feed posts</source>
            <translation>ER en publicaciones del feed</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/metrics.py" line="185" />
            <source>ER on polls and Q and A</source>
            <translation>ER en encuestas y preguntas y respuestas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/metrics.py" line="186" />
            <source>saves per 1,000 reach</source>
            <translation>Guardados por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/metrics.py" line="187" />
            <source>replies per 1,000 reach</source>
            <translation>Respuestas por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/metrics.py" line="188" />
            <source>returning engagers (30 d), % of engaged</source>
            <translation>Participantes recurrentes (30 d), % de quienes participaron</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/metrics.py" line="217" />
            <source>{low} to {high}</source>
            <translation>de {low} a {high}</translation>
        </message>
    </context>
    <context>
        <name>domain.post_fields</name>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="114" />
            <source>Date/time</source>
            <translation>Fecha/hora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="123" />
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="130" />
            <source>Platform post id</source>
            <translation>Id de la publicación en la plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="138" />
            <source>Link</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="144" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="148" />
            <source>How the post was made (the promise's recurring formats or your own, e.g. carousel)</source>
            <translation>Cómo se hizo la publicación (los formatos recurrentes de la promesa o los tuyos, p. ej. carrusel)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="154" />
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="157" />
            <source>Themes (comma-separated)</source>
            <translation>Temas (separados por comas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="159" />
            <source>The workspace's own content themes on this post (several allowed). Edit the cell as 'a, b', use the post form, or tag a selection with Ctrl+T. Insights ranks themes by replies and saves per 1k reach.</source>
            <translation>Los temas de contenido propios del espacio de trabajo en esta publicación (se permiten varios). Edita la celda como «a, b», usa el formulario de la publicación o etiqueta una selección con Ctrl+T. Insights clasifica los temas por respuestas y guardados por cada 1k de alcance.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="168" />
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="171" />
            <source>Label (community/reach)</source>
            <translation>Etiqueta (community/reach)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="173" />
            <source>community = judged on replies, saves, depth; reach = judged on shares and discovery</source>
            <translation>community = se juzga por respuestas, guardados y profundidad; reach = se juzga por compartidos y descubrimiento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="179" />
            <source>Title or caption</source>
            <translation>Título o texto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="187" />
            <source>Reach</source>
            <translation>Alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="193" />
            <source>Impressions</source>
            <translation>Impresiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="194" />
            <source>Views</source>
            <translation>Visualizaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="195" />
            <source>Likes</source>
            <translation>Me gusta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="198" />
            <source>Comments/replies</source>
            <translation>Comentarios/respuestas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="206" />
            <source>Shares</source>
            <translation>Compartidos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="207" />
            <source>Saves</source>
            <translation>Guardados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="208" />
            <source>DM replies</source>
            <translation>Respuestas por MD</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="211" />
            <source>Engagements</source>
            <translation>Interacciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="215" />
            <source>Engagements (platform total)</source>
            <translation>Interacciones (total de la plataforma)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="222" />
            <source>Conversions</source>
            <translation>Conversiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="228" />
            <source>Notes</source>
            <translation>Notas</translation>
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
            <location filename="../../microcomm_desktop/domain/promise.py" line="81" />
            <source>Weekly challenge</source>
            <translation>Reto semanal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="82" />
            <source>One action, one hashtag, one recap; feature three member wins weekly.</source>
            <translation>Una acción, un hashtag, un resumen; destaca cada semana tres logros de miembros.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="86" />
            <source>Office hours</source>
            <translation>Horas de consulta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="87" />
            <source>Recurring live or Q and A box; answer with names and specifics.</source>
            <translation>Directo periódico o caja de preguntas; responde con nombres y detalles.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="91" />
            <source>Teardown series</source>
            <translation>Serie de análisis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="92" />
            <source>Members submit work; review it with the same rubric every time.</source>
            <translation>Los miembros envían su trabajo; revísalo siempre con la misma rúbrica.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="96" />
            <source>Resource drops</source>
            <translation>Entregas de recursos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="97" />
            <source>Checklists, swipe files, calculators; ask members to comment their use case.</source>
            <translation>Listas de control, archivos de referencia, calculadoras; pide a los miembros que comenten su caso de uso.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="240" />
            <source>This is the place where {who} get {outcome} through {format}.</source>
            <comment>plural who</comment>
            <translation>Este es el lugar donde {who} consiguen {outcome} a través de {format}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="244" />
            <source>This is the place where {who} gets {outcome} through {format}.</source>
            <comment>singular who</comment>
            <translation>Este es el lugar donde {who} consigue {outcome} a través de {format}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="268" />
            <source>Say who it is for, e.g. “runners” or “indie skincare fans”.</source>
            <translation>Di para quién es, p. ej., «corredores» o «fans de la cosmética independiente».</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="276" />
            <source>“{who}” could be anyone: name the group, e.g. “new runners over 40”.</source>
            <translation>«{who}» podría ser cualquiera: nombra el grupo, p. ej., «corredores principiantes de más de 40».</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="285" />
            <source>Say what they get, e.g. “a weekly 20-minute mobility routine”.</source>
            <translation>Di qué consiguen, p. ej., «una rutina semanal de movilidad de 20 minutos».</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="292" />
            <source>The outcome has no number or time frame: make it checkable, e.g. “weekly 20-minute routines”.</source>
            <translation>El resultado no tiene ningún número ni plazo: hazlo comprobable, p. ej., «rutinas semanales de 20 minutos».</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="302" />
            <source>Say how it is delivered, e.g. “short videos and a Sunday Q and A”.</source>
            <translation>Di cómo se entrega, p. ej., «vídeos cortos y unas preguntas y respuestas los domingos».</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="313" />
            <source>Write the topic in one line, e.g. “budget travel in Japan”.</source>
            <translation>Escribe el tema en una línea, p. ej., «viajar barato por Japón».</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="319" />
            <source>“{topic}” is broad: narrow it, e.g. “budget travel in Japan” beats “travel”.</source>
            <translation>«{topic}» es amplio: acótalo; p. ej., «viajar barato por Japón» es mejor que «viajes».</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="324" />
            <source>Keep the topic to one short line (under 80 characters).</source>
            <translation>Deja el tema en una línea corta (menos de 80 caracteres).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/promise.py" line="331" />
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
            <location filename="../../microcomm_desktop/domain/readiness.py" line="46" />
            <source>who</source>
            <translation>quién</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="47" />
            <source>outcome</source>
            <translation>resultado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="48" />
            <source>format</source>
            <translation>formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="56" />
            <source>Promise complete</source>
            <translation>Promesa completa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="58" />
            <source>Fill the promise slot(s): {slots}.</source>
            <translation>Rellena los huecos de la promesa: {slots}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="61" />
            <source>One primary home</source>
            <translation>Una plataforma principal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="66" />
            <source>Pick where the community lives.</source>
            <translation>Elige dónde vive la comunidad.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/readiness.py" line="75" />
            <source>%n primary homes: keep one in month one.</source>
            <translation>
                <numerusform>%n plataforma principal: quédate con una en el primer mes.</numerusform>
                <numerusform>%n plataformas principales: quédate con una en el primer mes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="81" />
            <source>Three recurring formats</source>
            <translation>Tres formatos recurrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="83" />
            <source>{count} of 3 formats: add {missing} more.</source>
            <translation>{count} de 3 formatos: añade {missing} más.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="93" />
            <source>rules</source>
            <translation>reglas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="94" />
            <source>what to post</source>
            <translation>qué publicar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="95" />
            <source>how to get help</source>
            <translation>cómo pedir ayuda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="102" />
            <source>Onboarding written</source>
            <translation>Bienvenida escrita</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="104" />
            <source>Write the welcome post's {parts}.</source>
            <translation>Escribe en la publicación de bienvenida: {parts}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/readiness.py" line="113" />
            <source>%n ritual(s) scheduled: two weekly rituals is the start (e.g. Tuesday teardown, Friday wins).</source>
            <translation>
                <numerusform>%n ritual programado: para empezar, dos rituales semanales (p. ej., análisis del martes, logros del viernes).</numerusform>
                <numerusform>%n rituales programados: para empezar, dos rituales semanales (p. ej., análisis del martes, logros del viernes).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="120" />
            <source>Two rituals scheduled</source>
            <translation>Dos rituales programados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="125" />
            <source>Schedule rituals, then write five prompts for each.</source>
            <translation>Programa rituales y luego escribe cinco preguntas para cada uno.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="128" />
            <source>{ritual}: {count} of {needed}</source>
            <translation>{ritual}: {count} de {needed}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="133" />
            <source>Five prompts per ritual</source>
            <translation>Cinco preguntas por ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="137" />
            <source>Disclosure line set</source>
            <translation>Texto del aviso definido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="139" />
            <source>Add the line you use to disclose paid or gifted endorsements (e.g. “#ad — paid by …”).</source>
            <translation>Añade el texto del aviso con el que indicas recomendaciones pagadas o regaladas (p. ej., «#publi — pagado por …»).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="149" />
            <source>Response SLA set</source>
            <translation>SLA de respuesta definido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="151" />
            <source>Set the reply window and how many first comments count.</source>
            <translation>Define el plazo de respuesta y cuántos primeros comentarios cuentan.</translation>
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
        <name>money_fields</name>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="31" />
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="46" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="100" />
            <source>Enter an amount, for example {example}.</source>
            <translation>Escribe un importe, por ejemplo {example}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="105" />
            <source>An amount cannot be negative.</source>
            <translation>Un importe no puede ser negativo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="112" />
            <source>“{text}” is not an amount. Write it like {example}.</source>
            <translation>«{text}» no es un importe. Escríbelo como {example}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="130" />
            <source>Enter a whole number (0 if none).</source>
            <translation>Escribe un número entero (0 si no hay).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="135" />
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="144" />
            <source>“{text}” is not a whole number.</source>
            <translation>«{text}» no es un número entero.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="140" />
            <source>Cannot be negative.</source>
            <translation>No puede ser negativo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="149" />
            <source>Too large: the allowed range is {range}.</source>
            <translation>Demasiado grande: el rango permitido es {range}.</translation>
        </message>
    </context>
    <context>
        <name>note_numbers</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/note_numbers.py" line="42" />
            <source>“{value}” is not a whole number here; write it like {example}.</source>
            <translation>«{value}» no es un número entero aquí; escríbelo como {example}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/note_numbers.py" line="65" />
            <source>“{value}” can be read two ways; write the rate with a decimal comma, e.g. {example}.</source>
            <translation>«{value}» se puede leer de dos maneras; escribe la tasa con coma decimal, p. ej. {example}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/note_numbers.py" line="69" />
            <source>“{value}” is not a percent; write it like {example}.</source>
            <translation>«{value}» no es un porcentaje; escríbelo como {example}.</translation>
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
            <translation>Rehacer {step}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/operations.py" line="152" />
            <source>Undo {step}</source>
            <translation>Deshacer {step}</translation>
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
        <name>services.calibration</name>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="101" />
            <source>Calibrate from the last {periods} days (not {days}).</source>
            <translation>Calibra con los últimos {periods} días (no {days}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="110" />
            <source>That workspace no longer exists.</source>
            <translation>Ese espacio de trabajo ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="142" />
            <source>whole weeks' returning share (30-day window each)</source>
            <translation>porcentajes recurrentes de semanas completas (ventana de 30 días cada una)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="149" />
            <source>feed posts' ER (by {definition})</source>
            <translation>ER de publicaciones del feed (por {definition})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="150" />
            <source>polls' and Q and A posts' ER (by {definition})</source>
            <translation>ER de encuestas y publicaciones de preguntas y respuestas (por {definition})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="153" />
            <source>community posts' saves per 1,000 reach</source>
            <translation>guardados por cada 1.000 de alcance de publicaciones community</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="154" />
            <source>community posts' replies per 1,000 reach</source>
            <translation>respuestas por cada 1.000 de alcance de publicaciones community</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="158" />
            <source>Not enough data: {count} {what} in the last {days} days (at least {need} needed).</source>
            <translation>No hay datos suficientes: {count} {what} en los últimos {days} días (se necesitan al menos {need}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="163" />
            <source>No spread: the middle half of {count} {what} is a single value.</source>
            <translation>Sin dispersión: la mitad central de {count} {what} es un único valor.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="167" />
            <source>P25–P75 of {count} {what}, {since} – {until}.</source>
            <translation>P25–P75 de {count} {what}, {since} – {until}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="223" />
            <source>Nothing to apply: no band could be proposed from this period.</source>
            <translation>Nada que aplicar: no se pudo proponer ningún rango con este periodo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="227" />
            <source>Unknown band {key}.</source>
            <translation>Rango desconocido {key}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="230" />
            <source>{band}: the band must run from a lower to a higher value.</source>
            <translation>{band}: el rango debe ir de un valor menor a uno mayor.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="288" />
            <source>{text}: type the band as LOW–HIGH, e.g. 6–15.</source>
            <translation>{text}: escribe el rango como MÍNIMO–MÁXIMO, p. ej. 6–15.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="292" />
            <source>{text}: the band runs from a lower to a higher value, both 0 or more.</source>
            <translation>{text}: el rango va de un valor menor a uno mayor, ambos 0 o más.</translation>
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
            <location filename="../../microcomm_desktop/services/context.py" line="249" />
            <source>The data file {path} is damaged: {reason}.</source>
            <translation>El archivo de datos {path} está dañado: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>services.creators</name>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="250" />
            <source>Audience size cannot be negative.</source>
            <translation>El tamaño de la audiencia no puede ser negativo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="252" />
            <source>Status must be one of {statuses}.</source>
            <translation>El estado debe ser uno de estos: {statuses}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="258" />
            <source>Must be between 0 and {upper}.</source>
            <translation>Debe estar entre 0 y {upper}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="261" />
            <source>Pick the workspace holding the creator's own export, not this one.</source>
            <translation>Elige el espacio de trabajo con la exportación propia del creador, no este.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="267" />
            <source>That workspace no longer exists.</source>
            <translation>Ese espacio de trabajo ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="314" />
            <location filename="../../microcomm_desktop/services/creators.py" line="323" />
            <location filename="../../microcomm_desktop/services/creators.py" line="329" />
            <location filename="../../microcomm_desktop/services/creators.py" line="356" />
            <location filename="../../microcomm_desktop/services/creators.py" line="591" />
            <location filename="../../microcomm_desktop/services/creators.py" line="747" />
            <source>This creator no longer exists.</source>
            <translation>Este creador ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="620" />
            <source>Cannot edit {fields} of an evidence entry.</source>
            <translation>No se puede editar {fields} de una evidencia.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="627" />
            <location filename="../../microcomm_desktop/services/creators.py" line="645" />
            <source>This evidence entry no longer exists.</source>
            <translation>Esta evidencia ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="713" />
            <location filename="../../microcomm_desktop/services/creators.py" line="830" />
            <source>Deal {id}</source>
            <translation>Acuerdo {id}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="725" />
            <source>This deal no longer exists.</source>
            <translation>Este acuerdo ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="730" />
            <source>The creator and the deal must be in the same workspace.</source>
            <translation>El creador y el acuerdo deben estar en el mismo espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="788" />
            <source>undated</source>
            <translation>sin fecha</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="798" />
            <source>Replies per 1k reach</source>
            <translation>Respuestas por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="799" />
            <source>Engagement rate</source>
            <translation>Tasa de interacción</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="800" />
            <source>Returning share (30 d)</source>
            <translation>Proporción de recurrentes (30 días)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="806" />
            <source>{value} (measured in '{workspace}')</source>
            <translation>{value} (medido en «{workspace}»)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="810" />
            <source>{value} (reported)</source>
            <translation>{value} (declarado)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="817" />
            <source>Deal</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="818" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="819" />
            <source>Total cost</source>
            <translation>Coste total</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="820" />
            <source>Impressions</source>
            <translation>Impresiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="821" />
            <source>Conversions</source>
            <translation>Conversiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="822" />
            <source>Blended CPM</source>
            <translation>CPM combinado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="823" />
            <source>Blended CPA</source>
            <translation>CPA combinado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="842" />
            <source>All deals ({count})</source>
            <translation>Todos los acuerdos ({count})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="876" />
            <location filename="../../microcomm_desktop/services/creators.py" line="963" />
            <source>status: {status}</source>
            <translation>estado: {status}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="879" />
            <location filename="../../microcomm_desktop/services/creators.py" line="967" />
            <source>audience {count}</source>
            <translation>audiencia {count}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="891" />
            <location filename="../../microcomm_desktop/services/creators.py" line="974" />
            <source>Proof of conversation: {verdict} (score {score} / 100)</source>
            <translation>Prueba de conversación: {verdict} (puntuación {score} / 100)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="897" />
            <location filename="../../microcomm_desktop/services/creators.py" line="977" />
            <source>Missing:</source>
            <translation>Falta:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="902" />
            <location filename="../../microcomm_desktop/services/creators.py" line="981" />
            <source>not asked yet</source>
            <translation>aún no se ha preguntado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="904" />
            <location filename="../../microcomm_desktop/services/creators.py" line="983" />
            <source>What their audience struggles with this week:</source>
            <translation>Con qué tiene dificultades su audiencia esta semana:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="911" />
            <location filename="../../microcomm_desktop/services/creators.py" line="986" />
            <source>Evidence ({count})</source>
            <translation>Evidencias ({count})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="927" />
            <location filename="../../microcomm_desktop/services/creators.py" line="989" />
            <source>question answered with specifics</source>
            <translation>pregunta respondida con detalles</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="938" />
            <location filename="../../microcomm_desktop/services/creators.py" line="999" />
            <source>Deal history (blended = creator fees + paid media)</source>
            <translation>Historial de acuerdos (combinado = honorarios del creador + medios pagados)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="941" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1001" />
            <source>No deals linked yet.</source>
            <translation>Aún no hay acuerdos vinculados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="950" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1011" />
            <source>Prepared {date} with MicroComm Desktop.</source>
            <translation>Preparado el {date} con MicroComm Desktop.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="962" />
            <source>no niche set</source>
            <translation>sin nicho definido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="1033" />
            <source>{name} — creator</source>
            <translation>{name} — creador</translation>
        </message>
    </context>
    <context>
        <name>services.deals</name>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="84" />
            <source>draft</source>
            <extracomment>Free-text columns of a deal, grouped the way docs/domain.md §5 lists a brief's components (form pages use it).</extracomment>
            <translation>borrador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="85" />
            <source>offered</source>
            <translation>ofrecido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="86" />
            <source>signed</source>
            <translation>firmado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="87" />
            <source>live</source>
            <translation>publicado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="88" />
            <source>done</source>
            <translation>terminado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="89" />
            <source>lost</source>
            <translation>perdido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="102" />
            <source>Usage rights</source>
            <translation>Derechos de uso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="103" />
            <source>Whitelisting</source>
            <translation>Whitelisting</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="104" />
            <source>Exclusivity</source>
            <translation>Exclusividad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="105" />
            <source>Measurement</source>
            <translation>Medición</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="118" />
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="119" />
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="120" />
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="121" />
            <source>Edits allowed</source>
            <translation>Ediciones permitidas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="122" />
            <source>Access method</source>
            <translation>Método de acceso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="123" />
            <source>Ad duration</source>
            <translation>Duración de los anuncios</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="124" />
            <source>Approvals</source>
            <translation>Aprobaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="125" />
            <source>Competitor list</source>
            <translation>Lista de competidores</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="126" />
            <source>Timeframe</source>
            <translation>Plazo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="127" />
            <source>Platforms</source>
            <translation>Plataformas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="128" />
            <source>UTMs</source>
            <translation>UTM</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="129" />
            <source>Codes</source>
            <translation>Códigos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="130" />
            <source>Reporting cadence</source>
            <translation>Frecuencia de informes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="138" />
            <source>Deal {id} no longer exists.</source>
            <translation>El acuerdo {id} ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="143" />
            <source>Export as .md or .pdf, not {suffix}.</source>
            <translation>Exporta como .md o .pdf, no como {suffix}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="144" />
            <source>Export as .md or .pdf, not a file without extension.</source>
            <translation>Exporta como .md o .pdf, no como un archivo sin extensión.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="271" />
            <source>no sponsored posts linked yet</source>
            <translation>aún no hay publicaciones patrocinadas vinculadas</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/deals.py" line="273" />
            <source>none of %n sponsored post(s) spot-checked yet</source>
            <translation>
                <numerusform>aún no se ha comprobado ninguna de %n publicación patrocinada</numerusform>
                <numerusform>aún no se ha comprobado ninguna de %n publicaciones patrocinadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/deals.py" line="275" />
            <source>{carried} of %n checked sponsored post(s) carried the disclosure line ({share}); {not_checked} not checked</source>
            <translation>
                <numerusform>{carried} de %n publicación patrocinada comprobada llevaba el aviso ({share}); {not_checked} sin comprobar</numerusform>
                <numerusform>{carried} de %n publicaciones patrocinadas comprobadas llevaban el aviso ({share}); {not_checked} sin comprobar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="316" />
            <source>Unknown deal fields: {fields}.</source>
            <translation>Campos de acuerdo desconocidos: {fields}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="320" />
            <source>Name the brand (or give the deal a title).</source>
            <translation>Indica la marca (o ponle un título al acuerdo).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="322" />
            <source>Status is one of: {statuses}.</source>
            <translation>El estado es uno de: {statuses}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="329" />
            <source>Enter an amount (0 if none).</source>
            <translation>Escribe un importe (0 si no hay).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="332" />
            <source>Not an amount.</source>
            <translation>No es un importe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="334" />
            <source>Amount cannot be negative.</source>
            <translation>El importe no puede ser negativo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="340" />
            <source>Enter a whole number, 0 or more.</source>
            <translation>Escribe un número entero, 0 o más.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="345" />
            <source>The end date is before the start date.</source>
            <translation>La fecha de fin es anterior a la de inicio.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="348" />
            <source>Line {i}: unknown kind {kind}.</source>
            <translation>Línea {i}: tipo desconocido {kind}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="352" />
            <source>Line {i}: quantity cannot be negative.</source>
            <translation>Línea {i}: la cantidad no puede ser negativa.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="354" />
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="355" />
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="356" />
            <location filename="../../microcomm_desktop/services/deals.py" line="358" />
            <source>Line {i}: {problem}</source>
            <translation>Línea {i}: {problem}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="357" />
            <source>Price</source>
            <translation>Precio</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="360" />
            <source>Line {i}: price cannot be negative.</source>
            <translation>Línea {i}: el precio no puede ser negativo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="362" />
            <source>Line {i}: only a discount line can be negative.</source>
            <translation>Línea {i}: solo una línea de descuento puede ser negativa.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="366" />
            <source>Line {i}: name the deliverable's format.</source>
            <translation>Línea {i}: indica el formato del entregable.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="625" />
            <source>Brand</source>
            <translation>Marca</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="626" />
            <source>Creator name</source>
            <translation>Nombre del creador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="627" />
            <source>Creator (roster id)</source>
            <translation>Creador (id de la lista)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="628" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="629" />
            <source>Disclosure line</source>
            <translation>Texto del aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="630" />
            <source>Creator fee</source>
            <translation>Honorario del creador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="631" />
            <source>Paid media</source>
            <translation>Medios pagados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="632" />
            <source>Whitelist test budget</source>
            <translation>Presupuesto de prueba de whitelisting</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="633" />
            <source>Revenue</source>
            <translation>Ingresos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="634" />
            <location filename="../../microcomm_desktop/services/deals.py" line="974" />
            <source>Impressions</source>
            <translation>Impresiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="635" />
            <location filename="../../microcomm_desktop/services/deals.py" line="975" />
            <source>Views</source>
            <translation>Visualizaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="636" />
            <location filename="../../microcomm_desktop/services/deals.py" line="976" />
            <source>Conversions</source>
            <translation>Conversiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="637" />
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="638" />
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="639" />
            <source>Quote valid until</source>
            <translation>Presupuesto válido hasta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="640" />
            <location filename="../../microcomm_desktop/services/deals.py" line="966" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="641" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="643" />
            <source>Line {i}</source>
            <translation>Línea {i}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/deals.py" line="673" />
            <source>%n linked post(s) are not in this workspace's log.</source>
            <translation>
                <numerusform>%n publicación vinculada no está en el registro de este espacio de trabajo.</numerusform>
                <numerusform>%n publicaciones vinculadas no están en el registro de este espacio de trabajo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="682" />
            <source>That creator is not in this workspace.</source>
            <translation>Ese creador no está en este espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="699" />
            <source>That deal belongs to another workspace.</source>
            <translation>Ese acuerdo pertenece a otro espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="831" />
            <source>Post {post}: say when it was checked.</source>
            <translation>Publicación {post}: indica cuándo se comprobó.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="853" />
            <source>Post {post} is not linked to this deal's deliverables.</source>
            <translation>La publicación {post} no está vinculada a los entregables de este acuerdo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="918" />
            <source>deal {id}</source>
            <translation>acuerdo {id}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="919" />
            <source>Deal report: {name}</source>
            <translation>Informe del acuerdo: {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="942" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="953" />
            <source>not set</source>
            <translation>sin indicar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/deals.py" line="959" />
            <source>%n linked post(s)</source>
            <translation>
                <numerusform>%n publicación vinculada</numerusform>
                <numerusform>%n publicaciones vinculadas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="961" />
            <source>typed in</source>
            <translation>escrito a mano</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="967" />
            <source>Creator</source>
            <translation>Creador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="968" />
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="970" />
            <source>Total cost (fees + paid media)</source>
            <translation>Coste total (honorarios + medios pagados)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="973" />
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="977" />
            <source>Blended CPM</source>
            <translation>CPM combinado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="978" />
            <source>Blended CPV</source>
            <translation>CPV combinado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="979" />
            <source>Blended CPA</source>
            <translation>CPA combinado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="985" />
            <source>(untitled)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="986" />
            <source>not checked</source>
            <translation>sin comprobar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="988" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="988" />
            <source>NO — missing</source>
            <translation>NO, falta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1000" />
            <source>Figures</source>
            <translation>Cifras</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1001" />
            <source>Figure</source>
            <translation>Cifra</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1002" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1003" />
            <source>Disclosure spot-checks</source>
            <translation>Comprobaciones del aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1004" />
            <source>Disclosure line:</source>
            <translation>Texto del aviso:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1005" />
            <source>(none written down)</source>
            <translation>(no se anotó ninguno)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1006" />
            <source>Post date</source>
            <translation>Fecha de la publicación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1007" />
            <source>Post</source>
            <translation>Publicación</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1008" />
            <source>Line present</source>
            <translation>Aviso presente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1009" />
            <source>Checked on</source>
            <translation>Comprobado el</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1010" />
            <source>generated {date}</source>
            <translation>generado el {date}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1011" />
            <source>Blended = (creator fees + paid media) / impressions × 1,000 (CPM), / views (CPV), / conversions (CPA).</source>
            <translation>Combinado = (honorarios del creador + medios pagados) / impresiones × 1.000 (CPM), / visualizaciones (CPV), / conversiones (CPA).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1015" />
            <source>n/a = nothing to divide by yet.</source>
            <translation>n/d = aún no hay nada entre lo que dividir.</translation>
        </message>
    </context>
    <context>
        <name>services.decisions</name>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="24" />
            <source>Replies per 1k reach</source>
            <translation>Respuestas por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="25" />
            <source>Saves per 1k reach</source>
            <translation>Guardados por cada 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="26" />
            <source>Engagement rate</source>
            <translation>Tasa de interacción</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="27" />
            <source>Returning engagers reached</source>
            <translation>Participantes recurrentes alcanzados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="28" />
            <source>Returning share</source>
            <translation>Porcentaje recurrente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="29" />
            <source>Post count</source>
            <translation>Número de publicaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="30" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="72" />
            <source>That workspace no longer exists.</source>
            <translation>Ese espacio de trabajo ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="80" />
            <source>Write the decision, e.g. “dropped the carousel format: saves/1k fell 3 weeks in a row”.</source>
            <translation>Escribe la decisión, p. ej. «dejé el formato carrusel: los guardados/1.000 bajaron 3 semanas seguidas».</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="87" />
            <source>Keep the decision under {limit} characters (it has {length}).</source>
            <translation>Mantén la decisión por debajo de {limit} caracteres (tiene {length}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="93" />
            <source>Pick the metric the decision rests on ({keys}).</source>
            <translation>Elige la métrica en la que se basa la decisión ({keys}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="151" />
            <location filename="../../microcomm_desktop/services/decisions.py" line="171" />
            <source>That decision no longer exists.</source>
            <translation>Esa decisión ya no existe.</translation>
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
        <name>services.images</name>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="137" />
            <source>{file} is empty (0 bytes).</source>
            <translation>{file} está vacío (0 bytes).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="140" />
            <source>{file} is {size} MB; screenshots up to {limit} MB are accepted. Save it as JPEG or crop it, then add it again.</source>
            <translation>{file} ocupa {size} MB; se aceptan capturas de hasta {limit} MB. Guárdala como JPEG o recórtala y vuelve a añadirla.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="148" />
            <source>{file} is not an image this app can read. Use a PNG, JPEG, WebP, GIF or BMP screenshot.</source>
            <translation>{file} no es una imagen que esta aplicación pueda leer. Usa una captura PNG, JPEG, WebP, GIF o BMP.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="157" />
            <source>{file} says it is {width} × {height} pixels: the file is damaged.</source>
            <translation>{file} dice medir {width} × {height} píxeles: el archivo está dañado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="163" />
            <source>{file} is {width} × {height} pixels — too large to show safely (limit {limit} megapixels). Crop or scale it down, then add it again.</source>
            <translation>{file} mide {width} × {height} píxeles: demasiado grande para mostrarla con seguridad (límite {limit} megapíxeles). Recórtala o redúcela y vuelve a añadirla.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="177" />
            <source>{file} is not a file (it may have been moved or deleted).</source>
            <translation>{file} no es un archivo (puede que se haya movido o eliminado).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="186" />
            <source>{file} cannot be read: {reason}.</source>
            <translation>No se puede leer {file}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="257" />
            <source>{file} could not be copied into the data folder: {reason}.</source>
            <translation>No se pudo copiar {file} en la carpeta de datos: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="273" />
            <source>{file} could not be saved in the data folder: {reason}.</source>
            <translation>No se pudo guardar {file} en la carpeta de datos: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>services.importing</name>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="103" />
            <source>{name} is {size} MB; split it into files under 512 MB.</source>
            <translation>{name} ocupa {size} MB; divídelo en archivos de menos de 512 MB.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="110" />
            <source>Cannot read {path}: {reason}.</source>
            <translation>No se puede leer {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="140" />
            <source>Give the preset a name.</source>
            <translation>Ponle un nombre a la plantilla.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="143" />
            <source>{name} is a built-in preset name; pick another.</source>
            <translation>{name} es el nombre de una plantilla integrada; elige otro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="239" />
            <source>column {number}</source>
            <translation>columna {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="243" />
            <source>{first} and {second}</source>
            <translation>{first} y {second}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="248" />
            <source>day/month</source>
            <translation>día/mes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="249" />
            <source>month/day</source>
            <translation>mes/día</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="255" />
            <source>Dates in {column} are read {order} for the whole column ({evidence} settles it).</source>
            <translation>Las fechas de {column} se leen como {order} en toda la columna ({evidence} lo decide).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="265" />
            <source>Dates in {column} are read {order}, as {source} writes them.</source>
            <translation>Las fechas de {column} se leen como {order}, como las escribe {source}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="272" />
            <source>Dates in {column} read both ways (day/month or month/day) and no date in the column settles it: choose the date order (wizard: Dates; CLI: --date-order dmy or mdy).</source>
            <translation>Las fechas de {column} se pueden leer de las dos formas (día/mes o mes/día) y ninguna fecha de la columna lo decide: elige el orden de las fechas (asistente: Fechas; CLI: --date-order dmy o mdy).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="280" />
            <source>{column} mixes both orders: {conflict} contradicts {evidence}; rows that do not fit the column's order are refused.</source>
            <translation>{column} mezcla los dos órdenes: {conflict} contradice {evidence}; las filas que no encajan con el orden de la columna se rechazan.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="288" />
            <source>You chose {chosen} but {evidence} in {column} can only be {order}; rows that do not fit are refused.</source>
            <translation>Elegiste {chosen}, pero {evidence} en {column} solo puede ser {order}; las filas que no encajan se rechazan.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="324" />
            <source>Numbers in this file are written European style (1.234 = one thousand two hundred thirty-four).</source>
            <translation>Los números de este archivo están escritos al estilo europeo (1.234 = mil doscientos treinta y cuatro).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="377" />
            <source>No preset named {name}. Presets: {names}.</source>
            <translation>No hay ninguna plantilla llamada {name}. Plantillas: {names}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="437" />
            <source>%n row(s) in {years} {how}</source>
            <translation>
                <numerusform>%n fila en {years} {how}</numerusform>
                <numerusform>%n filas en {years} {how}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="441" />
            <source>Dates without a year: {parts}. Use --year (wizard: Year) to choose another year.</source>
            <translation>Fechas sin año: {parts}. Usa --year (asistente: Año) para elegir otro año.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="449" />
            <source>from the TikTok video ids (creation time)</source>
            <translation>a partir de los ID de vídeo de TikTok (momento de creación)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="451" />
            <source>as consecutive days ending at the most recent past date</source>
            <translation>como días consecutivos que terminan en la fecha pasada más reciente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="453" />
            <source>as the most recent past date (import day {today})</source>
            <translation>como la fecha pasada más reciente (día de importación {today})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="454" />
            <source>as you chose</source>
            <translation>como elegiste</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="470" />
            <source>No field {name}. Fields: {fields}.</source>
            <translation>No hay ningún campo {name}. Campos: {fields}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="488" />
            <source>No column {name} in this file. Columns: {columns}.</source>
            <translation>No hay ninguna columna {name} en este archivo. Columnas: {columns}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="530" />
            <source>Would insert {inserted}, would update {updated}, skipped {skipped}, rejected {rejected} of %n row(s).</source>
            <translation>
                <numerusform>Se insertarían {inserted}, se actualizarían {updated}, se omitirían {skipped} y se rechazarían {rejected} de %n fila.</numerusform>
                <numerusform>Se insertarían {inserted}, se actualizarían {updated}, se omitirían {skipped} y se rechazarían {rejected} de %n filas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="538" />
            <source>Inserted {inserted}, updated {updated}, skipped {skipped}, rejected {rejected} of %n row(s).</source>
            <translation>
                <numerusform>Insertadas {inserted}, actualizadas {updated}, omitidas {skipped}, rechazadas {rejected} de %n fila.</numerusform>
                <numerusform>Insertadas {inserted}, actualizadas {updated}, omitidas {skipped}, rechazadas {rejected} de %n filas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="551" />
            <source>Cancelled: nothing was written. {summary}</source>
            <translation>Cancelado: no se ha escrito nada. {summary}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="553" />
            <source>Dry run: nothing was written. {summary}</source>
            <translation>Simulación: no se ha escrito nada. {summary}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="555" />
            <source>Nothing was written because some rows were rejected (use skip-bad to import the rest). {summary}</source>
            <translation>No se ha escrito nada porque se rechazaron algunas filas (usa skip-bad para importar el resto). {summary}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="570" />
            <source>Themes: set on %n post(s).</source>
            <translation>
                <numerusform>Temas: asignados a %n publicación.</numerusform>
                <numerusform>Temas: asignados a %n publicaciones.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="572" />
            <source>Themes: would set on %n post(s).</source>
            <translation>
                <numerusform>Temas: se asignarían a %n publicación.</numerusform>
                <numerusform>Temas: se asignarían a %n publicaciones.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="574" />
            <source>; new themes: {themes}.</source>
            <translation>; temas nuevos: {themes}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="582" />
            <source>line {line}: skipped: {reason}</source>
            <translation>fila {line}: omitida: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="586" />
            <source>line {line}: rejected: {reason}</source>
            <translation>fila {line}: rechazada: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="590" />
            <source>line {line}: warning: {reason}</source>
            <translation>fila {line}: aviso: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="622" />
            <source>That workspace no longer exists.</source>
            <translation>Ese espacio de trabajo ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="648" />
            <location filename="../../microcomm_desktop/services/importing.py" line="882" />
            <location filename="../../microcomm_desktop/services/importing.py" line="1316" />
            <source>map a column to: {fields}</source>
            <translation>asigna una columna a: {fields}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="698" />
            <source>Date/time: {when} is out of range.</source>
            <translation>Fecha/hora: {when} está fuera de rango.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="723" />
            <location filename="../../microcomm_desktop/services/importing.py" line="733" />
            <source>the same post appears again; this later row wins</source>
            <translation>la misma publicación aparece otra vez; prevalece esta fila posterior</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="828" />
            <source>{field} would change from {before} to {after} on the stored post — check that this file covers the same period (a daily file or a shorter date range gives smaller numbers).</source>
            <translation>{field} cambiaría de {before} a {after} en la publicación guardada: comprueba que este archivo cubre el mismo periodo (un archivo diario o un intervalo de fechas más corto da números más pequeños).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="967" />
            <source>Post: no post with id or link {ref} in this workspace (import posts first).</source>
            <translation>Publicación: no hay ninguna publicación con el ID o enlace {ref} en este espacio de trabajo (importa primero las publicaciones).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="982" />
            <source>id {id} appears twice in the file; the later row is skipped</source>
            <translation>el ID {id} aparece dos veces en el archivo; se omite la fila posterior</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="996" />
            <source>Timestamp: {when} is out of range.</source>
            <translation>Marca de tiempo: {when} está fuera de rango.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="1067" />
            <source>parent {parent} not found; the message starts its own thread</source>
            <translation>no se encontró el mensaje padre {parent}; el mensaje inicia su propio hilo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="1351" />
            <source>@{handle} on {platform} appears again; this later row wins</source>
            <translation>@{handle} en {platform} aparece otra vez; prevalece esta fila posterior</translation>
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
        <name>services.interactions</name>
        <message>
            <location filename="../../microcomm_desktop/services/interactions.py" line="116" />
            <source>That post no longer exists.</source>
            <translation>Esa publicación ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/interactions.py" line="142" />
            <source>line {line}: @{handle} has no comment on this post; a new thread.</source>
            <translation>línea {line}: @{handle} no tiene ningún comentario en esta publicación; un hilo nuevo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/interactions.py" line="262" />
            <source>Cannot change {fields} here.</source>
            <translation>Aquí no se puede cambiar {fields}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/interactions.py" line="268" />
            <source>That person no longer exists.</source>
            <translation>Esa persona ya no existe.</translation>
        </message>
    </context>
    <context>
        <name>services.posts</name>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="190" />
            <source>Date is required (e.g. 2026-11-24 18:30).</source>
            <translation>La fecha es obligatoria (p. ej. 2026-11-24 18:30).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="195" />
            <source>add the year (e.g. 2026-11-24 18:30).</source>
            <translation>añade el año (p. ej. 2026-11-24 18:30).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="198" />
            <source>Date/time: {error}</source>
            <translation>Fecha/hora: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="202" />
            <source>Label is required: community (judged on replies, saves, depth) or reach.</source>
            <translation>La etiqueta es obligatoria: community (se evalúa por respuestas, guardados y profundidad) o reach.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="224" />
            <source>Format: keep it under 80 characters (e.g. carousel, short video, Q and A).</source>
            <translation>Formato: no pases de 80 caracteres (p. ej. carrusel, vídeo corto, preguntas y respuestas).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="233" />
            <source>Themes: {error}</source>
            <translation>Temas: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="257" />
            <source>That workspace no longer exists.</source>
            <translation>Ese espacio de trabajo ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="296" />
            <source>Date is required.</source>
            <translation>La fecha es obligatoria.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="330" />
            <source>That post no longer exists (deleted elsewhere?).</source>
            <translation>Esa publicación ya no existe (¿se eliminó en otro lugar?).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="411" />
            <location filename="../../microcomm_desktop/services/posts.py" line="442" />
            <source>That post no longer exists.</source>
            <translation>Esa publicación ya no existe.</translation>
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
            <location filename="../../microcomm_desktop/services/promise.py" line="186" />
            <source>Enter a whole number of at least 1.</source>
            <translation>Escribe un número entero de al menos 1.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="202" />
            <source>Rules</source>
            <translation>Reglas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="203" />
            <source>What to post</source>
            <translation>Qué publicar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="204" />
            <source>How to get help</source>
            <translation>Cómo pedir ayuda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="231" />
            <source>Unknown home kind {kind}.</source>
            <translation>Tipo de plataforma desconocido {kind}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="286" />
            <location filename="../../microcomm_desktop/services/promise.py" line="308" />
            <source>Give the format a name.</source>
            <translation>Ponle un nombre al formato.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="288" />
            <source>Keep the name under 120 characters.</source>
            <translation>El nombre debe tener menos de 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="401" />
            <source>Write the prompt text.</source>
            <translation>Escribe el texto de la pregunta.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="403" />
            <source>Keep a prompt under 500 characters.</source>
            <translation>Una pregunta debe tener menos de 500 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="405" />
            <source>Pick a rung: {rungs}.</source>
            <translation>Elige un peldaño: {rungs}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="487" />
            <source>That prompt no longer exists.</source>
            <translation>Esa pregunta ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="489" />
            <source>That post no longer exists.</source>
            <translation>Esa publicación ya no existe.</translation>
        </message>
    </context>
    <context>
        <name>services.quotes</name>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="58" />
            <source>fixed amount</source>
            <translation>importe fijo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="59" />
            <source>% of fee</source>
            <translation>% del honorario</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="60" />
            <source>per unit</source>
            <translation>por unidad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="118" />
            <source>Kind is one of: {kinds}.</source>
            <extracomment>Starting rates offered on an empty rate card — labelled as examples, to be replaced by the user's own.</extracomment>
            <translation>El tipo es uno de: {kinds}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="121" />
            <source>Pricing is one of: {pricings}.</source>
            <translation>El tipo de precio es uno de: {pricings}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="124" />
            <source>Give the rate a name.</source>
            <translation>Ponle un nombre a la tarifa.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="126" />
            <source>Keep the name under 120 characters.</source>
            <translation>Mantén el nombre por debajo de 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="128" />
            <source>A rate cannot be negative.</source>
            <translation>Una tarifa no puede ser negativa.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="130" />
            <source>A bundle discount is at most 100 %.</source>
            <translation>Un descuento por paquete es como máximo del 100 %.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="132" />
            <source>A base rate is a fixed price per deliverable.</source>
            <translation>Una tarifa base es un precio fijo por entregable.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="177" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="193" />
            <source>That rate no longer exists.</source>
            <translation>Esa tarifa ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="183" />
            <source>Unknown rate field {field}.</source>
            <translation>Campo de tarifa desconocido: {field}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="325" />
            <source>The package price cannot be negative.</source>
            <translation>El precio del paquete no puede ser negativo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="408" />
            <source>{quantity} × {format} @ {price}</source>
            <extracomment>Each line as the reader reads it (``line_labels``); empty = the stored descriptions.</extracomment>
            <translation>{quantity} × {format} a {price}</translation>
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
            <translation>{name}: descuento por paquete ({percent})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="436" />
            <source>Bundle discount ({percent})</source>
            <translation>Descuento por paquete ({percent})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="438" />
            <source>{name}: package price {price} for the deliverables</source>
            <translation>{name}: precio de paquete de {price} por los entregables</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="439" />
            <source>Series bundle</source>
            <translation>Paquete de serie</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="579" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="596" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="592" />
            <source>Expected CPM and cost per engagement: n/a (no posts logged in the last 90 days).</source>
            <translation>CPM y coste por interacción esperados: n/d (no hay publicaciones registradas en los últimos 90 días).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="600" />
            <source>reach</source>
            <translation>alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="602" />
            <source>impressions</source>
            <translation>impresiones</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/quotes.py" line="605" />
            <source>Expected CPM {cpm}, expected cost per engagement {cpe} — based on %n post(s) from {since} to {until} (average reach {reach}, average impressions {impressions}, ER {er} by {definition}).</source>
            <translation>
                <numerusform>CPM esperado {cpm}, coste por interacción esperado {cpe}, según %n publicación del {since} al {until} (alcance medio {reach}, impresiones medias {impressions}, ER {er} por {definition}).</numerusform>
                <numerusform>CPM esperado {cpm}, coste por interacción esperado {cpe}, según %n publicaciones del {since} al {until} (alcance medio {reach}, impresiones medias {impressions}, ER {er} por {definition}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="628" />
            <source>call to action: {cta}</source>
            <translation>llamada a la acción: {cta}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="634" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="678" />
            <source>Quote</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="635" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="692" />
            <source>not set</source>
            <translation>sin indicar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="638" />
            <source>**Creator:** {name}</source>
            <translation>**Creador:** {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="640" />
            <source>**Issued:** {date}</source>
            <translation>**Emitido:** {date}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="642" />
            <source>**Valid until:** {date}</source>
            <translation>**Válido hasta:** {date}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="643" />
            <source>**Currency:** {code}</source>
            <translation>**Moneda:** {code}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="644" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="671" />
            <source>Item</source>
            <translation>Concepto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="644" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="672" />
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="645" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="670" />
            <source>Line items</source>
            <translation>Líneas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="648" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="673" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="651" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="674" />
            <source>Deliverables</source>
            <translation>Entregables</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="658" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="712" />
            <source>(no disclosure line set — add one before publishing)</source>
            <translation>(no hay texto del aviso: añade uno antes de publicar)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="661" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="675" />
            <source>Disclosure</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="662" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="676" />
            <source>What the brand can expect</source>
            <translation>Lo que la marca puede esperar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="669" />
            <source>Currency:</source>
            <translation>Moneda:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="689" />
            <source>Creator:</source>
            <translation>Creador:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="691" />
            <source>Issued:</source>
            <translation>Emitido:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="693" />
            <source>Valid until:</source>
            <translation>Válido hasta:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="730" />
            <source>Quote — {name}</source>
            <translation>Presupuesto: {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="733" />
            <source>Export as .md or .pdf, not {suffix}.</source>
            <translation>Exporta como .md o .pdf, no como {suffix}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="734" />
            <source>Export as .md or .pdf, not a file without extension.</source>
            <translation>Exporta como .md o .pdf, no como un archivo sin extensión.</translation>
        </message>
    </context>
    <context>
        <name>services.reach</name>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="35" />
            <source>Reach stand-ins are a list per platform, e.g. youtube=views,impressions.</source>
            <translation>Los sustitutos del alcance son una lista por plataforma, p. ej. youtube=views,impressions.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="49" />
            <source>{column} cannot stand in for reach; use {columns} (in order of preference).</source>
            <translation>{column} no puede sustituir al alcance; usa {columns} (por orden de preferencia).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="51" />
            <source> or </source>
            <translation> o </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="64" />
            <source>{text}: write PLATFORM=COLUMNS, e.g. youtube=views,impressions.</source>
            <translation>{text}: escribe PLATAFORMA=COLUMNAS, p. ej. youtube=views,impressions.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="77" />
            <source>Unknown platform {platform}; use one of {platforms}.</source>
            <translation>Plataforma desconocida {platform}; usa una de estas: {platforms}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="84" />
            <source>views</source>
            <translation>visualizaciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="84" />
            <source>impressions</source>
            <translation>impresiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="151" />
            <source>{columns} for {platform}</source>
            <translation>{columns} para {platform}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="152" />
            <source> else </source>
            <translation>; si no, </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="192" />
            <source>saves/1k and replies/1k</source>
            <translation>guardados/1.000 y respuestas/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="194" />
            <source>ER, saves/1k and replies/1k</source>
            <translation>ER, guardados/1.000 y respuestas/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="199" />
            <source>{count} of {total} {platform} post(s) have no reach: {ratios} will be n/a for them. Choose what stands in for reach on {platform} (views or impressions) in Workspace settings.</source>
            <translation>Publicaciones de {platform} sin alcance: {count} de {total}; {ratios} quedarán como n/d para ellas. Elige en los ajustes del espacio de trabajo qué sustituye al alcance en {platform} (visualizaciones o impresiones).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="206" />
            <source>{count} {platform} post(s) have no reach: their ratios will use {column} instead (labelled as such).</source>
            <translation>Publicaciones de {platform} sin alcance: {count}; sus ratios usarán {column} en su lugar (indicado como tal).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="213" />
            <source>{count} {platform} post(s) have no impressions: ER (by impressions) will be n/a for them.</source>
            <translation>Publicaciones de {platform} sin impresiones: {count}; su ER (por impresiones) quedará como n/d.</translation>
        </message>
    </context>
    <context>
        <name>services.reports</name>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="127" />
            <location filename="../../microcomm_desktop/services/reports.py" line="558" />
            <source>Live attendance</source>
            <translation>Asistencia en directo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="128" />
            <location filename="../../microcomm_desktop/services/reports.py" line="667" />
            <source>Conversions</source>
            <translation>Conversiones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="129" />
            <source>Email signups</source>
            <translation>Registros de correo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="130" />
            <location filename="../../microcomm_desktop/services/reports.py" line="672" />
            <source>Demo requests</source>
            <translation>Solicitudes de demo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="131" />
            <location filename="../../microcomm_desktop/services/reports.py" line="673" />
            <source>Repeat purchases</source>
            <translation>Compras repetidas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="132" />
            <location filename="../../microcomm_desktop/services/reports.py" line="668" />
            <source>Revenue</source>
            <translation>Ingresos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="133" />
            <location filename="../../microcomm_desktop/services/reports.py" line="669" />
            <source>Spend</source>
            <translation>Gasto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="161" />
            <source>DM reply rate: {value} is not a percent between 0 and 100.</source>
            <translation>Tasa de respuesta a MD: {value} no es un porcentaje entre 0 y 100.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="260" />
            <source>{metric} is {value} (band {low}–{high}{unit})</source>
            <translation>{metric} es {value} (rango {low}–{high}{unit})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="276" />
            <source>The same few people do all the talking ({share} of interactions from 5 people)</source>
            <translation>Las mismas pocas personas llevan toda la conversación ({share} de las interacciones de 5 personas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="279" />
            <source>{handles} carry the conversation. Invite newcomers by name, ask questions anyone can answer, feature a new member this week.</source>
            <translation>{handles} sostienen la conversación. Invita a los recién llegados por su nombre, haz preguntas que cualquiera pueda responder, destaca a un miembro nuevo esta semana.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="292" />
            <source>Response SLA: {missed} of %n first comment(s) missed the {minutes}-minute reply window ({share} answered in time)</source>
            <translation>
                <numerusform>SLA de respuesta: {missed} de %n primer comentario se quedaron fuera de la ventana de {minutes} minutos ({share} respondido a tiempo)</numerusform>
                <numerusform>SLA de respuesta: {missed} de %n primeros comentarios se quedaron fuera de la ventana de {minutes} minutos ({share} respondidos a tiempo)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="299" />
            <source>Reply within {minutes} minutes to the first %n comment(s) on key posts; block the time after posting.</source>
            <translation>
                <numerusform>Responde en {minutes} minutos al primer comentario (%n) de las publicaciones clave; reserva el tiempo después de publicar.</numerusform>
                <numerusform>Responde en {minutes} minutos a los %n primeros comentarios de las publicaciones clave; reserva el tiempo después de publicar.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="312" />
            <source>Reach posts crowd out community posts ({reach} vs {community})</source>
            <translation>Las publicaciones de alcance desplazan a las de comunidad ({reach} frente a {community})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="315" />
            <source>Announcements instead of questions: turn one reach post into a question with a number, a screenshot, a choice or a constraint.</source>
            <translation>Anuncios en lugar de preguntas: convierte una publicación de alcance en una pregunta con un número, una captura, una elección o una restricción.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="327" />
            <source>Nothing to judge yet for {start} – {end}</source>
            <translation>Aún no hay nada que evaluar del {start} al {end}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="330" />
            <source>Log or import this week's posts and interactions (Posts tab); the advice appears once there is reach and engagement to measure.</source>
            <translation>Registra o importa las publicaciones e interacciones de esta semana (pestaña Publicaciones); los consejos aparecen cuando haya alcance e interacción que medir.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="341" />
            <source>Every judged metric is in or above its band</source>
            <translation>Cada métrica evaluada está dentro o por encima de su rango</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="342" />
            <source>Keep the rituals; raise one bar.</source>
            <translation>Mantén los rituales; sube un listón.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="423" />
            <source>Weekly report: {workspace}, {span}</source>
            <translation>Informe semanal: {workspace}, {span}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="426" />
            <source>30-day report: {workspace}, {span}</source>
            <translation>Informe de 30 días: {workspace}, {span}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="514" />
            <source>(%n weeks)</source>
            <translation>
                <numerusform>(%n semana)</numerusform>
                <numerusform>(%n semanas)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="526" />
            <source>all</source>
            <translation>todas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="527" />
            <source>community</source>
            <translation>comunidad</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="528" />
            <source>reach</source>
            <translation>alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="540" />
            <source>Posts: {label} · ER by {denominator} · returning engagers = people engaging on 2+ different days in the 30 days ending each week · generated offline by MicroComm Desktop</source>
            <translation>Publicaciones: {label} · ER por {denominator} · participantes recurrentes = personas que participan en 2+ días distintos en los 30 días que terminan cada semana · generado sin conexión con MicroComm Desktop</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="551" />
            <source>Leading indicators</source>
            <translation>Indicadores adelantados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="553" />
            <source>Returning engagers</source>
            <translation>Parti­ci­pan­tes recu­rren­tes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="554" />
            <source>Replies / 1k reach</source>
            <translation>Res­pues­tas / 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="555" />
            <source>Saves / 1k reach</source>
            <translation>Guar­dados / 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="556" />
            <source>ER</source>
            <translation>ER</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="557" />
            <source>Health score</source>
            <translation>Índice de salud</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="559" />
            <source>DM reply rate</source>
            <translation>Tasa de respuesta a MD</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="560" />
            <source>Response SLA</source>
            <translation>SLA de respuesta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="561" />
            <source>DM back-and-forth (logged)</source>
            <translation>Ida y vuelta de MD (registrado)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="569" />
            <source>{replied} of %n in {minutes} min ({share})</source>
            <translation>
                <numerusform>{replied} de %n en {minutes} min ({share})</numerusform>
                <numerusform>{replied} de %n en {minutes} min ({share})</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="574" />
            <source>{returning} of {engaged} ({share})</source>
            <translation>{returning} de {engaged} ({share})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="586" />
            <source>%n DM threads · {messages} msgs each · {answered} answered</source>
            <translation>
                <numerusform>%n conver­sa­ción por MD · {messages} mens. cada una · {answered} respon­didas</numerusform>
                <numerusform>%n conver­sa­ciones por MD · {messages} mens. cada una · {answered} respon­didas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="595" />
            <source>Reach stand-in: posts without reach use {standin} as the denominator of ER, saves/1k and replies/1k (a workspace setting).</source>
            <translation>Sustituto del alcance: las publicaciones sin alcance usan {standin} como denominador del ER, guardados/1.000 y respuestas/1.000 (un ajuste del espacio de trabajo).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="616" />
            <source>Scorecard: the {days} days by week (%n row(s), first and last may be partial)</source>
            <translation>
                <numerusform>Cuadro de mando: los {days} días por semana (%n fila, la primera y la última pueden ser parciales)</numerusform>
                <numerusform>Cuadro de mando: los {days} días por semana (%n filas, la primera y la última pueden ser parciales)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="624" />
            <source>Scorecard: this week and the %n before it (trend)</source>
            <translation>
                <numerusform>Cuadro de mando: esta semana y la %n anterior (tendencia)</numerusform>
                <numerusform>Cuadro de mando: esta semana y las %n anteriores (tendencia)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="627" />
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="627" />
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="628" />
            <source>Posts (c/r)</source>
            <translation>Publi­ca­cio­nes (c/a)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="629" />
            <source>Reach</source>
            <translation>Alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="630" />
            <source>ER (impressions)</source>
            <translation>ER (impre­siones)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="632" />
            <source>ER (reach)</source>
            <translation>ER (alcance)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="633" />
            <source>Saves/1k</source>
            <translation>Guard./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="634" />
            <source>Replies/1k</source>
            <translation>Resp./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="635" />
            <source>Returning</source>
            <translation>Recu­rren­tes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="636" />
            <source>RE %</source>
            <translation>PR %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="637" />
            <source>Engaged</source>
            <translation>Parti­ci­pan­tes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="638" />
            <source>Deep threads</source>
            <translation>Hilos pro­fun­dos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="639" />
            <source>Health</source>
            <translation>Sa­lud</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="665" />
            <source>Business outcomes</source>
            <translation>Resultados de negocio</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="670" />
            <source>CPA</source>
            <translation>CPA</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="671" />
            <source>Email sign-ups</source>
            <translation>Registros de correo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="682" />
            <source>Business outcomes and member notes are entered per week: these come from the week notes of the %n week(s) starting {weeks} that overlap the period.</source>
            <translation>
                <numerusform>Los resultados de negocio y las notas de miembros se anotan por semana: estos vienen de las notas de la %n semana que empieza el {weeks} y se solapa con el periodo.</numerusform>
                <numerusform>Los resultados de negocio y las notas de miembros se anotan por semana: estos vienen de las notas de las %n semanas que empiezan el {weeks} y se solapan con el periodo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="692" />
            <source>What members say</source>
            <translation>Lo que dicen los miembros</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="694" />
            <source>Top questions</source>
            <translation>Preguntas principales</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="695" />
            <source>Objections</source>
            <translation>Objeciones</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="696" />
            <source>Words members use</source>
            <translation>Palabras de los miembros</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="703" />
            <source>not entered</source>
            <translation>sin anotar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="707" />
            <source>What to do now</source>
            <translation>Qué hacer ahora</translation>
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
        <name>services.sla</name>
        <message>
            <location filename="../../microcomm_desktop/services/sla.py" line="235" />
            <source>Enter both numbers (replied and considered) or neither.</source>
            <translation>Escribe los dos números (respondidos y considerados) o ninguno.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sla.py" line="238" />
            <source>Counts cannot be negative.</source>
            <translation>Los recuentos no pueden ser negativos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sla.py" line="242" />
            <source>{replied} replied is more than the {considered} comments considered.</source>
            <translation>{replied} respondidos es más que los {considered} comentarios considerados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sla.py" line="249" />
            <source>That post no longer exists.</source>
            <translation>Esa publicación ya no existe.</translation>
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
        <name>services.themes</name>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="59" />
            <source>Keep a theme under {limit} characters ({start}… is {length}).</source>
            <translation>Mantén un tema por debajo de {limit} caracteres ({start}… tiene {length}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="67" />
            <source>A theme name cannot contain a comma or semicolon ({name}); add two themes.</source>
            <translation>El nombre de un tema no puede contener coma ni punto y coma ({name}); añade dos temas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="73" />
            <source>A theme needs a name.</source>
            <translation>Un tema necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="126" />
            <location filename="../../microcomm_desktop/services/themes.py" line="151" />
            <source>That theme no longer exists.</source>
            <translation>Ese tema ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="130" />
            <source>A theme named {name} already exists.</source>
            <translation>Ya existe un tema llamado {name}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="200" />
            <source>Select at least one post.</source>
            <translation>Selecciona al menos una publicación.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="204" />
            <source>Nothing to change.</source>
            <translation>No hay nada que cambiar.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/themes.py" line="215" />
            <source>%n of the selected posts are not in this workspace (ids {ids}).</source>
            <translation>
                <numerusform>%n de las publicaciones seleccionadas no está en este espacio de trabajo (ID {ids}).</numerusform>
                <numerusform>%n de las publicaciones seleccionadas no están en este espacio de trabajo (ID {ids}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="249" />
            <source>added {names}</source>
            <translation>añadido {names}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="251" />
            <source>removed {names}</source>
            <translation>quitado {names}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/themes.py" line="253" />
            <source>{changes} on %n post(s)</source>
            <translation>
                <numerusform>{changes} en %n publicación</numerusform>
                <numerusform>{changes} en %n publicaciones</numerusform>
            </translation>
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
            <location filename="../../microcomm_desktop/services/workspaces.py" line="68" />
            <source>No workspace named {name}. See: microcomm workspace list</source>
            <translation>No hay ningún espacio de trabajo llamado {name}. Consulta: microcomm workspace list</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="85" />
            <source>A workspace needs a name.</source>
            <translation>Un espacio de trabajo necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="87" />
            <source>Keep the workspace name under 120 characters.</source>
            <translation>El nombre del espacio de trabajo debe tener menos de 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="101" />
            <location filename="../../microcomm_desktop/services/workspaces.py" line="234" />
            <source>A workspace named {name} already exists.</source>
            <translation>Ya existe un espacio de trabajo llamado {name}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="115" />
            <location filename="../../microcomm_desktop/services/workspaces.py" line="207" />
            <location filename="../../microcomm_desktop/services/workspaces.py" line="230" />
            <source>That workspace no longer exists.</source>
            <translation>Ese espacio de trabajo ya no existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="119" />
            <source>The ER definition is 'reach' or 'impressions'.</source>
            <translation>La definición de ER es 'reach' o 'impressions'.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="156" />
            <source>{text}: the platform before ':' is a word such as instagram or youtube.</source>
            <translation>{text}: la plataforma antes de ':' es una palabra como instagram o youtube.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="163" />
            <source>{text}: type a handle, e.g. @yourname or instagram:@yourname.</source>
            <translation>{text}: escribe un usuario, p. ej., @tunombre o instagram:@tunombre.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="169" />
            <source>{text}: a handle has no spaces.</source>
            <translation>{text}: un usuario no tiene espacios.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="173" />
            <source>{text}: a handle is at most 120 characters.</source>
            <translation>{text}: un usuario tiene como máximo 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="250" />
            <source>Unknown time zone {zone}: use a name such as Europe/Berlin or America/New_York.</source>
            <translation>Zona horaria desconocida {zone}: usa un nombre como Europe/Madrid o America/Mexico_City.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="338" />
            <source>Deleting a workspace on a team server is not available yet: the app cannot take its safety copy there. Export it first (microcomm workspace export NAME -o FILE), then ask the server's administrator to remove it.</source>
            <translation>Todavía no se puede eliminar un espacio de trabajo en un servidor de equipo: la app no puede hacer allí su copia de seguridad. Expórtalo primero (microcomm workspace export NOMBRE -o ARCHIVO) y luego pide al administrador del servidor que lo elimine.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="373" />
            <source>A workspace named {name} exists again; rename it first, then undo the deletion.</source>
            <translation>Vuelve a existir un espacio de trabajo llamado {name}; cámbiale el nombre primero y luego deshaz la eliminación.</translation>
        </message>
    </context>
    <context>
        <name>store.db</name>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="68" />
            <source>'{url}' is not a database URL; write it like postgresql://user@host/database.</source>
            <translation>'{url}' no es una URL de base de datos; escríbela así: postgresql://user@host/database.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="74" />
            <source>MicroComm's team server is PostgreSQL; '{backend}' URLs are not supported (a local SQLite file is chosen with --data-dir).</source>
            <translation>El servidor de equipo de MicroComm es PostgreSQL; las URL '{backend}' no son compatibles (un archivo SQLite local se elige con --data-dir).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="82" />
            <source>The database URL names no database; add it after the host: postgresql://host/NAME.</source>
            <translation>La URL no indica ninguna base de datos; añádela después del host: postgresql://host/NAME.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="90" />
            <source>SQLite file {path}</source>
            <translation>Archivo SQLite {path}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="91" />
            <source>local socket</source>
            <translation>socket local</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="305" />
            <source>Another import or edit has been writing to this data for over {seconds} s; nothing was changed. Try again when it has finished.</source>
            <translation>Otra importación o edición lleva más de {seconds} s escribiendo en estos datos; no se ha cambiado nada. Vuelve a intentarlo cuando termine.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="330" />
            <source>Another member's import or edit has been writing to this workspace for over {seconds} s; nothing was changed. Try again when it has finished.</source>
            <translation>La importación o edición de otro miembro lleva más de {seconds} s escribiendo en este espacio de trabajo; no se ha cambiado nada. Vuelve a intentarlo cuando termine.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="380" />
            <source>Not saved: {problem}</source>
            <translation>No se ha guardado: {problem}</translation>
        </message>
    </context>
    <context>
        <name>store.files</name>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="47" />
            <source>MicroComm cannot open its data file {path}: {reason}. Nothing was changed.</source>
            <translation>MicroComm no puede abrir su archivo de datos {path}: {reason}. No se ha cambiado nada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="50" />
            <source>MicroComm cannot open its data file {path}: {reason}. Nothing was changed. Check the folder's permissions and free disk space.</source>
            <translation>MicroComm no puede abrir su archivo de datos {path}: {reason}. No se ha cambiado nada. Revisa los permisos de la carpeta y el espacio libre en disco.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="62" />
            <source>The data file {path} is empty (0 bytes).</source>
            <translation>El archivo de datos {path} está vacío (0 bytes).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="67" />
            <source>The data file {path} is not a MicroComm database (it is not SQLite).</source>
            <translation>El archivo de datos {path} no es una base de datos de MicroComm (no es SQLite).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="101" />
            <location filename="../../microcomm_desktop/store/files.py" line="105" />
            <location filename="../../microcomm_desktop/store/files.py" line="110" />
            <source>The data file {path} is damaged: {reason}.</source>
            <translation>El archivo de datos {path} está dañado: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="136" />
            <source>The disk is full ({free} MB free): the change was not saved and your data is unchanged. Free some space, then try again.</source>
            <translation>El disco está lleno ({free} MB libres): el cambio no se guardó y tus datos no han cambiado. Libera espacio y vuelve a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="156" />
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