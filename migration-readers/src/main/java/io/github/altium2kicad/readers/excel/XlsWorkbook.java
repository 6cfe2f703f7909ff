package io.github.altium2kicad.readers.excel;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.readers.TextValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A legacy {@code .xls} (BIFF8) workbook, streamed with Apache POI HSSF's record-level API: every pass reads the
 * workbook stream record by record and holds one row at a time, plus the workbook's shared strings and formats.
 */
final class XlsWorkbook implements Workbook {

    private final Path file;
    private final List<String> sheetNames;
    private final ExcelCellText text = new ExcelCellText();

    private XlsWorkbook(Path file, List<String> sheetNames) {
        this.file = file;
        this.sheetNames = List.copyOf(sheetNames);
    }

    /** Reads the sheet names of the workbook in {@code fs}, which this closes. */
    static XlsWorkbook open(Path file, POIFSFileSystem fs) {
        try (fs) {
            Globals globals = new Globals();
            try (InputStream in = fs.createDocumentInputStream(HSSFWorkbook.getWorkbookDirEntryName(fs.getRoot()))) {
                globals.read(new RecordFactoryInputStream(in, false));
            }
            return new XlsWorkbook(file, globals.sheets);
        } catch (EncryptedDocumentException e) {
            throw ExcelSourceReader.passwordProtected(file, e);
        } catch (IOException | RuntimeException e) {
            throw damaged(file, e);
        }
    }

    private static MigrationException damaged(Path file, Exception e) {
        return MigrationException.badInput("Cannot open " + file + " as an Excel 97-2003 workbook (" + e.getMessage()
                + "): the file is damaged. Open it in Excel and save it again, or save it as .xlsx.", e);
    }

    @Override
    public List<String> sheetNames() {
        return sheetNames;
    }

    @Override
    public SheetRows rows(String sheet) {
        POIFSFileSystem fs = null;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
            InputStream in = fs.createDocumentInputStream(HSSFWorkbook.getWorkbookDirEntryName(fs.getRoot()));
            RecordFactoryInputStream records = new RecordFactoryInputStream(in, false);
            Globals globals = new Globals();
            globals.read(records);
            return new Rows(fs, records, globals, sheetNames.indexOf(sheet));
        } catch (IOException | RuntimeException e) {
            if (fs != null) {
                try {
                    fs.close();
                } catch (IOException ignored) {
                    // reporting the first problem
                }
            }
            throw e instanceof EncryptedDocumentException ? ExcelSourceReader.passwordProtected(file, e) : damaged(file, e);
        }
    }

    @Override
    public void close() {
        // every pass opens and closes the file itself
    }

    /** The workbook globals: sheet names, shared strings, number formats, the date system. */
    private static final class Globals {
        final List<String> sheets = new ArrayList<>();
        final List<Integer> cellFormats = new ArrayList<>(); // XF index -> format index
        final Map<Integer, String> formats = new HashMap<>();
        SSTRecord strings;
        boolean date1904;

        /** Reads up to the end of the globals substream. */
        void read(RecordFactoryInputStream records) {
            for (Record r = records.nextRecord(); r != null; r = records.nextRecord()) {
                if (r instanceof BoundSheetRecord b) {
                    sheets.add(b.getSheetname());
                } else if (r instanceof SSTRecord s) {
                    strings = s;
                } else if (r instanceof FormatRecord f) {
                    formats.put(f.getIndexCode(), f.getFormatString());
                } else if (r instanceof ExtendedFormatRecord x) {
                    cellFormats.add((int) x.getFormatIndex());
                } else if (r instanceof DateWindow1904Record d) {
                    date1904 = d.getWindowing() == 1;
                } else if (r instanceof EOFRecord) {
                    return;
                }
            }
        }

        int formatIndex(int xf) {
            return xf >= 0 && xf < cellFormats.size() ? cellFormats.get(xf) : 0;
        }

        String format(int formatIndex) {
            String custom = formats.get(formatIndex);
            return custom != null ? custom : BuiltinFormats.getBuiltinFormat(formatIndex);
        }
    }

    /** The rows of one worksheet substream, assembled from its cell records in order. */
    private final class Rows implements SheetRows {
        private final POIFSFileSystem fs;
        private final RecordFactoryInputStream records;
        private final Globals globals;
        private boolean inSheet;
        private boolean done;
        private int currentRow = -1;
        private TreeMap<Integer, String> cells = new TreeMap<>();
        private SheetRow ready;
        private int pendingStringRow = -1;
        private int pendingStringColumn = -1;

        Rows(POIFSFileSystem fs, RecordFactoryInputStream records, Globals globals, int sheetIndex) {
            this.fs = fs;
            this.records = records;
            this.globals = globals;
            skipTo(sheetIndex);
        }

        /** Moves to the BOF of the {@code index}-th substream after the globals (nested ones, e.g. charts, skipped). */
        private void skipTo(int index) {
            int depth = 0;
            int seen = -1;
            for (Record r = records.nextRecord(); r != null; r = records.nextRecord()) {
                if (r instanceof BOFRecord) {
                    if (depth == 0 && ++seen == index) {
                        inSheet = true;
                        return;
                    }
                    depth++;
                } else if (r instanceof EOFRecord) {
                    depth--;
                }
            }
            done = true;
        }

        @Override
        public boolean hasNext() {
            while (ready == null && !done) {
                advance();
            }
            return ready != null;
        }

        @Override
        public SheetRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SheetRow row = ready;
            ready = null;
            return row;
        }

        /** Reads one record of the sheet. */
        private void advance() {
            Record r = inSheet ? records.nextRecord() : null;
            if (r == null || r instanceof EOFRecord) {
                done = true;
                flush();
                return;
            }
            if (r instanceof BOFRecord) {
                skipNested();
            } else if (r instanceof LabelSSTRecord l) {
                put(l.getRow(), l.getColumn(), globals.strings.getString(l.getSSTIndex()).getString());
            } else if (r instanceof LabelRecord l) {
                put(l.getRow(), l.getColumn(), l.getValue());
            } else if (r instanceof NumberRecord n) {
                put(n.getRow(), n.getColumn(), number(n.getValue(), n.getXFIndex()));
            } else if (r instanceof RKRecord k) {
                put(k.getRow(), k.getColumn(), number(k.getRKNumber(), k.getXFIndex()));
            } else if (r instanceof MulRKRecord m) {
                for (int i = 0; i < m.getNumColumns(); i++) {
                    put(m.getRow(), m.getFirstColumn() + i, number(m.getRKNumberAt(i), m.getXFAt(i)));
                }
            } else if (r instanceof BoolErrRecord b) {
                put(b.getRow(), b.getColumn(), b.isBoolean() ? TextValue.of(b.getBooleanValue()) : null);
            } else if (r instanceof FormulaRecord f) {
                formula(f);
            } else if (r instanceof StringRecord s && pendingStringRow >= 0) {
                put(pendingStringRow, pendingStringColumn, s.getString());
                pendingStringRow = -1;
            }
        }

        private void formula(FormulaRecord f) {
            CellType type = f.getCachedResultTypeEnum();
            switch (type) {
                case NUMERIC -> put(f.getRow(), f.getColumn(), number(f.getValue(), f.getXFIndex()));
                case BOOLEAN -> put(f.getRow(), f.getColumn(), TextValue.of(f.getCachedBooleanValue()));
                case STRING -> {
                    if (f.hasCachedResultString()) {
                        pendingStringRow = f.getRow(); // the text follows in a STRING record
                        pendingStringColumn = f.getColumn();
                    } else {
                        put(f.getRow(), f.getColumn(), "");
                    }
                }
                default -> put(f.getRow(), f.getColumn(), null); // errors
            }
        }

        /** Skips an embedded substream (a chart) inside the sheet. */
        private void skipNested() {
            int depth = 1;
            for (Record r = records.nextRecord(); r != null && depth > 0; r = depth > 0 ? records.nextRecord() : null) {
                if (r instanceof BOFRecord) {
                    depth++;
                } else if (r instanceof EOFRecord) {
                    depth--;
                }
            }
        }

        private String number(double value, int xf) {
            int formatIndex = globals.formatIndex(xf);
            return text.number(value, formatIndex, globals.format(formatIndex),
                    v -> DateUtil.getLocalDateTime(v, globals.date1904));
        }

        private void put(int row, int column, String value) {
            if (row != currentRow) {
                flush();
                currentRow = row;
            }
            cells.put(column, value);
        }

        private void flush() {
            if (currentRow >= 0 && !cells.isEmpty()) {
                List<String> values = new ArrayList<>();
                cells.forEach((column, value) -> {
                    while (values.size() < column) {
                        values.add(null);
                    }
                    values.add(value);
                });
                ready = new SheetRow(currentRow, values);
            }
            cells = new TreeMap<>();
            currentRow = -1;
        }

        @Override
        public void close() {
            try {
                fs.close();
            } catch (IOException e) {
                throw MigrationException.failure("Cannot close Excel workbook " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
