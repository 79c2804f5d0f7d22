package cn.wangben.scoring.schoolscore.xlsx;

import cn.wangben.contracts.plan.RubricSpec;
import cn.wangben.scoring.schoolscore.Grid;
import cn.wangben.scoring.schoolscore.InputKind;
import cn.wangben.scoring.schoolscore.SheetColumn;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of the score-sheet workbook, shared by writer and reader so that an uploaded sheet is read exactly as it
 * was written. Headers say what each cell holds: an item's title with its maximum, plus what to enter when it is not
 * the item's score (a count, or a count per severity or addition kind, one column each).
 */
final class SheetLayout {
    static final String SHEET = "校本研修成绩表";
    static final String GUIDE = "填写说明";
    static final String NAME = "姓名";
    static final String ID_NUMBER = "身份证号";
    static final String RAW_TOTAL = "合计";
    static final String KEY = "学员编号";

    enum Role {
        NAME,
        ID_NUMBER,
        /** a choice, a count or points: the item's whole entry */
        ENTRY,
        /** the count of one named severity or addition kind */
        OPTION_COUNT,
        /** computed from attendance: written, never read */
        ATTENDANCE,
        RAW_TOTAL,
        SCHOOL_SCORE,
        /** the roster key, hidden: rows are matched by it even when a name is retyped */
        KEY
    }

    record Column(String header, Role role, SheetColumn item, String option) {}

    private final List<Column> columns;

    private SheetLayout(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    static SheetLayout of(Grid grid) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(NAME, Role.NAME, null, null));
        columns.add(new Column(ID_NUMBER, Role.ID_NUMBER, null, null));
        for (SheetColumn item : grid.columns()) {
            String head = item.title() + "（" + show(item.max()) + "分";
            if (item.input() == InputKind.COUNTS) {
                for (RubricSpec.Option option : item.options()) {
                    columns.add(new Column(head + "）" + option.name() + "次数", Role.OPTION_COUNT, item, option.name()));
                }
            } else if (item.input() == InputKind.COUNT) {
                columns.add(new Column(head + "，每次扣" + show(item.perOccurrence()) + "分）次数", Role.ENTRY, item, null));
            } else if (item.input() == InputKind.ATTENDANCE) {
                columns.add(new Column(head + "，按出勤记录自动计算）", Role.ATTENDANCE, item, null));
            } else {
                columns.add(new Column(head + "）", Role.ENTRY, item, null));
            }
        }
        columns.add(new Column(RAW_TOTAL, Role.RAW_TOTAL, null, null));
        columns.add(new Column("折算" + show(grid.schoolPoints()) + "分", Role.SCHOOL_SCORE, null, null));
        columns.add(new Column(KEY, Role.KEY, null, null));
        return new SheetLayout(columns);
    }

    List<Column> columns() {
        return columns;
    }

    /** Plain text for headers: 10 not 10.0. */
    static String show(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
