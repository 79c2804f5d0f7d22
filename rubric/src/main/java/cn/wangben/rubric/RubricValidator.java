package cn.wangben.rubric;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Walks a rubric and collects every violation; rule-specific checks live in the policies. */
final class RubricValidator {

    static final int MAX_ID_LENGTH = 32;

    private RubricValidator() {}

    static RubricValidation validate(Rubric rubric) {
        ViolationCollector out = new ViolationCollector();
        boolean totalUsable = out.points("declaredTotal", rubric.declaredTotal(), true);
        List<RubricItem> items = rubric.items();
        if (items == null || items.isEmpty()) {
            out.add("items", "至少需要一个考核项目");
            return out.result();
        }
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            checkItem(items.get(i), "items[" + i + "]", i, ids, out);
        }
        // The school's own total must agree with its items; otherwise scaling would silently
        // change the weight the school meant each item to have.
        if (totalUsable && rubric.itemMaxSum().compareTo(rubric.declaredTotal()) != 0) {
            out.add(
                    "declaredTotal",
                    "各项满分之和为" + Points.show(rubric.itemMaxSum()) + "分，与总分" + Points.show(rubric.declaredTotal())
                            + "分不符");
        }
        return out.result();
    }

    private static void checkItem(
            RubricItem item, String path, int index, Map<String, Integer> ids, ViolationCollector out) {
        if (item == null) {
            out.add(path, "考核项目不能为空");
            return;
        }
        if (Points.isBlank(item.id())) {
            out.add(path + ".id", "项目编号不能为空");
        } else if (item.id().length() > MAX_ID_LENGTH) {
            out.add(path + ".id", "项目编号不能超过" + MAX_ID_LENGTH + "个字符");
        } else {
            Integer first = ids.putIfAbsent(item.id(), index);
            if (first != null) {
                out.add(path + ".id", "项目编号“" + item.id() + "”与第" + (first + 1) + "项重复");
            }
        }
        if (Points.isBlank(item.title())) {
            out.add(path + ".title", "项目名称不能为空");
        }
        if (item.rule() == null) {
            out.add(path + ".rule", "必须选择计分方式");
        } else {
            RulePolicies.validate(item.rule(), path + ".rule", out);
        }
    }
}
