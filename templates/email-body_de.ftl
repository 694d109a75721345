<#-- Der Text der E-Mail, auf Deutsch. Keine klinischen Angaben: die stehen im angehängten PDF. -->
Guten Tag ${firstName},

<#if isNew>anbei erhalten Sie Ihren Behandlungsplan von ${clinicName}<#else>Ihr Behandlungsplan von ${clinicName} wurde aktualisiert</#if>, Stand ${planDate}. Sie finden ihn als PDF im Anhang (${planFile}): Er zeigt, wie oft wir Ihnen einen Besuch empfehlen und warum.
<#if sessionCount gt 0>

Die angehängte Kalenderdatei (${calendarFile}) enthält <#if sessionCount == 1>den vorgeschlagenen Termin<#else>die ${sessionCount} vorgeschlagenen Termine</#if>. Öffnen Sie sie, um die Termine in Ihren Kalender zu übernehmen. Es sind Vorschläge, keine Buchungen: Rufen Sie uns an oder antworten Sie auf diese E-Mail, um einen Termin zu vereinbaren.
</#if>

Wenn Sie Fragen haben oder die Termine nicht passen, antworten Sie einfach auf diese E-Mail oder sprechen Sie bei Ihrem nächsten Besuch mit Ihrer Therapeutin oder Ihrem Therapeuten.

Herzliche Grüße
${clinicName}
<#list contactLines as line>
${line}
</#list>
