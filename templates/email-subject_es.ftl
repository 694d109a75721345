<#-- El asunto del correo, en español. Una línea. -->
<#if isNew>Su plan de cuidados de ${clinicName}<#else>Su plan de cuidados actualizado de ${clinicName}</#if>
