@echo off
rem Runs Cadence (cadence.jar beside this file) with the JVM settings its benchmark measures;
rem see the comments in the shell launcher "cadence" beside it. More JVM options: CADENCE_JAVA_OPTS.
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" @cadence.jvm.options@ %CADENCE_JAVA_OPTS% -jar "%~dp0cadence.jar" %*
