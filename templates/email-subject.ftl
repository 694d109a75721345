<#-- The email's subject, in English (email-subject_es.ftl and the others for other languages). One line. -->
<#if isNew>Your care plan from ${clinicName}<#else>Your updated care plan from ${clinicName}</#if>
