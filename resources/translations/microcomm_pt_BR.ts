<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR">
    <context>
        <name>BestTimesPanel</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/best_times.py" line="35" />
            <source>Replies per 1k reach by weekday and 3-hour block of local time ({timezone}), pooled over %n post(s); each cell shows the rate and its post count. Hatched cells have fewer than {min_posts} posts. Move rituals to where the community answers.</source>
            <translation>
                <numerusform>Respostas por 1.000 de alcance por dia da semana e bloco de 3 horas no horário local ({timezone}), agregadas sobre %n post; cada célula mostra a taxa e o número de posts. Células hachuradas têm menos de {min_posts} posts. Leve os rituais para onde a comunidade responde.</numerusform>
                <numerusform>Respostas por 1.000 de alcance por dia da semana e bloco de 3 horas no horário local ({timezone}), agregadas sobre %n posts; cada célula mostra a taxa e o número de posts. Células hachuradas têm menos de {min_posts} posts. Leve os rituais para onde a comunidade responde.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/best_times.py" line="45" />
            <source>&lt;b&gt;{weekday} {hours} h&lt;/b&gt; {rate}/1k (%n post(s))</source>
            <translation>
                <numerusform>&lt;b&gt;{weekday} {hours} h&lt;/b&gt; {rate}/1.000 (%n post)</numerusform>
                <numerusform>&lt;b&gt;{weekday} {hours} h&lt;/b&gt; {rate}/1.000 (%n posts)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/best_times.py" line="50" />
            <source>Best times: {slots}</source>
            <translation>Melhores horários: {slots}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/best_times.py" line="52" />
            <source>No time slot has enough posts to judge yet.</source>
            <translation>Nenhuma faixa de horário tem posts suficientes para avaliar ainda.</translation>
        </message>
    </context>
    <context>
        <name>BulkTagCommand</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="62" />
            <source>tag %n post(s)</source>
            <translation>
                <numerusform>marcar %n post</numerusform>
                <numerusform>marcar %n posts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkTagDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="94" />
            <source>Tag posts</source>
            <translation>Marcar posts com temas</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="97" />
            <source>Add or remove themes on the &lt;b&gt;%n&lt;/b&gt; selected post(s). Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Adicione ou remova temas do &lt;b&gt;%n&lt;/b&gt; post selecionado. Desfaça com Ctrl+Z.</numerusform>
                <numerusform>Adicione ou remova temas dos &lt;b&gt;%n&lt;/b&gt; posts selecionados. Desfaça com Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="101" />
            <source>Tick the themes to take off the selected posts</source>
            <translation>Marque os temas a remover dos posts selecionados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="104" />
            <source>{theme}  ({count} of {total})</source>
            <translation>{theme}  ({count} de {total})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="110" />
            <source>The selected posts carry no themes yet.</source>
            <translation>Os posts selecionados ainda não têm temas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="117" />
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="121" />
            <source>Add themes:</source>
            <translation>Adicionar temas:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="122" />
            <source>Remove themes:</source>
            <translation>Remover temas:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="142" />
            <source>Select at least one post first.</source>
            <translation>Selecione pelo menos um post primeiro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/bulk_tag.py" line="145" />
            <source>Add a theme or tick one to remove.</source>
            <translation>Adicione um tema ou marque um para remover.</translation>
        </message>
    </context>
    <context>
        <name>CalculatorPage</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="30" />
            <source>&lt;b&gt;CPM&lt;/b&gt; = cost / impressions × 1,000 · &lt;b&gt;CPV&lt;/b&gt; = cost / views · &lt;b&gt;CPA&lt;/b&gt; = cost / conversions. &lt;b&gt;Blended&lt;/b&gt; uses total cost = creator fees + paid media, never one of them alone. An empty or zero denominator shows &lt;i&gt;n/a&lt;/i&gt;. Amounts are rounded half-up to cents only for display.</source>
            <translation>&lt;b&gt;CPM&lt;/b&gt; = custo / impressões × 1.000 · &lt;b&gt;CPV&lt;/b&gt; = custo / visualizações · &lt;b&gt;CPA&lt;/b&gt; = custo / conversões. &lt;b&gt;Combinado&lt;/b&gt; usa o custo total = cachê do criador + mídia paga, nunca só um deles. Um denominador vazio ou zero mostra &lt;i&gt;n/d&lt;/i&gt;. Os valores são arredondados para centavos (meio para cima) só na exibição.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="49" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="53" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="57" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="61" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="67" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="70" />
            <source>e.g. {n}</source>
            <translation>ex.: {n}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="49" />
            <source>Creator fees for all deliverables</source>
            <translation>Cachê do criador por todas as entregas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="54" />
            <source>Paid media spend (boosting, partnership ads)</source>
            <translation>Gasto com mídia paga (impulsionamento, anúncios de parceria)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="57" />
            <source>Total impressions, repeats included</source>
            <translation>Impressões totais, repetições incluídas</translation>
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
            <translation>Visualizações do vídeo (para o CPV)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="61" />
            <source>Purchases or other conversions (for CPA)</source>
            <translation>Compras ou outras conversões (para o CPA)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="64" />
            <source>Revenue attributed to the campaign (for ROAS)</source>
            <translation>Receita atribuída à campanha (para o ROAS)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="67" />
            <source>The blended CPM the brand will accept</source>
            <translation>O CPM combinado que a marca vai aceitar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="70" />
            <source>The blended CPA the brand will accept</source>
            <translation>O CPA combinado que a marca vai aceitar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="73" />
            <source>Campaign</source>
            <translation>Campanha</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="76" />
            <source>Creator &amp;fees</source>
            <translation>Cac&amp;hê do criador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="77" />
            <source>Paid &amp;media</source>
            <translation>Mídia &amp;paga</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="78" />
            <source>&amp;Impressions</source>
            <translation>&amp;Impressões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="79" />
            <source>&amp;Views</source>
            <translation>&amp;Visualizações</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="80" />
            <source>&amp;Conversions</source>
            <translation>C&amp;onversões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="81" />
            <source>&amp;Revenue</source>
            <translation>&amp;Receita</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="84" />
            <source>Reverse mode: what fee can the brand pay?</source>
            <translation>Modo inverso: que cachê a marca pode pagar?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="87" />
            <source>Target blended CP&amp;M</source>
            <translation>Meta de CP&amp;M combinado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="91" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="96" />
            <source>Max fee</source>
            <translation>Cachê máximo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="92" />
            <source>Target blended CP&amp;A</source>
            <translation>Meta de CPA com&amp;binado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="101" />
            <source>Fill in the worked example</source>
            <translation>Preencher o exemplo resolvido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="104" />
            <source>Fees {fees} + media {media}, {impressions} impressions, {conversions} conversions</source>
            <translation>Cachê {fees} + mídia {media}, {impressions} impressões, {conversions} conversões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="112" />
            <source>Clear</source>
            <translation>Limpar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="125" />
            <source>Blended (fees + media)</source>
            <translation>Combinado (cachê + mídia)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="139" />
            <source>Return on ad spend = revenue / (fees + media)</source>
            <translation>Retorno sobre o investimento em anúncios = receita / (cachê + mídia)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="144" />
            <source>For comparison (one cost alone — not how to judge the deal):</source>
            <translation>Para comparação (um custo só — não é assim que se avalia o acordo):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="149" />
            <source>Cost</source>
            <translation>Custo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="153" />
            <source>Fees only</source>
            <translation>Só cachê</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="153" />
            <source>Media only</source>
            <translation>Só mídia</translation>
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
            <translation>Corrija os campos marcados em vermelho.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="261" />
            <source>Total cost {total} = fees {fees} + media {media}</source>
            <translation>Custo total {total} = cachê {fees} + mídia {media}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="266" />
            <source>ROAS: enter revenue to see it</source>
            <translation>ROAS: informe a receita para vê-lo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="268" />
            <source>ROAS {roas} (revenue / blended cost)</source>
            <translation>ROAS {roas} (receita / custo combinado)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="284" />
            <source>Enter a target to see the highest fee that keeps it.</source>
            <translation>Informe uma meta para ver o maior cachê que a mantém.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="288" />
            <source>n/a — enter the expected impressions first.</source>
            <translation>n/d — informe primeiro as impressões esperadas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="289" />
            <source>n/a — enter the expected conversions first.</source>
            <translation>n/d — informe primeiro as conversões esperadas.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="294" />
            <source>No fee works: paid media alone ({media}) already exceeds the target over %Ln impression(s).</source>
            <translation>
                <numerusform>Nenhum cachê funciona: só a mídia paga ({media}) já passa da meta com %Ln impressão.</numerusform>
                <numerusform>Nenhum cachê funciona: só a mídia paga ({media}) já passa da meta com %Ln impressões.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="300" />
            <source>No fee works: paid media alone ({media}) already exceeds the target over %Ln conversion(s).</source>
            <translation>
                <numerusform>Nenhum cachê funciona: só a mídia paga ({media}) já passa da meta com %Ln conversão.</numerusform>
                <numerusform>Nenhum cachê funciona: só a mídia paga ({media}) já passa da meta com %Ln conversões.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/calculator.py" line="305" />
            <source>Up to &lt;b&gt;{fee}&lt;/b&gt; (with {media} media)</source>
            <translation>Até &lt;b&gt;{fee}&lt;/b&gt; (com {media} de mídia)</translation>
        </message>
    </context>
    <context>
        <name>CalendarFiles</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="39" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="60" />
            <source>Export calendar</source>
            <translation>Exportar calendário</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="41" />
            <source>Calendar (*.ics)</source>
            <translation>Calendário (*.ics)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="51" />
            <source>Export failed</source>
            <translation>A exportação falhou</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="54" />
            <source>%n calendar entries written to {path}</source>
            <translation>
                <numerusform>%n entrada de calendário gravada em {path}</numerusform>
                <numerusform>%n entradas de calendário gravadas em {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="68" />
            <source>Import a calendar file</source>
            <translation>Importar um arquivo de calendário</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="70" />
            <source>Calendar (*.ics);;All files (*)</source>
            <translation>Calendário (*.ics);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="86" />
            <source>Import failed</source>
            <translation>A importação falhou</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="93" />
            <source>Import calendar {name}</source>
            <translation>Importar calendário {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="103" />
            <source>Import calendar — {name}</source>
            <translation>Importar calendário — {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ics.py" line="120" />
            <source>Nothing else to report.</source>
            <translation>Nada mais a relatar.</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/calendar_view.py" line="45" />
            <source>Previous (PageUp)</source>
            <translation>Anterior (PageUp)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/calendar_view.py" line="47" />
            <source>Next (PageDown)</source>
            <translation>Próximo (PageDown)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/calendar_view.py" line="48" />
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/calendar_view.py" line="49" />
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/calendar_view.py" line="50" />
            <source>Month</source>
            <translation>Mês</translation>
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
            <translation>Calibrar as faixas de referência com seus próprios dados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="148" />
            <source>Learn from my last</source>
            <translation>Aprender com meus últimos</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="151" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dia</numerusform>
                <numerusform>%n dias</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="156" />
            <source>Start from the niche defaults</source>
            <translation>Começar pelos padrões do nicho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="158" />
            <source>Fill every band with its niche default (ticked); apply to go back to them</source>
            <translation>Preenche cada faixa com o padrão do nicho (marcada); aplique para voltar a eles</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="164" />
            <source>Proposed band = the middle half (25th to 75th percentile) of your own values: per post for ER, saves and replies per 1,000 reach; per week for the returning share. Tick the bands to use; they apply to this workspace only, and Edit › Undo puts the earlier bands back. Double-click a proposed band to type your own (e.g. 6–15).</source>
            <translation>Faixa proposta = a metade central (percentil 25 a 75) dos seus próprios valores: por post para a ER, os salvamentos e as respostas por 1.000 de alcance; por semana para a parcela de participantes recorrentes. Marque as faixas a usar; elas valem só para este espaço de trabalho, e Editar › Desfazer traz de volta as faixas anteriores. Clique duas vezes numa faixa proposta para digitar a sua (ex.: 6–15).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="189" />
            <source>Apply ticked bands</source>
            <translation>Aplicar as faixas marcadas</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="204" />
            <source>In use: bands calibrated on {date} from the last %n day(s).</source>
            <translation>
                <numerusform>Em uso: faixas calibradas em {date} com o último %n dia.</numerusform>
                <numerusform>Em uso: faixas calibradas em {date} com os últimos %n dias.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="208" />
            <source>In use: the niche defaults (no calibration applied).</source>
            <translation>Em uso: os padrões do nicho (nenhuma calibração aplicada).</translation>
        </message>
    </context>
    <context>
        <name>ChatImportDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="50" />
            <source>Detect from the file</source>
            <translation>Detectar pelo arquivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="51" />
            <source>Discord (DiscordChatExporter JSON or CSV)</source>
            <translation>Discord (JSON ou CSV do DiscordChatExporter)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="52" />
            <source>Telegram (Telegram Desktop result.json)</source>
            <translation>Telegram (result.json do Telegram Desktop)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="53" />
            <source>WhatsApp (Export chat .txt or .zip)</source>
            <translation>WhatsApp (“Exportar conversa” .txt ou .zip)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="54" />
            <source>Slack (workspace export folder or .zip)</source>
            <translation>Slack (pasta de exportação do workspace ou .zip)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="57" />
            <source>Decide from the whole file</source>
            <translation>Decidir pelo arquivo inteiro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="58" />
            <source>Day/month (31/12/20)</source>
            <translation>Dia/mês (31/12/20)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="59" />
            <source>Month/day (12/31/20)</source>
            <translation>Mês/dia (12/31/20)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="134" />
            <source>Import chat export</source>
            <translation>Importar exportação de chat</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="139" />
            <source>Who spoke, when and to whom, from the export your community's home gives you: each message becomes an interaction by its author; replies keep their thread; direct messages count as DMs. System messages and bots are skipped; your own handles are kept for response times but are never engagers. Importing an overlapping export again adds only the new messages.</source>
            <translation>Quem falou, quando e com quem, a partir da exportação que a casa da sua comunidade fornece: cada mensagem vira uma interação do autor; respostas mantêm a conversa; mensagens diretas contam como DMs. Mensagens do sistema e bots são ignorados; seus próprios perfis ficam para os tempos de resposta, mas nunca são participantes. Importar de novo uma exportação sobreposta só adiciona as mensagens novas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="151" />
            <source>a .json, .csv, .txt or .zip file, or a Slack export folder</source>
            <translation>um arquivo .json, .csv, .txt ou .zip, ou uma pasta de exportação do Slack</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="154" />
            <source>File…</source>
            <translation>Arquivo…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="157" />
            <source>Folder…</source>
            <translation>Pasta…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="158" />
            <source>A Slack export unpacked into a folder</source>
            <translation>Uma exportação do Slack descompactada numa pasta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="161" />
            <source>Export:</source>
            <translation>Exportação:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="166" />
            <source>Format:</source>
            <translation>Formato:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="172" />
            <source>WhatsApp dates like 03/04/26: the app decides once for the whole file (a number above 12, or the order under which the dates run forwards); choose here to override.</source>
            <translation>Datas do WhatsApp como 03/04/26: o app decide uma vez para o arquivo inteiro (um número acima de 12, ou a ordem em que as datas avançam); escolha aqui para mudar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="176" />
            <source>WhatsApp dates:</source>
            <translation>Datas do WhatsApp:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="177" />
            <source>Keep the message text (off: only who, when and to whom is stored)</source>
            <translation>Manter o texto das mensagens (desligado: só quem, quando e para quem é guardado)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="192" />
            <source>Cancel import</source>
            <translation>Cancelar importação</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="198" />
            <source>Choose the export, then Check to see what it holds, or Import.</source>
            <translation>Escolha a exportação e depois Verificar para ver o que ela contém, ou Importar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="207" />
            <source>Check (dry run)</source>
            <translation>Verificar (simulação)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="210" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="214" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="225" />
            <source>Chat export</source>
            <translation>Exportação de chat</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="225" />
            <source>Chat exports (*.json *.csv *.txt *.zip);;All files (*)</source>
            <translation>Exportações de chat (*.json *.csv *.txt *.zip);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="231" />
            <source>Slack export folder</source>
            <translation>Pasta de exportação do Slack</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="249" />
            <source>{path} does not exist.</source>
            <translation>{path} não existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="251" />
            <source>Choose the export file or folder.</source>
            <translation>Escolha o arquivo ou a pasta da exportação.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="281" />
            <source>Cancelling… rolling back.</source>
            <translation>Cancelando… revertendo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="300" />
            <source>Nothing was imported.</source>
            <translation>Nada foi importado.</translation>
        </message>
    </context>
    <context>
        <name>ChatImportWorker</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="91" />
            <source>Reading {file}…</source>
            <translation>Lendo {file}…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="99" />
            <source>Checking %Ln message(s)…</source>
            <translation>
                <numerusform>Verificando %Ln mensagem…</numerusform>
                <numerusform>Verificando %Ln mensagens…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="101" />
            <source>Importing %Ln message(s)…</source>
            <translation>
                <numerusform>Importando %Ln mensagem…</numerusform>
                <numerusform>Importando %Ln mensagens…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="103" />
            <source>(one transaction: Cancel leaves your data exactly as before)</source>
            <translation>(uma única transação: Cancelar deixa seus dados exatamente como antes)</translation>
        </message>
    </context>
    <context>
        <name>CohortModel</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/cohort_table_model.py" line="29" />
            <source>{n} of the %n people who first engaged in the week of {week} engaged again in week +{k}</source>
            <translation>
                <numerusform>{n} de %n pessoa que interagiu pela primeira vez na semana de {week} voltou a interagir na semana +{k}</numerusform>
                <numerusform>{n} das %n pessoas que interagiram pela primeira vez na semana de {week} voltaram a interagir na semana +{k}</numerusform>
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
            <translation>Esta semana ainda não chegou.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/cohort_table_model.py" line="70" />
            <source>First engaged (week of)</source>
            <translation>Primeira interação (semana de)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/cohort_table_model.py" line="75" />
            <source>People</source>
            <translation>Pessoas</translation>
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
            <translation>data da evidência</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="24" />
            <source>link</source>
            <translation>link</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="25" />
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="26" />
            <source>question proof</source>
            <translation>prova de pergunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="58" />
            <source>Add creator {name}</source>
            <translation>Adicionar criador {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="74" />
            <source>Delete creator {name}</source>
            <translation>Excluir criador {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="89" />
            <source>Edit creator {name}</source>
            <translation>Editar criador {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="104" />
            <source>Add evidence ({name})</source>
            <translation>Adicionar evidência ({name})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="106" />
            <source>Add evidence</source>
            <translation>Adicionar evidência</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="121" />
            <source>Delete evidence</source>
            <translation>Excluir evidência</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="136" />
            <source>Edit evidence {fields}</source>
            <translation>Editar evidência: {fields}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="152" />
            <source>Link deal</source>
            <translation>Vincular acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/commands.py" line="154" />
            <source>Unlink deal</source>
            <translation>Desvincular acordo</translation>
        </message>
    </context>
    <context>
        <name>CreatorDealsModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="282" />
            <source>Deal</source>
            <translation>Acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="283" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="284" />
            <source>Start</source>
            <translation>Início</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="285" />
            <source>Fees</source>
            <translation>Cachê</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="286" />
            <source>Paid media</source>
            <translation>Mídia paga</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="287" />
            <source>Total cost</source>
            <translation>Custo total</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="288" />
            <source>Impressions</source>
            <translation>Impressões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="289" />
            <source>Conversions</source>
            <translation>Conversões</translation>
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
            <translation>Combinado = (cachê do criador + mídia paga) / resultados. “Todos os acordos” usa só os acordos que informam esse resultado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="349" />
            <source>All deals ({count})</source>
            <translation>Todos os acordos ({count})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="358" />
            <source>Deal {id}</source>
            <translation>Acordo {id}</translation>
        </message>
    </context>
    <context>
        <name>CreatorDealsPanel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/creator_deals.py" line="30" />
            <source>Deals — blended = creator fees + paid media</source>
            <translation>Acordos — combinado = cachê do criador + mídia paga</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/creator_deals.py" line="41" />
            <source>Deals of this workspace not linked to this creator</source>
            <translation>Acordos deste espaço de trabalho não vinculados a este criador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/creator_deals.py" line="42" />
            <source>Link deal</source>
            <translation>Vincular acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/creator_deals.py" line="44" />
            <source>Unlink selected</source>
            <translation>Desvincular selecionado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/creator_deals.py" line="66" />
            <source>No deals linked yet — link one below or pick this creator in a deal on the Deals tab.</source>
            <translation>Nenhum acordo vinculado ainda — vincule um abaixo ou escolha este criador em um acordo na aba Acordos.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/creators/creator_deals.py" line="69" />
            <source>Over all %n deal(s): blended CPM {cpm} (cost of deals reporting impressions ÷ their impressions), blended CPA {cpa} (deals reporting conversions).</source>
            <translation>
                <numerusform>Em %n acordo: CPM combinado {cpm} (custo dos acordos que informam impressões ÷ suas impressões), CPA combinado {cpa} (acordos que informam conversões).</numerusform>
                <numerusform>Em todos os %n acordos: CPM combinado {cpm} (custo dos acordos que informam impressões ÷ suas impressões), CPA combinado {cpa} (acordos que informam conversões).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/creator_deals.py" line="81" />
            <source>{deal} (linked to another creator)</source>
            <translation>{deal} (vinculado a outro criador)</translation>
        </message>
    </context>
    <context>
        <name>CreatorListModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="62" />
            <source>0–100: question screenshots 40, fresh 'struggles this week' answer 20, measured figures 40</source>
            <translation>0–100: capturas de perguntas 40, resposta recente a “dificuldades desta semana” 20, números medidos 40</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="83" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="85" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="89" />
            <source>Niche</source>
            <translation>Nicho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="91" />
            <source>Audience</source>
            <translation>Público</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="97" />
            <source>Handles</source>
            <translation>Perfis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="100" />
            <source>Proof shots</source>
            <translation>Capturas de prova</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="106" />
            <source>Evidence</source>
            <translation>Evidências</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="112" />
            <source>Deals</source>
            <translation>Acordos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="118" />
            <source>Rubric</source>
            <translation>Rubrica</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="124" />
            <source>Score</source>
            <translation>Pontuação</translation>
        </message>
    </context>
    <context>
        <name>CreatorsTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="93" />
            <source>Filter creators by name, niche, handle, status…</source>
            <translation>Filtrar criadores por nome, nicho, perfil, status…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="96" />
            <source>New creator</source>
            <translation>Novo criador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="97" />
            <source>Add a creator to the roster (Ctrl+Shift+N)</source>
            <translation>Adicione um criador à lista (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="99" />
            <source>Delete creator</source>
            <translation>Excluir criador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="100" />
            <source>Delete the selected creator with their evidence (undo with Ctrl+Z)</source>
            <translation>Exclui o criador selecionado com suas evidências (desfaça com Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="102" />
            <source>Export one-pager…</source>
            <translation>Exportar ficha…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="103" />
            <source>PDF or Markdown with the rubric, evidence thumbnails and deal history</source>
            <translation>PDF ou Markdown com a rubrica, miniaturas das evidências e histórico de acordos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="109" />
            <source>No creators yet. Click &lt;b&gt;New creator&lt;/b&gt; to start a roster; then add evidence by dropping screenshots of posts where the creator asked a question and the audience answered.</source>
            <translation>Ainda não há criadores. Clique em &lt;b&gt;Novo criador&lt;/b&gt; para começar uma lista; depois adicione evidências soltando capturas de posts em que o criador fez uma pergunta e o público respondeu.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="283" />
            <source>Creators</source>
            <translation>Criadores</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="283" />
            <source>Fix the highlighted fields (or Revert) before switching creators.</source>
            <translation>Corrija os campos destacados (ou reverta) antes de trocar de criador.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="399" />
            <source>Saved {name}.</source>
            <translation>{name} salvo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="422" />
            <source>Creators: could not keep the open profile: {error}</source>
            <translation>Criadores: não foi possível manter o perfil aberto: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="445" />
            <source>Creators: could not keep a crash-time draft: {error}</source>
            <translation>Criadores: não foi possível manter um rascunho para o caso de falha: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="465" />
            <source>An unsaved draft from {when} (“{name}”) belonged to a creator that was deleted since, so it could not be restored.</source>
            <translation>Um rascunho não salvo de {when} (“{name}”) pertencia a um criador que foi excluído desde então, por isso não pôde ser restaurado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="487" />
            <source>Restored an unsaved draft from {when}. Fix the marked fields and Save (Ctrl+S), or Revert.</source>
            <translation>Rascunho não salvo de {when} restaurado. Corrija os campos marcados e salve (Ctrl+S), ou reverta.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="523" />
            <source>Deleted {name} (Ctrl+Z brings them back).</source>
            <translation>{name} excluído (Ctrl+Z traz de volta).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="535" />
            <source>Export creator one-pager</source>
            <translation>Exportar ficha do criador</translation>
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
            <translation>Não foi possível gravar {path}:
{error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/page.py" line="556" />
            <source>One-pager written to {path}</source>
            <translation>Ficha gravada em {path}</translation>
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
            <translation>Todas as semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="77" />
            <source>Custom…</source>
            <translation>Personalizado…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="80" />
            <source>All posts (each judged by its job)</source>
            <translation>Todos os posts (cada um avaliado pela sua função)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="81" />
            <source>Community posts</source>
            <translation>Posts de comunidade</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="82" />
            <source>Reach posts</source>
            <translation>Posts de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="88" />
            <source>Returning engagers</source>
            <translation>Participantes recorrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="89" />
            <source>Returning engagers (30 days)</source>
            <translation>Participantes recorrentes (30 dias)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="90" />
            <source>share of engagers (%)</source>
            <translation>parcela dos participantes (%)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="94" />
            <source>Replies / 1k</source>
            <translation>Respostas / 1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="95" />
            <source>Replies per 1,000 reach</source>
            <translation>Respostas por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="96" />
            <source>replies per 1k</source>
            <translation>respostas por 1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="100" />
            <source>Saves / 1k</source>
            <translation>Salvamentos / 1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="101" />
            <source>Saves per 1,000 reach</source>
            <translation>Salvamentos por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="102" />
            <source>saves per 1k</source>
            <translation>salvamentos por 1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="106" />
            <source>Health score</source>
            <translation>Índice de saúde</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="107" />
            <source>Community Health Score</source>
            <translation>Índice de saúde da comunidade</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="108" />
            <source>score (0–100)</source>
            <translation>pontuação (0–100)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="31" />
            <source>Live attendance</source>
            <translation>Presença ao vivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="32" />
            <source>DM reply rate (%)</source>
            <translation>Taxa de resposta a DMs (%)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="33" />
            <source>Conversions</source>
            <translation>Conversões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="34" />
            <source>Revenue</source>
            <translation>Receita</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="35" />
            <source>Spend (fees + paid media)</source>
            <translation>Gasto (cachês + mídia paga)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="36" />
            <source>Email sign-ups</source>
            <translation>Cadastros de e-mail</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="37" />
            <source>Demo requests</source>
            <translation>Pedidos de demonstração</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="38" />
            <source>Repeat purchases</source>
            <translation>Compras repetidas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="39" />
            <source>Top questions</source>
            <translation>Principais perguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="40" />
            <source>Objections</source>
            <translation>Objeções</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="41" />
            <source>Words members use</source>
            <translation>Palavras que os membros usam</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="166" />
            <source>All posts: community posts are judged on replies, saves and returning engagers; reach posts on reach and shares (DOMAIN §4). Pick one label to see only those posts.</source>
            <translation>Todos os posts: posts de comunidade são avaliados por respostas, salvamentos e participantes recorrentes; posts de alcance, por alcance e compartilhamentos (DOMAIN §4). Escolha um rótulo para ver só esses posts.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="190" />
            <source>Recomputing the scorecard…</source>
            <translation>Recalculando o painel de indicadores…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="191" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="194" />
            <source>Export weekly report…</source>
            <translation>Exportar relatório semanal…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="195" />
            <source>One-page PDF and an HTML file for the week holding today (Ctrl+Shift+R)</source>
            <translation>PDF de uma página e um arquivo HTML da semana que contém hoje (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="197" />
            <source>Export 30-day report…</source>
            <translation>Exportar relatório de 30 dias…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="199" />
            <source>Calibrate bands…</source>
            <translation>Calibrar faixas…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="202" />
            <source>Propose benchmark bands from your own last 30/60/90 days (the middle half of your values), shown beside the niche defaults; applied to this workspace, undoable</source>
            <translation>Propor faixas de referência a partir dos seus últimos 30/60/90 dias (a metade central dos seus valores), ao lado dos padrões do nicho; aplicadas a este espaço de trabalho, podem ser desfeitas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="211" />
            <source>Posts:</source>
            <translation>Posts:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="214" />
            <source>Range:</source>
            <translation>Período:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="227" />
            <source>Filter weeks…</source>
            <translation>Filtrar semanas…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="241" />
            <source>No posts or interactions in this range yet. Log posts (Posts tab) or import them, and this scorecard fills in week by week.</source>
            <translation>Ainda não há posts nem interações neste período. Registre posts (aba Posts) ou importe-os, e este painel se preenche semana a semana.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="262" />
            <source>What to do now</source>
            <translation>O que fazer agora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="300" />
            <source>People grouped by the week they first engaged; each cell is the share of that group engaging again in week +1…+4. Greener = newcomers come back.</source>
            <translation>Pessoas agrupadas pela semana em que participaram pela primeira vez; cada célula é a parcela do grupo que volta a participar na semana +1…+4. Mais verde = os novatos voltam.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="306" />
            <source>Newcomer cohorts</source>
            <translation>Coortes de novatos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="308" />
            <source>Distinct days with an interaction in the last 30 days</source>
            <translation>Dias distintos com uma interação nos últimos 30 dias</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="309" />
            <source>Distinct days engaged in the 30 days before they went quiet</source>
            <translation>Dias distintos com participação nos 30 dias antes de ficarem em silêncio</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="313" />
            <source>&lt;b&gt;Top engagers&lt;/b&gt; — power-member candidates (most returning days, last 30)</source>
            <translation>&lt;b&gt;Participantes mais ativos&lt;/b&gt; — candidatos a membros-chave (mais dias de retorno, últimos 30)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="314" />
            <source>&lt;b&gt;Fading regulars&lt;/b&gt; — returning before, silent for 14+ days: nudge them</source>
            <translation>&lt;b&gt;Frequentadores sumindo&lt;/b&gt; — antes recorrentes, 14+ dias em silêncio: dê um toque neles</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="321" />
            <source>Top engagers</source>
            <translation>Participantes mais ativos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="322" />
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="684" />
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="193" />
            <source>Week notes</source>
            <translation>Notas da semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="395" />
            <source>One per line; quoted words members use</source>
            <translation>Uma por linha; palavras dos membros entre aspas</translation>
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
            <translation>vazio = desconhecido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="411" />
            <source>CPA = spend / conversions (blended: creator fees + paid media)</source>
            <translation>CPA = gasto / conversões (combinado: cachês de criadores + mídia paga)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="413" />
            <source>Save week notes</source>
            <translation>Salvar notas da semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="414" />
            <source>Ctrl+S — undo with Ctrl+Z</source>
            <translation>Ctrl+S — desfazer com Ctrl+Z</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="431" />
            <source>Week notes: could not save an open edit: {reason}</source>
            <translation>Notas da semana: não foi possível salvar uma edição aberta: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="457" />
            <source>“From” is after “to”: pick an earlier start.</source>
            <translation>“De” é depois de “até”: escolha um início anterior.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="460" />
            <source>Pick a range of at most 20 years.</source>
            <translation>Escolha um período de no máximo 20 anos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="519" />
            <source>Could not compute the scorecard: {reason}</source>
            <translation>Não foi possível calcular o painel de indicadores: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="580" />
            <source>ER = engagements / {denominator} (workspace setting). Returning engagers = people who engaged on 2+ different days in the 30 days ending each week. Cell colours: red below the benchmark band, green in it, blue above it. ▲▼ = change from the week before. Hover a cell for its formula and inputs.</source>
            <translation>ER = interações / {denominator} (configuração do espaço de trabalho). Participantes recorrentes = pessoas que participaram em 2+ dias diferentes nos 30 dias que terminam em cada semana. Cores: vermelho abaixo da faixa, verde dentro, azul acima. ▲▼ = variação em relação à semana anterior. Passe o mouse sobre uma célula para ver a fórmula e os dados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="598" />
            <source>returning engagers</source>
            <translation>participantes recorrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="612" />
            <source>No data yet.</source>
            <translation>Ainda não há dados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="685" />
            <source>The notes of the week you left were not saved: {reason}</source>
            <translation>As notas da semana que você deixou não foram salvas: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="709" />
            <source>Week notes for the week of {week} not stored yet: {reason}</source>
            <translation>As notas da semana de {week} ainda não foram guardadas: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="716" />
            <source>The week of {week} is no longer in the scorecard: its typed notes are kept as a draft and come back when that week is shown.</source>
            <translation>A semana de {week} não está mais no painel: as notas digitadas ficam como rascunho e voltam quando essa semana for exibida.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="727" />
            <source>Select a week in the scorecard to enter its outcomes and notes.</source>
            <translation>Selecione uma semana no painel para registrar os resultados e as notas dela.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="743" />
            <source>Week notes: restored an unsaved draft from {when}</source>
            <translation>Notas da semana: rascunho não salvo de {when} restaurado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="771" />
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="201" />
            <source>Saved notes for the week of {week}</source>
            <translation>Notas da semana de {week} salvas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="779" />
            <source>Notes for the week of {week} are not valid yet: kept as a draft (select that week to finish them).</source>
            <translation>As notas da semana de {week} ainda não são válidas: mantidas como rascunho (selecione essa semana para terminá-las).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="132" />
            <source>&lt;b&gt;Week of {week}&lt;/b&gt; — business outcomes and what members said (used by the reports)</source>
            <translation>&lt;b&gt;Semana de {week}&lt;/b&gt; — resultados de negócio e o que os membros disseram (usado pelos relatórios)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="142" />
            <source>CPA this week: {cpa}</source>
            <translation>CPA desta semana: {cpa}</translation>
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
            <translation>Salvar notas da semana de {week}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/week_notes.py" line="194" />
            <source>Not saved: {reason}</source>
            <translation>Não salvo: {reason}</translation>
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
            <translation>Abra ou crie um espaço de trabalho primeiro; depois os dados dele podem ser exportados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="82" />
            <source>the system language</source>
            <translation>o idioma do sistema</translation>
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
            <translation>O MicroComm vai usar {language} a partir da próxima inicialização.

Reconstruir a janela em {language} agora? O que você está digitando é salvo antes; o histórico de desfazer das abas abertas recomeça do zero.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="98" />
            <source>The language changes to {language} at the next start.</source>
            <translation>O idioma muda para {language} na próxima inicialização.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="119" />
            <source>Back up now</source>
            <translation>Fazer backup agora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="120" />
            <source>The backup failed: {reason}</source>
            <translation>O backup falhou: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="126" />
            <source>Backed up to {path}</source>
            <translation>Backup salvo em {path}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="144" />
            <source>Export workspace to file</source>
            <translation>Exportar espaço de trabalho para arquivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="146" />
            <location filename="../../microcomm_desktop/ui/window_data.py" line="166" />
            <source>MicroComm workspace (*.mcw)</source>
            <translation>Espaço de trabalho do MicroComm (*.mcw)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="153" />
            <source>Export workspace</source>
            <translation>Exportar espaço de trabalho</translation>
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
            <translation>Importar arquivo de espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="178" />
            <source>Name of the new workspace:</source>
            <translation>Nome do novo espaço de trabalho:</translation>
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
            <translation>Restaurar de um backup</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="203" />
            <source>Replace the current data with {name}?

The current data is backed up first.</source>
            <translation>Substituir os dados atuais por {name}?

Os dados atuais são salvos em backup antes.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="215" />
            <source>Not restored: {reason}</source>
            <translation>Não restaurado: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="226" />
            <source>Restored. The previous data was saved as {name}.</source>
            <translation>Restaurado. Os dados anteriores foram salvos como {name}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="236" />
            <source>Where is my data?</source>
            <translation>Onde estão meus dados?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="237" />
            <source>Database: {db}
Backups: {backups}
Window state: {settings}
Error log: {log}

Everything stays on this computer; MicroComm makes no network connections.</source>
            <translation>Banco de dados: {db}
Backups: {backups}
Estado da janela: {settings}
Registro de erros: {log}

Tudo fica neste computador; o MicroComm não faz conexões de rede.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="247" />
            <source>About {app}</source>
            <translation>Sobre o {app}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="248" />
            <source>&lt;b&gt;{app} Desktop {version}&lt;/b&gt;&lt;p&gt;Run a micro community as a measured system.&lt;/p&gt;&lt;p&gt;Data file: {path}&lt;/p&gt;</source>
            <translation>&lt;b&gt;{app} Desktop {version}&lt;/b&gt;&lt;p&gt;Conduza uma microcomunidade como um sistema medido.&lt;/p&gt;&lt;p&gt;Arquivo de dados: {path}&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>DealCommands</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="56" />
            <source>deal</source>
            <translation>acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="58" />
            <source>Edit deal {label}</source>
            <translation>Editar o acordo {label}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="60" />
            <source>New deal {label}</source>
            <translation>Novo acordo {label}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="81" />
            <source>Delete deal {label}</source>
            <translation>Excluir o acordo {label}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="97" />
            <source>Change rate name</source>
            <translation>Alterar o nome do preço</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="98" />
            <source>Change rate amount</source>
            <translation>Alterar o valor do preço</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="99" />
            <source>Change rate unit</source>
            <translation>Alterar a unidade do preço</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="102" />
            <source>Change rate {field}</source>
            <translation>Alterar o campo {field} do preço</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="122" />
            <source>Add rate {name}</source>
            <translation>Adicionar o preço {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="140" />
            <source>Delete rate</source>
            <translation>Excluir preço</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="177" />
            <source>Disclosure check for {label}</source>
            <translation>Verificação do aviso de {label}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/commands.py" line="179" />
            <source>Disclosure checks for {label}</source>
            <translation>Verificações do aviso de {label}</translation>
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
            <translation>Qtd.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="65" />
            <source>Timing</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="66" />
            <source>Call to action</source>
            <translation>Chamada para ação</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="67" />
            <source>Unit price</source>
            <translation>Preço unitário</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="68" />
            <source>Linked posts</source>
            <translation>Posts vinculados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="114" />
            <source>Edit deal</source>
            <translation>Editar acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="114" />
            <source>New deal</source>
            <translation>Novo acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="122" />
            <source>e.g. TrailFlex Socks</source>
            <translation>ex.: TrailFlex Socks</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="125" />
            <source>e.g. 4-week series</source>
            <translation>ex.: série de 4 semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="127" />
            <source>(no linked creator)</source>
            <translation>(nenhum criador vinculado)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="132" />
            <source>Link the deal to a creator in the Creators roster (optional)</source>
            <translation>Vincule o acordo a um criador da lista de criadores (opcional)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="134" />
            <source>Creator or account name shown on quotes</source>
            <translation>Nome do criador ou da conta mostrado nos orçamentos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="144" />
            <source>Creator fees for all deliverables</source>
            <translation>Cachê do criador por todas as entregas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="146" />
            <source>Paid media spend on top of the fee</source>
            <translation>Gasto com mídia paga além do cachê</translation>
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
            <translation>Criador (lista)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="151" />
            <source>Creator &amp;name</source>
            <translation>&amp;Nome do criador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="152" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="153" />
            <source>Start date</source>
            <translation>Data de início</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="154" />
            <source>End date</source>
            <translation>Data de término</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="155" />
            <source>Quote valid until</source>
            <translation>Orçamento válido até</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="156" />
            <source>Creator &amp;fees</source>
            <translation>&amp;Cachê do criador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="157" />
            <source>Paid &amp;media</source>
            <translation>Mídia &amp;paga</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="160" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="161" />
            <source>Deal</source>
            <translation>Acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="175" />
            <source>&amp;Add deliverable</source>
            <translation>&amp;Adicionar entrega</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="177" />
            <source>&amp;Remove</source>
            <translation>&amp;Remover</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="179" />
            <source>&amp;Link posts…</source>
            <translation>&amp;Vincular posts…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="180" />
            <source>Pick the logged posts that carried the selected deliverable</source>
            <translation>Escolha os posts registrados que cumpriram a entrega selecionada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="191" />
            <source>Priced quote lines kept with this deal: {lines}</source>
            <translation>Linhas de orçamento com preço guardadas com este acordo: {lines}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="194" />
            <source>Deliverables</source>
            <translation>Entregas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="209" />
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="209" />
            <source>Agreed test budget for whitelisted ads</source>
            <translation>Orçamento de teste combinado para anúncios com whitelisting</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="213" />
            <source>Test budget</source>
            <translation>Orçamento de teste</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="215" />
            <source>e.g. #ad Paid partnership with …</source>
            <translation>ex.: #publi Parceria paga com …</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="216" />
            <source>Endorsements with a material connection must be disclosed clearly</source>
            <translation>Recomendações com vínculo comercial precisam ser sinalizadas com clareza</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="217" />
            <source>Disclosure</source>
            <translation>Aviso de publicidade</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="218" />
            <source>Disclosure line</source>
            <translation>Texto do aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="219" />
            <source>Terms</source>
            <translation>Condições</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="224" />
            <source>Total impressions once live</source>
            <translation>Impressões totais depois de publicado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="225" />
            <source>Video views</source>
            <translation>Visualizações do vídeo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="226" />
            <source>Purchases / conversions</source>
            <translation>Compras / conversões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="227" />
            <source>Revenue attributed to the deal</source>
            <translation>Receita atribuída ao acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="240" />
            <source>Impressions</source>
            <translation>Impressões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="241" />
            <source>Views</source>
            <translation>Visualizações</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="242" />
            <source>Conversions</source>
            <translation>Conversões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="243" />
            <source>Revenue</source>
            <translation>Receita</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="249" />
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="310" />
            <source>Select the row and press Link posts…</source>
            <translation>Selecione a linha e clique em Vincular posts…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="329" />
            <source>Select a deliverable first, then link its posts.</source>
            <translation>Selecione uma entrega primeiro e depois vincule os posts dela.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="354" />
            <source>Deliverable {row}: quantity must be a whole number (got “{text}”).</source>
            <translation>Entrega {row}: a quantidade precisa ser um número inteiro (foi digitado “{text}”).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="360" />
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="365" />
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="367" />
            <source>Deliverable {row}: {problem}</source>
            <translation>Entrega {row}: {problem}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="362" />
            <source>Deliverable {row}: name the format (e.g. short video).</source>
            <translation>Entrega {row}: informe o formato (ex.: vídeo curto).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="364" />
            <source>The quantity</source>
            <translation>A quantidade</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="366" />
            <source>The amount (quantity × price)</source>
            <translation>O valor (quantidade × preço)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="424" />
            <source>Some fields need fixing (marked in red).</source>
            <translation>Alguns campos precisam de correção (marcados em vermelho).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="456" />
            <source>from linked posts</source>
            <translation>dos posts vinculados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="459" />
            <source>conversions too</source>
            <translation>conversões também</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="461" />
            <source>conversions are the typed number</source>
            <translation>as conversões são o número digitado</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="465" />
            <source>Results come from %Ln linked post(s): {impressions} impressions, {views} views ({conversions}). Typed impressions/views are ignored while posts are linked.</source>
            <translation>
                <numerusform>Os resultados vêm de %Ln post vinculado: {impressions} impressões, {views} visualizações ({conversions}). Impressões/visualizações digitadas são ignoradas enquanto houver posts vinculados.</numerusform>
                <numerusform>Os resultados vêm de %Ln posts vinculados: {impressions} impressões, {views} visualizações ({conversions}). Impressões/visualizações digitadas são ignoradas enquanto houver posts vinculados.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="477" />
            <source>Type the results once the deal is live — or link posts on the Deliverables tab.</source>
            <translation>Digite os resultados quando o acordo estiver no ar — ou vincule posts na aba Entregas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="480" />
            <source>Fix the fee and media amounts to see the figures.</source>
            <translation>Corrija os valores de cachê e mídia para ver os números.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="491" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="494" />
            <source>&lt;b&gt;Blended&lt;/b&gt; (cost {cost}): CPM &lt;b&gt;{cpm}&lt;/b&gt; · CPV &lt;b&gt;{cpv}&lt;/b&gt; · CPA &lt;b&gt;{cpa}&lt;/b&gt; · ROAS &lt;b&gt;{roas}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Combinado&lt;/b&gt; (custo {cost}): CPM &lt;b&gt;{cpm}&lt;/b&gt; · CPV &lt;b&gt;{cpv}&lt;/b&gt; · CPA &lt;b&gt;{cpa}&lt;/b&gt; · ROAS &lt;b&gt;{roas}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="511" />
            <source>Not saved: {error}</source>
            <translation>Não foi salvo: {error}</translation>
        </message>
    </context>
    <context>
        <name>DealPostsDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="33" />
            <source>Link posts to this deliverable</source>
            <translation>Vincular posts a esta entrega</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="38" />
            <source>Tick the posts that delivered it. Their impressions and views (and conversions, when logged) replace the numbers typed into the deal.</source>
            <translation>Marque os posts que a cumpriram. As impressões e visualizações deles (e conversões, quando registradas) substituem os números digitados no acordo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="45" />
            <source>Filter by date, title or format…</source>
            <translation>Filtrar por data, título ou formato…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="51" />
            <source>{date}  {title}  [{format}]  %Ln impression(s)</source>
            <translation>
                <numerusform>{date}  {title}  [{format}]  %Ln impressão</numerusform>
                <numerusform>{date}  {title}  [{format}]  %Ln impressões</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="52" />
            <source>(untitled)</source>
            <translation>(sem título)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="60" />
            <source>No posts logged yet — add them in the Posts tab, then link them here.</source>
            <translation>Nenhum post registrado ainda — adicione-os na aba Posts e depois vincule-os aqui.</translation>
        </message>
    </context>
    <context>
        <name>DealTableModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="44" />
            <source>Blended cost = creator fees + paid media</source>
            <translation>Custo combinado = cachê do criador + mídia paga</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="45" />
            <source>Blended CPM = (fees + media) / impressions × 1,000</source>
            <translation>CPM combinado = (cachê + mídia) / impressões × 1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="46" />
            <source>Blended CPA = (fees + media) / conversions</source>
            <translation>CPA combinado = (cachê + mídia) / conversões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="47" />
            <source>Revenue / (fees + media)</source>
            <translation>Receita / (cachê + mídia)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="48" />
            <source>Linked posts from the post log, or numbers typed into the deal</source>
            <translation>Posts vinculados do registro de posts, ou números digitados no acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="49" />
            <source>Of the spot-checked sponsored posts, how many carried the disclosure line (Disclosure checks…)</source>
            <translation>Dos posts patrocinados verificados, quantos traziam o aviso (Verificar aviso…)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="69" />
            <source>Impressions and views summed from %n linked post(s) (conversions from the posts)</source>
            <translation>
                <numerusform>Impressões e visualizações somadas de %n post vinculado (conversões dos posts)</numerusform>
                <numerusform>Impressões e visualizações somadas de %n posts vinculados (conversões dos posts)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="76" />
            <source>Impressions and views summed from %n linked post(s)</source>
            <translation>
                <numerusform>Impressões e visualizações somadas de %n post vinculado</numerusform>
                <numerusform>Impressões e visualizações somadas de %n posts vinculados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="86" />
            <source>%n linked post(s)</source>
            <translation>
                <numerusform>%n post vinculado</numerusform>
                <numerusform>%n posts vinculados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="87" />
            <source>typed in</source>
            <translation>digitado</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="106" />
            <source>0 of %n checked</source>
            <translation>
                <numerusform>0 de %n verificado</numerusform>
                <numerusform>0 de %n verificados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="130" />
            <source>Brand / deal</source>
            <translation>Marca / acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="133" />
            <source>Creator</source>
            <translation>Criador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="136" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="141" />
            <source>Start</source>
            <translation>Início</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="146" />
            <source>End</source>
            <translation>Término</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="150" />
            <source>Cost (fees + media)</source>
            <translation>Custo (cachê + mídia)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="152" />
            <source>Impressions</source>
            <translation>Impressões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/deal_table_model.py" line="158" />
            <source>Conversions</source>
            <translation>Conversões</translation>
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
            <translation>Filtrar acordos por marca, criador ou status… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="56" />
            <source>All statuses</source>
            <translation>Todos os status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="61" />
            <source>&amp;New deal</source>
            <translation>&amp;Novo acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="62" />
            <source>New deal (Ctrl+Shift+N)</source>
            <translation>Novo acordo (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="63" />
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="64" />
            <source>Edit the selected deal (Enter or double-click)</source>
            <translation>Editar o acordo selecionado (Enter ou clique duplo)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="65" />
            <source>&amp;Delete</source>
            <translation>E&amp;xcluir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="66" />
            <source>Delete the selected deal (Del) — Ctrl+Z brings it back</source>
            <translation>Excluir o acordo selecionado (Del) — Ctrl+Z o traz de volta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="67" />
            <source>Export &amp;quote…</source>
            <translation>Exportar &amp;orçamento…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="68" />
            <source>Save the selected deal as a quote: Markdown (.md) or PDF (.pdf)</source>
            <translation>Salvar o acordo selecionado como orçamento: Markdown (.md) ou PDF (.pdf)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="69" />
            <source>Disclosure c&amp;hecks…</source>
            <translation>&amp;Verificar aviso…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="71" />
            <source>Spot-check the posts linked to the selected deal: was the disclosure line there? (Ctrl+Z undoes)</source>
            <translation>Verificar os posts vinculados ao acordo selecionado: o aviso estava lá? (Ctrl+Z desfaz)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="73" />
            <source>Deal &amp;report…</source>
            <translation>&amp;Relatório do acordo…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="75" />
            <source>Save the selected deal's results and disclosure spot-checks as PDF or Markdown</source>
            <translation>Salvar os resultados e as verificações do aviso do acordo selecionado como PDF ou Markdown</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="100" />
            <source>&lt;h3&gt;No deals yet&lt;/h3&gt;&lt;p&gt;Track each partnership from draft to done: press &lt;b&gt;New deal&lt;/b&gt; (Ctrl+Shift+N), or build a quote from your rate card in &lt;b&gt;Quote builder&lt;/b&gt; and save it as a deal.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Nenhum acordo ainda&lt;/h3&gt;&lt;p&gt;Acompanhe cada parceria do rascunho à conclusão: clique em &lt;b&gt;Novo acordo&lt;/b&gt; (Ctrl+Shift+N) ou monte um orçamento com sua tabela de preços em &lt;b&gt;Gerador de orçamentos&lt;/b&gt; e salve-o como acordo.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="187" />
            <source>Select a deal to see its figures.</source>
            <translation>Selecione um acordo para ver os números dele.</translation>
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
                <numerusform>Resultados de %n post vinculado do registro: {impressions} impressões, {views} visualizações, {conversions} conversões.</numerusform>
                <numerusform>Resultados de %n posts vinculados do registro: {impressions} impressões, {views} visualizações, {conversions} conversões.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="201" />
            <source>Results as typed into the deal: {impressions} impressions, {views} views, {conversions} conversions.</source>
            <translation>Resultados como digitados no acordo: {impressions} impressões, {views} visualizações, {conversions} conversões.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="211" />
            <source>&lt;p&gt;&lt;span style='font-size:15pt'&gt;Blended CPM &lt;b&gt;{cpm}&lt;/b&gt; · CPA &lt;b&gt;{cpa}&lt;/b&gt; · CPV &lt;b&gt;{cpv}&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Total cost {total} = fees {fees} + media {media} · ROAS {roas}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;span style='font-size:15pt'&gt;CPM combinado &lt;b&gt;{cpm}&lt;/b&gt; · CPA &lt;b&gt;{cpa}&lt;/b&gt; · CPV &lt;b&gt;{cpv}&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Custo total {total} = cachê {fees} + mídia {media} · ROAS {roas}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="223" />
            <source>&lt;p&gt;&lt;small&gt;Fees only: CPM {fees_cpm}, CPA {fees_cpa} · Media only: CPM {media_cpm}, CPA {media_cpa}&lt;/small&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;small&gt;Só cachê: CPM {fees_cpm}, CPA {fees_cpa} · Só mídia: CPM {media_cpm}, CPA {media_cpa}&lt;/small&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="234" />
            <source>&lt;p&gt;&lt;small&gt;Blended = (creator fees + paid media) / impressions × 1,000 (CPM), / views (CPV), / conversions (CPA). n/a = nothing to divide by yet.&lt;/small&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;small&gt;Combinado = (cachê do criador + mídia paga) / impressões × 1.000 (CPM), / visualizações (CPV), / conversões (CPA). n/d = ainda não há pelo que dividir.&lt;/small&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="242" />
            <source>Disclosure spot-checks: link the sponsored posts to the deliverables to check them.</source>
            <translation>Verificações do aviso: vincule os posts patrocinados às entregas para verificá-los.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="245" />
            <source>Disclosure spot-checks: &lt;b&gt;none&lt;/b&gt; of %n sponsored post(s) checked yet — press &lt;i&gt;Disclosure checks…&lt;/i&gt;.</source>
            <translation>
                <numerusform>Verificações do aviso: &lt;b&gt;nenhum&lt;/b&gt; de %n post patrocinado verificado ainda — clique em &lt;i&gt;Verificar aviso…&lt;/i&gt;.</numerusform>
                <numerusform>Verificações do aviso: &lt;b&gt;nenhum&lt;/b&gt; de %n posts patrocinados verificado ainda — clique em &lt;i&gt;Verificar aviso…&lt;/i&gt;.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="252" />
            <source>Disclosure spot-checks: &lt;b style='color:{color}'&gt;{carried} of %n&lt;/b&gt; checked sponsored post(s) carried the disclosure line ({share}); {not_checked} not checked.</source>
            <translation>
                <numerusform>Verificações do aviso: &lt;b style='color:{color}'&gt;{carried} de %n&lt;/b&gt; post patrocinado verificado trazia o aviso ({share}); {not_checked} sem verificação.</numerusform>
                <numerusform>Verificações do aviso: &lt;b style='color:{color}'&gt;{carried} de %n&lt;/b&gt; posts patrocinados verificados traziam o aviso ({share}); {not_checked} sem verificação.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="290" />
            <source>Disclosure checks not saved</source>
            <translation>Verificações do aviso não salvas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="317" />
            <source>Deal not saved</source>
            <translation>Acordo não salvo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="346" />
            <source>Kept the other member's version of the deal.</source>
            <translation>A versão do acordo do outro membro foi mantida.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="374" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="385" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="390" />
            <source>Export quote</source>
            <translation>Exportar orçamento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="391" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="421" />
            <source>Could not write {path}:
{reason}</source>
            <translation>Não foi possível gravar {path}:
{reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="394" />
            <source>Quote written to {path}</source>
            <translation>Orçamento salvo em {path}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="405" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="415" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="420" />
            <source>Export deal report</source>
            <translation>Exportar relatório do acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/deals_list.py" line="424" />
            <source>Deal report written to {path}</source>
            <translation>Relatório do acordo salvo em {path}</translation>
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
            <translation>&amp;Acordos salvos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/page.py" line="48" />
            <source>&amp;Quote builder</source>
            <translation>Gerador de orçamen&amp;tos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/page.py" line="148" />
            <source>Export quote lines</source>
            <translation>Exportar linhas do orçamento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/page.py" line="156" />
            <source>Export failed</source>
            <translation>Falha na exportação</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/page.py" line="160" />
            <source>Exported deals to {path}</source>
            <translation>Acordos exportados para {path}</translation>
        </message>
    </context>
    <context>
        <name>DecisionCommand</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="143" />
            <source>log decision</source>
            <translation>registrar decisão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="170" />
            <source>edit decision</source>
            <translation>editar decisão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="187" />
            <source>delete decision</source>
            <translation>excluir decisão</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="50" />
            <source>Edit decision</source>
            <translation>Editar decisão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="50" />
            <source>Log a decision</source>
            <translation>Registrar uma decisão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="55" />
            <source>The week the decision rests on (snapped to the workspace's week start)</source>
            <translation>A semana em que a decisão se baseia (ajustada ao início de semana do espaço de trabalho)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="65" />
            <source>measured on… e.g. format: carousel</source>
            <translation>medido em… ex.: formato: carrossel</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="67" />
            <source>e.g. Dropped the carousel format: saves/1k fell 3 weeks in a row.</source>
            <translation>ex.: Abandonamos o formato carrossel: salvamentos/1k caíram 3 semanas seguidas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="78" />
            <source>Week of:</source>
            <translation>Semana de:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="79" />
            <source>Rests on:</source>
            <translation>Baseia-se em:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="80" />
            <source>Measured on:</source>
            <translation>Medido em:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="81" />
            <source>Decision:</source>
            <translation>Decisão:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="83" />
            <source>One content decision per week, tied to the number it rests on.</source>
            <translation>Uma decisão de conteúdo por semana, ligada ao número em que se baseia.</translation>
        </message>
    </context>
    <context>
        <name>DecisionLog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="64" />
            <source>Log a decision…</source>
            <translation>Registrar uma decisão…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="65" />
            <source>Ctrl+D — prefilled from the selected row of the ranking</source>
            <translation>Ctrl+D — preenchido com a linha selecionada do ranking</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="67" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="69" />
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="92" />
            <source>No decision logged for this week (week of {week}) — tie one content decision to the data every week.</source>
            <translation>Nenhuma decisão registrada nesta semana (semana de {week}) — ligue uma decisão de conteúdo aos dados toda semana.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="98" />
            <source>{logged} of the last 4 weeks have a decision logged.</source>
            <translation>{logged} das últimas 4 semanas têm uma decisão registrada.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="122" />
            <source>{group}: median replies/1k {median}, saves/1k {saves} over %n post(s) → </source>
            <translation>
                <numerusform>{group}: mediana de respostas/1.000 {median}, salvamentos/1.000 {saves} em %n post → </numerusform>
                <numerusform>{group}: mediana de respostas/1.000 {median}, salvamentos/1.000 {saves} em %n posts → </numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/decisions.py" line="143" />
            <source>Log a decision</source>
            <translation>Registrar uma decisão</translation>
        </message>
    </context>
    <context>
        <name>DecisionTableModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="215" />
            <source>Week of</source>
            <translation>Semana de</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="216" />
            <source>Rests on</source>
            <translation>Baseada em</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="217" />
            <source>Decision</source>
            <translation>Decisão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="223" />
            <source>Replies per 1k reach</source>
            <translation>Respostas por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="224" />
            <source>Saves per 1k reach</source>
            <translation>Salvamentos por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="225" />
            <source>Engagement rate</source>
            <translation>Taxa de engajamento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="226" />
            <source>Returning engagers reached</source>
            <translation>Participantes recorrentes alcançados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="227" />
            <source>Returning share</source>
            <translation>Parcela recorrente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="228" />
            <source>Post count</source>
            <translation>Número de posts</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="229" />
            <source>Other</source>
            <translation>Outro</translation>
        </message>
    </context>
    <context>
        <name>DiscardGuard</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/discard_guard.py" line="48" />
            <source>Discard what you typed in this form?</source>
            <translation>Descartar o que você digitou neste formulário?</translation>
        </message>
    </context>
    <context>
        <name>DisclosureChecksDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="89" />
            <source>Not checked</source>
            <translation>Não verificado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="90" />
            <source>Yes, line present</source>
            <translation>Sim, o aviso está presente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="91" />
            <source>No, missing</source>
            <translation>Não, está faltando</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="102" />
            <source>Disclosure spot-checks</source>
            <translation>Verificações do aviso de publicidade</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="111" />
            <source>Open each sponsored post and confirm the disclosure line is there, clearly and conspicuously: {line}.</source>
            <translation>Abra cada post patrocinado e confirme que o aviso de publicidade está lá, de forma clara e visível: {line}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="116" />
            <source>Open each sponsored post and confirm the disclosure line is there, clearly and conspicuously (this deal has no disclosure line written down yet).</source>
            <translation>Abra cada post patrocinado e confirme que o aviso de publicidade está lá, de forma clara e visível (este acordo ainda não tem um aviso de publicidade anotado).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="121" />
            <source>A yes or no is dated today; “Not checked” clears a check.</source>
            <translation>Um sim ou não recebe a data de hoje; “Não verificado” apaga uma verificação.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="128" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="128" />
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="128" />
            <source>Disclosure line present?</source>
            <translation>Aviso presente?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="128" />
            <source>Checked on</source>
            <translation>Verificado em</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="135" />
            <source>(untitled)</source>
            <translation>(sem título)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="148" />
            <source>No posts are linked to this deal yet: link them in Edit… › deliverables first.</source>
            <translation>Ainda não há posts vinculados a este acordo: vincule-os primeiro em Editar… › entregas.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="175" />
            <source>{carried} of %Ln checked post(s) carried the line</source>
            <translation>
                <numerusform>Aviso presente em {carried} de %Ln post verificado</numerusform>
                <numerusform>Aviso presente em {carried} de %Ln posts verificados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/deal_posts.py" line="181" />
            <source>{carried}; %Ln not checked.</source>
            <translation>
                <numerusform>{carried}; %Ln não verificado.</numerusform>
                <numerusform>{carried}; %Ln não verificados.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditConflictDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="41" />
            <source>Changed by another member</source>
            <translation>Alterado por outro membro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="44" />
            <source>Another member</source>
            <translation>Outro membro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="47" />
            <source>{who} saved this {what} after you opened it. Nothing was saved yet. Pick which version to keep; the differing fields are highlighted.</source>
            <translation>{who} salvou este item ({what}) depois que você o abriu. Nada foi salvo ainda. Escolha qual versão manter; os campos diferentes estão destacados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="54" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="54" />
            <source>Your version</source>
            <translation>Sua versão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="54" />
            <source>Saved by {who}</source>
            <translation>Salvo por {who}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="80" />
            <source>Keep mine</source>
            <translation>Manter a minha</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/edit_conflict.py" line="81" />
            <source>Take {who}'s</source>
            <translation>Usar a versão ({who})</translation>
        </message>
    </context>
    <context>
        <name>EngagerListModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_engagers_table_model.py" line="18" />
            <source> — marked as power member</source>
            <translation> — marcado como membro-chave</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_engagers_table_model.py" line="27" />
            <source>Handle</source>
            <translation>Usuário</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_engagers_table_model.py" line="33" />
            <source>Active days</source>
            <translation>Dias ativos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_engagers_table_model.py" line="39" />
            <source>Interactions</source>
            <translation>Interações</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_engagers_table_model.py" line="44" />
            <source>Last seen</source>
            <translation>Visto por último</translation>
        </message>
    </context>
    <context>
        <name>EngagerMenu</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="395" />
            <source>Merge another handle into @{handle}…</source>
            <translation>Mesclar outro perfil em @{handle}…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="401" />
            <source>Forget @{handle}…</source>
            <translation>Esquecer @{handle}…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="431" />
            <source>Merge people</source>
            <translation>Mesclar pessoas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="432" />
            <source>Pick one of the listed handles to merge.</source>
            <translation>Escolha um dos perfis listados para mesclar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="449" />
            <source>Merge @{other} into @{keep}</source>
            <translation>mesclar @{other} em @{keep}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="467" />
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="482" />
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="487" />
            <source>Forget a person</source>
            <translation>Esquecer uma pessoa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="468" />
            <source>Erase @{handle} ({platform}) and every interaction they wrote from this workspace? This cannot be undone. The database file is rewritten so future backups do not hold them; the app then tells you which existing backups still do.</source>
            <translation>Apagar @{handle} ({platform}) e todas as interações dessa pessoa neste espaço de trabalho? Não dá para desfazer. O arquivo do banco de dados é regravado para que backups futuros não a contenham; depois o app diz quais backups existentes ainda a contêm.</translation>
        </message>
    </context>
    <context>
        <name>EngagerTableModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="18" />
            <source>Handle</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="19" />
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="20" />
            <source>First seen</source>
            <translation>Visto pela primeira vez</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="21" />
            <source>Last seen</source>
            <translation>Visto pela última vez</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="22" />
            <source>Interactions (30 d)</source>
            <translation>Interações (30 d)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="23" />
            <source>Returning</source>
            <translation>Recorrente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="24" />
            <source>Power member</source>
            <translation>Membro-chave</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="25" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="28" />
            <source>Returning = engaged on at least two different calendar days in the last 30 days.</source>
            <translation>Recorrente = interagiu em pelo menos dois dias diferentes do calendário nos últimos 30 dias.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="66" />
            <source>yes</source>
            <translation>sim</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="66" />
            <source>no</source>
            <translation>não</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/engager_table_model.py" line="68" />
            <source>Active on %n different day(s) in the last 30 days.</source>
            <translation>
                <numerusform>Ativo em %n dia nos últimos 30 dias.</numerusform>
                <numerusform>Ativo em %n dias diferentes nos últimos 30 dias.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EngagersPage</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="32" />
            <source>Filter people (@handle, platform, notes…)  Ctrl+F</source>
            <translation>Filtrar pessoas (@perfil, plataforma, notas…)  Ctrl+F</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="69" />
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln pessoa</numerusform>
                <numerusform>%Ln pessoas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="71" />
            <source>%Ln engaged in the last 30 days</source>
            <translation>
                <numerusform>%Ln interagiu nos últimos 30 dias</numerusform>
                <numerusform>%Ln interagiram nos últimos 30 dias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="73" />
            <source>%Ln returning ({share}).</source>
            <translation>
                <numerusform>%Ln participante recorrente ({share}).</numerusform>
                <numerusform>%Ln participantes recorrentes ({share}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="76" />
            <source>Returning = engaged on at least two different days in the 30 days ending today. Tick 'Power member' for the people you recruit to keep conversations going.</source>
            <translation>Recorrente = interagiu em pelo menos dois dias diferentes nos 30 dias até hoje. Marque “Membro-chave” nas pessoas que você recruta para manter as conversas vivas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="91" />
            <source>Mark power member</source>
            <translation>Marcar como membro-chave</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/engagers.py" line="93" />
            <source>Edit power member</source>
            <translation>Editar membro-chave</translation>
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
            <translation>Os detalhes foram gravados em {path}; inclua esse arquivo se for relatar o problema.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/errors.py" line="111" />
            <source>The details were printed to the terminal.</source>
            <translation>Os detalhes foram exibidos no terminal.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/errors.py" line="114" />
            <source>Something went wrong: {error}</source>
            <translation>Algo deu errado: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/errors.py" line="118" />
            <source>Your data is safe: every change is saved completely or not at all, so this one may not have been saved.</source>
            <translation>Seus dados estão seguros: cada alteração é salva por inteiro ou não é salva, então esta pode não ter sido salva.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/errors.py" line="138" />
            <source>Something went wrong again: {error} (details in the log).</source>
            <translation>Algo deu errado de novo: {error} (detalhes no log).</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="35" />
            <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp);;All files (*)</source>
            <translation>Imagens (*.png *.jpg *.jpeg *.webp *.gif *.bmp);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="77" />
            <source>Add evidence</source>
            <translation>Adicionar evidência</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="92" />
            <source>What happened: the question asked, how many answered, with what specifics</source>
            <translation>O que aconteceu: a pergunta feita, quantos responderam e com que detalhes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="95" />
            <source>The creator asked a question and the audience answered with specifics</source>
            <translation>Quem cria fez uma pergunta e o público respondeu com detalhes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="97" />
            <source>Counts toward the rubric's three question screenshots when a screenshot is attached</source>
            <translation>Conta para as três capturas de perguntas da rubrica quando uma captura é anexada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="101" />
            <source>Browse…</source>
            <translation>Procurar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="103" />
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="113" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="114" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="116" />
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="118" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="127" />
            <source>Screenshot</source>
            <translation>Captura de tela</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="141" />
            <source>Choose a screenshot</source>
            <translation>Escolher uma captura de tela</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="149" />
            <source>Drop a screenshot here
(PNG, JPEG, WebP, GIF, BMP)</source>
            <translation>Solte uma captura de tela aqui
(PNG, JPEG, WebP, GIF, BMP)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="163" />
            <source>Checking {file}…</source>
            <translation>Verificando {file}…</translation>
        </message>
    </context>
    <context>
        <name>EvidenceModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="152" />
            <source>Tick when the creator asked a question and the audience answered with specifics (rubric)</source>
            <translation>Marque quando o criador fez uma pergunta e o público respondeu com detalhes (rubrica)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="168" />
            <source>Screenshot</source>
            <translation>Captura de tela</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="174" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="179" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="184" />
            <source>Q answered</source>
            <translation>Pergunta respondida</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="186" />
            <source>yes</source>
            <translation>sim</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="189" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="191" />
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="194" />
            <source>Double-click to edit; the link opens from the context menu</source>
            <translation>Clique duas vezes para editar; o link abre pelo menu de contexto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="207" />
            <source>no screenshot</source>
            <translation>sem captura de tela</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="209" />
            <source>unreadable</source>
            <translation>ilegível</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="210" />
            <source>loading…</source>
            <translation>carregando…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="215" />
            <source>{name} — double-click to open full size</source>
            <translation>{name} — clique duas vezes para abrir em tamanho real</translation>
        </message>
    </context>
    <context>
        <name>EvidencePanel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="78" />
            <source>Evidence of community behaviour — drop screenshots onto the table</source>
            <translation>Evidências do comportamento da comunidade — solte capturas de tela na tabela</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="108" />
            <source>Add evidence…</source>
            <translation>Adicionar evidência…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="110" />
            <source>A comment thread, story replies, live attendance or series result (Ctrl+Shift+A)</source>
            <translation>Uma conversa nos comentários, respostas a stories, audiência ao vivo ou resultado de uma série (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="113" />
            <source>Add screenshots…</source>
            <translation>Adicionar capturas de tela…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="114" />
            <source>Pick one or more screenshot files — or drop them onto the table</source>
            <translation>Escolha um ou mais arquivos de captura de tela — ou solte-os na tabela</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="116" />
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="118" />
            <source>Open full size</source>
            <translation>Abrir em tamanho real</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="120" />
            <source>Dropped screenshots show a question answered with specifics</source>
            <translation>As capturas soltas mostram uma pergunta respondida com detalhes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="123" />
            <source>Untick for other evidence; each entry's tick can be changed in the table</source>
            <translation>Desmarque para outras evidências; a marca de cada entrada pode ser alterada na tabela</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="148" />
            <source>The stored path is invalid.</source>
            <translation>O caminho salvo é inválido.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="176" />
            <source>Add screenshots</source>
            <translation>Adicionar capturas de tela</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="199" />
            <source>Checking %n screenshot(s)…</source>
            <translation>
                <numerusform>Verificando %n captura de tela…</numerusform>
                <numerusform>Verificando %n capturas de tela…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="224" />
            <source>Added {name} — the original file can now be deleted.</source>
            <translation>{name} adicionado — o arquivo original já pode ser excluído.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="243" />
            <source>Add evidence</source>
            <translation>Adicionar evidência</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="243" />
            <source>Not added: {error}</source>
            <translation>Não adicionado: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/evidence.py" line="270" />
            <source>{value} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-20.</source>
            <translation>{value} não é uma data; escreva como AAAA-MM-DD, ex.: 2026-11-20.</translation>
        </message>
    </context>
    <context>
        <name>ExportRun</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="27" />
            <source>posts</source>
            <translation>posts</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="28" />
            <source>interactions</source>
            <translation>interações</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="29" />
            <source>engagers</source>
            <translation>participantes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="58" />
            <source>The export stopped: {error}</source>
            <translation>A exportação parou: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="94" />
            <source>Exporting {what} to {file}…</source>
            <translation>Exportando {what} para {file}…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="95" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="100" />
            <source>Export to CSV</source>
            <translation>Exportar para CSV</translation>
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
                <numerusform>Exportando {what} para {file}: {done} de %Ln linha…</numerusform>
                <numerusform>Exportando {what} para {file}: {done} de %Ln linhas…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="142" />
            <source>Wrote %Ln post(s) to {path}.</source>
            <translation>
                <numerusform>%Ln post gravado em {path}.</numerusform>
                <numerusform>%Ln posts gravados em {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="143" />
            <source>Wrote %Ln interaction(s) to {path}.</source>
            <translation>
                <numerusform>%Ln interação gravada em {path}.</numerusform>
                <numerusform>%Ln interações gravadas em {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="144" />
            <source>Wrote %Ln engager(s) to {path}.</source>
            <translation>
                <numerusform>%Ln participante gravado em {path}.</numerusform>
                <numerusform>%Ln participantes gravados em {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="154" />
            <source>Export cancelled; {file} was not written (an earlier file is unchanged).</source>
            <translation>Exportação cancelada; {file} não foi gravado (um arquivo anterior continua inalterado).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="163" />
            <source>Export all {what} to CSV</source>
            <translation>Exportar todos os registros de {what} para CSV</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/export_data.py" line="165" />
            <source>CSV files (*.csv)</source>
            <translation>Arquivos CSV (*.csv)</translation>
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
            <translation>Gravando {path}…</translation>
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
            <translation>Exportar para CSV</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="188" />
            <source>CSV files (*.csv)</source>
            <translation>Arquivos CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="202" />
            <source>Export failed</source>
            <translation>A exportação falhou</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="203" />
            <source>Could not write {path}:</source>
            <translation>Não foi possível gravar {path}:</translation>
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
            <translation>duas vezes por semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="45" />
            <source>every two weeks</source>
            <translation>a cada duas semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="45" />
            <source>monthly</source>
            <translation>mensal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="47" />
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="48" />
            <source>Description:</source>
            <translation>Descrição:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="49" />
            <source>Cadence:</source>
            <translation>Frequência:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="56" />
            <source>Add format</source>
            <translation>Adicionar formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="57" />
            <source>Update</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="58" />
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="66" />
            <source>Templates:</source>
            <translation>Modelos:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="70" />
            <source>+ {name}</source>
            <translation>+ {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="85" />
            <source>no cadence</source>
            <translation>sem frequência</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="96" />
            <source>&lt;span style='{style}'&gt;{n} of 3 recurring formats — incomplete.&lt;/span&gt; Add formats that deliver the promise, or one click on a template below.</source>
            <translation>&lt;span style='{style}'&gt;{n} de 3 formatos recorrentes — incompleto.&lt;/span&gt; Adicione formatos que cumpram a promessa, ou escolha com um clique um modelo abaixo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="101" />
            <source>{n} recurring formats ✓ — three is the recommended set.</source>
            <translation>{n} formatos recorrentes ✓ — três é o conjunto recomendado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="120" />
            <source>Add format {name}</source>
            <translation>Adicionar formato {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="134" />
            <source>Select a format to update.</source>
            <translation>Selecione um formato para atualizar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="144" />
            <source>Edit format</source>
            <translation>Editar formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="159" />
            <source>Remove format</source>
            <translation>Remover formato</translation>
        </message>
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
                <numerusform>{day} {hours} h (horário local): %Ln post</numerusform>
                <numerusform>{day} {hours} h (horário local): %Ln posts</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/heatmap.py" line="116" />
            <source>no posts at this time yet.</source>
            <translation>ainda não há posts neste horário.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/heatmap.py" line="118" />
            <source>too few posts to judge.</source>
            <translation>poucos posts para avaliar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/heatmap.py" line="122" />
            <source>{rate} replies per 1k reach (pooled).</source>
            <translation>{rate} respostas por 1.000 de alcance (agregado).</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="13" />
            <source>&lt;h2&gt;How MicroComm measures a community&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Como o MicroComm mede uma comunidade&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="15" />
            <source>&lt;p&gt;&lt;b&gt;Reach&lt;/b&gt; = unique accounts that saw the content; &lt;b&gt;impressions&lt;/b&gt; = total views including repeats; &lt;b&gt;engagements&lt;/b&gt; = likes + comments + shares + saves, or the platform's own total when only that is known.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Alcance&lt;/b&gt; = contas únicas que viram o conteúdo; &lt;b&gt;impressões&lt;/b&gt; = visualizações totais, incluindo repetidas; &lt;b&gt;engajamentos&lt;/b&gt; = curtidas + comentários + compartilhamentos + salvamentos, ou o total da própria plataforma quando só ele é conhecido.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="24" />
            <source>&lt;li&gt;&lt;b&gt;Engagement rate (ER)&lt;/b&gt; = engagements / reach (default) or / impressions — one definition per workspace, chosen in File › Workspace settings, and named next to every ER figure.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Taxa de engajamento (ER)&lt;/b&gt; = engajamentos / alcance (padrão) ou / impressões — uma definição por espaço de trabalho, escolhida em Arquivo › Configurações do espaço de trabalho, e indicada ao lado de cada número de ER.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="31" />
            <source>&lt;li&gt;&lt;b&gt;Saves per 1,000 reach&lt;/b&gt; = saves / reach × 1000. &lt;b&gt;Replies per 1,000 reach&lt;/b&gt; = replies / reach × 1000.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Salvamentos por 1.000 de alcance&lt;/b&gt; = salvamentos / alcance × 1000. &lt;b&gt;Respostas por 1.000 de alcance&lt;/b&gt; = respostas / alcance × 1000.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="38" />
            <source>&lt;li&gt;&lt;b&gt;Returning engagers (30 days)&lt;/b&gt;: people who engaged on at least two different calendar days within the trailing 30-day window; &lt;b&gt;returning share&lt;/b&gt; = returning / engaged people.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Participantes recorrentes (30 dias)&lt;/b&gt;: pessoas que interagiram em pelo menos dois dias corridos diferentes dentro da janela dos últimos 30 dias; &lt;b&gt;parcela de recorrentes&lt;/b&gt; = recorrentes / pessoas que interagiram.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="45" />
            <source>&lt;li&gt;&lt;b&gt;Conversation depth&lt;/b&gt;: a thread is a top-level comment plus its replies; a &lt;i&gt;deep thread&lt;/i&gt; has at least 3 messages from at least 2 people.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Profundidade da conversa&lt;/b&gt;: uma conversa é um comentário de primeiro nível mais as respostas; uma &lt;i&gt;conversa profunda&lt;/i&gt; tem pelo menos 3 mensagens de pelo menos 2 pessoas.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="52" />
            <source>&lt;li&gt;&lt;b&gt;Community Health Score&lt;/b&gt; = RE% × 0.4 + replies/1k normalised × 0.3 + saves/1k normalised × 0.3, where a normalised value = min(value / band top × 100, 100) with band tops {replies_top} (replies) and {saves_top} (saves) by default (calibrating a workspace's bands does not move them).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Índice de saúde da comunidade&lt;/b&gt; = RE% × 0,4 + respostas/1k normalizadas × 0,3 + salvamentos/1k normalizados × 0,3, em que um valor normalizado = min(valor / teto da faixa × 100, 100) com tetos {replies_top} (respostas) e {saves_top} (salvamentos) por padrão (calibrar as faixas de um espaço de trabalho não os altera).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="60" />
            <source>&lt;li&gt;A zero denominator shows &lt;b&gt;n/a&lt;/b&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Um denominador zero mostra &lt;b&gt;n/d&lt;/b&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="62" />
            <source>&lt;li&gt;&lt;b&gt;Your own accounts&lt;/b&gt; (Workspace settings › Your own handles) never count as engagers anywhere; their replies still time the response SLA and count in conversation depth.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Suas próprias contas&lt;/b&gt; (Configurações do espaço de trabalho › Seus próprios perfis) nunca contam como participantes; as respostas delas ainda contam para o SLA de resposta e para a profundidade da conversa.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="69" />
            <source>&lt;li&gt;&lt;b&gt;DM back-and-forth&lt;/b&gt;: a DM thread is a member's first DM plus the answers to it; per week, mean messages per DM thread and the share of those threads that got an answer (from the logged DMs, beside the typed DM reply rate).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Troca de DMs&lt;/b&gt;: uma conversa de DM é a primeira DM de um membro mais as respostas a ela; por semana, a média de mensagens por conversa de DM e a parcela dessas conversas que teve resposta (das DMs registradas, ao lado da taxa de resposta de DM digitada).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="77" />
            <source>&lt;li&gt;&lt;b&gt;Reach stand-in&lt;/b&gt;: when a post has no reach (YouTube exports), the workspace may divide by views or impressions instead (Workspace settings); every such figure is marked &lt;b&gt;*&lt;/b&gt; and names the stand-in.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Substituto do alcance&lt;/b&gt;: quando um post não tem alcance (exportações do YouTube), o espaço de trabalho pode dividir por visualizações ou impressões (Configurações do espaço de trabalho); cada número assim é marcado com &lt;b&gt;*&lt;/b&gt; e indica o substituto.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="85" />
            <source>&lt;h3&gt;Benchmarks (directional)&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Referências (indicativas)&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="87" />
            <source>&lt;p&gt;A post's ER is judged on the poll and Q and A band when its format names a poll, quiz or Q and A (e.g. "Poll", "Sunday Q and A"), else on the feed band. Every band can be calibrated from your own last 30/60/90 days (Dashboard › Calibrate bands…, or &lt;code&gt;microcomm workspace calibrate&lt;/code&gt;): that workspace then uses its own bands; the defaults below stay one click away (undo).&lt;/p&gt;</source>
            <translation>&lt;p&gt;A ER de um post é avaliada pela faixa de enquetes e perguntas e respostas quando o formato cita enquete, quiz ou perguntas e respostas (ex.: “Poll”, “Sunday Q and A”); senão, pela faixa do feed. Cada faixa pode ser calibrada com seus próprios últimos 30/60/90 dias (Painel › Calibrar faixas…, ou &lt;code&gt;microcomm workspace calibrate&lt;/code&gt;): esse espaço de trabalho passa a usar as próprias faixas; os padrões abaixo ficam a um clique (desfazer).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="96" />
            <source>&lt;tr&gt;&lt;th&gt;signal&lt;/th&gt;&lt;th&gt;default band&lt;/th&gt;&lt;th&gt;action if below&lt;/th&gt;&lt;/tr&gt;</source>
            <translation>&lt;tr&gt;&lt;th&gt;sinal&lt;/th&gt;&lt;th&gt;faixa padrão&lt;/th&gt;&lt;th&gt;ação se abaixo&lt;/th&gt;&lt;/tr&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="99" />
            <source>&lt;h3&gt;Deals&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Acordos&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="101" />
            <source>&lt;p&gt;&lt;b&gt;CPM&lt;/b&gt; = spend / impressions × 1000 · &lt;b&gt;CPV&lt;/b&gt; = spend / views · &lt;b&gt;CPA&lt;/b&gt; = spend / conversions. &lt;b&gt;Blended&lt;/b&gt; figures use total cost = creator fees + paid media. &lt;b&gt;Disclosure spot-checks&lt;/b&gt;: of the sponsored posts (posts linked to a deal) you checked, the share that carried the disclosure line (Deals › Saved deals › Disclosure checks…).&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;CPM&lt;/b&gt; = gasto / impressões × 1000 · &lt;b&gt;CPV&lt;/b&gt; = gasto / visualizações · &lt;b&gt;CPA&lt;/b&gt; = gasto / conversões. Números &lt;b&gt;combinados&lt;/b&gt; usam o custo total = cachê do criador + mídia paga. &lt;b&gt;Verificações do aviso de publicidade&lt;/b&gt;: dos posts patrocinados (vinculados a um acordo) que você verificou, a parcela que tinha o aviso (Acordos › Acordos salvos › Verificações do aviso…).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="109" />
            <source>&lt;h3&gt;Response SLA and reports&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;SLA de resposta e relatórios&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="111" />
            <source>&lt;p&gt;&lt;b&gt;Response SLA&lt;/b&gt; = of the first N comments on a post (not yours), how many got your reply within M minutes; N and M are set in Rituals › Response SLA. Computed from timestamps when your replies are logged, else typed per post; the Dashboard, Rituals, reports and the command line all show this one figure. The &lt;b&gt;30-day report&lt;/b&gt; covers exactly the 30 days ending on the chosen day, cut into weeks at your week start.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;SLA de resposta&lt;/b&gt; = dos primeiros N comentários de um post (não seus), quantos tiveram sua resposta em até M minutos; N e M são definidos em Rituais › SLA de resposta. Calculado pelos horários quando suas respostas estão registradas; senão, digitado por post; o Painel, os Rituais, os relatórios e a linha de comando mostram este mesmo número. O &lt;b&gt;relatório de 30 dias&lt;/b&gt; cobre exatamente os 30 dias que terminam no dia escolhido, divididos em semanas a partir do seu início de semana.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="120" />
            <source>&lt;h3&gt;The 30-day sprint&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;O sprint de 30 dias&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="122" />
            <source>&lt;p&gt;If returning engagers and replies per 1,000 reach both improved in each of the last two week-over-week steps, &lt;b&gt;continue&lt;/b&gt; the same rituals; otherwise &lt;b&gt;narrow&lt;/b&gt; the topic and reduce formats; with fewer than three weeks of data: &lt;b&gt;not enough data&lt;/b&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Se os participantes recorrentes e as respostas por 1.000 de alcance melhoraram em cada um dos dois últimos passos de semana a semana, &lt;b&gt;continue&lt;/b&gt; com os mesmos rituais; senão, &lt;b&gt;restrinja&lt;/b&gt; o tema e reduza os formatos; com menos de três semanas de dados: &lt;b&gt;dados insuficientes&lt;/b&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="129" />
            <source>&lt;h3&gt;Keyboard&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Teclado&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="131" />
            <source>&lt;p&gt;Ctrl+1…8 switch tabs · Ctrl+K switch workspace · Ctrl+F filter a table · Ctrl+E export the table to CSV · Ctrl+Z / Ctrl+Shift+Z undo / redo · Ctrl+I import posts · Ctrl+Shift+B back up now · F5 reload from the data file (changes made by a command-line import while the window is open also appear on their own within a few seconds).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ctrl+1…8 trocar de aba · Ctrl+K trocar de espaço de trabalho · Ctrl+F filtrar uma tabela · Ctrl+E exportar a tabela para CSV · Ctrl+Z / Ctrl+Shift+Z desfazer / refazer · Ctrl+I importar posts · Ctrl+Shift+B fazer backup agora · F5 recarregar do arquivo de dados (alterações de uma importação pela linha de comando com a janela aberta também aparecem sozinhas em poucos segundos).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="167" />
            <source>Definitions and help</source>
            <translation>Definições e ajuda</translation>
        </message>
    </context>
    <context>
        <name>ImageDropZone</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="58" />
            <source>Drop a screenshot here
(PNG, JPEG, WebP, GIF, BMP)</source>
            <translation>Solte uma captura de tela aqui
(PNG, JPEG, WebP, GIF, BMP)</translation>
        </message>
    </context>
    <context>
        <name>ImageViewer</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/creator_evidence.py" line="212" />
            <source>Loading {title}…</source>
            <translation>Carregando {title}…</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="73" />
            <source>Import interactions — {file}</source>
            <translation>Importar interações — {file}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="75" />
            <source>Import engagers — {file}</source>
            <translation>Importar participantes — {file}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="77" />
            <source>Import posts — {file}</source>
            <translation>Importar posts — {file}</translation>
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
                <numerusform>%Ln linha de dados</numerusform>
                <numerusform>%Ln linhas de dados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="104" />
            <source>%n column(s)</source>
            <translation>
                <numerusform>%n coluna</numerusform>
                <numerusform>%n colunas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="113" />
            <source>Preset:</source>
            <translation>Predefinição:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="116" />
            <source>(your own mapping)</source>
            <translation>(seu próprio mapeamento)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="121" />
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="340" />
            <source>{preset} (saved)</source>
            <translation>{preset} (salva)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="131" />
            <source>Label for rows whose file has no label column</source>
            <translation>Rótulo para as linhas se o arquivo não tiver coluna de rótulo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="133" />
            <source>(from preset)</source>
            <translation>(da predefinição)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="138" />
            <source>(from the file)</source>
            <translation>(do arquivo)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="139" />
            <source>month/day (US)</source>
            <translation>mês/dia (EUA)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="140" />
            <source>day/month</source>
            <translation>dia/mês</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="143" />
            <source>from the file</source>
            <translation>do arquivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="146" />
            <source>The file's dates have no year: pick one, or let the file decide (TikTok video ids, a run of consecutive days, else the most recent past date)</source>
            <translation>As datas do arquivo não têm ano: escolha um ou deixe o arquivo decidir (ids de vídeos do TikTok, uma sequência de dias consecutivos ou, senão, a data passada mais recente)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="150" />
            <source>Year:</source>
            <translation>Ano:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="152" />
            <source>Default label:</source>
            <translation>Rótulo padrão:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="154" />
            <source>Platform:</source>
            <translation>Plataforma:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="157" />
            <source>Dates:</source>
            <translation>Datas:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="168" />
            <source>Column mapping (app field ← CSV column)</source>
            <translation>Mapeamento de colunas (campo do app ← coluna do CSV)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="174" />
            <source>(none)</source>
            <translation>(nenhuma)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="176" />
            <source>column {number}</source>
            <translation>coluna {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="187" />
            <source>Save mapping as preset…</source>
            <translation>Salvar mapeamento como predefinição…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="192" />
            <source>Preview of the first %n rows as they will be stored</source>
            <translation>
                <numerusform>Prévia da primeira %n linha como será guardada</numerusform>
                <numerusform>Prévia das primeiras %n linhas como serão guardadas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="208" />
            <source>Import the good rows even if some are rejected</source>
            <translation>Importar as linhas boas mesmo que algumas sejam rejeitadas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="211" />
            <source>Off: any rejected row stops the import and nothing is written</source>
            <translation>Desligado: qualquer linha rejeitada interrompe a importação e nada é gravado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="214" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="216" />
            <source>Dry run</source>
            <translation>Simulação</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="219" />
            <source>Check the whole file against your data and show what would change; writes nothing</source>
            <translation>Compara o arquivo inteiro com seus dados e mostra o que mudaria; não grava nada</translation>
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
            <translation>Não reconhecido: mapeie as colunas você mesmo (pelo menos os campos com *).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="296" />
            <source>%n rows previewed: {bad} with errors (highlighted; hover for the reason).</source>
            <translation>
                <numerusform>%n linha na prévia: {bad} com erros (destacadas; passe o mouse para ver o motivo).</numerusform>
                <numerusform>%n linhas na prévia: {bad} com erros (destacadas; passe o mouse para ver o motivo).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="303" />
            <source>%n skipped: {reasons}.</source>
            <translation>
                <numerusform>%n ignorada: {reasons}.</numerusform>
                <numerusform>%n ignoradas: {reasons}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="312" />
            <source>Map a column to: {fields}.</source>
            <translation>Mapeie uma coluna para: {fields}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="314" />
            <source>Choose the date order (Dates) — the file's dates read both ways.</source>
            <translation>Escolha a ordem das datas (Datas) — as datas do arquivo podem ser lidas dos dois jeitos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="327" />
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="337" />
            <source>Save preset</source>
            <translation>Salvar predefinição</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="327" />
            <source>Name for this mapping (e.g. 'My Instagram export'):</source>
            <translation>Nome para este mapeamento (ex.: “Minha exportação do Instagram”):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="350" />
            <source>Importing… (one transaction: Cancel leaves your data exactly as before)</source>
            <translation>Importando… (uma única transação: Cancelar deixa seus dados exatamente como antes)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="357" />
            <source>Cancel import</source>
            <translation>Cancelar importação</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="393" />
            <source>Cancelling… rolling back.</source>
            <translation>Cancelando… revertendo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="402" />
            <source>The import failed and nothing was written: {error}</source>
            <translation>A importação falhou e nada foi gravado: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="404" />
            <source>Import failed — nothing was written.</source>
            <translation>A importação falhou — nada foi gravado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="411" />
            <source>No problems.</source>
            <translation>Nenhum problema.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="426" />
            <source>Rejected rows (line number and reason) and warnings:</source>
            <translation>Linhas rejeitadas (número da linha e motivo) e avisos:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="431" />
            <source>Export report to CSV…</source>
            <translation>Exportar relatório para CSV…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="435" />
            <source>Back to the mapping</source>
            <translation>Voltar ao mapeamento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="437" />
            <source>After a dry run: change choices, or import for real</source>
            <translation>Depois de uma simulação: mude as escolhas ou importe de verdade</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="441" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="452" />
            <source>Export import report</source>
            <translation>Exportar relatório de importação</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="454" />
            <source>CSV files (*.csv)</source>
            <translation>Arquivos CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="463" />
            <source>Export report</source>
            <translation>Exportar relatório</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/import_wizard.py" line="464" />
            <source>Could not write {path}: {error}</source>
            <translation>Não foi possível gravar {path}: {error}</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/import_preview_table_model.py" line="18" />
            <source>skip: {reason}</source>
            <translation>ignorada: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/import_preview_table_model.py" line="20" />
            <source>error</source>
            <translation>erro</translation>
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
            <translation>sim</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/import_preview_table_model.py" line="37" />
            <source>no</source>
            <translation>não</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/import_preview_table_model.py" line="68" />
            <source>Line</source>
            <translation>Linha</translation>
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
            <translation>Grupo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="29" />
            <source>Posts</source>
            <translation>Posts</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="30" />
            <source>Median replies/1k</source>
            <translation>Mediana respostas/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="31" />
            <source>Mean replies/1k</source>
            <translation>Média respostas/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="32" />
            <source>Saves/1k</source>
            <translation>Salvamentos/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="33" />
            <source>ER %</source>
            <translation>ER %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="34" />
            <source>Returning reached</source>
            <translation>Recorrentes alcançados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="35" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="38" />
            <source>The theme, format, ritual or prompt-ladder rung</source>
            <translation>O tema, formato, ritual ou degrau da escada de perguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="39" />
            <source>Posts of the period and label in this group (a post with two themes counts in both)</source>
            <translation>Posts do período e do rótulo neste grupo (um post com dois temas conta nos dois)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="42" />
            <source>Median of each post's replies / reach × 1000 — one viral post cannot carry it</source>
            <translation>Mediana de respostas / alcance × 1000 de cada post — um post viral não consegue sustentá-la sozinho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="45" />
            <source>Mean of each post's replies / reach × 1000</source>
            <translation>Média de respostas / alcance × 1000 de cada post</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="46" />
            <source>Group saves / group reach × 1000 (pooled); benchmark 10–40</source>
            <translation>Salvamentos do grupo / alcance do grupo × 1000 (agregado); referência 10–40</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="47" />
            <source>Group engagements / group reach (or impressions, per workspace setting) in percent; benchmark 3–8 %</source>
            <translation>Interações do grupo / alcance do grupo (ou impressões, conforme a configuração do espaço de trabalho) em porcentagem; referência 3–8%</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="51" />
            <source>Distinct people who engaged with these posts in the period and are returning engagers (2+ distinct days in the 30 days ending on the period's last day)</source>
            <translation>Pessoas distintas que participaram desses posts no período e são participantes recorrentes (2+ dias diferentes nos 30 dias até o último dia do período)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="56" />
            <source>'too few posts to judge' below the minimum post count (setting, default 3)</source>
            <translation>“poucos posts para avaliar” abaixo do mínimo de posts (configuração, padrão 3)</translation>
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
            <translation>Degrau</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="94" />
            <source>too few posts to judge</source>
            <translation>poucos posts para avaliar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="195" />
            <source>Only %n post(s): too few to judge — shown, but not ranked as evidence.</source>
            <translation>
                <numerusform>Só %n post: poucos para avaliar — exibido, mas não conta como evidência.</numerusform>
                <numerusform>Só %n posts: poucos para avaliar — exibidos, mas não contam como evidência.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="201" />
            <source>Benchmark {low}–{high}: below</source>
            <translation>Referência {low}–{high}: abaixo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="203" />
            <source>Benchmark {low}–{high}: in</source>
            <translation>Referência {low}–{high}: dentro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="205" />
            <source>Benchmark {low}–{high}: above</source>
            <translation>Referência {low}–{high}: acima</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="207" />
            <source> (polls and Q and A have their own, higher ER band)</source>
            <translation> (enquetes e perguntas e respostas têm sua própria faixa de ER, mais alta)</translation>
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
            <translation>Degrau da pergunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="67" />
            <source>Community posts</source>
            <translation>Posts de comunidade</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="68" />
            <source>Reach posts</source>
            <translation>Posts de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="69" />
            <source>All posts</source>
            <translation>Todos os posts</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="72" />
            <source>Last 30 days</source>
            <translation>Últimos 30 dias</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="73" />
            <source>Last 90 days</source>
            <translation>Últimos 90 dias</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="74" />
            <source>Last 180 days</source>
            <translation>Últimos 180 dias</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="75" />
            <source>Last 365 days</source>
            <translation>Últimos 365 dias</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="76" />
            <source>Custom</source>
            <translation>Personalizado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="89" />
            <source>Median / mean replies per 1k: over each post's own replies ÷ reach × 1000. Saves/1k and ER: pooled over the group. Returning reached: distinct people who engaged with these posts in the period and engaged on 2+ days in the 30 days ending on the period's last day. Groups with fewer than {n} posts are marked “too few posts to judge” and listed last. Colours: below / in / above the benchmark band.</source>
            <translation>Mediana / média de respostas por 1.000: sobre as respostas ÷ alcance × 1000 de cada post. Salvamentos/1.000 e ER: agregados sobre o grupo. Recorrentes alcançados: pessoas distintas que participaram desses posts no período e participaram em 2+ dias nos 30 dias até o último dia do período. Grupos com menos de {n} posts são marcados “poucos posts para avaliar” e ficam por último. Cores: abaixo / dentro / acima da faixa de referência.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="150" />
            <source>Group the period's posts by theme, format, ritual or the prompt-ladder rung</source>
            <translation>Agrupe os posts do período por tema, formato, ritual ou degrau da escada de perguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="163" />
            <source>Judge community posts on replies and saves; reach posts on shares and discovery</source>
            <translation>Avalie posts de comunidade por respostas e salvamentos; posts de alcance, por compartilhamentos e descoberta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="169" />
            <source>Minimum posts for a group or time slot to be judged (saved for this workspace; default 3)</source>
            <translation>Mínimo de posts para avaliar um grupo ou uma faixa de horário (salvo para este espaço de trabalho; padrão 3)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="179" />
            <source>Group by</source>
            <translation>Agrupar por</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="180" />
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="181" />
            <source>from</source>
            <translation>de</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="182" />
            <source>to</source>
            <translation>até</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="183" />
            <source>Posts</source>
            <translation>Posts</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="184" />
            <source>Min. posts</source>
            <translation>Mín. posts</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="209" />
            <source>Log a decision</source>
            <translation>Registrar uma decisão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="217" />
            <source>Filter groups… (Ctrl+F)</source>
            <translation>Filtrar grupos… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="231" />
            <source>per 1,000 reach</source>
            <translation>por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="246" />
            <source>Shortlist</source>
            <translation>Pré-seleção</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="249" />
            <source>Best times</source>
            <translation>Melhores horários</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="250" />
            <source>Decision log</source>
            <translation>Registro de decisões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="260" />
            <source>No posts in this period yet. Log or import posts on the Posts tab, tag them with themes and formats, and their ranking appears here.</source>
            <translation>Ainda não há posts neste período. Registre ou importe posts na aba Posts, marque-os com temas e formatos, e o ranking deles aparece aqui.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="280" />
            <source>Themes of &lt;b&gt;community posts&lt;/b&gt; proven by replies &lt;i&gt;and&lt;/i&gt; saves per 1k reach (score = mean of both, each scaled to its benchmark top). Only themes with enough posts count as evidence.</source>
            <translation>Temas de &lt;b&gt;posts de comunidade&lt;/b&gt; comprovados por respostas &lt;i&gt;e&lt;/i&gt; salvamentos por 1.000 de alcance (pontuação = média dos dois, cada um escalado ao teto da sua referência). Só temas com posts suficientes contam como evidência.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="390" />
            <source>The period ends before it starts.</source>
            <translation>O período termina antes de começar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="404" />
            <source>Computing…</source>
            <translation>Calculando…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="409" />
            <source>Could not compute insights: {reason}</source>
            <translation>Não foi possível calcular as análises: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="424" />
            <source>&lt;b&gt;%n&lt;/b&gt; community post(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; post de comunidade</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; posts de comunidade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="426" />
            <source>&lt;b&gt;%n&lt;/b&gt; reach post(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; post de alcance</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; posts de alcance</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="428" />
            <source>&lt;b&gt;%n&lt;/b&gt;  post(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; post</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; posts</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="432" />
            <source>{posts} from {since} to {until}: median replies/1k &lt;b&gt;{median}&lt;/b&gt;, saves/1k &lt;b&gt;{saves}&lt;/b&gt;, ER &lt;b&gt;{er}&lt;/b&gt; (by {denominator}); &lt;b&gt;{returning}&lt;/b&gt; returning engagers in the 30 days to {day}.</source>
            <translation>{posts} de {since} a {until}: mediana de respostas/1.000 &lt;b&gt;{median}&lt;/b&gt;, salvamentos/1.000 &lt;b&gt;{saves}&lt;/b&gt;, ER &lt;b&gt;{er}&lt;/b&gt; (por {denominator}); &lt;b&gt;{returning}&lt;/b&gt; participantes recorrentes (30 dias até {day})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/chart.py" line="55" />
            <source>Nothing to chart: no group has enough posts yet</source>
            <translation>Nada para mostrar no gráfico: nenhum grupo tem posts suficientes ainda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/chart.py" line="68" />
            <source>Replies/1k</source>
            <translation>Respostas/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/chart.py" line="76" />
            <source>Saves/1k</source>
            <translation>Salvamentos/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/chart.py" line="37" />
            <source>Judged themes: median replies/1k and saves/1k</source>
            <translation>Temas avaliados: mediana de respostas/1.000 e salvamentos/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/chart.py" line="38" />
            <source>Judged formats: median replies/1k and saves/1k</source>
            <translation>Formatos avaliados: mediana de respostas/1.000 e salvamentos/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/chart.py" line="39" />
            <source>Judged rituals: median replies/1k and saves/1k</source>
            <translation>Rituais avaliados: mediana de respostas/1.000 e salvamentos/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/chart.py" line="40" />
            <source>Judged rungs: median replies/1k and saves/1k</source>
            <translation>Degraus avaliados: mediana de respostas/1.000 e salvamentos/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="499" />
            <source>No theme has enough community posts with reach in this period yet. Tag posts with themes (Posts tab) or widen the period.</source>
            <translation>Nenhum tema tem ainda posts de comunidade com alcance suficientes neste período. Marque posts com temas (aba Posts) ou amplie o período.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="514" />
            <source>&lt;b&gt;{rank}. {theme}&lt;/b&gt; — score {score}/100</source>
            <translation>&lt;b&gt;{rank}. {theme}&lt;/b&gt; — pontuação {score}/100</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="522" />
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="552" />
            <source>Add to next sprint</source>
            <translation>Adicionar ao próximo sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="524" />
            <source>Adds a task to week 1 of the upcoming sprint, or the current sprint's next week</source>
            <translation>Adiciona uma tarefa à semana 1 do próximo sprint ou à próxima semana do sprint atual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="527" />
            <source>Add a prompt…</source>
            <translation>Adicionar uma pergunta…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="528" />
            <source>Adds a prompt about this theme to the prompt library</source>
            <translation>Adiciona uma pergunta sobre este tema à biblioteca de perguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="546" />
            <source>add “{theme}” to the sprint plan</source>
            <translation>adicionar “{theme}” ao plano do sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="555" />
            <source>Added “{theme}” to {sprint}, week {week} (Ctrl+Z undoes)</source>
            <translation>“{theme}” adicionado a {sprint}, semana {week} (Ctrl+Z desfaz)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="574" />
            <source>add a prompt to the library</source>
            <translation>adicionar uma pergunta à biblioteca</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="580" />
            <source>Add a prompt</source>
            <translation>Adicionar uma pergunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="582" />
            <source>Prompt added to the library (Ctrl+Z undoes)</source>
            <translation>Pergunta adicionada à biblioteca (Ctrl+Z desfaz)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="56" />
            <source>Promise</source>
            <translation>Promessa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="57" />
            <source>Rituals</source>
            <translation>Rituais</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="58" />
            <source>Posts</source>
            <translation>Posts</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="59" />
            <source>Deals</source>
            <translation>Acordos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="60" />
            <source>Creators</source>
            <translation>Criadores</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="61" />
            <source>Sprint</source>
            <translation>Sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="62" />
            <source>Dashboard</source>
            <translation>Painel</translation>
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
            <translation>Espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="203" />
            <location filename="../../microcomm_desktop/ui/startup.py" line="188" />
            <source> Workspace: </source>
            <translation> Espaço de trabalho: </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="207" />
            <source>Switch between communities or clients (Ctrl+K)</source>
            <translation>Alternar entre comunidades ou clientes (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="212" />
            <source>Remove sample community…</source>
            <translation>Remover a comunidade de exemplo…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="215" />
            <source>Delete the sample community (backup first; undo until the app closes)</source>
            <translation>Excluir a comunidade de exemplo (backup antes; dá para desfazer até fechar o app)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="298" />
            <source>{tab}: could not save an open edit: {reason}</source>
            <translation>{tab}: não foi possível salvar uma edição aberta: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="403" />
            <location filename="../../microcomm_desktop/ui/main_window.py" line="428" />
            <source>Workspace: {name}</source>
            <translation>Espaço de trabalho: {name}</translation>
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
            <translation>Recarregado do arquivo de dados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="409" />
            <source>The data was changed outside this window (for example a command-line import); reloaded.</source>
            <translation>Os dados foram alterados fora desta janela (por exemplo, uma importação pela linha de comando); recarregados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="427" />
            <source>no workspace</source>
            <translation>nenhum espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="470" />
            <location filename="../../microcomm_desktop/ui/main_window.py" line="476" />
            <source>Rename workspace</source>
            <translation>Renomear espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="470" />
            <source>New name:</source>
            <translation>Novo nome:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="483" />
            <source>Not renamed: {reason}</source>
            <translation>Não renomeado: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="498" />
            <location filename="../../microcomm_desktop/ui/main_window.py" line="515" />
            <source>Delete workspace</source>
            <translation>Excluir espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="500" />
            <source>Delete {name} with all its posts, interactions, rituals, deals and sprints?

A backup of the whole data file is written first, and File › Undo delete brings it back until you close MicroComm.</source>
            <translation>Excluir {name} com todos os posts, interações, rituais, acordos e sprints?

Antes é feito um backup do arquivo de dados inteiro, e Arquivo › Desfazer exclusão traz tudo de volta até você fechar o MicroComm.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="515" />
            <source>Not deleted: {reason}</source>
            <translation>Não excluído: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="523" />
            <source>Deleted {name}. Undo: File › Undo delete (until MicroComm closes); backup: {backup}</source>
            <translation>{name} excluído. Desfazer: Arquivo › Desfazer exclusão (até o MicroComm fechar); backup: {backup}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="537" />
            <source>Undo delete</source>
            <translation>Desfazer exclusão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="537" />
            <source>Not restored: {reason}</source>
            <translation>Não restaurado: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="544" />
            <source>Restored {name}.</source>
            <translation>{name} restaurado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="553" />
            <source>U&amp;ndo delete of “{name}”</source>
            <translation>Desfa&amp;zer exclusão de “{name}”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="556" />
            <source>U&amp;ndo delete</source>
            <translation>Desfa&amp;zer exclusão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="594" />
            <source>Workspace settings</source>
            <translation>Configurações do espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="594" />
            <source>Not saved: {reason}</source>
            <translation>Não salvo: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="606" />
            <source>Loading…</source>
            <translation>Carregando…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="638" />
            <source>Create or pick a workspace first.</source>
            <translation>Crie ou escolha um espaço de trabalho primeiro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="647" />
            <source>{tab}: this action is not available yet.</source>
            <translation>{tab}: esta ação ainda não está disponível.</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="345" />
            <source>Merge people</source>
            <translation>Mesclar pessoas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="350" />
            <source>Keep &lt;b&gt;@{handle}&lt;/b&gt; ({platform}) and move every interaction of this handle onto them (the same person under two names or platforms). Undo with Ctrl+Z.</source>
            <translation>Manter &lt;b&gt;@{handle}&lt;/b&gt; ({platform}) e mover para ele todas as interações deste perfil (a mesma pessoa com dois nomes ou plataformas). Desfaça com Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/chat_import.py" line="365" />
            <source>Merge</source>
            <translation>Mesclar</translation>
        </message>
    </context>
    <context>
        <name>NewSprintDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="96" />
            <source>New sprint</source>
            <translation>Novo sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="100" />
            <source>e.g. Month 1: foundations</source>
            <translation>ex.: Mês 1: fundamentos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="107" />
            <source>Free text, e.g. Alex, Sam</source>
            <translation>Texto livre, ex.: Alex, Sam</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="109" />
            <source>The 4-week template</source>
            <translation>O modelo de 4 semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="111" />
            <source>A copy of “{name}”</source>
            <translation>Uma cópia de “{name}”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="116" />
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="117" />
            <source>&amp;Starts:</source>
            <translation>&amp;Início:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="120" />
            <source>&amp;Owners:</source>
            <translation>&amp;Responsáveis:</translation>
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
            <translation>Uma tarefa por linha</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="131" />
            <source>Goal:</source>
            <translation>Objetivo:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="132" />
            <source>Deliverable:</source>
            <translation>Entrega:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="133" />
            <source>Tasks:</source>
            <translation>Tarefas:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="147" />
            <source>30 days, ends {day}</source>
            <translation>30 dias, termina em {day}</translation>
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
            <translation>Começar uma comunidade</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="93" />
            <source>e.g. Mobility Run Club, or a client's name</source>
            <translation>ex.: Mobility Run Club, ou o nome de um cliente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="105" />
            <source>Days and weeks are counted in this zone (default: this computer's).</source>
            <translation>Dias e semanas são contados neste fuso (padrão: o deste computador).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="111" />
            <source>Community or client &amp;name:</source>
            <translation>&amp;Nome da comunidade ou do cliente:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="112" />
            <source>&amp;Time zone:</source>
            <translation>&amp;Fuso horário:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="116" />
            <source>Create</source>
            <translation>Criar</translation>
        </message>
    </context>
    <context>
        <name>OnboardingSection</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="22" />
            <source>The pinned welcome post: the rules, what to post, and how to get help.</source>
            <translation>O post de boas-vindas fixado: as regras, o que postar e como pedir ajuda.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="32" />
            <source>Rules:</source>
            <translation>Regras:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="33" />
            <source>What to post:</source>
            <translation>O que postar:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="34" />
            <source>How to get help:</source>
            <translation>Como pedir ajuda:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="38" />
            <source>Save welcome post</source>
            <translation>Salvar boas-vindas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="40" />
            <source>Copy to clipboard</source>
            <translation>Copiar para a área de transferência</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="59" />
            <source> — a bit short</source>
            <translation> — um pouco curto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="59" />
            <source> — long: members skim pinned posts</source>
            <translation> — longo: os membros só passam os olhos em posts fixados</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="61" />
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n palavra</numerusform>
                <numerusform>%n palavras</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="64" />
            <source>Edit welcome post</source>
            <translation>Editar o post de boas-vindas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="73" />
            <source>Welcome post copied to the clipboard.</source>
            <translation>Post de boas-vindas copiado para a área de transferência.</translation>
        </message>
    </context>
    <context>
        <name>PlanNextDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="320" />
            <source>Plan next month</source>
            <translation>Planejar o próximo mês</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="325" />
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="326" />
            <source>{day} (the day after “{name}” ends), 30 days</source>
            <translation>{day} (o dia seguinte ao fim de “{name}”), 30 dias</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="327" />
            <source>Starts:</source>
            <translation>Início:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="328" />
            <source>&amp;Owners:</source>
            <translation>&amp;Responsáveis:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="330" />
            <source>Verdict: &lt;b&gt;{verdict}&lt;/b&gt; — {explanation}</source>
            <translation>Veredito: &lt;b&gt;{verdict}&lt;/b&gt; — {explanation}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="336" />
            <source>Unfinished tasks to carry over</source>
            <translation>Tarefas pendentes para levar adiante</translation>
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
            <translation>Adicionar as tarefas de estreitamento: {tasks}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="358" />
            <source>&lt;b&gt;Carry these unfinished tasks&lt;/b&gt; into week 1 (%n open; untick what to drop):</source>
            <translation>
                <numerusform>&lt;b&gt;Levar estas tarefas pendentes&lt;/b&gt; para a semana 1 (%n aberta; desmarque o que quiser descartar):</numerusform>
                <numerusform>&lt;b&gt;Levar estas tarefas pendentes&lt;/b&gt; para a semana 1 (%n abertas; desmarque o que quiser descartar):</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="361" />
            <source>&lt;b&gt;No unfinished tasks&lt;/b&gt; to carry over.</source>
            <translation>&lt;b&gt;Nenhuma tarefa pendente&lt;/b&gt; para levar adiante.</translation>
        </message>
    </context>
    <context>
        <name>PostDetail</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="24" />
            <source>Selected post</source>
            <translation>Post selecionado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="32" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="62" />
            <source>Select a post to see its conversation and log interactions.</source>
            <translation>Selecione um post para ver a conversa e registrar interações.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="48" />
            <source>Latest interactions on this post (time, who, kind, answering whom)</source>
            <translation>Interações mais recentes neste post (hora, quem, tipo, respondendo a quem)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="57" />
            <source>Logs {post}</source>
            <translation>Registra {post}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="65" />
            <source>(no title)</source>
            <translation>(sem título)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="66" />
            <source>no format</source>
            <translation>sem formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="69" />
            <source>Themes: &lt;b&gt;{themes}&lt;/b&gt;</source>
            <translation>Temas: &lt;b&gt;{themes}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="71" />
            <source>Themes: &lt;i&gt;none yet&lt;/i&gt; — tag it (Ctrl+T) so Insights can rank what this post is about</source>
            <translation>Temas: &lt;i&gt;nenhum ainda&lt;/i&gt; — marque com temas (Ctrl+T) para que o Insights possa classificar do que este post trata</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="76" />
            <source>{date} · {platform} · {label} post · {format}</source>
            <translation>{date} · {platform} · post {label} · {format}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="81" />
            <source>Your own content themes; edit them in the post form, the Themes cell or with Tag…</source>
            <translation>Seus próprios temas de conteúdo; edite-os no formulário do post, na célula Temas ou com Marcar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="85" />
            <source>none logged</source>
            <translation>nenhuma registrada</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="89" />
            <source>&lt;b&gt;%n&lt;/b&gt; people</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; pessoa</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; pessoas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="90" />
            <source>&lt;b&gt;%n&lt;/b&gt; interaction(s) from {people} ({kinds}).</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; interação de {people} ({kinds}).</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; interações de {people} ({kinds}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="93" />
            <source>&lt;b&gt;%n&lt;/b&gt; thread(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; conversa</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; conversas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="94" />
            <source>&lt;b&gt;%n&lt;/b&gt; deep thread(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; conversa profunda</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; conversas profundas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="95" />
            <source>Conversation depth: {threads}, &lt;b&gt;{mean}&lt;/b&gt; messages per thread, {deep}</source>
            <translation>Profundidade da conversa: {threads}, &lt;b&gt;{mean}&lt;/b&gt; mensagens por conversa, {deep}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="99" />
            <source>A thread is a top-level comment (or DM) plus its replies; deep = at least 3 messages from at least 2 people</source>
            <translation>Uma conversa é um comentário de primeiro nível (ou DM) mais as respostas; profunda = pelo menos 3 mensagens de pelo menos 2 pessoas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="102" />
            <source>(deep = 3+ messages from 2+ people: members talking to each other)</source>
            <translation>(profunda = 3+ mensagens de 2+ pessoas: membros conversando entre si)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="121" />
            <source>Logged by &lt;b&gt;{logged}&lt;/b&gt;, last changed by &lt;b&gt;{changed}&lt;/b&gt;.</source>
            <translation>Registrado por &lt;b&gt;{logged}&lt;/b&gt;, alterado por último por &lt;b&gt;{changed}&lt;/b&gt;.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="125" />
            <source>Logged by &lt;b&gt;{logged}&lt;/b&gt;.</source>
            <translation>Registrado por &lt;b&gt;{logged}&lt;/b&gt;.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/detail.py" line="127" />
            <source>Last changed by &lt;b&gt;{changed}&lt;/b&gt;.</source>
            <translation>Alterado por último por &lt;b&gt;{changed}&lt;/b&gt;.</translation>
        </message>
    </context>
    <context>
        <name>PostEdits</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="49" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="77" />
            <source>Add post</source>
            <translation>Adicionar post</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="87" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="89" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="162" />
            <source>Edit post</source>
            <translation>Editar post</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="107" />
            <source>Kept the other member's version of the post.</source>
            <translation>A versão do post do outro membro foi mantida.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="134" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="143" />
            <source>Posts</source>
            <translation>Posts</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="135" />
            <source>Not saved: another member changed this post; open it again.</source>
            <translation>Não salvo: outro membro alterou este post; abra-o de novo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_form.py" line="144" />
            <source>Not saved: {error}</source>
            <translation>Não salvo: {error}</translation>
        </message>
    </context>
    <context>
        <name>PostFilters</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="24" />
            <source>from YYYY-MM-DD</source>
            <translation>de AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="26" />
            <source>to YYYY-MM-DD</source>
            <translation>até AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="32" />
            <source>All platforms</source>
            <translation>Todas as plataformas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="34" />
            <source>other</source>
            <translation>outra</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="36" />
            <source>All labels</source>
            <translation>Todos os rótulos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="42" />
            <source>Show posts carrying one theme, any theme, or none yet (to tag them)</source>
            <translation>Mostrar posts com um tema, com qualquer tema ou ainda sem nenhum (para marcá-los)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="45" />
            <source>Dates:</source>
            <translation>Datas:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="60" />
            <source>Any ritual or none</source>
            <translation>Qualquer ritual ou nenhum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="61" />
            <source>Carried a ritual</source>
            <translation>Com ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="62" />
            <source>No ritual</source>
            <translation>Sem ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="76" />
            <source>Any theme or none</source>
            <translation>Qualquer tema ou nenhum</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="77" />
            <source>Has a theme</source>
            <translation>Tem um tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="78" />
            <source>No theme yet</source>
            <translation>Ainda sem tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/filters.py" line="93" />
            <source>'{text}' is not a date like 2026-11-01</source>
            <translation>“{text}” não é uma data como 2026-11-01</translation>
        </message>
    </context>
    <context>
        <name>PostFormDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="57" />
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="77" />
            <source>Date/time *</source>
            <translation>Data/hora *</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="77" />
            <source>2026-11-24 18:30 (your local time)</source>
            <translation>2026-11-24 18:30 (seu horário local)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="83" />
            <source>community: judged on replies, saves, depth · reach: judged on shares, discovery</source>
            <translation>community: avaliado por respostas, salvamentos, profundidade · reach: avaliado por compartilhamentos, descoberta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="85" />
            <source>Label *</source>
            <translation>Rótulo *</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="90" />
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="100" />
            <source>Pick one of your promise's recurring formats (listed first) or type your own; Insights ranks formats. A format naming a poll, quiz or Q and A is judged on the poll and Q and A ER band.</source>
            <translation>Escolha um dos formatos recorrentes da sua promessa (listados primeiro) ou digite o seu; Insights classifica os formatos. Um formato que cita enquete, quiz ou perguntas e respostas é avaliado pela faixa de ER de enquetes e perguntas e respostas.</translation>
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
            <translation>Título ou legenda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="110" />
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="112" />
            <source>(none)</source>
            <translation>(nenhum)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="117" />
            <source>The ritual occurrence this post carried (optional)</source>
            <translation>A ocorrência do ritual que este post levou (opcional)</translation>
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
            <translation>0 se desconhecido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="124" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="164" />
            <source>Discard what you typed in this post?</source>
            <translation>Descartar o que você digitou neste post?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="250" />
            <source>%n new theme(s) created on save: {themes}</source>
            <translation>
                <numerusform>%n tema novo será criado ao salvar: {themes}</numerusform>
                <numerusform>%n temas novos serão criados ao salvar: {themes}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/post_form.py" line="258" />
            <source>Fix %n field(s) to save.</source>
            <translation>
                <numerusform>Corrija %n campo para salvar.</numerusform>
                <numerusform>Corrija %n campos para salvar.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PostImports</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/imports.py" line="25" />
            <source>Import interactions</source>
            <translation>Importar interações</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/imports.py" line="27" />
            <source>Import engagers</source>
            <translation>Importar participantes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/imports.py" line="28" />
            <source>Import posts</source>
            <translation>Importar posts</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/imports.py" line="64" />
            <source>CSV exports (*.csv *.txt *.tsv *.zip);;All files (*)</source>
            <translation>Exportações CSV (*.csv *.txt *.tsv *.zip);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/imports.py" line="84" />
            <source>{problem}

Import the file anyway, keeping that field as it is?</source>
            <translation>{problem}

Importar o arquivo mesmo assim, mantendo esse campo como está?</translation>
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
            <translation>Salvamentos/1k alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="55" />
            <source>Replies/1k reach</source>
            <translation>Respostas/1k alcance</translation>
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
            <translation>Salvamentos por 1.000 de alcance: salvamentos / alcance × 1000. Avaliado nos posts community.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="94" />
            <source>Replies per 1,000 reach: comments and replies / reach × 1000. Judged on community posts.</source>
            <translation>Respostas por 1.000 de alcance: comentários e respostas / alcance × 1000. Avaliado nos posts community.</translation>
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
            <translation>ER por impressões %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="344" />
            <source>ER by reach %</source>
            <translation>ER por alcance %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="347" />
            <source>Engagement rate = engagements / {definition} × 100 (the workspace's definition; change it in Workspace settings). Engagements = likes + comments + shares + saves, or the platform's own total when the import had one.</source>
            <translation>Taxa de engajamento = engajamentos / {definition} × 100 (a definição do espaço de trabalho; altere-a nas Configurações do espaço de trabalho). Engajamentos = curtidas + comentários + compartilhamentos + salvamentos, ou o total da própria plataforma quando a importação o trazia.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="350" />
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="432" />
            <source>impressions</source>
            <translation>impressões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="350" />
            <source>reach</source>
            <translation>alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="396" />
            <source>Benchmark {low}–{high}%</source>
            <translation>Referência {low}–{high}%</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="398" />
            <source>Benchmark {low}–{high} per 1k reach</source>
            <translation>Referência {low}–{high} por 1k de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="400" />
            <source> (the poll and Q and A band: this post's format is a poll or Q and A)</source>
            <translation> (a faixa de enquetes e perguntas e respostas: o formato deste post é uma enquete ou perguntas e respostas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="406" />
            <source>{head}. n/a: no reach recorded for this post (choose views or impressions to stand in for reach on this platform in Workspace settings).</source>
            <translation>{head}. n/d: nenhum alcance registrado para este post (escolha visualizações ou impressões para substituir o alcance nesta plataforma nas Configurações do espaço de trabalho).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="409" />
            <source>{head}. n/a: no impressions recorded for this post.</source>
            <translation>{head}. n/d: nenhuma impressão registrada para este post.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="411" />
            <source>. * No reach on this post: {standin} stand in for reach (Workspace settings)</source>
            <translation>. * Sem alcance neste post: as {standin} substituem o alcance (Configurações do espaço de trabalho)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="416" />
            <source>{head}. Not judged: a {label} post is judged on its own job (shares and discovery).</source>
            <translation>{head}. Não avaliado: um post {label} é avaliado pela própria função (compartilhamentos e descoberta).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="419" />
            <source>Below the band ({head}). Action if low: {action}.</source>
            <translation>Abaixo da faixa ({head}). Ação se estiver baixo: {action}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="421" />
            <source>Above the band ({head}).</source>
            <translation>Acima da faixa ({head}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="422" />
            <source>Inside the band ({head}).</source>
            <translation>Dentro da faixa ({head}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="432" />
            <source>views</source>
            <translation>visualizações</translation>
        </message>
    </context>
    <context>
        <name>PostsTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="109" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="533" />
            <source>Add post</source>
            <translation>Adicionar post</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="109" />
            <source>Add a post by hand (Ctrl+Shift+N)</source>
            <translation>Adicionar um post à mão (Ctrl+Shift+N)</translation>
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
            <translation>Editar o post selecionado (Enter)</translation>
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
            <translation>Copiar o post selecionado (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="118" />
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="118" />
            <source>Delete the selected posts (Del)</source>
            <translation>Excluir os posts selecionados (Del)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="122" />
            <source>Tag…</source>
            <translation>Marcar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="124" />
            <source>Add or remove themes on the selected posts (Ctrl+T); undo with Ctrl+Z</source>
            <translation>Adicionar ou remover temas dos posts selecionados (Ctrl+T); desfazer com Ctrl+Z</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="129" />
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="131" />
            <source>Import a platform export (Ctrl+I) — or drop a .csv here</source>
            <translation>Importar uma exportação de plataforma (Ctrl+I) — ou solte um .csv aqui</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="135" />
            <source>Posts CSV…</source>
            <translation>CSV de posts…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="136" />
            <source>Interactions CSV…</source>
            <translation>CSV de interações…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="137" />
            <source>Engagers CSV (from Export engagers)…</source>
            <translation>CSV de participantes (de Exportar participantes)…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="138" />
            <source>Chat export (Discord, Telegram, WhatsApp, Slack)…</source>
            <translation>Exportação de chat (Discord, Telegram, WhatsApp, Slack)…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="140" />
            <source>Export to CSV…</source>
            <translation>Exportar para CSV…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="140" />
            <source>Export the rows shown (Ctrl+E)</source>
            <translation>Exportar as linhas exibidas (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="147" />
            <source>Reading the post log…</source>
            <translation>Lendo o registro de posts…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="162" />
            <source>Filter posts (title, format, themes, notes…)  Ctrl+F</source>
            <translation>Filtrar posts (título, formato, temas, notas…)  Ctrl+F</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="205" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="444" />
            <source>Posts</source>
            <translation>Posts</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="209" />
            <source>Engagers</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="291" />
            <source>ER = engagements / {definition} (workspace setting). Coloured against the benchmark band of the post's label: red below, green inside, blue above; hover a figure for the action if low. Reach posts are judged on ER only; polls and Q and A (by format) on their own, higher ER band.</source>
            <translation>ER = engajamentos / {definition} (configuração do espaço de trabalho). Colorido pela faixa do rótulo do post: vermelho abaixo, verde dentro, azul acima; passe o mouse sobre um número para ver a ação se estiver baixo. Posts reach são avaliados só pela ER; enquetes e perguntas e respostas (pelo formato), pela própria faixa de ER, mais alta.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="294" />
            <source>impressions</source>
            <translation>impressões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="294" />
            <source>reach</source>
            <translation>alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="296" />
            <source> * = a stand-in (views/impressions) divides a post without reach.</source>
            <translation> * = um substituto (visualizações/impressões) divide um post sem alcance.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_rows.py" line="59" />
            <source>Could not read the posts: {reason}</source>
            <translation>Não foi possível ler os posts: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_rows.py" line="79" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_rows.py" line="80" />
            <source>Loading posts…</source>
            <translation>Carregando posts…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_rows.py" line="85" />
            <source>{shown} of %Ln post(s)</source>
            <translation>
                <numerusform>{shown} de %Ln post</numerusform>
                <numerusform>{shown} de %Ln posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_rows.py" line="88" />
            <source>%Ln post(s)</source>
            <translation>
                <numerusform>%Ln post</numerusform>
                <numerusform>%Ln posts</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_rows.py" line="91" />
            <source>No posts yet. Add one by hand, or import a platform export: File &gt; Import posts… (Ctrl+I) or drop a .csv file onto this tab.</source>
            <translation>Ainda não há posts. Adicione um à mão ou importe uma exportação de plataforma: Arquivo &gt; Importar posts… (Ctrl+I) ou solte um arquivo .csv nesta aba.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="420" />
            <source>(no title)</source>
            <translation>(sem título)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="422" />
            <source>to {date} “{title}”</source>
            <translation>no post de {date} “{title}”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="444" />
            <source>Not saved: {error}</source>
            <translation>Não salvo: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="488" />
            <source>Edit {column}</source>
            <translation>Editar {column}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="494" />
            <source>Not saved.</source>
            <translation>Não salvo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="501" />
            <source>Kept the other member's version of the post.</source>
            <translation>A versão do post do outro membro foi mantida.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="511" />
            <source>Select the posts to tag first (Shift/Ctrl+click for several).</source>
            <translation>Selecione primeiro os posts a marcar (Shift/Ctrl+clique para vários).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="521" />
            <source>Not tagged: {error}</source>
            <translation>Não marcado: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="524" />
            <source>Tagged: {what}. Undo with Ctrl+Z.</source>
            <translation>Marcado: {what}. Desfazer com Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="537" />
            <source>Tag %n post(s)…</source>
            <translation>
                <numerusform>Marcar %n post…</numerusform>
                <numerusform>Marcar %n posts…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="540" />
            <source>Delete %n post(s)…</source>
            <translation>
                <numerusform>Excluir %n post…</numerusform>
                <numerusform>Excluir %n posts…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_actions.py" line="42" />
            <source>Duplicate post</source>
            <translation>Duplicar post</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_actions.py" line="53" />
            <source>Delete posts</source>
            <translation>Excluir posts</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_actions.py" line="54" />
            <source>Delete %n post(s)? Their interactions stay (unlinked). Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Excluir %n post? As interações dele ficam (desvinculadas). Desfazer com Ctrl+Z.</numerusform>
                <numerusform>Excluir %n posts? As interações deles ficam (desvinculadas). Desfazer com Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/post_actions.py" line="71" />
            <source>Delete %n post(s)</source>
            <translation>
                <numerusform>Excluir %n post</numerusform>
                <numerusform>Excluir %n posts</numerusform>
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
            <translation>ex.: corrida de trilha</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="71" />
            <source>people, e.g. 8200</source>
            <translation>pessoas, ex.: 8200</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="73" />
            <source>one per line: instagram @name</source>
            <translation>um por linha: instagram @nome</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="76" />
            <source>email, agent or DM</source>
            <translation>e-mail, agência ou DM</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="80" />
            <source>their answer in their words</source>
            <translation>a resposta, com as palavras dele</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="82" />
            <source>Ask: “What does your audience struggle with this week?” — the rubric needs it dated</source>
            <translation>Pergunte: “Com o que seu público está tendo dificuldade nesta semana?” — a rubrica precisa da resposta com data</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="84" />
            <source>asked on</source>
            <translation>perguntado em</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="95" />
            <source>Replies (comments + replies) per 1,000 reach; benchmark {band}</source>
            <translation>Respostas (comentários + respostas) por 1.000 de alcance; faixa de referência {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="99" />
            <source>Engagement rate in percent; benchmark {band}</source>
            <translation>Taxa de engajamento em porcentagem; faixa de referência {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="102" />
            <source>Share of engagers who engaged on 2+ days in 30 days, percent; benchmark {band}</source>
            <translation>Parcela de participantes que interagiram em 2+ dias em 30 dias, em porcentagem; faixa de referência {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="108" />
            <source>unknown</source>
            <translation>desconhecido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="112" />
            <source>A workspace holding the creator's own export (posts and interactions imported there): its last 30 days replace the typed figures</source>
            <translation>Um espaço de trabalho com a exportação do próprio criador (posts e interações importados lá): os últimos 30 dias dele substituem os números digitados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="146" />
            <source>Closing the window saves a valid profile form; one that cannot be saved yet is kept as a draft and put back here.</source>
            <translation>Fechar a janela salva um perfil válido; um que ainda não pode ser salvo é mantido como rascunho e volta para cá.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="152" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="153" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="154" />
            <source>Niche / topic</source>
            <translation>Nicho / tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="155" />
            <source>Audience size</source>
            <translation>Tamanho do público</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="156" />
            <source>Handles</source>
            <translation>Perfis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="157" />
            <source>Contact</source>
            <translation>Contato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="158" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="163" />
            <source>Struggles this week</source>
            <translation>Dificuldades desta semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="165" />
            <source>Replies per 1k reach</source>
            <translation>Respostas por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="166" />
            <source>ER %</source>
            <translation>ER %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="167" />
            <source>Returning share %</source>
            <translation>Parcela de recorrentes %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="168" />
            <source>Figures from workspace</source>
            <translation>Números do espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="172" />
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="173" />
            <source>Save the profile (Ctrl+S)</source>
            <translation>Salvar o perfil (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="175" />
            <source>Revert</source>
            <translation>Reverter</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="182" />
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="268" />
            <source>— typed figures only —</source>
            <translation>— só números digitados —</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="278" />
            <source>Measured in '{workspace}' over {start}–{end} (%n post(s)): replies/1k {replies}, ER {er}, returning {returning}. Measured figures replace typed ones where known.</source>
            <translation>
                <numerusform>Medido em “{workspace}” de {start} a {end} (%n post): respostas/1k {replies}, ER {er}, recorrentes {returning}. Os números medidos substituem os digitados quando conhecidos.</numerusform>
                <numerusform>Medido em “{workspace}” de {start} a {end} (%n posts): respostas/1k {replies}, ER {er}, recorrentes {returning}. Os números medidos substituem os digitados quando conhecidos.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="292" />
            <source>Typed figures come from the creator's own insights (“reported”).</source>
            <translation>Os números digitados vêm das estatísticas do próprio criador (“informados”).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="306" />
            <source>Replies per 1k</source>
            <translation>Respostas por 1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="307" />
            <source>ER</source>
            <translation>ER</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="308" />
            <source>Returning share</source>
            <translation>Parcela de recorrentes</translation>
        </message>
    </context>
    <context>
        <name>ProfileSection</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="35" />
            <source>Topic (one line)</source>
            <translation>Tema (uma linha)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="39" />
            <source>budget travel in Japan</source>
            <translation>viajar barato pelo Japão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="41" />
            <source>Save topic</source>
            <translation>Salvar tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="43" />
            <source>Change topic</source>
            <translation>Alterar o tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="52" />
            <source>Home — where the community lives</source>
            <translation>Casa — onde a comunidade vive</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="55" />
            <source>In month one, pick one primary home. A second one splits your attention and the replies.</source>
            <translation>No primeiro mês, escolha uma casa principal. Uma segunda divide sua atenção e as respostas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="67" />
            <source>label, e.g. Instagram comments + DMs</source>
            <translation>rótulo, ex.: comentários do Instagram + DMs</translation>
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
            <translation>Adicionar casa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="72" />
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="83" />
            <source>Disclosure line</source>
            <translation>Texto do aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="87" />
            <source>Endorsements with a material connection must be disclosed clearly and conspicuously. This line goes into every brief.</source>
            <translation>Recomendações com vínculo comercial devem ser divulgadas de forma clara e visível. Este texto entra em todo briefing.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="95" />
            <source>#ad — I am paid by the brand for this post.</source>
            <translation>#publi — A marca me paga por este post.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="96" />
            <source>Save line</source>
            <translation>Salvar texto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="99" />
            <source>Change disclosure line</source>
            <translation>Alterar o texto do aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="116" />
            <source>Tight topic ✓</source>
            <translation>Tema bem delimitado ✓</translation>
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
            <translation>Atenção dividida</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="168" />
            <source>Remove home</source>
            <translation>Remover casa</translation>
        </message>
    </context>
    <context>
        <name>PromiseBuilder</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="38" />
            <source>A promise says in one sentence who the community is for, what they get and how. Make the outcome checkable (a number or a time frame) and name a real group.</source>
            <translation>Uma promessa diz em uma frase para quem é a comunidade, o que as pessoas ganham e como. Torne o resultado verificável (um número ou um prazo) e nomeie um grupo real.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="46" />
            <source>runners</source>
            <translation>corredores</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="48" />
            <source>a weekly 20-minute mobility routine</source>
            <translation>uma rotina semanal de mobilidade de 20 minutos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="50" />
            <source>short videos and a Sunday Q and A</source>
            <translation>vídeos curtos e perguntas e respostas aos domingos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="52" />
            <source>&amp;Who:</source>
            <translation>&amp;Quem:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="54" />
            <source>Specific &amp;outcome:</source>
            <translation>Resultado &amp;específico:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="56" />
            <source>&amp;Through (format):</source>
            <translation>&amp;Por meio de (formato):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="65" />
            <source>&amp;Save as new version</source>
            <translation>&amp;Salvar como nova versão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="66" />
            <source>Keeps the earlier wording in the history below (Ctrl+S)</source>
            <translation>Mantém a redação anterior no histórico abaixo (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="73" />
            <source>&lt;b&gt;Version history&lt;/b&gt; (newest first)</source>
            <translation>&lt;b&gt;Histórico de versões&lt;/b&gt; (mais recente primeiro)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="76" />
            <source>Earlier promises with the date they were saved; double-click to load one back</source>
            <translation>Promessas anteriores com a data em que foram salvas; clique duas vezes para carregar uma de volta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="105" />
            <source>{date}  (current):  </source>
            <translation>{date}  (atual):  </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="113" />
            <source>No promise saved yet — fill the three slots and save.</source>
            <translation>Nenhuma promessa salva ainda — preencha os três campos e salve.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="121" />
            <source>Loaded an earlier version: save to make it current.</source>
            <translation>Versão anterior carregada: salve para torná-la a atual.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="130" />
            <source>No change to save.</source>
            <translation>Nenhuma alteração para salvar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="137" />
            <source>Save promise</source>
            <translation>Salvar promessa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="138" />
            <source>Saved. The earlier wording is in the history.</source>
            <translation>Salvo. A redação anterior está no histórico.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="157" />
            <source>who</source>
            <translation>quem</translation>
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
            <translation>Ainda não salvo: preencha {slots} para salvar a promessa como nova versão.</translation>
        </message>
    </context>
    <context>
        <name>PromiseTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="54" />
            <source>promise builder</source>
            <translation>construtor da promessa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="55" />
            <source>topic, disclosure and welcome post</source>
            <translation>tema, aviso e post de boas-vindas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="56" />
            <source>format form</source>
            <translation>formulário de formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="57" />
            <source>prompt form</source>
            <translation>formulário de pergunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="58" />
            <source>home form</source>
            <translation>formulário de casa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="112" />
            <source>When the window closes (or the workspace changes) open forms are saved; a form that cannot be saved yet is kept as a draft and put back here.</source>
            <translation>Quando a janela fecha (ou o espaço de trabalho muda), os formulários abertos são salvos; um formulário que ainda não pode ser salvo fica como rascunho e volta para cá.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="129" />
            <source>Promise</source>
            <translation>Promessa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="130" />
            <source>Topic, home &amp;&amp; disclosure</source>
            <translation>Tema, casa &amp;&amp; aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="131" />
            <source>Formats</source>
            <translation>Formatos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="132" />
            <source>Onboarding</source>
            <translation>Boas-vindas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="133" />
            <source>Prompt library</source>
            <translation>Biblioteca de perguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="276" />
            <source>Save open edits (topic, disclosure, welcome post)</source>
            <translation>Salvar as edições abertas (tema, aviso, boas-vindas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="313" />
            <source>Not saved: {reason}</source>
            <translation>Não salvo: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="324" />
            <source>Could not keep the unsaved draft: {reason}</source>
            <translation>Não foi possível manter o rascunho não salvo: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="361" />
            <source>Promise: could not keep a crash-time draft: {reason}</source>
            <translation>Promessa: não foi possível manter um rascunho para o caso de falha: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="391" />
            <source>Restored an unsaved draft from {when} ({parts}). {reasons}</source>
            <translation>Rascunho não salvo de {when} restaurado ({parts}). {reasons}</translation>
        </message>
    </context>
    <context>
        <name>PromptDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="36" />
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="23" />
            <source>Identity</source>
            <translation>Identidade</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="37" />
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="24" />
            <source>Constraints</source>
            <translation>Restrições</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="38" />
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="25" />
            <source>Proof</source>
            <translation>Prova</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="39" />
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="26" />
            <source>Commitment</source>
            <translation>Compromisso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="35" />
            <source>Add a prompt to the library</source>
            <translation>Adicionar uma pergunta à biblioteca</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="38" />
            <source>Good prompts ask for a number, a screenshot, a choice or a constraint.</source>
            <translation>Boas perguntas pedem um número, uma captura de tela, uma escolha ou uma restrição.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="43" />
            <source>(no ritual)</source>
            <translation>(sem ritual)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="53" />
            <source>Prompt:</source>
            <translation>Pergunta:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="54" />
            <source>Ladder rung:</source>
            <translation>Degrau da escada:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="55" />
            <source>Ritual:</source>
            <translation>Ritual:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="67" />
            <source>Write the prompt first.</source>
            <translation>Escreva a pergunta primeiro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="70" />
            <source>Keep the prompt under 500 characters.</source>
            <translation>Mantenha a pergunta abaixo de 500 caracteres.</translation>
        </message>
    </context>
    <context>
        <name>PromptTableModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="58" />
            <source>Broad</source>
            <translation>Ampla demais</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="59" />
            <source>OK: {check}</source>
            <translation>OK: {check}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="67" />
            <source>Used in the last 4 weeks: pick another prompt so members do not see a repeat.</source>
            <translation>Usada nas últimas 4 semanas: escolha outra pergunta para que os membros não vejam uma repetição.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="78" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="80" />
            <source>{date} (recent)</source>
            <translation>{date} (recente)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="95" />
            <source>Prompt</source>
            <translation>Pergunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="98" />
            <source>Rung</source>
            <translation>Degrau</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="103" />
            <source>Ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="108" />
            <source>Quality</source>
            <translation>Qualidade</translation>
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
                <numerusform>Cada ritual precisa de pelo menos %n pergunta antes de você convidar alguém</numerusform>
                <numerusform>Cada ritual precisa de pelo menos %n perguntas antes de você convidar alguém</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="50" />
            <source>Filter prompts… (Ctrl+F)</source>
            <translation>Filtrar perguntas… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="63" />
            <source>Move up</source>
            <translation>Mover para cima</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="64" />
            <source>Alt+Up — the keyboard equivalent of dragging</source>
            <translation>Alt+Seta para cima — o equivalente no teclado de arrastar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="66" />
            <source>Move down</source>
            <translation>Mover para baixo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="67" />
            <source>Alt+Down</source>
            <translation>Alt+Seta para baixo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="75" />
            <source>Used on:</source>
            <translation>Usada em:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="82" />
            <source>Mark used</source>
            <translation>Marcar como usada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="89" />
            <source>What was your last 10-minute workout?</source>
            <translation>Qual foi seu último treino de 10 minutos?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="95" />
            <source>Prompt:</source>
            <translation>Pergunta:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="100" />
            <source>Rung:</source>
            <translation>Degrau:</translation>
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
            <translation>Adicionar pergunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="109" />
            <source>Update</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="110" />
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="127" />
            <source>(no ritual)</source>
            <translation>(sem ritual)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="138" />
            <source>No rituals yet: add them on the Rituals tab, then give each five prompts.</source>
            <translation>Ainda não há rituais: adicione-os na aba Rituais e depois dê cinco perguntas a cada um.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="141" />
            <source>%n broad prompt(s)</source>
            <translation>
                <numerusform>%n pergunta ampla demais</numerusform>
                <numerusform>%n perguntas amplas demais</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="157" />
            <source>(no post)</source>
            <translation>(sem post)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="206" />
            <source>Select a prompt to update.</source>
            <translation>Selecione uma pergunta para atualizar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="216" />
            <source>Edit prompt</source>
            <translation>Editar pergunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="231" />
            <source>Delete prompt</source>
            <translation>Excluir pergunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="241" />
            <source>Reorder prompts</source>
            <translation>Reordenar perguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="270" />
            <source>Select the prompt you used.</source>
            <translation>Selecione a pergunta que você usou.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="279" />
            <source>Used recently</source>
            <translation>Usada recentemente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="280" />
            <source>This prompt was used on {date}. Members notice repeats. Log it anyway?</source>
            <translation>Esta pergunta foi usada em {date}. Os membros percebem repetições. Registrar mesmo assim?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="288" />
            <source>Mark prompt used</source>
            <translation>Marcar pergunta como usada</translation>
        </message>
    </context>
    <context>
        <name>ProposalModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="31" />
            <source>Signal</source>
            <translation>Sinal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="32" />
            <source>Niche default</source>
            <translation>Padrão do nicho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="33" />
            <source>Current</source>
            <translation>Atual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="34" />
            <source>Proposed (your data)</source>
            <translation>Proposta (seus dados)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/calibrate.py" line="35" />
            <source>Based on</source>
            <translation>Baseado em</translation>
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
            <translation>Digitado por você.</translation>
        </message>
    </context>
    <context>
        <name>QuickEntry</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="91" />
            <source>Quick entry, one per line: @ana comment · @ben reply to @ana · @cy dm · @dee like 18:40</source>
            <translation>Entrada rápida, uma por linha (tipos em inglês): @ana comment · @ben reply to @ana · @cy dm · @dee like 18:40</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="100" />
            <source>Kinds: like, comment, reply, save, share, dm, live, story reply. The time defaults to the post's; add HH:MM to set it. Replies join the thread of the person they answer. Ctrl+Enter logs.</source>
            <translation>Tipos: like, comment, reply, save, share, dm, live, story reply. A hora padrão é a do post; adicione HH:MM para defini-la. As respostas entram na conversa da pessoa a quem respondem. Ctrl+Enter registra.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="107" />
            <source>Log interactions</source>
            <translation>Registrar interações</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="108" />
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="137" />
            <source>Select a post first.</source>
            <translation>Selecione um post primeiro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="143" />
            <source>Nothing logged.</source>
            <translation>Nada registrado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="145" />
            <source>Line {n}: {why}</source>
            <translation>Linha {n}: {why}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="149" />
            <source>Type one interaction per line, e.g. @ana comment</source>
            <translation>Digite uma interação por linha, ex.: @ana comment</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="168" />
            <source>Line {n}: read {word} as @{handle}.</source>
            <translation>Linha {n}: {word} lido como @{handle}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="175" />
            <source>Log %n interaction(s)</source>
            <translation>
                <numerusform>Registrar %n interação</numerusform>
                <numerusform>Registrar %n interações</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/quick_entry.py" line="181" />
            <source>Logged %n {target}.</source>
            <translation>
                <numerusform>%n interação registrada {target}.</numerusform>
                <numerusform>%n interações registradas {target}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuoteLinesModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/quote_lines_table_model.py" line="27" />
            <source>deliverable</source>
            <translation>entrega</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/quote_lines_table_model.py" line="28" />
            <source>add-on</source>
            <translation>adicional</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/quote_lines_table_model.py" line="29" />
            <source>bundle discount</source>
            <translation>desconto de pacote</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/quote_lines_table_model.py" line="45" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/quote_lines_table_model.py" line="55" />
            <source>Line</source>
            <translation>Linha</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/quote_lines_table_model.py" line="60" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/quote_lines_table_model.py" line="65" />
            <source>Amount</source>
            <translation>Valor</translation>
        </message>
    </context>
    <context>
        <name>QuotePage</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="149" />
            <source>Your rate card — your own rates; double-click to edit (Ctrl+Z undoes)</source>
            <translation>Sua tabela de preços — seus próprios preços; clique duplo para editar (Ctrl+Z desfaz)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="170" />
            <source>Add rate…</source>
            <translation>Adicionar preço…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="171" />
            <source>Delete rate</source>
            <translation>Excluir preço</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="172" />
            <source>Start from example rates</source>
            <translation>Começar com preços de exemplo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="173" />
            <source>Fill an empty rate card with typical rates, then edit them to your own</source>
            <translation>Preencha uma tabela de preços vazia com preços típicos e depois ajuste-os aos seus</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="185" />
            <source>Use</source>
            <translation>Usar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="185" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="185" />
            <source>Rate</source>
            <translation>Preço</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="185" />
            <source>Qty / units</source>
            <translation>Qtd. / unidades</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="198" />
            <source>Brand the quote is for</source>
            <translation>Marca para a qual é o orçamento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="200" />
            <source>e.g. 4-week recovery series</source>
            <translation>ex.: série de recuperação de 4 semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="202" />
            <source>Your name or account, as on the quote</source>
            <translation>Seu nome ou conta, como no orçamento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="207" />
            <source>#ad Paid partnership with …</source>
            <translation>#publi Parceria paga com …</translation>
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
            <translation>Criador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="211" />
            <source>Valid until</source>
            <translation>Válido até</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="212" />
            <source>Disclosure line</source>
            <translation>Texto do aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="219" />
            <source>{group}: {label}</source>
            <translation>{group}: {label}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="226" />
            <source>Items</source>
            <translation>Itens</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="232" />
            <source>Terms</source>
            <translation>Condições</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="236" />
            <source>This quote — set quantities, tick add-ons</source>
            <translation>Este orçamento — defina quantidades, marque adicionais</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="244" />
            <source>Quote preview</source>
            <translation>Prévia do orçamento</translation>
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
            <translation>&amp;Salvar como acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="269" />
            <source>Store this quote as an 'offered' deal in the Deals list</source>
            <translation>Salvar este orçamento como acordo “oferecido” na lista de acordos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="327" />
            <source> (add-on)</source>
            <translation> (adicional)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="327" />
            <source> (series bundle)</source>
            <translation> (pacote de série)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="340" />
            <source>How many deliverables</source>
            <translation>Quantas entregas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="342" />
            <source>How many units ({unit})</source>
            <translation>Quantas unidades ({unit})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="342" />
            <source>units</source>
            <translation>unidades</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="417" />
            <source>Your rate card is empty: add your rates, or start from the example rates.</source>
            <translation>Sua tabela de preços está vazia: adicione seus preços ou comece com os preços de exemplo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="420" />
            <source>Set a quantity on at least one deliverable to price a quote.</source>
            <translation>Defina a quantidade de pelo menos uma entrega para calcular um orçamento.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="423" />
            <source>&lt;span style='font-size:15pt'&gt;Total &lt;b&gt;{total}&lt;/b&gt;&lt;/span&gt;</source>
            <translation>&lt;span style='font-size:15pt'&gt;Total &lt;b&gt;{total}&lt;/b&gt;&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="430" />
            <source>Expected CPM and cost per engagement: n/a — no posts logged in the last 90 days.</source>
            <translation>CPM e custo por engajamento esperados: n/d — nenhum post registrado nos últimos 90 dias.</translation>
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
                <numerusform>O que a marca pode esperar: CPM &lt;b&gt;{cpm}&lt;/b&gt;, custo por engajamento &lt;b&gt;{cpe}&lt;/b&gt;.&lt;br&gt;&lt;small&gt;Com base no seu &lt;b&gt;%n post&lt;/b&gt; dos últimos 90 dias: alcance médio {reach}, impressões médias {impressions}, ER {er} (engajamentos / {definition}). Esperado = total do orçamento / (média × número de entregas).&lt;/small&gt;</numerusform>
                <numerusform>O que a marca pode esperar: CPM &lt;b&gt;{cpm}&lt;/b&gt;, custo por engajamento &lt;b&gt;{cpe}&lt;/b&gt;.&lt;br&gt;&lt;small&gt;Com base nos seus &lt;b&gt;%n posts&lt;/b&gt; dos últimos 90 dias: alcance médio {reach}, impressões médias {impressions}, ER {er} (engajamentos / {definition}). Esperado = total do orçamento / (média × número de entregas).&lt;/small&gt;</numerusform>
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
            <translation>impressões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="488" />
            <source>Add example rates</source>
            <translation>Adicionar preços de exemplo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="502" />
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="513" />
            <source>Export quote</source>
            <translation>Exportar orçamento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="514" />
            <source>Could not write {path}:
{reason}</source>
            <translation>Não foi possível gravar {path}:
{reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="517" />
            <source>Quote written to {path}</source>
            <translation>Orçamento salvo em {path}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="525" />
            <source>Name the brand (Terms tab) before saving the quote as a deal.</source>
            <translation>Informe a marca (aba Condições) antes de salvar o orçamento como acordo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="559" />
            <source>Quote saved as an offered deal for {name}</source>
            <translation>Orçamento salvo como acordo oferecido para {name}</translation>
        </message>
    </context>
    <context>
        <name>RateCardModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="29" />
            <source>base price</source>
            <translation>preço base</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="30" />
            <source>add-on</source>
            <translation>adicional</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="31" />
            <source>series bundle</source>
            <translation>pacote de série</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="33" />
            <source>Your own rate — edit it (double-click or F2). Percent rates are % of the deliverables fee.</source>
            <translation>Seu próprio preço — edite-o (clique duplo ou F2). Preços em porcentagem são % do cachê das entregas.</translation>
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
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="57" />
            <source>Pricing</source>
            <translation>Tipo de preço</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="62" />
            <source>Your rate</source>
            <translation>Seu preço</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/rate_card_table_model.py" line="69" />
            <source>Unit</source>
            <translation>Unidade</translation>
        </message>
    </context>
    <context>
        <name>ReadinessPanel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="35" />
            <source>Readiness</source>
            <translation>Prontidão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="38" />
            <source>What must exist before you invite anyone:</source>
            <translation>O que precisa existir antes de você convidar alguém:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="47" />
            <source>Export community &amp;brief…</source>
            <translation>Exportar &amp;briefing da comunidade…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="49" />
            <source>Markdown or PDF: promise, topic, home, formats, onboarding, rituals, prompts, SLA, disclosure</source>
            <translation>Markdown ou PDF: promessa, tema, casa, formatos, boas-vindas, rituais, perguntas, SLA, aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="60" />
            <source>Done</source>
            <translation>Feito</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="66" />
            <source>&lt;b&gt;{done} of {total}&lt;/b&gt; ready.</source>
            <translation>&lt;b&gt;{done} de {total}&lt;/b&gt; prontos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="67" />
            <source> Invite your first members.</source>
            <translation> Convide seus primeiros membros.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="74" />
            <source>Export community brief</source>
            <translation>Exportar briefing da comunidade</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="86" />
            <source>Export failed</source>
            <translation>Falha na exportação</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="87" />
            <source>Could not write {path}:
{reason}</source>
            <translation>Não foi possível gravar {path}:
{reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="90" />
            <source>Brief written to {path}</source>
            <translation>Briefing salvo em {path}</translation>
        </message>
    </context>
    <context>
        <name>ReportActions</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="42" />
            <source>Calibrate bands</source>
            <translation>Calibrar faixas</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="49" />
            <source>Calibrate %n benchmark band(s) from the last {days} days</source>
            <translation>
                <numerusform>Calibrar %n faixa com os últimos {days} dias</numerusform>
                <numerusform>Calibrar %n faixas com os últimos {days} dias</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="73" />
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="86" />
            <source>Export report</source>
            <translation>Exportar relatório</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="87" />
            <source>The report was not written: {reason}</source>
            <translation>O relatório não foi gravado: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="93" />
            <source>Wrote {pdf} and {html}</source>
            <translation>{pdf} e {html} gravados</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/report_actions.py" line="95" />
            <source>Wrote {pdf} (%n pages) and {html}</source>
            <translation>
                <numerusform>{pdf} (%n página) e {html} gravados</numerusform>
                <numerusform>{pdf} (%n páginas) e {html} gravados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="26" />
            <source>Restore from backup</source>
            <translation>Restaurar de um backup</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="30" />
            <source>Pick a backup. Your current data is backed up before it is replaced.</source>
            <translation>Escolha um backup. Seus dados atuais são salvos em backup antes de serem substituídos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="38" />
            <source>Choose another file…</source>
            <translation>Escolher outro arquivo…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="45" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="53" />
            <source>No backups yet in the backups folder. Choose a file instead.</source>
            <translation>Ainda não há backups na pasta de backups. Escolha um arquivo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="57" />
            <source>Backup file</source>
            <translation>Arquivo de backup</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="57" />
            <source>MicroComm backups (*.sqlite3);;All files (*)</source>
            <translation>Backups do MicroComm (*.sqlite3);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="67" />
            <source>&lt;b&gt;{file}&lt;/b&gt; — taken {when}</source>
            <translation>&lt;b&gt;{file}&lt;/b&gt; — feito em {when}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/restore.py" line="70" />
            <source>{workspace}: {posts} and {interactions}</source>
            <translation>{workspace}: {posts} e {interactions}</translation>
        </message>
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
                <numerusform>%Ln interação</numerusform>
                <numerusform>%Ln interações</numerusform>
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
            <translation>pulado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="31" />
            <source>planned</source>
            <translation>planejado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="109" />
            <source>W{number}</source>
            <translation>S{number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="119" />
            <source>(today)</source>
            <translation>(hoje)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="128" />
            <source>(%n post(s))</source>
            <translation>
                <numerusform>(%n post)</numerusform>
                <numerusform>(%n posts)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="141" />
            <source>one-off event</source>
            <translation>evento avulso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="148" />
            <source>Click to edit; ✓ run, ✗ skipped, ? not marked yet</source>
            <translation>Clique para editar; ✓ realizado, ✗ pulado, ? ainda não marcado</translation>
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
            <translation>Adicionar ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="55" />
            <source>Tuesday teardown</source>
            <translation>Revisão de terça</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="57" />
            <source>(no format)</source>
            <translation>(sem formato)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="63" />
            <source>teardown series</source>
            <translation>série de revisões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="76" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="79" />
            <source>Instagram comments</source>
            <translation>comentários do Instagram</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="81" />
            <source>Recap post the next day: what we learned, what happens next</source>
            <translation>Post de resumo no dia seguinte: o que aprendemos, o que vem a seguir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="85" />
            <source>ends on</source>
            <translation>termina em</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="94" />
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
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
            <translation>Dias da semana:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="98" />
            <source>&amp;Time (local):</source>
            <translation>&amp;Horário (local):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="99" />
            <source>Duration:</source>
            <translation>Duração:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="100" />
            <source>Home:</source>
            <translation>Casa:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="101" />
            <source>Recap habit:</source>
            <translation>Hábito de resumo:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/ritual_dialog.py" line="106" />
            <source>Active from:</source>
            <translation>Ativo a partir de:</translation>
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
                <numerusform>%n sessão passada ainda não marcada</numerusform>
                <numerusform>%n sessões passadas ainda não marcadas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="53" />
            <source>open</source>
            <translation>em aberto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="63" />
            <source>{days} {time} ({minutes} min)</source>
            <translation>{days} {time} ({minutes} min)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="64" />
            <source>no weekday</source>
            <translation>nenhum dia</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="69" />
            <source>until {day}</source>
            <translation>até {day}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="74" />
            <source>Ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="75" />
            <source>Schedule</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="76" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="77" />
            <source>Home</source>
            <translation>Casa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="79" />
            <source>Prompts</source>
            <translation>Perguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="81" />
            <source>Prompts assigned in the Promise tab's library; five per ritual is the minimum</source>
            <translation>Perguntas atribuídas na biblioteca da aba Promessa; cinco por ritual é o mínimo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="86" />
            <source>Streak (weeks)</source>
            <translation>Sequência (semanas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="88" />
            <source>Weeks in a row the ritual ran, up to this week</source>
            <translation>Semanas seguidas em que o ritual foi realizado, até esta semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="92" />
            <source>Longest</source>
            <translation>Mais longa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="93" />
            <source>Skipped</source>
            <translation>Puladas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="94" />
            <source>Active</source>
            <translation>Ativo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="127" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="134" />
            <source>Week of</source>
            <translation>Semana de</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="135" />
            <source>Posts</source>
            <translation>Posts</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="136" />
            <source>Replied in time</source>
            <translation>Respondidos a tempo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="137" />
            <source>First comments</source>
            <translation>Primeiros comentários</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="138" />
            <source>Hit rate</source>
            <translation>Taxa de cumprimento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="139" />
            <source>Posts with misses</source>
            <translation>Posts com falhas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="157" />
            <source>computed: from logged comment and reply timestamps</source>
            <translation>calculado: a partir dos horários registrados de comentários e respostas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="158" />
            <source>typed: the figure recorded on the post</source>
            <translation>digitado: o número registrado no post</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="163" />
            <source>computed</source>
            <translation>calculado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="164" />
            <source>typed</source>
            <translation>digitado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="174" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="175" />
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="176" />
            <source>Replied</source>
            <translation>Respondidos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="177" />
            <source>Of first</source>
            <translation>Dos primeiros</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_table_model.py" line="179" />
            <source>Source</source>
            <translation>Origem</translation>
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
            <translation>pulado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="75" />
            <source>planned</source>
            <translation>planejado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="79" />
            <source>Mark run</source>
            <translation>Marcar como realizado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="80" />
            <source>Mark skipped</source>
            <translation>Marcar como pulado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="81" />
            <source>Clear occurrence mark</source>
            <translation>Remover a marcação da sessão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="135" />
            <source>&amp;Add ritual…</source>
            <translation>&amp;Adicionar ritual…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="137" />
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="139" />
            <source>Add suggested (Tuesday teardown, Friday wins)</source>
            <translation>Adicionar sugeridos (“Tuesday teardown”, “Friday wins”)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="141" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="143" />
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="145" />
            <source>Add one-off event…</source>
            <translation>Adicionar evento avulso…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="147" />
            <source>Export calendar (.ics)…</source>
            <translation>Exportar calendário (.ics)…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="151" />
            <source>Rituals as weekly events in your time zone, skipped dates excluded, one-off events and notes;
importing the file into another workspace gives back the same calendar.</source>
            <translation>Os rituais como eventos semanais no seu fuso horário, sem as datas puladas, com os eventos avulsos e as notas;
importar o arquivo em outro espaço de trabalho devolve o mesmo calendário.</translation>
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
            <translation>Arquivos de calendário do Google, Outlook ou Apple: eventos semanais viram rituais, datas excluídas ou
canceladas viram sessões puladas e eventos únicos viram eventos avulsos. Um relatório diz no que cada evento
se transformou ou por que não foi importado; Ctrl+Z desfaz a importação inteira.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="171" />
            <source>Filter rituals…</source>
            <translation>Filtrar rituais…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="179" />
            <source>No rituals yet. Two weekly rituals is the recommended start: add the suggested “Tuesday teardown” (members submit work for review) and “Friday wins” (members share results).</source>
            <translation>Ainda não há rituais. Dois rituais semanais são o começo recomendado: adicione os sugeridos “Tuesday teardown” (os membros enviam trabalhos para revisão) e “Friday wins” (os membros compartilham resultados).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="213" />
            <source>Rituals &amp;&amp; streaks</source>
            <translation>Rituais e sequências</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="221" />
            <source>Response SLA</source>
            <translation>SLA de resposta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="237" />
            <source>What was typed here but not saved when the app stopped (or could not be saved when it closed) is kept as a draft and put back; it is saved when you save it or close the window.</source>
            <translation>O que foi digitado aqui e não foi salvo quando o app parou (ou não pôde ser salvo ao fechar) fica guardado como rascunho e é recolocado; ele é salvo quando você salva ou fecha a janela.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="250" />
            <source>Occurrence</source>
            <translation>Sessão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="253" />
            <source>Pick a day on the calendar.</source>
            <translation>Escolha um dia no calendário.</translation>
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
            <translation>Marcar &amp;pulado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="265" />
            <source>Alt+K</source>
            <translation>Alt+P</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="267" />
            <source>Clear</source>
            <translation>Limpar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="268" />
            <source>Back to planned</source>
            <translation>Voltar para planejado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="279" />
            <source>The prompt used; it is logged in the prompt library so it is not repeated too soon</source>
            <translation>A pergunta usada; ela é registrada na biblioteca de perguntas para não ser repetida cedo demais</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="281" />
            <source>Prompt:</source>
            <translation>Pergunta:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="283" />
            <source>Recap: what was learned, what happens next</source>
            <translation>Resumo: o que se aprendeu, o que vem a seguir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="285" />
            <source>Recap:</source>
            <translation>Resumo:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="288" />
            <source>Posts from the post log (±3 days) that carried this occurrence</source>
            <translation>Posts do registro de posts (±3 dias) que levaram esta sessão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="289" />
            <source>Posts:</source>
            <translation>Posts:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="291" />
            <source>Save occurrence</source>
            <translation>Salvar sessão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="292" />
            <source>Ctrl+Return</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="365" />
            <source>Add ritual</source>
            <translation>Adicionar ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="387" />
            <source>Add suggested rituals</source>
            <translation>Adicionar rituais sugeridos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="392" />
            <source>Add {name}</source>
            <translation>Adicionar {name}</translation>
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
            <translation>Excluir ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="430" />
            <source>Delete “{name}” with its recorded occurrences? (Undo with Ctrl+Z.)</source>
            <translation>Excluir “{name}” com as sessões registradas? (Desfaça com Ctrl+Z.)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="487" />
            <source>one-off event</source>
            <translation>evento avulso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="500" />
            <source>Nothing scheduled on this day.</source>
            <translation>Nada agendado neste dia.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="547" />
            <source>(none)</source>
            <translation>(nenhuma)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="550" />
            <source>(used recently)</source>
            <translation>(usada recentemente)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="606" />
            <source>Pick a ritual occurrence first.</source>
            <translation>Escolha primeiro uma sessão de um ritual.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="623" />
            <source>This occurrence is in the future: it can be marked once its day has come.</source>
            <translation>Esta sessão está no futuro: ela pode ser marcada quando o dia chegar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="635" />
            <source>Edit occurrence</source>
            <translation>Editar sessão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="658" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="715" />
            <source>Not saved.</source>
            <translation>Não salvo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="660" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="720" />
            <source>Not saved: {reason}</source>
            <translation>Não salvo: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="664" />
            <source>The edits of “{title}” on {day} are kept.</source>
            <translation>As alterações de “{title}” em {day} foram mantidas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="676" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="680" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="696" />
            <source>One-off event</source>
            <translation>Evento avulso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="676" />
            <source>Title of the event on {day}:</source>
            <translation>Título do evento em {day}:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="680" />
            <source>Time (HH:MM, empty for all day):</source>
            <translation>Horário (HH:MM, vazio para o dia todo):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="691" />
            <source>Add event</source>
            <translation>Adicionar evento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="718" />
            <source>Rituals: an open edit was not saved ({reason})</source>
            <translation>Rituais: uma alteração em aberto não foi salva ({reason})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="726" />
            <source>Rituals: could not keep the unsaved draft ({reason})</source>
            <translation>Rituais: não foi possível guardar o rascunho não salvo ({reason})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="804" />
            <source>Rituals: an unsaved draft could not be read ({reason})</source>
            <translation>Rituais: não foi possível ler um rascunho não salvo ({reason})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="819" />
            <source>The edit of “{title}” on {day} was not put back: that occurrence no longer exists.</source>
            <translation>A alteração de “{title}” em {day} não foi recolocada: essa sessão não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="822" />
            <source>Its recap: “{recap}”</source>
            <translation>O resumo: “{recap}”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="827" />
            <source>response SLA</source>
            <translation>SLA de resposta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="832" />
            <source>Restored an unsaved draft from {when} ({parts}).</source>
            <translation>Rascunho não salvo de {when} restaurado ({parts}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="836" />
            <source>Restored an unsaved draft from {when}.</source>
            <translation>Rascunho não salvo de {when} restaurado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="877" />
            <source>{title} on {day}</source>
            <translation>{title} em {day}</translation>
        </message>
    </context>
    <context>
        <name>RubricBox</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/rubric.py" line="15" />
            <source>&lt;b&gt;What this means.&lt;/b&gt; Brands pay for conversation, not reach. A creator &lt;i&gt;passes&lt;/i&gt; with at least three screenshots of posts where they asked a question and the audience answered with specifics, and a dated answer (within 7 days) to “what does your audience struggle with this week?”. Measured figures — replies per 1k reach, ER, returning share — are optional but add to the score (0–100: screenshots 40, answer 20, figures 40, each figure full marks at the top of its benchmark band: 25 replies/1k, 8 % ER, 40 % returning).</source>
            <translation>&lt;b&gt;O que isso significa.&lt;/b&gt; Marcas pagam por conversa, não por alcance. Um criador &lt;i&gt;passa&lt;/i&gt; com pelo menos três capturas de posts em que fez uma pergunta e o público respondeu com detalhes, e uma resposta datada (dos últimos 7 dias) a “com o que seu público está tendo dificuldade nesta semana?”. Números medidos — respostas por 1.000 de alcance, ER, parcela de recorrentes — são opcionais, mas somam à pontuação (0–100: capturas 40, resposta 20, números 40; cada número ganha a nota máxima no topo da sua faixa de referência: 25 respostas/1k, 8% de ER, 40% de recorrentes).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/rubric.py" line="29" />
            <source>Proof-of-conversation rubric</source>
            <translation>Rubrica de prova de conversa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/rubric.py" line="35" />
            <source>&lt;b&gt;What this means:&lt;/b&gt; pass = 3+ screenshots of a question the audience answered with specifics and a ‘struggles this week’ answer from the last 7 days. Figures add to the score (hover for details).</source>
            <translation>&lt;b&gt;O que isso significa:&lt;/b&gt; aprovado = 3+ capturas de uma pergunta que o público respondeu com detalhes e uma resposta sobre as “dificuldades desta semana” dos últimos 7 dias. Os números somam à pontuação (passe o mouse para ver os detalhes).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/rubric.py" line="48" />
            <source>Select a creator, or add one with &lt;b&gt;New creator&lt;/b&gt;.</source>
            <translation>Selecione um criador ou adicione um com &lt;b&gt;Novo criador&lt;/b&gt;.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/rubric.py" line="55" />
            <source>score &lt;b&gt;{score}&lt;/b&gt; / 100 &lt;span style='color:gray'&gt;(screenshots {proof} + answer {answer} + figures {figures})&lt;/span&gt;</source>
            <translation>pontuação &lt;b&gt;{score}&lt;/b&gt; / 100 &lt;span style='color:gray'&gt;(capturas {proof} + resposta {answer} + números {figures})&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/rubric.py" line="65" />
            <source>&lt;b&gt;Missing:&lt;/b&gt; {items}</source>
            <translation>&lt;b&gt;Falta:&lt;/b&gt; {items}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/rubric.py" line="69" />
            <source>Would add to the score: {items}</source>
            <translation>Somaria à pontuação: {items}</translation>
        </message>
    </context>
    <context>
        <name>ScorecardModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="47" />
            <source>ER = engagements / {denominator} × 100 = {engagements} / {base} × 100</source>
            <translation>ER = interações / {denominator} × 100 = {engagements} / {base} × 100</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="56" />
            <source>DM back-and-forth from logged DMs: %n DM conversation(s) members started this week, {average} messages each on average (a member's DM plus the answers to it). Compare with the DM reply rate you type in the week notes.</source>
            <translation>
                <numerusform>Troca de DMs registradas: %n conversa por DM iniciada por membros nesta semana, com {average} mensagens em média (a DM de um membro mais as respostas). Compare com a taxa de resposta a DMs que você digita nas notas da semana.</numerusform>
                <numerusform>Troca de DMs registradas: %n conversas por DM iniciadas por membros nesta semana, com {average} mensagens cada em média (a DM de um membro mais as respostas). Compare com a taxa de resposta a DMs que você digita nas notas da semana.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="68" />
            <source>Share of the %n DM conversation(s) members started this week that got an answer in the log (from you: your own handles are set in Workspace settings).</source>
            <translation>
                <numerusform>Parcela da %n conversa por DM iniciada por membros nesta semana que recebeu resposta no registro (sua: seus próprios usuários ficam nas Configurações do espaço de trabalho).</numerusform>
                <numerusform>Parcela das %n conversas por DM iniciadas por membros nesta semana que receberam resposta no registro (sua: seus próprios usuários ficam nas Configurações do espaço de trabalho).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="78" />
            <source>Health = RE% × 0.4 + min(replies/1k ÷ top × 100, 100) × 0.3 + min(saves/1k ÷ top × 100, 100) × 0.3 with RE {returning}%, replies {replies}, saves {saves}</source>
            <translation>Saúde = PR% × 0,4 + mín(respostas/1.000 ÷ teto × 100, 100) × 0,3 + mín(salvamentos/1.000 ÷ teto × 100, 100) × 0,3 com PR {returning}%, respostas {replies}, salvamentos {saves}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="88" />
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="96" />
            <source>Posts (c/r)</source>
            <translation>Posts (c/a)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="100" />
            <source>{community} community posts (judged on replies, saves, returning engagers) and {reach} reach posts (judged on reach and shares).</source>
            <translation>{community} posts de comunidade (avaliados por respostas, salvamentos, participantes recorrentes) e {reach} posts de alcance (avaliados por alcance e compartilhamentos).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="108" />
            <source>Reach</source>
            <translation>Alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="112" />
            <source>Sum of post reach. Shares: {shares}.</source>
            <translation>Soma do alcance dos posts. Compartilhamentos: {shares}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="116" />
            <source>ER</source>
            <translation>ER</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="119" />
            <source>Saves/1k</source>
            <translation>Salv./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="123" />
            <source>Saves per 1,000 reach = saves / reach × 1000 = {saves} / {reach} × 1000 (community posts' saves over their reach when showing all posts)</source>
            <translation>Salvamentos por 1.000 de alcance = salvamentos / alcance × 1000 = {saves} / {reach} × 1000 (salvamentos dos posts de comunidade sobre o alcance deles ao mostrar todos)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="131" />
            <source>Replies/1k</source>
            <translation>Resp./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="135" />
            <source>Replies per 1,000 reach = replies / reach × 1000 = {replies} / {reach} × 1000 (community posts' comments over their reach when showing all posts)</source>
            <translation>Respostas por 1.000 de alcance = respostas / alcance × 1000 = {replies} / {reach} × 1000 (comentários dos posts de comunidade sobre o alcance deles ao mostrar todos)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="143" />
            <source>Returning</source>
            <translation>Recorrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="147" />
            <source>People who engaged on 2+ different days in the 30 days ending {day}: {count}</source>
            <translation>Pessoas que participaram em 2+ dias diferentes nos 30 dias até {day}: {count}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="153" />
            <source>Returning %</source>
            <translation>Recorrentes %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="157" />
            <source>Returning share = returning / engaged × 100 = {returning} / {engaged} × 100 (30 days ending {day})</source>
            <translation>Parcela recorrente = recorrentes / participantes × 100 = {returning} / {engaged} × 100 (30 dias até {day})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="168" />
            <source>Engaged</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="172" />
            <source>Distinct people who engaged in the 30 days ending {day}</source>
            <translation>Pessoas distintas que participaram nos 30 dias até {day}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="178" />
            <source>Deep threads</source>
            <translation>Conversas profundas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="182" />
            <source>Threads started this week with at least 3 messages from at least 2 people</source>
            <translation>Conversas iniciadas nesta semana com pelo menos 3 mensagens de pelo menos 2 pessoas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="188" />
            <source>DM msgs/thread</source>
            <translation>Msgs DM/conversa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="196" />
            <source>DMs answered %</source>
            <translation>DMs respondidas %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="202" />
            <source>Health</source>
            <translation>Saúde</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="213" />
            <source>* %n post(s) had no reach: {standin} stood in for reach (Workspace settings).</source>
            <translation>
                <numerusform>* %n post não tinha alcance: {standin} o substituiu (Configurações do espaço de trabalho).</numerusform>
                <numerusform>* %n posts não tinham alcance: {standin} o substituiu (Configurações do espaço de trabalho).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="275" />
            <source>Benchmark band {low}–{high}{unit}; below it: {action}</source>
            <translation>Faixa de referência {low}–{high}{unit}; abaixo dela: {action}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="281" />
            <source>* Some weeks use a stand-in for missing reach: {words}.</source>
            <translation>* Algumas semanas usam um substituto para o alcance ausente: {words}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="352" />
            <source>Below the band {low}–{high}: {action}</source>
            <translation>Abaixo da faixa {low}–{high}: {action}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="356" />
            <source>In the band {low}–{high}</source>
            <translation>Dentro da faixa {low}–{high}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="358" />
            <source>Above the band {low}–{high}</source>
            <translation>Acima da faixa {low}–{high}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="365" />
            <source>Change from the week before: {change}</source>
            <translation>Variação em relação à semana anterior: {change}</translation>
        </message>
    </context>
    <context>
        <name>SlaPage</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="67" />
            <source>Reply within</source>
            <translation>Responda em até</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="70" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="72" />
            <source>to the first</source>
            <translation>aos primeiros</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="76" />
            <source>comments on key posts.</source>
            <translation>comentários dos posts principais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="77" />
            <source>Save SLA</source>
            <translation>Salvar SLA</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="87" />
            <source>Replies by your own handles in the post log count as yours: the SLA is then computed from timestamps. Set them in File › Workspace settings (Ctrl+,).</source>
            <translation>Respostas dos seus próprios perfis no registro de posts contam como suas: o SLA passa a ser calculado pelos horários. Defina-os em Arquivo › Configurações do espaço de trabalho (Ctrl+,).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="99" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="144" />
            <source>Computing the response SLA…</source>
            <translation>Calculando o SLA de resposta…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="108" />
            <source>Filter weeks…</source>
            <translation>Filtrar semanas…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="110" />
            <source>Filter missed posts…</source>
            <translation>Filtrar posts com falha…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="131" />
            <source>Your own handles: {handles} — change them in File › Workspace settings (Ctrl+,).</source>
            <translation>Seus próprios perfis: {handles} — altere-os em Arquivo › Configurações do espaço de trabalho (Ctrl+,).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="132" />
            <source>none set</source>
            <translation>nenhum definido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="163" />
            <source>Could not compute the response SLA: {reason}</source>
            <translation>Não foi possível calcular o SLA de resposta: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="174" />
            <source>No SLA data yet: record on a post how many of its first comments got a reply in time, or log comments and your replies (set your handle) to have it computed.</source>
            <translation>Ainda não há dados de SLA: registre em um post quantos dos primeiros comentários tiveram resposta a tempo, ou registre os comentários e suas respostas (defina seu perfil) para que ele seja calculado.</translation>
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
                <numerusform>&lt;b&gt;{rate}&lt;/b&gt; dos primeiros {first} comentários tiveram resposta em até {minutes} min nas últimas {weeks} semanas ({replied} de {considered}; %n post, {computed} calculados pelos horários).</numerusform>
                <numerusform>&lt;b&gt;{rate}&lt;/b&gt; dos primeiros {first} comentários tiveram resposta em até {minutes} min nas últimas {weeks} semanas ({replied} de {considered}; %n posts, {computed} calculados pelos horários).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="201" />
            <source>%n post(s) missed the SLA</source>
            <translation>
                <numerusform>%n post não cumpriu o SLA</numerusform>
                <numerusform>%n posts não cumpriram o SLA</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="203" />
            <source>slipping reply times are a common mistake: fast replies to the first comments keep a thread going.</source>
            <translation>deixar o tempo de resposta escorregar é um erro comum: respostas rápidas aos primeiros comentários mantêm a conversa viva.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="216" />
            <source>Change response SLA</source>
            <translation>Alterar o SLA de resposta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="220" />
            <source>Response SLA not saved: {reason}</source>
            <translation>SLA de resposta não salvo: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="223" />
            <source>Response SLA</source>
            <translation>SLA de resposta</translation>
        </message>
    </context>
    <context>
        <name>SprintActions</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="58" />
            <source>Created sprint “{name}”</source>
            <translation>Sprint “{name}” criado</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="95" />
            <source>Planned “{name}” from {day} with %n carried</source>
            <translation>
                <numerusform>“{name}” planejado a partir de {day} com %n tarefa levada adiante</numerusform>
                <numerusform>“{name}” planejado a partir de {day} com %n tarefas levadas adiante</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="123" />
            <source>Delete “{name}” with its %n task(s) and check-in notes? This cannot be undone.</source>
            <translation>
                <numerusform>Excluir “{name}” com a %n tarefa e as notas de check-in? Isso não pode ser desfeito.</numerusform>
                <numerusform>Excluir “{name}” com as %n tarefas e as notas de check-in? Isso não pode ser desfeito.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="125" />
            <source>Delete sprint</source>
            <translation>Excluir sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="146" />
            <source>Export sprint report</source>
            <translation>Exportar relatório do sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="148" />
            <source>Markdown (*.md);;PDF (*.pdf)</source>
            <translation>Markdown (*.md);;PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="166" />
            <source>Sprint report: {name}</source>
            <translation>Relatório do sprint: {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="174" />
            <source>Could not write {path}: {reason}</source>
            <translation>Não foi possível gravar {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="180" />
            <source>Sprint report written to {path}</source>
            <translation>Relatório do sprint gravado em {path}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/sprint_actions.py" line="191" />
            <source>Exported to {path}</source>
            <translation>Exportado para {path}</translation>
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
            <translation>Datas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="222" />
            <source>Returning</source>
            <translation>Recorrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="223" />
            <source>Share</source>
            <translation>Parcela</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="224" />
            <source>Engaged</source>
            <translation>Interagiram</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="225" />
            <source>Replies/1k</source>
            <translation>Resp./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="226" />
            <source>What worked</source>
            <translation>O que funcionou</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="227" />
            <source>What to drop</source>
            <translation>O que descartar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="230" />
            <source>Sprint week</source>
            <translation>Semana do sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="231" />
            <source>First and last day of the week</source>
            <translation>Primeiro e último dia da semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="233" />
            <source>Returning engagers: people who engaged on at least two different days in the 30 days ending on the week's last day</source>
            <translation>Participantes recorrentes: pessoas que interagiram em pelo menos dois dias diferentes nos 30 dias que terminam no último dia da semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="240" />
            <source>Returning share = returning engagers ÷ engaged people (30-day window). Benchmark 20–40 %. The verdict judges this share.</source>
            <translation>Parcela de recorrentes = participantes recorrentes ÷ pessoas que interagiram (janela de 30 dias). Referência 20–40 %. O veredito avalia essa parcela.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="247" />
            <source>Engaged people: everyone who engaged at least once in the 30-day window</source>
            <translation>Pessoas que interagiram: todas que interagiram pelo menos uma vez na janela de 30 dias</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="252" />
            <source>Replies per 1,000 reach: replies on community posts ÷ their reach × 1,000. Benchmark 5–25. The verdict judges this rate.</source>
            <translation>Respostas por 1.000 de alcance: respostas em posts de comunidade ÷ o alcance deles × 1.000. Referência 5–25. O veredito avalia essa taxa.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="258" />
            <source>Your note: what to keep doing (double-click to edit)</source>
            <translation>Sua nota: o que continuar fazendo (clique duplo para editar)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="259" />
            <source>Your note: what to stop doing (double-click to edit)</source>
            <translation>Sua nota: o que parar de fazer (clique duplo para editar)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="264" />
            <source>Figures appear once the week has ended; only complete weeks count toward the verdict.</source>
            <translation>Os números aparecem quando a semana termina; só semanas completas contam para o veredito.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="299" />
            <source>Week {number}</source>
            <translation>Semana {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="334" />
            <source>upcoming</source>
            <translation>por vir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="335" />
            <source>in progress</source>
            <translation>em andamento</translation>
        </message>
    </context>
    <context>
        <name>SprintCommands</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/commands.py" line="55" />
            <source>Tick “{title}”</source>
            <translation>Marcar “{title}”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/commands.py" line="57" />
            <source>Untick “{title}”</source>
            <translation>Desmarcar “{title}”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/commands.py" line="79" />
            <source>Move “{title}” to week {number}</source>
            <translation>Mover “{title}” para a semana {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/commands.py" line="98" />
            <source>Edit task “{title}”</source>
            <translation>Editar a tarefa “{title}”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/commands.py" line="118" />
            <source>Add task “{title}”</source>
            <translation>Adicionar a tarefa “{title}”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/commands.py" line="141" />
            <source>Delete task “{title}”</source>
            <translation>Excluir a tarefa “{title}”</translation>
        </message>
    </context>
    <context>
        <name>SprintDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="284" />
            <source>Sprint details</source>
            <translation>Detalhes do sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="288" />
            <source>Free text, e.g. Alex, Sam</source>
            <translation>Texto livre, ex.: Alex, Sam</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="292" />
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="293" />
            <source>Dates:</source>
            <translation>Datas:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="294" />
            <source>&amp;Owners:</source>
            <translation>&amp;Responsáveis:</translation>
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
            <translation>Azul: participantes recorrentes como parcela das pessoas que interagiram (janela de 30 dias, %).
Laranja: respostas por 1.000 de alcance em posts de comunidade.
Só as semanas já encerradas aparecem no gráfico.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_chart.py" line="41" />
            <source>Returning share %</source>
            <translation>Parcela de recorrentes %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_chart.py" line="43" />
            <source>Replies per 1,000 reach</source>
            <translation>Respostas por 1.000 de alcance</translation>
        </message>
    </context>
    <context>
        <name>SprintTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="74" />
            <source>Continue the same rituals another month</source>
            <translation>Continuar os mesmos rituais por mais um mês</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="75" />
            <source>Narrow the topic and reduce formats</source>
            <translation>Estreitar o tema e reduzir formatos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="76" />
            <source>Not enough data yet</source>
            <translation>Ainda não há dados suficientes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="130" />
            <source>&lt;h2&gt;No sprint yet&lt;/h2&gt;&lt;p&gt;A sprint is 30 days in four weeks: set foundations, trigger participation, improve signal quality, make it repeatable. Each week has a goal, tasks and a deliverable.&lt;/p&gt;&lt;p&gt;At the end, the decision rule reads your returning engagers and replies per 1,000 reach: both rising two weeks in a row → continue; otherwise → narrow the topic and reduce formats.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Ainda não há sprint&lt;/h2&gt;&lt;p&gt;Um sprint são 30 dias em quatro semanas: criar as bases, provocar participação, melhorar a qualidade do sinal, tornar repetível. Cada semana tem um objetivo, tarefas e uma entrega.&lt;/p&gt;&lt;p&gt;No fim, a regra de decisão lê seus participantes recorrentes e as respostas por 1.000 de alcance: ambos subindo duas semanas seguidas → continuar; caso contrário → estreitar o tema e reduzir formatos.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="138" />
            <source>Create the first sprint…</source>
            <translation>Criar o primeiro sprint…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="154" />
            <source>Sprint:</source>
            <translation>Sprint:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="160" />
            <source>Pick a sprint of this workspace</source>
            <translation>Escolha um sprint deste espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="168" />
            <source>Tasks done across the four weeks</source>
            <translation>Tarefas concluídas nas quatro semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="176" />
            <source>&amp;New sprint…</source>
            <translation>&amp;Novo sprint…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="178" />
            <source>Create a 30-day sprint from the template or a copy of an earlier one (Ctrl+Shift+N)</source>
            <translation>Criar um sprint de 30 dias a partir do modelo ou de uma cópia de um anterior (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="181" />
            <source>&amp;Plan next month…</source>
            <translation>&amp;Planejar o próximo mês…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="183" />
            <source>Create the next sprint starting the day after this one, carrying unfinished tasks (Ctrl+Shift+M)</source>
            <translation>Criar o próximo sprint a partir do dia seguinte a este, levando as tarefas pendentes (Ctrl+Shift+M)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="186" />
            <source>E&amp;xport report…</source>
            <translation>E&amp;xportar relatório…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="187" />
            <source>Sprint report as Markdown or PDF (Ctrl+Shift+R)</source>
            <translation>Relatório do sprint em Markdown ou PDF (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="191" />
            <source>More</source>
            <translation>Mais</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="194" />
            <source>Sprint &amp;details…</source>
            <translation>&amp;Detalhes do sprint…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="195" />
            <source>Rename the sprint, change owners or notes</source>
            <translation>Renomear o sprint, mudar responsáveis ou notas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="196" />
            <source>&amp;Delete sprint…</source>
            <translation>E&amp;xcluir sprint…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="217" />
            <source>Weekly check-in</source>
            <translation>Check-in semanal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="221" />
            <source>Filter weeks and notes…</source>
            <translation>Filtrar semanas e notas…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="236" />
            <source>Figures are the Dashboard's, for community posts. Returning engagers: people who engaged on two or more days in the 30 days ending on the week's last day. Replies per 1,000 reach: community posts only. Figures appear when a week has ended. Double-click a note to edit it.</source>
            <translation>Os números são os do painel, para posts de comunidade. Participantes recorrentes: pessoas que interagiram em dois ou mais dias nos 30 dias que terminam no último dia da semana. Respostas por 1.000 de alcance: só posts de comunidade. Os números aparecem quando uma semana termina. Clique duas vezes em uma nota para editá-la.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="247" />
            <source>Decision rule</source>
            <translation>Regra de decisão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="266" />
            <source>Both returning share and replies per 1,000 reach rose in each of the last two week-over-week steps → continue. Otherwise → narrow. Fewer than three ended weeks → not enough data. Equal is not rising.</source>
            <translation>A parcela de recorrentes e as respostas por 1.000 de alcance subiram em cada um dos dois últimos passos semana a semana → continuar. Caso contrário → estreitar. Menos de três semanas encerradas → dados insuficientes. Igual não é subir.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="350" />
            <source>{done}/{total} done ({percent})</source>
            <translation>{done}/{total} concluídas ({percent})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="356" />
            <source>week {number} of 4</source>
            <translation>semana {number} de 4</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="358" />
            <source>ended</source>
            <translation>encerrado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="360" />
            <source>starts {day}</source>
            <translation>começa em {day}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="361" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n atrasada</numerusform>
                <numerusform>%n atrasadas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="362" />
            <source>Owners: {owners}</source>
            <translation>Responsáveis: {owners}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="378" />
            <source>Returning share is judged (not the count) so a month that merely reached more people does not pass for one where more of them came back. Only weeks that have ended count.</source>
            <translation>Avalia-se a parcela de recorrentes (não a contagem), para que um mês que só alcançou mais pessoas não passe por um em que mais delas voltaram. Só contam semanas encerradas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="420" />
            <source>Sprint</source>
            <translation>Sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="426" />
            <source>task</source>
            <translation>tarefa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="455" />
            <source>Kept the other member's version of the task.</source>
            <translation>A versão da tarefa do outro membro foi mantida.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="505" />
            <source>Edit task “{title}”</source>
            <translation>Editar a tarefa “{title}”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="529" />
            <source>Edit week {number}</source>
            <translation>Editar a semana {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="536" />
            <source>Week {number}: what worked</source>
            <translation>Semana {number}: o que funcionou</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/page.py" line="538" />
            <source>Week {number}: what to drop</source>
            <translation>Semana {number}: o que descartar</translation>
        </message>
    </context>
    <context>
        <name>SprintTaskListModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="58" />
            <source>overdue</source>
            <translation>atrasada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="62" />
            <source>due {day}</source>
            <translation>vence em {day}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="66" />
            <source>carried over</source>
            <translation>levada adiante</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="124" />
            <source>Owner: {owner}</source>
            <translation>Responsável: {owner}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="126" />
            <source>Due: {day}</source>
            <translation>Vence: {day}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="126" />
            <source>No due date</source>
            <translation>Sem data de vencimento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="129" />
            <source>&lt;b&gt;Overdue&lt;/b&gt;: open and past its due date</source>
            <translation>&lt;b&gt;Atrasada&lt;/b&gt;: aberta e depois da data de vencimento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="134" />
            <source>Space: done · Enter: edit · Ctrl+←/→: move week · Del: delete</source>
            <translation>Espaço: concluída · Enter: editar · Ctrl+←/→: mudar de semana · Del: excluir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="145" />
            <source>done</source>
            <translation>concluída</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/sprint_table_model.py" line="145" />
            <source>open</source>
            <translation>aberta</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../microcomm_desktop/ui/startup.py" line="68" />
            <source>Quit</source>
            <translation>Sair</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/startup.py" line="196" />
            <source>Loading…</source>
            <translation>Carregando…</translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="192" />
            <source>Edit task</source>
            <translation>Editar tarefa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="192" />
            <source>Add task</source>
            <translation>Adicionar tarefa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="195" />
            <source>e.g. Draft 10 prompts</source>
            <translation>ex.: Rascunhar 10 perguntas</translation>
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
            <translation>URL do post, nome do ritual, conjunto de perguntas ou caminho do arquivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="221" />
            <source>Browse…</source>
            <translation>Procurar…</translation>
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
            <translation>&amp;Responsável:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="230" />
            <source>Due date:</source>
            <translation>Data de vencimento:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="231" />
            <source>&amp;Notes:</source>
            <translation>&amp;Notas:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="232" />
            <source>&amp;Produced:</source>
            <translation>&amp;Produziu:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/sprint/dialogs.py" line="240" />
            <source>Document this task produced</source>
            <translation>Documento que esta tarefa produziu</translation>
        </message>
    </context>
    <context>
        <name>TeamServerDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="27" />
            <source>Connect to team server</source>
            <translation>Conectar ao servidor da equipe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="34" />
            <source>A team shares one workspace on a PostgreSQL server: everyone logs, imports and plans at the same time. Ask whoever set up the server for these details. The password is kept in your system's keyring, never in MicroComm's settings file.</source>
            <translation>Uma equipe compartilha um espaço de trabalho num servidor PostgreSQL: todos registram, importam e planejam ao mesmo tempo. Peça estes dados a quem configurou o servidor. A senha fica no chaveiro do seu sistema, nunca no arquivo de configurações do MicroComm.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="39" />
            <source>Open now: {current}</source>
            <translation>Aberto agora: {current}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="48" />
            <source>kept in the system keyring</source>
            <translation>guardada no chaveiro do sistema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="52" />
            <source>Server</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="53" />
            <source>Port</source>
            <translation>Porta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="54" />
            <source>Database</source>
            <translation>Banco de dados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="55" />
            <source>User name</source>
            <translation>Nome de usuário</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="56" />
            <source>Password</source>
            <translation>Senha</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="71" />
            <source>Test connection</source>
            <translation>Testar conexão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="72" />
            <source>Connect</source>
            <translation>Conectar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="74" />
            <source>Use the local data file</source>
            <translation>Usar o arquivo de dados local</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="98" />
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="106" />
            <source>Please correct the fields above.</source>
            <translation>Corrija os campos acima.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="113" />
            <source>Restart MicroComm to open it.</source>
            <translation>Reinicie o MicroComm para abri-lo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/team_server.py" line="119" />
            <source>MicroComm opens the local data file at the next start.</source>
            <translation>O MicroComm abre o arquivo de dados local no próximo início.</translation>
        </message>
    </context>
    <context>
        <name>ThemePicker</name>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/theme_editor.py" line="40" />
            <source>Add a theme… (Enter or comma)</source>
            <translation>Adicionar um tema… (Enter ou vírgula)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/theme_editor.py" line="43" />
            <source>Type to pick an existing theme or create a new one; Enter or a comma adds it. Backspace in the empty box removes the last theme.</source>
            <translation>Digite para escolher um tema existente ou criar um novo; Enter ou uma vírgula o adiciona. Backspace na caixa vazia remove o último tema.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/theme_editor.py" line="122" />
            <source>Remove “{theme}”</source>
            <translation>Remover “{theme}”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/theme_editor.py" line="124" />
            <source>Remove “{theme}” (new theme)</source>
            <translation>Remover “{theme}” (tema novo)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/theme_editor.py" line="127" />
            <source>Theme {theme}, click to remove</source>
            <translation>Tema {theme}, clique para remover</translation>
        </message>
    </context>
    <context>
        <name>ThumbnailLoader</name>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/thumbnail_loader.py" line="40" />
            <source>{file} is missing from the data folder.</source>
            <translation>{file} não está na pasta de dados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/thumbnail_loader.py" line="47" />
            <source>{file} is not an image Qt can read ({error}).</source>
            <translation>{file} não é uma imagem que o Qt consiga ler ({error}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/thumbnail_loader.py" line="57" />
            <source>{file} is {width} × {height} pixels — too large to show.</source>
            <translation>{file} tem {width} × {height} pixels — grande demais para exibir.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/thumbnail_loader.py" line="67" />
            <source>{file} could not be decoded: {error}.</source>
            <translation>Não foi possível decodificar {file}: {error}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/thumbnail_loader.py" line="85" />
            <source>{file} could not be read: {error}</source>
            <translation>Não foi possível ler {file}: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/thumbnail_loader.py" line="125" />
            <source>unreadable</source>
            <translation>ilegível</translation>
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
            <translation>HOJE</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="123" />
            <source>Today falls in this week</source>
            <translation>Hoje cai nesta semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="125" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="126" />
            <source>Edit the goal and deliverable of week {number}</source>
            <translation>Editar a meta e a entrega da semana {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="134" />
            <source>The week's main goal</source>
            <translation>A meta principal da semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="137" />
            <source>What exists at the end of the week if it went well</source>
            <translation>O que existe no fim da semana se ela correu bem</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="148" />
            <source>Week {number} tasks</source>
            <translation>Tarefas da semana {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="152" />
            <source>+ Add task</source>
            <translation>+ Adicionar tarefa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="153" />
            <source>Add a task to week {number} (Insert in the list)</source>
            <translation>Adicionar uma tarefa à semana {number} (Insert na lista)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="162" />
            <source>(none)</source>
            <translation>(nenhum)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="163" />
            <source>Goal:</source>
            <translation>Meta:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="164" />
            <source>Deliverable:</source>
            <translation>Entrega:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="168" />
            <source>{done}/{total} done ({percent})</source>
            <translation>{done}/{total} concluídas ({percent})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/sprint_board.py" line="172" />
            <source>no tasks</source>
            <translation>sem tarefas</translation>
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
            <translation>&amp;Entrega:</translation>
        </message>
    </context>
    <context>
        <name>WeeklyChart</name>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="117" />
            <source>Hover over the chart to read a week's value.</source>
            <translation>Passe o mouse sobre o gráfico para ler o valor de uma semana.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="119" />
            <source>Reset zoom</source>
            <translation>Redefinir zoom</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="120" />
            <source>Show every week again after zooming (mouse wheel) or panning (drag)</source>
            <translation>Mostrar todas as semanas de novo após zoom (roda do mouse) ou deslocamento (arrastar)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="122" />
            <source>Save chart as PNG/SVG…</source>
            <translation>Salvar gráfico como PNG/SVG…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="172" />
            <source>Benchmark band {band}</source>
            <translation>Faixa de referência {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="223" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="224" />
            <source>Week ending {date}: {value}</source>
            <translation>Semana encerrada em {date}: {value}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="256" />
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="272" />
            <source>Save chart</source>
            <translation>Salvar gráfico</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="258" />
            <source>PNG image (*.png);;SVG image (*.svg)</source>
            <translation>Imagem PNG (*.png);;Imagem SVG (*.svg)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="269" />
            <source>the image could not be written</source>
            <translation>não foi possível gravar a imagem</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="272" />
            <source>Could not save {path}: {error}</source>
            <translation>Não foi possível salvar {path}: {error}</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="31" />
            <source>Welcome to MicroComm</source>
            <translation>Boas-vindas ao MicroComm</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="35" />
            <source>Run a micro community as a measured system: a clear promise, weekly rituals, a post log that computes returning engagers and conversation depth, deals and 30-day sprints.</source>
            <translation>Conduza uma microcomunidade como um sistema medido: uma promessa clara, rituais semanais, um registro de posts que calcula os participantes recorrentes e a profundidade das conversas, acordos e sprints de 30 dias.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="40" />
            <source>Everything stays on this computer. The sample community can be removed again at any time (File › Delete workspace…).</source>
            <translation>Tudo fica neste computador. A comunidade de exemplo pode ser removida a qualquer momento (Arquivo › Excluir espaço de trabalho…).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="46" />
            <source>Start a community…</source>
            <translation>Começar uma comunidade…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/welcome.py" line="49" />
            <source>Explore the sample community</source>
            <translation>Explorar a comunidade de exemplo</translation>
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
            <translation>Idioma do sistema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="60" />
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="64" />
            <source>&amp;New workspace…</source>
            <translation>&amp;Novo espaço de trabalho…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="72" />
            <source>Workspace &amp;settings…</source>
            <translation>&amp;Configurações do espaço de trabalho…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="80" />
            <source>Re&amp;name workspace…</source>
            <translation>Reno&amp;mear espaço de trabalho…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="88" />
            <source>&amp;Delete workspace…</source>
            <translation>&amp;Excluir espaço de trabalho…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="96" />
            <source>U&amp;ndo delete</source>
            <translation>Desfa&amp;zer exclusão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="105" />
            <source>&amp;Import posts…</source>
            <translation>&amp;Importar posts…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="113" />
            <source>Import &amp;interactions…</source>
            <translation>Importar in&amp;terações…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="121" />
            <source>Import &amp;engagers…</source>
            <translation>Importar &amp;participantes…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="129" />
            <source>Import &amp;chat export…</source>
            <translation>Importar exportação de c&amp;hat…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="137" />
            <source>&amp;Export current table to CSV…</source>
            <translation>E&amp;xportar tabela atual para CSV…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="142" />
            <source>Export &amp;all data to CSV</source>
            <translation>Exportar to&amp;dos os dados para CSV</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="144" />
            <source>All posts…</source>
            <translation>Todos os posts…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="145" />
            <source>All interactions…</source>
            <translation>Todas as interações…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="146" />
            <source>All engagers…</source>
            <translation>Todos os participantes…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="154" />
            <source>Connect to &amp;team server…</source>
            <translation>Conectar ao servidor da e&amp;quipe…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="162" />
            <source>E&amp;xport workspace to file…</source>
            <translation>Exportar espaço de trabalho para &amp;arquivo…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="170" />
            <source>Im&amp;port workspace file…</source>
            <translation>Importar arquivo de espaço de tra&amp;balho…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="179" />
            <source>&amp;Open data folder</source>
            <translation>Abrir pasta de dad&amp;os</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="187" />
            <source>&amp;Back up now</source>
            <translation>Fazer backup a&amp;gora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="195" />
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurar de um backup…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="204" />
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="210" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="211" />
            <source>&amp;Undo</source>
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="213" />
            <source>&amp;Redo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="221" />
            <source>&amp;Tag selected posts…</source>
            <translation>&amp;Marcar temas nos posts selecionados…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="227" />
            <source>&amp;View</source>
            <translation>E&amp;xibir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="240" />
            <source>Switch &amp;workspace</source>
            <translation>&amp;Trocar de espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="247" />
            <source>&amp;Refresh</source>
            <translation>&amp;Atualizar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="256" />
            <source>&amp;Theme</source>
            <translation>T&amp;ema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="258" />
            <source>Follow system</source>
            <translation>Seguir o sistema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="259" />
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="260" />
            <source>Dark</source>
            <translation>Escuro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="266" />
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="270" />
            <source>&amp;Definitions and help</source>
            <translation>&amp;Definições e ajuda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="274" />
            <source>&amp;Where is my data?</source>
            <translation>&amp;Onde estão meus dados?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_menus.py" line="275" />
            <source>&amp;About {app}</source>
            <translation>&amp;Sobre o {app}</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceSettingsDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="26" />
            <source>nothing — ratios stay n/a</source>
            <translation>nada — as taxas ficam n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="27" />
            <source>views</source>
            <translation>visualizações</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="28" />
            <source>impressions</source>
            <translation>impressões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="29" />
            <source>views, else impressions</source>
            <translation>visualizações, senão impressões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="30" />
            <source>impressions, else views</source>
            <translation>impressões, senão visualizações</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="44" />
            <source>Workspace settings — {name}</source>
            <translation>Configurações do espaço de trabalho — {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="52" />
            <source>Engagements / reach (default)</source>
            <translation>Engajamentos / alcance (padrão)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="53" />
            <source>Engagements / impressions</source>
            <translation>Engajamentos / impressões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="63" />
            <source>@yourname, youtube:@YourChannel</source>
            <translation>@seunome, youtube:@SeuCanal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="66" />
            <source>Your own accounts, separated by commas; 'platform:@name' limits one to a platform. Their replies time the response SLA and deepen conversations, but they never count as an engager (returning engagers, cohorts, top engagers, insights, sprint check-in, reports). Case and '@' do not matter.</source>
            <translation>Suas próprias contas, separadas por vírgulas; 'plataforma:@nome' limita uma a uma plataforma. As respostas delas contam para o SLA de resposta e aprofundam as conversas, mas nunca contam como participante (participantes recorrentes, coortes, principais participantes, insights, check-in do sprint, relatórios). Maiúsculas e '@' não importam.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="77" />
            <source>When a post has no reach (e.g. YouTube), divide ER, saves/1k, replies/1k by…</source>
            <translation>Quando um post não tem alcance (ex.: YouTube), dividir ER, salvamentos/1k e respostas/1k por…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="81" />
            <source>Figures computed this way are marked * and say which stand-in they use (dashboard, posts, insights, reports). With 'nothing' those ratios stay n/a for posts without reach.</source>
            <translation>Os números calculados assim são marcados com * e dizem qual substituto usam (painel, posts, insights, relatórios). Com “nada”, essas taxas ficam n/d para posts sem alcance.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="100" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="101" />
            <source>Time zone</source>
            <translation>Fuso horário</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="102" />
            <source>Engagement rate</source>
            <translation>Taxa de engajamento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="103" />
            <source>Weeks start on</source>
            <translation>As semanas começam</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="104" />
            <source>Currency code</source>
            <translation>Código da moeda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="105" />
            <source>Currency symbol</source>
            <translation>Símbolo da moeda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="106" />
            <source>Your own handles</source>
            <translation>Seus próprios perfis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="117" />
            <source>A workspace needs a name.</source>
            <translation>Um espaço de trabalho precisa de um nome.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="121" />
            <source>Unknown time zone “{zone}”; pick one from the list.</source>
            <translation>Fuso horário desconhecido “{zone}”; escolha um da lista.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/workspace_settings.py" line="133" />
            <source>The currency code has three letters, e.g. USD or EUR.</source>
            <translation>O código da moeda tem três letras, ex.: USD ou EUR.</translation>
        </message>
    </context>
    <context>
        <name>_AddRateDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="75" />
            <source>Add a rate</source>
            <translation>Adicionar um preço</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="79" />
            <source>Base price per deliverable</source>
            <translation>Preço base por entrega</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="80" />
            <source>Add-on</source>
            <translation>Adicional</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="81" />
            <source>Series bundle</source>
            <translation>Pacote de série</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="85" />
            <source>e.g. Reel, Paid usage rights, 4-week series</source>
            <translation>ex.: Reel, direitos de uso pagos, série de 4 semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="90" />
            <source>amount, or percent for % of fee</source>
            <translation>valor, ou porcentagem para “% do cachê”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="92" />
            <source>e.g. per video, per 30 days</source>
            <translation>ex.: por vídeo, por 30 dias</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="96" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="97" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="98" />
            <source>Pricing</source>
            <translation>Tipo de preço</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="99" />
            <source>Rate</source>
            <translation>Preço</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/deals/quote.py" line="100" />
            <source>Unit</source>
            <translation>Unidade</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="79" />
            <source>{problem}

Your data may be damaged; nothing will be saved to it. Use File › Restore from backup… to go back to a backup; the current file is kept.</source>
            <translation>{problem}

Seus dados podem estar danificados; nada será salvo neles. Use Arquivo › Restaurar de um backup… para voltar a um backup; o arquivo atual é mantido.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="94" />
            <source>{problem}

Your data may be damaged. Use File › Restore from backup… to go back to a backup; the current file is kept.</source>
            <translation>{problem}

Seus dados podem estar danificados. Use Arquivo › Restaurar de um backup… para voltar a um backup; o arquivo atual é mantido.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="117" />
            <source>The daily backup could not be written: {reason}</source>
            <translation>Não foi possível gravar o backup diário: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="319" />
            <source>MicroComm cannot use its lock file {path}: {reason}.</source>
            <translation>O MicroComm não consegue usar o arquivo de bloqueio {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="396" />
            <source>{problem}

MicroComm opens your local data instead.</source>
            <translation>{problem}

O MicroComm abre seus dados locais no lugar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="409" />
            <source>MicroComm did not close normally last time.
Checking your data before opening it…</source>
            <translation>O MicroComm não fechou normalmente da última vez.
Verificando seus dados antes de abri-los…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="439" />
            <source>

The newest backup is {backup}. Close MicroComm, move the damaged file aside and copy the backup in its place (File › Restore from backup does this once the app opens).</source>
            <translation>

O backup mais recente é {backup}. Feche o MicroComm, mova o arquivo danificado para outro lugar e copie o backup no lugar dele (Arquivo › Restaurar de um backup faz isso quando o app estiver aberto).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="451" />
            <source>{problem}{hint}

The file was left untouched.</source>
            <translation>{problem}{hint}

O arquivo não foi alterado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="481" />
            <source>{problem}

The file was left untouched. Use a backup from {folder}.</source>
            <translation>{problem}

O arquivo não foi alterado. Use um backup de {folder}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="492" />
            <source> (demo — changes are thrown away)</source>
            <translation> (demo — as alterações são descartadas)</translation>
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
            <translation>argumentos posicionais</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="61" />
            <source>options</source>
            <translation>opções</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="62" />
            <source>show this help message and exit</source>
            <translation>mostrar esta ajuda e sair</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="63" />
            <source>show program's version number and exit</source>
            <translation>mostrar o número da versão e sair</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="64" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: erro: %(message)s
</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="65" />
            <source>the following arguments are required: %s</source>
            <translation>faltam estes argumentos: %s</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="66" />
            <source>unrecognized arguments: %s</source>
            <translation>argumentos não reconhecidos: %s</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="67" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>opção inválida: %(value)r (escolha entre %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="68" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="69" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valor de %(type)s inválido: %(value)r</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="70" />
            <source>expected one argument</source>
            <translation>era esperado um argumento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="71" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opção ambígua: %(option)s pode ser %(matches)s</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="72" />
            <source>not allowed with argument %s</source>
            <translation>não é permitido junto com o argumento %s</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="73" />
            <source>one of the arguments %s is required</source>
            <translation>um dos argumentos %s é obrigatório</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../microcomm_desktop/__main__.py" line="54" />
            <source>microcomm: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it from a desktop session, or use the command line: microcomm --help</source>
            <translation>microcomm: não há tela para abrir a janela (DISPLAY e WAYLAND_DISPLAY não estão definidas). Execute a partir de uma sessão de desktop ou use a linha de comando: microcomm --help</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="25" />
            <source>folder holding the database (default: your user data folder; env MICROCOMM_DATA_DIR)</source>
            <translation>pasta com o banco de dados (padrão: sua pasta de dados de usuário; variável MICROCOMM_DATA_DIR)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="31" />
            <source>a team database on a PostgreSQL server, e.g. postgresql://me@server/team (env MICROCOMM_DATABASE_URL); settings and attachments stay in the data folder</source>
            <translation>um banco de dados da equipe em um servidor PostgreSQL, ex.: postgresql://me@server/team (variável MICROCOMM_DATABASE_URL); configurações e anexos ficam na pasta de dados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="96" />
            <source>MicroComm Desktop — run a micro community as a measured system. Without a command, opens the app.</source>
            <translation>MicroComm Desktop — conduza uma microcomunidade como um sistema medido. Sem comando, abre o app.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="105" />
            <source>open the app on the sample community in a throw-away data folder (your data is not touched)</source>
            <translation>abrir o app com a comunidade de exemplo em uma pasta de dados descartável (seus dados não são tocados)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="110" />
            <source>open the window offscreen, paint once, exit 0</source>
            <translation>abrir a janela fora da tela, desenhar uma vez e sair com 0</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="130" />
            <source>microcomm: '{command}' needs a subcommand; see microcomm {command} --help
</source>
            <translation>microcomm: '{command}' precisa de um subcomando; veja microcomm {command} --help
</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="141" />
            <source>microcomm: interrupted; nothing was written by the unfinished step.
</source>
            <translation>microcomm: interrompido; a etapa inacabada não gravou nada.
</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="15" />
            <source>back up the data; 'backup list' shows the backups, 'backup restore N' restores one</source>
            <translation>fazer backup dos dados; 'backup list' mostra os backups, 'backup restore N' restaura um</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="18" />
            <source>microcomm backup [PATH]: write a consistent copy into the backups folder (the newest 20 manual backups are kept) and, with PATH (a file or folder), a copy there too.  microcomm backup list: the backups, newest first, numbered.  microcomm backup restore FILE|NUMBER --yes: check the backup (integrity, schema version), back up the current data, then replace it.</source>
            <translation>microcomm backup [PATH]: grava uma cópia consistente na pasta de backups (os 20 backups manuais mais recentes são mantidos) e, com PATH (arquivo ou pasta), uma cópia lá também.  microcomm backup list: os backups, do mais recente ao mais antigo, numerados.  microcomm backup restore FILE|NUMBER --yes: verifica o backup (integridade, versão do esquema), faz backup dos dados atuais e depois os substitui.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="29" />
            <source>restore without asking (required for restore)</source>
            <translation>restaurar sem perguntar (obrigatório para restore)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="31" />
            <source>file or folder for the copy, the same as PATH</source>
            <translation>arquivo ou pasta para a cópia, o mesmo que PATH</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="40" />
            <source>Give the copy's place once: PATH or -o/--output, not both.</source>
            <translation>Informe o local da cópia uma vez só: PATH ou -o/--output, não os dois.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="47" />
            <source>Name the backup to restore: microcomm backup restore NUMBER (see: microcomm backup list) or FILE.</source>
            <translation>Diga qual backup restaurar: microcomm backup restore NUMBER (veja: microcomm backup list) ou FILE.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="55" />
            <source>Give at most one PATH (a file or folder for the copy); use ./list for a file named 'list'.</source>
            <translation>Informe no máximo um PATH (arquivo ou pasta para a cópia); use ./list para um arquivo chamado 'list'.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="65" />
            <source>Backup failed: {exc}</source>
            <translation>O backup falhou: {exc}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="68" />
            <source>Backed up to {made}</source>
            <translation>Backup salvo em {made}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="79" />
            <source>No backups yet in {backup_dir}.</source>
            <translation>Ainda não há backups em {backup_dir}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="84" />
            <source>  [cannot be restored]</source>
            <translation>  [não pode ser restaurado]</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="99" />
            <source>There is no backup number {n}; see: microcomm backup list.</source>
            <translation>Não existe o backup número {n}; veja: microcomm backup list.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="109" />
            <source>This data is open in a MicroComm window: close it first (or use File › Restore from backup… there).</source>
            <translation>Estes dados estão abertos em uma janela do MicroComm: feche-a primeiro (ou use lá Arquivo › Restaurar de um backup…).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="116" />
            <source>This replaces the current data with {name} (the current data is backed up first). Add --yes.</source>
            <translation>Isto substitui os dados atuais por {name} (antes é feito backup dos dados atuais). Adicione --yes.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/backup.py" line="128" />
            <source>Restored {name}. The data from before the restore was saved as {safety}.</source>
            <translation>{name} restaurado. Os dados de antes da restauração foram salvos como {safety}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="40" />
            <source>{text} is not a whole number of 0 or more.</source>
            <translation>{text} não é um número inteiro de 0 ou mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="44" />
            <source>{text} is too large: the allowed range is {range}.</source>
            <translation>{text} é grande demais: o intervalo permitido é {range}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="117" />
            <source>Blended (fees + media = {total}):</source>
            <translation>Combinado (cachês + mídia = {total}):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="119" />
            <source>Fees only ({total}):</source>
            <translation>Só cachês ({total}):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="121" />
            <source>Media only ({total}):</source>
            <translation>Só mídia ({total}):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="125" />
            <source>ROAS (revenue / blended cost): {roas}</source>
            <translation>ROAS (receita / custo combinado): {roas}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="132" />
            <source>Max fee for blended {label} &lt;= {target}: n/a (no denominator)</source>
            <translation>Cachê máximo para {label} combinado &lt;= {target}: n/a (sem denominador)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="138" />
            <source>Max fee for blended {label} &lt;= {target}: none — paid media alone exceeds the target</source>
            <translation>Cachê máximo para {label} combinado &lt;= {target}: nenhum — só a mídia paga já passa da meta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="144" />
            <source>Max fee for blended {label} &lt;= {target}: {fee}</source>
            <translation>Cachê máximo para {label} combinado &lt;= {target}: {fee}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="190" />
            <source>No deals in {name} yet.</source>
            <translation>Ainda não há acordos em {name}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="195" />
            <source>{id:&gt;4}  {status:&lt;8} {brand:&lt;28} cost {cost:&gt;12}  CPM {cpm:&gt;9}  CPA {cpa:&gt;9}  disclosure {disclosure}</source>
            <translation>{id:&gt;4}  {status:&lt;8} {brand:&lt;28} custo {cost:&gt;12}  CPM {cpm:&gt;9}  CPA {cpa:&gt;9}  aviso {disclosure}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="219" />
            <source>no linked posts</source>
            <translation>nenhum post vinculado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="221" />
            <source>0 of {linked} checked</source>
            <translation>0 de {linked} verificados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="222" />
            <source>{carried}/{checked} checked carried it ({share:.0f}%)</source>
            <translation>{carried}/{checked} verificados o traziam ({share:.0f}%)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="235" />
            <source>{text}: say yes, no or clear</source>
            <translation>{text}: diga yes, no ou clear</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="245" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="352" />
            <source>Deal {deal} is not in workspace {name}.</source>
            <translation>O acordo {deal} não está no espaço de trabalho {name}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="277" />
            <source>Deal {deal} has no linked posts to check.</source>
            <translation>O acordo {deal} não tem posts vinculados para verificar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="281" />
            <source>not checked</source>
            <translation>não verificado</translation>
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
            <translation>AUSENTE</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="284" />
            <source> (checked {date})</source>
            <translation> (verificado em {date})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="287" />
            <source>Disclosure: {sentence}.</source>
            <translation>Aviso: {sentence}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="308" />
            <source>cleared</source>
            <translation>apagado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="310" />
            <source>missing</source>
            <translation>ausente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="312" />
            <source>Post {post}: disclosure line {what}. Deal {deal}: {sentence}.</source>
            <translation>Post {post}: texto do aviso {what}. Acordo {deal}: {sentence}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="333" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="362" />
            <location filename="../../microcomm_desktop/commands/sprint.py" line="161" />
            <source>Could not write {out}: {reason}</source>
            <translation>Não foi possível gravar {out}: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="337" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="366" />
            <source>Wrote {path}</source>
            <translation>Gravado {path}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="374" />
            <source>blended CPM/CPV/CPA for a deal (fees + paid media); no data needed</source>
            <translation>CPM/CPV/CPA combinados de um acordo (cachês + mídia paga); não precisa de dados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="375" />
            <source>Blended figures use total cost = creator fees + paid media. Zero denominators print n/a.</source>
            <translation>Os números combinados usam custo total = cachês do criador + mídia paga. Denominadores zero mostram n/a.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="380" />
            <source>creator fees, e.g. 2000 or 2,000.50</source>
            <translation>cachês do criador, ex.: 2000 ou 2,000.50</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="382" />
            <source>paid media spend (default 0)</source>
            <translation>gasto com mídia paga (padrão 0)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="385" />
            <source>purchases or other conversions</source>
            <translation>compras ou outras conversões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="386" />
            <source>revenue, for ROAS</source>
            <translation>receita, para o ROAS</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="388" />
            <source>reverse mode: max fee for blended CPM &lt;= X</source>
            <translation>modo inverso: cachê máximo para CPM combinado &lt;= X</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="391" />
            <source>reverse mode: max fee for blended CPA &lt;= X</source>
            <translation>modo inverso: cachê máximo para CPA combinado &lt;= X</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="393" />
            <source>ISO code shown (default USD)</source>
            <translation>código ISO exibido (padrão USD)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="394" />
            <source>symbol shown (default $)</source>
            <translation>símbolo exibido (padrão $)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="395" />
            <source>exact decimal strings as JSON</source>
            <translation>strings decimais exatas como JSON</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="398" />
            <source>saved deals</source>
            <translation>acordos salvos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="401" />
            <source>list a workspace's deals with blended figures</source>
            <translation>listar os acordos de um espaço de trabalho com números combinados</translation>
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
            <translation>nome do espaço de trabalho (pode ser omitido quando só há um)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="414" />
            <source>a deal's disclosure spot-checks: each linked post, checked or not</source>
            <translation>as verificações do aviso de um acordo: cada post vinculado, verificado ou não</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="422" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="439" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="455" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="473" />
            <source>deal id (see: microcomm deal list)</source>
            <translation>id do acordo (veja: microcomm deal list)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="428" />
            <source>record a disclosure spot-check of a post linked to a deal</source>
            <translation>registrar uma verificação do aviso de um post vinculado a um acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="429" />
            <source>Was the deal's disclosure line on the post? yes / no records a dated check, clear removes it.</source>
            <translation>O texto do aviso do acordo estava no post? yes / no registra uma verificação com data, clear a remove.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="440" />
            <source>post id (see: microcomm deal checks)</source>
            <translation>id do post (veja: microcomm deal checks)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="443" />
            <source>date checked (default today)</source>
            <translation>data da verificação (padrão hoje)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="447" />
            <source>a deal's results and disclosure spot-checks as .md or .pdf</source>
            <translation>resultados e verificações do aviso de um acordo em .md ou .pdf</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="457" />
            <location filename="../../microcomm_desktop/commands/calc.py" line="475" />
            <source>file ending in .md or .pdf</source>
            <translation>arquivo terminado em .md ou .pdf</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="462" />
            <source>quotes</source>
            <translation>orçamentos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/calc.py" line="465" />
            <source>export a saved deal's quote as .md or .pdf</source>
            <translation>exportar o orçamento de um acordo salvo em .md ou .pdf</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="19" />
            <source>import a Discord, Telegram, WhatsApp or Slack chat export (file, folder or .zip)</source>
            <translation>importar uma exportação de chat do Discord, Telegram, WhatsApp ou Slack (arquivo, pasta ou .zip)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="21" />
            <source>Each message becomes an interaction by its author; replies keep their thread, direct messages count as DMs; system messages and bots are skipped; your own handles are kept but are not engagers. Re-importing an overlapping export adds only new messages.</source>
            <translation>Cada mensagem vira uma interação do seu autor; respostas mantêm o fio, mensagens diretas contam como DMs; mensagens do sistema e bots são ignorados; seus próprios perfis são mantidos, mas não são participantes. Reimportar uma exportação sobreposta adiciona só as mensagens novas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="30" />
            <source>the export: .json, .csv, .txt, .zip or a Slack export folder</source>
            <translation>a exportação: .json, .csv, .txt, .zip ou uma pasta de exportação do Slack</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="32" />
            <location filename="../../microcomm_desktop/commands/engager.py" line="24" />
            <location filename="../../microcomm_desktop/commands/engager.py" line="36" />
            <location filename="../../microcomm_desktop/commands/engager.py" line="44" />
            <location filename="../../microcomm_desktop/commands/engager.py" line="47" />
            <source>workspace name</source>
            <translation>nome do espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="34" />
            <source>default: detected</source>
            <translation>padrão: detectado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="37" />
            <source>say what the file holds and what would be added</source>
            <translation>dizer o que o arquivo contém e o que seria adicionado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="42" />
            <source>WhatsApp: day/month order of dates like 03/04/26 (default: decided from the whole file)</source>
            <translation>WhatsApp: ordem dia/mês de datas como 03/04/26 (padrão: decidido pelo arquivo inteiro)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="48" />
            <source>keep message text</source>
            <translation>manter o texto das mensagens</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/chat.py" line="51" />
            <source>do not keep text</source>
            <translation>não manter o texto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/common.py" line="118" />
            <location filename="../../microcomm_desktop/commands/common.py" line="163" />
            <source>There is no workspace yet. Create one: microcomm workspace create NAME</source>
            <translation>Ainda não há espaço de trabalho. Crie um: microcomm workspace create NAME</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/common.py" line="121" />
            <location filename="../../microcomm_desktop/commands/common.py" line="166" />
            <source>There are {n_existing} workspaces ({names}); name one with --workspace NAME.</source>
            <translation>Há {n_existing} espaços de trabalho ({names}); indique um com --workspace NAME.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/common.py" line="127" />
            <source>No workspace named {name}. See: microcomm workspace list</source>
            <translation>Nenhum espaço de trabalho chamado {name}. Veja: microcomm workspace list</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="13" />
            <source>forget a person, or merge two handles of one person</source>
            <translation>esquecer uma pessoa ou mesclar dois perfis da mesma pessoa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="18" />
            <source>erase a person and all their interactions from the workspace and from future backups</source>
            <translation>apagar uma pessoa e todas as interações dela do espaço de trabalho e dos backups futuros</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="22" />
            <source>e.g. @ana, or platform:handle when the name is on several platforms</source>
            <translation>ex.: @ana, ou platform:handle quando o nome está em várias plataformas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="26" />
            <source>the person's platform (discord, telegram, whatsapp, slack, instagram…)</source>
            <translation>a plataforma da pessoa (discord, telegram, whatsapp, slack, instagram…)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="31" />
            <source>merge handle B into handle A (the same person); undo with unmerge</source>
            <translation>mesclar o perfil B no perfil A (a mesma pessoa); desfaça com unmerge</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="34" />
            <source>the handle to keep (A)</source>
            <translation>o perfil a manter (A)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="35" />
            <source>the handle whose interactions move to A (B)</source>
            <translation>o perfil cujas interações passam para A (B)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="40" />
            <source>undo a merge (its number is in the merge output and in 'merges')</source>
            <translation>desfazer uma mesclagem (o número está na saída de merge e em 'merges')</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="46" />
            <source>list the merges that can be undone</source>
            <translation>listar as mesclagens que podem ser desfeitas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="96" />
            <source>Undid merge {merge_id}: {handle} is a person of their own again.</source>
            <translation>Mesclagem {merge_id} desfeita: {handle} é de novo uma pessoa própria.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="112" />
            <source>No merges to undo.</source>
            <translation>Nenhuma mesclagem para desfazer.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/engager.py" line="114" />
            <source>{mid}: @{removed} merged into @{kept}</source>
            <translation>{mid}: @{removed} mesclado em @{kept}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/insights.py" line="19" />
            <source>not a date: {text} (use YYYY-MM-DD, e.g. 2026-11-01)</source>
            <translation>não é uma data: {text} (use YYYY-MM-DD, ex.: 2026-11-01)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/insights.py" line="56" />
            <source>rank themes, formats, rituals or prompt rungs by replies and saves per 1k reach</source>
            <translation>classificar temas, formatos, rituais ou degraus de perguntas por respostas e salvamentos por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/insights.py" line="58" />
            <source>Ranked table of the period's posts grouped by theme, format, ritual or prompt-ladder rung: post count, median and mean replies per 1k reach, pooled saves per 1k and ER, and returning engagers reached (30-day window ending on --until). Groups under the minimum post count (setting insights.min_posts, default 3) are listed last as 'too few posts to judge'. Default period: the 90 days ending today; default label: community.</source>
            <translation>Tabela classificada dos posts do período agrupados por tema, formato, ritual ou degrau da escada de perguntas: número de posts, mediana e média de respostas por 1.000 de alcance, salvamentos por 1.000 e ER agregados, e participantes recorrentes alcançados (janela de 30 dias terminando em --until). Grupos abaixo do mínimo de posts (configuração insights.min_posts, padrão 3) aparecem por último como 'poucos posts para julgar'. Período padrão: os 90 dias até hoje; rótulo padrão: community.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/insights.py" line="77" />
            <source>first local date (default: 89 days before --until)</source>
            <translation>primeira data local (padrão: 89 dias antes de --until)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/insights.py" line="79" />
            <source>last local date (default: today)</source>
            <translation>última data local (padrão: hoje)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="26" />
            <source>Presets: {names} (or one you saved).</source>
            <translation>Predefinições: {names} (ou uma que você salvou).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="33" />
            <source>import posts, interactions, engagers (CSV, YouTube .zip) or a chat export</source>
            <translation>importar posts, interações, participantes (CSV, .zip do YouTube) ou uma exportação de chat</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="44" />
            <source>import post metrics from a platform export</source>
            <translation>importar métricas de posts de uma exportação da plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="48" />
            <source>preset name (default: detected from the header row)</source>
            <translation>nome da predefinição (padrão: detectada pela linha de cabeçalho)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="53" />
            <source>label for rows without one</source>
            <translation>rótulo para linhas sem um</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="56" />
            <source>override the platform (e.g. facebook for a Meta export of a Page)</source>
            <translation>substituir a plataforma (ex.: facebook para uma exportação da Meta de uma página)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="61" />
            <source>for dates like 03/04/2026 (default: decided from the whole column; needed when it stays ambiguous)</source>
            <translation>para datas como 03/04/2026 (padrão: decidido pela coluna inteira; necessário quando continua ambíguo)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="68" />
            <source>import interactions (columns handle,kind,timestamp,post and optional parent,id,text)</source>
            <translation>importar interações (colunas handle,kind,timestamp,post e opcionais parent,id,text)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="75" />
            <source>for dates like 03/04/2026 (default: decided from the file)</source>
            <translation>para datas como 03/04/2026 (padrão: decidido pelo arquivo)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="80" />
            <source>import engagers as written by 'export engagers' (power-member ticks and notes survive a move)</source>
            <translation>importar participantes como 'export engagers' os grava (marcas de membro-chave e notas sobrevivem a uma mudança)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="89" />
            <source>for first/last seen dates like 03/04/2026 (default: decided from both columns)</source>
            <translation>para datas de primeira/última vez visto como 03/04/2026 (padrão: decidido pelas duas colunas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="97" />
            <source>export posts, engagers or interactions to CSV</source>
            <translation>exportar posts, participantes ou interações para CSV</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="103" />
            <source>CSV file to write</source>
            <translation>arquivo CSV a gravar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="112" />
            <source>check and report, write nothing</source>
            <translation>verificar e relatar, sem gravar nada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="114" />
            <source>write the good rows even when some are rejected</source>
            <translation>gravar as linhas boas mesmo quando algumas são rejeitadas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="119" />
            <source>year for dates written without one (default: from TikTok video ids, a daily file's run of days, else the most recent past date)</source>
            <translation>ano para datas escritas sem ele (padrão: pelos ids de vídeo do TikTok, pela sequência de dias de um arquivo diário, senão a data passada mais recente)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="129" />
            <source>the import day (YYYY-MM-DD) that yearless dates and the date range are judged from (default: today)</source>
            <translation>o dia da importação (YYYY-MM-DD) a partir do qual datas sem ano e o intervalo de datas são avaliados (padrão: hoje)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="136" />
            <source>the export's language (e.g. pl, hr) for month names two languages read differently, like 'listopad' (default: decided from the whole column, else this computer's language)</source>
            <translation>o idioma da exportação (ex.: pl, hr) para nomes de mês que dois idiomas leem de modo diferente, como 'listopad' (padrão: decidido pela coluna inteira, senão o idioma deste computador)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="146" />
            <source>import a file whose unclosed quote swallows following rows as it is (default: refuse it)</source>
            <translation>importar como está um arquivo cuja aspa não fechada engole as linhas seguintes (padrão: recusá-lo)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="155" />
            <source>map an app field to a CSV column by header (or 1-based number); repeatable; COLUMN 'none' unmaps. Without --preset the generic preset carries the mapping. Example: --map published_at='Posted on'</source>
            <translation>mapear um campo do app para uma coluna do CSV pelo cabeçalho (ou número a partir de 1); repetível; COLUMN 'none' desfaz o mapeamento. Sem --preset, a predefinição generic leva o mapeamento. Exemplo: --map published_at='Posted on'</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="168" />
            <source>numbers are European style (1.234 = 1234); default: detected from the file</source>
            <translation>números no estilo europeu (1.234 = 1234); padrão: detectado no arquivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="175" />
            <source>numbers are 1,234.5 style</source>
            <translation>números no estilo 1,234.5</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="204" />
            <source>--map {item}: write FIELD=COLUMN, e.g. --map published_at='Posted on'.</source>
            <translation>--map {item}: escreva FIELD=COLUMN, ex.: --map published_at='Posted on'.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="221" />
            <source>Pass --date-order dmy or mdy.</source>
            <translation>Informe --date-order dmy ou mdy.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="224" />
            <source>Preset: {title}</source>
            <translation>Predefinição: {title}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="243" />
            <source>Could not recognise this export's columns.</source>
            <translation>Não foi possível reconhecer as colunas desta exportação.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="245" />
            <source>Preset {name} finds no column for: {fields}.</source>
            <translation>A predefinição {name} não encontra coluna para: {fields}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="253" />
            <source>{head}
Columns in the file: {columns}
Fields (* = required): {fields}
Map them with --map FIELD=COLUMN (repeatable), e.g. microcomm import {kind} FILE --workspace NAME {preset}{example} --map likes='&lt;column&gt;' --dry-run
Or open the file in the app (File &gt; Import posts…), map the columns there and save the mapping as a preset, then pass --preset NAME.</source>
            <translation>{head}
Colunas no arquivo: {columns}
Campos (* = obrigatório): {fields}
Mapeie-os com --map FIELD=COLUMN (repetível), ex.: microcomm import {kind} FILE --workspace NAME {preset}{example} --map likes='&lt;column&gt;' --dry-run
Ou abra o arquivo no app (Arquivo &gt; Importar posts…), mapeie as colunas lá e salve o mapeamento como predefinição; depois informe --preset NAME.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/posts.py" line="297" />
            <source>Cannot write {path}: {reason}.</source>
            <translation>Não é possível gravar {path}: {reason}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/posts.py" line="301" />
            <source>Wrote %n post(s) to {path}.</source>
            <translation>
                <numerusform>%n post gravado em {path}.</numerusform>
                <numerusform>%n posts gravados em {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/posts.py" line="303" />
            <source>Wrote %n engager(s) to {path}.</source>
            <translation>
                <numerusform>%n participante gravado em {path}.</numerusform>
                <numerusform>%n participantes gravados em {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/posts.py" line="305" />
            <source>Wrote %n interaction(s) to {path}.</source>
            <translation>
                <numerusform>%n interação gravada em {path}.</numerusform>
                <numerusform>%n interações gravadas em {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="19" />
            <source>{text} is not a date like 2026-11-25</source>
            <translation>{text} não é uma data como 2026-11-25</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="28" />
            <source>{text} is not a whole number of weeks</source>
            <translation>{text} não é um número inteiro de semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="31" />
            <source>--weeks must be between 1 and 520</source>
            <translation>--weeks deve estar entre 1 e 520</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="39" />
            <source>weekly scorecard as CSV/JSON, or the weekly report as HTML/PDF</source>
            <translation>placar semanal em CSV/JSON ou o relatório semanal em HTML/PDF</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="40" />
            <source>Weekly scorecard (oldest week first). csv/json: one row per week (json adds the response SLA per week, judged by the workspace's SLA settings); html/pdf: the one-page weekly or 30-day report. Without -o the output goes to stdout (pdf needs -o).</source>
            <translation>Placar semanal (semana mais antiga primeiro). csv/json: uma linha por semana (json adiciona o SLA de resposta por semana, avaliado pelas configurações de SLA do espaço de trabalho); html/pdf: o relatório de uma página semanal ou de 30 dias. Sem -o a saída vai para stdout (pdf precisa de -o).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="55" />
            <source>number of weeks (default 8; the 30-day report always covers 30 days)</source>
            <translation>número de semanas (padrão 8; o relatório de 30 dias sempre cobre 30 dias)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="62" />
            <source>which posts (default all)</source>
            <translation>quais posts (padrão: todos)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="68" />
            <source>the last week is the one holding DATE (default today)</source>
            <translation>a última semana é a que contém DATE (padrão hoje)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="71" />
            <source>html/pdf: report kind</source>
            <translation>html/pdf: tipo de relatório</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="73" />
            <source>file to write (default stdout)</source>
            <translation>arquivo a gravar (padrão stdout)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="90" />
            <source>{problem}
Correct them, then run the report again.</source>
            <translation>{problem}
Corrija-os e gere o relatório de novo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="107" />
            <source>A PDF needs a file: add -o report.pdf</source>
            <translation>Um PDF precisa de um arquivo: adicione -o report.pdf</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="114" />
            <source>Could not write {output}: {reason}</source>
            <translation>Não foi possível gravar {output}: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/report.py" line="118" />
            <source>Wrote {output} (%n page(s)).
</source>
            <translation>
                <numerusform>Gravado {output} (%n página).
</numerusform>
                <numerusform>Gravado {output} (%n páginas).
</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="133" />
            <source>Could not write {path}: {reason}</source>
            <translation>Não foi possível gravar {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/report.py" line="134" />
            <source>Wrote {path}.
</source>
            <translation>Gravado {path}.
</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="22" />
            <location filename="../../microcomm_desktop/commands/sprint.py" line="19" />
            <source>not a date (use YYYY-MM-DD): {text}</source>
            <translation>não é uma data (use YYYY-MM-DD): {text}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="27" />
            <source>rituals: list, export-ics, import-ics</source>
            <translation>rituais: list, export-ics, import-ics</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="39" />
            <source>the workspace's rituals (with skipped dates) and one-off events</source>
            <translation>os rituais do espaço de trabalho (com as datas puladas) e os eventos avulsos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="43" />
            <source>write the rituals, skipped dates and one-off events as a calendar file (.ics)</source>
            <translation>gravar os rituais, as datas puladas e os eventos avulsos como arquivo de calendário (.ics)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="45" />
            <source>the .ics file to write (or -o/--output)</source>
            <translation>o arquivo .ics a gravar (ou -o/--output)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="46" />
            <source>the .ics file to write</source>
            <translation>o arquivo .ics a gravar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="50" />
            <source>read a calendar file (.ics) into rituals, skipped dates and one-off events</source>
            <translation>ler um arquivo de calendário (.ics) como rituais, datas puladas e eventos avulsos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="53" />
            <source>the .ics file to read (Google, Outlook, Apple or MicroComm export)</source>
            <translation>o arquivo .ics a ler (exportação do Google, Outlook, Apple ou MicroComm)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="55" />
            <source>show the report without writing anything</source>
            <translation>mostrar o relatório sem gravar nada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="57" />
            <location filename="../../microcomm_desktop/commands/sprint.py" line="35" />
            <source>pretend today is this date (YYYY-MM-DD)</source>
            <translation>fingir que hoje é esta data (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="73" />
            <source>No rituals or events yet.</source>
            <translation>Ainda não há rituais nem eventos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="90" />
            <source>Give the calendar file once: FILE or -o/--output, not both.</source>
            <translation>Informe o arquivo de calendário uma vez só: FILE ou -o/--output, não os dois.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="93" />
            <source>Name the calendar file to write: microcomm rituals export-ics -o club.ics</source>
            <translation>Diga o arquivo de calendário a gravar: microcomm rituals export-ics -o club.ics</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/rituals.py" line="95" />
            <source>Name the calendar file .ics (calendar apps look for that suffix).</source>
            <translation>Dê ao arquivo de calendário a extensão .ics (apps de calendário procuram essa extensão).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/rituals.py" line="106" />
            <source>%n calendar entries written to {file}</source>
            <translation>
                <numerusform>%n entrada de calendário gravada em {file}</numerusform>
                <numerusform>%n entradas de calendário gravadas em {file}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="24" />
            <source>30-day sprints: status, list, new, report</source>
            <translation>sprints de 30 dias: status, list, new, report</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="39" />
            <source>the current sprint's progress per week and its verdict</source>
            <translation>o progresso semanal do sprint atual e o veredito</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="42" />
            <source>all sprints of the workspace</source>
            <translation>todos os sprints do espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="45" />
            <source>create a sprint from the 4-week template</source>
            <translation>criar um sprint a partir do modelo de 4 semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="48" />
            <source>first day (default: the coming Monday)</source>
            <translation>primeiro dia (padrão: a próxima segunda-feira)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="50" />
            <source>free text, e.g. 'Alex, Sam'</source>
            <translation>texto livre, ex.: 'Alex, Sam'</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="53" />
            <source>write the sprint report as Markdown (.md) or PDF (.pdf)</source>
            <translation>gravar o relatório do sprint em Markdown (.md) ou PDF (.pdf)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="55" />
            <source>sprint id (default: the current sprint)</source>
            <translation>id do sprint (padrão: o sprint atual)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="64" />
            <source>file to write; the suffix picks the format</source>
            <translation>arquivo a gravar; a extensão escolhe o formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="104" />
            <source>No sprints yet.</source>
            <translation>Ainda não há sprints.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="123" />
            <source>Created sprint {id}: {name} ({start} – {end})</source>
            <translation>Sprint {id} criado: {name} ({start} – {end})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="143" />
            <source>No sprint yet: create one first (microcomm sprint new …).</source>
            <translation>Ainda não há sprint: crie um primeiro (microcomm sprint new …).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="146" />
            <source>Name the report file .md (Markdown) or .pdf.</source>
            <translation>Dê ao arquivo do relatório a extensão .md (Markdown) ou .pdf.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="152" />
            <source>Sprint {sid} belongs to another workspace.</source>
            <translation>O sprint {sid} pertence a outro espaço de trabalho.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/sprint.py" line="162" />
            <source>Wrote {out}</source>
            <translation>Gravado {out}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="16" />
            <source>list, create, change, rename, delete, export or import workspaces</source>
            <translation>listar, criar, alterar, renomear, excluir, exportar ou importar espaços de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="22" />
            <source>list workspaces</source>
            <translation>listar os espaços de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="24" />
            <source>create a workspace</source>
            <translation>criar um espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="26" />
            <source>IANA time zone, default: the system's</source>
            <translation>fuso horário IANA, padrão: o do sistema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="30" />
            <source>rename a workspace</source>
            <translation>renomear um espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="31" />
            <source>the current name</source>
            <translation>o nome atual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="32" />
            <source>the new name</source>
            <translation>o novo nome</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="36" />
            <source>delete a workspace and all its data (a backup of the whole file is written first)</source>
            <translation>excluir um espaço de trabalho e todos os dados dele (antes é feito backup do arquivo inteiro)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="41" />
            <source>do not ask; needed when not run from a terminal</source>
            <translation>não perguntar; necessário quando não é executado de um terminal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="59" />
            <source>No workspaces yet. Create one: microcomm workspace create NAME</source>
            <translation>Ainda não há espaços de trabalho. Crie um: microcomm workspace create NAME</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="74" />
            <source>Created workspace {name} ({timezone}).</source>
            <translation>Espaço de trabalho {name} criado ({timezone}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="84" />
            <source>change a workspace's own handles, time zone or ER definition</source>
            <translation>alterar os perfis próprios, o fuso horário ou a definição de ER de um espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="86" />
            <source>Without options: show the current values.</source>
            <translation>Sem opções: mostra os valores atuais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="94" />
            <source>your own account (repeatable; replaces the list): @name, or platform:@name for one platform. Its replies time the SLA but it never counts as an engager.</source>
            <translation>sua própria conta (repetível; substitui a lista): @name, ou platform:@name para uma plataforma. As respostas dela medem o SLA, mas ela nunca conta como participante.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="100" />
            <source>remove every own handle</source>
            <translation>remover todos os perfis próprios</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="106" />
            <source>what divides ER, saves/1k and replies/1k when a post has no reach, e.g. youtube=views,impressions (repeatable; 'youtube=' clears it)</source>
            <translation>o que divide a ER, salvamentos/1.000 e respostas/1.000 quando um post não tem alcance, ex.: youtube=views,impressions (repetível; 'youtube=' apaga)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="112" />
            <source>IANA time zone, e.g. Europe/Berlin</source>
            <translation>fuso horário IANA, ex.: Europe/Berlin</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="114" />
            <source>engagement rate denominator</source>
            <translation>denominador da taxa de engajamento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="128" />
            <source>Use either --own-handle or --clear-own-handles, not both.</source>
            <translation>Use --own-handle ou --clear-own-handles, não os dois.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="139" />
            <source>Unknown time zone {timezone} (use an IANA name such as Europe/Berlin).</source>
            <translation>Fuso horário desconhecido {timezone} (use um nome IANA como Europe/Berlin).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="162" />
            <source>Workspace {name}: time zone {timezone}, ER by {er_definition}.</source>
            <translation>Espaço de trabalho {name}: fuso horário {timezone}, ER por {er_definition}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="166" />
            <source>none (set with --own-handle @you)</source>
            <translation>nenhum (defina com --own-handle @você)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="167" />
            <source>Own handles: {handles}</source>
            <translation>Perfis próprios: {handles}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="170" />
            <source>Reach stand-ins: {standins}</source>
            <translation>Substitutos do alcance: {standins}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="171" />
            <source>none (posts without reach get n/a ratios)</source>
            <translation>nenhum (posts sem alcance ficam com razões n/a)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="183" />
            <source>propose benchmark bands from your own last 30/60/90 days (P25-P75), and apply or undo them</source>
            <translation>propor faixas a partir dos seus próprios últimos 30/60/90 dias (P25-P75) e aplicá-las ou desfazê-las</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="187" />
            <source>Without --apply: shows the proposal beside the niche defaults and the current bands.</source>
            <translation>Sem --apply: mostra a proposta ao lado dos padrões do nicho e das faixas atuais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="193" />
            <source>period to learn from (default 90)</source>
            <translation>período de onde aprender (padrão 90)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="195" />
            <source>use the proposed bands for this workspace</source>
            <translation>usar as faixas propostas neste espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="197" />
            <source>put back the bands the last calibration replaced</source>
            <translation>trazer de volta as faixas que a última calibração substituiu</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="199" />
            <source>YYYY-MM-DD, the last day of the period (default: today)</source>
            <translation>YYYY-MM-DD, o último dia do período (padrão: hoje)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="200" />
            <source>print the proposal as JSON</source>
            <translation>mostrar a proposta como JSON</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="206" />
            <source>set a band yourself instead, e.g. er_poll_qa=6-15 (repeatable; keys: er, er_poll_qa, saves_per_1k, replies_per_1k, returning_share); recorded and undoable like a calibration</source>
            <translation>definir você mesmo uma faixa, ex.: er_poll_qa=6-15 (repetível; chaves: er, er_poll_qa, saves_per_1k, replies_per_1k, returning_share); registrada e reversível como uma calibração</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="214" />
            <source>put every band back to its niche default (undoable)</source>
            <translation>voltar cada faixa ao padrão do nicho (reversível)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="230" />
            <source>--today {today} is not a date (YYYY-MM-DD).</source>
            <translation>--today {today} não é uma data (YYYY-MM-DD).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="232" />
            <source>Use either --apply or --undo, not both.</source>
            <translation>Use --apply ou --undo, não os dois.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="242" />
            <source>Unknown band {band}; use one of {keys}.</source>
            <translation>Faixa desconhecida {band}; use uma de {keys}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/workspace.py" line="253" />
            <source>Set %n band(s) on {applied_on}; undo with --undo.</source>
            <translation>
                <numerusform>%n faixa definida em {applied_on}; desfaça com --undo.</numerusform>
                <numerusform>%n faixas definidas em {applied_on}; desfaça com --undo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="261" />
            <source>No calibration to undo for this workspace.</source>
            <translation>Nenhuma calibração para desfazer neste espaço de trabalho.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="263" />
            <source>Undone: the calibration of {applied_on} (last {days} days); earlier bands are back.</source>
            <translation>Desfeito: a calibração de {applied_on} (últimos {days} dias); as faixas anteriores voltaram.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="280" />
            <source>Benchmark bands for {name} from the last {days} days ({since} to {until}):</source>
            <translation>Faixas para {name} dos últimos {days} dias ({since} a {until}):</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/workspace.py" line="296" />
            <source>Applied on {applied_on}: %n band(s). Undo with --undo.</source>
            <translation>
                <numerusform>Aplicado em {applied_on}: %n faixa. Desfaça com --undo.</numerusform>
                <numerusform>Aplicado em {applied_on}: %n faixas. Desfaça com --undo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="315" />
            <source>Renamed {name} to {name2}.</source>
            <translation>{name} renomeado para {name2}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="331" />
            <source>Deleting {name} removes all its data; add --yes to confirm.</source>
            <translation>Excluir {name} remove todos os dados dele; adicione --yes para confirmar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="336" />
            <source>Delete {name} and all its posts, rituals, deals and sprints? Type its name to confirm: </source>
            <translation>Excluir {name} e todos os posts, rituais, acordos e sprints dele? Digite o nome para confirmar: </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="342" />
            <source>Not deleted.</source>
            <translation>Não excluído.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="348" />
            <source>Not deleted: the backup before deleting failed ({reason}).</source>
            <translation>Não excluído: o backup antes da exclusão falhou ({reason}).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/commands/workspace.py" line="357" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n linha</numerusform>
                <numerusform>%n linhas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="359" />
            <source>Deleted {name} ({rows}). A backup from just before is at {backup}; File › Restore from backup… in the app brings it back.</source>
            <translation>{name} excluído ({rows}). Um backup de logo antes está em {backup}; Arquivo › Restaurar de um backup… no app o traz de volta.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="20" />
            <source>write a whole workspace (every table, settings, attachments) to one .mcw file</source>
            <translation>gravar um espaço de trabalho inteiro (todas as tabelas, configurações e anexos) em um arquivo .mcw</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="23" />
            <source>the workspace to export</source>
            <translation>o espaço de trabalho a exportar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="25" />
            <source>the file to write (.mcw is added when missing)</source>
            <translation>o arquivo a gravar (.mcw é adicionado quando falta)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="27" />
            <source>print what was written as JSON</source>
            <translation>mostrar o que foi gravado como JSON</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="31" />
            <source>add the workspace of a .mcw file as a new workspace (never merged into an existing one)</source>
            <translation>adicionar o espaço de trabalho de um arquivo .mcw como novo espaço (nunca mesclado a um existente)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="38" />
            <source>import under this name (required when the file's name is taken here)</source>
            <translation>importar com este nome (obrigatório quando o nome do arquivo já existe aqui)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="40" />
            <source>print what was imported as JSON</source>
            <translation>mostrar o que foi importado como JSON</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace_file.py" line="63" />
            <source>The data is open read-only; nothing was imported.</source>
            <translation>Os dados estão abertos só para leitura; nada foi importado.</translation>
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
            <translation>contatado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="64" />
            <source>active</source>
            <translation>ativo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="65" />
            <source>paused</source>
            <translation>pausado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="66" />
            <source>declined</source>
            <translation>recusado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="79" />
            <source>Comment thread</source>
            <translation>Conversa nos comentários</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="80" />
            <source>Story replies</source>
            <translation>Respostas a stories</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="81" />
            <source>Live attendance</source>
            <translation>Audiência ao vivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="82" />
            <source>Recurring series performance</source>
            <translation>Desempenho de uma série recorrente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="83" />
            <source>Other</source>
            <translation>Outro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="95" />
            <location filename="../../microcomm_desktop/domain/creators.py" line="201" />
            <source>Pass</source>
            <translation>Aprovado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="95" />
            <source>Incomplete</source>
            <translation>Incompleto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="101" />
            <source>replies per 1k reach</source>
            <translation>respostas por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="102" />
            <source>engagement rate</source>
            <translation>taxa de engajamento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="103" />
            <source>returning share</source>
            <translation>parcela de recorrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="202" />
            <source>Pass — could add: {hints}</source>
            <translation>Aprovado — poderia acrescentar: {hints}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="203" />
            <source>Incomplete — {missing}</source>
            <translation>Incompleto — {missing}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/creators.py" line="226" />
            <source>%n more screenshot(s) of a question the audience answered with specifics</source>
            <translation>
                <numerusform>mais %n captura de uma pergunta que o público respondeu com detalhes</numerusform>
                <numerusform>mais %n capturas de uma pergunta que o público respondeu com detalhes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/creators.py" line="231" />
            <source>{missing} (%n proof entry(ies) without a screenshot yet)</source>
            <translation>
                <numerusform>{missing} (%n prova ainda sem captura)</numerusform>
                <numerusform>{missing} (%n provas ainda sem captura)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="239" />
            <source>their answer to 'what does your audience struggle with this week?'</source>
            <translation>a resposta a “com o que seu público está tendo dificuldade nesta semana?”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="243" />
            <source>the date of their 'struggles this week' answer</source>
            <translation>a data da resposta sobre as “dificuldades desta semana”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="249" />
            <source>a 'struggles this week' answer dated today or earlier (the date is in the future)</source>
            <translation>uma resposta sobre as “dificuldades desta semana” com data de hoje ou anterior (a data está no futuro)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/creators.py" line="257" />
            <source>a fresh 'struggles this week' answer (the last one is %n day(s) old)</source>
            <translation>
                <numerusform>uma resposta recente sobre as “dificuldades desta semana” (a última tem %n dia)</numerusform>
                <numerusform>uma resposta recente sobre as “dificuldades desta semana” (a última tem %n dias)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="269" />
            <source>{figure} (unknown)</source>
            <translation>{figure} (desconhecido)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="370" />
            <source>Handle line {n} ({line}): write the platform then the handle, e.g. 'instagram @name'.</source>
            <translation>Linha de perfil {n} ({line}): escreva a plataforma e depois o perfil, ex.: “instagram @nome”.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="380" />
            <source>Handle line {n}: unknown platform {platform}; use one of {platforms}.</source>
            <translation>Linha de perfil {n}: plataforma desconhecida {platform}; use uma destas: {platforms}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="387" />
            <source>Handle line {n}: the handle is longer than 120 characters.</source>
            <translation>Linha de perfil {n}: o perfil tem mais de 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="392" />
            <source>Handle line {n}: {platform} is listed twice; keep one handle per platform.</source>
            <translation>Linha de perfil {n}: {platform} aparece duas vezes; mantenha um perfil por plataforma.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="415" />
            <source>{label}: {text} is not a number (for example 12.5).</source>
            <translation>{label}: {text} não é um número (por exemplo, 12,5).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="419" />
            <source>{label}: {text} is not a number.</source>
            <translation>{label}: {text} não é um número.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="423" />
            <source>{label} cannot be negative.</source>
            <translation>{label} não pode ser negativo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="425" />
            <source>{label} cannot be above {upper}.</source>
            <translation>{label} não pode passar de {upper}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="444" />
            <source>A creator needs a name.</source>
            <translation>Um criador precisa de um nome.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="446" />
            <source>Keep the name under 120 characters.</source>
            <translation>O nome deve ter menos de 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="451" />
            <source>Audience size is a whole number of people, for example 8200.</source>
            <translation>O tamanho do público é um número inteiro de pessoas, por exemplo, 8200.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="455" />
            <source>Audience size cannot be above {max} people.</source>
            <translation>O tamanho do público não pode passar de {max} pessoas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="459" />
            <source>The answer cannot be dated in the future.</source>
            <translation>A resposta não pode ter data no futuro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="461" />
            <source>Type their answer, or clear the date.</source>
            <translation>Digite a resposta ou limpe a data.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="469" />
            <source>Unknown kind {kind}.</source>
            <translation>Tipo desconhecido {kind}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="471" />
            <source>The evidence cannot be dated in the future.</source>
            <translation>A evidência não pode ter data no futuro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="474" />
            <source>The link must be a web address starting with https://</source>
            <translation>O link deve ser um endereço da web que comece com https://</translation>
        </message>
    </context>
    <context>
        <name>domain.deals</name>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="177" />
            <source>Enter an amount, for example 2000 or 2,000.50.</source>
            <translation>Digite um valor, por exemplo 2000 ou 2,000.50.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="179" />
            <source>Amount cannot be negative: {amount}.</source>
            <translation>O valor não pode ser negativo: {amount}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="185" />
            <source>{amount} is not an amount. Use a dot for cents, for example 2,000.50.</source>
            <translation>{amount} não é um valor. Use ponto para os centavos, por exemplo 2,000.50.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="192" />
            <source>{amount} is not an amount. Use digits, for example 2000 or 2,000.50.</source>
            <translation>{amount} não é um valor. Use algarismos, por exemplo 2000 ou 2,000.50.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="199" />
            <source>{amount} is not an amount.</source>
            <translation>{amount} não é um valor.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="307" />
            <source>Deliverable {name}: quantity and price cannot be negative.</source>
            <translation>Entrega {name}: a quantidade e o preço não podem ser negativos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="325" />
            <source>Add-on {name}: value and units cannot be negative.</source>
            <translation>Adicional {name}: o valor e as unidades não podem ser negativos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/deals.py" line="346" />
            <source>Bundle discount must be between 0 and 100 %.</source>
            <translation>O desconto de pacote deve ficar entre 0 e 100%.</translation>
        </message>
    </context>
    <context>
        <name>domain.imports.chat</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/__init__.py" line="73" />
            <source>This file is not a chat export the app reads: use a DiscordChatExporter JSON or CSV, Telegram's result.json, a WhatsApp chat .txt (or its .zip) or a Slack export folder or .zip.</source>
            <translation>Este arquivo não é uma exportação de chat que o app lê: use um JSON ou CSV do DiscordChatExporter, o result.json do Telegram, um .txt de conversa do WhatsApp (ou o .zip dele) ou uma pasta ou .zip de exportação do Slack.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/__init__.py" line="87" />
            <source>Unknown chat format {format}; use one of {formats}.</source>
            <translation>Formato de chat desconhecido {format}; use um destes: {formats}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/__init__.py" line="106" />
            <source>{title} holds no {extensions} file for a {format} export.</source>
            <translation>{title} não contém nenhum arquivo {extensions} para uma exportação do {format}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/__init__.py" line="107" />
            <source> or </source>
            <translation> ou </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="72" />
            <source>{name}: the channel is not described before its messages.</source>
            <translation>{name}: o canal não é descrito antes das mensagens.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="90" />
            <source>{name} is not a complete DiscordChatExporter JSON file ({reason}).</source>
            <translation>{name} não é um arquivo JSON completo do DiscordChatExporter ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="96" />
            <source>{name} has no "channel": not a DiscordChatExporter JSON export.</source>
            <translation>{name} não tem "channel": não é uma exportação JSON do DiscordChatExporter.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="121" />
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="139" />
            <source>message {number}</source>
            <translation>mensagem {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="124" />
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="117" />
            <source>no message id</source>
            <translation>sem ID de mensagem</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="140" />
            <source>unreadable time {value}</source>
            <translation>horário ilegível {value}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="197" />
            <source>{name}: a DiscordChatExporter CSV starts with AuthorID,Author,Date,Content.</source>
            <translation>{name}: um CSV do DiscordChatExporter começa com AuthorID,Author,Date,Content.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="216" />
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="135" />
            <source>line {number}</source>
            <translation>linha {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/discord.py" line="217" />
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="129" />
            <source>unreadable date {value}</source>
            <translation>data ilegível {value}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/slack.py" line="57" />
            <source>{title}: a Slack export has users.json next to the channel folders.</source>
            <translation>{title}: uma exportação do Slack tem users.json ao lado das pastas dos canais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/slack.py" line="66" />
            <source>{title}: users.json cannot be read ({reason}).</source>
            <translation>{title}: não foi possível ler users.json ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/slack.py" line="79" />
            <source>{file} cannot be read; its conversations are taken by folder name.</source>
            <translation>Não foi possível ler {file}; as conversas são tomadas pelo nome da pasta.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/slack.py" line="93" />
            <source>{title}: no channel folders with day files (YYYY-MM-DD.json) were found.</source>
            <translation>{title}: nenhuma pasta de canal com arquivos diários (YYYY-MM-DD.json) foi encontrada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/slack.py" line="103" />
            <source>not JSON ({reason})</source>
            <translation>não é JSON ({reason})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/slack.py" line="106" />
            <source>not a list of messages</source>
            <translation>não é uma lista de mensagens</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/slack.py" line="136" />
            <source>message without a readable ts {value}</source>
            <translation>mensagem sem um ts legível {value}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="80" />
            <source>{name} is not a complete Telegram export ({reason}).</source>
            <translation>{name} não é uma exportação completa do Telegram ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="86" />
            <source>{name} has no "messages": not a Telegram Desktop chat export (result.json).</source>
            <translation>{name} não tem "messages": não é uma exportação de conversa do Telegram Desktop (result.json).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="101" />
            <source>Saved Messages ({count} notes to yourself) were not imported.</source>
            <translation>As Mensagens salvas ({count} notas para você mesmo) não foram importadas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="114" />
            <source>{chat} message</source>
            <translation>mensagem de {chat}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="115" />
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="127" />
            <source>chat</source>
            <translation>conversa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/telegram.py" line="126" />
            <source>{chat} message {number}</source>
            <translation>mensagem {number} de {chat}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="104" />
            <source>{name}: no WhatsApp message lines found (a line starts with its date and time, e.g. "12/31/20, 11:59 PM - Ana: Hello" or "[31.12.20, 23:59:59] Ana: Hello").</source>
            <translation>{name}: nenhuma linha de mensagem do WhatsApp encontrada (uma linha começa com data e hora, ex.: "12/31/20, 11:59 PM - Ana: Hello" ou "[31.12.20, 23:59:59] Ana: Hello").</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="112" />
            <source>{count} line(s) before the first message were not messages and were ignored.</source>
            <translation>{count} linha(s) antes da primeira mensagem não eram mensagens e foram ignoradas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="119" />
            <source>Dates read as day/month (as asked).</source>
            <translation>Datas lidas como dia/mês (como pedido).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="121" />
            <source>Dates read as month/day (as asked).</source>
            <translation>Datas lidas como mês/dia (como pedido).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="136" />
            <source>date or time {date} {time} does not exist</source>
            <translation>a data ou hora {date} {time} não existe</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="174" />
            <source>Two people and no group events: read as a direct-message chat.</source>
            <translation>Duas pessoas e nenhum evento de grupo: lido como uma conversa de mensagens diretas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="187" />
            <source>Dates mix day/month and month/day forms; read as day/month (the more common form).</source>
            <translation>As datas misturam as formas dia/mês e mês/dia; lidas como dia/mês (a forma mais comum).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="196" />
            <source>Dates read as day/month: a number above 12 decides it.</source>
            <translation>Datas lidas como dia/mês: um número acima de 12 decide.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="198" />
            <source>Dates read as month/day: a number above 12 decides it.</source>
            <translation>Datas lidas como mês/dia: um número acima de 12 decide.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="204" />
            <source>the dates then run forwards in time</source>
            <translation>assim as datas avançam no tempo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="209" />
            <source>the phone's locale form (12-hour with slashes: month first; otherwise day first)</source>
            <translation>o formato regional do celular (12 horas com barras: mês primeiro; senão, dia primeiro)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="214" />
            <source>Dates read as day/month: {reason}.</source>
            <translation>Datas lidas como dia/mês: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/chat/whatsapp.py" line="216" />
            <source>Dates read as month/day: {reason}.</source>
            <translation>Datas lidas como mês/dia: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>domain.imports.month_names</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="156" />
            <source>{names} and {last}</source>
            <translation>{names} e {last}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="166" />
            <source>{name} is not a month name.</source>
            <translation>{name} não é um nome de mês.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="174" />
            <source>{month} in {languages}</source>
            <translation>{month} em {languages}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="181" />
            <source>{first} but {second}</source>
            <translation>{first}, mas {second}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="185" />
            <source>{name} is {readings}; nothing else in the column says which language the export is in: choose it (CLI: --date-language, e.g. pl or hr).</source>
            <translation>{name} é {readings}; nada mais na coluna indica em que idioma está a exportação: escolha-o (CLI: --date-language, ex.: pl ou hr).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="281" />
            <source>Month names such as {names} are read in {language}, as you chose.</source>
            <translation>Nomes de mês como {names} são lidos em {language}, como você escolheu.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="286" />
            <source>Month names such as {names} are read as {languages} ({evidence} in the same column settles it).</source>
            <translation>Nomes de mês como {names} são lidos em {languages} ({evidence} na mesma coluna decide).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="291" />
            <source>Month names such as {names} are read in {language}, this computer's language: nothing in the column settles it (CLI: --date-language to choose).</source>
            <translation>Nomes de mês como {names} são lidos em {language}, o idioma deste computador: nada na coluna decide (CLI: --date-language para escolher).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/month_names.py" line="296" />
            <source>Month names such as {names} read as different months in different languages; those rows are refused.</source>
            <translation>Nomes de mês como {names} correspondem a meses diferentes conforme o idioma; essas linhas são recusadas.</translation>
        </message>
    </context>
    <context>
        <name>domain.imports.parsing</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="122" />
            <source>{value} uses a comma between thousands, but this file writes decimals with a comma; check the column.</source>
            <translation>{value} usa vírgula entre os milhares, mas este arquivo escreve decimais com vírgula; confira a coluna.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="135" />
            <source>{value} is negative; counts cannot be below zero.</source>
            <translation>{value} é negativo; contagens não podem ser menores que zero.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="153" />
            <source>The id {value} was rounded by Excel (scientific notation); its digits are lost. Open the original export without Excel, or format the column as Text before saving.</source>
            <translation>O ID {value} foi arredondado pelo Excel (notação científica); seus dígitos se perderam. Abra a exportação original sem o Excel ou formate a coluna como Texto antes de salvar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="192" />
            <source>{hour} is not an hour on a 12-hour clock.</source>
            <translation>{hour} não é uma hora no formato de 12 horas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="204" />
            <source>{value} is not a real date/time ({reason}).</source>
            <translation>{value} não é uma data/hora real ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="229" />
            <source>The date is empty; every post needs its publish date.</source>
            <translation>A data está vazia; todo post precisa da data de publicação.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="240" />
            <source>{value} is a spreadsheet serial number, not a date; export the column as text.</source>
            <translation>{value} é um número de série de planilha, não uma data; exporte a coluna como texto.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="265" />
            <source>{value} does not fit this column, which writes dates day/month.</source>
            <translation>{value} não combina com esta coluna, que escreve as datas como dia/mês.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="269" />
            <source>{value} does not fit this column, which writes dates month/day.</source>
            <translation>{value} não combina com esta coluna, que escreve as datas como mês/dia.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/parsing.py" line="312" />
            <source>{value} is not a date this importer understands. Examples that work: 2024-09-27, Sep 27, 2024, 09/27/2024 14:30, Tue, Jul 14, 2026.</source>
            <translation>{value} não é uma data que o importador entende. Exemplos que funcionam: 2024-09-27, Sep 27, 2024, 09/27/2024 14:30, Tue, Jul 14, 2026, 27 de setembro de 2024.</translation>
        </message>
    </context>
    <context>
        <name>domain.imports.presets</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="58" />
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="69" />
            <source>Handle</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="59" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="60" />
            <source>Timestamp</source>
            <translation>Data e hora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="61" />
            <source>Post (id or link)</source>
            <translation>Post (id ou link)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="62" />
            <source>Interaction id</source>
            <translation>Id da interação</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="63" />
            <source>Parent/thread id</source>
            <translation>Id do pai/conversa</translation>
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
            <translation>Membro-chave</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="72" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="73" />
            <source>First seen</source>
            <translation>Visto pela primeira vez</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="74" />
            <source>Last seen</source>
            <translation>Visto pela última vez</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="416" />
            <source>Generic CSV (MicroComm export or your own columns)</source>
            <translation>CSV genérico (exportação do MicroComm ou suas próprias colunas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="423" />
            <source>Interactions (handle, kind, timestamp, post, parent)</source>
            <translation>Interações (perfil, tipo, data e hora, post, pai)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="440" />
            <source>Engagers (MicroComm export: handle, power member, notes)</source>
            <translation>Participantes (exportação do MicroComm: perfil, membro-chave, notas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="508" />
            <source>This is YouTube Studio's Chart data.csv: views per video per day, not each video's totals (reading it would replace a video's views with one day's). Import Table data.csv from the same download (or the .zip itself) instead.</source>
            <translation>Este é o Chart data.csv do YouTube Studio: visualizações por vídeo por dia, não os totais de cada vídeo (lê-lo trocaria as visualizações de um vídeo pelas de um dia). Importe em vez disso o Table data.csv do mesmo download (ou o próprio .zip).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="514" />
            <source>This looks like YouTube Studio's Totals.csv: the channel's figures per day, not posts. Import Table data.csv from the same download (or the .zip itself) instead.</source>
            <translation>Isto parece o Totals.csv do YouTube Studio: os números do canal por dia, não posts. Importe em vez disso o Table data.csv do mesmo download (ou o próprio .zip).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="523" />
            <source>This file holds dated account figures ({cols}: e.g. TikTok's FollowerHistory.csv or Viewers.csv), nothing about posts; importing it would create empty posts. Import the per-post export (or the daily Overview.csv) instead.</source>
            <translation>Este arquivo contém números da conta com data ({cols}: ex.: FollowerHistory.csv ou Viewers.csv do TikTok), nada sobre posts; importá-lo criaria posts vazios. Importe em vez disso a exportação por post (ou o Overview.csv diário).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="529" />
            <source>This is a Meta Business Suite per-metric file (a Date and a Primary column: one account figure per day, e.g. Views or Reach), not posts. Export Content → Posts (Export data → CSV) instead.</source>
            <translation>Este é um arquivo do Meta Business Suite por métrica (uma coluna Date e uma Primary: um número da conta por dia, ex.: visualizações ou alcance), não posts. Exporte em vez disso Content → Posts (Export data → CSV).</translation>
        </message>
    </context>
    <context>
        <name>domain.imports.quick</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/quick.py" line="50" />
            <source>{line}: write it like '@ana comment' or '@ben reply to @ana'.</source>
            <translation>{line}: escreva como “@ana comment” ou “@ben reply to @ana”.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/quick.py" line="61" />
            <source>{kind} is not a kind; use one of {kinds}.</source>
            <translation>{kind} não é um tipo; use um destes: {kinds}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/quick.py" line="72" />
            <source>only a reply, comment or dm can answer someone ('{kind} to @{parent}').</source>
            <translation>só reply, comment ou dm podem responder a alguém (“{kind} to @{parent}”).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/quick.py" line="88" />
            <source>{time} is not a time of day.</source>
            <translation>{time} não é um horário válido.</translation>
        </message>
    </context>
    <context>
        <name>domain.imports.rows</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="59" />
            <source>{theme}… is {length} characters; keep a theme under {limit}.</source>
            <translation>{theme}… tem {length} caracteres; um tema deve ter menos de {limit}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="104" />
            <source>the handle is empty.</source>
            <translation>o perfil está vazio.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="185" />
            <source>{value} is ambiguous (day/month or month/day) and nothing in the column settles it; choose the date order (wizard: Dates; CLI: --date-order dmy or mdy).</source>
            <translation>{value} é ambíguo (dia/mês ou mês/dia) e nada na coluna decide; escolha a ordem das datas (assistente: Datas; CLI: --date-order dmy ou mdy).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="215" />
            <source>{date} is out of range: dates from {earliest} to two years after today are accepted.</source>
            <translation>{date} está fora do intervalo: são aceitas datas de {earliest} até dois anos depois de hoje.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="227" />
            <source>{day} does not exist in {year}.</source>
            <translation>{day} não existe em {year}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="249" />
            <source>no publish date (YouTube leaves it empty for unlisted, private or removed videos)</source>
            <translation>sem data de publicação (o YouTube a deixa vazia em vídeos não listados, privados ou removidos)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="275" />
            <source>summary row (Total)</source>
            <translation>linha de resumo (Total)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="298" />
            <source>{field} {count} is a net change (more removed than added that day, e.g. deleted comments); stored as 0, the day's other counts are kept.</source>
            <translation>{field} {count} é uma variação líquida (naquele dia saiu mais do que entrou, ex.: comentários apagados); salvo como 0, as demais contagens do dia são mantidas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="304" />
            <source>{field} {count} is a net change (more removed than added in the export's period, e.g. likes taken back); stored as 0, the row's other counts are kept.</source>
            <translation>{field} {count} é uma variação líquida (no período da exportação saiu mais do que entrou, ex.: curtidas retiradas); salvo como 0, as demais contagens da linha são mantidas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="322" />
            <source>{value} is not a label: use community or reach.</source>
            <translation>{value} não é um rótulo: use community ou reach.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="344" />
            <source>a row of column descriptions under the header, not data</source>
            <translation>uma linha de descrições das colunas sob o cabeçalho, não são dados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="347" />
            <source>Date/time: no date column is mapped; every post needs its publish date.</source>
            <translation>Data/hora: nenhuma coluna de data está mapeada; todo post precisa da data de publicação.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="386" />
            <source>no post id or link in this row (a re-import could not match it; not imported)</source>
            <translation>não há ID do post nem link nesta linha (uma nova importação não conseguiria associá-la; não importada)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="401" />
            <source>reach ({reach}) is higher than impressions ({impressions}); columns swapped?</source>
            <translation>o alcance ({reach}) é maior que as impressões ({impressions}); colunas trocadas?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="408" />
            <source>format {value}… is longer than 80 characters; it is cut to 80.</source>
            <translation>o formato {value}… tem mais de 80 caracteres; é cortado para 80.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="432" />
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="487" />
            <source>{field}: no column is mapped.</source>
            <translation>{field}: nenhuma coluna está mapeada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="443" />
            <source>{value} is not a kind; use one of {kinds}.</source>
            <translation>{value} não é um tipo; use um destes: {kinds}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="456" />
            <source>the post id or link is empty.</source>
            <translation>o ID ou link do post está vazio.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/rows.py" line="504" />
            <source>{value} is not yes or no.</source>
            <translation>{value} não é sim nem não.</translation>
        </message>
    </context>
    <context>
        <name>domain.imports.sniff</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="73" />
            <source>a ZIP archive</source>
            <translation>um arquivo ZIP</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="74" />
            <source>an empty ZIP archive</source>
            <translation>um arquivo ZIP vazio</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="75" />
            <source>a PDF document</source>
            <translation>um documento PDF</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="76" />
            <source>a gzip-compressed file</source>
            <translation>um arquivo compactado com gzip</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="77" />
            <source>a 7-Zip archive</source>
            <translation>um arquivo 7-Zip</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="78" />
            <source>a RAR archive</source>
            <translation>um arquivo RAR</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="79" />
            <source>an old Excel (.xls) or Office file</source>
            <translation>um arquivo antigo do Excel (.xls) ou do Office</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="80" />
            <source>a PNG image</source>
            <translation>uma imagem PNG</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="81" />
            <source>a JPEG image</source>
            <translation>uma imagem JPEG</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="82" />
            <source>a GIF image</source>
            <translation>uma imagem GIF</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="83" />
            <source>an SQLite database</source>
            <translation>um banco de dados SQLite</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="84" />
            <source>a bzip2-compressed file</source>
            <translation>um arquivo compactado com bzip2</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="85" />
            <source>an xz-compressed file</source>
            <translation>um arquivo compactado com xz</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="86" />
            <source>a damaged ZIP archive</source>
            <translation>um arquivo ZIP danificado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="87" />
            <source>an Excel workbook (.xlsx)</source>
            <translation>uma pasta de trabalho do Excel (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="88" />
            <source>an OpenDocument file (.ods/.odt)</source>
            <translation>um arquivo OpenDocument (.ods/.odt)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="89" />
            <source>a binary file, not a text table</source>
            <translation>um arquivo binário, não uma tabela de texto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="90" />
            <source>a web page (HTML) — the download probably failed or needed you to be logged in</source>
            <translation>uma página da web (HTML) — o download provavelmente falhou ou exigia que você estivesse conectado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="93" />
            <source>an XML file</source>
            <translation>um arquivo XML</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="94" />
            <source>a JSON file</source>
            <translation>um arquivo JSON</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="95" />
            <source>a calendar file (.ics); import it from the Rituals tab</source>
            <translation>um arquivo de calendário (.ics); importe-o pela aba Rituais</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="146" />
            <source>{name} is {kind}, not a CSV export. Export or save the data as CSV (comma- or semicolon-separated text) and import that file.</source>
            <translation>{name} é {kind}, não uma exportação CSV. Exporte ou salve os dados como CSV (texto separado por vírgula ou ponto e vírgula) e importe esse arquivo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="157" />
            <source>{name} is a ZIP archive that cannot be opened ({reason}).</source>
            <translation>{name} é um arquivo ZIP que não pode ser aberto ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="167" />
            <source>{name} is a YouTube Studio download: read {table} (one row per video, its totals for the chosen period); {others} (per-day figures) were not imported.</source>
            <translation>{name} é um download do YouTube Studio: lido {table} (uma linha por vídeo, com os totais do período escolhido); {others} (números diários) não foram importados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="173" />
            <source>{name} is a YouTube Studio download: read {table} (one row per video, its totals for the chosen period).</source>
            <translation>{name} é um download do YouTube Studio: lido {table} (uma linha por vídeo, com os totais do período escolhido).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="180" />
            <source>{name} is a ZIP archive: read {member}, the only table in it.</source>
            <translation>{name} é um arquivo ZIP: lido {member}, a única tabela dentro dele.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="188" />
            <source>no CSV file</source>
            <translation>nenhum arquivo CSV</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="190" />
            <source>{name} is a ZIP archive holding {listed}; unzip it and import the CSV you want (for YouTube Studio, {table}).</source>
            <translation>{name} é um arquivo ZIP com {listed}; descompacte-o e importe o CSV que quiser (no YouTube Studio, {table}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="196" />
            <source>{name} is a ZIP archive: read {member}, the one table of posts or daily totals in it; {others} (per-day or audience figures, not posts) were not imported.</source>
            <translation>{name} é um arquivo ZIP: lido {member}, a única tabela de posts ou totais diários dentro dele; {others} (números diários ou de público, não posts) não foram importados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="203" />
            <source>{member} inside {name} is larger than 512 MB; split it first.</source>
            <translation>{member} dentro de {name} tem mais de 512 MB; divida-o primeiro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="211" />
            <source>{member} inside {name} cannot be read ({reason}).</source>
            <translation>{member} dentro de {name} não pode ser lido ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="218" />
            <source>{member} inside {name} is {kind}, not a CSV export.</source>
            <translation>{member} dentro de {name} é {kind}, não uma exportação CSV.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="229" />
            <source>{first} and {second}</source>
            <translation>{first} e {second}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="287" />
            <source>The file says it is UTF-16 but is not; unreadable characters were replaced.</source>
            <translation>O arquivo diz ser UTF-16, mas não é; os caracteres ilegíveis foram substituídos.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="316" />
            <source>The file is UTF-8 with %n unreadable byte(s) (lines {lines}), replaced with �. Check the text on those lines.</source>
            <translation>
                <numerusform>O arquivo é UTF-8 com %n byte ilegível (linha {lines}), substituído por �. Confira o texto dessas linhas.</numerusform>
                <numerusform>O arquivo é UTF-8 com %n bytes ilegíveis (linhas {lines}), substituídos por �. Confira o texto dessas linhas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="328" />
            <source>The file is not UTF-8; it was read as Windows-1252 (Western European). Check accents.</source>
            <translation>O arquivo não é UTF-8; foi lido como Windows-1252 (Europa Ocidental). Confira os acentos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="336" />
            <source>The file is not UTF-8; it was read as Latin-1. Check accents and special characters.</source>
            <translation>O arquivo não é UTF-8; foi lido como Latin-1. Confira os acentos e os caracteres especiais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="384" />
            <source>This is {kind}, not a CSV export. Export or save the data as CSV (comma- or semicolon-separated text) and import that file.</source>
            <translation>Isto é {kind}, não uma exportação CSV. Exporte ou salve os dados como CSV (texto separado por vírgula ou ponto e vírgula) e importe esse arquivo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="395" />
            <source>The file is empty.</source>
            <translation>O arquivo está vazio.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="399" />
            <source>This is {kind}, not a CSV export. Export or save the data as CSV and import that file.</source>
            <translation>Isto é {kind}, não uma exportação CSV. Exporte ou salve os dados como CSV e importe esse arquivo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="409" />
            <source>The file starts with Excel's separator hint (sep={delimiter}); it was used and skipped.</source>
            <translation>O arquivo começa com a indicação de separador do Excel (sep={delimiter}); ela foi usada e ignorada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="449" />
            <source>Line {line}: the file is not a readable CSV ({reason}).</source>
            <translation>Linha {line}: o arquivo não é um CSV legível ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="459" />
            <source>The file has no header row.</source>
            <translation>O arquivo não tem linha de cabeçalho.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="462" />
            <source>The file has only one column and no data; is it really a CSV export?</source>
            <translation>O arquivo tem só uma coluna e nenhum dado; é mesmo uma exportação CSV?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="472" />
            <source>{problem} Nothing was imported: fix the quote in the file and import again.</source>
            <translation>{problem} Nada foi importado: corrija a aspa no arquivo e importe de novo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="478" />
            <source>{problem} You chose to import the file as it is.</source>
            <translation>{problem} Você escolheu importar o arquivo como está.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="503" />
            <source>Skipped %n line(s) above the header row (a title or date range).</source>
            <translation>
                <numerusform>%n linha acima do cabeçalho foi ignorada (um título ou intervalo de datas).</numerusform>
                <numerusform>%n linhas acima do cabeçalho foram ignoradas (um título ou intervalo de datas).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="630" />
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="670" />
            <source>column {number}</source>
            <translation>coluna {number}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="634" />
            <source>%n of them look like rows of their own</source>
            <translation>
                <numerusform>%n delas parece uma linha própria</numerusform>
                <numerusform>%n delas parecem linhas próprias</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="636" />
            <source>it is {length} characters long, far longer than the rest of the column</source>
            <translation>tem {length} caracteres, muito mais que o resto da coluna</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="639" />
            <source>Line {line}: the {column} field starts with a quote (") that is not closed on its line, so it swallows lines {first}–{last} ({breaks}; {what}); the file reads as {rows} although it has {lines} lines.</source>
            <translation>Linha {line}: o campo {column} começa com uma aspa (") que não é fechada na linha, então engole as linhas {first}–{last} ({breaks}; {what}); o arquivo é lido como {rows}, embora tenha {lines} linhas.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="648" />
            <source>%n line break(s)</source>
            <translation>
                <numerusform>%n quebra de linha</numerusform>
                <numerusform>%n quebras de linha</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="650" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n linha</numerusform>
                <numerusform>%n linhas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="672" />
            <source>Line {line}: the {column} field starts with a quote (") that is never closed, so the row's last {cells} cells were merged into it.</source>
            <translation>Linha {line}: o campo {column} começa com uma aspa (") que nunca é fechada, então as últimas {cells} células da linha foram juntadas nele.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="715" />
            <source>Skipped %n repeated header row(s) (lines {lines}): the file looks like several exports joined together.</source>
            <translation>
                <numerusform>%n linha de cabeçalho repetida foi ignorada (linha {lines}): o arquivo parece várias exportações juntas.</numerusform>
                <numerusform>%n linhas de cabeçalho repetidas foram ignoradas (linhas {lines}): o arquivo parece várias exportações juntas.</numerusform>
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
            <translation>Esta contagem</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/limits.py" line="62" />
            <location filename="../../microcomm_desktop/domain/limits.py" line="74" />
            <source>{field} is too large: the allowed range is {range}.</source>
            <translation>{field}: o valor é grande demais; o intervalo permitido é {range}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/limits.py" line="70" />
            <source>This amount</source>
            <translation>Este valor</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/limits.py" line="72" />
            <source>{field} is not a number.</source>
            <translation>{field}: não é um número.</translation>
        </message>
    </context>
    <context>
        <name>domain.metrics</name>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="115" />
            <source>tighten hook, add a clear ask, narrow topic</source>
            <translation>afie o gancho, faça um pedido claro, restrinja o tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="116" />
            <source>offer two or three concrete options, ask for a number or a choice, post the result</source>
            <translation>ofereça duas ou três opções concretas, peça um número ou uma escolha, publique o resultado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="119" />
            <source>turn advice into checklists, templates, step sequences</source>
            <translation>transforme conselhos em checklists, modelos, sequências de passos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="120" />
            <source>ask for specifics, offer two answer options, respond fast</source>
            <translation>peça detalhes concretos, ofereça duas opções de resposta, responda rápido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="121" />
            <source>add rituals, highlight members, shared challenge</source>
            <translation>crie rituais, destaque membros, desafio em grupo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="232" />
            <source>Engagement rate</source>
            <translation>Taxa de engajamento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="233" />
            <source>Saves per 1,000 reach</source>
            <translation>Salvamentos por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="234" />
            <source>Replies per 1,000 reach</source>
            <translation>Respostas por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="235" />
            <source>Returning engagers (30 days)</source>
            <translation>Participantes recorrentes (30 dias)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/metrics.py" line="184" />
            <source>ER on feed posts</source>
            <translation>ER em posts do feed</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/metrics.py" line="185" />
            <source>ER on polls and Q and A</source>
            <translation>ER em enquetes e perguntas e respostas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/metrics.py" line="186" />
            <source>saves per 1,000 reach</source>
            <translation>Salvamentos por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/metrics.py" line="187" />
            <source>replies per 1,000 reach</source>
            <translation>Respostas por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/metrics.py" line="188" />
            <source>returning engagers (30 d), % of engaged</source>
            <translation>Participantes recorrentes (30 d), % de quem participou</translation>
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
            <translation>Data/hora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="123" />
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="130" />
            <source>Platform post id</source>
            <translation>Id do post na plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="138" />
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="144" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="148" />
            <source>How the post was made (the promise's recurring formats or your own, e.g. carousel)</source>
            <translation>Como o post foi feito (os formatos recorrentes da promessa ou os seus, ex.: carrossel)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="154" />
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="157" />
            <source>Themes (comma-separated)</source>
            <translation>Temas (separados por vírgulas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="159" />
            <source>The workspace's own content themes on this post (several allowed). Edit the cell as 'a, b', use the post form, or tag a selection with Ctrl+T. Insights ranks themes by replies and saves per 1k reach.</source>
            <translation>Os temas de conteúdo do próprio espaço de trabalho neste post (vários permitidos). Edite a célula como “a, b”, use o formulário do post ou marque uma seleção com Ctrl+T. O Insights classifica os temas por respostas e salvamentos por 1k de alcance.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="168" />
            <source>Label</source>
            <translation>Rótulo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="171" />
            <source>Label (community/reach)</source>
            <translation>Rótulo (community/reach)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="173" />
            <source>community = judged on replies, saves, depth; reach = judged on shares and discovery</source>
            <translation>community = avaliado por respostas, salvamentos e profundidade; reach = avaliado por compartilhamentos e descoberta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="179" />
            <source>Title or caption</source>
            <translation>Título ou legenda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="187" />
            <source>Reach</source>
            <translation>Alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="193" />
            <source>Impressions</source>
            <translation>Impressões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="194" />
            <source>Views</source>
            <translation>Visualizações</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="195" />
            <source>Likes</source>
            <translation>Curtidas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="198" />
            <source>Comments/replies</source>
            <translation>Comentários/respostas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="206" />
            <source>Shares</source>
            <translation>Compartilhamentos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="207" />
            <source>Saves</source>
            <translation>Salvamentos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="208" />
            <source>DM replies</source>
            <translation>Respostas por DM</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="211" />
            <source>Engagements</source>
            <translation>Engajamentos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="215" />
            <source>Engagements (platform total)</source>
            <translation>Engajamentos (total da plataforma)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="222" />
            <source>Conversions</source>
            <translation>Conversões</translation>
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
            <translation>Comentários + DMs</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="68" />
            <source>Broadcast channel</source>
            <translation>Canal de transmissão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="69" />
            <source>Discord</source>
            <translation>Discord</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="70" />
            <source>Close Friends / private list</source>
            <translation>Amigos próximos / lista privada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="71" />
            <source>Live series</source>
            <translation>Série de lives</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="72" />
            <source>Other</source>
            <translation>Outra</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="81" />
            <source>Weekly challenge</source>
            <translation>Desafio semanal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="82" />
            <source>One action, one hashtag, one recap; feature three member wins weekly.</source>
            <translation>Uma ação, uma hashtag, um resumo; destaque toda semana três conquistas de membros.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="86" />
            <source>Office hours</source>
            <translation>Plantão de dúvidas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="87" />
            <source>Recurring live or Q and A box; answer with names and specifics.</source>
            <translation>Live recorrente ou caixinha de perguntas; responda com nomes e detalhes.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="91" />
            <source>Teardown series</source>
            <translation>Série de análises</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="92" />
            <source>Members submit work; review it with the same rubric every time.</source>
            <translation>Os membros enviam trabalhos; avalie sempre com a mesma rubrica.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="96" />
            <source>Resource drops</source>
            <translation>Materiais de apoio</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="97" />
            <source>Checklists, swipe files, calculators; ask members to comment their use case.</source>
            <translation>Checklists, arquivos de referência, calculadoras; peça aos membros que comentem o caso de uso deles.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="240" />
            <source>This is the place where {who} get {outcome} through {format}.</source>
            <comment>plural who</comment>
            <translation>Este é o lugar onde {who} recebem {outcome} por meio de {format}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="244" />
            <source>This is the place where {who} gets {outcome} through {format}.</source>
            <comment>singular who</comment>
            <translation>Este é o lugar onde {who} recebe {outcome} por meio de {format}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="268" />
            <source>Say who it is for, e.g. “runners” or “indie skincare fans”.</source>
            <translation>Diga para quem é, ex.: “corredores” ou “fãs de skincare independente”.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="276" />
            <source>“{who}” could be anyone: name the group, e.g. “new runners over 40”.</source>
            <translation>“{who}” pode ser qualquer pessoa: nomeie o grupo, ex.: “corredores iniciantes acima dos 40”.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="285" />
            <source>Say what they get, e.g. “a weekly 20-minute mobility routine”.</source>
            <translation>Diga o que recebem, ex.: “uma rotina semanal de mobilidade de 20 minutos”.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="292" />
            <source>The outcome has no number or time frame: make it checkable, e.g. “weekly 20-minute routines”.</source>
            <translation>O resultado não tem número nem prazo: torne-o verificável, ex.: “rotinas semanais de 20 minutos”.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="302" />
            <source>Say how it is delivered, e.g. “short videos and a Sunday Q and A”.</source>
            <translation>Diga como é entregue, ex.: “vídeos curtos e um tira-dúvidas aos domingos”.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="313" />
            <source>Write the topic in one line, e.g. “budget travel in Japan”.</source>
            <translation>Escreva o tema em uma linha, ex.: “viagem econômica pelo Japão”.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="319" />
            <source>“{topic}” is broad: narrow it, e.g. “budget travel in Japan” beats “travel”.</source>
            <translation>“{topic}” é amplo: delimite; ex.: “viagem econômica pelo Japão” é melhor que “viagem”.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="324" />
            <source>Keep the topic to one short line (under 80 characters).</source>
            <translation>Mantenha o tema em uma linha curta (menos de 80 caracteres).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/promise.py" line="331" />
            <source>%n primary homes: in month one pick one home, or attention (and replies) split between them.</source>
            <translation>
                <numerusform>%n casa principal: no primeiro mês escolha uma só, ou a atenção (e as respostas) se divide.</numerusform>
                <numerusform>%n casas principais: no primeiro mês escolha uma, ou a atenção (e as respostas) se divide entre elas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>domain.prompts</name>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="22" />
            <source>Identity — “What do you do?”</source>
            <translation>Identidade — “O que você faz?”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="23" />
            <source>Constraints — “What is hard right now?”</source>
            <translation>Obstáculos — “O que está difícil agora?”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="24" />
            <source>Proof — “What have you tried?”</source>
            <translation>Provas — “O que você já tentou?”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="25" />
            <source>Commitment — “What will you do this week?”</source>
            <translation>Compromisso — “O que você vai fazer esta semana?”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="30" />
            <source>Broad question: ask for a number, a screenshot, a choice or a constraint. “What was your last 10-minute workout?” beats “Do you like fitness?”.</source>
            <translation>Pergunta ampla demais: peça um número, uma captura de tela, uma escolha ou uma restrição. “Qual foi seu último treino de 10 minutos?” é melhor que “Você gosta de fitness?”.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="83" />
            <source>number</source>
            <translation>um número</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="84" />
            <source>screenshot</source>
            <translation>uma captura de tela</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="85" />
            <source>choice</source>
            <translation>uma escolha</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="86" />
            <source>constraint</source>
            <translation>uma restrição</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/prompts.py" line="88" />
            <source>Asks for a {things}.</source>
            <translation>Pede {things}.</translation>
        </message>
    </context>
    <context>
        <name>domain.readiness</name>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="46" />
            <source>who</source>
            <translation>quem</translation>
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
            <translation>Promessa completa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="58" />
            <source>Fill the promise slot(s): {slots}.</source>
            <translation>Preencha as lacunas da promessa: {slots}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="61" />
            <source>One primary home</source>
            <translation>Uma casa principal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="66" />
            <source>Pick where the community lives.</source>
            <translation>Escolha onde a comunidade vive.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/readiness.py" line="75" />
            <source>%n primary homes: keep one in month one.</source>
            <translation>
                <numerusform>%n casa principal: fique com uma no primeiro mês.</numerusform>
                <numerusform>%n casas principais: fique com uma no primeiro mês.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="81" />
            <source>Three recurring formats</source>
            <translation>Três formatos recorrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="83" />
            <source>{count} of 3 formats: add {missing} more.</source>
            <translation>{count} de 3 formatos: adicione mais {missing}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="93" />
            <source>rules</source>
            <translation>regras</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="94" />
            <source>what to post</source>
            <translation>o que postar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="95" />
            <source>how to get help</source>
            <translation>como pedir ajuda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="102" />
            <source>Onboarding written</source>
            <translation>Boas-vindas escritas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="104" />
            <source>Write the welcome post's {parts}.</source>
            <translation>Escreva no post de boas-vindas: {parts}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/readiness.py" line="113" />
            <source>%n ritual(s) scheduled: two weekly rituals is the start (e.g. Tuesday teardown, Friday wins).</source>
            <translation>
                <numerusform>%n ritual agendado: para começar, dois rituais semanais (ex.: análise de terça, conquistas de sexta).</numerusform>
                <numerusform>%n rituais agendados: para começar, dois rituais semanais (ex.: análise de terça, conquistas de sexta).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="120" />
            <source>Two rituals scheduled</source>
            <translation>Dois rituais agendados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="125" />
            <source>Schedule rituals, then write five prompts for each.</source>
            <translation>Agende rituais e depois escreva cinco perguntas para cada um.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="128" />
            <source>{ritual}: {count} of {needed}</source>
            <translation>{ritual}: {count} de {needed}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="133" />
            <source>Five prompts per ritual</source>
            <translation>Cinco perguntas por ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="137" />
            <source>Disclosure line set</source>
            <translation>Texto do aviso definido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="139" />
            <source>Add the line you use to disclose paid or gifted endorsements (e.g. “#ad — paid by …”).</source>
            <translation>Adicione o texto do aviso que você usa para indicar recomendações pagas ou presenteadas (ex.: “#publi — pago por …”).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="149" />
            <source>Response SLA set</source>
            <translation>SLA de resposta definido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="151" />
            <source>Set the reply window and how many first comments count.</source>
            <translation>Defina o prazo de resposta e quantos primeiros comentários contam.</translation>
        </message>
    </context>
    <context>
        <name>domain.rituals</name>
        <message>
            <location filename="../../microcomm_desktop/domain/rituals.py" line="44" />
            <source>“{day}” is not a weekday (0 = Monday … 6 = Sunday).</source>
            <translation>“{day}” não é um dia da semana (0 = segunda … 6 = domingo).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/rituals.py" line="61" />
            <source>“{text}” is not a time: use HH:MM, e.g. 18:30.</source>
            <translation>“{text}” não é um horário: use HH:MM, por exemplo 18:30.</translation>
        </message>
    </context>
    <context>
        <name>domain.sprints</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/sprints.py" line="131" />
            <source>Only %n week(s) of data: the rule needs three weeks of returning engagers and replies per 1,000 reach.</source>
            <translation>
                <numerusform>Só %n semana de dados: a regra precisa de três semanas de participantes recorrentes e respostas por 1.000 de alcance.</numerusform>
                <numerusform>Só %n semanas de dados: a regra precisa de três semanas de participantes recorrentes e respostas por 1.000 de alcance.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/sprints.py" line="142" />
            <source>A week among the last three has no returning-engagers or replies figure, so the trend cannot be judged.</source>
            <translation>Uma das três últimas semanas não tem o número de participantes recorrentes ou de respostas, então a tendência não pode ser avaliada.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/sprints.py" line="151" />
            <source>Returning engagers and replies per 1,000 reach both rose two weeks in a row: run the same rituals for another month.</source>
            <translation>Os participantes recorrentes e as respostas por 1.000 de alcance subiram duas semanas seguidas: mantenha os mesmos rituais por mais um mês.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/sprints.py" line="159" />
            <source>Returning engagers and replies per 1,000 reach did not both rise two weeks in a row: narrow the topic, reduce formats and test again.</source>
            <translation>Os participantes recorrentes e as respostas por 1.000 de alcance não subiram ambos duas semanas seguidas: estreite o tema, reduza formatos e teste de novo.</translation>
        </message>
    </context>
    <context>
        <name>domain.validation</name>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="43" />
            <source>Enter a whole number.</source>
            <translation>Digite um número inteiro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="46" />
            <source>{value} is in scientific notation — Excel has rounded this number and lost digits. Format the column as Text (or Number with 0 decimals) in the spreadsheet and export again.</source>
            <translation>{value} está em notação científica — o Excel arredondou este número e perdeu dígitos. Formate a coluna como Texto (ou Número com 0 casas decimais) na planilha e exporte de novo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="55" />
            <source>{value} is ambiguous: write it as {digits} or with commas.</source>
            <translation>{value} é ambíguo: escreva {digits} ou com vírgulas como separador de milhar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="62" />
            <source>{value} is not a number: use commas only between groups of three digits.</source>
            <translation>{value} não é um número: use vírgulas só entre grupos de três dígitos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="70" />
            <source>{value} is not a number. Examples that work: 42, 15,000, 1.2K, 3M.</source>
            <translation>{value} não é um número. Exemplos que funcionam: 42, 15,000, 1.2K, 3M.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="78" />
            <source>{value} is not a number.</source>
            <translation>{value} não é um número.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="80" />
            <source>{value} is not a whole number.</source>
            <translation>{value} não é um número inteiro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="89" />
            <source>{field} is required.</source>
            <translation>{field} é obrigatório.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="102" />
            <source>{field} cannot be negative.</source>
            <translation>{field} não pode ser negativo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/validation.py" line="112" />
            <source>Reach ({reach}) is higher than impressions ({impressions}). Impressions include repeat views, so they are normally at least the reach — check that the two are not swapped.</source>
            <translation>O alcance ({reach}) é maior que as impressões ({impressions}). As impressões incluem visualizações repetidas, então normalmente são pelo menos o alcance — verifique se os dois não estão trocados.</translation>
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
            <translation>Informe um valor, por exemplo {example}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="105" />
            <source>An amount cannot be negative.</source>
            <translation>Um valor não pode ser negativo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="112" />
            <source>“{text}” is not an amount. Write it like {example}.</source>
            <translation>“{text}” não é um valor. Escreva como {example}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="130" />
            <source>Enter a whole number (0 if none).</source>
            <translation>Informe um número inteiro (0 se não houver).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="135" />
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="144" />
            <source>“{text}” is not a whole number.</source>
            <translation>“{text}” não é um número inteiro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="140" />
            <source>Cannot be negative.</source>
            <translation>Não pode ser negativo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/money_fields.py" line="149" />
            <source>Too large: the allowed range is {range}.</source>
            <translation>Grande demais: o intervalo permitido é {range}.</translation>
        </message>
    </context>
    <context>
        <name>note_numbers</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/note_numbers.py" line="42" />
            <source>“{value}” is not a whole number here; write it like {example}.</source>
            <translation>“{value}” não é um número inteiro aqui; escreva como {example}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/note_numbers.py" line="65" />
            <source>“{value}” can be read two ways; write the rate with a decimal comma, e.g. {example}.</source>
            <translation>“{value}” pode ser lido de duas formas; escreva a taxa com vírgula decimal, por exemplo {example}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/note_numbers.py" line="69" />
            <source>“{value}” is not a percent; write it like {example}.</source>
            <translation>“{value}” não é uma porcentagem; escreva como {example}.</translation>
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
            <translation>Refazer {step}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/operations.py" line="152" />
            <source>Undo {step}</source>
            <translation>Desfazer {step}</translation>
        </message>
    </context>
    <context>
        <name>paths</name>
        <message>
            <location filename="../../microcomm_desktop/paths.py" line="30" />
            <source>a file with that name is in the way</source>
            <translation>um arquivo com esse nome está no caminho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/paths.py" line="31" />
            <source>part of the path is a file, not a folder</source>
            <translation>parte do caminho é um arquivo, não uma pasta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/paths.py" line="32" />
            <source>a folder is where the file should be</source>
            <translation>há uma pasta onde o arquivo deveria estar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/paths.py" line="33" />
            <location filename="../../microcomm_desktop/paths.py" line="34" />
            <source>permission denied</source>
            <translation>permissão negada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/paths.py" line="35" />
            <source>the drive is read-only</source>
            <translation>a unidade é somente leitura</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/paths.py" line="36" />
            <source>the disk is full</source>
            <translation>o disco está cheio</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/paths.py" line="37" />
            <source>a folder on the way does not exist and cannot be created</source>
            <translation>uma pasta do caminho não existe e não pode ser criada</translation>
        </message>
    </context>
    <context>
        <name>report_charts</name>
        <message>
            <location filename="../../microcomm_desktop/report_charts.py" line="126" />
            <source>No data for these weeks yet (n/a)</source>
            <translation>Ainda não há dados destas semanas (n/d)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/report_charts.py" line="146" />
            <source>Returning engagers (30 days): share % (line, left) and count (bars, right)</source>
            <translation>Participantes recorrentes (30 dias): parcela % (linha, esquerda) e número (barras, direita)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/report_charts.py" line="154" />
            <source>Replies per 1,000 reach</source>
            <translation>Respostas por 1.000 de alcance</translation>
        </message>
    </context>
    <context>
        <name>services.backups</name>
        <message>
            <location filename="../../microcomm_desktop/services/backups.py" line="55" />
            <source>{path} is not a file. Nothing was changed.</source>
            <translation>{path} não é um arquivo. Nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/backups.py" line="62" />
            <source>The backup {name} was made by a newer version of MicroComm ({schema}); update MicroComm to restore it. Nothing was changed.</source>
            <translation>O backup {name} foi feito por uma versão mais nova do MicroComm ({schema}); atualize o MicroComm para restaurá-lo. Nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/backups.py" line="70" />
            <source>{problem} Nothing was changed.</source>
            <translation>{problem} Nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/backups.py" line="74" />
            <source>The backup {name} cannot be read ({reason}). Nothing was changed.</source>
            <translation>Não foi possível ler o backup {name} ({reason}). Nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/backups.py" line="116" />
            <location filename="../../microcomm_desktop/services/backups.py" line="120" />
            <source>Cannot be restored: {problem}</source>
            <translation>Não pode ser restaurado: {problem}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/backups.py" line="126" />
            <source>%n workspace(s)</source>
            <translation>
                <numerusform>%n espaço de trabalho</numerusform>
                <numerusform>%n espaços de trabalho</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/backups.py" line="139" />
            <source>Cannot restore: {reason} Nothing was changed.</source>
            <translation>Não é possível restaurar: {reason} Nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/backups.py" line="154" />
            <source>The backup {name} could not be brought up to this version ({reason}); your data was put back as it was before (also saved as {safety}).</source>
            <translation>Não foi possível atualizar o backup {name} para esta versão ({reason}); seus dados voltaram a ficar como antes (também salvos como {safety}).</translation>
        </message>
    </context>
    <context>
        <name>services.brief</name>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="32" />
            <source>MISSING — add the line you use to disclose paid or gifted endorsements.</source>
            <translation>FALTANDO — adicione a linha que você usa para indicar recomendações pagas ou presenteadas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="59" />
            <source>Unassigned</source>
            <translation>Sem atribuição</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="71" />
            <source> (secondary)</source>
            <translation> (secundária)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="76" />
            <source>Rules</source>
            <translation>Regras</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="77" />
            <source>What to post</source>
            <translation>O que postar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="78" />
            <source>How to get help</source>
            <translation>Como pedir ajuda</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/brief.py" line="82" />
            <source>Reply within {minutes} minutes to the first %n comment(s) on key posts.</source>
            <translation>
                <numerusform>Responda em até {minutes} minutos ao primeiro comentário (%n) dos posts principais.</numerusform>
                <numerusform>Responda em até {minutes} minutos aos %n primeiros comentários dos posts principais.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="91" />
            <source>As of {day}</source>
            <translation>Em {day}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="95" />
            <location filename="../../microcomm_desktop/services/brief.py" line="140" />
            <source>not set</source>
            <translation>não definido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="97" />
            <location filename="../../microcomm_desktop/services/brief.py" line="149" />
            <location filename="../../microcomm_desktop/services/brief.py" line="197" />
            <source>Community brief — {workspace}</source>
            <translation>Resumo da comunidade — {workspace}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="100" />
            <location filename="../../microcomm_desktop/services/brief.py" line="153" />
            <source>Promise</source>
            <translation>Promessa</translation>
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
            <translation>Casa principal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="111" />
            <location filename="../../microcomm_desktop/services/brief.py" line="161" />
            <source>Recurring formats</source>
            <translation>Formatos recorrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="112" />
            <source>none yet</source>
            <translation>nenhum ainda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="114" />
            <location filename="../../microcomm_desktop/services/brief.py" line="166" />
            <source>Onboarding (pinned welcome post)</source>
            <translation>Boas-vindas (post de boas-vindas fixado)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="115" />
            <location filename="../../microcomm_desktop/services/brief.py" line="141" />
            <source>not written</source>
            <translation>não escrito</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="118" />
            <location filename="../../microcomm_desktop/services/brief.py" line="170" />
            <source>Rituals</source>
            <translation>Rituais</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="120" />
            <source>in {home}</source>
            <translation>em {home}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="121" />
            <source>recap: {recap}</source>
            <translation>recapitulação: {recap}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="125" />
            <source>no rituals scheduled</source>
            <translation>nenhum ritual agendado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="126" />
            <location filename="../../microcomm_desktop/services/brief.py" line="176" />
            <source>Prompts</source>
            <translation>Perguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="132" />
            <source>no prompts yet</source>
            <translation>nenhuma pergunta ainda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="133" />
            <location filename="../../microcomm_desktop/services/brief.py" line="182" />
            <source>Response SLA</source>
            <translation>SLA de resposta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="134" />
            <location filename="../../microcomm_desktop/services/brief.py" line="184" />
            <source>Disclosure line</source>
            <translation>Texto do aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="143" />
            <source>Ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="144" />
            <source>Schedule</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="145" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="146" />
            <source>Home</source>
            <translation>Casa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/brief.py" line="147" />
            <source>Recap</source>
            <translation>Recapitulação</translation>
        </message>
    </context>
    <context>
        <name>services.calibration</name>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="101" />
            <source>Calibrate from the last {periods} days (not {days}).</source>
            <translation>Calibre com os últimos {periods} dias (não {days}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="110" />
            <source>That workspace no longer exists.</source>
            <translation>Esse espaço de trabalho não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="142" />
            <source>whole weeks' returning share (30-day window each)</source>
            <translation>parcelas recorrentes de semanas completas (janela de 30 dias cada)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="149" />
            <source>feed posts' ER (by {definition})</source>
            <translation>ER de posts do feed (por {definition})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="150" />
            <source>polls' and Q and A posts' ER (by {definition})</source>
            <translation>ER de enquetes e posts de perguntas e respostas (por {definition})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="153" />
            <source>community posts' saves per 1,000 reach</source>
            <translation>salvamentos por 1.000 de alcance de posts community</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="154" />
            <source>community posts' replies per 1,000 reach</source>
            <translation>respostas por 1.000 de alcance de posts community</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="158" />
            <source>Not enough data: {count} {what} in the last {days} days (at least {need} needed).</source>
            <translation>Dados insuficientes: {count} {what} nos últimos {days} dias (são necessários pelo menos {need}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="163" />
            <source>No spread: the middle half of {count} {what} is a single value.</source>
            <translation>Sem dispersão: a metade central de {count} {what} é um único valor.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="167" />
            <source>P25–P75 of {count} {what}, {since} – {until}.</source>
            <translation>P25–P75 de {count} {what}, {since} – {until}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="223" />
            <source>Nothing to apply: no band could be proposed from this period.</source>
            <translation>Nada a aplicar: nenhuma faixa pôde ser proposta com este período.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="227" />
            <source>Unknown band {key}.</source>
            <translation>Faixa desconhecida {key}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="230" />
            <source>{band}: the band must run from a lower to a higher value.</source>
            <translation>{band}: a faixa deve ir de um valor menor a um maior.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="288" />
            <source>{text}: type the band as LOW–HIGH, e.g. 6–15.</source>
            <translation>{text}: digite a faixa como MÍNIMO–MÁXIMO, p. ex. 6–15.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/calibration.py" line="292" />
            <source>{text}: the band runs from a lower to a higher value, both 0 or more.</source>
            <translation>{text}: a faixa vai de um valor menor a um maior, ambos 0 ou mais.</translation>
        </message>
    </context>
    <context>
        <name>services.chat_import</name>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="105" />
            <source>{name} holds {count} files; that is not a chat export.</source>
            <translation>{name} contém {count} arquivos; isso não é uma exportação de chat.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="139" />
            <source>{name} is empty.</source>
            <translation>{name} está vazio.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="143" />
            <source>Cannot read {path}: {reason}.</source>
            <translation>Não foi possível ler {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="149" />
            <source>{name} cannot be read as a chat export ({reason}).</source>
            <translation>{name} não pode ser lido como exportação de chat ({reason}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="221" />
            <source>{platform} export {title}: {messages}, {people}, {threads} ({deep}), {days}.</source>
            <translation>Exportação do {platform} {title}: {messages}, {people}, {threads} ({deep}), {days}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="227" />
            <location filename="../../microcomm_desktop/services/chat_import.py" line="245" />
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n mensagem</numerusform>
                <numerusform>%n mensagens</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="228" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n pessoa</numerusform>
                <numerusform>%n pessoas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="229" />
            <source>%n thread(s)</source>
            <translation>
                <numerusform>%n conversa</numerusform>
                <numerusform>%n conversas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="230" />
            <source>%n deep</source>
            <translation>
                <numerusform>%n profunda</numerusform>
                <numerusform>%n profundas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="231" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dia</numerusform>
                <numerusform>%n dias</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="235" />
            <source>Cancelled: nothing was written.</source>
            <translation>Cancelado: nada foi gravado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="237" />
            <source>Dry run: nothing was written.</source>
            <translation>Simulação: nada foi gravado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="239" />
            <source>Added {messages} and {people}.</source>
            <translation>Adicionadas {messages} e {people}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="241" />
            <source>Would add {messages} and {people}.</source>
            <translation>Seriam adicionadas {messages} e {people}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="246" />
            <source>%n new person(s)</source>
            <translation>
                <numerusform>%n pessoa nova</numerusform>
                <numerusform>%n pessoas novas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="251" />
            <source>%n direct message(s) (counted as DMs).</source>
            <translation>
                <numerusform>%n mensagem direta (contada como DM).</numerusform>
                <numerusform>%n mensagens diretas (contadas como DMs).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="254" />
            <source>%n message(s) by your own handles: kept for response times, not engagers.</source>
            <translation>
                <numerusform>%n mensagem dos seus próprios perfis: mantida para os tempos de resposta, não são participantes.</numerusform>
                <numerusform>%n mensagens dos seus próprios perfis: mantidas para os tempos de resposta, não são participantes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="263" />
            <source>%n reaction(s) counted on their messages (reactions are not people).</source>
            <translation>
                <numerusform>%n reação contada na mensagem (reações não são pessoas).</numerusform>
                <numerusform>%n reações contadas nas mensagens (reações não são pessoas).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="272" />
            <source>Skipped {count}: {reason}.</source>
            <translation>Ignoradas {count}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="278" />
            <source>Renamed: @{handle} now writes as {name}; kept as one person.</source>
            <translation>Renomeado: @{handle} agora escreve como {name}; mantido como uma só pessoa.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="284" />
            <source>{where}: not imported: {reason}</source>
            <translation>{where}: não importado: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="289" />
            <source>… and %n more unreadable entries.</source>
            <translation>
                <numerusform>… e mais %n entrada ilegível.</numerusform>
                <numerusform>… e mais %n entradas ilegíveis.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="301" />
            <source>system messages (joins, leaves, pins, calls, renames)</source>
            <translation>mensagens do sistema (entradas, saídas, fixados, chamadas, renomeações)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="302" />
            <source>messages by bots</source>
            <translation>mensagens de bots</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="303" />
            <source>already imported (same message in an earlier import)</source>
            <translation>já importadas (a mesma mensagem em uma importação anterior)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="304" />
            <source>the same message twice in the file</source>
            <translation>a mesma mensagem duas vezes no arquivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="305" />
            <source>messages by people you asked the app to forget</source>
            <translation>mensagens de pessoas que você pediu ao app para esquecer</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="362" />
            <source>That workspace no longer exists.</source>
            <translation>Esse espaço de trabalho não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="486" />
            <source>Messages posted as the channel itself count as yours: {handles} becomes an own handle of this workspace.</source>
            <translation>Mensagens postadas como o próprio canal contam como suas: {handles} passa a ser um perfil próprio deste espaço de trabalho.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/chat_import.py" line="492" />
            <source>Messages posted as the channel itself count as yours: {handles} become an own handle of this workspace.</source>
            <translation>Mensagens postadas como o próprio canal contam como suas: {handles} passam a ser perfis próprios deste espaço de trabalho.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/chat_import.py" line="606" />
            <source>%n reply/replies answer(s) a message that is not in this file or the workspace; each starts its own thread.</source>
            <translation>
                <numerusform>%n resposta responde a uma mensagem que não está neste arquivo nem no espaço de trabalho; ela começa a própria conversa.</numerusform>
                <numerusform>%n respostas respondem a uma mensagem que não está neste arquivo nem no espaço de trabalho; cada uma começa a própria conversa.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>services.conflicts</name>
        <message>
            <location filename="../../microcomm_desktop/services/conflicts.py" line="23" />
            <source>another member</source>
            <translation>outro membro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/conflicts.py" line="25" />
            <source>Not saved: {who} changed this {what} after you opened it.</source>
            <translation>Não salvo: {who} alterou este item ({what}) depois que você o abriu.</translation>
        </message>
    </context>
    <context>
        <name>services.context</name>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="120" />
            <source>the folder {path} cannot be written (a read-only drive or folder)</source>
            <translation>a pasta {path} não pode ser gravada (uma unidade ou pasta somente leitura)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="152" />
            <source>the disk is full ({free} MB free)</source>
            <translation>o disco está cheio ({free} MB livres)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="187" />
            <source>MicroComm cannot open the team database ({server}): {reason}. Check the address, the user name and password, and that the server is running; nothing was changed.</source>
            <translation>O MicroComm não consegue abrir o banco de dados da equipe ({server}): {reason}. Confira o endereço, o usuário e a senha, e se o servidor está em execução; nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="204" />
            <source>MicroComm cannot create its data file in {path}: {reason}.</source>
            <translation>O MicroComm não consegue criar o arquivo de dados em {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="212" />
            <source>MicroComm cannot open {path}: {reason}, and the last session did not finish writing. Make the folder writable (or free some space) so MicroComm can complete it; nothing was changed.</source>
            <translation>O MicroComm não consegue abrir {path}: {reason}, e a última sessão não terminou de gravar. Torne a pasta gravável (ou libere espaço) para o MicroComm concluir; nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="226" />
            <source>{path} was written by an older version and must be upgraded before it can be opened, but {reason}. Nothing was changed.</source>
            <translation>{path} foi gravado por uma versão anterior e precisa ser atualizado antes de abrir, mas {reason}. Nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="233" />
            <source>Read-only: {reason}. You can look and export; changes cannot be saved.</source>
            <translation>Somente leitura: {reason}. Você pode ver e exportar; as alterações não podem ser salvas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/context.py" line="249" />
            <source>The data file {path} is damaged: {reason}.</source>
            <translation>O arquivo de dados {path} está danificado: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>services.creators</name>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="250" />
            <source>Audience size cannot be negative.</source>
            <translation>O tamanho do público não pode ser negativo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="252" />
            <source>Status must be one of {statuses}.</source>
            <translation>O status deve ser um destes: {statuses}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="258" />
            <source>Must be between 0 and {upper}.</source>
            <translation>Deve estar entre 0 e {upper}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="261" />
            <source>Pick the workspace holding the creator's own export, not this one.</source>
            <translation>Escolha o espaço de trabalho com a exportação do próprio criador, não este.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="267" />
            <source>That workspace no longer exists.</source>
            <translation>Esse espaço de trabalho não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="314" />
            <location filename="../../microcomm_desktop/services/creators.py" line="323" />
            <location filename="../../microcomm_desktop/services/creators.py" line="329" />
            <location filename="../../microcomm_desktop/services/creators.py" line="356" />
            <location filename="../../microcomm_desktop/services/creators.py" line="591" />
            <location filename="../../microcomm_desktop/services/creators.py" line="747" />
            <source>This creator no longer exists.</source>
            <translation>Este criador não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="620" />
            <source>Cannot edit {fields} of an evidence entry.</source>
            <translation>Não é possível editar {fields} de uma evidência.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="627" />
            <location filename="../../microcomm_desktop/services/creators.py" line="645" />
            <source>This evidence entry no longer exists.</source>
            <translation>Esta evidência não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="713" />
            <location filename="../../microcomm_desktop/services/creators.py" line="830" />
            <source>Deal {id}</source>
            <translation>Acordo {id}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="725" />
            <source>This deal no longer exists.</source>
            <translation>Este acordo não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="730" />
            <source>The creator and the deal must be in the same workspace.</source>
            <translation>O criador e o acordo precisam estar no mesmo espaço de trabalho.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="788" />
            <source>undated</source>
            <translation>sem data</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="798" />
            <source>Replies per 1k reach</source>
            <translation>Respostas por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="799" />
            <source>Engagement rate</source>
            <translation>Taxa de engajamento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="800" />
            <source>Returning share (30 d)</source>
            <translation>Parcela de recorrentes (30 dias)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="806" />
            <source>{value} (measured in '{workspace}')</source>
            <translation>{value} (medido em “{workspace}”)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="810" />
            <source>{value} (reported)</source>
            <translation>{value} (informado)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="817" />
            <source>Deal</source>
            <translation>Acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="818" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="819" />
            <source>Total cost</source>
            <translation>Custo total</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="820" />
            <source>Impressions</source>
            <translation>Impressões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="821" />
            <source>Conversions</source>
            <translation>Conversões</translation>
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
            <translation>Todos os acordos ({count})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="876" />
            <location filename="../../microcomm_desktop/services/creators.py" line="963" />
            <source>status: {status}</source>
            <translation>status: {status}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="879" />
            <location filename="../../microcomm_desktop/services/creators.py" line="967" />
            <source>audience {count}</source>
            <translation>público {count}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="891" />
            <location filename="../../microcomm_desktop/services/creators.py" line="974" />
            <source>Proof of conversation: {verdict} (score {score} / 100)</source>
            <translation>Prova de conversa: {verdict} (pontuação {score} / 100)</translation>
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
            <translation>ainda não perguntado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="904" />
            <location filename="../../microcomm_desktop/services/creators.py" line="983" />
            <source>What their audience struggles with this week:</source>
            <translation>Com o que o público está tendo dificuldade nesta semana:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="911" />
            <location filename="../../microcomm_desktop/services/creators.py" line="986" />
            <source>Evidence ({count})</source>
            <translation>Evidências ({count})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="927" />
            <location filename="../../microcomm_desktop/services/creators.py" line="989" />
            <source>question answered with specifics</source>
            <translation>pergunta respondida com detalhes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="938" />
            <location filename="../../microcomm_desktop/services/creators.py" line="999" />
            <source>Deal history (blended = creator fees + paid media)</source>
            <translation>Histórico de acordos (combinado = cachê do criador + mídia paga)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="941" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1001" />
            <source>No deals linked yet.</source>
            <translation>Nenhum acordo vinculado ainda.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="950" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1011" />
            <source>Prepared {date} with MicroComm Desktop.</source>
            <translation>Preparado em {date} com o MicroComm Desktop.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="962" />
            <source>no niche set</source>
            <translation>nenhum nicho definido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="1033" />
            <source>{name} — creator</source>
            <translation>{name} — criador</translation>
        </message>
    </context>
    <context>
        <name>services.deals</name>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="84" />
            <source>draft</source>
            <extracomment>Free-text columns of a deal, grouped the way docs/domain.md §5 lists a brief's components (form pages use it).</extracomment>
            <translation>rascunho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="85" />
            <source>offered</source>
            <translation>oferecido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="86" />
            <source>signed</source>
            <translation>assinado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="87" />
            <source>live</source>
            <translation>no ar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="88" />
            <source>done</source>
            <translation>concluído</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="89" />
            <source>lost</source>
            <translation>perdido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="102" />
            <source>Usage rights</source>
            <translation>Direitos de uso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="103" />
            <source>Whitelisting</source>
            <translation>Whitelisting</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="104" />
            <source>Exclusivity</source>
            <translation>Exclusividade</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="105" />
            <source>Measurement</source>
            <translation>Mensuração</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="118" />
            <source>Channels</source>
            <translation>Canais</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="119" />
            <source>Duration</source>
            <translation>Duração</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="120" />
            <source>Region</source>
            <translation>Região</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="121" />
            <source>Edits allowed</source>
            <translation>Edições permitidas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="122" />
            <source>Access method</source>
            <translation>Forma de acesso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="123" />
            <source>Ad duration</source>
            <translation>Duração dos anúncios</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="124" />
            <source>Approvals</source>
            <translation>Aprovações</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="125" />
            <source>Competitor list</source>
            <translation>Lista de concorrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="126" />
            <source>Timeframe</source>
            <translation>Período</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="127" />
            <source>Platforms</source>
            <translation>Plataformas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="128" />
            <source>UTMs</source>
            <translation>UTMs</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="129" />
            <source>Codes</source>
            <translation>Códigos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="130" />
            <source>Reporting cadence</source>
            <translation>Frequência dos relatórios</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="138" />
            <source>Deal {id} no longer exists.</source>
            <translation>O acordo {id} não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="143" />
            <source>Export as .md or .pdf, not {suffix}.</source>
            <translation>Exporte como .md ou .pdf, não como {suffix}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="144" />
            <source>Export as .md or .pdf, not a file without extension.</source>
            <translation>Exporte como .md ou .pdf, não como um arquivo sem extensão.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="271" />
            <source>no sponsored posts linked yet</source>
            <translation>nenhum post patrocinado vinculado ainda</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/deals.py" line="273" />
            <source>none of %n sponsored post(s) spot-checked yet</source>
            <translation>
                <numerusform>nenhum de %n post patrocinado verificado ainda</numerusform>
                <numerusform>nenhum de %n posts patrocinados verificado ainda</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/deals.py" line="275" />
            <source>{carried} of %n checked sponsored post(s) carried the disclosure line ({share}); {not_checked} not checked</source>
            <translation>
                <numerusform>{carried} de %n post patrocinado verificado trazia o aviso ({share}); {not_checked} sem verificação</numerusform>
                <numerusform>{carried} de %n posts patrocinados verificados traziam o aviso ({share}); {not_checked} sem verificação</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="316" />
            <source>Unknown deal fields: {fields}.</source>
            <translation>Campos de acordo desconhecidos: {fields}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="320" />
            <source>Name the brand (or give the deal a title).</source>
            <translation>Informe a marca (ou dê um título ao acordo).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="322" />
            <source>Status is one of: {statuses}.</source>
            <translation>O status é um de: {statuses}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="329" />
            <source>Enter an amount (0 if none).</source>
            <translation>Informe um valor (0 se não houver).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="332" />
            <source>Not an amount.</source>
            <translation>Não é um valor.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="334" />
            <source>Amount cannot be negative.</source>
            <translation>O valor não pode ser negativo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="340" />
            <source>Enter a whole number, 0 or more.</source>
            <translation>Informe um número inteiro, 0 ou mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="345" />
            <source>The end date is before the start date.</source>
            <translation>A data de término é anterior à de início.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="348" />
            <source>Line {i}: unknown kind {kind}.</source>
            <translation>Linha {i}: tipo desconhecido {kind}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="352" />
            <source>Line {i}: quantity cannot be negative.</source>
            <translation>Linha {i}: a quantidade não pode ser negativa.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="354" />
            <source>Quantity</source>
            <translation>Quantidade</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="355" />
            <source>Amount</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="356" />
            <location filename="../../microcomm_desktop/services/deals.py" line="358" />
            <source>Line {i}: {problem}</source>
            <translation>Linha {i}: {problem}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="357" />
            <source>Price</source>
            <translation>Preço</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="360" />
            <source>Line {i}: price cannot be negative.</source>
            <translation>Linha {i}: o preço não pode ser negativo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="362" />
            <source>Line {i}: only a discount line can be negative.</source>
            <translation>Linha {i}: só uma linha de desconto pode ser negativa.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="366" />
            <source>Line {i}: name the deliverable's format.</source>
            <translation>Linha {i}: informe o formato da entrega.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="625" />
            <source>Brand</source>
            <translation>Marca</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="626" />
            <source>Creator name</source>
            <translation>Nome do criador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="627" />
            <source>Creator (roster id)</source>
            <translation>Criador (id da lista)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="628" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="629" />
            <source>Disclosure line</source>
            <translation>Texto do aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="630" />
            <source>Creator fee</source>
            <translation>Cachê do criador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="631" />
            <source>Paid media</source>
            <translation>Mídia paga</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="632" />
            <source>Whitelist test budget</source>
            <translation>Orçamento de teste de whitelisting</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="633" />
            <source>Revenue</source>
            <translation>Receita</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="634" />
            <location filename="../../microcomm_desktop/services/deals.py" line="974" />
            <source>Impressions</source>
            <translation>Impressões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="635" />
            <location filename="../../microcomm_desktop/services/deals.py" line="975" />
            <source>Views</source>
            <translation>Visualizações</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="636" />
            <location filename="../../microcomm_desktop/services/deals.py" line="976" />
            <source>Conversions</source>
            <translation>Conversões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="637" />
            <source>Start date</source>
            <translation>Data de início</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="638" />
            <source>End date</source>
            <translation>Data de término</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="639" />
            <source>Quote valid until</source>
            <translation>Orçamento válido até</translation>
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
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="643" />
            <source>Line {i}</source>
            <translation>Linha {i}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/deals.py" line="673" />
            <source>%n linked post(s) are not in this workspace's log.</source>
            <translation>
                <numerusform>%n post vinculado não está no registro deste espaço de trabalho.</numerusform>
                <numerusform>%n posts vinculados não estão no registro deste espaço de trabalho.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="682" />
            <source>That creator is not in this workspace.</source>
            <translation>Esse criador não está neste espaço de trabalho.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="699" />
            <source>That deal belongs to another workspace.</source>
            <translation>Esse acordo pertence a outro espaço de trabalho.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="831" />
            <source>Post {post}: say when it was checked.</source>
            <translation>Post {post}: informe quando ele foi verificado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="853" />
            <source>Post {post} is not linked to this deal's deliverables.</source>
            <translation>O post {post} não está vinculado às entregas deste acordo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="918" />
            <source>deal {id}</source>
            <translation>acordo {id}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="919" />
            <source>Deal report: {name}</source>
            <translation>Relatório do acordo: {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="942" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="953" />
            <source>not set</source>
            <translation>não definido</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/deals.py" line="959" />
            <source>%n linked post(s)</source>
            <translation>
                <numerusform>%n post vinculado</numerusform>
                <numerusform>%n posts vinculados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="961" />
            <source>typed in</source>
            <translation>digitado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="967" />
            <source>Creator</source>
            <translation>Criador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="968" />
            <source>Dates</source>
            <translation>Datas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="970" />
            <source>Total cost (fees + paid media)</source>
            <translation>Custo total (cachê + mídia paga)</translation>
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
            <translation>(sem título)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="986" />
            <source>not checked</source>
            <translation>não verificado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="988" />
            <source>yes</source>
            <translation>sim</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="988" />
            <source>NO — missing</source>
            <translation>NÃO — está faltando</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1000" />
            <source>Figures</source>
            <translation>Números</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1001" />
            <source>Figure</source>
            <translation>Número</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1002" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1003" />
            <source>Disclosure spot-checks</source>
            <translation>Verificações do aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1004" />
            <source>Disclosure line:</source>
            <translation>Texto do aviso:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1005" />
            <source>(none written down)</source>
            <translation>(nenhum anotado)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1006" />
            <source>Post date</source>
            <translation>Data do post</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1007" />
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1008" />
            <source>Line present</source>
            <translation>Aviso presente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1009" />
            <source>Checked on</source>
            <translation>Verificado em</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1010" />
            <source>generated {date}</source>
            <translation>gerado em {date}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1011" />
            <source>Blended = (creator fees + paid media) / impressions × 1,000 (CPM), / views (CPV), / conversions (CPA).</source>
            <translation>Combinado = (cachê do criador + mídia paga) / impressões × 1.000 (CPM), / visualizações (CPV), / conversões (CPA).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/deals.py" line="1015" />
            <source>n/a = nothing to divide by yet.</source>
            <translation>n/d = ainda não há pelo que dividir.</translation>
        </message>
    </context>
    <context>
        <name>services.decisions</name>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="24" />
            <source>Replies per 1k reach</source>
            <translation>Respostas por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="25" />
            <source>Saves per 1k reach</source>
            <translation>Salvamentos por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="26" />
            <source>Engagement rate</source>
            <translation>Taxa de engajamento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="27" />
            <source>Returning engagers reached</source>
            <translation>Participantes recorrentes alcançados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="28" />
            <source>Returning share</source>
            <translation>Parcela recorrente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="29" />
            <source>Post count</source>
            <translation>Número de posts</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="30" />
            <source>Other</source>
            <translation>Outro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="72" />
            <source>That workspace no longer exists.</source>
            <translation>Esse espaço de trabalho não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="80" />
            <source>Write the decision, e.g. “dropped the carousel format: saves/1k fell 3 weeks in a row”.</source>
            <translation>Escreva a decisão, p. ex. “deixei o formato carrossel: os salvamentos/1.000 caíram 3 semanas seguidas”.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="87" />
            <source>Keep the decision under {limit} characters (it has {length}).</source>
            <translation>Mantenha a decisão abaixo de {limit} caracteres (ela tem {length}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="93" />
            <source>Pick the metric the decision rests on ({keys}).</source>
            <translation>Escolha a métrica em que a decisão se baseia ({keys}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/decisions.py" line="151" />
            <location filename="../../microcomm_desktop/services/decisions.py" line="171" />
            <source>That decision no longer exists.</source>
            <translation>Essa decisão não existe mais.</translation>
        </message>
    </context>
    <context>
        <name>services.drafts</name>
        <message>
            <location filename="../../microcomm_desktop/services/drafts.py" line="34" />
            <source>an earlier session</source>
            <translation>uma sessão anterior</translation>
        </message>
    </context>
    <context>
        <name>services.engagers</name>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="66" />
            <source>Type the person's handle, e.g. @ana or discord:ana.</source>
            <translation>Digite o perfil da pessoa, ex.: @ana ou discord:ana.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="76" />
            <source>No person @{handle} on {platform} in this workspace.</source>
            <translation>Não há nenhuma pessoa @{handle} em {platform} neste espaço de trabalho.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="80" />
            <source>No person @{handle} in this workspace.</source>
            <translation>Não há nenhuma pessoa @{handle} neste espaço de trabalho.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="84" />
            <source>@{handle} is on several platforms ({options}); name one, e.g. {example}.</source>
            <translation>@{handle} está em várias plataformas ({options}); indique uma, ex.: {example}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/engagers.py" line="104" />
            <source>Merged {removed} into {kept}: %Ln interaction(s) moved (undo: {command}).</source>
            <translation>
                <numerusform>{removed} mesclado em {kept}: %Ln interação movida (desfazer: {command}).</numerusform>
                <numerusform>{removed} mesclado em {kept}: %Ln interações movidas (desfazer: {command}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="116" />
            <source>Pick two different people to merge.</source>
            <translation>Escolha duas pessoas diferentes para mesclar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="129" />
            <source>One of these people no longer exists in this workspace.</source>
            <translation>Uma dessas pessoas não existe mais neste espaço de trabalho.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="221" />
            <source>No merge {id} to undo in this workspace (see: {command}).</source>
            <translation>Não há nenhuma mesclagem {id} para desfazer neste espaço de trabalho (veja: {command}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="237" />
            <source>@{handle} exists again (a later import); merge or forget that one first.</source>
            <translation>@{handle} existe de novo (uma importação posterior); mescle ou esqueça essa pessoa primeiro.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/engagers.py" line="289" />
            <source>Forgot {person}: the person and %Ln interaction(s) were erased from this workspace.</source>
            <translation>
                <numerusform>{person} esquecido: a pessoa e %Ln interação foram apagadas deste espaço de trabalho.</numerusform>
                <numerusform>{person} esquecido: a pessoa e %Ln interações foram apagadas deste espaço de trabalho.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="293" />
            <source>The database file was rewritten, so future backups do not hold them.</source>
            <translation>O arquivo do banco de dados foi regravado, então os backups futuros não os contêm.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/engagers.py" line="299" />
            <source>{holding} of %n existing backup(s) still hold them (delete these files to erase them everywhere):</source>
            <translation>
                <numerusform>Ainda estão em {holding} de %n backup existente (exclua estes arquivos para apagá-los em todo lugar):</numerusform>
                <numerusform>Ainda estão em {holding} dos %n backups existentes (exclua estes arquivos para apagá-los em todo lugar):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/engagers.py" line="303" />
            <source>None of the %n existing backup(s) holds them.</source>
            <translation>
                <numerusform>O %n backup existente não os contém.</numerusform>
                <numerusform>Nenhum dos %n backups existentes os contém.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="305" />
            <source>There are no backups.</source>
            <translation>Não há backups.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="307" />
            <source>Could not check {file}: {reason}</source>
            <translation>Não foi possível verificar {file}: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="328" />
            <source>{person} no longer exists in this workspace.</source>
            <translation>{person} não existe mais neste espaço de trabalho.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="366" />
            <source>On a team server the rows are deleted from every table; the server's own VACUUM reclaims their space (ask its administrator to run VACUUM FULL to rewrite the files now).</source>
            <translation>Em um servidor de equipe as linhas são apagadas de todas as tabelas; o VACUUM do próprio servidor recupera o espaço (peça à administração que execute VACUUM FULL para regravar os arquivos agora).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/engagers.py" line="383" />
            <source>The deleted rows were overwritten in the file, but it could not be compacted now ({error}); older copies of its pages may stay in the write-ahead log until SQLite next checkpoints it (close other programs using this data to let it).</source>
            <translation>As linhas apagadas foram sobrescritas no arquivo, mas não foi possível compactá-lo agora ({error}); cópias antigas das páginas podem ficar no log de escrita antecipada até o próximo checkpoint do SQLite (feche outros programas que usam estes dados para permitir).</translation>
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
            <translation>impressões</translation>
        </message>
    </context>
    <context>
        <name>services.ics</name>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="92" />
            <source>“{name}” is not in the file: there is no {weekdays} between {start} and {end}</source>
            <translation>“{name}” não está no arquivo: não há nenhum {weekdays} entre {start} e {end}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="100" />
            <source>its end</source>
            <translation>o fim dele</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="191" />
            <source>file</source>
            <translation>arquivo</translation>
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
            <translation>data pulada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="201" />
            <source>warning</source>
            <translation>aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="202" />
            <source>not imported</source>
            <translation>não importado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="253" />
            <source>Would create {rituals} ritual(s), {events} one-off event(s) and {skips} skipped date(s) from {vevents} event(s) in {calendars} calendar(s); {not_imported} not imported, {warnings} warning(s).</source>
            <translation>Seriam criados {rituals} ritual(is), {events} evento(s) avulso(s) e {skips} data(s) pulada(s) a partir de {vevents} evento(s) em {calendars} calendário(s); {not_imported} não importado(s), {warnings} aviso(s).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="255" />
            <source>Created {rituals} ritual(s), {events} one-off event(s) and {skips} skipped date(s) from {vevents} event(s) in {calendars} calendar(s); {not_imported} not imported, {warnings} warning(s).</source>
            <translation>Foram criados {rituals} ritual(is), {events} evento(s) avulso(s) e {skips} data(s) pulada(s) a partir de {vevents} evento(s) em {calendars} calendário(s); {not_imported} não importado(s), {warnings} aviso(s).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="343" />
            <source>This file is damaged: it says it is UTF-16 text but is not.</source>
            <translation>Este arquivo está danificado: diz que é texto UTF-16, mas não é.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="354" />
            <source>This is a ZIP archive, not a calendar file: unzip it and import the .ics inside.</source>
            <translation>Isto é um arquivo ZIP, não um arquivo de calendário: descompacte-o e importe o .ics que está dentro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="359" />
            <source>This is a PDF document, not a calendar file (.ics).</source>
            <translation>Isto é um documento PDF, não um arquivo de calendário (.ics).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="361" />
            <source>This is not a readable calendar file: it is empty.</source>
            <translation>Não é um arquivo de calendário legível: está vazio.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="378" />
            <source>This is not a readable calendar file: it has no BEGIN:VCALENDAR line.</source>
            <translation>Não é um arquivo de calendário legível: não tem a linha BEGIN:VCALENDAR.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="393" />
            <source>This is not a readable calendar file: {why}</source>
            <translation>Não é um arquivo de calendário legível: {why}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="395" />
            <source>its time-zone definitions (VTIMEZONE) are malformed: zones were looked up by name instead</source>
            <translation>as definições de fuso horário (VTIMEZONE) estão malformadas: os fusos foram procurados pelo nome</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="400" />
            <source>This is not a readable calendar file: it has no VCALENDAR.</source>
            <translation>Não é um arquivo de calendário legível: não contém nenhum VCALENDAR.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="440" />
            <source>unknown zone “{zone}”: times without a zone read as {workspace_zone}</source>
            <translation>fuso desconhecido “{zone}”: horários sem fuso são lidos como {workspace_zone}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="463" />
            <source>an older copy of event #{number} (same UID, lower SEQUENCE)</source>
            <translation>uma cópia mais antiga do evento #{number} (mesmo UID, SEQUENCE menor)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="475" />
            <location filename="../../microcomm_desktop/services/ics.py" line="485" />
            <source>could not be read ({why})</source>
            <translation>não pôde ser lido ({why})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="489" />
            <source>the calendar holds no events ({todos} to-do item(s) are not calendar events)</source>
            <translation>o calendário não contém eventos ({todos} tarefa(s) não são eventos de calendário)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="493" />
            <source>the calendar holds no events</source>
            <translation>o calendário não contém eventos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="534" />
            <source>its {property} line cannot be read: {detail}</source>
            <translation>a linha {property} não pode ser lida: {detail}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="558" />
            <source>it has no start (DTSTART)</source>
            <translation>não tem início (DTSTART)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="561" />
            <source>it has {count} start times (DTSTART lines)</source>
            <translation>tem {count} horários de início (linhas DTSTART)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="572" />
            <source>time zone “{zone}” is not defined in the file: read as {label}</source>
            <translation>o fuso horário “{zone}” não está definido no arquivo: lido como {label}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="576" />
            <source>time zone “{zone}” is unknown and the file does not define it: its times are read as {label}</source>
            <translation>o fuso horário “{zone}” é desconhecido e o arquivo não o define: os horários são lidos como {label}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="592" />
            <source>its end is not after its start: its length is stored as 1 minute</source>
            <translation>o fim não é depois do início: a duração é salva como 1 minuto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="594" />
            <source>it lasts {hours} hours: its length is stored as 24 hours, the longest an entry can last</source>
            <translation>dura {hours} horas: a duração é salva como 24 horas, o máximo que uma entrada pode durar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="657" />
            <source>spanning {days} days (shown on its first day)</source>
            <translation>de {days} dias (mostrado no primeiro dia)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="664" />
            <source>secondly</source>
            <translation>a cada segundo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="665" />
            <source>minutely</source>
            <translation>a cada minuto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="666" />
            <source>hourly</source>
            <translation>a cada hora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="667" />
            <source>daily</source>
            <translation>diariamente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="668" />
            <source>weekly</source>
            <translation>semanalmente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="669" />
            <source>monthly</source>
            <translation>mensalmente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="670" />
            <source>yearly</source>
            <translation>anualmente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="671" />
            <source>irregularly</source>
            <translation>de forma irregular</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="673" />
            <source>every {n}</source>
            <translation>a cada {n}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="674" />
            <source>repeats {how}: only weekly (or daily) events become rituals</source>
            <translation>repete {how}: só eventos semanais (ou diários) viram rituais</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="687" />
            <source>the event is cancelled (STATUS:CANCELLED)</source>
            <translation>o evento está cancelado (STATUS:CANCELLED)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="702" />
            <source>one-off event</source>
            <translation>evento avulso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="707" />
            <source>extra date (RDATE)</source>
            <translation>data extra (RDATE)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="712" />
            <source>it has several RRULEs: a ritual repeats one way</source>
            <translation>tem várias RRULEs: um ritual se repete de um só jeito</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="718" />
            <source>it uses EXRULE, which rituals cannot express</source>
            <translation>usa EXRULE, que os rituais não conseguem expressar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="740" />
            <source>its rule uses {parts}: only plain weekly events become rituals</source>
            <translation>a regra usa {parts}: só eventos semanais simples viram rituais</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="747" />
            <source>all-day series: a ritual needs a time</source>
            <translation>série de dia inteiro: um ritual precisa de um horário</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="757" />
            <source>unusual weekday rule “{rule}”</source>
            <translation>regra de dia da semana incomum “{rule}”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="786" />
            <source>first date (DTSTART) of “{name}”, off its weekdays</source>
            <translation>primeira data (DTSTART) de “{name}”, fora dos dias da semana dele</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="797" />
            <source>its rule ends before its first occurrence</source>
            <translation>a regra termina antes da primeira sessão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="844" />
            <source>{date} at {time}</source>
            <translation>{date} às {time}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="852" />
            <source>{count} of its dates between {first} and {last} really start at another time here: {dates}</source>
            <translation>{count} das datas entre {first} e {last} começam na verdade em outro horário aqui: {dates}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="861" />
            <source>(and {more} more)</source>
            <translation>(e mais {more})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="863" />
            <source>{zone} and {workspace_zone} do not change their clocks together; the ritual keeps {time}</source>
            <translation>{zone} e {workspace_zone} não mudam o relógio ao mesmo tempo; o ritual mantém {time}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="870" />
            <source>later years move the same way</source>
            <translation>os anos seguintes mudam do mesmo jeito</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="886" />
            <source>EXDATE {date} is not one of its dates: ignored</source>
            <translation>EXDATE {date} não é uma das datas dele: ignorado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="901" />
            <source>extra date (RDATE) of “{name}”</source>
            <translation>data extra (RDATE) de “{name}”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="972" />
            <source>a cancelled instance of a series not imported</source>
            <translation>uma ocorrência cancelada de uma série não importada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="984" />
            <source>changed instance of a series not imported</source>
            <translation>ocorrência alterada de uma série não importada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="997" />
            <source>cancels a time that is not one of “{name}”'s: ignored</source>
            <translation>cancela um horário que não é de “{name}”: ignorado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1005" />
            <source>change of “{name}” at a time the series does not have</source>
            <translation>alteração de “{name}” em um horário que a série não tem</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1024" />
            <source>the {date} date of “{name}” has its own text in the file; the ritual keeps its own</source>
            <translation>a data {date} de “{name}” tem texto próprio no arquivo; o ritual mantém o dele</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1039" />
            <source>moved from {date} of “{name}” (that date is marked skipped)</source>
            <translation>movido de {date} de “{name}” (essa data fica marcada como pulada)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1072" />
            <source>already a ritual with the same days and time (left unchanged)</source>
            <translation>já existe um ritual com os mesmos dias e horário (mantido sem alterações)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1087" />
            <source>until {date}</source>
            <translation>até {date}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1097" />
            <source>{days} {time} ({minutes} min) from {date}</source>
            <translation>{days} {time} ({minutes} min) a partir de {date}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1114" />
            <source>a date of “{name}”, which was not imported</source>
            <translation>uma data de “{name}”, que não foi importado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1123" />
            <source>already on the calendar on {date} {time}</source>
            <translation>já está no calendário em {date} {time}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1144" />
            <source>{what} on {date} {time} ({minutes} min)</source>
            <translation>{what} em {date} {time} ({minutes} min)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1148" />
            <source>{what} on {date} (all day)</source>
            <translation>{what} em {date} (dia inteiro)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/ics.py" line="1171" />
            <source>Could not read {path}: {reason}</source>
            <translation>Não foi possível ler {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>services.images</name>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="137" />
            <source>{file} is empty (0 bytes).</source>
            <translation>{file} está vazio (0 bytes).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="140" />
            <source>{file} is {size} MB; screenshots up to {limit} MB are accepted. Save it as JPEG or crop it, then add it again.</source>
            <translation>{file} tem {size} MB; são aceitas capturas de até {limit} MB. Salve como JPEG ou recorte e adicione de novo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="148" />
            <source>{file} is not an image this app can read. Use a PNG, JPEG, WebP, GIF or BMP screenshot.</source>
            <translation>{file} não é uma imagem que este app consiga ler. Use uma captura PNG, JPEG, WebP, GIF ou BMP.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="157" />
            <source>{file} says it is {width} × {height} pixels: the file is damaged.</source>
            <translation>{file} diz ter {width} × {height} pixels: o arquivo está danificado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="163" />
            <source>{file} is {width} × {height} pixels — too large to show safely (limit {limit} megapixels). Crop or scale it down, then add it again.</source>
            <translation>{file} tem {width} × {height} pixels — grande demais para exibir com segurança (limite de {limit} megapixels). Recorte ou reduza e adicione de novo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="177" />
            <source>{file} is not a file (it may have been moved or deleted).</source>
            <translation>{file} não é um arquivo (talvez tenha sido movido ou excluído).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="186" />
            <source>{file} cannot be read: {reason}.</source>
            <translation>Não é possível ler {file}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="257" />
            <source>{file} could not be copied into the data folder: {reason}.</source>
            <translation>Não foi possível copiar {file} para a pasta de dados: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/images.py" line="273" />
            <source>{file} could not be saved in the data folder: {reason}.</source>
            <translation>Não foi possível salvar {file} na pasta de dados: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>services.importing</name>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="103" />
            <source>{name} is {size} MB; split it into files under 512 MB.</source>
            <translation>{name} tem {size} MB; divida-o em arquivos com menos de 512 MB.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="110" />
            <source>Cannot read {path}: {reason}.</source>
            <translation>Não foi possível ler {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="140" />
            <source>Give the preset a name.</source>
            <translation>Dê um nome ao modelo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="143" />
            <source>{name} is a built-in preset name; pick another.</source>
            <translation>{name} é o nome de um modelo embutido; escolha outro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="239" />
            <source>column {number}</source>
            <translation>coluna {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="243" />
            <source>{first} and {second}</source>
            <translation>{first} e {second}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="248" />
            <source>day/month</source>
            <translation>dia/mês</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="249" />
            <source>month/day</source>
            <translation>mês/dia</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="255" />
            <source>Dates in {column} are read {order} for the whole column ({evidence} settles it).</source>
            <translation>As datas em {column} são lidas como {order} na coluna inteira ({evidence} decide).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="265" />
            <source>Dates in {column} are read {order}, as {source} writes them.</source>
            <translation>As datas em {column} são lidas como {order}, do jeito que {source} as escreve.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="272" />
            <source>Dates in {column} read both ways (day/month or month/day) and no date in the column settles it: choose the date order (wizard: Dates; CLI: --date-order dmy or mdy).</source>
            <translation>As datas em {column} podem ser lidas dos dois jeitos (dia/mês ou mês/dia) e nenhuma data da coluna decide: escolha a ordem das datas (assistente: Datas; CLI: --date-order dmy ou mdy).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="280" />
            <source>{column} mixes both orders: {conflict} contradicts {evidence}; rows that do not fit the column's order are refused.</source>
            <translation>{column} mistura as duas ordens: {conflict} contradiz {evidence}; as linhas que não seguem a ordem da coluna são recusadas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="288" />
            <source>You chose {chosen} but {evidence} in {column} can only be {order}; rows that do not fit are refused.</source>
            <translation>Você escolheu {chosen}, mas {evidence} em {column} só pode ser {order}; as linhas que não se encaixam são recusadas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="324" />
            <source>Numbers in this file are written European style (1.234 = one thousand two hundred thirty-four).</source>
            <translation>Os números deste arquivo estão escritos no estilo europeu (1.234 = mil duzentos e trinta e quatro).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="377" />
            <source>No preset named {name}. Presets: {names}.</source>
            <translation>Nenhum modelo chamado {name}. Modelos: {names}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="437" />
            <source>%n row(s) in {years} {how}</source>
            <translation>
                <numerusform>%n linha em {years} {how}</numerusform>
                <numerusform>%n linhas em {years} {how}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="441" />
            <source>Dates without a year: {parts}. Use --year (wizard: Year) to choose another year.</source>
            <translation>Datas sem ano: {parts}. Use --year (assistente: Ano) para escolher outro ano.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="449" />
            <source>from the TikTok video ids (creation time)</source>
            <translation>a partir dos IDs de vídeo do TikTok (momento de criação)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="451" />
            <source>as consecutive days ending at the most recent past date</source>
            <translation>como dias consecutivos que terminam na data passada mais recente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="453" />
            <source>as the most recent past date (import day {today})</source>
            <translation>como a data passada mais recente (dia da importação {today})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="454" />
            <source>as you chose</source>
            <translation>como você escolheu</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="470" />
            <source>No field {name}. Fields: {fields}.</source>
            <translation>Nenhum campo {name}. Campos: {fields}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="488" />
            <source>No column {name} in this file. Columns: {columns}.</source>
            <translation>Nenhuma coluna {name} neste arquivo. Colunas: {columns}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="530" />
            <source>Would insert {inserted}, would update {updated}, skipped {skipped}, rejected {rejected} of %n row(s).</source>
            <translation>
                <numerusform>Seriam inseridas {inserted}, atualizadas {updated}, ignoradas {skipped} e recusadas {rejected} de %n linha.</numerusform>
                <numerusform>Seriam inseridas {inserted}, atualizadas {updated}, ignoradas {skipped} e recusadas {rejected} de %n linhas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="538" />
            <source>Inserted {inserted}, updated {updated}, skipped {skipped}, rejected {rejected} of %n row(s).</source>
            <translation>
                <numerusform>Inseridas {inserted}, atualizadas {updated}, ignoradas {skipped}, recusadas {rejected} de %n linha.</numerusform>
                <numerusform>Inseridas {inserted}, atualizadas {updated}, ignoradas {skipped}, recusadas {rejected} de %n linhas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="551" />
            <source>Cancelled: nothing was written. {summary}</source>
            <translation>Cancelado: nada foi gravado. {summary}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="553" />
            <source>Dry run: nothing was written. {summary}</source>
            <translation>Simulação: nada foi gravado. {summary}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="555" />
            <source>Nothing was written because some rows were rejected (use skip-bad to import the rest). {summary}</source>
            <translation>Nada foi gravado porque algumas linhas foram recusadas (use skip-bad para importar o resto). {summary}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="570" />
            <source>Themes: set on %n post(s).</source>
            <translation>
                <numerusform>Temas: definidos em %n post.</numerusform>
                <numerusform>Temas: definidos em %n posts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="572" />
            <source>Themes: would set on %n post(s).</source>
            <translation>
                <numerusform>Temas: seriam definidos em %n post.</numerusform>
                <numerusform>Temas: seriam definidos em %n posts.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="574" />
            <source>; new themes: {themes}.</source>
            <translation>; temas novos: {themes}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="582" />
            <source>line {line}: skipped: {reason}</source>
            <translation>linha {line}: ignorada: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="586" />
            <source>line {line}: rejected: {reason}</source>
            <translation>linha {line}: recusada: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="590" />
            <source>line {line}: warning: {reason}</source>
            <translation>linha {line}: aviso: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="622" />
            <source>That workspace no longer exists.</source>
            <translation>Esse espaço de trabalho não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="648" />
            <location filename="../../microcomm_desktop/services/importing.py" line="882" />
            <location filename="../../microcomm_desktop/services/importing.py" line="1316" />
            <source>map a column to: {fields}</source>
            <translation>mapeie uma coluna para: {fields}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="698" />
            <source>Date/time: {when} is out of range.</source>
            <translation>Data/hora: {when} está fora do intervalo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="723" />
            <location filename="../../microcomm_desktop/services/importing.py" line="733" />
            <source>the same post appears again; this later row wins</source>
            <translation>o mesmo post aparece de novo; vale esta linha posterior</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="828" />
            <source>{field} would change from {before} to {after} on the stored post — check that this file covers the same period (a daily file or a shorter date range gives smaller numbers).</source>
            <translation>{field} mudaria de {before} para {after} no post salvo — confira se este arquivo cobre o mesmo período (um arquivo diário ou um intervalo de datas menor dá números menores).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="967" />
            <source>Post: no post with id or link {ref} in this workspace (import posts first).</source>
            <translation>Post: nenhum post com ID ou link {ref} neste espaço de trabalho (importe os posts primeiro).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="982" />
            <source>id {id} appears twice in the file; the later row is skipped</source>
            <translation>o ID {id} aparece duas vezes no arquivo; a linha posterior é ignorada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="996" />
            <source>Timestamp: {when} is out of range.</source>
            <translation>Data e hora: {when} está fora do intervalo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="1067" />
            <source>parent {parent} not found; the message starts its own thread</source>
            <translation>mensagem de origem {parent} não encontrada; a mensagem começa a própria conversa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="1351" />
            <source>@{handle} on {platform} appears again; this later row wins</source>
            <translation>@{handle} no {platform} aparece de novo; vale esta linha posterior</translation>
        </message>
    </context>
    <context>
        <name>services.insights</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/insights.py" line="394" />
            <source>%n post(s) have no reach: {standins} stand in for reach in their ratios.</source>
            <translation>
                <numerusform>%n post não tem alcance: {standins} substituem o alcance nas suas proporções.</numerusform>
                <numerusform>%n posts não têm alcance: {standins} substituem o alcance nas suas proporções.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/insights.py" line="482" />
            <source>%n community post(s) · median replies/1k {median} (overall {overall_median}) · saves/1k {saves} (overall {overall_saves}) · {returning} returning engagers reached</source>
            <translation>
                <numerusform>%n post de comunidade · mediana de respostas/1.000 {median} (geral {overall_median}) · salvamentos/1.000 {saves} (geral {overall_saves}) · {returning} participantes recorrentes alcançados</numerusform>
                <numerusform>%n posts de comunidade · mediana de respostas/1.000 {median} (geral {overall_median}) · salvamentos/1.000 {saves} (geral {overall_saves}) · {returning} participantes recorrentes alcançados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/insights.py" line="497" />
            <source> · best post: “{title}” ({day}, {rate} replies/1k)</source>
            <translation> · melhor post: “{title}” ({day}, {rate} respostas/1.000)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/insights.py" line="530" />
            <source>No current or upcoming sprint: start one on the Sprint tab, then add the theme again.</source>
            <translation>Não há sprint atual nem próximo: inicie um na aba Sprint e adicione o tema de novo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/insights.py" line="548" />
            <source>Pick a theme first.</source>
            <translation>Escolha um tema primeiro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/insights.py" line="586" />
            <source>Write the prompt first.</source>
            <translation>Escreva a pergunta primeiro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/insights.py" line="588" />
            <source>Keep the prompt under 500 characters.</source>
            <translation>Mantenha a pergunta abaixo de 500 caracteres.</translation>
        </message>
    </context>
    <context>
        <name>services.instance_lock</name>
        <message>
            <location filename="../../microcomm_desktop/services/instance_lock.py" line="28" />
            <location filename="../../microcomm_desktop/services/instance_lock.py" line="30" />
            <source>another process</source>
            <translation>outro processo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/instance_lock.py" line="55" />
            <source>This data is already open in another MicroComm window ({holder}). Close that window first, or start with --data-dir to use other data.</source>
            <translation>Estes dados já estão abertos em outra janela do MicroComm ({holder}). Feche essa janela primeiro ou inicie com --data-dir para usar outros dados.</translation>
        </message>
    </context>
    <context>
        <name>services.interactions</name>
        <message>
            <location filename="../../microcomm_desktop/services/interactions.py" line="116" />
            <source>That post no longer exists.</source>
            <translation>Esse post não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/interactions.py" line="142" />
            <source>line {line}: @{handle} has no comment on this post; a new thread.</source>
            <translation>linha {line}: @{handle} não tem comentário neste post; um novo tópico.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/interactions.py" line="262" />
            <source>Cannot change {fields} here.</source>
            <translation>Não é possível alterar {fields} aqui.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/interactions.py" line="268" />
            <source>That person no longer exists.</source>
            <translation>Essa pessoa não existe mais.</translation>
        </message>
    </context>
    <context>
        <name>services.posts</name>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="190" />
            <source>Date is required (e.g. 2026-11-24 18:30).</source>
            <translation>A data é obrigatória (p. ex. 2026-11-24 18:30).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="195" />
            <source>add the year (e.g. 2026-11-24 18:30).</source>
            <translation>adicione o ano (p. ex. 2026-11-24 18:30).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="198" />
            <source>Date/time: {error}</source>
            <translation>Data/hora: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="202" />
            <source>Label is required: community (judged on replies, saves, depth) or reach.</source>
            <translation>O rótulo é obrigatório: community (avaliado por respostas, salvamentos e profundidade) ou reach.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="224" />
            <source>Format: keep it under 80 characters (e.g. carousel, short video, Q and A).</source>
            <translation>Formato: use menos de 80 caracteres (p. ex. carrossel, vídeo curto, perguntas e respostas).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="233" />
            <source>Themes: {error}</source>
            <translation>Temas: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="257" />
            <source>That workspace no longer exists.</source>
            <translation>Esse espaço de trabalho não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="296" />
            <source>Date is required.</source>
            <translation>A data é obrigatória.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="330" />
            <source>That post no longer exists (deleted elsewhere?).</source>
            <translation>Esse post não existe mais (excluído em outro lugar?).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/posts.py" line="411" />
            <location filename="../../microcomm_desktop/services/posts.py" line="442" />
            <source>That post no longer exists.</source>
            <translation>Esse post não existe mais.</translation>
        </message>
    </context>
    <context>
        <name>services.problems</name>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="42" />
            <source>Another MicroComm window or command is writing to this data right now; nothing was changed. Try again when it has finished.</source>
            <translation>Outra janela ou comando do MicroComm está gravando nestes dados agora; nada foi alterado. Tente de novo quando terminar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="48" />
            <source>The data is open read-only (the folder or drive cannot be written): nothing was changed.</source>
            <translation>Os dados estão abertos somente para leitura (a pasta ou unidade não pode ser gravada): nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="53" />
            <source>The data file is damaged; nothing was changed. Use File › Restore from backup… (or `microcomm backup restore`) to go back to a backup.</source>
            <translation>O arquivo de dados está danificado; nada foi alterado. Use Arquivo › Restaurar de um backup… (ou `microcomm backup restore`) para voltar a um backup.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="59" />
            <source>The change conflicts with data written at the same moment by another window or command; nothing was changed. Try again.</source>
            <translation>A alteração conflita com dados gravados no mesmo momento por outra janela ou comando; nada foi alterado. Tente de novo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="66" />
            <source>MicroComm cannot open its data file {path}: check the folder and the disk.</source>
            <translation>O MicroComm não consegue abrir o arquivo de dados {path}: confira a pasta e o disco.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="69" />
            <source>MicroComm cannot open its data file: check the folder and the disk.</source>
            <translation>O MicroComm não consegue abrir o arquivo de dados: confira a pasta e o disco.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="70" />
            <source>The data file could not be read or written; nothing was changed. Check the disk and try again.</source>
            <translation>Não foi possível ler ou gravar o arquivo de dados; nada foi alterado. Confira o disco e tente de novo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="78" />
            <source>Could not use {name}: {reason}.</source>
            <translation>Não foi possível usar {name}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/problems.py" line="81" />
            <source>Could not use: {reason}.</source>
            <translation>Não foi possível usar: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>services.promise</name>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="186" />
            <source>Enter a whole number of at least 1.</source>
            <translation>Digite um número inteiro de pelo menos 1.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="202" />
            <source>Rules</source>
            <translation>Regras</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="203" />
            <source>What to post</source>
            <translation>O que postar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="204" />
            <source>How to get help</source>
            <translation>Como pedir ajuda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="231" />
            <source>Unknown home kind {kind}.</source>
            <translation>Tipo de casa desconhecido {kind}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="286" />
            <location filename="../../microcomm_desktop/services/promise.py" line="308" />
            <source>Give the format a name.</source>
            <translation>Dê um nome ao formato.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="288" />
            <source>Keep the name under 120 characters.</source>
            <translation>O nome deve ter menos de 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="401" />
            <source>Write the prompt text.</source>
            <translation>Escreva o texto da pergunta.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="403" />
            <source>Keep a prompt under 500 characters.</source>
            <translation>Uma pergunta deve ter menos de 500 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="405" />
            <source>Pick a rung: {rungs}.</source>
            <translation>Escolha um degrau: {rungs}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="487" />
            <source>That prompt no longer exists.</source>
            <translation>Essa pergunta não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="489" />
            <source>That post no longer exists.</source>
            <translation>Esse post não existe mais.</translation>
        </message>
    </context>
    <context>
        <name>services.quotes</name>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="58" />
            <source>fixed amount</source>
            <translation>valor fixo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="59" />
            <source>% of fee</source>
            <translation>% do cachê</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="60" />
            <source>per unit</source>
            <translation>por unidade</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="118" />
            <source>Kind is one of: {kinds}.</source>
            <extracomment>Starting rates offered on an empty rate card — labelled as examples, to be replaced by the user's own.</extracomment>
            <translation>O tipo é um de: {kinds}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="121" />
            <source>Pricing is one of: {pricings}.</source>
            <translation>O tipo de preço é um de: {pricings}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="124" />
            <source>Give the rate a name.</source>
            <translation>Dê um nome ao preço.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="126" />
            <source>Keep the name under 120 characters.</source>
            <translation>Mantenha o nome com menos de 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="128" />
            <source>A rate cannot be negative.</source>
            <translation>Um preço não pode ser negativo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="130" />
            <source>A bundle discount is at most 100 %.</source>
            <translation>Um desconto de pacote é de no máximo 100%.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="132" />
            <source>A base rate is a fixed price per deliverable.</source>
            <translation>Um preço base é um valor fixo por entrega.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="177" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="193" />
            <source>That rate no longer exists.</source>
            <translation>Esse preço não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="183" />
            <source>Unknown rate field {field}.</source>
            <translation>Campo de preço desconhecido: {field}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="325" />
            <source>The package price cannot be negative.</source>
            <translation>O preço do pacote não pode ser negativo.</translation>
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
            <translation>{name}: desconto de pacote ({percent})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="436" />
            <source>Bundle discount ({percent})</source>
            <translation>Desconto de pacote ({percent})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="438" />
            <source>{name}: package price {price} for the deliverables</source>
            <translation>{name}: preço de pacote de {price} pelas entregas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="439" />
            <source>Series bundle</source>
            <translation>Pacote de série</translation>
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
            <translation>CPM e custo por engajamento esperados: n/d (nenhum post registrado nos últimos 90 dias).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="600" />
            <source>reach</source>
            <translation>alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="602" />
            <source>impressions</source>
            <translation>impressões</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/quotes.py" line="605" />
            <source>Expected CPM {cpm}, expected cost per engagement {cpe} — based on %n post(s) from {since} to {until} (average reach {reach}, average impressions {impressions}, ER {er} by {definition}).</source>
            <translation>
                <numerusform>CPM esperado {cpm}, custo por engajamento esperado {cpe} — com base em %n post de {since} a {until} (alcance médio {reach}, impressões médias {impressions}, ER {er} por {definition}).</numerusform>
                <numerusform>CPM esperado {cpm}, custo por engajamento esperado {cpe} — com base em %n posts de {since} a {until} (alcance médio {reach}, impressões médias {impressions}, ER {er} por {definition}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="628" />
            <source>call to action: {cta}</source>
            <translation>chamada para ação: {cta}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="634" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="678" />
            <source>Quote</source>
            <translation>Orçamento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="635" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="692" />
            <source>not set</source>
            <translation>não definido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="638" />
            <source>**Creator:** {name}</source>
            <translation>**Criador:** {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="640" />
            <source>**Issued:** {date}</source>
            <translation>**Emitido em:** {date}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="642" />
            <source>**Valid until:** {date}</source>
            <translation>**Válido até:** {date}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="643" />
            <source>**Currency:** {code}</source>
            <translation>**Moeda:** {code}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="644" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="671" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="644" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="672" />
            <source>Amount</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="645" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="670" />
            <source>Line items</source>
            <translation>Itens</translation>
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
            <translation>Entregas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="658" />
            <location filename="../../microcomm_desktop/services/quotes.py" line="712" />
            <source>(no disclosure line set — add one before publishing)</source>
            <translation>(nenhum texto do aviso definido — adicione um antes de publicar)</translation>
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
            <translation>O que a marca pode esperar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="669" />
            <source>Currency:</source>
            <translation>Moeda:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="689" />
            <source>Creator:</source>
            <translation>Criador:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="691" />
            <source>Issued:</source>
            <translation>Emitido em:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="693" />
            <source>Valid until:</source>
            <translation>Válido até:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="730" />
            <source>Quote — {name}</source>
            <translation>Orçamento — {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="733" />
            <source>Export as .md or .pdf, not {suffix}.</source>
            <translation>Exporte como .md ou .pdf, não como {suffix}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/quotes.py" line="734" />
            <source>Export as .md or .pdf, not a file without extension.</source>
            <translation>Exporte como .md ou .pdf, não como um arquivo sem extensão.</translation>
        </message>
    </context>
    <context>
        <name>services.reach</name>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="35" />
            <source>Reach stand-ins are a list per platform, e.g. youtube=views,impressions.</source>
            <translation>Os substitutos do alcance são uma lista por plataforma, p. ex. youtube=views,impressions.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="49" />
            <source>{column} cannot stand in for reach; use {columns} (in order of preference).</source>
            <translation>{column} não pode substituir o alcance; use {columns} (em ordem de preferência).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="51" />
            <source> or </source>
            <translation> ou </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="64" />
            <source>{text}: write PLATFORM=COLUMNS, e.g. youtube=views,impressions.</source>
            <translation>{text}: escreva PLATAFORMA=COLUNAS, p. ex. youtube=views,impressions.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="77" />
            <source>Unknown platform {platform}; use one of {platforms}.</source>
            <translation>Plataforma desconhecida {platform}; use uma destas: {platforms}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="84" />
            <source>views</source>
            <translation>visualizações</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="84" />
            <source>impressions</source>
            <translation>impressões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="151" />
            <source>{columns} for {platform}</source>
            <translation>{columns} para {platform}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="152" />
            <source> else </source>
            <translation>; senão, </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="192" />
            <source>saves/1k and replies/1k</source>
            <translation>salvamentos/1.000 e respostas/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="194" />
            <source>ER, saves/1k and replies/1k</source>
            <translation>ER, salvamentos/1.000 e respostas/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="199" />
            <source>{count} of {total} {platform} post(s) have no reach: {ratios} will be n/a for them. Choose what stands in for reach on {platform} (views or impressions) in Workspace settings.</source>
            <translation>Posts de {platform} sem alcance: {count} de {total}; {ratios} ficarão n/d para eles. Escolha nas configurações do espaço de trabalho o que substitui o alcance no {platform} (visualizações ou impressões).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="206" />
            <source>{count} {platform} post(s) have no reach: their ratios will use {column} instead (labelled as such).</source>
            <translation>Posts de {platform} sem alcance: {count}; suas taxas usarão {column} no lugar (indicado como tal).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reach.py" line="213" />
            <source>{count} {platform} post(s) have no impressions: ER (by impressions) will be n/a for them.</source>
            <translation>Posts de {platform} sem impressões: {count}; a ER (por impressões) ficará n/d para eles.</translation>
        </message>
    </context>
    <context>
        <name>services.reports</name>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="127" />
            <location filename="../../microcomm_desktop/services/reports.py" line="558" />
            <source>Live attendance</source>
            <translation>Presença ao vivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="128" />
            <location filename="../../microcomm_desktop/services/reports.py" line="667" />
            <source>Conversions</source>
            <translation>Conversões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="129" />
            <source>Email signups</source>
            <translation>Cadastros de e-mail</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="130" />
            <location filename="../../microcomm_desktop/services/reports.py" line="672" />
            <source>Demo requests</source>
            <translation>Pedidos de demonstração</translation>
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
            <translation>Receita</translation>
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
            <translation>Taxa de resposta a DMs: {value} não é uma porcentagem entre 0 e 100.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="260" />
            <source>{metric} is {value} (band {low}–{high}{unit})</source>
            <translation>{metric} está em {value} (faixa {low}–{high}{unit})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="276" />
            <source>The same few people do all the talking ({share} of interactions from 5 people)</source>
            <translation>As mesmas poucas pessoas falam tudo ({share} das interações vêm de 5 pessoas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="279" />
            <source>{handles} carry the conversation. Invite newcomers by name, ask questions anyone can answer, feature a new member this week.</source>
            <translation>{handles} sustentam a conversa. Convide novatos pelo nome, faça perguntas que qualquer um possa responder, destaque um membro novo nesta semana.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="292" />
            <source>Response SLA: {missed} of %n first comment(s) missed the {minutes}-minute reply window ({share} answered in time)</source>
            <translation>
                <numerusform>SLA de resposta: {missed} de %n primeiro comentário perderam a janela de {minutes} minutos ({share} respondido a tempo)</numerusform>
                <numerusform>SLA de resposta: {missed} de %n primeiros comentários perderam a janela de {minutes} minutos ({share} respondidos a tempo)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="299" />
            <source>Reply within {minutes} minutes to the first %n comment(s) on key posts; block the time after posting.</source>
            <translation>
                <numerusform>Responda em até {minutes} minutos ao primeiro comentário (%n) dos posts principais; reserve o tempo depois de publicar.</numerusform>
                <numerusform>Responda em até {minutes} minutos aos %n primeiros comentários dos posts principais; reserve o tempo depois de publicar.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="312" />
            <source>Reach posts crowd out community posts ({reach} vs {community})</source>
            <translation>Posts de alcance ofuscam os posts de comunidade ({reach} contra {community})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="315" />
            <source>Announcements instead of questions: turn one reach post into a question with a number, a screenshot, a choice or a constraint.</source>
            <translation>Anúncios em vez de perguntas: transforme um post de alcance numa pergunta com um número, uma captura de tela, uma escolha ou uma restrição.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="327" />
            <source>Nothing to judge yet for {start} – {end}</source>
            <translation>Ainda não há nada para avaliar de {start} a {end}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="330" />
            <source>Log or import this week's posts and interactions (Posts tab); the advice appears once there is reach and engagement to measure.</source>
            <translation>Registre ou importe os posts e as interações desta semana (aba Posts); as dicas aparecem quando houver alcance e engajamento para medir.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="341" />
            <source>Every judged metric is in or above its band</source>
            <translation>Toda métrica avaliada está dentro ou acima da sua faixa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="342" />
            <source>Keep the rituals; raise one bar.</source>
            <translation>Mantenha os rituais; suba uma régua.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="423" />
            <source>Weekly report: {workspace}, {span}</source>
            <translation>Relatório semanal: {workspace}, {span}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="426" />
            <source>30-day report: {workspace}, {span}</source>
            <translation>Relatório de 30 dias: {workspace}, {span}</translation>
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
            <translation>todos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="527" />
            <source>community</source>
            <translation>comunidade</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="528" />
            <source>reach</source>
            <translation>alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="540" />
            <source>Posts: {label} · ER by {denominator} · returning engagers = people engaging on 2+ different days in the 30 days ending each week · generated offline by MicroComm Desktop</source>
            <translation>Posts: {label} · ER por {denominator} · participantes recorrentes = pessoas que participam em 2+ dias diferentes nos 30 dias que terminam em cada semana · gerado offline pelo MicroComm Desktop</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="551" />
            <source>Leading indicators</source>
            <translation>Indicadores antecedentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="553" />
            <source>Returning engagers</source>
            <translation>Parti­ci­pan­tes recor­ren­tes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="554" />
            <source>Replies / 1k reach</source>
            <translation>Res­pos­tas / 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="555" />
            <source>Saves / 1k reach</source>
            <translation>Salva­mentos / 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="556" />
            <source>ER</source>
            <translation>ER</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="557" />
            <source>Health score</source>
            <translation>Índice de saúde</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="559" />
            <source>DM reply rate</source>
            <translation>Taxa de resposta a DMs</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="560" />
            <source>Response SLA</source>
            <translation>SLA de resposta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="561" />
            <source>DM back-and-forth (logged)</source>
            <translation>Troca de DMs (registrada)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="569" />
            <source>{replied} of %n in {minutes} min ({share})</source>
            <translation>
                <numerusform>{replied} de %n em {minutes} min ({share})</numerusform>
                <numerusform>{replied} de %n em {minutes} min ({share})</numerusform>
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
                <numerusform>%n conver­sa por DM · {messages} msgs cada · {answered} respon­didas</numerusform>
                <numerusform>%n conver­sas por DM · {messages} msgs cada · {answered} respon­didas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="595" />
            <source>Reach stand-in: posts without reach use {standin} as the denominator of ER, saves/1k and replies/1k (a workspace setting).</source>
            <translation>Substituto do alcance: posts sem alcance usam {standin} como denominador do ER, salvamentos/1.000 e respostas/1.000 (uma configuração do espaço de trabalho).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="616" />
            <source>Scorecard: the {days} days by week (%n row(s), first and last may be partial)</source>
            <translation>
                <numerusform>Painel: os {days} dias por semana (%n linha, a primeira e a última podem ser parciais)</numerusform>
                <numerusform>Painel: os {days} dias por semana (%n linhas, a primeira e a última podem ser parciais)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="624" />
            <source>Scorecard: this week and the %n before it (trend)</source>
            <translation>
                <numerusform>Painel: esta semana e a %n anterior (tendência)</numerusform>
                <numerusform>Painel: esta semana e as %n anteriores (tendência)</numerusform>
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
            <translation>Dias</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="628" />
            <source>Posts (c/r)</source>
            <translation>Posts (c/a)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="629" />
            <source>Reach</source>
            <translation>Alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="630" />
            <source>ER (impressions)</source>
            <translation>ER (impres­sões)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="632" />
            <source>ER (reach)</source>
            <translation>ER (alcance)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="633" />
            <source>Saves/1k</source>
            <translation>Salv./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="634" />
            <source>Replies/1k</source>
            <translation>Resp./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="635" />
            <source>Returning</source>
            <translation>Recor­ren­tes</translation>
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
            <translation>Conversas pro­fun­das</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="639" />
            <source>Health</source>
            <translation>Saú­de</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="665" />
            <source>Business outcomes</source>
            <translation>Resultados de negócio</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="670" />
            <source>CPA</source>
            <translation>CPA</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="671" />
            <source>Email sign-ups</source>
            <translation>Cadastros de e-mail</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="682" />
            <source>Business outcomes and member notes are entered per week: these come from the week notes of the %n week(s) starting {weeks} that overlap the period.</source>
            <translation>
                <numerusform>Resultados de negócio e notas dos membros são registrados por semana: estes vêm das notas da %n semana que começa em {weeks} e se sobrepõe ao período.</numerusform>
                <numerusform>Resultados de negócio e notas dos membros são registrados por semana: estes vêm das notas das %n semanas que começam em {weeks} e se sobrepõem ao período.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="692" />
            <source>What members say</source>
            <translation>O que os membros dizem</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="694" />
            <source>Top questions</source>
            <translation>Principais perguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="695" />
            <source>Objections</source>
            <translation>Objeções</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="696" />
            <source>Words members use</source>
            <translation>Palavras que os membros usam</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="703" />
            <source>not entered</source>
            <translation>não registrado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="707" />
            <source>What to do now</source>
            <translation>O que fazer agora</translation>
        </message>
    </context>
    <context>
        <name>services.rituals</name>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="117" />
            <source>Give the ritual a name.</source>
            <translation>Dê um nome ao ritual.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="119" />
            <source>Keep the name under 120 characters.</source>
            <translation>Mantenha o nome com menos de 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="124" />
            <source>Pick at least one weekday.</source>
            <translation>Escolha pelo menos um dia da semana.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="136" />
            <source>Duration is 1 to 1440 minutes.</source>
            <translation>A duração é de 1 a 1440 minutos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="139" />
            <source>Pick the first date.</source>
            <translation>Escolha a primeira data.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="141" />
            <source>The end date is before the start date.</source>
            <translation>A data de término é anterior à data de início.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="183" />
            <location filename="../../microcomm_desktop/services/rituals.py" line="369" />
            <source>That ritual no longer exists.</source>
            <translation>Esse ritual não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="364" />
            <source>Status is one of {statuses}.</source>
            <translation>O status é um de {statuses}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="397" />
            <source>Post {id} is not in this workspace's post log.</source>
            <translation>O post {id} não está no registro de posts deste espaço de trabalho.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="403" />
            <source>That prompt no longer exists.</source>
            <translation>Essa pergunta não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/rituals.py" line="453" />
            <source>Give the event a title.</source>
            <translation>Dê um título ao evento.</translation>
        </message>
    </context>
    <context>
        <name>services.safe_files</name>
        <message>
            <location filename="../../microcomm_desktop/services/safe_files.py" line="38" />
            <source>Could not write {path}: {reason}. Nothing was written there.</source>
            <translation>Não foi possível gravar {path}: {reason}. Nada foi gravado lá.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/safe_files.py" line="45" />
            <source>the disk is full ({free} MB free)</source>
            <translation>o disco está cheio ({free} MB livres)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/safe_files.py" line="57" />
            <source>that is a folder; give a file name (for example one inside that folder)</source>
            <translation>isso é uma pasta; informe um nome de arquivo (por exemplo, um dentro dessa pasta)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/safe_files.py" line="88" />
            <source>nothing was produced</source>
            <translation>nada foi gerado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/safe_files.py" line="119" />
            <source>nothing was produced (free space: {free} MB)</source>
            <translation>nada foi gerado (espaço livre: {free} MB)</translation>
        </message>
    </context>
    <context>
        <name>services.sla</name>
        <message>
            <location filename="../../microcomm_desktop/services/sla.py" line="235" />
            <source>Enter both numbers (replied and considered) or neither.</source>
            <translation>Digite os dois números (respondidos e considerados) ou nenhum.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sla.py" line="238" />
            <source>Counts cannot be negative.</source>
            <translation>As contagens não podem ser negativas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sla.py" line="242" />
            <source>{replied} replied is more than the {considered} comments considered.</source>
            <translation>{replied} respondidos é mais do que os {considered} comentários considerados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sla.py" line="249" />
            <source>That post no longer exists.</source>
            <translation>Esse post não existe mais.</translation>
        </message>
    </context>
    <context>
        <name>services.sprints</name>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="62" />
            <source>(nothing yet)</source>
            <translation>(nada ainda)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="63" />
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="64" />
            <source>Ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="65" />
            <source>Prompt set</source>
            <translation>Conjunto de perguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="66" />
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="74" />
            <source>Narrow the topic: pick the one theme with the most replies per 1,000 reach</source>
            <translation>Estreitar o tema: escolha o único tema com mais respostas por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="75" />
            <source>Drop one format: keep the two that earned the most replies</source>
            <translation>Cortar um formato: fique com os dois que renderam mais respostas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="76" />
            <source>Rewrite prompts for the narrowed topic (ask for a number, screenshot, choice or constraint)</source>
            <translation>Reescrever as perguntas para o tema estreitado (peça um número, uma captura de tela, uma escolha ou uma restrição)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="80" />
            <source>Compare returning engagers and replies per 1,000 reach with last month</source>
            <translation>Comparar os participantes recorrentes e as respostas por 1.000 de alcance com o mês passado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="88" />
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="89" />
            <source>Narrow</source>
            <translation>Estreitar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="90" />
            <source>Not enough data</source>
            <translation>Dados insuficientes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="334" />
            <source>That sprint no longer exists.</source>
            <translation>Esse sprint não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="341" />
            <source>That task no longer exists (it may have been deleted).</source>
            <translation>Essa tarefa não existe mais (talvez tenha sido excluída).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="349" />
            <source>Give the sprint a name, e.g. “Month 2: narrow to hip mobility”.</source>
            <translation>Dê um nome ao sprint, ex.: “Mês 2: estreitar para mobilidade do quadril”.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="353" />
            <source>Keep the sprint name under {limit} characters (it has {length}).</source>
            <translation>Mantenha o nome do sprint com menos de {limit} caracteres (ele tem {length}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="367" />
            <source>Title: a task needs a short title, e.g. “Draft 10 prompts”.</source>
            <translation>Título: uma tarefa precisa de um título curto, ex.: “Rascunhar 10 perguntas”.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="371" />
            <source>Title: keep it under {limit} characters (it has {length}).</source>
            <translation>Título: mantenha-o com menos de {limit} caracteres (ele tem {length}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="380" />
            <source>Owner: keep it under {limit} characters.</source>
            <translation>Responsável: mantenha com menos de {limit} caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="384" />
            <location filename="../../microcomm_desktop/services/sprints.py" line="602" />
            <location filename="../../microcomm_desktop/services/sprints.py" line="678" />
            <source>Week: a sprint has weeks 1 to 4.</source>
            <translation>Semana: um sprint tem as semanas 1 a 4.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="386" />
            <source>Due date: not a date.</source>
            <translation>Data de vencimento: não é uma data.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="389" />
            <source>Link: pick post, ritual, prompt set or document.</source>
            <translation>Link: escolha post, ritual, conjunto de perguntas ou documento.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="393" />
            <source>Link: say what the task produced (a post link, ritual name, prompt set or file path).</source>
            <translation>Link: diga o que a tarefa produziu (um link de post, nome de ritual, conjunto de perguntas ou caminho de arquivo).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="399" />
            <source>Link: pick what kind of thing the link points to.</source>
            <translation>Link: escolha para que tipo de coisa o link aponta.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="449" />
            <source>Set foundations</source>
            <translation>Criar as bases</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="450" />
            <source>Write promise</source>
            <translation>Escrever a promessa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="451" />
            <source>Pick home</source>
            <translation>Escolher a casa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="452" />
            <source>Create onboarding</source>
            <translation>Criar as boas-vindas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="453" />
            <source>Draft prompts</source>
            <translation>Rascunhar perguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="454" />
            <source>Pinned welcome + 10 prompts + ritual schedule</source>
            <translation>Boas-vindas fixadas + 10 perguntas + agenda de rituais</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="457" />
            <source>Trigger participation</source>
            <translation>Provocar a participação</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="458" />
            <source>Run two rituals</source>
            <translation>Realizar dois rituais</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="459" />
            <source>Reply fast</source>
            <translation>Responder rápido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="460" />
            <source>Feature members</source>
            <translation>Destacar os membros</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="461" />
            <source>2 recap posts + member highlights</source>
            <translation>2 posts de resumo + destaques de membros</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="462" />
            <source>Improve signal quality</source>
            <translation>Melhorar a qualidade do sinal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="463" />
            <source>Refine topics</source>
            <translation>Refinar os temas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="464" />
            <source>Add templates</source>
            <translation>Adicionar modelos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="465" />
            <source>Recruit 5 power members</source>
            <translation>Recrutar 5 membros muito ativos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="466" />
            <source>Template drop + power member list</source>
            <translation>Pacote de modelos + lista de membros muito ativos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="467" />
            <source>Make it repeatable</source>
            <translation>Tornar repetível</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="468" />
            <source>Document playbook</source>
            <translation>Documentar o manual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="469" />
            <source>Set KPIs</source>
            <translation>Definir os KPIs</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="470" />
            <source>Plan next month</source>
            <translation>Planejar o próximo mês</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="471" />
            <source>30-day report + next-month calendar</source>
            <translation>Relatório de 30 dias + calendário do próximo mês</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="521" />
            <source>A sprint has exactly four weeks (1 to 4).</source>
            <translation>Um sprint tem exatamente quatro semanas (1 a 4).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="639" />
            <source>Link: set the kind and the reference together.</source>
            <translation>Link: defina o tipo e a referência juntos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="832" />
            <source>The next month is already planned: “{name}” starts {day}.</source>
            <translation>O próximo mês já está planejado: “{name}” começa em {day}.</translation>
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
            <translation>nenhuma semana encerrada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="923" />
            <source>Weeks used: {weeks}</source>
            <translation>Semanas usadas: {weeks}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="928" />
            <source>(changes {deltas})</source>
            <translation>(variações {deltas})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="933" />
            <source>Returning share: {values}</source>
            <translation>Parcela de recorrentes: {values}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="939" />
            <source>Replies per 1,000 reach: {values}</source>
            <translation>Respostas por 1.000 de alcance: {values}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="951" />
            <source>Run the same rituals for another month (Plan next month, template as is).</source>
            <translation>Manter os mesmos rituais por mais um mês (Planejar o próximo mês, modelo como está).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="957" />
            <source>Keep logging posts and interactions every week; the rule needs three ended weeks.</source>
            <translation>Continue registrando posts e interações toda semana; a regra precisa de três semanas encerradas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="963" />
            <source>Carry over: {title} (week {number}, {owner})</source>
            <translation>Levar adiante: {title} (semana {number}, {owner})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="965" />
            <source>Carry over: {title} (week {number})</source>
            <translation>Levar adiante: {title} (semana {number})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="991" />
            <source>No sponsored posts (posts linked to a deal) were published during the sprint.</source>
            <translation>Nenhum post patrocinado (posts vinculados a um acordo) foi publicado durante o sprint.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="994" />
            <source>Sponsored posts published during the sprint: {count}. Disclosure spot-checks: {checks}.</source>
            <translation>Posts patrocinados publicados durante o sprint: {count}. Verificações do aviso: {checks}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1002" />
            <source>Sprint report: {name}</source>
            <translation>Relatório do sprint: {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1003" />
            <source>Owners: {owners}</source>
            <translation>Responsáveis: {owners}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1004" />
            <source>Progress: {done}/{total} tasks ({percent})</source>
            <translation>Progresso: {done}/{total} tarefas ({percent})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1005" />
            <source>Generated {day}</source>
            <translation>Gerado em {day}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1006" />
            <source>Goals and deliverables</source>
            <translation>Objetivos e entregas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1007" />
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1008" />
            <source>Dates</source>
            <translation>Datas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1009" />
            <source>Goal</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1010" />
            <source>Deliverable</source>
            <translation>Entrega</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1011" />
            <source>Done</source>
            <translation>Concluídas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1012" />
            <source>Tasks</source>
            <translation>Tarefas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1013" />
            <source>Deliverables and tasks done</source>
            <translation>Entregas e tarefas concluídas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1014" />
            <source>Week {number}: {goal}</source>
            <translation>Semana {number}: {goal}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1015" />
            <source>(no goal)</source>
            <translation>(sem objetivo)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1016" />
            <source>(no tasks)</source>
            <translation>(sem tarefas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1017" />
            <source>Metrics per week (community posts)</source>
            <translation>Métricas por semana (posts de comunidade)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1018" />
            <source>Returning engagers</source>
            <translation>Participantes recorrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1019" />
            <source>Returning share</source>
            <translation>Parcela de recorrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1020" />
            <source>Engaged people</source>
            <translation>Pessoas que interagiram</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1021" />
            <source>Replies per 1,000 reach</source>
            <translation>Respostas por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1022" />
            <source>What worked</source>
            <translation>O que funcionou</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1023" />
            <source>What to drop</source>
            <translation>O que descartar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1024" />
            <source>not ended</source>
            <translation>não encerrada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1025" />
            <source>Sponsored posts: disclosure</source>
            <translation>Posts patrocinados: aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1026" />
            <source>Verdict</source>
            <translation>Veredito</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1027" />
            <source>Verdict: {verdict}</source>
            <translation>Veredito: {verdict}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sprints.py" line="1028" />
            <source>Next steps</source>
            <translation>Próximos passos</translation>
        </message>
    </context>
    <context>
        <name>services.team_server</name>
        <message>
            <location filename="../../microcomm_desktop/services/team_server.py" line="40" />
            <source>Enter the server's name or address (ask whoever set up the team database).</source>
            <translation>Digite o nome ou o endereço do servidor (pergunte a quem configurou o banco de dados da equipe).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/team_server.py" line="50" />
            <source>The port is a whole number from 1 to 65535 (PostgreSQL's usual one is 5432).</source>
            <translation>A porta é um número inteiro de 1 a 65535 (a usual do PostgreSQL é 5432).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/team_server.py" line="54" />
            <source>Enter the database's name.</source>
            <translation>Digite o nome do banco de dados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/team_server.py" line="56" />
            <source>Enter your user name on the server.</source>
            <translation>Digite seu nome de usuário no servidor.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/team_server.py" line="93" />
            <source>This computer has no keyring to keep the password safely, so it was not saved. Use a login without a password stored here (a ~/.pgpass file or the server's trust rules), or type it at each start.</source>
            <translation>Este computador não tem um chaveiro para guardar a senha com segurança, então ela não foi salva. Use um login sem senha guardada aqui (um arquivo ~/.pgpass ou as regras de confiança do servidor) ou digite-a a cada início.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/team_server.py" line="143" />
            <source>Connected to {server} (PostgreSQL {version}); the database holds MicroComm data.</source>
            <translation>Conectado a {server} (PostgreSQL {version}); o banco de dados contém dados do MicroComm.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/team_server.py" line="147" />
            <source>Connected to {server} (PostgreSQL {version}); the database is empty: MicroComm will set it up.</source>
            <translation>Conectado a {server} (PostgreSQL {version}); o banco de dados está vazio: o MicroComm vai prepará-lo.</translation>
        </message>
    </context>
    <context>
        <name>services.themes</name>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="59" />
            <source>Keep a theme under {limit} characters ({start}… is {length}).</source>
            <translation>Mantenha um tema abaixo de {limit} caracteres ({start}… tem {length}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="67" />
            <source>A theme name cannot contain a comma or semicolon ({name}); add two themes.</source>
            <translation>O nome de um tema não pode conter vírgula nem ponto e vírgula ({name}); adicione dois temas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="73" />
            <source>A theme needs a name.</source>
            <translation>Um tema precisa de um nome.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="126" />
            <location filename="../../microcomm_desktop/services/themes.py" line="151" />
            <source>That theme no longer exists.</source>
            <translation>Esse tema não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="130" />
            <source>A theme named {name} already exists.</source>
            <translation>Já existe um tema chamado {name}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="200" />
            <source>Select at least one post.</source>
            <translation>Selecione pelo menos um post.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="204" />
            <source>Nothing to change.</source>
            <translation>Nada a alterar.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/themes.py" line="215" />
            <source>%n of the selected posts are not in this workspace (ids {ids}).</source>
            <translation>
                <numerusform>%n dos posts selecionados não está neste espaço de trabalho (IDs {ids}).</numerusform>
                <numerusform>%n dos posts selecionados não estão neste espaço de trabalho (IDs {ids}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="249" />
            <source>added {names}</source>
            <translation>adicionado {names}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/themes.py" line="251" />
            <source>removed {names}</source>
            <translation>removido {names}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/themes.py" line="253" />
            <source>{changes} on %n post(s)</source>
            <translation>
                <numerusform>{changes} em %n post</numerusform>
                <numerusform>{changes} em %n posts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>services.value_audit</name>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="108" />
            <source>{row} {name}: {field} is {value}, outside the allowed range {allowed} (correct it in the {tab} tab).</source>
            <translation>{row} {name}: {field} é {value}, fora do intervalo permitido {allowed} (corrija na aba {tab}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="118" />
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="119" />
            <source>Deal</source>
            <translation>Acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="120" />
            <source>Deal line</source>
            <translation>Linha do acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="121" />
            <source>Rate card item</source>
            <translation>Item da tabela de preços</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="122" />
            <source>Week note</source>
            <translation>Nota da semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="123" />
            <source>Creator</source>
            <translation>Criador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="124" />
            <source>Posts</source>
            <translation>Posts</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="125" />
            <source>Deals</source>
            <translation>Acordos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="126" />
            <source>Dashboard</source>
            <translation>Painel</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="127" />
            <source>Creators</source>
            <translation>Criadores</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="145" />
            <source>The data holds {count} value(s) (and possibly more) too large to add up correctly, written before this version checked them. Totals that include them would be wrong, so the Dashboard and reports do not add them up until they are corrected:</source>
            <translation>Os dados contêm {count} valor(es) (e possivelmente mais) grandes demais para somar corretamente, gravados antes de esta versão verificá-los. Totais que os incluam estariam errados, então o painel e os relatórios não os somam até que sejam corrigidos:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/value_audit.py" line="152" />
            <source>The data holds {count} value(s) too large to add up correctly, written before this version checked them. Totals that include them would be wrong, so the Dashboard and reports do not add them up until they are corrected:</source>
            <translation>Os dados contêm {count} valor(es) grandes demais para somar corretamente, gravados antes de esta versão verificá-los. Totais que os incluam estariam errados, então o painel e os relatórios não os somam até que sejam corrigidos:</translation>
        </message>
    </context>
    <context>
        <name>services.workspace_file</name>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="149" />
            <source>That workspace no longer exists; nothing was written.</source>
            <translation>Esse espaço de trabalho não existe mais; nada foi gravado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="200" />
            <source>Could not write {path}: {reason}. Nothing was exported.</source>
            <translation>Não foi possível gravar {path}: {reason}. Nada foi exportado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="232" />
            <source>{path} does not exist.</source>
            <translation>{path} não existe.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="236" />
            <source>{path} is not a MicroComm workspace file (or it is damaged).</source>
            <translation>{path} não é um arquivo de espaço de trabalho do MicroComm (ou está danificado).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="242" />
            <source>{path} is not a MicroComm workspace file.</source>
            <translation>{path} não é um arquivo de espaço de trabalho do MicroComm.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="246" />
            <source>{path} was written by a newer MicroComm; update the app to import it.</source>
            <translation>{path} foi gravado por uma versão mais nova do MicroComm; atualize o app para importá-lo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="253" />
            <source>{path} was written by a newer MicroComm (schema {schema}); update the app to import it.</source>
            <translation>{path} foi gravado por uma versão mais nova do MicroComm (esquema {schema}); atualize o app para importá-lo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="277" />
            <source>The workspace needs a name; give one with --name.</source>
            <translation>O espaço de trabalho precisa de um nome; informe com --name.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="285" />
            <source>{path} is damaged (table {table} fails its checksum); nothing was imported.</source>
            <translation>{path} está danificado (a tabela {table} falha na soma de verificação); nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="293" />
            <source>{path} is damaged ({entry} fails its checksum); nothing was imported.</source>
            <translation>{path} está danificado ({entry} falha na soma de verificação); nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="301" />
            <source>{path} holds tables this version does not know ({tables}).</source>
            <translation>{path} contém tabelas que esta versão não conhece ({tables}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="311" />
            <source>A workspace named '{name}' already exists here; nothing was imported. Import under another name (--name NEW) — workspaces are never merged.</source>
            <translation>Já existe aqui um espaço de trabalho chamado '{name}'; nada foi importado. Importe com outro nome (--name NOVO) — espaços de trabalho nunca são mesclados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="333" />
            <source>Import check failed: {table} has {got} rows, the file says {expected}; nothing was imported.</source>
            <translation>A verificação da importação falhou: {table} tem {got} linhas, o arquivo diz {expected}; nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="415" />
            <source>The file names an attachment outside its folder ({entry}); nothing imported.</source>
            <translation>O arquivo cita um anexo fora da pasta dele ({entry}); nada importado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="436" />
            <source>{workspace}: {rows} in {tables}, {attachments} — {path}</source>
            <translation>{workspace}: {rows} em {tables}, {attachments} — {path}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="438" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n linha</numerusform>
                <numerusform>%n linhas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="439" />
            <source>%n table(s)</source>
            <translation>
                <numerusform>%n tabela</numerusform>
                <numerusform>%n tabelas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/workspace_file.py" line="440" />
            <source>%n attachment(s)</source>
            <translation>
                <numerusform>%n anexo</numerusform>
                <numerusform>%n anexos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>services.workspaces</name>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="68" />
            <source>No workspace named {name}. See: microcomm workspace list</source>
            <translation>Nenhum espaço de trabalho chamado {name}. Veja: microcomm workspace list</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="85" />
            <source>A workspace needs a name.</source>
            <translation>Um espaço de trabalho precisa de um nome.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="87" />
            <source>Keep the workspace name under 120 characters.</source>
            <translation>O nome do espaço de trabalho deve ter menos de 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="101" />
            <location filename="../../microcomm_desktop/services/workspaces.py" line="234" />
            <source>A workspace named {name} already exists.</source>
            <translation>Já existe um espaço de trabalho chamado {name}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="115" />
            <location filename="../../microcomm_desktop/services/workspaces.py" line="207" />
            <location filename="../../microcomm_desktop/services/workspaces.py" line="230" />
            <source>That workspace no longer exists.</source>
            <translation>Esse espaço de trabalho não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="119" />
            <source>The ER definition is 'reach' or 'impressions'.</source>
            <translation>A definição de ER é 'reach' ou 'impressions'.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="156" />
            <source>{text}: the platform before ':' is a word such as instagram or youtube.</source>
            <translation>{text}: a plataforma antes de ':' é uma palavra como instagram ou youtube.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="163" />
            <source>{text}: type a handle, e.g. @yourname or instagram:@yourname.</source>
            <translation>{text}: digite um perfil, ex.: @seunome ou instagram:@seunome.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="169" />
            <source>{text}: a handle has no spaces.</source>
            <translation>{text}: um perfil não tem espaços.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="173" />
            <source>{text}: a handle is at most 120 characters.</source>
            <translation>{text}: um perfil tem no máximo 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="250" />
            <source>Unknown time zone {zone}: use a name such as Europe/Berlin or America/New_York.</source>
            <translation>Fuso horário desconhecido {zone}: use um nome como America/Sao_Paulo ou Europe/Lisbon.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="338" />
            <source>Deleting a workspace on a team server is not available yet: the app cannot take its safety copy there. Export it first (microcomm workspace export NAME -o FILE), then ask the server's administrator to remove it.</source>
            <translation>Ainda não é possível excluir um espaço de trabalho em um servidor de equipe: o app não consegue fazer a cópia de segurança lá. Exporte-o primeiro (microcomm workspace export NOME -o ARQUIVO) e depois peça ao administrador do servidor para removê-lo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="373" />
            <source>A workspace named {name} exists again; rename it first, then undo the deletion.</source>
            <translation>Existe de novo um espaço de trabalho chamado {name}; renomeie-o primeiro e depois desfaça a exclusão.</translation>
        </message>
    </context>
    <context>
        <name>store.db</name>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="68" />
            <source>'{url}' is not a database URL; write it like postgresql://user@host/database.</source>
            <translation>'{url}' não é uma URL de banco de dados; escreva assim: postgresql://user@host/database.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="74" />
            <source>MicroComm's team server is PostgreSQL; '{backend}' URLs are not supported (a local SQLite file is chosen with --data-dir).</source>
            <translation>O servidor de equipe do MicroComm é PostgreSQL; URLs '{backend}' não são aceitas (um arquivo SQLite local é escolhido com --data-dir).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="82" />
            <source>The database URL names no database; add it after the host: postgresql://host/NAME.</source>
            <translation>A URL não indica nenhum banco de dados; acrescente-o depois do host: postgresql://host/NAME.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="90" />
            <source>SQLite file {path}</source>
            <translation>Arquivo SQLite {path}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="91" />
            <source>local socket</source>
            <translation>socket local</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="305" />
            <source>Another import or edit has been writing to this data for over {seconds} s; nothing was changed. Try again when it has finished.</source>
            <translation>Outra importação ou edição está gravando nestes dados há mais de {seconds} s; nada foi alterado. Tente de novo quando terminar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="330" />
            <source>Another member's import or edit has been writing to this workspace for over {seconds} s; nothing was changed. Try again when it has finished.</source>
            <translation>A importação ou edição de outro membro está gravando neste espaço de trabalho há mais de {seconds} s; nada foi alterado. Tente de novo quando terminar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="380" />
            <source>Not saved: {problem}</source>
            <translation>Não salvo: {problem}</translation>
        </message>
    </context>
    <context>
        <name>store.files</name>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="47" />
            <source>MicroComm cannot open its data file {path}: {reason}. Nothing was changed.</source>
            <translation>O MicroComm não consegue abrir o arquivo de dados {path}: {reason}. Nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="50" />
            <source>MicroComm cannot open its data file {path}: {reason}. Nothing was changed. Check the folder's permissions and free disk space.</source>
            <translation>O MicroComm não consegue abrir o arquivo de dados {path}: {reason}. Nada foi alterado. Confira as permissões da pasta e o espaço livre em disco.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="62" />
            <source>The data file {path} is empty (0 bytes).</source>
            <translation>O arquivo de dados {path} está vazio (0 bytes).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="67" />
            <source>The data file {path} is not a MicroComm database (it is not SQLite).</source>
            <translation>O arquivo de dados {path} não é um banco de dados do MicroComm (não é SQLite).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="101" />
            <location filename="../../microcomm_desktop/store/files.py" line="105" />
            <location filename="../../microcomm_desktop/store/files.py" line="110" />
            <source>The data file {path} is damaged: {reason}.</source>
            <translation>O arquivo de dados {path} está danificado: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="136" />
            <source>The disk is full ({free} MB free): the change was not saved and your data is unchanged. Free some space, then try again.</source>
            <translation>O disco está cheio ({free} MB livres): a alteração não foi salva e seus dados estão intactos. Libere espaço e tente de novo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="156" />
            <source>The disk is full ({free} MB free): MicroComm cannot write to {path}. Your data is not damaged. Free some space, then start MicroComm again.</source>
            <translation>O disco está cheio ({free} MB livres): o MicroComm não consegue gravar em {path}. Seus dados não estão danificados. Libere espaço e inicie o MicroComm de novo.</translation>
        </message>
    </context>
    <context>
        <name>store.migrate</name>
        <message>
            <location filename="../../microcomm_desktop/store/migrate.py" line="40" />
            <source>{what} was written by a newer version of MicroComm (schema {schema}). Update the app to open it; the file was not changed.</source>
            <translation>{what} foi gravado por uma versão mais nova do MicroComm (esquema {schema}). Atualize o app para abri-lo; o arquivo não foi alterado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/migrate.py" line="44" />
            <source>This data file</source>
            <translation>Este arquivo de dados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/migrate.py" line="71" />
            <source>{path} is an SQLite database but not a MicroComm one (it has none of MicroComm's tables). It was not changed; point --data-dir at another folder.</source>
            <translation>{path} é um banco de dados SQLite, mas não do MicroComm (não tem nenhuma das tabelas do MicroComm). Não foi alterado; aponte --data-dir para outra pasta.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/migrate.py" line="78" />
            <source>{path} holds MicroComm data but its schema version is missing (the alembic_version table is gone), so MicroComm cannot tell which version wrote it and will not guess. The file was not changed. Restore a backup (File › Restore from backup…, or: microcomm backup restore), or start with another --data-dir.</source>
            <translation>{path} contém dados do MicroComm, mas falta a versão do esquema (a tabela alembic_version sumiu), então o MicroComm não sabe qual versão o gravou e não vai adivinhar. O arquivo não foi alterado. Restaure um backup (Arquivo › Restaurar de um backup…, ou: microcomm backup restore) ou inicie com outro --data-dir.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/migrate.py" line="199" />
            <source>{path} has tables but no schema version; it was not changed.</source>
            <translation>{path} tem tabelas, mas nenhuma versão de esquema; não foi alterado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/migrate.py" line="200" />
            <source>The data file</source>
            <translation>O arquivo de dados</translation>
        </message>
    </context>
</TS>