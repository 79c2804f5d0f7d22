package cn.wangben.assignment.grading;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.platform.domain.DomainException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The intake's half of {@link GradingItems} in memory, with the Mongo adapter's guards: versions on writes, flags kept
 * apart from the item's own fields (a new attempt leaves them to unflag) and only on the attempt they were raised on.
 * Counts round trips; {@link #beforeNextWrite} lets a test change an item between the intake's read and its write.
 */
final class InMemoryGradingItems implements GradingItems {
    private record Raised(SubmissionId of, NearCopyFlag flag) {}

    private final Map<ItemKey, GradingItem> stored = new LinkedHashMap<>();
    private final Map<ItemKey, List<Raised>> flags = new HashMap<>();
    private Runnable beforeNextWrite = () -> {};
    /** Each round trip by the port's method name, in order. */
    final List<String> calls = new ArrayList<>();

    void beforeNextWrite(Runnable change) {
        beforeNextWrite = change;
    }

    /** Every item without its version (batches write fewer times), with its flags: equal for equal queues. */
    Map<String, Object> contents() {
        Map<String, Object> contents = new TreeMap<>();
        stored.forEach((key, item) -> contents.put(
                key.module().value() + ":" + key.teacher().value(),
                List.of(withVersion(item, 0), flags.getOrDefault(key, List.of()))));
        return contents;
    }

    @Override
    public Optional<GradingItem> find(CountyId county, ModuleId module, TeacherId teacher) {
        calls.add("find");
        return Optional.ofNullable(stored.get(new ItemKey(module, teacher)))
                .filter(item -> item.county().equals(county))
                .map(this::withFlags);
    }

    @Override
    public Map<ItemKey, GradingItem> findAll(CountyId county, Collection<ItemKey> keys) {
        calls.add("findAll");
        Map<ItemKey, GradingItem> found = new HashMap<>();
        keys.stream()
                .map(stored::get)
                .filter(item -> item != null && item.county().equals(county))
                .forEach(item -> found.put(ItemKey.of(item), withFlags(item)));
        return found;
    }

    @Override
    public Set<ItemKey> writeAll(List<GradingItem> items) {
        calls.add("writeAll");
        runChange();
        Set<ItemKey> lost = new HashSet<>();
        for (GradingItem item : items) {
            if (!write(item)) {
                lost.add(ItemKey.of(item));
            }
        }
        return lost;
    }

    @Override
    public void insert(GradingItem item) {
        calls.add("insert");
        runChange();
        if (item.version() != GradingItem.UNSTORED || !write(item)) {
            throw DomainException.conflict("concurrent-change", "数据已被他人修改，请刷新后重试");
        }
    }

    @Override
    public void update(GradingItem item, List<DomainEvent> events) {
        calls.add("update");
        runChange();
        if (item.version() == GradingItem.UNSTORED || !write(item)) {
            throw DomainException.conflict("concurrent-change", "数据已被他人修改，请刷新后重试");
        }
    }

    @Override
    public void flag(CountyId county, ModuleId module, List<FlagOn> raised, int keepAtMost) {
        if (raised.isEmpty()) {
            return;
        }
        calls.add("flag");
        for (FlagOn f : raised) {
            ItemKey key = new ItemKey(module, f.teacher());
            GradingItem item = stored.get(key);
            List<Raised> onItem = flags.computeIfAbsent(key, k -> new ArrayList<>());
            if (item != null
                    && onItem.size() < keepAtMost
                    && item.attempt() != null
                    && item.attempt().submission().equals(f.of())
                    && onItem.stream()
                            .noneMatch(
                                    r -> r.flag().submission().equals(f.flag().submission()))) {
                onItem.add(new Raised(f.of(), f.flag()));
            }
        }
    }

    @Override
    public void unflag(CountyId county, Collection<SubmissionId> superseded) {
        calls.add("unflag");
        flags.values()
                .forEach(onItem -> onItem.removeIf(r -> superseded.contains(r.of())
                        || superseded.contains(r.flag().submission())));
    }

    @Override
    public QueuePage page(QueueQuery query) {
        throw new UnsupportedOperationException("the intake does not page");
    }

    @Override
    public QueueSummary summary(CountyId county, ModuleId module, Set<SchoolId> schools, boolean released) {
        throw new UnsupportedOperationException("the intake does not summarise");
    }

    /** As a grader's write: the item as given, one version on. */
    void overwrite(GradingItem item) {
        stored.put(ItemKey.of(item), withVersion(item, item.version() + 1));
    }

    GradingItem stored(ModuleId module, TeacherId teacher) {
        return withFlags(stored.get(new ItemKey(module, teacher)));
    }

    private boolean write(GradingItem item) {
        ItemKey key = ItemKey.of(item);
        GradingItem current = stored.get(key);
        long version = current == null ? GradingItem.UNSTORED : current.version();
        if (version != item.version()) {
            return false;
        }
        stored.put(key, withVersion(item, version + 1));
        return true;
    }

    private void runChange() {
        Runnable change = beforeNextWrite;
        beforeNextWrite = () -> {};
        change.run();
    }

    private GradingItem withFlags(GradingItem item) {
        List<NearCopyFlag> raised = flags.getOrDefault(ItemKey.of(item), List.of()).stream()
                .map(Raised::flag)
                .toList();
        return new GradingItem(
                item.county(),
                item.module(),
                item.teacher(),
                item.programme(),
                item.school(),
                item.status(),
                item.attempt(),
                item.grade(),
                item.revision(),
                item.history(),
                raised,
                item.version());
    }

    private static GradingItem withVersion(GradingItem item, long version) {
        return new GradingItem(
                item.county(),
                item.module(),
                item.teacher(),
                item.programme(),
                item.school(),
                item.status(),
                item.attempt(),
                item.grade(),
                item.revision(),
                item.history(),
                List.of(),
                version);
    }
}
