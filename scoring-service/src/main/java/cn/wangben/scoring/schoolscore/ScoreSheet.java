package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.DomainException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A school's score sheet for one programme: what the school entered per trainee and item, who attended which planned
 * activity, whether it was reported to the county (then it is locked), the overdue flag of the deadline sweep, and
 * the correction requests with their audit. Scores are never stored here: they are computed from these entries by the
 * approved rubric ({@link GridCalculator}), so a revised programme or a correction is reflected everywhere at once.
 */
public final class ScoreSheet {
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private final CountyId county;
    private final ProgrammeId programme;
    private final SchoolId school;
    private final long version;
    private final Map<String, Map<String, ItemEntry>> entries;
    private final Map<Integer, AttendanceRecord> attendance;
    private final List<Correction> corrections;
    private Instant reportedAt;
    private String reportedBy;
    private Instant overdueSince;

    public ScoreSheet(
            CountyId county,
            ProgrammeId programme,
            SchoolId school,
            long version,
            Map<String, Map<String, ItemEntry>> entries,
            Map<Integer, AttendanceRecord> attendance,
            List<Correction> corrections,
            Instant reportedAt,
            String reportedBy,
            Instant overdueSince) {
        this.county = county;
        this.programme = programme;
        this.school = school;
        this.version = version;
        this.entries = new LinkedHashMap<>();
        entries.forEach((teacher, items) -> this.entries.put(teacher, new LinkedHashMap<>(items)));
        this.attendance = new TreeMap<>(attendance);
        this.corrections = new ArrayList<>(corrections);
        this.reportedAt = reportedAt;
        this.reportedBy = reportedBy;
        this.overdueSince = overdueSince;
    }

    /** A sheet nobody has touched yet; version 0 means it is not stored. */
    public static ScoreSheet empty(CountyId county, ProgrammeId programme, SchoolId school) {
        return new ScoreSheet(county, programme, school, 0, Map.of(), Map.of(), List.of(), null, null, null);
    }

    public boolean reported() {
        return reportedAt != null;
    }

    public boolean started() {
        return !entries.isEmpty() || !attendance.isEmpty();
    }

    /** After the report only an approved correction changes the sheet (一经上报即锁定). */
    void requireEditable() {
        if (reported()) {
            throw DomainException.conflict(
                    "sheet-locked",
                    "成绩表已于 " + SHOWN.format(reportedAt) + " 上报县（区）并锁定，不能直接修改；如需更改，请提交更正申请，经县（区）审核同意后生效");
        }
    }

    /** Sets one item of one trainee; {@code null} clears it. */
    void enter(String teacherKey, String itemId, ItemEntry entry) {
        if (entry == null) {
            Map<String, ItemEntry> items = entries.get(teacherKey);
            if (items != null) {
                items.remove(itemId);
                if (items.isEmpty()) {
                    entries.remove(teacherKey);
                }
            }
        } else {
            entries.computeIfAbsent(teacherKey, k -> new LinkedHashMap<>()).put(itemId, entry);
        }
    }

    void recordActivity(int number, Set<String> present, String by, Instant at) {
        attendance.put(number, new AttendanceRecord(number, present, by, at));
    }

    /**
     * Marks the teacher present at exactly {@code attended} among the {@code activities}. A row per teacher says the
     * activities took place, so each of them counts as recorded from then on, even with nobody present.
     */
    void recordTeacher(String teacherKey, Set<Integer> attended, List<Integer> activities, String by, Instant at) {
        for (int number : activities) {
            AttendanceRecord record = attendance.get(number);
            Set<String> present = new TreeSet<>(record == null ? Set.of() : record.present());
            boolean changed = attended.contains(number) ? present.add(teacherKey) : present.remove(teacherKey);
            if (changed || record == null) {
                attendance.put(number, new AttendanceRecord(number, present, by, at));
            }
        }
    }

    /** The activity numbers, among {@code activities}, at which the teacher was recorded present. */
    public List<Integer> attendedBy(String teacherKey, List<Integer> activities) {
        return activities.stream()
                .filter(n ->
                        attendance.containsKey(n) && attendance.get(n).present().contains(teacherKey))
                .toList();
    }

    void report(String by, Instant at) {
        reportedAt = at;
        reportedBy = by;
    }

    /**
     * Flags the sheet as not reported by {@code deadline}; once per deadline, so a revised (later) deadline can be
     * flagged again when it passes. Returns whether anything changed.
     */
    boolean flagOverdue(Instant deadline) {
        if (reported() || (overdueSince != null && !overdueSince.isBefore(deadline))) {
            return false;
        }
        overdueSince = deadline;
        return true;
    }

    void add(Correction correction) {
        corrections.add(correction);
    }

    void replace(Correction decided) {
        corrections.replaceAll(c -> c.id().equals(decided.id()) ? decided : c);
    }

    public Optional<Correction> correction(String id) {
        return corrections.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public CountyId county() {
        return county;
    }

    public ProgrammeId programme() {
        return programme;
    }

    public SchoolId school() {
        return school;
    }

    public long version() {
        return version;
    }

    /** Teacher key → item id → entry. */
    public Map<String, Map<String, ItemEntry>> entries() {
        Map<String, Map<String, ItemEntry>> copy = new LinkedHashMap<>();
        entries.forEach((teacher, items) -> copy.put(teacher, Collections.unmodifiableMap(items)));
        return Collections.unmodifiableMap(copy);
    }

    public Map<String, ItemEntry> entriesOf(String teacherKey) {
        return Collections.unmodifiableMap(entries.getOrDefault(teacherKey, Map.of()));
    }

    public Map<Integer, AttendanceRecord> attendance() {
        return Collections.unmodifiableMap(attendance);
    }

    public List<Correction> corrections() {
        return List.copyOf(corrections);
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Instant overdueSince() {
        return overdueSince;
    }
}
