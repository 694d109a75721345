<#-- Der Betreff der E-Mail, auf Deutsch. Eine Zeile. -->
<#if isNew>Ihr Behandlungsplan von ${clinicName}<#else>Ihr aktualisierter Behandlungsplan von ${clinicName}</#if>
