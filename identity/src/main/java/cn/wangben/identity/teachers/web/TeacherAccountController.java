package cn.wangben.identity.teachers.web;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.identity.teachers.SlipDesk;
import cn.wangben.identity.teachers.TeacherAccount;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.web.PathIds;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TeacherAccountController {
    private final SlipDesk desk;

    TeacherAccountController(SlipDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/api/identity/counties/{countyId}/schools/{schoolId}/teachers")
    List<TeacherView> teachers(Caller caller, @PathVariable String countyId, @PathVariable String schoolId) {
        return desk.accounts(caller, county(countyId), school(schoolId)).stream()
                .map(TeacherView::of)
                .toList();
    }

    /** POST, not GET: taking the slips changes state (each password is handed out once), and must never be cached. */
    @PostMapping("/api/identity/counties/{countyId}/schools/{schoolId}/credential-slips")
    ResponseEntity<List<SlipDesk.Slip>> takeSlips(
            Caller caller, @PathVariable String countyId, @PathVariable String schoolId) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(desk.takeSlips(caller, county(countyId), school(schoolId)));
    }

    private static CountyId county(String raw) {
        return PathIds.parse(raw, CountyId::of, "县（区）");
    }

    private static SchoolId school(String raw) {
        return PathIds.parse(raw, SchoolId::of, "学校");
    }

    record TeacherView(String name, String username, String status, boolean slipPending) {
        static TeacherView of(TeacherAccount a) {
            return new TeacherView(
                    a.name(), a.username(), a.pending() ? "PENDING" : "ACTIVE", a.sealedPassword() != null);
        }
    }
}
