package cn.wangben.plan.programme;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One audited change of a published programme: who, when, why, and every setting before and after. */
public record ProgrammeRevision(int number, Instant at, String by, String reason, List<Change> changes) {

    public ProgrammeRevision {
        changes = List.copyOf(changes);
    }

    public record Change(String field, String before, String after) {}

    /** The settings that differ, by field name, in the order the settings declare them. */
    static List<Change> between(ProgrammeSettings before, ProgrammeSettings after) {
        List<Change> changes = new ArrayList<>();
        for (RecordComponent component : ProgrammeSettings.class.getRecordComponents()) {
            Object old = value(component, before);
            Object now = value(component, after);
            if (!Objects.equals(old, now)) {
                changes.add(new Change(component.getName(), String.valueOf(old), String.valueOf(now)));
            }
        }
        return changes;
    }

    private static Object value(RecordComponent component, ProgrammeSettings settings) {
        try {
            return component.getAccessor().invoke(settings);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Record accessor failed: " + component.getName(), e);
        }
    }
}
