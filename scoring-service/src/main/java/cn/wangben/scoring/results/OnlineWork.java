package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import java.util.Map;

/**
 * One teacher account's online work in a programme, module by module. Online events name the account, not the roster
 * key; results join the two through the enrollment.
 *
 * @param school the school the online events named (the teacher's token)
 */
public record OnlineWork(TeacherId teacher, SchoolId school, Map<ModuleId, ModuleWork> modules) {

    public OnlineWork {
        modules = Map.copyOf(modules);
    }

    public ModuleWork in(ModuleId module) {
        return modules.get(module);
    }
}
