package cn.wangben.scoring.results.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Settles facts' counts in batches, so that neither a crash nor a concurrent consumer counts a change twice or loses
 * it, without multi-document transactions:
 *
 * <ol>
 *   <li>each changed fact swaps in its new count (compare-and-set on its version) together with the counter change it
 *       makes, as {@code pend}, stamped with the batch's token;
 *   <li>the batch's changes, summed, are added to the counter documents, each update guarded by the token, which the
 *       document then keeps among its recent marks;
 *   <li>the facts' {@code pend} is cleared.
 * </ol>
 *
 * A fact still pending when read again (its batch died: the event is redelivered, or another consumer meets it) has
 * its own change added under the marks {@code token} and {@code token:fact}: skipped where the whole batch's change
 * already landed, applied once where it did not. A pending fact of another live consumer is waited for; one older
 * than {@code takeOver} is treated as a dead process's.
 */
final class CountSettler {
    private static final String PENDING = "pend";
    /** Another live consumer's batch clears its pending facts within milliseconds; this bounds a wait for one. */
    private static final int ATTEMPTS = 6000;

    private static final Duration PAUSE = Duration.ofMillis(5);
    private static final String RUN = UUID.randomUUID().toString();
    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration takeOver;

    CountSettler(MongoTemplate mongo, Clock clock, Duration takeOver) {
        this.mongo = mongo;
        this.clock = clock;
        this.takeOver = takeOver;
    }

    /** A fact's new count and the counter change from its old one. */
    record Change(Document counted, CounterDelta delta) {}

    /**
     * Settles the facts with {@code ids} of {@code collection}; {@code rule} gives a stored fact's change, or empty when
     * its stored count is already right. Facts not stored are skipped.
     */
    void settle(String collection, Collection<String> ids, Function<Document, Optional<Change>> rule) {
        MongoCollection<Document> facts = mongo.getCollection(collection);
        Set<String> open = new LinkedHashSet<>(ids);
        for (int attempt = 0; attempt < ATTEMPTS && !open.isEmpty(); attempt++) {
            if (attempt > 0) {
                pause();
            }
            String token = token();
            Map<String, Swap> swaps = new LinkedHashMap<>();
            Map<String, CounterDelta> deltas = new LinkedHashMap<>();
            Set<String> retry = new LinkedHashSet<>();
            for (Document d : facts.find(Filters.in("_id", open))) {
                String id = d.getString("_id");
                Document pending = d.get(PENDING, Document.class);
                if (pending != null) {
                    if (abandoned(pending)) {
                        finish(facts, d, pending);
                    }
                    retry.add(id);
                    continue;
                }
                rule.apply(d).ifPresent(change -> {
                    swaps.put(id, swap(d, change, token));
                    deltas.put(id, change.delta());
                });
            }
            Set<String> won = swap(facts, swaps, token);
            retry.addAll(swaps.keySet().stream().filter(id -> !won.contains(id)).toList());
            CounterDelta sum = new CounterDelta();
            won.forEach(id -> sum.plus(deltas.get(id)));
            apply(sum, List.of(token));
            if (!won.isEmpty()) {
                facts.updateMany(
                        Filters.and(Filters.in("_id", won), Filters.eq(PENDING + ".t", token)), Updates.unset(PENDING));
            }
            open = retry;
        }
        if (!open.isEmpty()) {
            throw new IllegalStateException("could not settle " + open.size() + " facts of " + collection);
        }
    }

    private record Swap(Bson filter, Bson update) {}

    private Swap swap(Document d, Change change, String token) {
        Object version = d.get("v");
        long v = version == null ? 0 : ((Number) version).longValue();
        Document pending = PendingDelta.toDocument(change.delta())
                .append("t", token)
                .append("o", owner())
                .append("at", Date.from(clock.instant()));
        Bson sameVersion = version == null ? Filters.exists("v", false) : Filters.eq("v", version);
        return new Swap(
                Filters.and(Filters.eq("_id", d.get("_id")), sameVersion, Filters.exists(PENDING, false)),
                Updates.combine(
                        Updates.set("counted", change.counted()),
                        Updates.set("v", v + 1),
                        Updates.set(PENDING, pending)));
    }

    /** The compare-and-sets of a batch in one write; returns the facts this batch won. */
    private static Set<String> swap(MongoCollection<Document> facts, Map<String, Swap> swaps, String token) {
        if (swaps.isEmpty()) {
            return Set.of();
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        swaps.values().forEach(s -> writes.add(new UpdateOneModel<>(s.filter(), s.update())));
        long modified =
                facts.bulkWrite(writes, new BulkWriteOptions().ordered(false)).getModifiedCount();
        if (modified == swaps.size()) {
            return swaps.keySet();
        }
        Set<String> won = new LinkedHashSet<>();
        facts.find(Filters.and(Filters.in("_id", swaps.keySet()), Filters.eq(PENDING + ".t", token)))
                .forEach(d -> won.add(d.getString("_id")));
        return won;
    }

    /** Adds a dead batch's change of one fact, unless the whole batch's landed, then clears it. */
    private void finish(MongoCollection<Document> facts, Document fact, Document pending) {
        String token = pending.getString("t");
        apply(PendingDelta.of(pending), List.of(token + ":" + fact.getString("_id"), token));
        facts.updateOne(
                Filters.and(Filters.eq("_id", fact.get("_id")), Filters.eq(PENDING + ".t", token)),
                Updates.unset(PENDING));
    }

    private void apply(CounterDelta delta, List<String> markers) {
        delta.writes(markers).forEach((collection, writes) -> {
            if (writes.isEmpty()) {
                return;
            }
            try {
                mongo.getCollection(collection).bulkWrite(writes, new BulkWriteOptions().ordered(false));
            } catch (MongoBulkWriteException e) {
                // a guarded upsert that misses because the mark is there collides on _id: already applied
                boolean onlyApplied = e.getWriteErrors().stream()
                        .allMatch(w -> ErrorCategory.fromErrorCode(w.getCode()) == ErrorCategory.DUPLICATE_KEY);
                if (!onlyApplied) {
                    throw e;
                }
            }
        });
    }

    /** Pending from this very consumer's earlier, failed attempt, or from a process that stopped long ago. */
    private boolean abandoned(Document pending) {
        if (owner().equals(pending.getString("o"))) {
            return true;
        }
        Instant at = pending.getDate("at").toInstant();
        return !pending.getString("o").startsWith(RUN) && at.plus(takeOver).isBefore(clock.instant());
    }

    /** 64 random bits, short: a counter document keeps a thousand of them. */
    private static String token() {
        return Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, Character.MAX_RADIX);
    }

    /** This process and thread: a listener's thread settles one batch at a time. */
    private static String owner() {
        return RUN + "/" + Thread.currentThread().getName();
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while settling counts", e);
        }
    }
}
