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
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="125" />
            <source>Live attendance</source>
            <translation>Presença ao vivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="126" />
            <source>DM reply rate (%)</source>
            <translation>Taxa de resposta a DMs (%)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="127" />
            <source>Conversions</source>
            <translation>Conversões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="128" />
            <source>Revenue</source>
            <translation>Receita</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="129" />
            <source>Spend (fees + paid media)</source>
            <translation>Gasto (cachês + mídia paga)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="130" />
            <source>Email sign-ups</source>
            <translation>Cadastros de e-mail</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="131" />
            <source>Demo requests</source>
            <translation>Pedidos de demonstração</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="132" />
            <source>Repeat purchases</source>
            <translation>Compras repetidas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="133" />
            <source>Top questions</source>
            <translation>Principais perguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="134" />
            <source>Objections</source>
            <translation>Objeções</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="135" />
            <source>Words members use</source>
            <translation>Palavras que os membros usam</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="179" />
            <source>All posts: community posts are judged on replies, saves and returning engagers; reach posts on reach and shares (DOMAIN §4). Pick one label to see only those posts.</source>
            <translation>Todos os posts: posts de comunidade são avaliados por respostas, salvamentos e participantes recorrentes; posts de alcance, por alcance e compartilhamentos (DOMAIN §4). Escolha um rótulo para ver só esses posts.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="203" />
            <source>Recomputing the scorecard…</source>
            <translation>Recalculando o painel de indicadores…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="204" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="207" />
            <source>Export weekly report…</source>
            <translation>Exportar relatório semanal…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="208" />
            <source>One-page PDF and an HTML file for the week holding today (Ctrl+Shift+R)</source>
            <translation>PDF de uma página e um arquivo HTML da semana que contém hoje (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="210" />
            <source>Export 30-day report…</source>
            <translation>Exportar relatório de 30 dias…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="212" />
            <source>Calibrate bands…</source>
            <translation>Calibrar faixas…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="215" />
            <source>Propose benchmark bands from your own last 30/60/90 days (the middle half of your values), shown beside the niche defaults; applied to this workspace, undoable</source>
            <translation>Propor faixas de referência a partir dos seus últimos 30/60/90 dias (a metade central dos seus valores), ao lado dos padrões do nicho; aplicadas a este espaço de trabalho, podem ser desfeitas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="224" />
            <source>Posts:</source>
            <translation>Posts:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="227" />
            <source>Range:</source>
            <translation>Período:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="240" />
            <source>Filter weeks…</source>
            <translation>Filtrar semanas…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="250" />
            <source>No posts or interactions in this range yet. Log posts (Posts tab) or import them, and this scorecard fills in week by week.</source>
            <translation>Ainda não há posts nem interações neste período. Registre posts (aba Posts) ou importe-os, e este painel se preenche semana a semana.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="271" />
            <source>What to do now</source>
            <translation>O que fazer agora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="309" />
            <source>People grouped by the week they first engaged; each cell is the share of that group engaging again in week +1…+4. Greener = newcomers come back.</source>
            <translation>Pessoas agrupadas pela semana em que participaram pela primeira vez; cada célula é a parcela do grupo que volta a participar na semana +1…+4. Mais verde = os novatos voltam.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="315" />
            <source>Newcomer cohorts</source>
            <translation>Coortes de novatos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="317" />
            <source>Distinct days with an interaction in the last 30 days</source>
            <translation>Dias distintos com uma interação nos últimos 30 dias</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="318" />
            <source>Distinct days engaged in the 30 days before they went quiet</source>
            <translation>Dias distintos com participação nos 30 dias antes de ficarem em silêncio</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="322" />
            <source>&lt;b&gt;Top engagers&lt;/b&gt; — power-member candidates (most returning days, last 30)</source>
            <translation>&lt;b&gt;Participantes mais ativos&lt;/b&gt; — candidatos a membros-chave (mais dias de retorno, últimos 30)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="323" />
            <source>&lt;b&gt;Fading regulars&lt;/b&gt; — returning before, silent for 14+ days: nudge them</source>
            <translation>&lt;b&gt;Frequentadores sumindo&lt;/b&gt; — antes recorrentes, 14+ dias em silêncio: dê um toque neles</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="330" />
            <source>Top engagers</source>
            <translation>Participantes mais ativos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="331" />
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="698" />
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="925" />
            <source>Week notes</source>
            <translation>Notas da semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="404" />
            <source>One per line; quoted words members use</source>
            <translation>Uma por linha; palavras dos membros entre aspas</translation>
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
            <translation>vazio = desconhecido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="420" />
            <source>CPA = spend / conversions (blended: creator fees + paid media)</source>
            <translation>CPA = gasto / conversões (combinado: cachês de criadores + mídia paga)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="422" />
            <source>Save week notes</source>
            <translation>Salvar notas da semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="423" />
            <source>Ctrl+S — undo with Ctrl+Z</source>
            <translation>Ctrl+S — desfazer com Ctrl+Z</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="440" />
            <source>Week notes: could not save an open edit: {reason}</source>
            <translation>Notas da semana: não foi possível salvar uma edição aberta: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="466" />
            <source>“From” is after “to”: pick an earlier start.</source>
            <translation>“De” é depois de “até”: escolha um início anterior.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="469" />
            <source>Pick a range of at most 20 years.</source>
            <translation>Escolha um período de no máximo 20 anos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="528" />
            <source>Could not compute the scorecard: {reason}</source>
            <translation>Não foi possível calcular o painel de indicadores: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="589" />
            <source>ER = engagements / {denominator} (workspace setting). Returning engagers = people who engaged on 2+ different days in the 30 days ending each week. Cell colours: red below the benchmark band, green in it, blue above it. ▲▼ = change from the week before. Hover a cell for its formula and inputs.</source>
            <translation>ER = interações / {denominator} (configuração do espaço de trabalho). Participantes recorrentes = pessoas que participaram em 2+ dias diferentes nos 30 dias que terminam em cada semana. Cores: vermelho abaixo da faixa, verde dentro, azul acima. ▲▼ = variação em relação à semana anterior. Passe o mouse sobre uma célula para ver a fórmula e os dados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="607" />
            <source>returning engagers</source>
            <translation>participantes recorrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="626" />
            <source>No data yet.</source>
            <translation>Ainda não há dados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="699" />
            <source>The notes of the week you left were not saved: {reason}</source>
            <translation>As notas da semana que você deixou não foram salvas: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="723" />
            <source>Week notes for the week of {week} not stored yet: {reason}</source>
            <translation>As notas da semana de {week} ainda não foram guardadas: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="730" />
            <source>The week of {week} is no longer in the scorecard: its typed notes are kept as a draft and come back when that week is shown.</source>
            <translation>A semana de {week} não está mais no painel: as notas digitadas ficam como rascunho e voltam quando essa semana for exibida.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="741" />
            <source>Select a week in the scorecard to enter its outcomes and notes.</source>
            <translation>Selecione uma semana no painel para registrar os resultados e as notas dela.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="757" />
            <source>Week notes: restored an unsaved draft from {when}</source>
            <translation>Notas da semana: rascunho não salvo de {when} restaurado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="785" />
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="931" />
            <source>Saved notes for the week of {week}</source>
            <translation>Notas da semana de {week} salvas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="793" />
            <source>Notes for the week of {week} are not valid yet: kept as a draft (select that week to finish them).</source>
            <translation>As notas da semana de {week} ainda não são válidas: mantidas como rascunho (selecione essa semana para terminá-las).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="880" />
            <source>&lt;b&gt;Week of {week}&lt;/b&gt; — business outcomes and what members said (used by the reports)</source>
            <translation>&lt;b&gt;Semana de {week}&lt;/b&gt; — resultados de negócio e o que os membros disseram (usado pelos relatórios)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="890" />
            <source>CPA this week: {cpa}</source>
            <translation>CPA desta semana: {cpa}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="890" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="914" />
            <source>Save notes for the week of {week}</source>
            <translation>Salvar notas da semana de {week}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/dashboard/page.py" line="925" />
            <source>Not saved: {reason}</source>
            <translation>Não salvo: {reason}</translation>
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
            <translation>Qtd.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="50" />
            <source>Timing</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="51" />
            <source>Call to action</source>
            <translation>Chamada para ação</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="52" />
            <source>Unit price</source>
            <translation>Preço unitário</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="53" />
            <source>Linked posts</source>
            <translation>Posts vinculados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="99" />
            <source>Edit deal</source>
            <translation>Editar acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="99" />
            <source>New deal</source>
            <translation>Novo acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="107" />
            <source>e.g. TrailFlex Socks</source>
            <translation>ex.: TrailFlex Socks</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="110" />
            <source>e.g. 4-week series</source>
            <translation>ex.: série de 4 semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="112" />
            <source>(no linked creator)</source>
            <translation>(nenhum criador vinculado)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="117" />
            <source>Link the deal to a creator in the Creators roster (optional)</source>
            <translation>Vincule o acordo a um criador da lista de criadores (opcional)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="119" />
            <source>Creator or account name shown on quotes</source>
            <translation>Nome do criador ou da conta mostrado nos orçamentos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="128" />
            <source>Creator fees for all deliverables</source>
            <translation>Cachê do criador por todas as entregas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="130" />
            <source>Paid media spend on top of the fee</source>
            <translation>Gasto com mídia paga além do cachê</translation>
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
            <translation>Criador (lista)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="135" />
            <source>Creator &amp;name</source>
            <translation>&amp;Nome do criador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="136" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="137" />
            <source>Start date</source>
            <translation>Data de início</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="138" />
            <source>End date</source>
            <translation>Data de término</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="139" />
            <source>Quote valid until</source>
            <translation>Orçamento válido até</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="140" />
            <source>Creator &amp;fees</source>
            <translation>&amp;Cachê do criador</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="141" />
            <source>Paid &amp;media</source>
            <translation>Mídia &amp;paga</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="144" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="145" />
            <source>Deal</source>
            <translation>Acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="159" />
            <source>&amp;Add deliverable</source>
            <translation>&amp;Adicionar entrega</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="161" />
            <source>&amp;Remove</source>
            <translation>&amp;Remover</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="163" />
            <source>&amp;Link posts…</source>
            <translation>&amp;Vincular posts…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="164" />
            <source>Pick the logged posts that carried the selected deliverable</source>
            <translation>Escolha os posts registrados que cumpriram a entrega selecionada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="175" />
            <source>Priced quote lines kept with this deal: {lines}</source>
            <translation>Linhas de orçamento com preço guardadas com este acordo: {lines}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="178" />
            <source>Deliverables</source>
            <translation>Entregas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="193" />
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="193" />
            <source>Agreed test budget for whitelisted ads</source>
            <translation>Orçamento de teste combinado para anúncios com whitelisting</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="197" />
            <source>Test budget</source>
            <translation>Orçamento de teste</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="199" />
            <source>e.g. #ad Paid partnership with …</source>
            <translation>ex.: #publi Parceria paga com …</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="200" />
            <source>Endorsements with a material connection must be disclosed clearly</source>
            <translation>Recomendações com vínculo comercial precisam ser sinalizadas com clareza</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="201" />
            <source>Disclosure</source>
            <translation>Aviso de publicidade</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="202" />
            <source>Disclosure line</source>
            <translation>Texto do aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="203" />
            <source>Terms</source>
            <translation>Condições</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="208" />
            <source>Total impressions once live</source>
            <translation>Impressões totais depois de publicado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="209" />
            <source>Video views</source>
            <translation>Visualizações do vídeo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="210" />
            <source>Purchases / conversions</source>
            <translation>Compras / conversões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="211" />
            <source>Revenue attributed to the deal</source>
            <translation>Receita atribuída ao acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="224" />
            <source>Impressions</source>
            <translation>Impressões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="225" />
            <source>Views</source>
            <translation>Visualizações</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="226" />
            <source>Conversions</source>
            <translation>Conversões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="227" />
            <source>Revenue</source>
            <translation>Receita</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="233" />
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="288" />
            <source>Select the row and press Link posts…</source>
            <translation>Selecione a linha e clique em Vincular posts…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="307" />
            <source>Select a deliverable first, then link its posts.</source>
            <translation>Selecione uma entrega primeiro e depois vincule os posts dela.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="332" />
            <source>Deliverable {row}: quantity must be a whole number (got “{text}”).</source>
            <translation>Entrega {row}: a quantidade precisa ser um número inteiro (foi digitado “{text}”).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="338" />
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="343" />
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="345" />
            <source>Deliverable {row}: {problem}</source>
            <translation>Entrega {row}: {problem}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="340" />
            <source>Deliverable {row}: name the format (e.g. short video).</source>
            <translation>Entrega {row}: informe o formato (ex.: vídeo curto).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="342" />
            <source>The quantity</source>
            <translation>A quantidade</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="344" />
            <source>The amount (quantity × price)</source>
            <translation>O valor (quantidade × preço)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="402" />
            <source>Some fields need fixing (marked in red).</source>
            <translation>Alguns campos precisam de correção (marcados em vermelho).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="434" />
            <source>from linked posts</source>
            <translation>dos posts vinculados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="437" />
            <source>conversions too</source>
            <translation>conversões também</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="439" />
            <source>conversions are the typed number</source>
            <translation>as conversões são o número digitado</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="443" />
            <source>Results come from %Ln linked post(s): {impressions} impressions, {views} views ({conversions}). Typed impressions/views are ignored while posts are linked.</source>
            <translation>
                <numerusform>Os resultados vêm de %Ln post vinculado: {impressions} impressões, {views} visualizações ({conversions}). Impressões/visualizações digitadas são ignoradas enquanto houver posts vinculados.</numerusform>
                <numerusform>Os resultados vêm de %Ln posts vinculados: {impressions} impressões, {views} visualizações ({conversions}). Impressões/visualizações digitadas são ignoradas enquanto houver posts vinculados.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="455" />
            <source>Type the results once the deal is live — or link posts on the Deliverables tab.</source>
            <translation>Digite os resultados quando o acordo estiver no ar — ou vincule posts na aba Entregas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="458" />
            <source>Fix the fee and media amounts to see the figures.</source>
            <translation>Corrija os valores de cachê e mídia para ver os números.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="469" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="472" />
            <source>&lt;b&gt;Blended&lt;/b&gt; (cost {cost}): CPM &lt;b&gt;{cpm}&lt;/b&gt; · CPV &lt;b&gt;{cpv}&lt;/b&gt; · CPA &lt;b&gt;{cpa}&lt;/b&gt; · ROAS &lt;b&gt;{roas}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Combinado&lt;/b&gt; (custo {cost}): CPM &lt;b&gt;{cpm}&lt;/b&gt; · CPV &lt;b&gt;{cpv}&lt;/b&gt; · CPA &lt;b&gt;{cpa}&lt;/b&gt; · ROAS &lt;b&gt;{roas}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/deal_form.py" line="489" />
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
        <name>DecisionCommand</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="140" />
            <source>log decision</source>
            <translation>registrar decisão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="167" />
            <source>edit decision</source>
            <translation>editar decisão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="184" />
            <source>delete decision</source>
            <translation>excluir decisão</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="49" />
            <source>Edit decision</source>
            <translation>Editar decisão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="49" />
            <source>Log a decision</source>
            <translation>Registrar uma decisão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="54" />
            <source>The week the decision rests on (snapped to the workspace's week start)</source>
            <translation>A semana em que a decisão se baseia (ajustada ao início de semana do espaço de trabalho)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="62" />
            <source>measured on… e.g. format: carousel</source>
            <translation>medido em… ex.: formato: carrossel</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="64" />
            <source>e.g. Dropped the carousel format: saves/1k fell 3 weeks in a row.</source>
            <translation>ex.: Abandonamos o formato carrossel: salvamentos/1k caíram 3 semanas seguidas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="75" />
            <source>Week of:</source>
            <translation>Semana de:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="76" />
            <source>Rests on:</source>
            <translation>Baseia-se em:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="77" />
            <source>Measured on:</source>
            <translation>Medido em:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="78" />
            <source>Decision:</source>
            <translation>Decisão:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/decision_edit.py" line="80" />
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
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="212" />
            <source>Week of</source>
            <translation>Semana de</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="213" />
            <source>Rests on</source>
            <translation>Baseada em</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="214" />
            <source>Decision</source>
            <translation>Decisão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="220" />
            <source>Replies per 1k reach</source>
            <translation>Respostas por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="221" />
            <source>Saves per 1k reach</source>
            <translation>Salvamentos por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="222" />
            <source>Engagement rate</source>
            <translation>Taxa de engajamento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="223" />
            <source>Returning engagers reached</source>
            <translation>Participantes recorrentes alcançados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="224" />
            <source>Returning share</source>
            <translation>Parcela recorrente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="225" />
            <source>Post count</source>
            <translation>Número de posts</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="226" />
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
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="65" />
            <source>Filter…</source>
            <translation>Filtrar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="94" />
            <source>Export to CSV</source>
            <translation>Exportar para CSV</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="94" />
            <source>CSV files (*.csv)</source>
            <translation>Arquivos CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="106" />
            <source>Export failed</source>
            <translation>A exportação falhou</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="107" />
            <source>Could not write {path}:</source>
            <translation>Não foi possível gravar {path}:</translation>
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
            <translation>duas vezes por semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="39" />
            <source>every two weeks</source>
            <translation>a cada duas semanas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="39" />
            <source>monthly</source>
            <translation>mensal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="41" />
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="42" />
            <source>Description:</source>
            <translation>Descrição:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="43" />
            <source>Cadence:</source>
            <translation>Frequência:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="50" />
            <source>Add format</source>
            <translation>Adicionar formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="51" />
            <source>Update</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="52" />
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="60" />
            <source>Templates:</source>
            <translation>Modelos:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="76" />
            <source>no cadence</source>
            <translation>sem frequência</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="87" />
            <source>&lt;span style='{style}'&gt;{n} of 3 recurring formats — incomplete.&lt;/span&gt; Add formats that deliver the promise, or one click on a template below.</source>
            <translation>&lt;span style='{style}'&gt;{n} de 3 formatos recorrentes — incompleto.&lt;/span&gt; Adicione formatos que cumpram a promessa, ou escolha com um clique um modelo abaixo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="92" />
            <source>{n} recurring formats ✓ — three is the recommended set.</source>
            <translation>{n} formatos recorrentes ✓ — três é o conjunto recomendado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="111" />
            <source>Add format {name}</source>
            <translation>Adicionar formato {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="125" />
            <source>Select a format to update.</source>
            <translation>Selecione um formato para atualizar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="135" />
            <source>Edit format</source>
            <translation>Editar formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/formats.py" line="150" />
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
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="12" />
            <source>&lt;h2&gt;How MicroComm measures a community&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Como o MicroComm mede uma comunidade&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="14" />
            <source>&lt;p&gt;&lt;b&gt;Reach&lt;/b&gt; = unique accounts that saw the content; &lt;b&gt;impressions&lt;/b&gt; = total views including repeats; &lt;b&gt;engagements&lt;/b&gt; = likes + comments + shares + saves, or the platform's own total when only that is known.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Alcance&lt;/b&gt; = contas únicas que viram o conteúdo; &lt;b&gt;impressões&lt;/b&gt; = visualizações totais, incluindo repetidas; &lt;b&gt;engajamentos&lt;/b&gt; = curtidas + comentários + compartilhamentos + salvamentos, ou o total da própria plataforma quando só ele é conhecido.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="23" />
            <source>&lt;li&gt;&lt;b&gt;Engagement rate (ER)&lt;/b&gt; = engagements / reach (default) or / impressions — one definition per workspace, chosen in File › Workspace settings, and named next to every ER figure.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Taxa de engajamento (ER)&lt;/b&gt; = engajamentos / alcance (padrão) ou / impressões — uma definição por espaço de trabalho, escolhida em Arquivo › Configurações do espaço de trabalho, e indicada ao lado de cada número de ER.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="30" />
            <source>&lt;li&gt;&lt;b&gt;Saves per 1,000 reach&lt;/b&gt; = saves / reach × 1000. &lt;b&gt;Replies per 1,000 reach&lt;/b&gt; = replies / reach × 1000.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Salvamentos por 1.000 de alcance&lt;/b&gt; = salvamentos / alcance × 1000. &lt;b&gt;Respostas por 1.000 de alcance&lt;/b&gt; = respostas / alcance × 1000.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="37" />
            <source>&lt;li&gt;&lt;b&gt;Returning engagers (30 days)&lt;/b&gt;: people who engaged on at least two different calendar days within the trailing 30-day window; &lt;b&gt;returning share&lt;/b&gt; = returning / engaged people.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Participantes recorrentes (30 dias)&lt;/b&gt;: pessoas que interagiram em pelo menos dois dias corridos diferentes dentro da janela dos últimos 30 dias; &lt;b&gt;parcela de recorrentes&lt;/b&gt; = recorrentes / pessoas que interagiram.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="44" />
            <source>&lt;li&gt;&lt;b&gt;Conversation depth&lt;/b&gt;: a thread is a top-level comment plus its replies; a &lt;i&gt;deep thread&lt;/i&gt; has at least 3 messages from at least 2 people.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Profundidade da conversa&lt;/b&gt;: uma conversa é um comentário de primeiro nível mais as respostas; uma &lt;i&gt;conversa profunda&lt;/i&gt; tem pelo menos 3 mensagens de pelo menos 2 pessoas.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="51" />
            <source>&lt;li&gt;&lt;b&gt;Community Health Score&lt;/b&gt; = RE% × 0.4 + replies/1k normalised × 0.3 + saves/1k normalised × 0.3, where a normalised value = min(value / band top × 100, 100) with band tops {replies_top} (replies) and {saves_top} (saves) by default (calibrating a workspace's bands does not move them).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Índice de saúde da comunidade&lt;/b&gt; = RE% × 0,4 + respostas/1k normalizadas × 0,3 + salvamentos/1k normalizados × 0,3, em que um valor normalizado = min(valor / teto da faixa × 100, 100) com tetos {replies_top} (respostas) e {saves_top} (salvamentos) por padrão (calibrar as faixas de um espaço de trabalho não os altera).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="59" />
            <source>&lt;li&gt;A zero denominator shows &lt;b&gt;n/a&lt;/b&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Um denominador zero mostra &lt;b&gt;n/d&lt;/b&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="61" />
            <source>&lt;li&gt;&lt;b&gt;Your own accounts&lt;/b&gt; (Workspace settings › Your own handles) never count as engagers anywhere; their replies still time the response SLA and count in conversation depth.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Suas próprias contas&lt;/b&gt; (Configurações do espaço de trabalho › Seus próprios perfis) nunca contam como participantes; as respostas delas ainda contam para o SLA de resposta e para a profundidade da conversa.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="68" />
            <source>&lt;li&gt;&lt;b&gt;DM back-and-forth&lt;/b&gt;: a DM thread is a member's first DM plus the answers to it; per week, mean messages per DM thread and the share of those threads that got an answer (from the logged DMs, beside the typed DM reply rate).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Troca de DMs&lt;/b&gt;: uma conversa de DM é a primeira DM de um membro mais as respostas a ela; por semana, a média de mensagens por conversa de DM e a parcela dessas conversas que teve resposta (das DMs registradas, ao lado da taxa de resposta de DM digitada).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="76" />
            <source>&lt;li&gt;&lt;b&gt;Reach stand-in&lt;/b&gt;: when a post has no reach (YouTube exports), the workspace may divide by views or impressions instead (Workspace settings); every such figure is marked &lt;b&gt;*&lt;/b&gt; and names the stand-in.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Substituto do alcance&lt;/b&gt;: quando um post não tem alcance (exportações do YouTube), o espaço de trabalho pode dividir por visualizações ou impressões (Configurações do espaço de trabalho); cada número assim é marcado com &lt;b&gt;*&lt;/b&gt; e indica o substituto.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="84" />
            <source>&lt;h3&gt;Benchmarks (directional)&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Referências (indicativas)&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="86" />
            <source>&lt;p&gt;A post's ER is judged on the poll and Q and A band when its format names a poll, quiz or Q and A (e.g. "Poll", "Sunday Q and A"), else on the feed band. Every band can be calibrated from your own last 30/60/90 days (Dashboard › Calibrate bands…, or &lt;code&gt;microcomm workspace calibrate&lt;/code&gt;): that workspace then uses its own bands; the defaults below stay one click away (undo).&lt;/p&gt;</source>
            <translation>&lt;p&gt;A ER de um post é avaliada pela faixa de enquetes e perguntas e respostas quando o formato cita enquete, quiz ou perguntas e respostas (ex.: “Poll”, “Sunday Q and A”); senão, pela faixa do feed. Cada faixa pode ser calibrada com seus próprios últimos 30/60/90 dias (Painel › Calibrar faixas…, ou &lt;code&gt;microcomm workspace calibrate&lt;/code&gt;): esse espaço de trabalho passa a usar as próprias faixas; os padrões abaixo ficam a um clique (desfazer).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="95" />
            <source>&lt;tr&gt;&lt;th&gt;signal&lt;/th&gt;&lt;th&gt;default band&lt;/th&gt;&lt;th&gt;action if below&lt;/th&gt;&lt;/tr&gt;</source>
            <translation>&lt;tr&gt;&lt;th&gt;sinal&lt;/th&gt;&lt;th&gt;faixa padrão&lt;/th&gt;&lt;th&gt;ação se abaixo&lt;/th&gt;&lt;/tr&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="98" />
            <source>&lt;h3&gt;Deals&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Acordos&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="100" />
            <source>&lt;p&gt;&lt;b&gt;CPM&lt;/b&gt; = spend / impressions × 1000 · &lt;b&gt;CPV&lt;/b&gt; = spend / views · &lt;b&gt;CPA&lt;/b&gt; = spend / conversions. &lt;b&gt;Blended&lt;/b&gt; figures use total cost = creator fees + paid media. &lt;b&gt;Disclosure spot-checks&lt;/b&gt;: of the sponsored posts (posts linked to a deal) you checked, the share that carried the disclosure line (Deals › Saved deals › Disclosure checks…).&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;CPM&lt;/b&gt; = gasto / impressões × 1000 · &lt;b&gt;CPV&lt;/b&gt; = gasto / visualizações · &lt;b&gt;CPA&lt;/b&gt; = gasto / conversões. Números &lt;b&gt;combinados&lt;/b&gt; usam o custo total = cachê do criador + mídia paga. &lt;b&gt;Verificações do aviso de publicidade&lt;/b&gt;: dos posts patrocinados (vinculados a um acordo) que você verificou, a parcela que tinha o aviso (Acordos › Acordos salvos › Verificações do aviso…).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="108" />
            <source>&lt;h3&gt;Response SLA and reports&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;SLA de resposta e relatórios&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="110" />
            <source>&lt;p&gt;&lt;b&gt;Response SLA&lt;/b&gt; = of the first N comments on a post (not yours), how many got your reply within M minutes; N and M are set in Rituals › Response SLA. Computed from timestamps when your replies are logged, else typed per post; the Dashboard, Rituals, reports and the command line all show this one figure. The &lt;b&gt;30-day report&lt;/b&gt; covers exactly the 30 days ending on the chosen day, cut into weeks at your week start.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;SLA de resposta&lt;/b&gt; = dos primeiros N comentários de um post (não seus), quantos tiveram sua resposta em até M minutos; N e M são definidos em Rituais › SLA de resposta. Calculado pelos horários quando suas respostas estão registradas; senão, digitado por post; o Painel, os Rituais, os relatórios e a linha de comando mostram este mesmo número. O &lt;b&gt;relatório de 30 dias&lt;/b&gt; cobre exatamente os 30 dias que terminam no dia escolhido, divididos em semanas a partir do seu início de semana.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="119" />
            <source>&lt;h3&gt;The 30-day sprint&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;O sprint de 30 dias&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="121" />
            <source>&lt;p&gt;If returning engagers and replies per 1,000 reach both improved in each of the last two week-over-week steps, &lt;b&gt;continue&lt;/b&gt; the same rituals; otherwise &lt;b&gt;narrow&lt;/b&gt; the topic and reduce formats; with fewer than three weeks of data: &lt;b&gt;not enough data&lt;/b&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Se os participantes recorrentes e as respostas por 1.000 de alcance melhoraram em cada um dos dois últimos passos de semana a semana, &lt;b&gt;continue&lt;/b&gt; com os mesmos rituais; senão, &lt;b&gt;restrinja&lt;/b&gt; o tema e reduza os formatos; com menos de três semanas de dados: &lt;b&gt;dados insuficientes&lt;/b&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="128" />
            <source>&lt;h3&gt;Keyboard&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Teclado&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="130" />
            <source>&lt;p&gt;Ctrl+1…8 switch tabs · Ctrl+K switch workspace · Ctrl+F filter a table · Ctrl+E export the table to CSV · Ctrl+Z / Ctrl+Shift+Z undo / redo · Ctrl+I import posts · Ctrl+Shift+B back up now · F5 reload from the data file (changes made by a command-line import while the window is open also appear on their own within a few seconds).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ctrl+1…8 trocar de aba · Ctrl+K trocar de espaço de trabalho · Ctrl+F filtrar uma tabela · Ctrl+E exportar a tabela para CSV · Ctrl+Z / Ctrl+Shift+Z desfazer / refazer · Ctrl+I importar posts · Ctrl+Shift+B fazer backup agora · F5 recarregar do arquivo de dados (alterações de uma importação pela linha de comando com a janela aberta também aparecem sozinhas em poucos segundos).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/dialogs/help.py" line="165" />
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
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="192" />
            <source>Only %n post(s): too few to judge — shown, but not ranked as evidence.</source>
            <translation>
                <numerusform>Só %n post: poucos para avaliar — exibido, mas não conta como evidência.</numerusform>
                <numerusform>Só %n posts: poucos para avaliar — exibidos, mas não contam como evidência.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="198" />
            <source>Benchmark {low}–{high}: below</source>
            <translation>Referência {low}–{high}: abaixo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="200" />
            <source>Benchmark {low}–{high}: in</source>
            <translation>Referência {low}–{high}: dentro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="202" />
            <source>Benchmark {low}–{high}: above</source>
            <translation>Referência {low}–{high}: acima</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/insight_table_model.py" line="204" />
            <source> (polls and Q and A have their own, higher ER band)</source>
            <translation> (enquetes e perguntas e respostas têm sua própria faixa de ER, mais alta)</translation>
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
            <translation>Degrau da pergunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="66" />
            <source>Community posts</source>
            <translation>Posts de comunidade</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="67" />
            <source>Reach posts</source>
            <translation>Posts de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="68" />
            <source>All posts</source>
            <translation>Todos os posts</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="71" />
            <source>Last 30 days</source>
            <translation>Últimos 30 dias</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="72" />
            <source>Last 90 days</source>
            <translation>Últimos 90 dias</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="73" />
            <source>Last 180 days</source>
            <translation>Últimos 180 dias</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="74" />
            <source>Last 365 days</source>
            <translation>Últimos 365 dias</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="75" />
            <source>Custom</source>
            <translation>Personalizado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="88" />
            <source>Median / mean replies per 1k: over each post's own replies ÷ reach × 1000. Saves/1k and ER: pooled over the group. Returning reached: distinct people who engaged with these posts in the period and engaged on 2+ days in the 30 days ending on the period's last day. Groups with fewer than {n} posts are marked “too few posts to judge” and listed last. Colours: below / in / above the benchmark band.</source>
            <translation>Mediana / média de respostas por 1.000: sobre as respostas ÷ alcance × 1000 de cada post. Salvamentos/1.000 e ER: agregados sobre o grupo. Recorrentes alcançados: pessoas distintas que participaram desses posts no período e participaram em 2+ dias nos 30 dias até o último dia do período. Grupos com menos de {n} posts são marcados “poucos posts para avaliar” e ficam por último. Cores: abaixo / dentro / acima da faixa de referência.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="149" />
            <source>Group the period's posts by theme, format, ritual or the prompt-ladder rung</source>
            <translation>Agrupe os posts do período por tema, formato, ritual ou degrau da escada de perguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="162" />
            <source>Judge community posts on replies and saves; reach posts on shares and discovery</source>
            <translation>Avalie posts de comunidade por respostas e salvamentos; posts de alcance, por compartilhamentos e descoberta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="168" />
            <source>Minimum posts for a group or time slot to be judged (saved for this workspace; default 3)</source>
            <translation>Mínimo de posts para avaliar um grupo ou uma faixa de horário (salvo para este espaço de trabalho; padrão 3)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="178" />
            <source>Group by</source>
            <translation>Agrupar por</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="179" />
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="180" />
            <source>from</source>
            <translation>de</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="181" />
            <source>to</source>
            <translation>até</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="182" />
            <source>Posts</source>
            <translation>Posts</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="183" />
            <source>Min. posts</source>
            <translation>Mín. posts</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="208" />
            <source>Log a decision</source>
            <translation>Registrar uma decisão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="216" />
            <source>Filter groups… (Ctrl+F)</source>
            <translation>Filtrar grupos… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="230" />
            <source>per 1,000 reach</source>
            <translation>por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="245" />
            <source>Shortlist</source>
            <translation>Pré-seleção</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="248" />
            <source>Best times</source>
            <translation>Melhores horários</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="249" />
            <source>Decision log</source>
            <translation>Registro de decisões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="259" />
            <source>No posts in this period yet. Log or import posts on the Posts tab, tag them with themes and formats, and their ranking appears here.</source>
            <translation>Ainda não há posts neste período. Registre ou importe posts na aba Posts, marque-os com temas e formatos, e o ranking deles aparece aqui.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="279" />
            <source>Themes of &lt;b&gt;community posts&lt;/b&gt; proven by replies &lt;i&gt;and&lt;/i&gt; saves per 1k reach (score = mean of both, each scaled to its benchmark top). Only themes with enough posts count as evidence.</source>
            <translation>Temas de &lt;b&gt;posts de comunidade&lt;/b&gt; comprovados por respostas &lt;i&gt;e&lt;/i&gt; salvamentos por 1.000 de alcance (pontuação = média dos dois, cada um escalado ao teto da sua referência). Só temas com posts suficientes contam como evidência.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="389" />
            <source>The period ends before it starts.</source>
            <translation>O período termina antes de começar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="403" />
            <source>Computing…</source>
            <translation>Calculando…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="408" />
            <source>Could not compute insights: {reason}</source>
            <translation>Não foi possível calcular as análises: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="423" />
            <source>&lt;b&gt;%n&lt;/b&gt; community post(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; post de comunidade</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; posts de comunidade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="425" />
            <source>&lt;b&gt;%n&lt;/b&gt; reach post(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; post de alcance</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; posts de alcance</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="427" />
            <source>&lt;b&gt;%n&lt;/b&gt;  post(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; post</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; posts</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="431" />
            <source>{posts} from {since} to {until}: median replies/1k &lt;b&gt;{median}&lt;/b&gt;, saves/1k &lt;b&gt;{saves}&lt;/b&gt;, ER &lt;b&gt;{er}&lt;/b&gt; (by {denominator}); &lt;b&gt;{returning}&lt;/b&gt; returning engagers in the 30 days to {day}.</source>
            <translation>{posts} de {since} a {until}: mediana de respostas/1.000 &lt;b&gt;{median}&lt;/b&gt;, salvamentos/1.000 &lt;b&gt;{saves}&lt;/b&gt;, ER &lt;b&gt;{er}&lt;/b&gt; (por {denominator}); &lt;b&gt;{returning}&lt;/b&gt; participantes recorrentes (30 dias até {day})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="501" />
            <source>Nothing to chart: no group has enough posts yet</source>
            <translation>Nada para mostrar no gráfico: nenhum grupo tem posts suficientes ainda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="512" />
            <source>Replies/1k</source>
            <translation>Respostas/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="520" />
            <source>Saves/1k</source>
            <translation>Salvamentos/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="531" />
            <source>Judged themes: median replies/1k and saves/1k</source>
            <translation>Temas avaliados: mediana de respostas/1.000 e salvamentos/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="532" />
            <source>Judged formats: median replies/1k and saves/1k</source>
            <translation>Formatos avaliados: mediana de respostas/1.000 e salvamentos/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="533" />
            <source>Judged rituals: median replies/1k and saves/1k</source>
            <translation>Rituais avaliados: mediana de respostas/1.000 e salvamentos/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="534" />
            <source>Judged rungs: median replies/1k and saves/1k</source>
            <translation>Degraus avaliados: mediana de respostas/1.000 e salvamentos/1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="548" />
            <source>No theme has enough community posts with reach in this period yet. Tag posts with themes (Posts tab) or widen the period.</source>
            <translation>Nenhum tema tem ainda posts de comunidade com alcance suficientes neste período. Marque posts com temas (aba Posts) ou amplie o período.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="563" />
            <source>&lt;b&gt;{rank}. {theme}&lt;/b&gt; — score {score}/100</source>
            <translation>&lt;b&gt;{rank}. {theme}&lt;/b&gt; — pontuação {score}/100</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="571" />
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="601" />
            <source>Add to next sprint</source>
            <translation>Adicionar ao próximo sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="573" />
            <source>Adds a task to week 1 of the upcoming sprint, or the current sprint's next week</source>
            <translation>Adiciona uma tarefa à semana 1 do próximo sprint ou à próxima semana do sprint atual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="576" />
            <source>Add a prompt…</source>
            <translation>Adicionar uma pergunta…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="577" />
            <source>Adds a prompt about this theme to the prompt library</source>
            <translation>Adiciona uma pergunta sobre este tema à biblioteca de perguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="595" />
            <source>add “{theme}” to the sprint plan</source>
            <translation>adicionar “{theme}” ao plano do sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="604" />
            <source>Added “{theme}” to {sprint}, week {week} (Ctrl+Z undoes)</source>
            <translation>“{theme}” adicionado a {sprint}, semana {week} (Ctrl+Z desfaz)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="623" />
            <source>add a prompt to the library</source>
            <translation>adicionar uma pergunta à biblioteca</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="629" />
            <source>Add a prompt</source>
            <translation>Adicionar uma pergunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/page.py" line="631" />
            <source>Prompt added to the library (Ctrl+Z undoes)</source>
            <translation>Pergunta adicionada à biblioteca (Ctrl+Z desfaz)</translation>
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
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="17" />
            <source>The pinned welcome post: the rules, what to post, and how to get help.</source>
            <translation>O post de boas-vindas fixado: as regras, o que postar e como pedir ajuda.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="27" />
            <source>Rules:</source>
            <translation>Regras:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="28" />
            <source>What to post:</source>
            <translation>O que postar:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="29" />
            <source>How to get help:</source>
            <translation>Como pedir ajuda:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="33" />
            <source>Save welcome post</source>
            <translation>Salvar boas-vindas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="35" />
            <source>Copy to clipboard</source>
            <translation>Copiar para a área de transferência</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="54" />
            <source> — a bit short</source>
            <translation> — um pouco curto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="54" />
            <source> — long: members skim pinned posts</source>
            <translation> — longo: os membros só passam os olhos em posts fixados</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="56" />
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n palavra</numerusform>
                <numerusform>%n palavras</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="59" />
            <source>Edit welcome post</source>
            <translation>Editar o post de boas-vindas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/onboarding.py" line="68" />
            <source>Welcome post copied to the clipboard.</source>
            <translation>Post de boas-vindas copiado para a área de transferência.</translation>
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
        <name>ProfileSection</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="30" />
            <source>Topic (one line)</source>
            <translation>Tema (uma linha)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="34" />
            <source>budget travel in Japan</source>
            <translation>viajar barato pelo Japão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="36" />
            <source>Save topic</source>
            <translation>Salvar tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="38" />
            <source>Change topic</source>
            <translation>Alterar o tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="47" />
            <source>Home — where the community lives</source>
            <translation>Casa — onde a comunidade vive</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="50" />
            <source>In month one, pick one primary home. A second one splits your attention and the replies.</source>
            <translation>No primeiro mês, escolha uma casa principal. Uma segunda divide sua atenção e as respostas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="62" />
            <source>label, e.g. Instagram comments + DMs</source>
            <translation>rótulo, ex.: comentários do Instagram + DMs</translation>
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
            <translation>Adicionar casa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="67" />
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="78" />
            <source>Disclosure line</source>
            <translation>Texto do aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="82" />
            <source>Endorsements with a material connection must be disclosed clearly and conspicuously. This line goes into every brief.</source>
            <translation>Recomendações com vínculo comercial devem ser divulgadas de forma clara e visível. Este texto entra em todo briefing.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="90" />
            <source>#ad — I am paid by the brand for this post.</source>
            <translation>#publi — A marca me paga por este post.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="91" />
            <source>Save line</source>
            <translation>Salvar texto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="94" />
            <source>Change disclosure line</source>
            <translation>Alterar o texto do aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="111" />
            <source>Tight topic ✓</source>
            <translation>Tema bem delimitado ✓</translation>
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
            <translation>Atenção dividida</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/profile.py" line="163" />
            <source>Remove home</source>
            <translation>Remover casa</translation>
        </message>
    </context>
    <context>
        <name>PromiseBuilder</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="33" />
            <source>A promise says in one sentence who the community is for, what they get and how. Make the outcome checkable (a number or a time frame) and name a real group.</source>
            <translation>Uma promessa diz em uma frase para quem é a comunidade, o que as pessoas ganham e como. Torne o resultado verificável (um número ou um prazo) e nomeie um grupo real.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="41" />
            <source>runners</source>
            <translation>corredores</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="43" />
            <source>a weekly 20-minute mobility routine</source>
            <translation>uma rotina semanal de mobilidade de 20 minutos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="45" />
            <source>short videos and a Sunday Q and A</source>
            <translation>vídeos curtos e perguntas e respostas aos domingos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="47" />
            <source>&amp;Who:</source>
            <translation>&amp;Quem:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="49" />
            <source>Specific &amp;outcome:</source>
            <translation>Resultado &amp;específico:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="51" />
            <source>&amp;Through (format):</source>
            <translation>&amp;Por meio de (formato):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="60" />
            <source>&amp;Save as new version</source>
            <translation>&amp;Salvar como nova versão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="61" />
            <source>Keeps the earlier wording in the history below (Ctrl+S)</source>
            <translation>Mantém a redação anterior no histórico abaixo (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="68" />
            <source>&lt;b&gt;Version history&lt;/b&gt; (newest first)</source>
            <translation>&lt;b&gt;Histórico de versões&lt;/b&gt; (mais recente primeiro)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="71" />
            <source>Earlier promises with the date they were saved; double-click to load one back</source>
            <translation>Promessas anteriores com a data em que foram salvas; clique duas vezes para carregar uma de volta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="100" />
            <source>{date}  (current):  </source>
            <translation>{date}  (atual):  </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="108" />
            <source>No promise saved yet — fill the three slots and save.</source>
            <translation>Nenhuma promessa salva ainda — preencha os três campos e salve.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="116" />
            <source>Loaded an earlier version: save to make it current.</source>
            <translation>Versão anterior carregada: salve para torná-la a atual.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="125" />
            <source>No change to save.</source>
            <translation>Nenhuma alteração para salvar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="132" />
            <source>Save promise</source>
            <translation>Salvar promessa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="133" />
            <source>Saved. The earlier wording is in the history.</source>
            <translation>Salvo. A redação anterior está no histórico.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/builder.py" line="152" />
            <source>who</source>
            <translation>quem</translation>
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
            <translation>Ainda não salvo: preencha {slots} para salvar a promessa como nova versão.</translation>
        </message>
    </context>
    <context>
        <name>PromiseTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="47" />
            <source>promise builder</source>
            <translation>construtor da promessa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="48" />
            <source>topic, disclosure and welcome post</source>
            <translation>tema, aviso e post de boas-vindas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="49" />
            <source>format form</source>
            <translation>formulário de formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="50" />
            <source>prompt form</source>
            <translation>formulário de pergunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="51" />
            <source>home form</source>
            <translation>formulário de casa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="105" />
            <source>When the window closes (or the workspace changes) open forms are saved; a form that cannot be saved yet is kept as a draft and put back here.</source>
            <translation>Quando a janela fecha (ou o espaço de trabalho muda), os formulários abertos são salvos; um formulário que ainda não pode ser salvo fica como rascunho e volta para cá.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="122" />
            <source>Promise</source>
            <translation>Promessa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="123" />
            <source>Topic, home &amp;&amp; disclosure</source>
            <translation>Tema, casa &amp;&amp; aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="124" />
            <source>Formats</source>
            <translation>Formatos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="125" />
            <source>Onboarding</source>
            <translation>Boas-vindas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="126" />
            <source>Prompt library</source>
            <translation>Biblioteca de perguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="250" />
            <source>Save open edits (topic, disclosure, welcome post)</source>
            <translation>Salvar as edições abertas (tema, aviso, boas-vindas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="287" />
            <source>Not saved: {reason}</source>
            <translation>Não salvo: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="298" />
            <source>Could not keep the unsaved draft: {reason}</source>
            <translation>Não foi possível manter o rascunho não salvo: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="333" />
            <source>Promise: could not keep a crash-time draft: {reason}</source>
            <translation>Promessa: não foi possível manter um rascunho para o caso de falha: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/page.py" line="363" />
            <source>Restored an unsaved draft from {when} ({parts}). {reasons}</source>
            <translation>Rascunho não salvo de {when} restaurado ({parts}). {reasons}</translation>
        </message>
    </context>
    <context>
        <name>PromptDialog</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="23" />
            <source>Identity</source>
            <translation>Identidade</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="24" />
            <source>Constraints</source>
            <translation>Restrições</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/insights/prompt_dialog.py" line="25" />
            <source>Proof</source>
            <translation>Prova</translation>
        </message>
        <message>
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
        <name>PromptsSection</name>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="38" />
            <source>Each ritual wants at least %n prompt(s) before you invite anyone</source>
            <translation>
                <numerusform>Cada ritual precisa de pelo menos %n pergunta antes de você convidar alguém</numerusform>
                <numerusform>Cada ritual precisa de pelo menos %n perguntas antes de você convidar alguém</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="43" />
            <source>Filter prompts… (Ctrl+F)</source>
            <translation>Filtrar perguntas… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="56" />
            <source>Move up</source>
            <translation>Mover para cima</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="57" />
            <source>Alt+Up — the keyboard equivalent of dragging</source>
            <translation>Alt+Seta para cima — o equivalente no teclado de arrastar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="59" />
            <source>Move down</source>
            <translation>Mover para baixo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="60" />
            <source>Alt+Down</source>
            <translation>Alt+Seta para baixo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="68" />
            <source>Used on:</source>
            <translation>Usada em:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="75" />
            <source>Mark used</source>
            <translation>Marcar como usada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="82" />
            <source>What was your last 10-minute workout?</source>
            <translation>Qual foi seu último treino de 10 minutos?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="88" />
            <source>Prompt:</source>
            <translation>Pergunta:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="93" />
            <source>Rung:</source>
            <translation>Degrau:</translation>
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
            <translation>Adicionar pergunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="102" />
            <source>Update</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="103" />
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="120" />
            <source>(no ritual)</source>
            <translation>(sem ritual)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="131" />
            <source>No rituals yet: add them on the Rituals tab, then give each five prompts.</source>
            <translation>Ainda não há rituais: adicione-os na aba Rituais e depois dê cinco perguntas a cada um.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="134" />
            <source>%n broad prompt(s)</source>
            <translation>
                <numerusform>%n pergunta ampla demais</numerusform>
                <numerusform>%n perguntas amplas demais</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="150" />
            <source>(no post)</source>
            <translation>(sem post)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="199" />
            <source>Select a prompt to update.</source>
            <translation>Selecione uma pergunta para atualizar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="209" />
            <source>Edit prompt</source>
            <translation>Editar pergunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="224" />
            <source>Delete prompt</source>
            <translation>Excluir pergunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="234" />
            <source>Reorder prompts</source>
            <translation>Reordenar perguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="263" />
            <source>Select the prompt you used.</source>
            <translation>Selecione a pergunta que você usou.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="272" />
            <source>Used recently</source>
            <translation>Usada recentemente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="273" />
            <source>This prompt was used on {date}. Members notice repeats. Log it anyway?</source>
            <translation>Esta pergunta foi usada em {date}. Os membros percebem repetições. Registrar mesmo assim?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/prompts.py" line="281" />
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
        <name>ReadinessPanel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="28" />
            <source>Readiness</source>
            <translation>Prontidão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="31" />
            <source>What must exist before you invite anyone:</source>
            <translation>O que precisa existir antes de você convidar alguém:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="40" />
            <source>Export community &amp;brief…</source>
            <translation>Exportar &amp;briefing da comunidade…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="42" />
            <source>Markdown or PDF: promise, topic, home, formats, onboarding, rituals, prompts, SLA, disclosure</source>
            <translation>Markdown ou PDF: promessa, tema, casa, formatos, boas-vindas, rituais, perguntas, SLA, aviso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="53" />
            <source>Done</source>
            <translation>Feito</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="59" />
            <source>&lt;b&gt;{done} of {total}&lt;/b&gt; ready.</source>
            <translation>&lt;b&gt;{done} de {total}&lt;/b&gt; prontos.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="60" />
            <source> Invite your first members.</source>
            <translation> Convide seus primeiros membros.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="67" />
            <source>Export community brief</source>
            <translation>Exportar briefing da comunidade</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="79" />
            <source>Export failed</source>
            <translation>Falha na exportação</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="80" />
            <source>Could not write {path}:
{reason}</source>
            <translation>Não foi possível gravar {path}:
{reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/promise/checklist.py" line="83" />
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
        <name>ScorecardModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="46" />
            <source>ER = engagements / {denominator} × 100 = {engagements} / {base} × 100</source>
            <translation>ER = interações / {denominator} × 100 = {engagements} / {base} × 100</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="55" />
            <source>DM back-and-forth from logged DMs: %n DM conversation(s) members started this week, {average} messages each on average (a member's DM plus the answers to it). Compare with the DM reply rate you type in the week notes.</source>
            <translation>
                <numerusform>Troca de DMs registradas: %n conversa por DM iniciada por membros nesta semana, com {average} mensagens em média (a DM de um membro mais as respostas). Compare com a taxa de resposta a DMs que você digita nas notas da semana.</numerusform>
                <numerusform>Troca de DMs registradas: %n conversas por DM iniciadas por membros nesta semana, com {average} mensagens cada em média (a DM de um membro mais as respostas). Compare com a taxa de resposta a DMs que você digita nas notas da semana.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="67" />
            <source>Share of the %n DM conversation(s) members started this week that got an answer in the log (from you: your own handles are set in Workspace settings).</source>
            <translation>
                <numerusform>Parcela da %n conversa por DM iniciada por membros nesta semana que recebeu resposta no registro (sua: seus próprios usuários ficam nas Configurações do espaço de trabalho).</numerusform>
                <numerusform>Parcela das %n conversas por DM iniciadas por membros nesta semana que receberam resposta no registro (sua: seus próprios usuários ficam nas Configurações do espaço de trabalho).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="77" />
            <source>Health = RE% × 0.4 + min(replies/1k ÷ top × 100, 100) × 0.3 + min(saves/1k ÷ top × 100, 100) × 0.3 with RE {returning}%, replies {replies}, saves {saves}</source>
            <translation>Saúde = PR% × 0,4 + mín(respostas/1.000 ÷ teto × 100, 100) × 0,3 + mín(salvamentos/1.000 ÷ teto × 100, 100) × 0,3 com PR {returning}%, respostas {replies}, salvamentos {saves}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="87" />
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="95" />
            <source>Posts (c/r)</source>
            <translation>Posts (c/a)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="99" />
            <source>{community} community posts (judged on replies, saves, returning engagers) and {reach} reach posts (judged on reach and shares).</source>
            <translation>{community} posts de comunidade (avaliados por respostas, salvamentos, participantes recorrentes) e {reach} posts de alcance (avaliados por alcance e compartilhamentos).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="107" />
            <source>Reach</source>
            <translation>Alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="111" />
            <source>Sum of post reach. Shares: {shares}.</source>
            <translation>Soma do alcance dos posts. Compartilhamentos: {shares}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="115" />
            <source>ER</source>
            <translation>ER</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="118" />
            <source>Saves/1k</source>
            <translation>Salv./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="122" />
            <source>Saves per 1,000 reach = saves / reach × 1000 = {saves} / {reach} × 1000 (community posts' saves over their reach when showing all posts)</source>
            <translation>Salvamentos por 1.000 de alcance = salvamentos / alcance × 1000 = {saves} / {reach} × 1000 (salvamentos dos posts de comunidade sobre o alcance deles ao mostrar todos)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="130" />
            <source>Replies/1k</source>
            <translation>Resp./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="134" />
            <source>Replies per 1,000 reach = replies / reach × 1000 = {replies} / {reach} × 1000 (community posts' comments over their reach when showing all posts)</source>
            <translation>Respostas por 1.000 de alcance = respostas / alcance × 1000 = {replies} / {reach} × 1000 (comentários dos posts de comunidade sobre o alcance deles ao mostrar todos)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="142" />
            <source>Returning</source>
            <translation>Recorrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="146" />
            <source>People who engaged on 2+ different days in the 30 days ending {day}: {count}</source>
            <translation>Pessoas que participaram em 2+ dias diferentes nos 30 dias até {day}: {count}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="152" />
            <source>Returning %</source>
            <translation>Recorrentes %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="156" />
            <source>Returning share = returning / engaged × 100 = {returning} / {engaged} × 100 (30 days ending {day})</source>
            <translation>Parcela recorrente = recorrentes / participantes × 100 = {returning} / {engaged} × 100 (30 dias até {day})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="167" />
            <source>Engaged</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="171" />
            <source>Distinct people who engaged in the 30 days ending {day}</source>
            <translation>Pessoas distintas que participaram nos 30 dias até {day}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="177" />
            <source>Deep threads</source>
            <translation>Conversas profundas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="181" />
            <source>Threads started this week with at least 3 messages from at least 2 people</source>
            <translation>Conversas iniciadas nesta semana com pelo menos 3 mensagens de pelo menos 2 pessoas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="187" />
            <source>DM msgs/thread</source>
            <translation>Msgs DM/conversa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="195" />
            <source>DMs answered %</source>
            <translation>DMs respondidas %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="201" />
            <source>Health</source>
            <translation>Saúde</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="212" />
            <source>* %n post(s) had no reach: {standin} stood in for reach (Workspace settings).</source>
            <translation>
                <numerusform>* %n post não tinha alcance: {standin} o substituiu (Configurações do espaço de trabalho).</numerusform>
                <numerusform>* %n posts não tinham alcance: {standin} o substituiu (Configurações do espaço de trabalho).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="271" />
            <source>Benchmark band {low}–{high}{unit}; below it: {action}</source>
            <translation>Faixa de referência {low}–{high}{unit}; abaixo dela: {action}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="277" />
            <source>* Some weeks use a stand-in for missing reach: {words}.</source>
            <translation>* Algumas semanas usam um substituto para o alcance ausente: {words}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="348" />
            <source>Below the band {low}–{high}: {action}</source>
            <translation>Abaixo da faixa {low}–{high}: {action}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="352" />
            <source>In the band {low}–{high}</source>
            <translation>Dentro da faixa {low}–{high}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="354" />
            <source>Above the band {low}–{high}</source>
            <translation>Acima da faixa {low}–{high}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/scorecard_table_model.py" line="361" />
            <source>Change from the week before: {change}</source>
            <translation>Variação em relação à semana anterior: {change}</translation>
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
        <name>Startup</name>
        <message>
            <location filename="../../microcomm_desktop/ui/startup.py" line="52" />
            <source>Quit</source>
            <translation>Sair</translation>
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
        <name>WeeklyChart</name>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="91" />
            <source>Hover over the chart to read a week's value.</source>
            <translation>Passe o mouse sobre o gráfico para ler o valor de uma semana.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="93" />
            <source>Reset zoom</source>
            <translation>Redefinir zoom</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="94" />
            <source>Show every week again after zooming (mouse wheel) or panning (drag)</source>
            <translation>Mostrar todas as semanas de novo após zoom (roda do mouse) ou deslocamento (arrastar)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="96" />
            <source>Save chart as PNG/SVG…</source>
            <translation>Salvar gráfico como PNG/SVG…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="146" />
            <source>Benchmark band {band}</source>
            <translation>Faixa de referência {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="197" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="198" />
            <source>Week ending {date}: {value}</source>
            <translation>Semana encerrada em {date}: {value}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="230" />
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="246" />
            <source>Save chart</source>
            <translation>Salvar gráfico</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="232" />
            <source>PNG image (*.png);;SVG image (*.svg)</source>
            <translation>Imagem PNG (*.png);;Imagem SVG (*.svg)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="243" />
            <source>the image could not be written</source>
            <translation>não foi possível gravar a imagem</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/charts.py" line="246" />
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
        <name>domain.metrics</name>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="116" />
            <source>tighten hook, add a clear ask, narrow topic</source>
            <translation>afie o gancho, faça um pedido claro, restrinja o tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="119" />
            <source>offer two or three concrete options, ask for a number or a choice, post the result</source>
            <translation>ofereça duas ou três opções concretas, peça um número ou uma escolha, publique o resultado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="122" />
            <source>turn advice into checklists, templates, step sequences</source>
            <translation>transforme conselhos em checklists, modelos, sequências de passos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="125" />
            <source>ask for specifics, offer two answer options, respond fast</source>
            <translation>peça detalhes concretos, ofereça duas opções de resposta, responda rápido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/figures_text.py" line="128" />
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
        <name>services.reports</name>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="255" />
            <source>{metric} is {value} (band {low}–{high}{unit})</source>
            <translation>{metric} está em {value} (faixa {low}–{high}{unit})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="271" />
            <source>The same few people do all the talking ({share} of interactions from 5 people)</source>
            <translation>As mesmas poucas pessoas falam tudo ({share} das interações vêm de 5 pessoas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="274" />
            <source>{handles} carry the conversation. Invite newcomers by name, ask questions anyone can answer, feature a new member this week.</source>
            <translation>{handles} sustentam a conversa. Convide novatos pelo nome, faça perguntas que qualquer um possa responder, destaque um membro novo nesta semana.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="287" />
            <source>Response SLA: {missed} of %n first comment(s) missed the {minutes}-minute reply window ({share} answered in time)</source>
            <translation>
                <numerusform>SLA de resposta: {missed} de %n primeiro comentário perderam a janela de {minutes} minutos ({share} respondido a tempo)</numerusform>
                <numerusform>SLA de resposta: {missed} de %n primeiros comentários perderam a janela de {minutes} minutos ({share} respondidos a tempo)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="294" />
            <source>Reply within {minutes} minutes to the first %n comment(s) on key posts; block the time after posting.</source>
            <translation>
                <numerusform>Responda em até {minutes} minutos ao primeiro comentário (%n) dos posts principais; reserve o tempo depois de publicar.</numerusform>
                <numerusform>Responda em até {minutes} minutos aos %n primeiros comentários dos posts principais; reserve o tempo depois de publicar.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="307" />
            <source>Reach posts crowd out community posts ({reach} vs {community})</source>
            <translation>Posts de alcance ofuscam os posts de comunidade ({reach} contra {community})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="310" />
            <source>Announcements instead of questions: turn one reach post into a question with a number, a screenshot, a choice or a constraint.</source>
            <translation>Anúncios em vez de perguntas: transforme um post de alcance numa pergunta com um número, uma captura de tela, uma escolha ou uma restrição.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="322" />
            <source>Nothing to judge yet for {start} – {end}</source>
            <translation>Ainda não há nada para avaliar de {start} a {end}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="325" />
            <source>Log or import this week's posts and interactions (Posts tab); the advice appears once there is reach and engagement to measure.</source>
            <translation>Registre ou importe os posts e as interações desta semana (aba Posts); as dicas aparecem quando houver alcance e engajamento para medir.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="336" />
            <source>Every judged metric is in or above its band</source>
            <translation>Toda métrica avaliada está dentro ou acima da sua faixa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="337" />
            <source>Keep the rituals; raise one bar.</source>
            <translation>Mantenha os rituais; suba uma régua.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="418" />
            <source>Weekly report: {workspace}, {span}</source>
            <translation>Relatório semanal: {workspace}, {span}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="421" />
            <source>30-day report: {workspace}, {span}</source>
            <translation>Relatório de 30 dias: {workspace}, {span}</translation>
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
            <translation>todos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="522" />
            <source>community</source>
            <translation>comunidade</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="523" />
            <source>reach</source>
            <translation>alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="535" />
            <source>Posts: {label} · ER by {denominator} · returning engagers = people engaging on 2+ different days in the 30 days ending each week · generated offline by MicroComm Desktop</source>
            <translation>Posts: {label} · ER por {denominator} · participantes recorrentes = pessoas que participam em 2+ dias diferentes nos 30 dias que terminam em cada semana · gerado offline pelo MicroComm Desktop</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="546" />
            <source>Leading indicators</source>
            <translation>Indicadores antecedentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="548" />
            <source>Returning engagers</source>
            <translation>Parti­ci­pan­tes recor­ren­tes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="549" />
            <source>Replies / 1k reach</source>
            <translation>Res­pos­tas / 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="550" />
            <source>Saves / 1k reach</source>
            <translation>Salva­mentos / 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="551" />
            <source>ER</source>
            <translation>ER</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="552" />
            <source>Health score</source>
            <translation>Índice de saúde</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="127" />
            <location filename="../../microcomm_desktop/services/reports.py" line="553" />
            <source>Live attendance</source>
            <translation>Presença ao vivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="129" />
            <source>Email signups</source>
            <translation>Cadastros de e-mail</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="161" />
            <source>DM reply rate: {value} is not a percent between 0 and 100.</source>
            <translation>Taxa de resposta a DMs: {value} não é uma porcentagem entre 0 e 100.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="554" />
            <source>DM reply rate</source>
            <translation>Taxa de resposta a DMs</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="555" />
            <source>Response SLA</source>
            <translation>SLA de resposta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="556" />
            <source>DM back-and-forth (logged)</source>
            <translation>Troca de DMs (registrada)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="564" />
            <source>{replied} of %n in {minutes} min ({share})</source>
            <translation>
                <numerusform>{replied} de %n em {minutes} min ({share})</numerusform>
                <numerusform>{replied} de %n em {minutes} min ({share})</numerusform>
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
                <numerusform>%n conver­sa por DM · {messages} msgs cada · {answered} respon­didas</numerusform>
                <numerusform>%n conver­sas por DM · {messages} msgs cada · {answered} respon­didas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="590" />
            <source>Reach stand-in: posts without reach use {standin} as the denominator of ER, saves/1k and replies/1k (a workspace setting).</source>
            <translation>Substituto do alcance: posts sem alcance usam {standin} como denominador do ER, salvamentos/1.000 e respostas/1.000 (uma configuração do espaço de trabalho).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="611" />
            <source>Scorecard: the {days} days by week (%n row(s), first and last may be partial)</source>
            <translation>
                <numerusform>Painel: os {days} dias por semana (%n linha, a primeira e a última podem ser parciais)</numerusform>
                <numerusform>Painel: os {days} dias por semana (%n linhas, a primeira e a última podem ser parciais)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/reports.py" line="619" />
            <source>Scorecard: this week and the %n before it (trend)</source>
            <translation>
                <numerusform>Painel: esta semana e a %n anterior (tendência)</numerusform>
                <numerusform>Painel: esta semana e as %n anteriores (tendência)</numerusform>
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
            <translation>Dias</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="623" />
            <source>Posts (c/r)</source>
            <translation>Posts (c/a)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="624" />
            <source>Reach</source>
            <translation>Alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="628" />
            <source>Saves/1k</source>
            <translation>Salv./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="629" />
            <source>Replies/1k</source>
            <translation>Resp./1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="630" />
            <source>Returning</source>
            <translation>Recor­ren­tes</translation>
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
            <translation>Conversas pro­fun­das</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="634" />
            <source>Health</source>
            <translation>Saú­de</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="660" />
            <source>Business outcomes</source>
            <translation>Resultados de negócio</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="128" />
            <location filename="../../microcomm_desktop/services/reports.py" line="662" />
            <source>Conversions</source>
            <translation>Conversões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="132" />
            <location filename="../../microcomm_desktop/services/reports.py" line="663" />
            <source>Revenue</source>
            <translation>Receita</translation>
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
            <translation>Cadastros de e-mail</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="130" />
            <location filename="../../microcomm_desktop/services/reports.py" line="667" />
            <source>Demo requests</source>
            <translation>Pedidos de demonstração</translation>
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
            <translation>ER (impres­sões)</translation>
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
                <numerusform>Resultados de negócio e notas dos membros são registrados por semana: estes vêm das notas da %n semana que começa em {weeks} e se sobrepõe ao período.</numerusform>
                <numerusform>Resultados de negócio e notas dos membros são registrados por semana: estes vêm das notas das %n semanas que começam em {weeks} e se sobrepõem ao período.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="687" />
            <source>What members say</source>
            <translation>O que os membros dizem</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="689" />
            <source>Top questions</source>
            <translation>Principais perguntas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="690" />
            <source>Objections</source>
            <translation>Objeções</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="691" />
            <source>Words members use</source>
            <translation>Palavras que os membros usam</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="698" />
            <source>not entered</source>
            <translation>não registrado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/reports.py" line="702" />
            <source>What to do now</source>
            <translation>O que fazer agora</translation>
        </message>
    </context>
    <context>
        <name>services.sla</name>
        <message>
            <location filename="../../microcomm_desktop/services/sla.py" line="227" />
            <source>Enter both numbers (replied and considered) or neither.</source>
            <translation>Digite os dois números (respondidos e considerados) ou nenhum.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sla.py" line="230" />
            <source>Counts cannot be negative.</source>
            <translation>As contagens não podem ser negativas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sla.py" line="234" />
            <source>{replied} replied is more than the {considered} comments considered.</source>
            <translation>{replied} respondidos é mais do que os {considered} comentários considerados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/sla.py" line="241" />
            <source>That post no longer exists.</source>
            <translation>Esse post não existe mais.</translation>
        </message>
    </context>
</TS>