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
            <translation>Post (ID ou link)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="58" />
            <source>Interaction id</source>
            <translation>ID da interação</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="59" />
            <source>Parent/thread id</source>
            <translation>ID da mensagem de origem/conversa</translation>
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
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="497" />
            <source>This is YouTube Studio's Chart data.csv: views per video per day, not each video's totals (reading it would replace a video's views with one day's). Import Table data.csv from the same download (or the .zip itself) instead.</source>
            <translation>Este é o Chart data.csv do YouTube Studio: visualizações por vídeo por dia, não os totais de cada vídeo (lê-lo trocaria as visualizações de um vídeo pelas de um dia). Importe em vez disso o Table data.csv do mesmo download (ou o próprio .zip).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="503" />
            <source>This looks like YouTube Studio's Totals.csv: the channel's figures per day, not posts. Import Table data.csv from the same download (or the .zip itself) instead.</source>
            <translation>Isto parece o Totals.csv do YouTube Studio: os números do canal por dia, não posts. Importe em vez disso o Table data.csv do mesmo download (ou o próprio .zip).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="512" />
            <source>This file holds dated account figures ({cols}: e.g. TikTok's FollowerHistory.csv or Viewers.csv), nothing about posts; importing it would create empty posts. Import the per-post export (or the daily Overview.csv) instead.</source>
            <translation>Este arquivo contém números da conta com data ({cols}: ex.: FollowerHistory.csv ou Viewers.csv do TikTok), nada sobre posts; importá-lo criaria posts vazios. Importe em vez disso a exportação por post (ou o Overview.csv diário).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/imports/presets.py" line="518" />
            <source>This is a Meta Business Suite per-metric file (a Date and a Primary column: one account figure per day, e.g. Views or Reach), not posts. Export Content → Posts (Export data → CSV) instead.</source>
            <translation>Este é um arquivo do Meta Business Suite por métrica (uma coluna Date e uma Primary: um número da conta por dia, ex.: visualizações ou alcance), não posts. Exporte em vez disso Content → Posts (Export data → CSV).</translation>
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
            <location filename="../../microcomm_desktop/domain/imports/sniff.py" line="706" />
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
            <location filename="../../microcomm_desktop/domain/promise.py" line="232" />
            <source>This is the place where {who} get {outcome} through {format}.</source>
            <comment>plural who</comment>
            <translation>Este é o lugar onde {who} recebem {outcome} por meio de {format}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="236" />
            <source>This is the place where {who} gets {outcome} through {format}.</source>
            <comment>singular who</comment>
            <translation>Este é o lugar onde {who} recebe {outcome} por meio de {format}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="260" />
            <source>Say who it is for, e.g. “runners” or “indie skincare fans”.</source>
            <translation>Diga para quem é, ex.: “corredores” ou “fãs de skincare independente”.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="268" />
            <source>“{who}” could be anyone: name the group, e.g. “new runners over 40”.</source>
            <translation>“{who}” pode ser qualquer pessoa: nomeie o grupo, ex.: “corredores iniciantes acima dos 40”.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="277" />
            <source>Say what they get, e.g. “a weekly 20-minute mobility routine”.</source>
            <translation>Diga o que recebem, ex.: “uma rotina semanal de mobilidade de 20 minutos”.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="284" />
            <source>The outcome has no number or time frame: make it checkable, e.g. “weekly 20-minute routines”.</source>
            <translation>O resultado não tem número nem prazo: torne-o verificável, ex.: “rotinas semanais de 20 minutos”.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="294" />
            <source>Say how it is delivered, e.g. “short videos and a Sunday Q and A”.</source>
            <translation>Diga como é entregue, ex.: “vídeos curtos e um tira-dúvidas aos domingos”.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="305" />
            <source>Write the topic in one line, e.g. “budget travel in Japan”.</source>
            <translation>Escreva o tema em uma linha, ex.: “viagem econômica pelo Japão”.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="311" />
            <source>“{topic}” is broad: narrow it, e.g. “budget travel in Japan” beats “travel”.</source>
            <translation>“{topic}” é amplo: delimite; ex.: “viagem econômica pelo Japão” é melhor que “viagem”.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/promise.py" line="316" />
            <source>Keep the topic to one short line (under 80 characters).</source>
            <translation>Mantenha o tema em uma linha curta (menos de 80 caracteres).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/promise.py" line="323" />
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
            <location filename="../../microcomm_desktop/domain/readiness.py" line="44" />
            <source>who</source>
            <translation>quem</translation>
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
            <translation>Promessa completa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="56" />
            <source>Fill the promise slot(s): {slots}.</source>
            <translation>Preencha as lacunas da promessa: {slots}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="59" />
            <source>One primary home</source>
            <translation>Uma casa principal</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="64" />
            <source>Pick where the community lives.</source>
            <translation>Escolha onde a comunidade vive.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/readiness.py" line="73" />
            <source>%n primary homes: keep one in month one.</source>
            <translation>
                <numerusform>%n casa principal: fique com uma no primeiro mês.</numerusform>
                <numerusform>%n casas principais: fique com uma no primeiro mês.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="79" />
            <source>Three recurring formats</source>
            <translation>Três formatos recorrentes</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="81" />
            <source>{count} of 3 formats: add {missing} more.</source>
            <translation>{count} de 3 formatos: adicione mais {missing}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="91" />
            <source>rules</source>
            <translation>regras</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="92" />
            <source>what to post</source>
            <translation>o que postar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="93" />
            <source>how to get help</source>
            <translation>como pedir ajuda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="100" />
            <source>Onboarding written</source>
            <translation>Boas-vindas escritas</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="102" />
            <source>Write the welcome post's {parts}.</source>
            <translation>Escreva no post de boas-vindas: {parts}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/domain/readiness.py" line="111" />
            <source>%n ritual(s) scheduled: two weekly rituals is the start (e.g. Tuesday teardown, Friday wins).</source>
            <translation>
                <numerusform>%n ritual agendado: para começar, dois rituais semanais (ex.: análise de terça, conquistas de sexta).</numerusform>
                <numerusform>%n rituais agendados: para começar, dois rituais semanais (ex.: análise de terça, conquistas de sexta).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="118" />
            <source>Two rituals scheduled</source>
            <translation>Dois rituais agendados</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="123" />
            <source>Schedule rituals, then write five prompts for each.</source>
            <translation>Agende rituais e depois escreva cinco perguntas para cada um.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="126" />
            <source>{ritual}: {count} of {needed}</source>
            <translation>{ritual}: {count} de {needed}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="131" />
            <source>Five prompts per ritual</source>
            <translation>Cinco perguntas por ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="135" />
            <source>Disclosure line set</source>
            <translation>Texto do aviso definido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="137" />
            <source>Add the line you use to disclose paid or gifted endorsements (e.g. “#ad — paid by …”).</source>
            <translation>Adicione o texto do aviso que você usa para indicar recomendações pagas ou presenteadas (ex.: “#publi — pago por …”).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="147" />
            <source>Response SLA set</source>
            <translation>SLA de resposta definido</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/domain/readiness.py" line="149" />
            <source>Set the reply window and how many first comments count.</source>
            <translation>Defina o prazo de resposta e quantos primeiros comentários contam.</translation>
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
            <location filename="../../microcomm_desktop/services/context.py" line="257" />
            <source>The data file {path} is damaged: {reason}.</source>
            <translation>O arquivo de dados {path} está danificado: {reason}.</translation>
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
        <name>services.importing</name>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="102" />
            <source>{name} is {size} MB; split it into files under 512 MB.</source>
            <translation>{name} tem {size} MB; divida-o em arquivos com menos de 512 MB.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="109" />
            <source>Cannot read {path}: {reason}.</source>
            <translation>Não foi possível ler {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="139" />
            <source>Give the preset a name.</source>
            <translation>Dê um nome ao modelo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="142" />
            <source>{name} is a built-in preset name; pick another.</source>
            <translation>{name} é o nome de um modelo embutido; escolha outro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="238" />
            <source>column {number}</source>
            <translation>coluna {number}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="242" />
            <source>{first} and {second}</source>
            <translation>{first} e {second}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="247" />
            <source>day/month</source>
            <translation>dia/mês</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="248" />
            <source>month/day</source>
            <translation>mês/dia</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="254" />
            <source>Dates in {column} are read {order} for the whole column ({evidence} settles it).</source>
            <translation>As datas em {column} são lidas como {order} na coluna inteira ({evidence} decide).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="264" />
            <source>Dates in {column} are read {order}, as {source} writes them.</source>
            <translation>As datas em {column} são lidas como {order}, do jeito que {source} as escreve.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="271" />
            <source>Dates in {column} read both ways (day/month or month/day) and no date in the column settles it: choose the date order (wizard: Dates; CLI: --date-order dmy or mdy).</source>
            <translation>As datas em {column} podem ser lidas dos dois jeitos (dia/mês ou mês/dia) e nenhuma data da coluna decide: escolha a ordem das datas (assistente: Datas; CLI: --date-order dmy ou mdy).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="279" />
            <source>{column} mixes both orders: {conflict} contradicts {evidence}; rows that do not fit the column's order are refused.</source>
            <translation>{column} mistura as duas ordens: {conflict} contradiz {evidence}; as linhas que não seguem a ordem da coluna são recusadas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="287" />
            <source>You chose {chosen} but {evidence} in {column} can only be {order}; rows that do not fit are refused.</source>
            <translation>Você escolheu {chosen}, mas {evidence} em {column} só pode ser {order}; as linhas que não se encaixam são recusadas.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="323" />
            <source>Numbers in this file are written European style (1.234 = one thousand two hundred thirty-four).</source>
            <translation>Os números deste arquivo estão escritos no estilo europeu (1.234 = mil duzentos e trinta e quatro).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="376" />
            <source>No preset named {name}. Presets: {names}.</source>
            <translation>Nenhum modelo chamado {name}. Modelos: {names}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="436" />
            <source>%n row(s) in {years} {how}</source>
            <translation>
                <numerusform>%n linha em {years} {how}</numerusform>
                <numerusform>%n linhas em {years} {how}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="440" />
            <source>Dates without a year: {parts}. Use --year (wizard: Year) to choose another year.</source>
            <translation>Datas sem ano: {parts}. Use --year (assistente: Ano) para escolher outro ano.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="448" />
            <source>from the TikTok video ids (creation time)</source>
            <translation>a partir dos IDs de vídeo do TikTok (momento de criação)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="450" />
            <source>as consecutive days ending at the most recent past date</source>
            <translation>como dias consecutivos que terminam na data passada mais recente</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="452" />
            <source>as the most recent past date (import day {today})</source>
            <translation>como a data passada mais recente (dia da importação {today})</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="453" />
            <source>as you chose</source>
            <translation>como você escolheu</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="469" />
            <source>No field {name}. Fields: {fields}.</source>
            <translation>Nenhum campo {name}. Campos: {fields}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="487" />
            <source>No column {name} in this file. Columns: {columns}.</source>
            <translation>Nenhuma coluna {name} neste arquivo. Colunas: {columns}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="529" />
            <source>Would insert {inserted}, would update {updated}, skipped {skipped}, rejected {rejected} of %n row(s).</source>
            <translation>
                <numerusform>Seriam inseridas {inserted}, atualizadas {updated}, ignoradas {skipped} e recusadas {rejected} de %n linha.</numerusform>
                <numerusform>Seriam inseridas {inserted}, atualizadas {updated}, ignoradas {skipped} e recusadas {rejected} de %n linhas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="537" />
            <source>Inserted {inserted}, updated {updated}, skipped {skipped}, rejected {rejected} of %n row(s).</source>
            <translation>
                <numerusform>Inseridas {inserted}, atualizadas {updated}, ignoradas {skipped}, recusadas {rejected} de %n linha.</numerusform>
                <numerusform>Inseridas {inserted}, atualizadas {updated}, ignoradas {skipped}, recusadas {rejected} de %n linhas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="550" />
            <source>Cancelled: nothing was written. {summary}</source>
            <translation>Cancelado: nada foi gravado. {summary}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="552" />
            <source>Dry run: nothing was written. {summary}</source>
            <translation>Simulação: nada foi gravado. {summary}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="554" />
            <source>Nothing was written because some rows were rejected (use skip-bad to import the rest). {summary}</source>
            <translation>Nada foi gravado porque algumas linhas foram recusadas (use skip-bad para importar o resto). {summary}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="569" />
            <source>Themes: set on %n post(s).</source>
            <translation>
                <numerusform>Temas: definidos em %n post.</numerusform>
                <numerusform>Temas: definidos em %n posts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microcomm_desktop/services/importing.py" line="571" />
            <source>Themes: would set on %n post(s).</source>
            <translation>
                <numerusform>Temas: seriam definidos em %n post.</numerusform>
                <numerusform>Temas: seriam definidos em %n posts.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="573" />
            <source>; new themes: {themes}.</source>
            <translation>; temas novos: {themes}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="581" />
            <source>line {line}: skipped: {reason}</source>
            <translation>linha {line}: ignorada: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="585" />
            <source>line {line}: rejected: {reason}</source>
            <translation>linha {line}: recusada: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="589" />
            <source>line {line}: warning: {reason}</source>
            <translation>linha {line}: aviso: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="621" />
            <source>That workspace no longer exists.</source>
            <translation>Esse espaço de trabalho não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="647" />
            <location filename="../../microcomm_desktop/services/importing.py" line="881" />
            <location filename="../../microcomm_desktop/services/importing.py" line="1138" />
            <source>map a column to: {fields}</source>
            <translation>mapeie uma coluna para: {fields}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="697" />
            <source>Date/time: {when} is out of range.</source>
            <translation>Data/hora: {when} está fora do intervalo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="722" />
            <location filename="../../microcomm_desktop/services/importing.py" line="732" />
            <source>the same post appears again; this later row wins</source>
            <translation>o mesmo post aparece de novo; vale esta linha posterior</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="827" />
            <source>{field} would change from {before} to {after} on the stored post — check that this file covers the same period (a daily file or a shorter date range gives smaller numbers).</source>
            <translation>{field} mudaria de {before} para {after} no post salvo — confira se este arquivo cobre o mesmo período (um arquivo diário ou um intervalo de datas menor dá números menores).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="928" />
            <source>Post: no post with id or link {ref} in this workspace (import posts first).</source>
            <translation>Post: nenhum post com ID ou link {ref} neste espaço de trabalho (importe os posts primeiro).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="944" />
            <source>id {id} appears twice in the file; the later row is skipped</source>
            <translation>o ID {id} aparece duas vezes no arquivo; a linha posterior é ignorada</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="961" />
            <source>Timestamp: {when} is out of range.</source>
            <translation>Data e hora: {when} está fora do intervalo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="1015" />
            <source>parent {parent} not found; the message starts its own thread</source>
            <translation>mensagem de origem {parent} não encontrada; a mensagem começa a própria conversa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/importing.py" line="1173" />
            <source>@{handle} on {platform} appears again; this later row wins</source>
            <translation>@{handle} no {platform} aparece de novo; vale esta linha posterior</translation>
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
            <location filename="../../microcomm_desktop/services/promise.py" line="197" />
            <source>Enter a whole number of at least 1.</source>
            <translation>Digite um número inteiro de pelo menos 1.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="213" />
            <source>Rules</source>
            <translation>Regras</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="214" />
            <source>What to post</source>
            <translation>O que postar</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="215" />
            <source>How to get help</source>
            <translation>Como pedir ajuda</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="242" />
            <source>Unknown home kind {kind}.</source>
            <translation>Tipo de casa desconhecido {kind}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="297" />
            <location filename="../../microcomm_desktop/services/promise.py" line="319" />
            <source>Give the format a name.</source>
            <translation>Dê um nome ao formato.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="299" />
            <source>Keep the name under 120 characters.</source>
            <translation>O nome deve ter menos de 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="412" />
            <source>Write the prompt text.</source>
            <translation>Escreva o texto da pergunta.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="414" />
            <source>Keep a prompt under 500 characters.</source>
            <translation>Uma pergunta deve ter menos de 500 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="416" />
            <source>Pick a rung: {rungs}.</source>
            <translation>Escolha um degrau: {rungs}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="498" />
            <source>That prompt no longer exists.</source>
            <translation>Essa pergunta não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/promise.py" line="500" />
            <source>That post no longer exists.</source>
            <translation>Esse post não existe mais.</translation>
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
            <location filename="../../microcomm_desktop/services/workspaces.py" line="83" />
            <source>No workspace named {name}. See: microcomm workspace list</source>
            <translation>Nenhum espaço de trabalho chamado {name}. Veja: microcomm workspace list</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="100" />
            <source>A workspace needs a name.</source>
            <translation>Um espaço de trabalho precisa de um nome.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="102" />
            <source>Keep the workspace name under 120 characters.</source>
            <translation>O nome do espaço de trabalho deve ter menos de 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="116" />
            <location filename="../../microcomm_desktop/services/workspaces.py" line="249" />
            <source>A workspace named {name} already exists.</source>
            <translation>Já existe um espaço de trabalho chamado {name}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="130" />
            <location filename="../../microcomm_desktop/services/workspaces.py" line="222" />
            <location filename="../../microcomm_desktop/services/workspaces.py" line="245" />
            <source>That workspace no longer exists.</source>
            <translation>Esse espaço de trabalho não existe mais.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="134" />
            <source>The ER definition is 'reach' or 'impressions'.</source>
            <translation>A definição de ER é 'reach' ou 'impressions'.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="171" />
            <source>{text}: the platform before ':' is a word such as instagram or youtube.</source>
            <translation>{text}: a plataforma antes de ':' é uma palavra como instagram ou youtube.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="178" />
            <source>{text}: type a handle, e.g. @yourname or instagram:@yourname.</source>
            <translation>{text}: digite um perfil, ex.: @seunome ou instagram:@seunome.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="184" />
            <source>{text}: a handle has no spaces.</source>
            <translation>{text}: um perfil não tem espaços.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="188" />
            <source>{text}: a handle is at most 120 characters.</source>
            <translation>{text}: um perfil tem no máximo 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="265" />
            <source>Unknown time zone {zone}: use a name such as Europe/Berlin or America/New_York.</source>
            <translation>Fuso horário desconhecido {zone}: use um nome como America/Sao_Paulo ou Europe/Lisbon.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="353" />
            <source>Deleting a workspace on a team server is not available yet: the app cannot take its safety copy there. Export it first (microcomm workspace export NAME -o FILE), then ask the server's administrator to remove it.</source>
            <translation>Ainda não é possível excluir um espaço de trabalho em um servidor de equipe: o app não consegue fazer a cópia de segurança lá. Exporte-o primeiro (microcomm workspace export NOME -o ARQUIVO) e depois peça ao administrador do servidor para removê-lo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/services/workspaces.py" line="388" />
            <source>A workspace named {name} exists again; rename it first, then undo the deletion.</source>
            <translation>Existe de novo um espaço de trabalho chamado {name}; renomeie-o primeiro e depois desfaça a exclusão.</translation>
        </message>
    </context>
    <context>
        <name>store.db</name>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="70" />
            <source>'{url}' is not a database URL; write it like postgresql://user@host/database.</source>
            <translation>'{url}' não é uma URL de banco de dados; escreva assim: postgresql://user@host/database.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="76" />
            <source>MicroComm's team server is PostgreSQL; '{backend}' URLs are not supported (a local SQLite file is chosen with --data-dir).</source>
            <translation>O servidor de equipe do MicroComm é PostgreSQL; URLs '{backend}' não são aceitas (um arquivo SQLite local é escolhido com --data-dir).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="84" />
            <source>The database URL names no database; add it after the host: postgresql://host/NAME.</source>
            <translation>A URL não indica nenhum banco de dados; acrescente-o depois do host: postgresql://host/NAME.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="307" />
            <source>Another import or edit has been writing to this data for over {seconds} s; nothing was changed. Try again when it has finished.</source>
            <translation>Outra importação ou edição está gravando nestes dados há mais de {seconds} s; nada foi alterado. Tente de novo quando terminar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="332" />
            <source>Another member's import or edit has been writing to this workspace for over {seconds} s; nothing was changed. Try again when it has finished.</source>
            <translation>A importação ou edição de outro membro está gravando neste espaço de trabalho há mais de {seconds} s; nada foi alterado. Tente de novo quando terminar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/db.py" line="382" />
            <source>Not saved: {problem}</source>
            <translation>Não salvo: {problem}</translation>
        </message>
    </context>
    <context>
        <name>store.files</name>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="45" />
            <source>MicroComm cannot open its data file {path}: {reason}. Nothing was changed.</source>
            <translation>O MicroComm não consegue abrir o arquivo de dados {path}: {reason}. Nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="48" />
            <source>MicroComm cannot open its data file {path}: {reason}. Nothing was changed. Check the folder's permissions and free disk space.</source>
            <translation>O MicroComm não consegue abrir o arquivo de dados {path}: {reason}. Nada foi alterado. Confira as permissões da pasta e o espaço livre em disco.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="60" />
            <source>The data file {path} is empty (0 bytes).</source>
            <translation>O arquivo de dados {path} está vazio (0 bytes).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="65" />
            <source>The data file {path} is not a MicroComm database (it is not SQLite).</source>
            <translation>O arquivo de dados {path} não é um banco de dados do MicroComm (não é SQLite).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="99" />
            <location filename="../../microcomm_desktop/store/files.py" line="103" />
            <location filename="../../microcomm_desktop/store/files.py" line="108" />
            <source>The data file {path} is damaged: {reason}.</source>
            <translation>O arquivo de dados {path} está danificado: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="134" />
            <source>The disk is full ({free} MB free): the change was not saved and your data is unchanged. Free some space, then try again.</source>
            <translation>O disco está cheio ({free} MB livres): a alteração não foi salva e seus dados estão intactos. Libere espaço e tente de novo.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/store/files.py" line="154" />
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