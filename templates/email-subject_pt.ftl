<#-- O assunto do e-mail, em português. Uma linha. -->
<#if isNew>Seu plano de cuidados de ${clinicName}<#else>Seu plano de cuidados atualizado de ${clinicName}</#if>
