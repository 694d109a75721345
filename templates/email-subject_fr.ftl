<#-- L'objet du message, en français. Une ligne. -->
<#if isNew>Votre plan de soins – ${clinicName}<#else>Votre plan de soins mis à jour – ${clinicName}</#if>
