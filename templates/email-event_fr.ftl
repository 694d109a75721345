<#-- Le titre de chaque séance proposée dans le fichier de calendrier. Une ligne. -->
Séance de massage proposée – ${clinicName}
