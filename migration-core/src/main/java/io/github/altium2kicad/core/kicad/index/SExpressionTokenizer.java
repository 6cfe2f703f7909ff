package io.github.altium2kicad.core.kicad.index;

import java.io.IOException;
import java.io.Reader;

/**
 * A streaming tokenizer for KiCad's S-expression files ({@code .kicad_sym}, {@code .kicad_mod},
 * {@code sym-lib-table}, {@code fp-lib-table}). It hands out one token at a time and never builds a tree, so a
 * reader can pick out the few lists it needs and {@link #skipList() skip} the rest of a multi-megabyte file
 * without allocating.
 *
 * <p>Tokens: {@code (}, {@code )}, atoms (any run of characters other than white space, parentheses and
 * {@code "}) and quoted strings. Quoted strings may contain the escapes KiCad writes ({@code \"}, {@code \\},
 * {@code \n}, {@code \r}, {@code \t}); any other escaped character stands for itself. Not thread-safe: one
 * tokenizer reads one file.
 */
public final class SExpressionTokenizer {

    /** The kind of the current token. */
    public enum Token { OPEN, CLOSE, ATOM, STRING, END }

    private static final int BUFFER_SIZE = 1 << 16;

    private final Reader reader;
    private final char[] buffer = new char[BUFFER_SIZE];
    private int position;
    private int limit;
    private final StringBuilder text = new StringBuilder(64);
    private int depth;
    private int line = 1;
    private Token current;

    /** Reads tokens from {@code reader}; the caller closes it. */
    public SExpressionTokenizer(Reader reader) {
        this.reader = reader;
    }

    /** Advances to the next token and returns its kind; {@link Token#END} at the end of the input. */
    public Token next() throws IOException {
        int c = skipWhitespace();
        if (c < 0) {
            current = Token.END;
            return current;
        }
        position++;
        switch (c) {
            case '(':
                depth++;
                current = Token.OPEN;
                return current;
            case ')':
                if (depth == 0) {
                    throw error("unbalanced ')'");
                }
                depth--;
                current = Token.CLOSE;
                return current;
            case '"':
                readString();
                current = Token.STRING;
                return current;
            default:
                readAtom((char) c);
                current = Token.ATOM;
                return current;
        }
    }

    /** The current token's kind. */
    public Token current() {
        return current;
    }

    /** The text of the current atom or string (escapes resolved). */
    public String text() {
        if (current != Token.ATOM && current != Token.STRING) {
            throw new IllegalStateException("the current token " + current + " has no text");
        }
        return text.toString();
    }

    /** True if the current token is an atom or string equal to {@code value}, compared without allocating. */
    public boolean textEquals(String value) {
        if ((current != Token.ATOM && current != Token.STRING) || text.length() != value.length()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (text.charAt(i) != value.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** How many lists are open after the current token. */
    public int depth() {
        return depth;
    }

    /** The 1-based line of the current position, for error messages. */
    public int line() {
        return line;
    }

    /**
     * Skips to the end of the list the tokenizer is in: after {@code (head} it consumes everything up to and
     * including the matching {@code )}. Cheap: characters are scanned, no token text is kept.
     */
    public void skipList() throws IOException {
        int target = depth - 1;
        if (target < 0) {
            throw new IllegalStateException("not inside a list");
        }
        while (depth > target) {
            if (position >= limit && !fill()) {
                throw error("end of input inside a list");
            }
            char c = buffer[position++];
            switch (c) {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '"':
                    skipString();
                    break;
                case '\n':
                    line++;
                    break;
                default:
                    break;
            }
        }
        current = Token.CLOSE;
    }

    /**
     * Reads the next token, which must be an atom or a string, and returns its text; {@code null} if the list
     * closes instead (the close is consumed).
     */
    public String nextValue() throws IOException {
        Token token = next();
        if (token == Token.ATOM || token == Token.STRING) {
            return text();
        }
        if (token == Token.CLOSE) {
            return null;
        }
        throw error("expected a value, found " + token);
    }

    /** An {@link IOException} naming the current line. */
    public IOException error(String message) {
        return new IOException(message + " (line " + line + ")");
    }

    private int skipWhitespace() throws IOException {
        while (true) {
            if (position >= limit && !fill()) {
                return -1;
            }
            char c = buffer[position];
            if (c == '\n') {
                line++;
            } else if (!Character.isWhitespace(c)) {
                return c;
            }
            position++;
        }
    }

    private void readAtom(char first) throws IOException {
        text.setLength(0);
        text.append(first);
        while (true) {
            if (position >= limit && !fill()) {
                return;
            }
            char c = buffer[position];
            if (c == '(' || c == ')' || c == '"' || Character.isWhitespace(c)) {
                return;
            }
            text.append(c);
            position++;
        }
    }

    private void readString() throws IOException {
        text.setLength(0);
        while (true) {
            if (position >= limit && !fill()) {
                throw error("end of input inside a quoted string");
            }
            char c = buffer[position++];
            if (c == '"') {
                return;
            }
            if (c == '\n') {
                line++;
            }
            if (c == '\\') {
                if (position >= limit && !fill()) {
                    throw error("end of input after '\\' in a quoted string");
                }
                char escaped = buffer[position++];
                switch (escaped) {
                    case 'n':
                        text.append('\n');
                        break;
                    case 'r':
                        text.append('\r');
                        break;
                    case 't':
                        text.append('\t');
                        break;
                    default:
                        text.append(escaped);
                        break;
                }
            } else {
                text.append(c);
            }
        }
    }

    private void skipString() throws IOException {
        while (true) {
            if (position >= limit && !fill()) {
                throw error("end of input inside a quoted string");
            }
            char c = buffer[position++];
            if (c == '"') {
                return;
            }
            if (c == '\n') {
                line++;
            } else if (c == '\\') {
                if (position >= limit && !fill()) {
                    throw error("end of input after '\\' in a quoted string");
                }
                position++;
            }
        }
    }

    private boolean fill() throws IOException {
        int read = reader.read(buffer, 0, buffer.length);
        if (read <= 0) {
            position = 0;
            limit = 0;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
