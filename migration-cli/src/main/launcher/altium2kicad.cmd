@echo off
rem altium2kicad: runs altium2kicad.jar (the jar next to this script) with Java 17 or later.
rem Which java: %JAVA% if set, else %JAVA_HOME%\bin\java.exe, else java on the PATH.
rem JVM options: %ALTIUM2KICAD_JAVA_OPTS% if set, instead of the defaults: -XX:TieredStopAtLevel=1 (the quick JIT
rem compiler only: faster for a run of seconds to minutes, see the README section "Performance") and, if the build
rem left altium2kicad.jsa next to the jar, that class-data sharing archive (a JVM that cannot use it ignores it).
setlocal
if not defined ALTIUM2KICAD_JAVA_OPTS (
  if exist "%~dp0altium2kicad.jsa" (
    set "ALTIUM2KICAD_JAVA_OPTS=-XX:TieredStopAtLevel=1 "-XX:SharedArchiveFile=%~dp0altium2kicad.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off"
  ) else (
    set "ALTIUM2KICAD_JAVA_OPTS=-XX:TieredStopAtLevel=1"
  )
)
if defined JAVA (set "JAVA_EXE=%JAVA%") else if defined JAVA_HOME (set "JAVA_EXE=%JAVA_HOME%\bin\java.exe") else (set "JAVA_EXE=java")
"%JAVA_EXE%" %ALTIUM2KICAD_JAVA_OPTS% -jar "%~dp0altium2kicad.jar" %*
exit /b %ERRORLEVEL%
