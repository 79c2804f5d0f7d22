package cn.wangben.assignment.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.assignment.cutoff.TeacherCutoffs;
import cn.wangben.assignment.document.ArchiveLimits;
import cn.wangben.assignment.document.DocumentInspector;
import cn.wangben.assignment.document.Upload;
import cn.wangben.assignment.module.OnlineModule;
import cn.wangben.assignment.module.OnlineModules;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.Role;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The store of submission records dies while answering a write (a kill -9 mid-reply): an essay file's object stays with
 * a record that was stored, goes with one that was not, and stays when the outcome cannot be told. A receipt never
 * lacks its object. A typed essay has no object: its text is in the record.
 */
class LostRecordAnswerTest {
    private static final CountyId COUNTY = CountyId.of("qingshan");
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final OnlineModule MODULE = new OnlineModule(
            ModuleId.of("m1"),
            COUNTY,
            ProgrammeId.of("p1"),
            "师德师风",
            "谈谈你的体会",
            20,
            NOW.minusSeconds(86_400),
            NOW.plusSeconds(3_600),
            ZoneId.of("Asia/Shanghai"));
    private static final Caller TEACHER =
            new Caller("t1", "李晓明", COUNTY, SchoolId.of("s1"), Set.of(Role.TEACHER), Set.of());
    private static final String ESSAY = "我在教学中始终把学生放在第一位。";

    private final Set<String> objects = new HashSet<>();
    private final Map<SubmissionId, Submission> records = new HashMap<>();
    private final Map<SubmissionId, String> texts = new HashMap<>();

    @Test
    void aRecordStoredBeforeTheAnswerWasLostIsAcceptedWithItsObject() {
        Submission accepted = desk(Outcome.STORED_THEN_LOST, false).submitFile(TEACHER, MODULE.id(), essayFile());
        assertThat(records).containsKey(accepted.id());
        assertThat(objects).containsExactly(accepted.objectKey());
        assertThat(texts.get(accepted.id())).isEqualTo(ESSAY);
    }

    @Test
    void aRecordNeverStoredTakesItsObjectWithIt() {
        assertThatThrownBy(() -> desk(Outcome.LOST, false).submitFile(TEACHER, MODULE.id(), essayFile()))
                .hasMessageContaining("store died");
        assertThat(records).isEmpty();
        assertThat(objects).isEmpty();
    }

    @Test
    void anOutcomeThatCannotBeToldKeepsTheObjectAndFails() {
        assertThatThrownBy(() -> desk(Outcome.STORED_THEN_LOST, true).submitFile(TEACHER, MODULE.id(), essayFile()))
                .hasMessageContaining("store died");
        assertThat(objects).hasSize(1);
    }

    @Test
    void aTypedEssayWhoseAnswerWasLostIsAcceptedWithItsTextInTheRecordAndNoObject() {
        Submission accepted = desk(Outcome.STORED_THEN_LOST, false).submitText(TEACHER, MODULE.id(), ESSAY);
        assertThat(accepted.objectKey()).isNull();
        assertThat(texts.get(accepted.id())).isEqualTo(ESSAY);
        assertThat(objects).isEmpty();
    }

    private static Upload essayFile() {
        byte[] content = ESSAY.getBytes(StandardCharsets.UTF_8);
        return new Upload("体会.txt", content.length, () -> new ByteArrayInputStream(content));
    }

    private enum Outcome {
        STORED_THEN_LOST,
        LOST
    }

    private SubmissionDesk desk(Outcome outcome, boolean storeStillDown) {
        OnlineModules modules = fake(OnlineModules.class, (method, args) -> switch (method) {
            case "find" -> Optional.of(MODULE);
            default -> null;
        });
        TeacherCutoffs cutoffs = fake(TeacherCutoffs.class, (method, args) -> Optional.empty());
        EssayStore store = fake(EssayStore.class, (method, args) -> {
            if (method.equals("put")) {
                objects.add((String) args[0]);
            } else if (method.equals("delete")) {
                objects.remove((String) args[0]);
            }
            return null;
        });
        Submissions submissions = fake(Submissions.class, (method, args) -> switch (method) {
            case "nextAttempt" -> 1;
            case "add" -> {
                Submission s = (Submission) args[0];
                if (outcome == Outcome.STORED_THEN_LOST) {
                    records.put(s.id(), s);
                    texts.put(s.id(), (String) args[1]);
                }
                throw new IllegalStateException("store died before answering");
            }
            case "find" -> {
                if (storeStillDown) {
                    throw new IllegalStateException("store still down");
                }
                yield Optional.ofNullable(records.get((SubmissionId) args[1]));
            }
            default -> null;
        });
        return new SubmissionDesk(
                modules,
                submissions,
                store,
                cutoffs,
                new DocumentInspector(new ArchiveLimits(1000, 10_000_000, 100)),
                Clock.fixed(NOW, ZoneOffset.UTC),
                new SubmissionDesk.EssayLimits(20_000, 10_000_000));
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    /** Only the calls the submission path makes are answered; the interfaces' default methods run as written. */
    private static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.isDefault()) {
                return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
            }
            return answer.answer(method.getName(), args);
        }));
    }
}
