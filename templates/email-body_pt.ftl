<#-- O texto do e-mail, em português. Nenhum detalhe clínico: isso fica no PDF anexo. -->
Olá, ${firstName}!

<#if isNew>Enviamos em anexo o seu plano de cuidados de ${clinicName}<#else>O seu plano de cuidados de ${clinicName} foi atualizado</#if>, com data de ${planDate}. Ele está anexo em PDF (${planFile}) e mostra com que frequência recomendamos que você venha, e por quê.
<#if sessionCount gt 0>

O arquivo de calendário anexo (${calendarFile}) tem <#if sessionCount == 1>a data sugerida<#else>as ${sessionCount} datas sugeridas</#if>. Abra-o para adicioná-las à sua agenda. São sugestões, não agendamentos: ligue para nós ou responda a este e-mail para agendar.
</#if>

Se tiver alguma dúvida, ou se as datas não forem boas para você, basta responder a este e-mail ou falar com seu terapeuta na próxima visita.

Um abraço,
${clinicName}
<#list contactLines as line>
${line}
</#list>
