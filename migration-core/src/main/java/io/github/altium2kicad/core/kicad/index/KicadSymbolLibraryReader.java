package io.github.altium2kicad.core.kicad.index;

import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.core.kicad.index.SExpressionTokenizer.Token;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the symbols of one {@code .kicad_sym} file: name, distinct pin numbers and {@code Reference} property.
 * Graphics, pin positions and every other property are skipped unread. A symbol that {@code extends} another
 * gets its parent's pins (and its parent's reference if it has none of its own).
 */
final class KicadSymbolLibraryReader {

    private KicadSymbolLibraryReader() {
    }

    private record RawSymbol(String name, String extendsName, String reference, Set<String> pins) {
    }

    /** The symbols of the library file read from {@code reader}, under the library nickname {@code nickname}. */
    static List<KicadSymbol> read(String nickname, Reader reader) throws IOException {
        SExpressionTokenizer tokens = new SExpressionTokenizer(reader);
        if (tokens.next() != Token.OPEN || !"kicad_symbol_lib".equals(tokens.nextValue())) {
            throw tokens.error("not a KiCad symbol library (expected '(kicad_symbol_lib')");
        }
        Map<String, RawSymbol> raw = new LinkedHashMap<>();
        while (true) {
            Token token = tokens.next();
            if (token == Token.CLOSE && tokens.depth() == 0) {
                break;
            }
            if (token == Token.END) {
                throw tokens.error("end of input before the library's closing ')'");
            }
            if (token == Token.OPEN) {
                String head = tokens.nextValue();
                if ("symbol".equals(head)) {
                    RawSymbol symbol = readSymbol(tokens);
                    raw.put(symbol.name(), symbol);
                } else if (head != null) {
                    tokens.skipList();
                }
            }
        }
        List<KicadSymbol> symbols = new ArrayList<>(raw.size());
        for (RawSymbol symbol : raw.values()) {
            Set<String> pins = resolvePins(symbol, raw, new HashSet<>());
            String reference = resolveReference(symbol, raw, new HashSet<>());
            symbols.add(new KicadSymbol(new KicadLibId(nickname, symbol.name()), pins.size(), reference));
        }
        return symbols;
    }

    private static RawSymbol readSymbol(SExpressionTokenizer tokens) throws IOException {
        String name = tokens.nextValue();
        if (name == null) {
            throw tokens.error("a symbol without a name");
        }
        int colon = name.indexOf(':');
        if (colon >= 0) {
            name = name.substring(colon + 1);
        }
        String extendsName = null;
        String reference = "";
        Set<String> pins = new HashSet<>();
        while (true) {
            Token token = tokens.next();
            if (token == Token.CLOSE) {
                return new RawSymbol(name, extendsName, reference, pins);
            }
            if (token == Token.END) {
                throw tokens.error("end of input inside symbol '" + name + "'");
            }
            if (token != Token.OPEN) {
                continue;
            }
            String head = tokens.nextValue();
            if (head == null) {
                continue;
            }
            switch (head) {
                case "extends" -> {
                    extendsName = tokens.nextValue();
                    if (extendsName != null) {
                        tokens.skipList();
                    }
                }
                case "property" -> {
                    String key = tokens.nextValue();
                    String value = key == null ? null : tokens.nextValue();
                    if ("Reference".equals(key) && value != null) {
                        reference = value;
                    }
                    if (value != null) {
                        tokens.skipList();
                    }
                }
                case "symbol" -> readUnit(tokens, pins);
                case "pin" -> readPin(tokens, pins);
                default -> tokens.skipList();
            }
        }
    }

    private static void readUnit(SExpressionTokenizer tokens, Set<String> pins) throws IOException {
        if (tokens.nextValue() == null) {
            return;
        }
        while (true) {
            Token token = tokens.next();
            if (token == Token.CLOSE) {
                return;
            }
            if (token == Token.END) {
                throw tokens.error("end of input inside a symbol unit");
            }
            if (token == Token.OPEN) {
                String head = tokens.nextValue();
                if ("pin".equals(head)) {
                    readPin(tokens, pins);
                } else if (head != null) {
                    tokens.skipList();
                }
            }
        }
    }

    private static void readPin(SExpressionTokenizer tokens, Set<String> pins) throws IOException {
        while (true) {
            Token token = tokens.next();
            if (token == Token.CLOSE) {
                return;
            }
            if (token == Token.END) {
                throw tokens.error("end of input inside a pin");
            }
            if (token == Token.OPEN) {
                String head = tokens.nextValue();
                if ("number".equals(head)) {
                    String number = tokens.nextValue();
                    if (number != null) {
                        if (!number.isEmpty()) {
                            pins.add(number);
                        }
                        tokens.skipList();
                    }
                } else if (head != null) {
                    tokens.skipList();
                }
            }
        }
    }

    private static Set<String> resolvePins(RawSymbol symbol, Map<String, RawSymbol> all, Set<String> seen) {
        if (symbol.extendsName() == null || !seen.add(symbol.name())) {
            return symbol.pins();
        }
        RawSymbol parent = all.get(symbol.extendsName());
        if (parent == null) {
            return symbol.pins();
        }
        Set<String> pins = new HashSet<>(resolvePins(parent, all, seen));
        pins.addAll(symbol.pins());
        return pins;
    }

    private static String resolveReference(RawSymbol symbol, Map<String, RawSymbol> all, Set<String> seen) {
        if (!symbol.reference().isEmpty() || symbol.extendsName() == null || !seen.add(symbol.name())) {
            return symbol.reference();
        }
        RawSymbol parent = all.get(symbol.extendsName());
        return parent == null ? "" : resolveReference(parent, all, seen);
    }
}
