package cn.wangben.assignment.material;

import cn.wangben.assignment.document.DocumentKind;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import java.time.Instant;

/**
 * A module's course material (课程资料): a document kept in object storage under a server key, downloaded through
 * short-lived links, or a video referenced by its address and duration. Fields of the other type are null.
 */
public record Material(
        MaterialId id,
        CountyId county,
        ModuleId module,
        Type type,
        String title,
        DocumentKind documentKind,
        String objectKey,
        String filename,
        Long bytes,
        String sha256,
        String videoUrl,
        Integer durationSeconds,
        String addedBy,
        Instant addedAt) {

    public enum Type {
        DOCUMENT,
        VIDEO
    }
}
