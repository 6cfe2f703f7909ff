package io.github.altium2kicad.api;

import java.util.Objects;

/**
 * Something the migration read leniently or left out, the way Altium itself does, without stopping: a repeated
 * DbLib section, a field map no table uses, a table the database does not have. The output is complete apart
 * from what the warning says; the CLI exits with its "completed with warnings" code.
 *
 * @param kind    what kind of problem this is; the console shows one line per kind
 * @param message where (file and line, table, column) and what was done, never a secret
 */
public record MigrationWarning(Kind kind, String message) {

    public MigrationWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** The kinds of warning, each with the few words the console shows before its count. */
    public enum Kind {
        /** A {@code [Section]} that appears again with the same content: the repeat is ignored. */
        REPEATED_SECTION("repeated DbLib sections with the same content, ignored"),
        /** A {@code [Section]} that appears again with other content: the first one is used, as Altium does. */
        CONFLICTING_SECTION("repeated DbLib sections with different content, the first one used"),
        /** A key set twice in one section: the first value is used, as Altium does. */
        REPEATED_KEY("keys set twice in one DbLib section, the first value used"),
        /** A line that is not {@code Key=Value}, text before the first section, a key-less line: ignored. */
        MALFORMED_LINE("DbLib lines that are not Key=Value, ignored"),
        /** A value that cannot be read ({@code Enabled=maybe}, {@code FieldType=x}): the default is used. */
        INVALID_VALUE("DbLib values that cannot be read, the default used"),
        /** A {@code [TableN]} or {@code [FieldMapN]} section without what it needs: left out. */
        INCOMPLETE_SECTION("DbLib sections without what they need, left out"),
        /** A field map naming a table that has no {@code [TableN]} section. */
        ORPHAN_FIELD_MAP("field maps of tables the DbLib does not list"),
        /** A field map naming a column the table does not have. */
        ABSENT_COLUMN("field maps naming columns the table does not have"),
        /** A table named in the DbLib that could not be read (absent, empty sheet, no header row): not migrated. */
        SKIPPED_TABLE("tables skipped"),
        /**
         * A table whose name differs from an earlier one only in case ({@code RESISTORS} after {@code Resistors}):
         * SQLite table names ignore case, so it gets its own output table and library, {@code RESISTORS (2)}.
         */
        RENAMED_TABLE("tables whose names differ only in case, given their own output table"),
        /**
         * A used {@code .SchLib}/{@code .PcbLib} that KiCad's converter could not convert ({@code native_libraries}):
         * its parts keep the Altium library.
         */
        NATIVE_CONVERSION_FAILED("library files KiCad's converter could not convert, kept as Altium libraries"),
        /**
         * A symbol or footprint that is not in its converted library under a name that can be told apart (dropped, or
         * renamed onto another one's name): the parts that use it keep the Altium library.
         */
        NATIVE_NAME_KEPT_ALTIUM("names not in the converted KiCad libraries, kept on the Altium library"),
        /**
         * A converted {@code .PcbLib} whose footprints reference 3D models the file does not embed: KiCad's converter
         * drops those references (embedded STEP models are kept).
         */
        NATIVE_MODELS_DROPPED("converted footprint libraries whose non-embedded 3D models KiCad's converter dropped");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        /** A few words for the console, e.g. {@code tables skipped}. */
        public String title() {
            return title;
        }

        /** The kind's name in {@code migration-summary.json}, e.g. {@code skipped_table}. */
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
