package cn.wangben.scoring.schoolscore.xlsx;

import cn.wangben.platform.domain.DomainException.Violation;
import cn.wangben.scoring.schoolscore.Grid;
import cn.wangben.scoring.schoolscore.GridRow;
import cn.wangben.scoring.schoolscore.InputKind;
import cn.wangben.scoring.schoolscore.ItemEntry;
import cn.wangben.scoring.schoolscore.RowChange;
import cn.wangben.scoring.schoolscore.UploadedSheet;
import cn.wangben.scoring.schoolscore.xlsx.SheetLayout.Column;
import cn.wangben.scoring.schoolscore.xlsx.SheetLayout.Role;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded score sheet of the layout {@link SheetLayout} gives for the grid. Columns are found by their
 * header, so a school may reorder them; rows are matched by the hidden roster key, else by name and masked ID. Every
 * cell that cannot be read is reported with its row and column; the rubric's own checks follow in the domain.
 */
final class SheetReader {
    /** Far above any school's roster; a larger sheet is not a score sheet of this platform. */
    static final int MAX_ROWS = 5000;

    private final Grid grid;
    private final Map<Column, Integer> at;
    private final List<Violation> problems = new ArrayList<>();

    private SheetReader(Grid grid, Map<Column, Integer> at) {
        this.grid = grid;
        this.at = at;
    }

    static UploadedSheet read(InputStream in, Grid grid) {
        Sheet sheet;
        try (Workbook workbook = new XSSFWorkbook(in)) {
            sheet = workbook.getSheet(SheetLayout.SHEET);
            if (sheet == null && workbook.getNumberOfSheets() > 0) {
                sheet = workbook.getSheetAt(0);
            }
        } catch (Exception notAWorkbook) {
            // POI's many exceptions for a .xls, a .docx, a zip or a damaged file are English and technical
            return failed("file", "文件不是有效的 Excel 工作簿（.xlsx），请在下载的成绩表中填写后上传");
        }
        if (sheet == null || sheet.getRow(0) == null) {
            return failed("file", "工作簿中没有“" + SheetLayout.SHEET + "”表头，请在下载的成绩表中填写后上传");
        }
        if (sheet.getLastRowNum() > MAX_ROWS) {
            return failed("file", "成绩表超过" + MAX_ROWS + "行，请只保留本校学员");
        }
        List<Violation> missing = new ArrayList<>();
        Map<Column, Integer> at = columns(sheet.getRow(0), SheetLayout.of(grid), missing);
        if (!missing.isEmpty()) {
            return new UploadedSheet(List.of(), missing);
        }
        return new SheetReader(grid, at).rows(sheet);
    }

    private static Map<Column, Integer> columns(Row header, SheetLayout layout, List<Violation> missing) {
        Map<String, Integer> headers = new HashMap<>();
        for (int c = 0; c < header.getLastCellNum(); c++) {
            String text = Cells.text(header.getCell(c));
            if (text != null) {
                headers.putIfAbsent(text.replaceAll("\\s", ""), c);
            }
        }
        Map<Column, Integer> at = new LinkedHashMap<>();
        for (Column column : layout.columns()) {
            Integer index = headers.get(column.header().replaceAll("\\s", ""));
            if (index != null) {
                at.put(column, index);
            } else if (column.role() == Role.NAME
                    || column.role() == Role.ENTRY
                    || column.role() == Role.OPTION_COUNT) {
                missing.add(new Violation("header", "第1行（表头）缺少列“" + column.header() + "”，请使用下载的成绩表，不要修改表头"));
            }
        }
        return at;
    }

    private UploadedSheet rows(Sheet sheet) {
        List<RowChange> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && !blank(row)) {
                rows.add(row(r, row));
            }
        }
        return new UploadedSheet(rows, problems);
    }

    private RowChange row(int r, Row row) {
        String label = "第" + (r + 1) + "行";
        Map<String, ItemEntry> entries = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> counts = new LinkedHashMap<>();
        Map<String, String> cells = new HashMap<>();
        at.forEach((column, c) -> {
            String ref = Cells.ref(r, c);
            if (column.role() == Role.ENTRY) {
                cells.put(column.item().itemId(), ref);
                int before = problems.size();
                ItemEntry entry = entry(column, row, c, label, ref);
                if (problems.size() == before) { // an unreadable cell is reported once, not again by the rubric
                    entries.put(column.item().itemId(), entry);
                }
            } else if (column.role() == Role.OPTION_COUNT) {
                cells.putIfAbsent(column.item().itemId(), ref);
                Map<String, BigDecimal> item =
                        counts.computeIfAbsent(column.item().itemId(), k -> new LinkedHashMap<>());
                BigDecimal n = number(column, row, c, label, ref);
                item.put(column.option(), n);
            }
        });
        counts.forEach((itemId, byOption) -> {
            if (byOption.values().stream().allMatch(v -> v == null)) {
                entries.put(itemId, null); // nothing entered for any option: the item is not scored
            } else {
                byOption.replaceAll((option, n) -> n == null ? BigDecimal.ZERO : n);
                entries.put(itemId, new ItemEntry(null, null, byOption, null));
            }
        });
        return new RowChange(teacherKey(row), entries, label, Cells.ref(r, index(Role.NAME)), cells);
    }

    private ItemEntry entry(Column column, Row row, int c, String label, String ref) {
        InputKind input = column.item().input();
        if (input == InputKind.CHOICE) {
            String choice = Cells.text(row.getCell(c));
            return choice == null ? null : ItemEntry.choice(choice);
        }
        BigDecimal n = number(column, row, c, label, ref);
        if (n == null) {
            return null;
        }
        return input == InputKind.COUNT ? new ItemEntry(null, n, null, null) : new ItemEntry(null, null, null, n);
    }

    private BigDecimal number(Column column, Row row, int c, String label, String ref) {
        try {
            return Cells.number(row.getCell(c));
        } catch (NumberFormatException e) {
            problems.add(new Violation(
                    ref,
                    label + " " + ref.replaceAll("[0-9]", "") + "列“"
                            + column.item().title() + "”：应填写数字，实际为“" + Cells.text(row.getCell(c)) + "”"));
            return null;
        }
    }

    /** The hidden key when it names a trainee of the sheet, else the one trainee with this name and masked ID. */
    private String teacherKey(Row row) {
        String key = cell(row, Role.KEY);
        if (key != null && grid.row(key).isPresent()) {
            return key;
        }
        String name = cell(row, Role.NAME);
        String masked = cell(row, Role.ID_NUMBER);
        List<GridRow> matches = grid.rows().stream()
                .filter(g -> g.name().equals(name) && (masked == null || masked.equals(g.maskedIdNumber())))
                .toList();
        return matches.size() == 1 ? matches.get(0).teacherKey() : null;
    }

    private boolean blank(Row row) {
        return at.values().stream().allMatch(c -> Cells.text(row.getCell(c)) == null);
    }

    private String cell(Row row, Role role) {
        Integer c = index(role);
        return c == null ? null : Cells.text(row.getCell(c));
    }

    private Integer index(Role role) {
        return at.entrySet().stream()
                .filter(e -> e.getKey().role() == role)
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static UploadedSheet failed(String field, String message) {
        return new UploadedSheet(List.of(), List.of(new Violation(field, message)));
    }
}
