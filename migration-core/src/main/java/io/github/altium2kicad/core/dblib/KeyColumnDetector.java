package io.github.altium2kicad.core.dblib;

import io.github.altium2kicad.api.dblib.FieldMapping;
import io.github.altium2kicad.api.dblib.TableDescriptor.KeySource;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the lookup key column of one DbLib table: a {@code FieldType=0} field map, else the column compared on
 * the left of {@code UserWhereText}, else the conventional {@code Part Number}.
 *
 * <p>{@code UserWhereText} is read only to name the key; it is Altium's single-part lookup clause and never a
 * filter for export.
 */
final class KeyColumnDetector {

    /** The column Altium's own templates use as the key. */
    static final String CONVENTIONAL_KEY_COLUMN = "Part Number";

    /** An unquoted left-hand side that can only be a column name (letters, digits, spaces, {@code _ $ #}). */
    private static final Pattern PLAIN_COLUMN = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$# ]*");

    /** The key column and where it came from. */
    record KeyColumn(String column, KeySource source) {
    }

    private KeyColumnDetector() {
    }

    static KeyColumn detect(List<FieldMapping> mappings, String userWhereText, String leftQuote,
                            String rightQuote) {
        for (FieldMapping mapping : mappings) {
            if (mapping.isKey() && !mapping.columnName().isBlank()) {
                return new KeyColumn(mapping.columnName(), KeySource.FIELD_TYPE);
            }
        }
        Optional<String> fromWhere = columnInUserWhereText(userWhereText, leftQuote, rightQuote);
        if (fromWhere.isPresent()) {
            return new KeyColumn(fromWhere.get(), KeySource.USER_WHERE_TEXT);
        }
        return new KeyColumn(CONVENTIONAL_KEY_COLUMN, KeySource.CONVENTION);
    }

    /**
     * The column compared in the first comparison of a {@code UserWhereText} clause such as
     * {@code [Part Number] = '{Part Number}'}: the left operand if it is a quoted ({@code leftQuote…rightQuote},
     * {@code […]}, {@code `…`}, {@code "…"}) or plain column name, optionally table-qualified; a bare
     * {@code {Column}} placeholder on the left names the column too; if the left is a string literal the right
     * operand is used instead.
     */
    static Optional<String> columnInUserWhereText(String userWhereText, String leftQuote, String rightQuote) {
        if (userWhereText == null || userWhereText.isBlank()) {
            return Optional.empty();
        }
        Scanner scanner = new Scanner(userWhereText, leftQuote, rightQuote);
        Operand left = scanner.operand();
        if (left == null) {
            return Optional.empty();
        }
        if (left.kind == OperandKind.COLUMN || left.kind == OperandKind.PLACEHOLDER) {
            return nonBlank(left.text);
        }
        if (left.kind == OperandKind.LITERAL && scanner.skipEquals()) {
            Operand right = scanner.operand();
            if (right != null && (right.kind == OperandKind.COLUMN || right.kind == OperandKind.PLACEHOLDER)) {
                return nonBlank(right.text);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    private enum OperandKind { COLUMN, PLACEHOLDER, LITERAL }

    private record Operand(OperandKind kind, String text) {
    }

    /** A tiny scanner over one comparison; it understands only what a key lookup clause needs. */
    private static final class Scanner {
        private final String s;
        private final String leftQuote;
        private final String rightQuote;
        private int i;

        Scanner(String s, String leftQuote, String rightQuote) {
            this.s = s;
            this.leftQuote = leftQuote == null ? "" : leftQuote.strip();
            this.rightQuote = rightQuote == null ? "" : rightQuote.strip();
        }

        private void skipBlanksAndParens() {
            while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '(')) {
                i++;
            }
        }

        boolean skipEquals() {
            skipBlanksAndParens();
            if (i < s.length() && s.charAt(i) == '=') {
                i++;
                return true;
            }
            return false;
        }

        /** Reads an operand, or returns null if the text there is none this scanner understands. */
        Operand operand() {
            skipBlanksAndParens();
            if (i >= s.length()) {
                return null;
            }
            char c = s.charAt(i);
            if (c == '\'') {
                String literal = quoted("'", "'");
                return literal == null ? null : new Operand(OperandKind.LITERAL, literal);
            }
            if (c == '{') {
                String name = quoted("{", "}");
                return name == null ? null : new Operand(OperandKind.PLACEHOLDER, name);
            }
            String segment = quotedIdentifier();
            if (segment != null) {
                // table-qualified: [Parts].[Part Number] names the last segment
                while (i < s.length() && s.charAt(i) == '.') {
                    i++;
                    String next = quotedIdentifier();
                    if (next == null) {
                        return null;
                    }
                    segment = next;
                }
                return new Operand(OperandKind.COLUMN, segment);
            }
            int eq = s.indexOf('=', i);
            if (eq < 0) {
                return null;
            }
            String plain = s.substring(i, eq).strip();
            int dot = plain.lastIndexOf('.');
            String column = dot >= 0 ? plain.substring(dot + 1) : plain;
            if (!PLAIN_COLUMN.matcher(column).matches() || (dot >= 0 && !PLAIN_COLUMN.matcher(
                    plain.substring(0, dot)).matches())) {
                return null;
            }
            i = eq;
            return new Operand(OperandKind.COLUMN, column);
        }

        private String quotedIdentifier() {
            if (!leftQuote.isEmpty() && s.startsWith(leftQuote, i)) {
                return quoted(leftQuote, rightQuote.isEmpty() ? leftQuote : rightQuote);
            }
            for (String[] q : new String[][] {{"[", "]"}, {"`", "`"}, {"\"", "\""}}) {
                if (s.startsWith(q[0], i)) {
                    return quoted(q[0], q[1]);
                }
            }
            return null;
        }

        /** Reads {@code open…close} at the position (a doubled {@code close} escapes one); null if unclosed. */
        private String quoted(String open, String close) {
            int start = i + open.length();
            StringBuilder out = new StringBuilder();
            int j = start;
            while (j < s.length()) {
                if (s.startsWith(close, j)) {
                    if (s.startsWith(close, j + close.length()) && !close.equals("}")) {
                        out.append(close);
                        j += 2 * close.length();
                        continue;
                    }
                    i = j + close.length();
                    return out.toString();
                }
                out.append(s.charAt(j++));
            }
            return null;
        }
    }
}
