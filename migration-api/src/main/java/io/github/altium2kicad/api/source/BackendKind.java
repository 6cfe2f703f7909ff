package io.github.altium2kicad.api.source;

/** The kind of database an Altium library lives in, as far as a source reader needs to know. */
public enum BackendKind {
    SQLITE, ACCESS, EXCEL, CSV, POSTGRESQL, MYSQL, SQLSERVER, OTHER_JDBC
}
