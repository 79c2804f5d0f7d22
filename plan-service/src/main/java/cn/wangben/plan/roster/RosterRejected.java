package cn.wangben.plan.roster;

import cn.wangben.platform.domain.DomainException;
import cn.wangben.roster.RowError;
import java.util.List;

/** An upload with row errors that was not imported; the web layer lists the errors and links the report. */
public class RosterRejected extends DomainException {
    public static final String CODE = "roster-rejected";
    /** At most this many row errors travel in the answer; the report has all of them. */
    public static final int SHOWN_ERRORS = 200;

    private final transient List<RowError> errors;
    private final long rejectedRows;
    private final String reportId;

    RosterRejected(List<RowError> errors, long rejectedRows, String reportId, boolean validRowsAccepted) {
        super(Kind.RULE_VIOLATED, CODE, "file", detail(errors.size(), rejectedRows, validRowsAccepted));
        this.errors = List.copyOf(errors.subList(0, Math.min(errors.size(), SHOWN_ERRORS)));
        this.rejectedRows = rejectedRows;
        this.reportId = reportId;
    }

    private static String detail(int problems, long rows, boolean validRowsAccepted) {
        if (validRowsAccepted) {
            return "学员信息表没有可导入的有效行：共 " + rows + " 行存在 " + problems + " 处问题，请下载错误报告修改后重新上传";
        }
        return "学员信息表有 " + rows + " 行存在 " + problems + " 处问题，未导入任何教师；请下载错误报告修改后重新上传，或选择只导入有效行";
    }

    /** The first {@link #SHOWN_ERRORS} row errors, sorted by row. */
    public List<RowError> errors() {
        return errors;
    }

    public long rejectedRows() {
        return rejectedRows;
    }

    /** Null when the report was too large to keep. */
    public String reportId() {
        return reportId;
    }
}
