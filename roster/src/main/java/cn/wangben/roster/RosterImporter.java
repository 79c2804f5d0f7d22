package cn.wangben.roster;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Imports a 学员信息表 (.xlsx, .xls or .csv, told apart by content). Usage:
 *
 * <pre>{@code
 * RosterImporter importer = new RosterImporter(protector, hash -> register.schoolOf(hash));
 * RosterResult result = importer.importRoster(upload, false);
 * if (result.hasErrors()) result.writeErrorReport(response);
 * }</pre>
 *
 * All-or-nothing unless {@code acceptValidRows}. A file that cannot be read as a roster at all
 * throws {@link RosterFormatException} with a Chinese message. Stateless and thread-safe.
 */
public final class RosterImporter {

    private static final int SNIFF_BYTES = 8192;

    private final IdentityProtector protector;
    private final KnownIdentity known;
    private final Clock clock;

    public RosterImporter(IdentityProtector protector, KnownIdentity known) {
        // Birth dates are judged against the calendar of the county (Asia/Shanghai), not the server's zone.
        this(protector, known, Clock.system(ZoneId.of("Asia/Shanghai")));
    }

    public RosterImporter(IdentityProtector protector, KnownIdentity known, Clock clock) {
        this.protector = protector;
        this.known = known;
        this.clock = clock;
    }

    /** All-or-nothing import of an upload. */
    public RosterResult importRoster(InputStream in) throws IOException {
        return importRoster(in, false);
    }

    /**
     * The upload is first copied to a temporary file: the xlsx reader needs random access to the
     * ZIP, and the CSV reader needs two passes (encoding detection, then parsing).
     */
    public RosterResult importRoster(InputStream in, boolean acceptValidRows) throws IOException {
        Path temp = Files.createTempFile("roster-", ".upload");
        try {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            return importRoster(temp, acceptValidRows);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public RosterResult importRoster(Path file, boolean acceptValidRows) throws IOException {
        byte[] head = new byte[SNIFF_BYTES];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, SNIFF_BYTES);
        }
        if (length == 0) {
            throw new RosterFormatException("文件为空，请选择填好的学员信息表");
        }
        RosterCollector collector = new RosterCollector(protector, known, LocalDate.now(clock));
        File source = file.toFile();
        switch (FileFormat.sniff(head, length)) {
            case XLSX -> XlsxRows.read(source, collector);
            case XLS -> XlsRows.read(source, collector);
            case CSV -> CsvRows.read(source, collector);
            default -> throw new RosterFormatException("文件不是表格：请上传 Excel（.xlsx、.xls）或 CSV 格式的学员信息表");
        }
        return collector.finish(acceptValidRows);
    }
}
