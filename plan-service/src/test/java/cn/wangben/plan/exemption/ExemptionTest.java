package cn.wangben.plan.exemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.TeacherExempted;
import cn.wangben.platform.domain.DomainException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExemptionTest {
    static final List<String> CATEGORIES = List.of("国培送教", "已满周期学时");
    static final RosteredTeacher TEACHER =
            new RosteredTeacher(SchoolId.of("qs-shiyan"), "key-1", "张老师", "3301**********0012");
    static final Instant AT = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void anAllowedCategoryWithEvidenceIsRecordedWithWhoAndWhenAndRaisesTeacherExempted() {
        Exemption e = decide(" 国培送教 ", "  2026年国培计划送教下乡学员名单第12号 ");

        assertThat(e.category()).isEqualTo("国培送教");
        assertThat(e.evidence()).isEqualTo("2026年国培计划送教下乡学员名单第12号");
        assertThat(e.by()).isEqualTo("admin-qingshan");
        assertThat(e.at()).isEqualTo(AT);
        TeacherExempted event = (TeacherExempted) e.event();
        assertThat(event.teacherKey()).isEqualTo("key-1");
        assertThat(event.schoolId()).isEqualTo(SchoolId.of("qs-shiyan"));
        assertThat(event.programmeId()).isEqualTo(ProgrammeId.of("p-1"));
        assertThat(event.countyId()).isEqualTo(CountyId.of("qingshan"));
        assertThat(event.category()).isEqualTo("国培送教");
        assertThat(event.by()).isEqualTo("admin-qingshan");
        assertThat(event.occurredAt()).isEqualTo(AT);
    }

    @Test
    void aCategoryTheProgrammeDoesNotListIsRefusedNamingTheAllowedOnes() {
        assertThatThrownBy(() -> decide("出国进修", "证明")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.RULE_VIOLATED);
            assertThat(e.field()).isEqualTo("category");
            assertThat(e.getMessage()).contains("国培送教", "已满周期学时");
        });
        assertThatThrownBy(() -> decide(null, "证明"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("category"));
    }

    @Test
    void evidenceIsRequiredAndAtMost500Characters() {
        for (String missing : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> decide("国培送教", missing))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.field()).isEqualTo("evidence"));
        }
        assertThat(decide("国培送教", "证".repeat(500)).evidence()).hasSize(500);
        assertThatThrownBy(() -> decide("国培送教", "证".repeat(501)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("evidence"));
    }

    private static Exemption decide(String category, String evidence) {
        return Exemption.decide(
                CountyId.of("qingshan"),
                ProgrammeId.of("p-1"),
                CATEGORIES,
                TEACHER,
                category,
                evidence,
                "admin-qingshan",
                AT);
    }
}
