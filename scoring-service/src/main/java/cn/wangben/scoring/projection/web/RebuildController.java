package cn.wangben.scoring.projection.web;

import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.Role;
import cn.wangben.platform.web.AllowedRoles;
import cn.wangben.scoring.projection.ProjectionRebuild;
import cn.wangben.scoring.projection.RebuildReport;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Platform operations: rebuild the projections from the Kafka log (docs/ops.md). Synchronous; the answer says how
 * many events were replayed and how fast. A second call while one runs answers 409.
 */
@RestController
class RebuildController {
    private final ProjectionRebuild rebuild;

    RebuildController(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/scoring/admin/projections/rebuild")
    @AllowedRoles(Role.PLATFORM_ADMIN)
    RebuildReport rebuild(Caller caller) {
        return rebuild.rebuild(caller);
    }
}
