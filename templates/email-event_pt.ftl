<#-- O título de cada sessão sugerida no arquivo de calendário. Uma linha. -->
Sessão de massagem sugerida – ${clinicName}
