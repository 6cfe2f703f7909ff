@echo off
rem altium2kicad: runs altium2kicad.jar (the jar next to this script) with Java 17 or later.
rem Which java: %JAVA% if set, else %JAVA_HOME%\bin\java.exe, else java on the PATH.
rem JVM options: %ALTIUM2KICAD_JAVA_OPTS% if set, instead of the default -XX:TieredStopAtLevel=1 (the quick JIT
rem compiler only: faster for a run of seconds to minutes, see the README section "Performance").
setlocal
if not defined ALTIUM2KICAD_JAVA_OPTS set "ALTIUM2KICAD_JAVA_OPTS=-XX:TieredStopAtLevel=1"
if defined JAVA (set "JAVA_EXE=%JAVA%") else if defined JAVA_HOME (set "JAVA_EXE=%JAVA_HOME%\bin\java.exe") else (set "JAVA_EXE=java")
"%JAVA_EXE%" %ALTIUM2KICAD_JAVA_OPTS% -jar "%~dp0altium2kicad.jar" %*
exit /b %ERRORLEVEL%
