package cn.wangben.assignment.material;

import cn.wangben.assignment.document.DocumentInspector;
import cn.wangben.assignment.document.DocumentKind;
import cn.wangben.assignment.document.Upload;
import cn.wangben.assignment.module.OnlineModule;
import cn.wangben.assignment.module.OnlineModules;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.Role;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The county attaches course materials to a module: documents (checked by content, stored under a server key) and
 * videos (address and duration). Everyone of the county reads the list; documents are downloaded through links that
 * expire, so a link passed around stops working and storage is never public.
 */
public class MaterialDesk {
    public static final int MAX_TITLE_LENGTH = 100;
    public static final int MAX_URL_LENGTH = 1000;
    public static final int MAX_VIDEO_SECONDS = 24 * 3600;
    private static final String WHAT = "课程资料";
    private final OnlineModules modules;
    private final Materials materials;
    private final MaterialStore store;
    private final DocumentInspector inspector;
    private final Clock clock;
    private final Limits limits;

    /**
     * @param maxFileBytes the largest course document, in bytes
     * @param linkExpiry how long a download link works
     */
    public record Limits(long maxFileBytes, Duration linkExpiry) {}

    /** A download address and the instant it stops working. */
    public record DownloadLink(String url, Instant expiresAt) {}

    public MaterialDesk(
            OnlineModules modules,
            Materials materials,
            MaterialStore store,
            DocumentInspector inspector,
            Clock clock,
            Limits limits) {
        this.modules = modules;
        this.materials = materials;
        this.store = store;
        this.inspector = inspector;
        this.clock = clock;
        this.limits = limits;
    }

    public Material addDocument(Caller caller, ModuleId moduleId, String title, Upload upload) {
        OnlineModule module = moduleForAdmin(caller, moduleId);
        String cleanTitle = title(title);
        byte[] content = upload.read(limits.maxFileBytes());
        DocumentKind kind = inspector.material(content);
        MaterialId id = MaterialId.random();
        String key = "materials/" + module.county() + "/" + module.id() + "/" + id + "." + kind.extension();
        String filename = upload.displayName() == null ? cleanTitle + "." + kind.extension() : upload.displayName();
        Material material = new Material(
                id,
                module.county(),
                module.id(),
                Material.Type.DOCUMENT,
                cleanTitle,
                kind,
                key,
                filename,
                (long) content.length,
                sha256(content),
                null,
                null,
                by(caller),
                clock.instant());
        store.put(key, content, kind.contentType(), filename);
        try {
            materials.add(material);
        } catch (RuntimeException e) {
            store.delete(key);
            throw e;
        }
        return material;
    }

    public Material addVideo(Caller caller, ModuleId moduleId, String title, String url, Integer durationSeconds) {
        OnlineModule module = moduleForAdmin(caller, moduleId);
        String cleanTitle = title(title);
        String cleanUrl = videoUrl(url);
        require(
                durationSeconds != null && durationSeconds > 0 && durationSeconds <= MAX_VIDEO_SECONDS,
                "durationSeconds",
                "视频时长必须是 1 到 " + MAX_VIDEO_SECONDS + " 之间的秒数");
        Material material = new Material(
                MaterialId.random(),
                module.county(),
                module.id(),
                Material.Type.VIDEO,
                cleanTitle,
                null,
                null,
                null,
                null,
                null,
                cleanUrl,
                durationSeconds,
                by(caller),
                clock.instant());
        materials.add(material);
        return material;
    }

    /** Everyone the module is there for: the county's teachers, school admins and staff; a school's own people. */
    public List<Material> ofModule(Caller caller, ModuleId moduleId) {
        OnlineModule module =
                modules.findFor(caller, moduleId).orElseThrow(() -> DomainException.notFound("研修板块", moduleId));
        return materials.ofModule(module.county(), module.id());
    }

    public DownloadLink downloadLink(Caller caller, MaterialId id) {
        Material material =
                materials.find(caller.requireCounty(), id).orElseThrow(() -> DomainException.notFound(WHAT, id));
        if (material.type() != Material.Type.DOCUMENT) {
            throw DomainException.ruleViolated("not-a-document", null, "视频资料请通过其播放地址观看，没有可下载的文件");
        }
        Instant expiresAt = clock.instant().plus(limits.linkExpiry());
        return new DownloadLink(store.downloadLink(material.objectKey(), limits.linkExpiry()), expiresAt);
    }

    private OnlineModule moduleForAdmin(Caller caller, ModuleId moduleId) {
        caller.requireAnyRole(Role.COUNTY_ADMIN);
        OnlineModule module = modules.find(caller.requireCounty(), moduleId)
                .orElseThrow(() -> DomainException.notFound("研修板块", moduleId));
        if (module.isSchoolAssignment()) {
            throw DomainException.ruleViolated(
                    "school-assignment", null, "「" + module.title() + "」是学校计划中的研修作业，县级课程资料只能添加到网络研修板块");
        }
        return module;
    }

    private static String title(String title) {
        require(title != null && !title.isBlank(), "title", "资料名称不能为空");
        require(title.strip().length() <= MAX_TITLE_LENGTH, "title", "资料名称不能超过 " + MAX_TITLE_LENGTH + " 个字");
        return title.strip();
    }

    private static String videoUrl(String url) {
        require(url != null && !url.isBlank(), "url", "请填写视频地址");
        String clean = url.strip();
        require(clean.length() <= MAX_URL_LENGTH, "url", "视频地址不能超过 " + MAX_URL_LENGTH + " 个字符");
        try {
            URI uri = new URI(clean);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            require(
                    (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null,
                    "url",
                    "视频地址必须是以 http:// 或 https:// 开头的完整网址");
            return clean;
        } catch (URISyntaxException e) {
            throw DomainException.ruleViolated("invalid-material", "url", "视频地址不是合法的网址");
        }
    }

    private static String by(Caller caller) {
        return caller.username() == null ? caller.userId() : caller.username();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static void require(boolean condition, String field, String detail) {
        if (!condition) {
            throw DomainException.ruleViolated("invalid-material", field, detail);
        }
    }
}
