<#-- El título de cada sesión sugerida en el archivo de calendario. Una línea. -->
Sesión de masaje sugerida – ${clinicName}
