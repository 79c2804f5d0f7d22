package cn.wangben.scoring.export;

import java.math.BigDecimal;
import java.util.List;

/**
 * One trainee on a school's sheet of the county export, in the order of the columns 姓名, 身份证号, 学校, the modules,
 * 线上合计, 校本得分, 总分, 是否合格, 状态, 认定学时, 备注. Points are exact decimals with one place; {@code null} is an
 * empty cell.
 *
 * @param verdict 合格, 不合格 or 免修
 * @param state 临时 until the county finalizes the programme, then 已定
 */
public record ResultLine(
        String teacherKey,
        String name,
        String maskedId,
        String school,
        List<ModuleCell> modules,
        BigDecimal onlinePoints,
        BigDecimal schoolPoints,
        BigDecimal totalPoints,
        boolean exempt,
        boolean passed,
        String verdict,
        String state,
        int creditedHours,
        String remarks) {

    public ResultLine {
        modules = List.copyOf(modules);
    }
}
