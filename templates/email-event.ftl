<#-- The title of each suggested session in the calendar file, in English. One line. -->
Suggested massage session – ${clinicName}
