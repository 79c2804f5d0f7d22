package cn.wangben.roster;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each known column sits in this file, and how the file itself spells its header. */
final class HeaderLayout {

    private final int row;
    private final Map<Column, Integer> index;
    private final Map<Column, String> text;

    private HeaderLayout(int row, Map<Column, Integer> index, Map<Column, String> text) {
        this.row = row;
        this.index = index;
        this.text = text;
    }

    /**
     * A row is the header if it names at least 姓名 and 身份证号; title rows ("…学员信息表") and
     * notes above it do not. Unknown columns (备注, 序号) are ignored; the first of two equal columns wins.
     *
     * @throws RosterFormatException if it is the header but lacks a required column
     */
    static Optional<HeaderLayout> find(int rowNumber, List<String> cells) {
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        Map<Column, String> text = new EnumMap<>(Column.class);
        for (int i = 0; i < cells.size(); i++) {
            int at = i;
            Column.recognise(cells.get(i)).ifPresent(column -> {
                if (index.putIfAbsent(column, at) == null) {
                    text.put(column, Normalizer.withoutSpaces(cells.get(at)));
                }
            });
        }
        if (!index.containsKey(Column.NAME) || !index.containsKey(Column.ID_NUMBER)) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required() && !index.containsKey(column)) {
                missing.add(column.label());
            }
        }
        if (!missing.isEmpty()) {
            throw new RosterFormatException("第" + rowNumber + "行的表头缺少必需的列：" + String.join("、", missing));
        }
        return Optional.of(new HeaderLayout(rowNumber, index, text));
    }

    int row() {
        return row;
    }

    boolean has(Column column) {
        return index.containsKey(column);
    }

    /** The cell of this column in a data row, trimmed; empty when absent. */
    String value(List<String> cells, Column column) {
        Integer at = index.get(column);
        return at == null || at >= cells.size() ? "" : Normalizer.text(cells.get(at));
    }

    /** The header as the user wrote it, so the error report points at what they see. */
    String header(Column column) {
        return text.getOrDefault(column, column.label());
    }
}
