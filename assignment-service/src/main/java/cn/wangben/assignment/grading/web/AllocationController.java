package cn.wangben.assignment.grading.web;

import cn.wangben.assignment.grading.Allocation;
import cn.wangben.assignment.grading.AllocationDesk;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.Caller;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The county allocates graders (by username) to modules and/or schools. */
@RestController
@RequestMapping("/api/assignments/grading/allocations")
class AllocationController {
    private final AllocationDesk desk;

    AllocationController(AllocationDesk desk) {
        this.desk = desk;
    }

    /** Replaces the grader's allocation; empty lists withdraw it. COUNTY_ADMIN. */
    @PutMapping("/{grader}")
    AllocationView allocate(Caller caller, @PathVariable String grader, @RequestBody AllocationBody body) {
        return AllocationView.of(desk.allocate(caller, grader, body.moduleIds(), body.schoolIds()));
    }

    @GetMapping
    List<AllocationView> ofCounty(Caller caller) {
        return desk.ofCounty(caller).stream().map(AllocationView::of).toList();
    }

    /** The calling grader's own allocation. */
    @GetMapping("/mine")
    AllocationView mine(Caller caller) {
        return AllocationView.of(desk.mine(caller));
    }

    record AllocationBody(List<String> moduleIds, List<String> schoolIds) {}

    record AllocationView(String grader, List<String> moduleIds, List<String> schoolIds, String by, OffsetDateTime at) {
        static AllocationView of(Allocation a) {
            return new AllocationView(
                    a.grader(),
                    a.modules().stream().map(ModuleId::value).toList(),
                    a.schools().stream().map(SchoolId::value).toList(),
                    a.by(),
                    GradingViews.time(a.at()));
        }
    }
}
