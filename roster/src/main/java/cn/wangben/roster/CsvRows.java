package cn.wangben.roster;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated text as exported by Excel or WPS. Chinese Excel saves "CSV" in GBK, newer
 * versions offer "CSV UTF-8" with a BOM, and other tools write UTF-8 without one. UTF-8 is strict
 * enough that a GBK file with Chinese text practically never decodes as UTF-8, so: valid UTF-8 →
 * UTF-8, otherwise GBK. Quoted fields (RFC 4180) may contain commas, quotes and line breaks.
 */
final class CsvRows {

    private static final Charset GBK = Charset.forName("GBK");

    private CsvRows() {}

    static void read(File file, RowSink sink) throws IOException {
        Charset charset = decodes(file, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : GBK;
        if (charset == GBK && !decodes(file, GBK)) {
            throw new RosterFormatException("无法识别文件编码：请上传 Excel 文件，或 UTF-8 / GBK 编码的 CSV 文件");
        }
        try (Reader reader = strictReader(file, charset)) {
            parse(reader, sink);
        }
    }

    /** One streaming pass with a decoder that reports instead of replacing malformed input. */
    private static boolean decodes(File file, Charset charset) throws IOException {
        char[] buffer = new char[8192];
        try (Reader reader = strictReader(file, charset)) {
            while (reader.read(buffer) >= 0) {
                // only decoding matters
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Reader strictReader(File file, Charset charset) throws IOException {
        return new BufferedReader(
                new InputStreamReader(
                        Files.newInputStream(file.toPath()),
                        charset.newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)),
                65536);
    }

    private static void parse(Reader in, RowSink sink) throws IOException {
        List<String> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean first = true;
        int rowNumber = 1;
        int c;
        while ((c = in.read()) >= 0) {
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    continue; // the BOM of "CSV UTF-8" is not part of the first header
                }
            }
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next >= 0) {
                            in.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                cells.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                cells.add(field.toString());
                field.setLength(0);
                sink.row(rowNumber++, cells);
                cells.clear();
            } else {
                field.append((char) c);
            }
        }
        if (field.length() > 0 || !cells.isEmpty()) {
            cells.add(field.toString());
            sink.row(rowNumber, cells);
        }
    }
}
