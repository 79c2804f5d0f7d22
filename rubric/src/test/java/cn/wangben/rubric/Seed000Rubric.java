package cn.wangben.rubric;

import cn.wangben.rubric.AdditionRule.Kind;
import cn.wangben.rubric.LevelRule.Level;
import cn.wangben.rubric.SeverityDeductionRule.Severity;
import cn.wangben.rubric.TierRule.Tier;
import java.math.BigDecimal;
import java.util.List;

/**
 * Seed 000 附件2, 平山镇中心校《校本研修评价细则（满分100分）》, item by item as printed.
 *
 * <p>The printed weights are 10+10+5+8+5+8+5+5+7+5+5+10+10+10 = <b>103</b>, not the 100 in the
 * heading, so the rubric as printed does not validate. {@link #asPrinted()} keeps the school's
 * heading; {@link #onItsItemsTotal()} declares 103, which is what the items actually give.
 *
 * <p>Tier labels: the school writes 一档/二档/三档 for most tiered items and only bare values
 * (5分、3分、1分; 8分、6分、4分) for the others; all use 一档/二档/三档 here.
 */
final class Seed000Rubric {

    private Seed000Rubric() {}

    static Rubric asPrinted() {
        return new Rubric(BigDecimal.valueOf(100), items());
    }

    static Rubric onItsItemsTotal() {
        return new Rubric(BigDecimal.valueOf(103), items());
    }

    static List<RubricItem> items() {
        return List.of(
                // 10分 政治学习笔记每少次扣1分 (查笔记)
                RubricItem.of("politics", "学习十九大精神", DeductionRule.of(10, 1)),
                // 10分 视违反职业道德轻重扣分。严重扣10分，较轻扣5分 (自查、互查)
                RubricItem.of(
                        "ethics",
                        "教师职业道德培训",
                        SeverityDeductionRule.of(10, Severity.of("严重", 10), Severity.of("较轻", 5))),
                // 5分 综合评定打分。等次为5分、3分、1分 (听课评测)
                RubricItem.of("newTeacherLesson", "新教师汇报课", threeTiers(5, 3, 1)),
                // 8分 通过测试分为三档：8分、6分、4分 (座谈、测试)
                RubricItem.of("mentalHealth", "心理健康培训", threeTiers(8, 6, 4)),
                // 5分 根据使用熟练度分为三档：5分3分1分 (检查评比)
                RubricItem.of("whiteboard", "白板的使用培训", threeTiers(5, 3, 1)),
                // 8分 一级指标8分，二级指示6分，三级指标3分 (查看上传记录)
                RubricItem.of(
                        "oneTeacherOneLesson",
                        "一师一优课晒课",
                        LevelRule.of(Level.of("一级", 8), Level.of("二级", 6), Level.of("三级", 3))),
                // 5分 一档5分，二档3分，三档1分 (比赛)
                RubricItem.of("researchPaper", "教科研论文评比", threeTiers(5, 3, 1)),
                // 5分 根据使用熟练度分为三档：5分3分1分 (检查评比)
                RubricItem.of("infoTech", "信息技术培训", threeTiers(5, 3, 1)),
                // 7分 获得先进班级次数，一次加1分，加满7分为止 (查看评比情况)
                RubricItem.of("classManagement", "班级管理讲座", AdditionRule.of(7, Kind.of("先进班级", 1))),
                // 5分 一档5分，二档3分，三档1分 (查评比情况)
                RubricItem.of("experience", "教师经验交流会", threeTiers(5, 3, 1)),
                // 5分 每参加一次联合体活动加2分，在联合体出课加5分 (查档案); the weight is the cap
                RubricItem.of("urbanRural", "城乡联合体活动", AdditionRule.of(5, Kind.of("参加联合体活动", 2), Kind.of("联合体出课", 5))),
                // 10分 一档10分，二档8分，三档5分 (检查、评比)
                RubricItem.of("teachingSkills", "教学技能培训", threeTiers(10, 8, 5)),
                // 10分 一档10分，二档8分，三档5分 (比赛)
                RubricItem.of("reading", "读书交流会", threeTiers(10, 8, 5)),
                // 10分 一档10分，二档8分，三档5分 (比赛)
                RubricItem.of("creativeDesign", "教学创意设计评比", threeTiers(10, 8, 5)));
    }

    private static TierRule threeTiers(int first, int second, int third) {
        return TierRule.of(Tier.of("一档", first), Tier.of("二档", second), Tier.of("三档", third));
    }
}
