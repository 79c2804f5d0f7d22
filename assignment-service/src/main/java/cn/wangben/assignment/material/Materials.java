package cn.wangben.assignment.material;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import java.util.List;
import java.util.Optional;

public interface Materials {
    void add(Material material);

    Optional<Material> find(CountyId county, MaterialId id);

    /** In the order they were added. */
    List<Material> ofModule(CountyId county, ModuleId module);
}
