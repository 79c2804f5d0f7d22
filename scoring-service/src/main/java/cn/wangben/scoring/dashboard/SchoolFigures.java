package cn.wangben.scoring.dashboard;

import cn.wangben.scoring.results.SchoolStats;
import java.util.List;

/** One school's figures with its name (once identity announced the school) and the rules it trips now. */
public record SchoolFigures(SchoolStats stats, String name, List<Risk> risks) {

    public SchoolFigures {
        risks = List.copyOf(risks);
    }
}
