package io.github.altium2kicad.api;

/**
 * The one exception type the library throws for a migration that cannot go on.
 *
 * <p>{@link Kind#BAD_INPUT} means the user's input (a file, a setting, the source data) is wrong and the
 * message says which file, section, table, row or column and what to do about it; the CLI exits with 2.
 * {@link Kind#FAILURE} means something failed while the input looked right (I/O, a database error); the CLI
 * exits with 1. Messages never contain secrets from connection strings.
 */
public class MigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of problem stopped the migration. */
    public enum Kind {
        /** The input is wrong; fixing it is up to the user. */
        BAD_INPUT,
        /** The input looked right but the work failed. */
        FAILURE
    }

    private final Kind kind;

    public MigrationException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public MigrationException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** A {@link Kind#BAD_INPUT} exception. */
    public static MigrationException badInput(String message) {
        return new MigrationException(Kind.BAD_INPUT, message);
    }

    /** A {@link Kind#BAD_INPUT} exception with its cause. */
    public static MigrationException badInput(String message, Throwable cause) {
        return new MigrationException(Kind.BAD_INPUT, message, cause);
    }

    /** A {@link Kind#FAILURE} exception with its cause. */
    public static MigrationException failure(String message, Throwable cause) {
        return new MigrationException(Kind.FAILURE, message, cause);
    }

    public Kind kind() {
        return kind;
    }
}
