<#-- El texto del correo, en español. Sin detalles clínicos: esos quedan en el PDF adjunto. -->
Hola, ${firstName}:

<#if isNew>Le enviamos su plan de cuidados de ${clinicName}<#else>Hemos actualizado su plan de cuidados de ${clinicName}</#if>, con fecha ${planDate}. Lo encontrará adjunto en PDF (${planFile}): indica con qué frecuencia le recomendamos venir y por qué.
<#if sessionCount gt 0>

El archivo de calendario adjunto (${calendarFile}) contiene <#if sessionCount == 1>la fecha sugerida<#else>las ${sessionCount} fechas sugeridas</#if>. Ábralo para añadirlas a su calendario. Son sugerencias, no citas reservadas: llámenos o responda a este correo para reservar.
</#if>

Si tiene alguna pregunta o las fechas no le vienen bien, responda a este correo o coménteselo a su terapeuta en su próxima visita.

Un cordial saludo,
${clinicName}
<#list contactLines as line>
${line}
</#list>
