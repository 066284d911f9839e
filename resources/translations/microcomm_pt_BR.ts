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
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="62" />
            <source>Filter…</source>
            <translation>Filtrar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="91" />
            <source>Export to CSV</source>
            <translation>Exportar para CSV</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="91" />
            <source>CSV files (*.csv)</source>
            <translation>Arquivos CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="103" />
            <source>Export failed</source>
            <translation>A exportação falhou</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/widgets/table.py" line="104" />
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
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="28" />
            <source>run</source>
            <translation>realizado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="29" />
            <source>skipped</source>
            <translation>pulado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="30" />
            <source>planned</source>
            <translation>planejado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="106" />
            <source>W{number}</source>
            <translation>S{number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="116" />
            <source>(today)</source>
            <translation>(hoje)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="125" />
            <source>(%n post(s))</source>
            <translation>
                <numerusform>(%n post)</numerusform>
                <numerusform>(%n posts)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="138" />
            <source>one-off event</source>
            <translation>evento avulso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/ritual_calendar_table_model.py" line="145" />
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
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="72" />
            <source>run</source>
            <translation>realizado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="73" />
            <source>skipped</source>
            <translation>pulado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="74" />
            <source>planned</source>
            <translation>planejado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="78" />
            <source>Mark run</source>
            <translation>Marcar como realizado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="79" />
            <source>Mark skipped</source>
            <translation>Marcar como pulado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="80" />
            <source>Clear occurrence mark</source>
            <translation>Remover a marcação da sessão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="134" />
            <source>&amp;Add ritual…</source>
            <translation>&amp;Adicionar ritual…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="136" />
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="138" />
            <source>Add suggested (Tuesday teardown, Friday wins)</source>
            <translation>Adicionar sugeridos (“Tuesday teardown”, “Friday wins”)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="140" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="142" />
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="144" />
            <source>Add one-off event…</source>
            <translation>Adicionar evento avulso…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="146" />
            <source>Export calendar (.ics)…</source>
            <translation>Exportar calendário (.ics)…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="150" />
            <source>Rituals as weekly events in your time zone, skipped dates excluded, one-off events and notes;
importing the file into another workspace gives back the same calendar.</source>
            <translation>Os rituais como eventos semanais no seu fuso horário, sem as datas puladas, com os eventos avulsos e as notas;
importar o arquivo em outro espaço de trabalho devolve o mesmo calendário.</translation>
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
            <translation>Arquivos de calendário do Google, Outlook ou Apple: eventos semanais viram rituais, datas excluídas ou
canceladas viram sessões puladas e eventos únicos viram eventos avulsos. Um relatório diz no que cada evento
se transformou ou por que não foi importado; Ctrl+Z desfaz a importação inteira.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="170" />
            <source>Filter rituals…</source>
            <translation>Filtrar rituais…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="178" />
            <source>No rituals yet. Two weekly rituals is the recommended start: add the suggested “Tuesday teardown” (members submit work for review) and “Friday wins” (members share results).</source>
            <translation>Ainda não há rituais. Dois rituais semanais são o começo recomendado: adicione os sugeridos “Tuesday teardown” (os membros enviam trabalhos para revisão) e “Friday wins” (os membros compartilham resultados).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="212" />
            <source>Rituals &amp;&amp; streaks</source>
            <translation>Rituais e sequências</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="220" />
            <source>Response SLA</source>
            <translation>SLA de resposta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="236" />
            <source>What was typed here but not saved when the app stopped (or could not be saved when it closed) is kept as a draft and put back; it is saved when you save it or close the window.</source>
            <translation>O que foi digitado aqui e não foi salvo quando o app parou (ou não pôde ser salvo ao fechar) fica guardado como rascunho e é recolocado; ele é salvo quando você salva ou fecha a janela.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="249" />
            <source>Occurrence</source>
            <translation>Sessão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="252" />
            <source>Pick a day on the calendar.</source>
            <translation>Escolha um dia no calendário.</translation>
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
            <translation>Marcar &amp;pulado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="264" />
            <source>Alt+K</source>
            <translation>Alt+P</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="266" />
            <source>Clear</source>
            <translation>Limpar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="267" />
            <source>Back to planned</source>
            <translation>Voltar para planejado</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="278" />
            <source>The prompt used; it is logged in the prompt library so it is not repeated too soon</source>
            <translation>A pergunta usada; ela é registrada na biblioteca de perguntas para não ser repetida cedo demais</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="280" />
            <source>Prompt:</source>
            <translation>Pergunta:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="282" />
            <source>Recap: what was learned, what happens next</source>
            <translation>Resumo: o que se aprendeu, o que vem a seguir</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="284" />
            <source>Recap:</source>
            <translation>Resumo:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="287" />
            <source>Posts from the post log (±3 days) that carried this occurrence</source>
            <translation>Posts do registro de posts (±3 dias) que levaram esta sessão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="288" />
            <source>Posts:</source>
            <translation>Posts:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="290" />
            <source>Save occurrence</source>
            <translation>Salvar sessão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="291" />
            <source>Ctrl+Return</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="364" />
            <source>Add ritual</source>
            <translation>Adicionar ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="386" />
            <source>Add suggested rituals</source>
            <translation>Adicionar rituais sugeridos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="391" />
            <source>Add {name}</source>
            <translation>Adicionar {name}</translation>
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
            <translation>Excluir ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="429" />
            <source>Delete “{name}” with its recorded occurrences? (Undo with Ctrl+Z.)</source>
            <translation>Excluir “{name}” com as sessões registradas? (Desfaça com Ctrl+Z.)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="486" />
            <source>one-off event</source>
            <translation>evento avulso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="499" />
            <source>Nothing scheduled on this day.</source>
            <translation>Nada agendado neste dia.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="546" />
            <source>(none)</source>
            <translation>(nenhuma)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="549" />
            <source>(used recently)</source>
            <translation>(usada recentemente)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="605" />
            <source>Pick a ritual occurrence first.</source>
            <translation>Escolha primeiro uma sessão de um ritual.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="622" />
            <source>This occurrence is in the future: it can be marked once its day has come.</source>
            <translation>Esta sessão está no futuro: ela pode ser marcada quando o dia chegar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="634" />
            <source>Edit occurrence</source>
            <translation>Editar sessão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="657" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="714" />
            <source>Not saved.</source>
            <translation>Não salvo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="659" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="719" />
            <source>Not saved: {reason}</source>
            <translation>Não salvo: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="663" />
            <source>The edits of “{title}” on {day} are kept.</source>
            <translation>As alterações de “{title}” em {day} foram mantidas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="675" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="679" />
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="695" />
            <source>One-off event</source>
            <translation>Evento avulso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="675" />
            <source>Title of the event on {day}:</source>
            <translation>Título do evento em {day}:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="679" />
            <source>Time (HH:MM, empty for all day):</source>
            <translation>Horário (HH:MM, vazio para o dia todo):</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="690" />
            <source>Add event</source>
            <translation>Adicionar evento</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="717" />
            <source>Rituals: an open edit was not saved ({reason})</source>
            <translation>Rituais: uma alteração em aberto não foi salva ({reason})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="725" />
            <source>Rituals: could not keep the unsaved draft ({reason})</source>
            <translation>Rituais: não foi possível guardar o rascunho não salvo ({reason})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="803" />
            <source>Rituals: an unsaved draft could not be read ({reason})</source>
            <translation>Rituais: não foi possível ler um rascunho não salvo ({reason})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="818" />
            <source>The edit of “{title}” on {day} was not put back: that occurrence no longer exists.</source>
            <translation>A alteração de “{title}” em {day} não foi recolocada: essa sessão não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="821" />
            <source>Its recap: “{recap}”</source>
            <translation>O resumo: “{recap}”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="826" />
            <source>response SLA</source>
            <translation>SLA de resposta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="831" />
            <source>Restored an unsaved draft from {when} ({parts}).</source>
            <translation>Rascunho não salvo de {when} restaurado ({parts}).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="835" />
            <source>Restored an unsaved draft from {when}.</source>
            <translation>Rascunho não salvo de {when} restaurado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/page.py" line="876" />
            <source>{title} on {day}</source>
            <translation>{title} em {day}</translation>
        </message>
    </context>
    <context>
        <name>SlaPage</name>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="48" />
            <source>Reply within</source>
            <translation>Responda em até</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="51" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="53" />
            <source>to the first</source>
            <translation>aos primeiros</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="57" />
            <source>comments on key posts.</source>
            <translation>comentários dos posts principais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="58" />
            <source>Save SLA</source>
            <translation>Salvar SLA</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="68" />
            <source>Replies by your own handles in the post log count as yours: the SLA is then computed from timestamps. Set them in File › Workspace settings (Ctrl+,).</source>
            <translation>Respostas dos seus próprios perfis no registro de posts contam como suas: o SLA passa a ser calculado pelos horários. Defina-os em Arquivo › Configurações do espaço de trabalho (Ctrl+,).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="78" />
            <source>Filter weeks…</source>
            <translation>Filtrar semanas…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="80" />
            <source>Filter missed posts…</source>
            <translation>Filtrar posts com falha…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="101" />
            <source>Your own handles: {handles} — change them in File › Workspace settings (Ctrl+,).</source>
            <translation>Seus próprios perfis: {handles} — altere-os em Arquivo › Configurações do espaço de trabalho (Ctrl+,).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="102" />
            <source>none set</source>
            <translation>nenhum definido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="117" />
            <source>No SLA data yet: record on a post how many of its first comments got a reply in time, or log comments and your replies (set your handle) to have it computed.</source>
            <translation>Ainda não há dados de SLA: registre em um post quantos dos primeiros comentários tiveram resposta a tempo, ou registre os comentários e suas respostas (defina seu perfil) para que ele seja calculado.</translation>
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
                <numerusform>&lt;b&gt;{rate}&lt;/b&gt; dos primeiros {first} comentários tiveram resposta em até {minutes} min nas últimas {weeks} semanas ({replied} de {considered}; %n post, {computed} calculados pelos horários).</numerusform>
                <numerusform>&lt;b&gt;{rate}&lt;/b&gt; dos primeiros {first} comentários tiveram resposta em até {minutes} min nas últimas {weeks} semanas ({replied} de {considered}; %n posts, {computed} calculados pelos horários).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="144" />
            <source>%n post(s) missed the SLA</source>
            <translation>
                <numerusform>%n post não cumpriu o SLA</numerusform>
                <numerusform>%n posts não cumpriram o SLA</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="146" />
            <source>slipping reply times are a common mistake: fast replies to the first comments keep a thread going.</source>
            <translation>deixar o tempo de resposta escorregar é um erro comum: respostas rápidas aos primeiros comentários mantêm a conversa viva.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="159" />
            <source>Change response SLA</source>
            <translation>Alterar o SLA de resposta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="163" />
            <source>Response SLA not saved: {reason}</source>
            <translation>SLA de resposta não salvo: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/tabs/rituals/sla.py" line="166" />
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
            <location filename="../../microcomm_desktop/ui/startup.py" line="52" />
            <source>Quit</source>
            <translation>Sair</translation>
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
</TS>