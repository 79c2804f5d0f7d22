package cn.wangben.assignment.similarity;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import java.util.Objects;

/** Essays are compared only within one module of one county: the same prompt, the same graders. */
public record EssayScope(CountyId county, ModuleId module) {
    public EssayScope {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(module, "module");
    }
}
