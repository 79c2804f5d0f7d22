package cn.wangben.scoring.export.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Sheet names from school names: Excel allows 31 characters without {@code []:*?/\}, unique regardless of case, so
 * two schools whose names only differ past the 31st character still get a sheet each.
 */
final class SheetNames {
    private static final int MAX = 31;
    private final Set<String> taken = new HashSet<>();

    SheetNames(String... reserved) {
        for (String name : reserved) {
            taken.add(name.toLowerCase(Locale.ROOT));
        }
    }

    String next(String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "学校" : wanted);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "(" + n + ")";
            name = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
        }
        return name;
    }
}
