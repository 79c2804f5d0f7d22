package cn.wangben.scoring.results.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.scoring.results.TraineeCount;
import cn.wangben.testinfra.WangbenIntegrationTest;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A consumer killed between a fact's swap and its counters' update: the change it left pending on the fact is added
 * exactly once when the fact is met again, whether or not the batch's counter write had landed before the crash.
 */
@WangbenIntegrationTest
class CountSettlerIT {
    private static final String FACTS = "settler_facts";
    private static final Duration TAKE_OVER = Duration.ofSeconds(15);

    @Autowired
    MongoTemplate mongo;

    private final Clock clock = Clock.systemUTC();
    private CountyId county;
    private ProgrammeId programme;
    private TraineeCount enrolled;

    @BeforeEach
    void oneEnrolledTrainee() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        county = CountyId.of("c" + run);
        programme = ProgrammeId.of("p" + run);
        enrolled = new TraineeCount(SchoolId.of("s" + run), 1, 0, 1, 0, 0, 0);
    }

    @Test
    void aChangeLeftPendingByADeadBatchIsCountedOnceWhenItsFactIsMetAgain() {
        String fact = pendingFact(UUID.randomUUID().toString(), false);
        settleTwice(fact);
        assertThat(enrolledInCounty()).isEqualTo(1);
        assertThat(mongo.getCollection(FACTS).find(Filters.eq("_id", fact)).first())
                .doesNotContainKey("pend");
    }

    @Test
    void aChangeWhoseBatchWriteLandedBeforeTheCrashIsNotCountedAgain() {
        String fact = pendingFact(UUID.randomUUID().toString(), true);
        settleTwice(fact);
        assertThat(enrolledInCounty()).isEqualTo(1);
    }

    @Test
    void aSettledFactAddsItsDifferenceOnceHoweverOftenItIsSettled() {
        String fact = "f" + UUID.randomUUID();
        mongo.getCollection(FACTS).insertOne(new Document("_id", fact));
        CountSettler settler = new CountSettler(mongo, clock, TAKE_OVER);
        for (int i = 0; i < 3; i++) {
            settler.settle(FACTS, List.of(fact), this::enrol);
        }
        assertThat(enrolledInCounty()).isEqualTo(1);
    }

    /** A fact as a crashed process leaves it: new count swapped in, its change pending under the batch's token. */
    private String pendingFact(String token, boolean batchWriteLanded) {
        String fact = "f" + UUID.randomUUID();
        CounterDelta delta = CounterDocuments.traineeDelta(county, programme, TraineeCount.NONE, enrolled);
        Date longAgo = Date.from(clock.instant().minus(TAKE_OVER.multipliedBy(2)));
        Document pending = PendingDelta.toDocument(delta)
                .append("t", token)
                .append("o", "dead-process/thread")
                .append("at", longAgo);
        mongo.getCollection(FACTS)
                .insertOne(new Document("_id", fact)
                        .append("counted", CounterDocuments.trainee(enrolled))
                        .append("v", 1L)
                        .append("pend", pending));
        if (batchWriteLanded) {
            delta.writes(List.of(token)).forEach((collection, writes) -> mongo.getCollection(collection)
                    .bulkWrite(writes));
        }
        return fact;
    }

    private void settleTwice(String fact) {
        CountSettler settler = new CountSettler(mongo, clock, TAKE_OVER);
        settler.settle(FACTS, List.of(fact), this::enrol);
        settler.settle(FACTS, List.of(fact), this::enrol);
    }

    /** The rule: the fact's trainee is enrolled. */
    private Optional<CountSettler.Change> enrol(Document d) {
        TraineeCount before = CounterDocuments.trainee(d.get("counted", Document.class));
        if (before.equals(enrolled)) {
            return Optional.empty();
        }
        return Optional.of(new CountSettler.Change(
                CounterDocuments.trainee(enrolled),
                CounterDocuments.traineeDelta(county, programme, before, enrolled)));
    }

    private long enrolledInCounty() {
        Document d = mongo.getCollection(CounterDocuments.COUNTIES)
                .find(Filters.eq("_id", Upserts.key(county.value(), programme.value())))
                .first();
        return d == null ? 0 : ((Number) d.get("enrolled")).longValue();
    }
}
