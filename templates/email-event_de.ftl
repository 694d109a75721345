<#-- Der Titel jedes vorgeschlagenen Termins in der Kalenderdatei. Eine Zeile. -->
Vorgeschlagener Massagetermin – ${clinicName}
