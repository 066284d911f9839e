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
        <name>DataActions</name>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="42" />
            <source>Open or create a workspace first; then its data can be exported.</source>
            <translation>Abra ou crie um espaço de trabalho primeiro; depois os dados dele podem ser exportados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="79" />
            <source>the system language</source>
            <translation>o idioma do sistema</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="83" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="84" />
            <source>MicroComm will speak {language} from the next start.

Rebuild the window in {language} now? What you are typing is saved first; the undo history of the open tabs starts afresh.</source>
            <translation>O MicroComm vai usar {language} a partir da próxima inicialização.

Reconstruir a janela em {language} agora? O que você está digitando é salvo antes; o histórico de desfazer das abas abertas recomeça do zero.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="95" />
            <source>The language changes to {language} at the next start.</source>
            <translation>O idioma muda para {language} na próxima inicialização.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="116" />
            <source>Back up now</source>
            <translation>Fazer backup agora</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="117" />
            <source>The backup failed: {reason}</source>
            <translation>O backup falhou: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="123" />
            <source>Backed up to {path}</source>
            <translation>Backup salvo em {path}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="141" />
            <source>Export workspace to file</source>
            <translation>Exportar espaço de trabalho para arquivo</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="143" />
            <location filename="../../microcomm_desktop/ui/window_data.py" line="163" />
            <source>MicroComm workspace (*.mcw)</source>
            <translation>Espaço de trabalho do MicroComm (*.mcw)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="150" />
            <source>Export workspace</source>
            <translation>Exportar espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="153" />
            <source>Exported {what}</source>
            <translation>Exportado: {what}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="161" />
            <location filename="../../microcomm_desktop/ui/window_data.py" line="170" />
            <location filename="../../microcomm_desktop/ui/window_data.py" line="174" />
            <location filename="../../microcomm_desktop/ui/window_data.py" line="183" />
            <source>Import workspace file</source>
            <translation>Importar arquivo de espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="175" />
            <source>Name of the new workspace:</source>
            <translation>Nome do novo espaço de trabalho:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="187" />
            <source>Imported {what}</source>
            <translation>Importado: {what}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="199" />
            <location filename="../../microcomm_desktop/ui/window_data.py" line="211" />
            <source>Restore from backup</source>
            <translation>Restaurar de um backup</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="200" />
            <source>Replace the current data with {name}?

The current data is backed up first.</source>
            <translation>Substituir os dados atuais por {name}?

Os dados atuais são salvos em backup antes.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="212" />
            <source>Not restored: {reason}</source>
            <translation>Não restaurado: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="223" />
            <source>Restored. The previous data was saved as {name}.</source>
            <translation>Restaurado. Os dados anteriores foram salvos como {name}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="233" />
            <source>Where is my data?</source>
            <translation>Onde estão meus dados?</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="234" />
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
            <location filename="../../microcomm_desktop/ui/window_data.py" line="244" />
            <source>About {app}</source>
            <translation>Sobre o {app}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/window_data.py" line="245" />
            <source>&lt;b&gt;{app} Desktop {version}&lt;/b&gt;&lt;p&gt;Run a micro community as a measured system.&lt;/p&gt;&lt;p&gt;Data file: {path}&lt;/p&gt;</source>
            <translation>&lt;b&gt;{app} Desktop {version}&lt;/b&gt;&lt;p&gt;Conduza uma microcomunidade como um sistema medido.&lt;/p&gt;&lt;p&gt;Arquivo de dados: {path}&lt;/p&gt;</translation>
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
        <name>MainWindow</name>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="47" />
            <source>Promise</source>
            <translation>Promessa</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="48" />
            <source>Rituals</source>
            <translation>Rituais</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="49" />
            <source>Posts</source>
            <translation>Posts</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="50" />
            <source>Deals</source>
            <translation>Acordos</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="51" />
            <source>Creators</source>
            <translation>Criadores</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="52" />
            <source>Sprint</source>
            <translation>Sprint</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="53" />
            <source>Dashboard</source>
            <translation>Painel</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="54" />
            <source>Insights</source>
            <translation>Insights</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="160" />
            <source>Workspace</source>
            <translation>Espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="163" />
            <source> Workspace: </source>
            <translation> Espaço de trabalho: </translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="167" />
            <source>Switch between communities or clients (Ctrl+K)</source>
            <translation>Alternar entre comunidades ou clientes (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="172" />
            <source>Remove sample community…</source>
            <translation>Remover a comunidade de exemplo…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="175" />
            <source>Delete the sample community (backup first; undo until the app closes)</source>
            <translation>Excluir a comunidade de exemplo (backup antes; dá para desfazer até fechar o app)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="258" />
            <source>{tab}: could not save an open edit: {reason}</source>
            <translation>{tab}: não foi possível salvar uma edição aberta: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="344" />
            <location filename="../../microcomm_desktop/ui/main_window.py" line="363" />
            <source>Workspace: {name}</source>
            <translation>Espaço de trabalho: {name}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="345" />
            <location filename="../../microcomm_desktop/ui/main_window.py" line="365" />
            <source>{name} — {app}</source>
            <translation>{name} — {app}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="348" />
            <source>Reloaded from the data file.</source>
            <translation>Recarregado do arquivo de dados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="350" />
            <source>The data was changed outside this window (for example a command-line import); reloaded.</source>
            <translation>Os dados foram alterados fora desta janela (por exemplo, uma importação pela linha de comando); recarregados.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="362" />
            <source>no workspace</source>
            <translation>nenhum espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="405" />
            <location filename="../../microcomm_desktop/ui/main_window.py" line="411" />
            <source>Rename workspace</source>
            <translation>Renomear espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="405" />
            <source>New name:</source>
            <translation>Novo nome:</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="418" />
            <source>Not renamed: {reason}</source>
            <translation>Não renomeado: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="433" />
            <location filename="../../microcomm_desktop/ui/main_window.py" line="450" />
            <source>Delete workspace</source>
            <translation>Excluir espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="435" />
            <source>Delete {name} with all its posts, interactions, rituals, deals and sprints?

A backup of the whole data file is written first, and File › Undo delete brings it back until you close MicroComm.</source>
            <translation>Excluir {name} com todos os posts, interações, rituais, acordos e sprints?

Antes é feito um backup do arquivo de dados inteiro, e Arquivo › Desfazer exclusão traz tudo de volta até você fechar o MicroComm.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="450" />
            <source>Not deleted: {reason}</source>
            <translation>Não excluído: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="458" />
            <source>Deleted {name}. Undo: File › Undo delete (until MicroComm closes); backup: {backup}</source>
            <translation>{name} excluído. Desfazer: Arquivo › Desfazer exclusão (até o MicroComm fechar); backup: {backup}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="472" />
            <source>Undo delete</source>
            <translation>Desfazer exclusão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="472" />
            <source>Not restored: {reason}</source>
            <translation>Não restaurado: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="479" />
            <source>Restored {name}.</source>
            <translation>{name} restaurado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="488" />
            <source>U&amp;ndo delete of “{name}”</source>
            <translation>Desfa&amp;zer exclusão de “{name}”</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="491" />
            <source>U&amp;ndo delete</source>
            <translation>Desfa&amp;zer exclusão</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="529" />
            <source>Workspace settings</source>
            <translation>Configurações do espaço de trabalho</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="529" />
            <source>Not saved: {reason}</source>
            <translation>Não salvo: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="567" />
            <source>Create or pick a workspace first.</source>
            <translation>Crie ou escolha um espaço de trabalho primeiro.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/main_window.py" line="576" />
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
        <name>PromptTableModel</name>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="38" />
            <source>Broad</source>
            <translation>Ampla demais</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="39" />
            <source>OK: {check}</source>
            <translation>OK: {check}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="47" />
            <source>Used in the last 4 weeks: pick another prompt so members do not see a repeat.</source>
            <translation>Usada nas últimas 4 semanas: escolha outra pergunta para que os membros não vejam uma repetição.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="58" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="60" />
            <source>{date} (recent)</source>
            <translation>{date} (recente)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="75" />
            <source>Prompt</source>
            <translation>Pergunta</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="77" />
            <source>Rung</source>
            <translation>Degrau</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="79" />
            <source>Ritual</source>
            <translation>Ritual</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="84" />
            <source>Quality</source>
            <translation>Qualidade</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="90" />
            <source>Last used</source>
            <translation>Último uso</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/models/prompt_table_model.py" line="95" />
            <source>Uses</source>
            <translation>Usos</translation>
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
        <name>app</name>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="65" />
            <source>{problem}

Your data may be damaged; nothing will be saved to it. Use File › Restore from backup… to go back to a backup; the current file is kept.</source>
            <translation>{problem}

Seus dados podem estar danificados; nada será salvo neles. Use Arquivo › Restaurar de um backup… para voltar a um backup; o arquivo atual é mantido.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="80" />
            <source>{problem}

Your data may be damaged. Use File › Restore from backup… to go back to a backup; the current file is kept.</source>
            <translation>{problem}

Seus dados podem estar danificados. Use Arquivo › Restaurar de um backup… para voltar a um backup; o arquivo atual é mantido.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="103" />
            <source>The daily backup could not be written: {reason}</source>
            <translation>Não foi possível gravar o backup diário: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="241" />
            <source>MicroComm cannot use its lock file {path}: {reason}.</source>
            <translation>O MicroComm não consegue usar o arquivo de bloqueio {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="279" />
            <source>{problem}

MicroComm opens your local data instead.</source>
            <translation>{problem}

O MicroComm abre seus dados locais no lugar.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="288" />
            <source>MicroComm did not close normally last time.
Checking your data before opening it…</source>
            <translation>O MicroComm não fechou normalmente da última vez.
Verificando seus dados antes de abri-los…</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="315" />
            <source>

The newest backup is {backup}. Close MicroComm, move the damaged file aside and copy the backup in its place (File › Restore from backup does this once the app opens).</source>
            <translation>

O backup mais recente é {backup}. Feche o MicroComm, mova o arquivo danificado para outro lugar e copie o backup no lugar dele (Arquivo › Restaurar de um backup faz isso quando o app estiver aberto).</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="327" />
            <source>{problem}{hint}

The file was left untouched.</source>
            <translation>{problem}{hint}

O arquivo não foi alterado.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="354" />
            <source>{problem}

The file was left untouched. Use a backup from {folder}.</source>
            <translation>{problem}

O arquivo não foi alterado. Use um backup de {folder}.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/app.py" line="365" />
            <source> (demo — changes are thrown away)</source>
            <translation> (demo — as alterações são descartadas)</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
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
            <location filename="../../microcomm_desktop/cli.py" line="66" />
            <source>MicroComm Desktop — run a micro community as a measured system. Without a command, opens the app.</source>
            <translation>MicroComm Desktop — conduza uma microcomunidade como um sistema medido. Sem comando, abre o app.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="75" />
            <source>open the app on the sample community in a throw-away data folder (your data is not touched)</source>
            <translation>abrir o app com a comunidade de exemplo em uma pasta de dados descartável (seus dados não são tocados)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="80" />
            <source>open the window offscreen, paint once, exit 0</source>
            <translation>abrir a janela fora da tela, desenhar uma vez e sair com 0</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="100" />
            <source>microcomm: '{command}' needs a subcommand; see microcomm {command} --help
</source>
            <translation>microcomm: '{command}' precisa de um subcomando; veja microcomm {command} --help
</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/cli.py" line="111" />
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
            <location filename="../../microcomm_desktop/commands/common.py" line="117" />
            <location filename="../../microcomm_desktop/commands/common.py" line="162" />
            <source>There is no workspace yet. Create one: microcomm workspace create NAME</source>
            <translation>Ainda não há espaço de trabalho. Crie um: microcomm workspace create NAME</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/common.py" line="120" />
            <location filename="../../microcomm_desktop/commands/common.py" line="165" />
            <source>There are {n_existing} workspaces ({names}); name one with --workspace NAME.</source>
            <translation>Há {n_existing} espaços de trabalho ({names}); indique um com --workspace NAME.</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/common.py" line="126" />
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
            <location filename="../../microcomm_desktop/commands/workspace.py" line="171" />
            <source>none (posts without reach get n/a ratios)</source>
            <translation>nenhum (posts sem alcance ficam com razões n/a)</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/commands/workspace.py" line="170" />
            <source>Reach stand-ins: {standins}</source>
            <translation>Substitutos do alcance: {standins}</translation>
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
        <message>
            <location filename="../../microcomm_desktop/__main__.py" line="54" />
            <source>microcomm: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it from a desktop session, or use the command line: microcomm --help</source>
            <translation>microcomm: não há tela para abrir a janela (DISPLAY e WAYLAND_DISPLAY não estão definidas). Execute a partir de uma sessão de desktop ou use a linha de comando: microcomm --help</translation>
        </message>
    </context>
    <context>
        <name>operations</name>
        <message>
            <location filename="../../microcomm_desktop/ui/operations.py" line="42" />
            <source>{action}: {reason}</source>
            <translation>{action}: {reason}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/operations.py" line="141" />
            <source>Redo {step}</source>
            <translation>Refazer {step}</translation>
        </message>
        <message>
            <location filename="../../microcomm_desktop/ui/operations.py" line="146" />
            <source>Undo {step}</source>
            <translation>Desfazer {step}</translation>
        </message>
    </context>
</TS>