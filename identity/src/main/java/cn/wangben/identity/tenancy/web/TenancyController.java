package cn.wangben.identity.tenancy.web;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.identity.tenancy.County;
import cn.wangben.identity.tenancy.Credentials;
import cn.wangben.identity.tenancy.Person;
import cn.wangben.identity.tenancy.School;
import cn.wangben.identity.tenancy.TenancyDesk;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.web.PathIds;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TenancyController {
    private final TenancyDesk desk;

    TenancyController(TenancyDesk desk) {
        this.desk = desk;
    }

    @PostMapping("/api/identity/counties")
    @ResponseStatus(HttpStatus.CREATED)
    CountyCreated registerCounty(Caller caller, @RequestBody CountyForm form) {
        TenancyDesk.Registered registered = desk.registerCounty(caller, form.id(), form.name(), form.admin());
        return new CountyCreated(CountyView.of(registered.county()), registered.admin());
    }

    @GetMapping("/api/identity/counties")
    List<CountyView> counties(Caller caller) {
        return desk.counties(caller).stream().map(CountyView::of).toList();
    }

    @PostMapping("/api/identity/counties/{countyId}/schools")
    @ResponseStatus(HttpStatus.CREATED)
    SchoolView registerSchool(Caller caller, @PathVariable String countyId, @RequestBody SchoolForm form) {
        return SchoolView.of(
                desk.registerSchool(caller, county(countyId), form.id(), form.code(), form.name(), form.stage()));
    }

    @GetMapping("/api/identity/counties/{countyId}/schools")
    List<SchoolView> schools(Caller caller, @PathVariable String countyId) {
        return desk.schools(caller, county(countyId)).stream()
                .map(SchoolView::of)
                .toList();
    }

    @PostMapping("/api/identity/counties/{countyId}/schools/{schoolId}/admins")
    @ResponseStatus(HttpStatus.CREATED)
    Credentials createSchoolAdmin(
            Caller caller, @PathVariable String countyId, @PathVariable String schoolId, @RequestBody Person admin) {
        return desk.createSchoolAdmin(caller, county(countyId), PathIds.parse(schoolId, SchoolId::of, "学校"), admin);
    }

    @PostMapping("/api/identity/counties/{countyId}/graders")
    @ResponseStatus(HttpStatus.CREATED)
    Credentials createGrader(Caller caller, @PathVariable String countyId, @RequestBody Person grader) {
        return desk.createGrader(caller, county(countyId), grader);
    }

    @PutMapping("/api/identity/counties/{countyId}/accounts/{username}/enabled")
    Enabled setEnabled(
            Caller caller, @PathVariable String countyId, @PathVariable String username, @RequestBody Enabled body) {
        desk.setEnabled(caller, county(countyId), username, body == null ? null : body.enabled());
        return body;
    }

    private static CountyId county(String raw) {
        return PathIds.parse(raw, CountyId::of, "县（区）");
    }

    record CountyForm(String id, String name, Person admin) {}

    record SchoolForm(String id, String code, String name, String stage) {}

    record Enabled(Boolean enabled) {}

    record CountyCreated(CountyView county, Credentials admin) {}

    record CountyView(String id, String name, String organizationId, String adminUsername) {
        static CountyView of(County c) {
            return new CountyView(c.id().value(), c.name(), c.organizationId(), c.adminUsername());
        }
    }

    record SchoolView(String id, String code, String name, String stage) {
        static SchoolView of(School s) {
            return new SchoolView(s.id().value(), s.code(), s.name(), s.stage().label());
        }
    }
}
