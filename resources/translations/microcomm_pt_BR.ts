<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR">
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
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="293" />
            <source>draft</source>
            <translation>rascunho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="294" />
            <source>offered</source>
            <translation>oferecido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="295" />
            <source>signed</source>
            <translation>assinado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="296" />
            <source>live</source>
            <translation>no ar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="297" />
            <source>done</source>
            <translation>concluído</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="298" />
            <source>lost</source>
            <translation>perdido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="316" />
            <source>Deal</source>
            <translation>Acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="317" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="318" />
            <source>Start</source>
            <translation>Início</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="319" />
            <source>Fees</source>
            <translation>Cachê</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="320" />
            <source>Paid media</source>
            <translation>Mídia paga</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="321" />
            <source>Total cost</source>
            <translation>Custo total</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="322" />
            <source>Impressions</source>
            <translation>Impressões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="323" />
            <source>Conversions</source>
            <translation>Conversões</translation>
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
            <translation>Combinado = (cachê do criador + mídia paga) / resultados. “Todos os acordos” usa só os acordos que informam esse resultado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="383" />
            <source>All deals ({count})</source>
            <translation>Todos os acordos ({count})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="392" />
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
            <translation>0–100: capturas de perguntas 40, resposta recente a “dificuldades desta semana” 20, números medidos 40</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="106" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="108" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="112" />
            <source>Niche</source>
            <translation>Nicho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="114" />
            <source>Audience</source>
            <translation>Público</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="120" />
            <source>Handles</source>
            <translation>Perfis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="123" />
            <source>Proof shots</source>
            <translation>Capturas de prova</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="129" />
            <source>Evidence</source>
            <translation>Evidências</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="135" />
            <source>Deals</source>
            <translation>Acordos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="141" />
            <source>Rubric</source>
            <translation>Rubrica</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="147" />
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
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="175" />
            <source>Tick when the creator asked a question and the audience answered with specifics (rubric)</source>
            <translation>Marque quando o criador fez uma pergunta e o público respondeu com detalhes (rubrica)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="191" />
            <source>Screenshot</source>
            <translation>Captura de tela</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="197" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="202" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="207" />
            <source>Q answered</source>
            <translation>Pergunta respondida</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="209" />
            <source>yes</source>
            <translation>sim</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="212" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="214" />
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="217" />
            <source>Double-click to edit; the link opens from the context menu</source>
            <translation>Clique duas vezes para editar; o link abre pelo menu de contexto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="230" />
            <source>no screenshot</source>
            <translation>sem captura de tela</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="232" />
            <source>unreadable</source>
            <translation>ilegível</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="233" />
            <source>loading…</source>
            <translation>carregando…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/creator_table_model.py" line="238" />
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
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="68" />
            <source>Filter…</source>
            <translation>Filtrar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="97" />
            <source>Export to CSV</source>
            <translation>Exportar para CSV</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="97" />
            <source>CSV files (*.csv)</source>
            <translation>Arquivos CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="109" />
            <source>Export failed</source>
            <translation>A exportação falhou</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="110" />
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
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="51" />
            <source>ER</source>
            <translation>ER</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="52" />
            <source>Saves/1k reach</source>
            <translation>Salvamentos/1k alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="53" />
            <source>Replies/1k reach</source>
            <translation>Respostas/1k alcance</translation>
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
            <translation>Salvamentos por 1.000 de alcance: salvamentos / alcance × 1000. Avaliado nos posts community.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="92" />
            <source>Replies per 1,000 reach: comments and replies / reach × 1000. Judged on community posts.</source>
            <translation>Respostas por 1.000 de alcance: comentários e respostas / alcance × 1000. Avaliado nos posts community.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="134" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="251" />
            <source>ER by impressions %</source>
            <translation>ER por impressões %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="251" />
            <source>ER by reach %</source>
            <translation>ER por alcance %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="254" />
            <source>Engagement rate = engagements / {definition} × 100 (the workspace's definition; change it in Workspace settings). Engagements = likes + comments + shares + saves, or the platform's own total when the import had one.</source>
            <translation>Taxa de engajamento = engajamentos / {definition} × 100 (a definição do espaço de trabalho; altere-a nas Configurações do espaço de trabalho). Engajamentos = curtidas + comentários + compartilhamentos + salvamentos, ou o total da própria plataforma quando a importação o trazia.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="257" />
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="339" />
            <source>impressions</source>
            <translation>impressões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="257" />
            <source>reach</source>
            <translation>alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="303" />
            <source>Benchmark {low}–{high}%</source>
            <translation>Referência {low}–{high}%</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="305" />
            <source>Benchmark {low}–{high} per 1k reach</source>
            <translation>Referência {low}–{high} por 1k de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="307" />
            <source> (the poll and Q and A band: this post's format is a poll or Q and A)</source>
            <translation> (a faixa de enquetes e perguntas e respostas: o formato deste post é uma enquete ou perguntas e respostas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="313" />
            <source>{head}. n/a: no reach recorded for this post (choose views or impressions to stand in for reach on this platform in Workspace settings).</source>
            <translation>{head}. n/d: nenhum alcance registrado para este post (escolha visualizações ou impressões para substituir o alcance nesta plataforma nas Configurações do espaço de trabalho).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="316" />
            <source>{head}. n/a: no impressions recorded for this post.</source>
            <translation>{head}. n/d: nenhuma impressão registrada para este post.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="318" />
            <source>. * No reach on this post: {standin} stand in for reach (Workspace settings)</source>
            <translation>. * Sem alcance neste post: as {standin} substituem o alcance (Configurações do espaço de trabalho)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="323" />
            <source>{head}. Not judged: a {label} post is judged on its own job (shares and discovery).</source>
            <translation>{head}. Não avaliado: um post {label} é avaliado pela própria função (compartilhamentos e descoberta).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="326" />
            <source>Below the band ({head}). Action if low: {action}.</source>
            <translation>Abaixo da faixa ({head}). Ação se estiver baixo: {action}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="328" />
            <source>Above the band ({head}).</source>
            <translation>Acima da faixa ({head}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="329" />
            <source>Inside the band ({head}).</source>
            <translation>Dentro da faixa ({head}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/post_table_model.py" line="339" />
            <source>views</source>
            <translation>visualizações</translation>
        </message>
    </context>
    <context>
        <name>PostsTab</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="105" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="516" />
            <source>Add post</source>
            <translation>Adicionar post</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="105" />
            <source>Add a post by hand (Ctrl+Shift+N)</source>
            <translation>Adicionar um post à mão (Ctrl+Shift+N)</translation>
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
            <translation>Editar o post selecionado (Enter)</translation>
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
            <translation>Copiar o post selecionado (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="114" />
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="114" />
            <source>Delete the selected posts (Del)</source>
            <translation>Excluir os posts selecionados (Del)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="118" />
            <source>Tag…</source>
            <translation>Marcar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="120" />
            <source>Add or remove themes on the selected posts (Ctrl+T); undo with Ctrl+Z</source>
            <translation>Adicionar ou remover temas dos posts selecionados (Ctrl+T); desfazer com Ctrl+Z</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="125" />
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="127" />
            <source>Import a platform export (Ctrl+I) — or drop a .csv here</source>
            <translation>Importar uma exportação de plataforma (Ctrl+I) — ou solte um .csv aqui</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="131" />
            <source>Posts CSV…</source>
            <translation>CSV de posts…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="132" />
            <source>Interactions CSV…</source>
            <translation>CSV de interações…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="133" />
            <source>Engagers CSV (from Export engagers)…</source>
            <translation>CSV de participantes (de Exportar participantes)…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="134" />
            <source>Chat export (Discord, Telegram, WhatsApp, Slack)…</source>
            <translation>Exportação de chat (Discord, Telegram, WhatsApp, Slack)…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="136" />
            <source>Export to CSV…</source>
            <translation>Exportar para CSV…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="136" />
            <source>Export the rows shown (Ctrl+E)</source>
            <translation>Exportar as linhas exibidas (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="150" />
            <source>Filter posts (title, format, themes, notes…)  Ctrl+F</source>
            <translation>Filtrar posts (título, formato, temas, notas…)  Ctrl+F</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="193" />
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="429" />
            <source>Posts</source>
            <translation>Posts</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="197" />
            <source>Engagers</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="271" />
            <source>ER = engagements / {definition} (workspace setting). Coloured against the benchmark band of the post's label: red below, green inside, blue above; hover a figure for the action if low. Reach posts are judged on ER only; polls and Q and A (by format) on their own, higher ER band.</source>
            <translation>ER = engajamentos / {definition} (configuração do espaço de trabalho). Colorido pela faixa do rótulo do post: vermelho abaixo, verde dentro, azul acima; passe o mouse sobre um número para ver a ação se estiver baixo. Posts reach são avaliados só pela ER; enquetes e perguntas e respostas (pelo formato), pela própria faixa de ER, mais alta.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="274" />
            <source>impressions</source>
            <translation>impressões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="274" />
            <source>reach</source>
            <translation>alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="276" />
            <source> * = a stand-in (views/impressions) divides a post without reach.</source>
            <translation> * = um substituto (visualizações/impressões) divide um post sem alcance.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="310" />
            <source>{shown} of %Ln post(s)</source>
            <translation>
                <numerusform>{shown} de %Ln post</numerusform>
                <numerusform>{shown} de %Ln posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="312" />
            <source>%Ln post(s)</source>
            <translation>
                <numerusform>%Ln post</numerusform>
                <numerusform>%Ln posts</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="316" />
            <source>No posts yet. Add one by hand, or import a platform export: File &gt; Import posts… (Ctrl+I) or drop a .csv file onto this tab.</source>
            <translation>Ainda não há posts. Adicione um à mão ou importe uma exportação de plataforma: Arquivo &gt; Importar posts… (Ctrl+I) ou solte um arquivo .csv nesta aba.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="405" />
            <source>(no title)</source>
            <translation>(sem título)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="407" />
            <source>to {date} “{title}”</source>
            <translation>no post de {date} “{title}”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="429" />
            <source>Not saved: {error}</source>
            <translation>Não salvo: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="471" />
            <source>Edit {column}</source>
            <translation>Editar {column}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="477" />
            <source>Not saved.</source>
            <translation>Não salvo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="484" />
            <source>Kept the other member's version of the post.</source>
            <translation>A versão do post do outro membro foi mantida.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="494" />
            <source>Select the posts to tag first (Shift/Ctrl+click for several).</source>
            <translation>Selecione primeiro os posts a marcar (Shift/Ctrl+clique para vários).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="504" />
            <source>Not tagged: {error}</source>
            <translation>Não marcado: {error}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="507" />
            <source>Tagged: {what}. Undo with Ctrl+Z.</source>
            <translation>Marcado: {what}. Desfazer com Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="520" />
            <source>Tag %n post(s)…</source>
            <translation>
                <numerusform>Marcar %n post…</numerusform>
                <numerusform>Marcar %n posts…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="523" />
            <source>Delete %n post(s)…</source>
            <translation>
                <numerusform>Excluir %n post…</numerusform>
                <numerusform>Excluir %n posts…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="551" />
            <source>Duplicate post</source>
            <translation>Duplicar post</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="561" />
            <source>Delete posts</source>
            <translation>Excluir posts</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="562" />
            <source>Delete %n post(s)? Their interactions stay (unlinked). Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Excluir %n post? As interações dele ficam (desvinculadas). Desfazer com Ctrl+Z.</numerusform>
                <numerusform>Excluir %n posts? As interações deles ficam (desvinculadas). Desfazer com Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/posts/page.py" line="576" />
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
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="46" />
            <source>{low} to {high}</source>
            <translation>de {low} a {high}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="68" />
            <source>e.g. trail running</source>
            <translation>ex.: corrida de trilha</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="70" />
            <source>people, e.g. 8200</source>
            <translation>pessoas, ex.: 8200</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="72" />
            <source>one per line: instagram @name</source>
            <translation>um por linha: instagram @nome</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="75" />
            <source>email, agent or DM</source>
            <translation>e-mail, agência ou DM</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="79" />
            <source>their answer in their words</source>
            <translation>a resposta, com as palavras dele</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="81" />
            <source>Ask: “What does your audience struggle with this week?” — the rubric needs it dated</source>
            <translation>Pergunte: “Com o que seu público está tendo dificuldade nesta semana?” — a rubrica precisa da resposta com data</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="83" />
            <source>asked on</source>
            <translation>perguntado em</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="94" />
            <source>Replies (comments + replies) per 1,000 reach; benchmark {band}</source>
            <translation>Respostas (comentários + respostas) por 1.000 de alcance; faixa de referência {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="98" />
            <source>Engagement rate in percent; benchmark {band}</source>
            <translation>Taxa de engajamento em porcentagem; faixa de referência {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="101" />
            <source>Share of engagers who engaged on 2+ days in 30 days, percent; benchmark {band}</source>
            <translation>Parcela de participantes que interagiram em 2+ dias em 30 dias, em porcentagem; faixa de referência {band}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="107" />
            <source>unknown</source>
            <translation>desconhecido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="111" />
            <source>A workspace holding the creator's own export (posts and interactions imported there): its last 30 days replace the typed figures</source>
            <translation>Um espaço de trabalho com a exportação do próprio criador (posts e interações importados lá): os últimos 30 dias dele substituem os números digitados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="145" />
            <source>Closing the window saves a valid profile form; one that cannot be saved yet is kept as a draft and put back here.</source>
            <translation>Fechar a janela salva um perfil válido; um que ainda não pode ser salvo é mantido como rascunho e volta para cá.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="151" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="152" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="153" />
            <source>Niche / topic</source>
            <translation>Nicho / tema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="154" />
            <source>Audience size</source>
            <translation>Tamanho do público</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="155" />
            <source>Handles</source>
            <translation>Perfis</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="156" />
            <source>Contact</source>
            <translation>Contato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="157" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="162" />
            <source>Struggles this week</source>
            <translation>Dificuldades desta semana</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="164" />
            <source>Replies per 1k reach</source>
            <translation>Respostas por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="165" />
            <source>ER %</source>
            <translation>ER %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="166" />
            <source>Returning share %</source>
            <translation>Parcela de recorrentes %</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="167" />
            <source>Figures from workspace</source>
            <translation>Números do espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="171" />
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="172" />
            <source>Save the profile (Ctrl+S)</source>
            <translation>Salvar o perfil (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="174" />
            <source>Revert</source>
            <translation>Reverter</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="181" />
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="267" />
            <source>— typed figures only —</source>
            <translation>— só números digitados —</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="277" />
            <source>Measured in '{workspace}' over {start}–{end} (%n post(s)): replies/1k {replies}, ER {er}, returning {returning}. Measured figures replace typed ones where known.</source>
            <translation>
                <numerusform>Medido em “{workspace}” de {start} a {end} (%n post): respostas/1k {replies}, ER {er}, recorrentes {returning}. Os números medidos substituem os digitados quando conhecidos.</numerusform>
                <numerusform>Medido em “{workspace}” de {start} a {end} (%n posts): respostas/1k {replies}, ER {er}, recorrentes {returning}. Os números medidos substituem os digitados quando conhecidos.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="291" />
            <source>Typed figures come from the creator's own insights (“reported”).</source>
            <translation>Os números digitados vêm das estatísticas do próprio criador (“informados”).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="305" />
            <source>Replies per 1k</source>
            <translation>Respostas por 1.000</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="306" />
            <source>ER</source>
            <translation>ER</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/creators/profile.py" line="307" />
            <source>Returning share</source>
            <translation>Parcela de recorrentes</translation>
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
            <location filename="../../microcomm_desktop/domain/creators.py" line="74" />
            <source>Comment thread</source>
            <translation>Conversa nos comentários</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="75" />
            <source>Story replies</source>
            <translation>Respostas a stories</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="76" />
            <source>Live attendance</source>
            <translation>Audiência ao vivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="77" />
            <source>Recurring series performance</source>
            <translation>Desempenho de uma série recorrente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="78" />
            <source>Other</source>
            <translation>Outro</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="85" />
            <location filename="../../microcomm_desktop/domain/creators.py" line="186" />
            <source>Pass</source>
            <translation>Aprovado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="85" />
            <source>Incomplete</source>
            <translation>Incompleto</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="90" />
            <source>replies per 1k reach</source>
            <translation>respostas por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="91" />
            <source>engagement rate</source>
            <translation>taxa de engajamento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="92" />
            <source>returning share</source>
            <translation>parcela de recorrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="187" />
            <source>Pass — could add: {hints}</source>
            <translation>Aprovado — poderia acrescentar: {hints}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="188" />
            <source>Incomplete — {missing}</source>
            <translation>Incompleto — {missing}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/creators.py" line="211" />
            <source>%n more screenshot(s) of a question the audience answered with specifics</source>
            <translation>
                <numerusform>mais %n captura de uma pergunta que o público respondeu com detalhes</numerusform>
                <numerusform>mais %n capturas de uma pergunta que o público respondeu com detalhes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/creators.py" line="216" />
            <source>{missing} (%n proof entry(ies) without a screenshot yet)</source>
            <translation>
                <numerusform>{missing} (%n prova ainda sem captura)</numerusform>
                <numerusform>{missing} (%n provas ainda sem captura)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="224" />
            <source>their answer to 'what does your audience struggle with this week?'</source>
            <translation>a resposta a “com o que seu público está tendo dificuldade nesta semana?”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="228" />
            <source>the date of their 'struggles this week' answer</source>
            <translation>a data da resposta sobre as “dificuldades desta semana”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="234" />
            <source>a 'struggles this week' answer dated today or earlier (the date is in the future)</source>
            <translation>uma resposta sobre as “dificuldades desta semana” com data de hoje ou anterior (a data está no futuro)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/creators.py" line="242" />
            <source>a fresh 'struggles this week' answer (the last one is %n day(s) old)</source>
            <translation>
                <numerusform>uma resposta recente sobre as “dificuldades desta semana” (a última tem %n dia)</numerusform>
                <numerusform>uma resposta recente sobre as “dificuldades desta semana” (a última tem %n dias)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="254" />
            <source>{figure} (unknown)</source>
            <translation>{figure} (desconhecido)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="355" />
            <source>Handle line {n} ({line}): write the platform then the handle, e.g. 'instagram @name'.</source>
            <translation>Linha de perfil {n} ({line}): escreva a plataforma e depois o perfil, ex.: “instagram @nome”.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="365" />
            <source>Handle line {n}: unknown platform {platform}; use one of {platforms}.</source>
            <translation>Linha de perfil {n}: plataforma desconhecida {platform}; use uma destas: {platforms}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="372" />
            <source>Handle line {n}: the handle is longer than 120 characters.</source>
            <translation>Linha de perfil {n}: o perfil tem mais de 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="377" />
            <source>Handle line {n}: {platform} is listed twice; keep one handle per platform.</source>
            <translation>Linha de perfil {n}: {platform} aparece duas vezes; mantenha um perfil por plataforma.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="400" />
            <source>{label}: {text} is not a number (for example 12.5).</source>
            <translation>{label}: {text} não é um número (por exemplo, 12,5).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="404" />
            <source>{label}: {text} is not a number.</source>
            <translation>{label}: {text} não é um número.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="408" />
            <source>{label} cannot be negative.</source>
            <translation>{label} não pode ser negativo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="410" />
            <source>{label} cannot be above {upper}.</source>
            <translation>{label} não pode passar de {upper}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="429" />
            <source>A creator needs a name.</source>
            <translation>Um criador precisa de um nome.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="431" />
            <source>Keep the name under 120 characters.</source>
            <translation>O nome deve ter menos de 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="436" />
            <source>Audience size is a whole number of people, for example 8200.</source>
            <translation>O tamanho do público é um número inteiro de pessoas, por exemplo, 8200.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="440" />
            <source>Audience size cannot be above {max} people.</source>
            <translation>O tamanho do público não pode passar de {max} pessoas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="444" />
            <source>The answer cannot be dated in the future.</source>
            <translation>A resposta não pode ter data no futuro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="446" />
            <source>Type their answer, or clear the date.</source>
            <translation>Digite a resposta ou limpe a data.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="454" />
            <source>Unknown kind {kind}.</source>
            <translation>Tipo desconhecido {kind}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="456" />
            <source>The evidence cannot be dated in the future.</source>
            <translation>A evidência não pode ter data no futuro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/creators.py" line="459" />
            <source>The link must be a web address starting with https://</source>
            <translation>O link deve ser um endereço da web que comece com https://</translation>
        </message>
    </context>
    <context>
        <name>domain.imports.presets</name>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="54" />
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="65" />
            <source>Handle</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="55" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="56" />
            <source>Timestamp</source>
            <translation>Data e hora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="57" />
            <source>Post (id or link)</source>
            <translation>Post (id ou link)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="58" />
            <source>Interaction id</source>
            <translation>Id da interação</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="59" />
            <source>Parent/thread id</source>
            <translation>Id do pai/conversa</translation>
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
            <translation>Membro-chave</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="68" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="69" />
            <source>First seen</source>
            <translation>Visto pela primeira vez</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="70" />
            <source>Last seen</source>
            <translation>Visto pela última vez</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="412" />
            <source>Generic CSV (MicroComm export or your own columns)</source>
            <translation>CSV genérico (exportação do MicroComm ou suas próprias colunas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="419" />
            <source>Interactions (handle, kind, timestamp, post, parent)</source>
            <translation>Interações (perfil, tipo, data e hora, post, pai)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="436" />
            <source>Engagers (MicroComm export: handle, power member, notes)</source>
            <translation>Participantes (exportação do MicroComm: perfil, membro-chave, notas)</translation>
        </message>
    </context>
    <context>
        <name>domain.post_fields</name>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="120" />
            <source>Date/time</source>
            <translation>Data/hora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="129" />
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="136" />
            <source>Platform post id</source>
            <translation>Id do post na plataforma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="144" />
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="150" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="154" />
            <source>How the post was made (the promise's recurring formats or your own, e.g. carousel)</source>
            <translation>Como o post foi feito (os formatos recorrentes da promessa ou os seus, ex.: carrossel)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="160" />
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="163" />
            <source>Themes (comma-separated)</source>
            <translation>Temas (separados por vírgulas)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="165" />
            <source>The workspace's own content themes on this post (several allowed). Edit the cell as 'a, b', use the post form, or tag a selection with Ctrl+T. Insights ranks themes by replies and saves per 1k reach.</source>
            <translation>Os temas de conteúdo do próprio espaço de trabalho neste post (vários permitidos). Edite a célula como “a, b”, use o formulário do post ou marque uma seleção com Ctrl+T. O Insights classifica os temas por respostas e salvamentos por 1k de alcance.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="174" />
            <source>Label</source>
            <translation>Rótulo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="177" />
            <source>Label (community/reach)</source>
            <translation>Rótulo (community/reach)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="179" />
            <source>community = judged on replies, saves, depth; reach = judged on shares and discovery</source>
            <translation>community = avaliado por respostas, salvamentos e profundidade; reach = avaliado por compartilhamentos e descoberta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="185" />
            <source>Title or caption</source>
            <translation>Título ou legenda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="193" />
            <source>Reach</source>
            <translation>Alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="199" />
            <source>Impressions</source>
            <translation>Impressões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="200" />
            <source>Views</source>
            <translation>Visualizações</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="201" />
            <source>Likes</source>
            <translation>Curtidas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="204" />
            <source>Comments/replies</source>
            <translation>Comentários/respostas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="212" />
            <source>Shares</source>
            <translation>Compartilhamentos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="213" />
            <source>Saves</source>
            <translation>Salvamentos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="214" />
            <source>DM replies</source>
            <translation>Respostas por DM</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="217" />
            <source>Engagements</source>
            <translation>Engajamentos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="221" />
            <source>Engagements (platform total)</source>
            <translation>Engajamentos (total da plataforma)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/post_fields.py" line="228" />
            <source>Conversions</source>
            <translation>Conversões</translation>
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
            <translation>O tamanho do público não pode ser negativo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="253" />
            <source>Status must be one of {statuses}.</source>
            <translation>O status deve ser um destes: {statuses}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="259" />
            <source>Must be between 0 and {upper}.</source>
            <translation>Deve estar entre 0 e {upper}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="262" />
            <source>Pick the workspace holding the creator's own export, not this one.</source>
            <translation>Escolha o espaço de trabalho com a exportação do próprio criador, não este.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="268" />
            <source>That workspace no longer exists.</source>
            <translation>Esse espaço de trabalho não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="315" />
            <location filename="../../microcomm_desktop/services/creators.py" line="324" />
            <location filename="../../microcomm_desktop/services/creators.py" line="330" />
            <location filename="../../microcomm_desktop/services/creators.py" line="357" />
            <location filename="../../microcomm_desktop/services/creators.py" line="592" />
            <location filename="../../microcomm_desktop/services/creators.py" line="748" />
            <source>This creator no longer exists.</source>
            <translation>Este criador não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="621" />
            <source>Cannot edit {fields} of an evidence entry.</source>
            <translation>Não é possível editar {fields} de uma evidência.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="628" />
            <location filename="../../microcomm_desktop/services/creators.py" line="646" />
            <source>This evidence entry no longer exists.</source>
            <translation>Esta evidência não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="714" />
            <location filename="../../microcomm_desktop/services/creators.py" line="862" />
            <source>Deal {id}</source>
            <translation>Acordo {id}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="726" />
            <source>This deal no longer exists.</source>
            <translation>Este acordo não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="731" />
            <source>The creator and the deal must be in the same workspace.</source>
            <translation>O criador e o acordo precisam estar no mesmo espaço de trabalho.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="781" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="808" />
            <source>undated</source>
            <translation>sem data</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="815" />
            <source>draft</source>
            <translation>rascunho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="816" />
            <source>offered</source>
            <translation>oferecido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="817" />
            <source>signed</source>
            <translation>assinado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="818" />
            <source>live</source>
            <translation>no ar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="819" />
            <source>done</source>
            <translation>concluído</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="820" />
            <source>lost</source>
            <translation>perdido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="830" />
            <source>Replies per 1k reach</source>
            <translation>Respostas por 1.000 de alcance</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="831" />
            <source>Engagement rate</source>
            <translation>Taxa de engajamento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="832" />
            <source>Returning share (30 d)</source>
            <translation>Parcela de recorrentes (30 dias)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="838" />
            <source>{value} (measured in '{workspace}')</source>
            <translation>{value} (medido em “{workspace}”)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="842" />
            <source>{value} (reported)</source>
            <translation>{value} (informado)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="849" />
            <source>Deal</source>
            <translation>Acordo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="850" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="851" />
            <source>Total cost</source>
            <translation>Custo total</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="852" />
            <source>Impressions</source>
            <translation>Impressões</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="853" />
            <source>Conversions</source>
            <translation>Conversões</translation>
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
            <translation>Todos os acordos ({count})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="908" />
            <location filename="../../microcomm_desktop/services/creators.py" line="994" />
            <source>status: {status}</source>
            <translation>status: {status}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="910" />
            <location filename="../../microcomm_desktop/services/creators.py" line="997" />
            <source>audience {count}</source>
            <translation>público {count}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="922" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1003" />
            <source>Proof of conversation: {verdict} (score {score} / 100)</source>
            <translation>Prova de conversa: {verdict} (pontuação {score} / 100)</translation>
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
            <translation>ainda não perguntado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="935" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1012" />
            <source>What their audience struggles with this week:</source>
            <translation>Com o que o público está tendo dificuldade nesta semana:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="942" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1015" />
            <source>Evidence ({count})</source>
            <translation>Evidências ({count})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="958" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1018" />
            <source>question answered with specifics</source>
            <translation>pergunta respondida com detalhes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="969" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1028" />
            <source>Deal history (blended = creator fees + paid media)</source>
            <translation>Histórico de acordos (combinado = cachê do criador + mídia paga)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="972" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1030" />
            <source>No deals linked yet.</source>
            <translation>Nenhum acordo vinculado ainda.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="981" />
            <location filename="../../microcomm_desktop/services/creators.py" line="1040" />
            <source>Prepared {date} with MicroComm Desktop.</source>
            <translation>Preparado em {date} com o MicroComm Desktop.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="993" />
            <source>no niche set</source>
            <translation>nenhum nicho definido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/creators.py" line="1062" />
            <source>{name} — creator</source>
            <translation>{name} — criador</translation>
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
</TS>