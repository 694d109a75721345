<#-- Le texte du message, en français. Aucun détail clinique : ils restent dans le PDF joint. -->
Bonjour ${firstName},

<#if isNew>Voici votre plan de soins de ${clinicName}<#else>Votre plan de soins de ${clinicName} a été mis à jour</#if>, en date du ${planDate}. Vous le trouverez en pièce jointe (${planFile}) : il indique à quelle fréquence nous vous conseillons de venir, et pourquoi.
<#if sessionCount gt 0>

Le fichier de calendrier joint (${calendarFile}) contient <#if sessionCount == 1>la date proposée<#else>les ${sessionCount} dates proposées</#if>. Ouvrez-le pour les ajouter à votre agenda. Ce sont des suggestions, pas des réservations : appelez-nous ou répondez à ce message pour réserver.
</#if>

Pour toute question, ou si les dates ne vous conviennent pas, répondez simplement à ce message ou parlez-en à votre thérapeute lors de votre prochaine visite.

Bien cordialement,
${clinicName}
<#list contactLines as line>
${line}
</#list>
