<#-- The email's text, in English. No clinical detail here: that stays in the attached PDF.
     Variables: templates/README.md. -->
Dear ${firstName},

<#if isNew>Here is your care plan from ${clinicName}<#else>Your care plan from ${clinicName} has been updated</#if>, as of ${planDate}. It is attached as a PDF (${planFile}): it shows how often we suggest you come in, and why.
<#if sessionCount gt 0>

The calendar file attached (${calendarFile}) holds the ${sessionCount} suggested <#if sessionCount == 1>date<#else>dates</#if>. Open it to add them to your calendar. They are suggestions, not bookings: call us or reply to this email to book a time.
</#if>

If you have any questions, or the dates do not suit you, just reply to this email or talk to your therapist at your next visit.

Warm regards,
${clinicName}
<#list contactLines as line>
${line}
</#list>
