package io.github.altium2kicad.core.testing;

import java.util.List;
import java.util.Random;

/**
 * Connection strings in the forms Altium users keep (OLE DB, ODBC direct and through {@code MSDASQL}, quoted and
 * braced values, nested {@code Extended Properties}, JDBC URLs), each holding a known password, mutated the way
 * hand edits and truncated copies break them: stray or missing {@code ; = { } " '}, doubled or swapped parts,
 * changed case, spaces and tabs, cut tails, an extra level of {@code Extended Properties}. The password itself is
 * never mutated, so every string still holds it. Seeded: the same seed gives the same strings.
 */
public final class MutatedConnectionStrings {

    /** Passwords with the characters that break parsers; each fragment between them is 4+ characters. */
    public static final List<String> PASSWORDS = List.of("Kq8zVm3wTt9r", "Kq8z;Vm3w=Tt9r", "Kq8z{Vm3w}Tt9r",
            "Kq8z\"Vm3w'Tt9r", "Kq8z Vm3w@Tt9r", "Kq8z:Vm3w/Tt9r");

    private static final String P = "\u0000";

    /** {@code \0} marks where the password goes. */
    private static final List<String> FORMS = List.of(
            "Driver={MySQL ODBC 8.0 Unicode Driver};Server=127.0.0.1;Port=3399;Database=parts;UID=reader;PWD=" + P,
            "DRIVER={MySQL ODBC 8.3 ANSI Driver};SERVER=127.0.0.1;PORT=3399;DATABASE=librelib;USER=readonly;PASSWORD={" + P + "};OPTION=3",
            "Driver={PostgreSQL Unicode};Server=127.0.0.1;Port=5499;Database=parts;Uid=reader;Pwd=" + P + ";SSLmode=disable",
            "Provider=MSDASQL.1;Persist Security Info=True;Extended Properties=\"Driver={PostgreSQL Unicode};Server=127.0.0.1;"
                    + "Port=5499;Database=Altium Parts;Uid=eng-reader;Pwd=" + P + ";\"",
            "Provider=MSDASQL.1;Persist Security Info=False;Extended Properties=\"Driver={SQLite3 ODBC Driver};"
                    + "Database=C:\\Altium\\Library\\Parts.sqlite;PWD=" + P + ";StepAPI=0;\"",
            "Provider=SQLOLEDB.1;Data Source=127.0.0.1,1499;Initial Catalog=ComponentsDB;User ID=altium;Password=\"" + P + "\"",
            "Provider=MSOLEDBSQL;Server=127.0.0.1,1499;Database=Parts;Uid=sa;Pwd='" + P + "';Encrypt=yes;TrustServerCertificate=yes",
            "Provider=Microsoft.Jet.OLEDB.4.0;Data Source=C:\\Altium\\Library\\Parts.mdb;Jet OLEDB:Database Password=" + P,
            "Provider=Microsoft.ACE.OLEDB.12.0;Data Source=G:\\My Drive\\Altium\\Parts.accdb;Persist Security Info=False;"
                    + "Jet OLEDB:Database Password=\"" + P + "\"",
            "Provider=Microsoft.ACE.OLEDB.12.0;Data Source=\\\\fileserver\\eda\\Parts.xlsx;Extended Properties=\"Excel 12.0 Xml;"
                    + "HDR=YES;IMEX=1\";Jet OLEDB:Database Password=" + P,
            "Provider=MSDASQL.1;Data Source=localPostgres;Initial Catalog=parts;User ID=me;Password=" + P,
            "jdbc:postgresql://reader:" + P + "@127.0.0.1:5499/parts",
            "jdbc:mariadb://127.0.0.1:3399/parts?user=reader&password=" + P + "&useSSL=false",
            "jdbc:sqlserver://127.0.0.1:1499;databaseName=Parts;user=sa;password=" + P + ";encrypt=false",
            "Driver={ODBC Driver 18 for SQL Server};Server=tcp:127.0.0.1,1499;Database=Parts;Uid=altium;Pwd={" + P
                    + "};Encrypt=no");

    private static final String STRUCTURE = ";={}\"' \t";

    private final Random random;

    public MutatedConnectionStrings(long seed) {
        this.random = new Random(seed);
    }

    /** A mutated connection string and the password it holds. */
    public record Sample(String connectionString, String password) {

        /** The password and its fragments between special characters: none of them may be shown. */
        public List<String> secrets() {
            List<String> out = new java.util.ArrayList<>(List.of(password));
            for (String fragment : password.split("[^A-Za-z0-9]")) {
                if (fragment.length() >= 4) {
                    out.add(fragment);
                }
            }
            return out;
        }
    }

    /** The next sample; about one in twenty is left unmutated. */
    public Sample next() {
        String password = PASSWORDS.get(random.nextInt(PASSWORDS.size()));
        String form = FORMS.get(random.nextInt(FORMS.size()));
        if (form.startsWith("jdbc:") && random.nextBoolean()) {
            form = "Provider=MSDASQL.1;Data Source=" + form; // a URL pasted where a path goes
        }
        int at = form.indexOf(P);
        String before = form.substring(0, at);
        String after = form.substring(at + 1);
        int mutations = random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            if (random.nextBoolean()) {
                before = mutate(before);
            } else {
                after = mutate(after);
            }
        }
        if (random.nextInt(12) == 0) {
            after = after.substring(0, random.nextInt(after.length() + 1)); // a cut tail
        }
        String text = before + password + after;
        if (random.nextInt(10) == 0) {
            text = "Provider=MSDASQL.1;Extended Properties=\"" + text.replace("\"", "\"\"") + "\"";
        }
        return new Sample(text, password);
    }

    private String mutate(String s) {
        if (s.isEmpty()) {
            return String.valueOf(STRUCTURE.charAt(random.nextInt(STRUCTURE.length())));
        }
        int i = random.nextInt(s.length());
        return switch (random.nextInt(7)) {
            case 0 -> s.substring(0, i) + s.substring(i + 1); // a character lost
            case 1 -> s.substring(0, i) + STRUCTURE.charAt(random.nextInt(STRUCTURE.length())) + s.substring(i);
            case 2 -> deleteStructural(s);
            case 3 -> { // a part repeated
                int j = Math.min(s.length(), i + 1 + random.nextInt(20));
                yield s.substring(0, j) + s.substring(i, j) + s.substring(j);
            }
            case 4 -> i + 1 < s.length() ? s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2) : s;
            case 5 -> random.nextBoolean() ? s.toUpperCase(java.util.Locale.ROOT) : s.toLowerCase(java.util.Locale.ROOT);
            default -> s.substring(0, i) + (random.nextBoolean() ? " " : "\t") + s.substring(i);
        };
    }

    private String deleteStructural(String s) {
        int start = random.nextInt(s.length());
        for (int k = 0; k < s.length(); k++) {
            int i = (start + k) % s.length();
            if (STRUCTURE.indexOf(s.charAt(i)) >= 0) {
                return s.substring(0, i) + s.substring(i + 1);
            }
        }
        return s;
    }
}
